//! School en Omgeving: the coalition has at least 85 % of its schools inside the focus area.

use super::{activiteiten, plaats, Toetsing};
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, School, Veld};
use crate::regels::{Focusgebied, Ligging, Regel, RegelId};
use rust_decimal::Decimal;

const THEMA: &str = "school_en_omgeving";

/// Check the coalition when any activity has theme School en Omgeving.
pub(super) fn toets<'a>(t: &mut Toetsing<'a>, a: &Aanvraag, f: Option<&'a Focusgebied>) {
    if !activiteiten(a)
        .iter()
        .any(|x| x.thema.waarde().is_some_and(|th| th == THEMA))
    {
        return;
    }
    let Some(regel) = t.regel(RegelId::SoCoalitieAandeelBinnen, Some(THEMA)) else {
        return;
    };
    let Some(aandeel) = regel.decimaal() else {
        return;
    };
    let procent = procent(aandeel);
    let scholen = match &a.coalitie {
        Veld::Ongeldig => return,
        Veld::Is(c) => match &c.scholen {
            Veld::Ongeldig => return,
            Veld::Is(s) if !s.is_empty() => s,
            _ => {
                leeg(t, regel, format_args!("/coalitie/scholen"));
                return;
            }
        },
        Veld::Ontbreekt => {
            leeg(t, regel, format_args!("/coalitie"));
            return;
        }
    };
    let mut telling = Telling {
        bekend: true,
        ..Telling::default()
    };
    for s in scholen {
        let afgeleid = f.and_then(|f| afleiden(t, s, f, regel));
        let ligging = match (afgeleid, &s.binnen_focusgebied) {
            (Some(l), _) => {
                telling.afgeleid = true;
                Some(l)
            }
            (None, Veld::Is(true)) => Some(Ligging::Binnen),
            (None, Veld::Is(false)) => Some(Ligging::Buiten),
            (None, Veld::Ontbreekt) => {
                let nr = s.index + 1;
                t.ontbreekt(
                    format_args!("/coalitie/scholen/{}/binnen_focusgebied", s.index),
                    format_args!(
                        "Ontbreekt: of school {nr} binnen het focusgebied ligt (true of false, of de buurt van de school)."
                    ),
                    format_args!(
                        "Missing: whether school {nr} lies inside the focus area (true or false, or the school's buurt)."
                    ),
                    Some(regel),
                );
                None
            }
            (None, Veld::Ongeldig) => None,
        };
        match ligging {
            Some(Ligging::Binnen) => telling.binnen += 1,
            Some(Ligging::Onzeker) => telling.onzeker += 1,
            Some(Ligging::Buiten) => {}
            None => telling.bekend = false,
        }
    }
    if telling.bekend {
        oordeel(t, regel, aandeel, &procent, &telling, scholen.len() as u32);
    }
}

/// What the coalition's schools add up to.
#[derive(Default)]
struct Telling {
    /// Inside (declared or inferred).
    binnen: u32,
    /// Inferred onzeker: counted neither in nor out.
    onzeker: u32,
    /// Whether every school's place is known.
    bekend: bool,
    /// Whether any school's place is inferred from its buurt (afgeleid: a shortfall only warns).
    afgeleid: bool,
}

/// Whether `binnen` of `totaal` is at least `aandeel`, exactly: binnen / totaal >= m / 10^schaal as
/// whole numbers (a share is at most 1, so m ≤ 10^28 and every product fits a u128).
fn genoeg(binnen: u32, totaal: u32, aandeel: Decimal) -> bool {
    let macht = 10u128.pow(aandeel.scale());
    let teller = aandeel.mantissa().unsigned_abs();
    u128::from(binnen) * macht >= teller * u128::from(totaal)
}

