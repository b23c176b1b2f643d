//! Which regulation (tranche) applies, and whether the aanvraag was submitted in its window.

use super::{Als, Citaat, DatumEn, DatumNl, Toetsing};
use crate::base::tekst::Reeks;
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Veld};
use crate::regels::{RegelId, Regeling, Regelset};

fn venster(r: &Regeling) -> (Option<time::Date>, Option<time::Date>) {
    let datum = |id| r.regel(id, None).and_then(|x| x.datum());
    (
        datum(RegelId::AanvraagperiodeVan),
        datum(RegelId::AanvraagperiodeTotEnMet),
    )
}

/// Choose the regulation: the one named in `regeling`, else the one whose application window (or,
/// failing that, whose years) fit `ingediend_op`.
pub(super) fn kies<'a>(t: &mut Toetsing<'a>, a: &Aanvraag) -> Option<&'a Regeling> {
    let set = t.set;
    match &a.regeling {
        Veld::Is(id) => {
            let gevonden = set.regeling(id.trim());
            if gevonden.is_none() {
                let bekend = set.regelingen.iter().map(|r| r.id.as_ref());
                let id = Citaat(id);
                t.meld(
                    Code::OnbekendeRegeling,
                    Ernst::Fout,
                    format_args!("/regeling"),
                    format_args!(
                        "Onbekende regeling \"{id}\"; kies {}.",
                        Reeks(bekend.clone(), " of ")
                    ),
                    format_args!(
                        "Unknown regulation \"{id}\"; choose {}.",
                        Reeks(bekend, " or ")
                    ),
                    None,
                );
            }
            gevonden
        }
        Veld::Ongeldig => None,
        Veld::Ontbreekt => zonder_regeling(t, a),
    }
}

/// Without `regeling`: the one whose application window holds the submission date, else the
/// one the aanvraag's contents point to.
fn zonder_regeling<'a>(t: &mut Toetsing<'a>, a: &Aanvraag) -> Option<&'a Regeling> {
    let set = t.set;
    let Veld::Is(d) = a.ingediend_op else {
        if a.ingediend_op.ontbreekt() {
            t.ontbreekt(
                format_args!("/ingediend_op"),
                format_args!("De datum van indienen ontbreekt; die is nodig om de regeling (tranche) en de aanvraagperiode te bepalen. Of geef de regeling op."),
                format_args!("The submission date is missing; it is needed to choose the regulation (tranche) and check the window. Or state the regulation."),
                None,
            );
        }
        return None;
    };
    let in_venster = set.regelingen.iter().find(|r| match venster(r) {
        (Some(van), Some(tot)) => van <= d && d <= tot,
        (Some(van), None) => van <= d,
        _ => false,
    });
    let (dn, de) = (DatumNl(d), DatumEn(d));
    if let Some(r) = in_venster {
        // A window whose end is not public only has an opening: say no more than that, since
        // whether the date is still inside is the concern of the window check (KW-PERIODE-004).
        let (nl, en, nl2, en2) = if venster(r).1.is_some() {
            ("valt in", "falls in", "", "")
        } else {
            (
                "valt na de opening van",
                "falls after the opening of",
                " (het einde van die periode is niet openbaar)",
                " (the end of that window is not public)",
            )
        };
        t.meld(
            Code::RegelingGekozen,
            Ernst::Info,
            format_args!("/regeling"),
            format_args!("Geen regeling opgegeven; de datum van indienen ({dn}) {nl} de aanvraagperiode van {} ({}){nl2}, dus daaraan is getoetst.", r.citeertitel, r.id),
            format_args!("No regulation given; the submission date ({de}) {en} the application window of {} ({}){en2}, so the application was checked against it.", r.citeertitel, r.id),
            None,
        );
        return Some(r);
    }
    // The date fits no window: the tranche the aanvraag itself belongs to, by its budget
    // years, else by its themes (those of one tranche only), else by the date's year.
    let (gekozen, grond_nl, grond_en) = match op_inhoud(set, a) {
        Some((r, true)) => (
            Some(r),
            "de jaren in de begroting horen bij",
            "the years in the budget belong to",
        ),
        Some((r, false)) => (
            Some(r),
            "de thema's van de activiteiten horen bij",
            "the themes of the activities belong to",
        ),
        None => (
            set.regelingen
                .iter()
                .find(|r| r.jaren().contains(&d.year())),
            "het jaar van die datum is een jaar van",
            "the year of that date is a year of",
        ),
    };
    match gekozen {
        Some(r) => {
            t.meld(
                Code::RegelingGekozen,
                Ernst::Info,
                format_args!("/regeling"),
                format_args!("Geen regeling opgegeven, en de datum van indienen ({dn}) valt in geen aanvraagperiode; {grond_nl} {} ({}), dus daaraan is getoetst.", r.citeertitel, r.id),
                format_args!("No regulation given, and the submission date ({de}) falls in no application window; {grond_en} {} ({}), so the application was checked against it.", r.citeertitel, r.id),
                None,
            );
            Some(r)
        }
        None => {
            t.meld(
                Code::GeenRegeling,
                Ernst::Fout,
                format_args!("/ingediend_op"),
                format_args!("Bij de datum van indienen {dn} past geen regeling: die valt in geen aanvraagperiode en in geen van de jaren van een tranche, en de begroting en de thema's wijzen ook geen tranche aan."),
                format_args!("No regulation fits the submission date {de}: it lies in no application window and in none of a tranche's years, and neither the budget nor the themes point to a tranche."),
                None,
            );
            None
        }
    }
}

