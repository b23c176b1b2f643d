//! Rules and checker for the SPUK Kansrijke Wijk (Regeling kansrijke wijk, Stcrt. 2023, 17605 and
//! Stcrt. 2025, 20924): who may apply, what the money may be spent on, and the conditions of each
//! funding stream, for both tranches (2023-2025 and 2026-2028).
//!
//! The law model lives in [`regels`] (compiled in from `rules/`), the engine in `toetsing`, the
//! output in [`beoordeling`]; natively, `herstel` turns findings into proven repairs (JSON Patches
//! that the engine has checked remove the finding and add no fout). The CLI (`src/main.rs`) and the wasm bindings (`src/wasm.rs`) are thin
//! layers over [`toets`] and friends.
//!
//! # A native example
//!
//! A Rust program builds a typed [`Aanvraag`] (or reads one with `serde_json::from_str`), checks
//! it with [`toets_aanvraag`] and gets a [`Beoordeling`], which [`Beoordeling::uit_json`] reads
//! back from its JSON:
//!
//! ```
//! use kansrijke_wijk::{toets_aanvraag, Aanvraag, Beoordeling, Uitkomst};
//! use kansrijke_wijk::getypt::{Activiteit, Alliantie, Begrotingsregel, Coalitie, School};
//! use rust_decimal::Decimal;
//!
//! let begrotingsregel = |jaar, centen| Begrotingsregel {
//!     jaar: Some(jaar),
//!     bedrag: Some(Decimal::new(centen, 2)),
//!     ..Default::default()
//! };
//! let aanvraag = Aanvraag {
//!     regeling: Some("2026-2028".into()),
//!     ingediend_op: Some(time::Date::from_calendar_date(2025, time::Month::July, 15).unwrap()),
//!     gemeente: Some("GM0014".into()),
//!     focusgebied: Some("groningen-noord".into()),
//!     alliantie: Some(Alliantie {
//!         voorzitter_burgemeester: Some(true),
//!         gebiedsplan: Some(true),
//!         uitvoeringsprogramma: Some(true),
//!         inwoners_betrokken: Some(true),
//!     }),
//!     coalitie: Some(Coalitie {
//!         scholen: Some(vec![School {
//!             naam: Some("Het Karrepad".into()),
//!             brin: Some("12AB".into()),
//!             binnen_focusgebied: Some(true),
//!         }]),
//!     }),
//!     activiteiten: Some(vec![Activiteit {
//!         id: Some("ontdeklab".into()),
//!         naam: Some("Ontdeklab en verlengde schooldag".into()),
//!         thema: Some("school_en_omgeving".into()),
//!         binnen_focusgebied: Some(true),
//!         // € 350.000,00 in 2026 and in 2029, a year outside the regulation (2026-2028).
//!         begroting: Some(vec![begrotingsregel(2026, 35_000_000), begrotingsregel(2029, 35_000_000)]),
//!         ..Default::default()
//!     }]),
//! };
//! let b = toets_aanvraag(&aanvraag);
//! assert_eq!(b.uitkomst, Uitkomst::VoldoetNiet);
//! let jaar = b.bevindingen.iter().find(|f| f.code == "KW-JAAR-001").unwrap();
//! assert_eq!(jaar.pad, "/activiteiten/0/begroting/1/jaar");
//! assert_eq!(b.totalen.aangevraagd.tekst(), "700000.00");
//!
//! // The same as the lenient path (any JSON, as the CLI and the wasm take it) gives for this JSON:
//! let tekst = serde_json::to_string(&aanvraag).unwrap();
//! assert_eq!(kansrijke_wijk::toets_tekst(kansrijke_wijk::regels::standaard(), &tekst), b);
//! // And the beoordeling reads back from its JSON:
//! assert_eq!(Beoordeling::uit_json(&b.json()).unwrap(), b);
//! ```
//!
//! Any JSON value, however malformed, goes through [`toets`] (a `serde_json::Value`) or
//! [`toets_tekst`] (text); every problem is then a finding at its path:
//!
//! ```
//! let aanvraag = serde_json::json!({
//!     "regeling": "2026-2028", "ingediend_op": "2025-07-15",
//!     "gemeente": "GM0014", "focusgebied": "Groningen Noord"
//! });
//! let b = kansrijke_wijk::toets(&aanvraag);
//! assert_eq!(b.focusgebied.unwrap().id, "groningen-noord");
//! ```
//!
//! Library users who do not need the CLI depend on this crate with `default-features = false`
//! (the default feature `cli` builds the `kansrijke-wijk` binary with clap and toml).

