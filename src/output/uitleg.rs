//! The beoordeling explained (issue 14): each finding with its proven `herstel` and the trace
//! `getoetst`, as `toets --json --uitleg` prints it and the uitleg module's `toetsUitleg` answers.

use crate::beoordeling::Uitkomst;
use crate::beoordeling::{Beoordeling, Bevinding, GebiedVerwijzing, RegelingVerwijzing, Totalen};
use crate::output::getoetst::{self, Toetsstap};
use crate::output::herstel::{self, Herstel, Hersteld};
use crate::regels::Regelset;
use serde::Serialize;
use serde_json::Value;

/// A beoordeling with its repairs (one place per finding) and its trace.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitgelegd {
    /// The beoordeling, as `toets` gives it.
    pub beoordeling: Beoordeling,
    /// Per finding its repair (a proven patch, or a text saying what to decide), or `None`.
    pub herstel: Vec<Option<Herstel>>,
    /// Every rule applied (see [`getoetst::getoetst`]).
    pub getoetst: Vec<Toetsstap>,
}

/// Check `aanvraag` against `set` and explain the outcome.
pub fn uitleg(set: &Regelset, aanvraag: &Value) -> Uitgelegd {
    let beoordeling = crate::toetsing::toets_met(set, aanvraag);
    uitleg_van(set, aanvraag, beoordeling)
}

/// Explain `beoordeling`, the beoordeling of `aanvraag` against `set`.
pub fn uitleg_van(set: &Regelset, aanvraag: &Value, beoordeling: Beoordeling) -> Uitgelegd {
    let herstel = herstel::voorstellen(set, aanvraag, &beoordeling).per_bevinding;
    let getoetst = getoetst::getoetst(set, aanvraag, &beoordeling);
    Uitgelegd {
        beoordeling,
        herstel,
        getoetst,
    }
}

/// The JSON shape: the beoordeling's members in its own order, `herstel` inside each finding
/// that has one, then `getoetst`.
#[derive(Serialize)]
struct Vorm<'a> {
    regeling: &'a Option<RegelingVerwijzing>,
    uitkomst: Uitkomst,
    focusgebied: &'a Option<GebiedVerwijzing>,
    bevindingen: Vec<BevindingVorm<'a>>,
    totalen: &'a Totalen,
    #[serde(skip_serializing_if = "Option::is_none")]
    getoetst: Option<&'a [Toetsstap]>,
}

#[derive(Serialize)]
struct BevindingVorm<'a> {
    #[serde(flatten)]
    bevinding: &'a Bevinding,
    #[serde(skip_serializing_if = "Option::is_none")]
    herstel: Option<&'a Herstel>,
}

fn vorm<'a>(
    b: &'a Beoordeling,
    herstel: &'a [Option<Herstel>],
    getoetst: Option<&'a [Toetsstap]>,
) -> Vorm<'a> {
    Vorm {
        regeling: &b.regeling,
        uitkomst: b.uitkomst,
        focusgebied: &b.focusgebied,
        bevindingen: b
            .bevindingen
            .iter()
            .enumerate()
            .map(|(i, f)| BevindingVorm {
                bevinding: f,
                herstel: herstel.get(i).and_then(Option::as_ref),
            })
            .collect(),
        totalen: &b.totalen,
        getoetst,
    }
}

impl Uitgelegd {
    fn vorm(&self) -> Vorm<'_> {
        vorm(&self.beoordeling, &self.herstel, Some(&self.getoetst))
    }

    /// Compact JSON.
    pub fn json(&self) -> String {
        serde_json::to_string(&self.vorm()).unwrap_or_else(|e| panic!("uitleg serialises: {e}"))
    }

    /// Indented JSON for people.
    pub fn json_mooi(&self) -> String {
        serde_json::to_string_pretty(&self.vorm())
            .unwrap_or_else(|e| panic!("uitleg serialises: {e}"))
    }
}

/// The JSON of [`herstel::herstel_alles`]: the repaired aanvraag, what changed, the beoordeling of
/// the result with what is left to decide (inside its findings, as in [`Uitgelegd::json`]).
pub fn hersteld_json(h: &Hersteld) -> String {
    #[derive(Serialize)]
    struct Wijziging<'a> {
        code: &'a str,
        pad: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        oud: &'a Option<Value>,
        nieuw: &'a Value,
        nl: &'a str,
        en: &'a str,
    }
    #[derive(Serialize)]
    struct HersteldVorm<'a> {
        aanvraag: &'a Value,
        wijzigingen: Vec<Wijziging<'a>>,
        beoordeling: Vorm<'a>,
        niet_toegepast: usize,
    }
    let vorm = HersteldVorm {
        aanvraag: &h.aanvraag,
        wijzigingen: h
            .wijzigingen
            .iter()
            .map(|w| Wijziging {
                code: w.code,
                pad: &w.pad,
                oud: &w.oud,
                nieuw: &w.nieuw,
                nl: &w.herstel.nl,
                en: &w.herstel.en,
            })
            .collect(),
        beoordeling: vorm(&h.beoordeling, &h.over, None),
        niet_toegepast: h.niet_toegepast,
    };
    serde_json::to_string(&vorm).unwrap_or_else(|e| panic!("herstel serialises: {e}"))
}
