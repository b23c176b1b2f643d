//! Who may apply: the gemeente has a focus area, and the focus area lies in that gemeente (art. 1).

use super::{ernst_van, Citaat, Toetsing};
use crate::base::tekst::Reeks;
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Veld};
use crate::regels::gebieden;
use crate::regels::{Focusgebied, Gemeente, RegelId, Regelset};
use std::fmt;

/// ` Bedoelt u A, B?` after the given opening words, when there are names to suggest.
struct Suggestie<'a>(&'a [String], &'static str);

impl fmt::Display for Suggestie<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return Ok(());
        }
        let namen = self.0.iter().map(String::as_str);
        write!(f, "{}{}?", self.1, Reeks(namen, ", "))
    }
}

/// The names of the focus areas in the gemeente with CBS code `code`.
fn namen_in<'a>(set: &'a Regelset, code: &'a str) -> impl Iterator<Item = &'a str> + Clone {
    let alle = set.gebieden.focusgebied.iter();
    alle.filter(move |x| x.gemeente == code)
        .map(|x| x.naam.as_ref())
}

/// Resolve and check `gemeente` and `focusgebied`; returns the resolved focus area.
pub(super) fn toets<'a>(t: &mut Toetsing<'a>, a: &Aanvraag) -> Option<&'a Focusgebied> {
    let gemeente = gemeente(t, a);
    focusgebied(t, a, gemeente)
}

/// The gemeente of the aanvraag, when it is one with a focus area.
fn gemeente<'a>(t: &mut Toetsing<'a>, a: &Aanvraag) -> Option<&'a Gemeente> {
    let set = t.set;
    let regel_gemeente = t.regel_of_nieuwste(RegelId::AanvragerGemeente);
    match &a.gemeente {
        Veld::Is(q) => match gebieden::vind_gemeente(set, q) {
            Some(g) => Some(g),
            None => {
                let lijst = gebieden::suggesties_gemeente(set, q);
                let (nl, en) = (
                    Suggestie(&lijst, " Bedoelt u "),
                    Suggestie(&lijst, " Did you mean "),
                );
                let q = Citaat(q);
                t.meld(
                    Code::GemeenteOnbekend,
                    ernst_van(regel_gemeente),
                    format_args!("/gemeente"),
                    format_args!("\"{q}\" is geen gemeente waarin een stedelijk focusgebied ligt; alleen zulke gemeenten kunnen aanvragen.{nl}"),
                    format_args!("\"{q}\" is not a gemeente in which an urban focus area lies; only such gemeenten may apply.{en}"),
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
    }
}

/// The focus area of the aanvraag, and whether it lies in `gemeente`.
fn focusgebied<'a>(
    t: &mut Toetsing<'a>,
    a: &Aanvraag,
    gemeente: Option<&Gemeente>,
) -> Option<&'a Focusgebied> {
    let set = t.set;
    let regel_gebied = t.regel_of_nieuwste(RegelId::FocusgebiedInGemeente);
    match &a.focusgebied {
        Veld::Is(q) => match gebieden::vind_focusgebied_in(set, q, gemeente) {
            Some(f) => {
                if let Some(g) = gemeente.filter(|g| g.code != f.gemeente) {
                    let echte = gebieden::gemeente_van(set, &f.gemeente)
                        .map(|x| x.naam.as_ref())
                        .unwrap_or("?");
                    let eigen = namen_in(set, &g.code);
                    t.meld(
                        Code::FocusgebiedNietInGemeente,
                        ernst_van(regel_gebied),
                        format_args!("/focusgebied"),
                        format_args!(
                            "{} ligt in {echte}, niet in {}. Het focusgebied van {} is {}.",
                            f.naam,
                            g.naam,
                            g.naam,
                            Reeks(eigen.clone(), " of ")
                        ),
                        format_args!(
                            "{} lies in {echte}, not in {}. The focus area of {} is {}.",
                            f.naam,
                            g.naam,
                            g.naam,
                            Reeks(eigen, " or ")
                        ),
                        regel_gebied,
                    );
                }
                Some(f)
            }
            None => {
                let lijst = gebieden::suggesties_focusgebied_in(set, q, gemeente);
                let (nl, en) = (
                    Suggestie(&lijst, " Bedoelt u "),
                    Suggestie(&lijst, " Did you mean "),
                );
                let q = Citaat(q);
                t.meld(
                    Code::FocusgebiedOnbekend,
                    Ernst::Fout,
                    format_args!("/focusgebied"),
                    format_args!("\"{q}\" is geen bekend stedelijk focusgebied.{nl}"),
                    format_args!("\"{q}\" is not a known urban focus area.{en}"),
                    regel_gebied,
                );
                None
            }
        },
        Veld::Ontbreekt => {
            match gemeente {
                Some(g) => {
                    let namen = namen_in(set, &g.code);
                    t.ontbreekt(
                        format_args!("/focusgebied"),
                        format_args!(
                            "Het focusgebied ontbreekt. In {} ligt: {}.",
                            g.naam,
                            Reeks(namen.clone(), ", ")
                        ),
                        format_args!(
                            "The focus area is missing. In {} lies: {}.",
                            g.naam,
                            Reeks(namen, ", ")
                        ),
                        regel_gebied,
                    )
                }
                None => t.ontbreekt(
                    format_args!("/focusgebied"),
                    format_args!("Het focusgebied ontbreekt."),
                    format_args!("The focus area is missing."),
                    regel_gebied,
                ),
            }
            None
        }
        Veld::Ongeldig => None,
    }
}