#![warn(missing_docs)]

// Layers, lowest first; a module only uses the ones below it (tests/lagen.rs checks this):
// base (machinery), regels (the law model), the leaf types (beoordeling, codes, geld), input (reading
// the aanvraag), toetsing (the checks), output (report, overviews), then this root, the CLI
// (main.rs) and the wasm bindings.
pub mod base;
pub mod beoordeling;
pub mod codes;
pub mod geld;
pub mod input;
pub mod output;
pub mod regels;
mod toetsing;
// The assessor's overview of many aanvragen (CLI `overzicht`): native only, never in the .wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod overzicht_aanvragen;
#[cfg(target_arch = "wasm32")]
// With the measurement feature `meet-swb` the walker of the JS layer is unused.
#[cfg_attr(feature = "meet-swb", allow(dead_code))]
mod wasm;

// The public paths of before the folders, so users and tests keep working.
pub use base::{json, kaart};
pub use input::aanvraag;
#[cfg(not(target_arch = "wasm32"))]
pub use input::getypt::{self, Aanvraag};
// Not in the package's .wasm (its size ceiling, BENCHMARKS.md): natively, and in the uitleg module.
#[cfg(any(not(target_arch = "wasm32"), feature = "uitleg"))]
pub use output::{herstel, uitleg};
pub use output::{overzicht, rapport};
pub use regels::gebieden;

pub use beoordeling::{Beoordeling, Bevinding, Ernst, Uitkomst};
pub use regels::{Regelset, RegelsetFout};

use crate::codes::Code;
use serde_json::Value;

/// The engine version (the crate version).
pub const VERSIE: &str = env!("CARGO_PKG_VERSION");

/// Assess an aanvraag (any JSON value) against the compiled rules.
///
/// Shapes: the aanvraag and the beoordeling of `../shared/spec/contract.md`. Never panics: a value
/// that is not an object, fields of the wrong type, unreadable amounts and dates all become
/// findings at their JSON Pointer path.
pub fn toets(aanvraag: &Value) -> Beoordeling {
    toets_met(regels::standaard(), aanvraag)
}

/// As [`toets`], against another rule set (for instance one filled with [`regels::met_aanvulling`]).
pub fn toets_met(set: &Regelset, aanvraag: &Value) -> Beoordeling {
    toetsing::toets_met(set, aanvraag)
}

#[cfg(not(target_arch = "wasm32"))]
/// Assess a typed [`Aanvraag`] against the compiled rules: the same beoordeling as [`toets`] gives
/// for the JSON the aanvraag writes ([`Aanvraag::als_waarde`]).
pub fn toets_aanvraag(aanvraag: &Aanvraag) -> Beoordeling {
    toets_aanvraag_met(regels::standaard(), aanvraag)
}

#[cfg(not(target_arch = "wasm32"))]
/// As [`toets_aanvraag`], against another rule set.
pub fn toets_aanvraag_met(set: &Regelset, aanvraag: &Aanvraag) -> Beoordeling {
    // Through the contract's JSON value and the lenient engine, so the typed and the lenient path
    // cannot differ in any finding, path or total.
    toets_met(set, &aanvraag.als_waarde())
}

/// Why a text is not JSON, with the place of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not JSON at line {regel}, column {kolom}: {melding}")]
pub struct JsonFout {
    /// Line (1-based).
    pub regel: usize,
    /// Column (1-based).
    pub kolom: usize,
    /// Parser message (English).
    pub melding: String,
    /// What is wrong, in Dutch.
    pub reden: &'static str,
}

/// Parse JSON text, keeping numbers as their exact decimal text (no float rounding).
///
/// # Errors
/// [`JsonFout`] with line and column when the text is not JSON (also when nested too deeply).
pub fn lees_json(tekst: &str) -> Result<Value, JsonFout> {
    json::lees(zonder_bom(tekst)).map_err(|e| json_fout(&e))
}

