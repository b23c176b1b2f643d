//! School en Omgeving: the coalition has at least 85 % of its schools inside the focus area.

use super::{activiteiten, Toetsing};
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Veld};
use crate::regels::RegelId;
use rust_decimal::Decimal;

const THEMA: &str = "school_en_omgeving";

/// Check the coalition when any activity has theme School en Omgeving.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag) {
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
    let mut binnen = 0u32;
    let mut bekend = true;
    for s in scholen {
        match s.binnen_focusgebied {
            Veld::Is(true) => binnen += 1,
            Veld::Is(false) => {}
            Veld::Ontbreekt => {
                bekend = false;
                let nr = s.index + 1;
                t.ontbreekt(
                    format_args!("/coalitie/scholen/{}/binnen_focusgebied", s.index),
                    format_args!(
                        "Ontbreekt: of school {nr} binnen het focusgebied ligt (true of false)."
                    ),
                    format_args!(
                        "Missing: whether school {nr} lies inside the focus area (true or false)."
                    ),
                    Some(regel),
                );
            }
            Veld::Ongeldig => bekend = false,
        }
    }
    let totaal = scholen.len() as u32;
    // Exact: binnen / totaal >= aandeel = m / 10^schaal, compared as whole numbers (a share is
    // at most 1, so m ≤ 10^28 and every product fits a u128).
    let macht = 10u128.pow(aandeel.scale());
    let teller = aandeel.mantissa().unsigned_abs();
    if bekend && u128::from(binnen) * macht < teller * u128::from(totaal) {
        t.schending(
            Code::CoalitieAandeelTeLaag,
            regel,
            format_args!("/coalitie/scholen"),
            // One school ligt / lies, more liggen / lie (and none: "0 ... liggen").
            format_args!("{binnen} van de {totaal} scholen van de coalitie {} in het focusgebied; dat moet ten minste {procent} % zijn.", if binnen == 1 { "ligt" } else { "liggen" }),
            format_args!("{binnen} of the coalition's {totaal} schools {} inside the focus area; at least {procent} % is required.", if binnen == 1 { "lies" } else { "lie" }),
        );
    }
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

/// The finding that an aanvraag with School en Omgeving names no schools of the coalition.
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