/// The 85 % rule on the counted schools. An onzeker school is counted neither in nor out: when the
/// answer depends on them, the finding says how it comes out either way. A shortfall that rests on
/// an inferred place is a waarschuwing, whatever the rule's zekerheid.
fn oordeel(
    t: &mut Toetsing<'_>,
    regel: &Regel,
    aandeel: Decimal,
    procent: &str,
    n: &Telling,
    totaal: u32,
) {
    let (binnen, met) = (n.binnen, n.binnen + n.onzeker);
    if genoeg(binnen, totaal, aandeel) {
        return;
    }
    let ernst = if n.afgeleid {
        Ernst::Waarschuwing
    } else {
        Ernst::voor(regel.zekerheid)
    };
    let (nl, en) = if n.onzeker == 0 {
        ("", "")
    } else if genoeg(met, totaal, aandeel) {
        (
            " Met de scholen waarvan de ligging onzeker is erbij is het wel genoeg",
            " With the schools whose place is uncertain counted in it is enough",
        )
    } else {
        (
            " Ook met de scholen waarvan de ligging onzeker is erbij is het te weinig",
            " Even with the schools whose place is uncertain counted in it is too few",
        )
    };
    let extra = n.onzeker;
    let (zin_nl, zin_en) = if extra == 0 {
        (String::new(), String::new())
    } else {
        (
            format!("{nl} ({met} van de {totaal})."),
            format!("{en} ({met} of {totaal})."),
        )
    };
    let afgeleid = if n.afgeleid {
        " (ten dele afgeleid uit de buurten van de scholen)"
    } else {
        ""
    };
    let inferred = if n.afgeleid {
        " (partly inferred from the schools' buurten)"
    } else {
        ""
    };
    t.meld(
        Code::CoalitieAandeelTeLaag,
        ernst,
        format_args!("/coalitie/scholen"),
        format_args!("{binnen} van de {totaal} scholen van de coalitie liggen in het focusgebied{afgeleid}; dat moet ten minste {procent} % zijn.{zin_nl}"),
        format_args!("{binnen} of the coalition's {totaal} schools lie inside the focus area{inferred}; at least {procent} % is required.{zin_en}"),
        Some(regel),
    );
}

/// Where a school with a `buurt` lies relative to the aanvraag's area, with its findings (see
/// `super::plaats`). `None` when there is no buurt or it names no single buurt.
fn afleiden(t: &mut Toetsing<'_>, s: &School, f: &Focusgebied, regel: &Regel) -> Option<Ligging> {
    let Veld::Is(tekst) = &s.buurt else {
        return None;
    };
    let (nr, i) = (s.index + 1, s.index);
    let (wie_nl, wie_en) = (format!("school {nr}"), format!("school {nr}"));
    let pad = format!("/coalitie/scholen/{i}/buurt");
    let (ligging, wat) = plaats::buurt(t, tekst, f, regel, &pad, &wie_nl, &wie_en)?;
    if let Veld::Is(b) = s.binnen_focusgebied {
        let pad = format!("/coalitie/scholen/{i}/binnen_focusgebied");
        plaats::wijkt_af(t, b, ligging, f, regel, &pad, (&wie_nl, &wie_en), &wat);
    }
    Some(ligging)
}

/// A share as a percentage for messages (`0.85` → `85`, `0.855` → `85.5`), written from its
/// digits (size: BENCHMARKS.md, "Size tricks in the code").
fn procent(aandeel: Decimal) -> String {
    let (m, schaal) = (aandeel.mantissa().unsigned_abs(), aandeel.scale() as usize);
    let mut cijfers = crate::beoordeling::Bedrag { centen: m }
        .tekst()
        .replace('.', "");
    // `cijfers` is m with at least three digits; its value has `schaal` decimals, the
    // percentage two fewer.
    while cijfers.len() < schaal + 1 {
        cijfers.insert(0, '0');
    }
    if schaal <= 2 {
        for _ in schaal..2 {
            cijfers.push('0');
        }
        let t = cijfers.trim_start_matches('0');
        return if t.is_empty() { "0".into() } else { t.into() };
    }
    let (heel, deel) = cijfers.split_at(cijfers.len() - (schaal - 2));
    let heel = heel.trim_start_matches('0');
    let deel = deel.trim_end_matches('0');
    let heel = if heel.is_empty() { "0" } else { heel };
    if deel.is_empty() {
        heel.into()
    } else {
        format!("{heel}.{deel}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn procenten() {
        let p = |s: &str| super::procent(s.parse().unwrap());
        assert_eq!(p("0.85"), "85");
        assert_eq!(p("0.855"), "85.5");
        assert_eq!(p("1"), "100");
        assert_eq!(p("0.5"), "50");
        assert_eq!(p("0.0001"), "0.01");
        assert_eq!(p("0"), "0");
        assert_eq!(p("0.850"), "85");
    }
}

fn leeg(t: &mut Toetsing<'_>, regel: &crate::regels::Regel, pad: std::fmt::Arguments<'_>) {
    t.meld(
        Code::GeenCoalitiescholen,
        Ernst::Ontbreekt,
        pad,
        format_args!("Er is een activiteit met thema School en Omgeving, maar de scholen van de coalitie ontbreken."),
        format_args!("There is an activity with theme School and Surroundings, but the coalition's schools are missing."),
        Some(regel),
    );
}