/// A byte order mark is allowed before JSON text (RFC 8259 §8.1); editors on Windows write one.
fn zonder_bom(tekst: &str) -> &str {
    tekst.strip_prefix('\u{FEFF}').unwrap_or(tekst)
}

/// serde_json's error as a [`JsonFout`], with what is wrong in Dutch.
fn json_fout(e: &serde_json::Error) -> JsonFout {
    let reden = match e.classify() {
        serde_json::error::Category::Eof => "de tekst houdt onverwacht op",
        _ if e.to_string().starts_with("recursion limit") => {
            "te diep genest (meer dan 127 niveaus)"
        }
        _ if e.to_string().starts_with("more than") => "te veel waarden (meer dan 2.000.000)",
        _ if e.to_string().starts_with("member name given twice") => {
            "een naam staat twee keer in hetzelfde object (welke waarde bedoeld is, is niet te zeggen)"
        }
        serde_json::error::Category::Syntax => "onverwacht teken",
        _ => "ongeldige waarde",
    };
    JsonFout {
        regel: e.line(),
        kolom: e.column(),
        melding: e.to_string(),
        reden,
    }
}

/// As [`lees_json`], for bytes that should be UTF-8 text (a file as read from disk).
///
/// # Errors
/// [`JsonFout`] when the bytes are not UTF-8 (with the line and column of the first bad byte) or
/// not JSON.
pub fn lees_json_bytes(bytes: &[u8]) -> Result<Value, JsonFout> {
    match std::str::from_utf8(bytes) {
        Ok(t) => lees_json(t),
        Err(e) => {
            let goed = &bytes[..e.valid_up_to()];
            let regel = goed.iter().filter(|b| **b == b'\n').count() + 1;
            let begin = goed.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let kolom = String::from_utf8_lossy(&goed[begin..]).chars().count() + 1;
            Err(JsonFout {
                regel,
                kolom,
                melding: e.to_string(),
                reden: "geen UTF-8-tekst",
            })
        }
    }
}

/// Assess an aanvraag given as JSON text. Text that is not JSON gives a beoordeling with one
/// `KW-INVOER-001` fout at the root path `""`, naming the line and column.
pub fn toets_tekst(set: &Regelset, tekst: &str) -> Beoordeling {
    // Natively the text is read into a `Node` that borrows its strings (issue 13: reading into a
    // `Value` was half of the time); the .wasm reads a `Value`, which its other entries need
    // anyway, so that the reader is not in it twice (size: BENCHMARKS.md). Both give the same
    // value and the same errors (src/model/src/json.rs).
    #[cfg(not(target_arch = "wasm32"))]
    let gelezen = json::lees_node(zonder_bom(tekst)).map_err(|e| json_fout(&e));
    #[cfg(target_arch = "wasm32")]
    let gelezen = lees_json(tekst);
    match gelezen {
        Ok(w) => toetsing::toets_met(set, &w),
        Err(e) => niet_json(&e),
    }
}

/// The beoordeling of input that is not JSON.
pub fn niet_json(e: &JsonFout) -> Beoordeling {
    let bevindingen = vec![Bevinding {
        code: Code::NietJson.tekst(),
        ernst: Ernst::Fout,
        pad: String::new(),
        melding: regels::Tekst {
            nl: if e.reden.is_empty() {
                format!(
                    "De invoer is geen geldige JSON (regel {}, kolom {}).",
                    e.regel, e.kolom
                )
                .into()
            } else {
                format!(
                    "De invoer is geen geldige JSON (regel {}, kolom {}): {}.",
                    e.regel, e.kolom, e.reden
                )
                .into()
            },
            en: format!(
                "The input is not valid JSON (line {}, column {}): {}.",
                e.regel, e.kolom, e.melding
            )
            .into(),
        },
        bron: None,
    }];
    Beoordeling {
        regeling: None,
        uitkomst: Uitkomst::VoldoetNiet,
        focusgebied: None,
        bevindingen,
        totalen: Default::default(),
    }
}
