//! Who may apply: the gemeente has a focus area, and the focus area lies in that gemeente (art. 1).

use super::{Citaat, Lijst, Toetsing};
use crate::aanvraag::{Aanvraag, Veld};
use crate::beoordeling::Ernst;
use crate::gebieden;
use crate::regels::Focusgebied;

fn suggestie(lijst: &[String]) -> (String, String) {
    if lijst.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(" Bedoelt u {}?", lijst.join(", ")),
            format!(" Did you mean {}?", lijst.join(", ")),
        )
    }
}

/// Resolve and check `gemeente` and `focusgebied`; returns the resolved focus area.
pub(super) fn toets<'a>(t: &mut Toetsing<'a>, a: &Aanvraag) -> Option<&'a Focusgebied> {
    let set = t.set;
    let regel_gemeente = t.regel_of_nieuwste("aanvrager_gemeente");
    let regel_gebied = t.regel_of_nieuwste("focusgebied_in_gemeente");

    let gemeente = match &a.gemeente {
        Veld::Is(q) => match gebieden::vind_gemeente(set, q) {
            Some(g) => Some(g),
            None => {
                let (nl, en) = suggestie(&gebieden::suggesties_gemeente(set, q));
                let ernst = regel_gemeente
                    .map(|r| Ernst::voor(r.zekerheid))
                    .unwrap_or(Ernst::Fout);
                t.meld(
                    "KW-GEMEENTE-001",
                    ernst,
                    format_args!("/gemeente"),
                    format_args!("\"{}\" is geen gemeente waarin een stedelijk focusgebied ligt; alleen zulke gemeenten kunnen aanvragen.{nl}", Citaat(q)),
                    format_args!("\"{}\" is not a gemeente in which an urban focus area lies; only such gemeenten may apply.{en}", Citaat(q)),
                    regel_gemeente,
                );
                None
            }
        },
        Veld::Ontbreekt => {
            t.ontbreekt(
                format_args!("/gemeente"),
                format_args!(
                    "De aanvragende gemeente ontbreekt (CBS-code zoals GM0014, of de naam)."
                ),
                format_args!(
                    "The applying gemeente is missing (CBS code such as GM0014, or its name)."
                ),
                regel_gemeente,
            );
            None
        }
        Veld::Ongeldig => None,
    };

    match &a.focusgebied {
        Veld::Is(q) => match gebieden::vind_focusgebied(set, q) {
            Some(f) => {
                if let Some(g) = gemeente.filter(|g| g.code != f.gemeente) {
                    let echte = gebieden::gemeente_van(set, &f.gemeente)
                        .map(|x| x.naam.as_ref())
                        .unwrap_or("?");
                    let eigen: Vec<&str> = set
                        .gebieden
                        .focusgebied
                        .iter()
                        .filter(|x| x.gemeente == g.code)
                        .map(|x| x.naam.as_ref())
                        .collect();
                    let ernst = regel_gebied
                        .map(|r| Ernst::voor(r.zekerheid))
                        .unwrap_or(Ernst::Fout);
                    t.meld(
                        "KW-GEBIED-002",
                        ernst,
                        format_args!("/focusgebied"),
                        format_args!(
                            "{} ligt in {echte}, niet in {}. Het focusgebied van {} is {}.",
                            f.naam,
                            g.naam,
                            g.naam,
                            Lijst(&eigen, " of ")
                        ),
                        format_args!(
                            "{} lies in {echte}, not in {}. The focus area of {} is {}.",
                            f.naam,
                            g.naam,
                            g.naam,
                            Lijst(&eigen, " or ")
                        ),
                        regel_gebied,
                    );
                }
                Some(f)
            }
            None => {
                let (nl, en) = suggestie(&gebieden::suggesties_focusgebied(set, q));
                t.meld(
                    "KW-GEBIED-001",
                    Ernst::Fout,
                    format_args!("/focusgebied"),
                    format_args!(
                        "\"{}\" is geen bekend stedelijk focusgebied.{nl}",
                        Citaat(q)
                    ),
                    format_args!("\"{}\" is not a known urban focus area.{en}", Citaat(q)),
                    regel_gebied,
                );
                None
            }
        },
        Veld::Ontbreekt => {
            let hint = gemeente
                .map(|g| {
                    let namen: Vec<&str> = set
                        .gebieden
                        .focusgebied
                        .iter()
                        .filter(|x| x.gemeente == g.code)
                        .map(|x| x.naam.as_ref())
                        .collect();
                    (
                        format!(" In {} ligt: {}.", g.naam, namen.join(", ")),
                        format!(" In {} lies: {}.", g.naam, namen.join(", ")),
                    )
                })
                .unwrap_or_default();
            t.ontbreekt(
                format_args!("/focusgebied"),
                format_args!("Het focusgebied ontbreekt.{}", hint.0),
                format_args!("The focus area is missing.{}", hint.1),
                regel_gebied,
            );
            None
        }
        Veld::Ongeldig => None,
    }
}
