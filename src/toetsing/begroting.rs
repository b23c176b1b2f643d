//! Each budget line: years of the tranche, carry-over (tranche 1) or reservation (tranche 2), and
//! no percentage surcharge.

use super::{activiteiten, Label, Toetsing};
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Soort, Veld};
use crate::regels::RegelId;
use std::fmt;

/// Check every budget line of every activity.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag) {
    let Some(r) = t.regeling else { return };
    let jaren = r.jaren();
    let jaren_tekst = Jaren(&jaren);
    let jaarregel = r.regel(RegelId::Jaren, None);
    for act in activiteiten(a) {
        let wie = Label(act);
        let begrotingsregels = match &act.begroting {
            Veld::Is(l) if !l.is_empty() => l,
            Veld::Ongeldig => continue,
            _ => {
                t.meld(
                    Code::GeenBegroting,
                    Ernst::Ontbreekt,
                    format_args!("/activiteiten/{}/begroting", act.index),
                    format_args!(
                        "Voor activiteit {wie} is nog geen begroting opgegeven (jaar en bedrag)."
                    ),
                    format_args!(
                        "No budget (year and amount) has been given for activity {wie} yet."
                    ),
                    jaarregel,
                );
                continue;
            }
        };
        let thema = act.thema.waarde().map(String::as_str);
        for begrotingsregel in begrotingsregels {
            match begrotingsregel.jaar {
                Veld::Is(j) if !jaren.iter().any(|x| i64::from(*x) == j) => {
                    if let Some(jr) = jaarregel {
                        t.schending(
                            Code::JaarBuitenRegeling,
                            jr,
                            format_args!(
                                "/activiteiten/{}/begroting/{}/jaar",
                                act.index, begrotingsregel.index
                            ),
                            format_args!(
                                "{j} valt buiten de jaren van deze regeling ({jaren_tekst})."
                            ),
                            format_args!("{j} is outside this regulation's years ({jaren_tekst})."),
                        );
                    }
                }
                Veld::Ontbreekt => t.ontbreekt(
                    format_args!(
                        "/activiteiten/{}/begroting/{}/jaar",
                        act.index, begrotingsregel.index
                    ),
                    format_args!("Het jaar van deze begrotingsregel ontbreekt."),
                    format_args!("The year of this budget line is missing."),
                    jaarregel,
                ),
                _ => {}
            }
            if begrotingsregel.bedrag.ontbreekt() {
                t.ontbreekt(
                    format_args!(
                        "/activiteiten/{}/begroting/{}/bedrag",
                        act.index, begrotingsregel.index
                    ),
                    format_args!("Het bedrag van deze begrotingsregel ontbreekt."),
                    format_args!("The amount of this budget line is missing."),
                    None,
                );
            }
            if let (Veld::Is(j), Veld::Is(b)) =
                (&begrotingsregel.jaar, &begrotingsregel.besteding_in)
            {
                besteding(
                    t,
                    *j,
                    *b,
                    format_args!(
                        "/activiteiten/{}/begroting/{}/besteding_in",
                        act.index, begrotingsregel.index
                    ),
                );
            }
            if let Veld::Is(Soort::Opslag) = begrotingsregel.soort {
                if let Some(gr) = r.regel(RegelId::GeenOpslag, thema) {
                    t.schending(
                        Code::Opslag,
                        gr,
                        format_args!("/activiteiten/{}/begroting/{}/soort", act.index, begrotingsregel.index),
                        format_args!("Een procentuele opslag voor capaciteit of overhead is niet toegestaan; neem personeel op als onderdeel van een activiteit (soort \"personeel\")."),
                        format_args!("A percentage surcharge for capacity or overhead is not allowed; include staff as part of an activity (kind \"personeel\")."),
                    );
                }
            }
        }
    }
}

/// The years of a regulation in a message: `2025-2028`, or `?` when it has none.
struct Jaren<'a>(&'a [i32]);

impl fmt::Display for Jaren<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.first(), self.0.last()) {
            (Some(a), Some(b)) => write!(f, "{a}-{b}"),
            _ => f.write_str("?"),
        }
    }
}

/// Spending year `b` of money allocated for year `j`.
fn besteding(t: &mut Toetsing<'_>, j: i64, b: i64, pad: fmt::Arguments<'_>) {
    if b < j {
        if let Some(regel) = t.regel(RegelId::BestedingNietVoorToekenningsjaar, None) {
            t.schending(
                Code::BestedingVoorToekenningsjaar,
                regel,
                pad,
                format_args!(
                    "Besteding in {b} ligt vóór het jaar {j} waarvoor het geld wordt aangevraagd."
                ),
                format_args!(
                    "Spending in {b} comes before the year {j} the money is requested for."
                ),
            );
        }
        return;
    }
    if let Some(regel) = t.regel(RegelId::OverloopVolgendJaar, None) {
        if let Some(n) = regel.geheel() {
            if b > j.saturating_add(n) {
                let volgend = j.saturating_add(1);
                t.schending(
                    Code::BestedingNaVolgendJaar,
                    regel,
                    pad,
                    format_args!("Geld voor {j} mag alleen worden meegenomen naar het volgende kalenderjaar ({volgend}), niet naar {b}."),
                    format_args!("Money for {j} may only be carried over into the next calendar year ({volgend}), not into {b}."),
                );
            }
        }
    }
    if let Some(regel) = t.regel(RegelId::BestedingUiterlijkIn, None) {
        if let Some(laatst) = regel.geheel() {
            if b > laatst {
                t.schending(
                    Code::BestedingNaLaatsteJaar,
                    regel,
                    pad,
                    format_args!(
                        "Gereserveerd geld moet uiterlijk in {laatst} worden besteed, niet in {b}."
                    ),
                    format_args!(
                        "Reserved money must be spent by {laatst} at the latest, not in {b}."
                    ),
                );
            }
        }
    }
}