/// The regulation the aanvraag's own contents point to: the one most of its budget years
/// belong to (`true`), else the one most of its activities have a theme of that no other
/// regulation has (`false`). `None` when neither points to exactly one.
fn op_inhoud<'a>(set: &'a Regelset, a: &Aanvraag) -> Option<(&'a Regeling, bool)> {
    let beste = |tel: &dyn Fn(&Regeling) -> usize| {
        let mut beste: Option<(&'a Regeling, usize)> = None;
        let mut gelijk = false;
        for r in set.regelingen.iter() {
            let n = tel(r);
            match beste {
                _ if n == 0 => {}
                Some((_, m)) if n == m => gelijk = true,
                Some((_, m)) if n < m => {}
                _ => {
                    beste = Some((r, n));
                    gelijk = false;
                }
            }
        }
        beste.filter(|_| !gelijk).map(|(r, _)| r)
    };
    let acts = super::activiteiten(a);
    let jaren = |r: &Regeling| {
        let jaren = r.jaren();
        let mut n = 0;
        for act in acts {
            if let Veld::Is(begrotingsregels) = &act.begroting {
                for x in begrotingsregels {
                    if x.jaar
                        .waarde()
                        .is_some_and(|&j| i32::try_from(j).is_ok_and(|j| jaren.contains(&j)))
                    {
                        n += 1;
                    }
                }
            }
        }
        n
    };
    if let Some(r) = beste(&jaren) {
        return Some((r, true));
    }
    let themas = |r: &Regeling| {
        let eigen = |th: &str| {
            r.thema(th).is_some()
                && !set
                    .regelingen
                    .iter()
                    .any(|x| x.id != r.id && x.thema(th).is_some())
        };
        acts.iter()
            .filter(|act| act.thema.waarde().is_some_and(|th| eigen(th)))
            .count()
    };
    beste(&themas).map(|r| (r, false))
}

/// Check `ingediend_op` against the chosen regulation's application window.
pub(super) fn periode(t: &mut Toetsing<'_>, a: &Aanvraag) {
    let Some(r) = t.regeling else { return };
    let d = match a.ingediend_op {
        Veld::Is(d) => d,
        Veld::Ontbreekt => {
            let regel = r.regel(RegelId::AanvraagperiodeVan, None);
            t.ontbreekt(
                format_args!("/ingediend_op"),
                format_args!(
                    "De datum van indienen ontbreekt; die is nodig om de aanvraagperiode te toetsen."
                ),
                format_args!(
                    "The submission date is missing; it is needed to check the application window."
                ),
                regel,
            );
            return;
        }
        Veld::Ongeldig => return,
    };
    let (dn, de) = (DatumNl(d), DatumEn(d));
    if let Some(regel) = r.regel(RegelId::AanvraagperiodeVan, None) {
        if let Some(van) = regel.datum() {
            if d < van {
                let (vn, ve) = (DatumNl(van), DatumEn(van));
                t.schending(
                    Code::VoorAanvraagperiode,
                    regel,
                    format_args!("/ingediend_op"),
                    format_args!(
                        "Ingediend op {dn}, vóór het begin van de aanvraagperiode op {vn}."
                    ),
                    format_args!(
                        "Submitted on {de}, before the application window opened on {ve}."
                    ),
                );
            }
        }
    }
    if let Some(regel) = r.regel(RegelId::AanvraagperiodeTotEnMet, None) {
        // The closing date unknown, but one inferred from when the money was awarded (afgeleid).
        let afgeleid = r
            .regel(RegelId::AanvraagperiodeAfgeleidUiterlijk, None)
            .and_then(|x| Some((x, x.datum()?)));
        match regel.datum() {
            Some(tot) if d > tot => {
                let (tn, te) = (DatumNl(tot), DatumEn(tot));
                t.schending(
                    Code::NaAanvraagperiode,
                    regel,
                    format_args!("/ingediend_op"),
                    format_args!("Ingediend op {dn}, na het einde van de aanvraagperiode op {tn}."),
                    format_args!("Submitted on {de}, after the application window closed on {te}."),
                )
            }
            Some(_) => {}
            None if afgeleid.is_some_and(|(_, uiterlijk)| d > uiterlijk) => {
                let Some((regel, uiterlijk)) = afgeleid else { return };
                let (un, ue) = (DatumNl(uiterlijk), DatumEn(uiterlijk));
                let laatste = r.jaren().last().copied();
                let na = laatste
                    .filter(|j| d.year() > *j)
                    .map(|_| &r.id as &dyn std::fmt::Display);
                t.schending(
                    Code::NaToekenning,
                    regel,
                    format_args!("/ingediend_op"),
                    format_args!("Ingediend op {dn}. De einddatum van de aanvraagperiode is niet openbaar, maar op {un} waren de middelen al toegekend; de aanvraag is dus waarschijnlijk te laat (afgeleid).{}", Als(na, " De datum ligt bovendien na de jaren van de regeling (", ").", "")),
                    format_args!("Submitted on {de}. The closing date of the application window is not public, but by {ue} the money had been awarded; so the application is probably too late (inferred).{}", Als(na, " The date also lies after the regulation's years (", ").", "")),
                );
            }
            None => t.meld(
                Code::EindeAanvraagperiodeOnbekend,
                Ernst::Info,
                format_args!("/ingediend_op"),
                format_args!("De einddatum van de aanvraagperiode is niet openbaar bekend; of de aanvraag op tijd is, is niet getoetst."),
                format_args!("The closing date of the application window is not publicly known; whether the application is on time was not checked."),
                Some(regel),
            ),
        }
    }
}
