//! Places given in the aanvraag (a school's buurt, the buurten where an activity's results land),
//! placed relative to its focus area on the buurt table: the derived answer is afgeleid, shown at
//! the field with its basis, and compared with what the applicant ticked.

use super::Toetsing;
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::regels::ligging;
use crate::regels::{Focusgebied, Ligging, Regel};

/// Where the buurt `tekst` (a CBS buurtcode or a buurt name of the area's gemeente) lies relative
/// to `f`, said at `pad` (KW-PLAATS-001, info, with its basis), with `"buurt CODE (naam)"` for
/// other messages. `None`, with KW-PLAATS-002, when it names no single buurt: never a guess.
pub(super) fn buurt(
    t: &mut Toetsing<'_>,
    tekst: &str,
    f: &Focusgebied,
    regel: &Regel,
    pad: &str,
    wie_nl: &str,
    wie_en: &str,
) -> Option<(Ligging, String)> {
    let plek = match ligging::buurt_in(t.set, tekst, &f.gemeente) {
        Ok(p) => p,
        Err(kandidaten) => {
            let k = crate::base::tekst::Reeks(kandidaten.iter().map(String::as_str), ", ");
            let (nl, en, punt) = match kandidaten.is_empty() {
                true => ("", "", ""),
                false => (" Bedoelt u een van: ", " Did you mean one of: ", "?"),
            };
            t.meld(
                Code::PlaatsOnbekend,
                Ernst::Waarschuwing,
                format_args!("{pad}"),
                format_args!("De buurt van {wie_nl} is geen CBS-buurt(code) die eenduidig te vinden is; de ligging is niet afgeleid.{nl}{k}{punt}"),
                format_args!("The buurt of {wie_en} is not a CBS buurt (code) that can be found uniquely; its place is not inferred.{en}{k}{punt}"),
                Some(regel),
            );
            return None;
        }
    };
    let o = ligging::beoordeel_voor(t.set, &plek, Some(f));
    let (nl, en) = match o.ligging {
        Ligging::Binnen => ("ligt binnen", "lies inside"),
        Ligging::Buiten => ("ligt buiten", "lies outside"),
        Ligging::Onzeker => ("ligt mogelijk binnen", "may lie inside"),
    };
    let basis = ligging::basis(t.set, Some(f));
    let wat = format!("buurt {} ({})", plek.code(), plek.naam);
    t.meld(
        Code::PlaatsAfgeleid,
        Ernst::Info,
        format_args!("{pad}"),
        format_args!(
            "{wat} van {wie_nl} {nl} {} (afgeleid). Gegevens: {basis}.",
            f.naam
        ),
        format_args!(
            "{wat} of {wie_en} {en} {} (inferred). Data: {basis}.",
            f.naam
        ),
        Some(regel),
    );
    Some((o.ligging, wat))
}

/// KW-PLAATS-003 at `pad` when the ticked `opgegeven` and the derived `afgeleid` disagree (an
/// onzeker place disagrees with neither).
#[allow(clippy::too_many_arguments)]
pub(super) fn wijkt_af(
    t: &mut Toetsing<'_>,
    opgegeven: bool,
    afgeleid: Ligging,
    f: &Focusgebied,
    regel: &Regel,
    pad: &str,
    (wie_nl, wie_en): (&str, &str),
    wat: &str,
) {
    let a = match afgeleid {
        Ligging::Binnen => true,
        Ligging::Buiten => false,
        Ligging::Onzeker => return,
    };
    if a == opgegeven {
        return;
    }
    let (ja, nee) = (
        ["buiten", "binnen"][usize::from(opgegeven)],
        ["buiten", "binnen"][usize::from(a)],
    );
    let (yes, no) = (
        ["outside", "inside"][usize::from(opgegeven)],
        ["outside", "inside"][usize::from(a)],
    );
    t.meld(
        Code::PlaatsWijktAf,
        Ernst::Waarschuwing,
        format_args!("{pad}"),
        format_args!("Volgens de aanvraag ligt {wie_nl} {ja} {}, maar {wat} ligt er {nee} (afgeleid); de afgeleide ligging telt.", f.naam),
        format_args!("The aanvraag says {wie_en} lies {yes} {}, but {wat} lies {no} (inferred); the inferred place is counted.", f.naam),
        Some(regel),
    );
}
