//! Which regulation (tranche) applies, and whether the aanvraag was submitted in its window.

use super::{Citaat, Lijst, Toetsing};
use crate::aanvraag::{Aanvraag, Veld};
use crate::beoordeling::Ernst;
use crate::regels::{controle, Regeling};

fn venster(r: &Regeling) -> (Option<time::Date>, Option<time::Date>) {
    let datum = |id| {
        r.regel(id, None)
            .and_then(|x| x.waarde())
            .and_then(controle::als_datum)
    };
    (
        datum("aanvraagperiode_van"),
        datum("aanvraagperiode_tot_en_met"),
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
                    "KW-REGELING-001",
                    Ernst::Fout,
                    format_args!("/regeling"),
                    format_args!(
                        "Onbekende regeling \"{id}\"; kies {}.",
                        Lijst(bekend.clone(), " of ")
                    ),
                    format_args!(
                        "Unknown regulation \"{id}\"; choose {}.",
                        Lijst(bekend, " or ")
                    ),
                    None,
                );
            }
            gevonden
        }
        Veld::Ongeldig => None,
        Veld::Ontbreekt => {
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
            let in_jaren = || {
                set.regelingen
                    .iter()
                    .find(|r| r.jaren().contains(&d.year()))
            };
            match in_venster.or_else(in_jaren) {
                Some(r) => {
                    t.meld(
                        "KW-REGELING-002",
                        Ernst::Info,
                        format_args!("/regeling"),
                        format_args!("Geen regeling opgegeven; op grond van de datum van indienen ({d}) is getoetst aan {} ({}).", r.citeertitel, r.id),
                        format_args!("No regulation given; based on the submission date ({d}) the application was checked against {} ({}).", r.citeertitel, r.id),
                        None,
                    );
                    Some(r)
                }
                None => {
                    t.meld(
                        "KW-REGELING-003",
                        Ernst::Fout,
                        format_args!("/ingediend_op"),
                        format_args!("Bij de datum van indienen {d} past geen regeling: die valt in geen aanvraagperiode en in geen van de jaren van een tranche."),
                        format_args!("No regulation fits the submission date {d}: it lies in no application window and in none of a tranche's years."),
                        None,
                    );
                    None
                }
            }
        }
    }
}

/// Check `ingediend_op` against the chosen regulation's application window.
pub(super) fn periode(t: &mut Toetsing<'_>, a: &Aanvraag) {
    let Some(r) = t.regeling else { return };
    let d = match a.ingediend_op {
        Veld::Is(d) => d,
        Veld::Ontbreekt => {
            let regel = r.regel("aanvraagperiode_van", None);
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
    if let Some(regel) = r.regel("aanvraagperiode_van", None) {
        if let Some(van) = regel.waarde().and_then(controle::als_datum) {
            if d < van {
                t.schending(
                    "KW-PERIODE-001",
                    regel,
                    format_args!("/ingediend_op"),
                    format_args!(
                        "Ingediend op {d}, vóór het begin van de aanvraagperiode op {van}."
                    ),
                    format_args!(
                        "Submitted on {d}, before the application window opened on {van}."
                    ),
                );
            }
        }
    }
    if let Some(regel) = r.regel("aanvraagperiode_tot_en_met", None) {
        match regel.waarde().and_then(controle::als_datum) {
            Some(tot) if d > tot => t.schending(
                "KW-PERIODE-002",
                regel,
                format_args!("/ingediend_op"),
                format_args!("Ingediend op {d}, na het einde van de aanvraagperiode op {tot}."),
                format_args!("Submitted on {d}, after the application window closed on {tot}."),
            ),
            Some(_) => {}
            None => t.meld(
                "KW-PERIODE-003",
                Ernst::Info,
                format_args!("/ingediend_op"),
                format_args!("De einddatum van de aanvraagperiode is niet openbaar bekend; of de aanvraag op tijd is, is niet getoetst."),
                format_args!("The closing date of the application window is not publicly known; whether the application is on time was not checked."),
                Some(regel),
            ),
        }
    }
}
