//! Rules and checker for the SPUK Kansrijke Wijk (Regeling kansrijke wijk, Stcrt. 2023, 17605 and
//! Stcrt. 2025, 20924): who may apply, what the money may be spent on, and the conditions of each
//! funding stream, for both tranches (2023-2025 and 2026-2028).
//!
//! The law model lives in [`regels`] (compiled in from `rules/`), the engine in `toetsing`, the
//! output in [`beoordeling`]. The CLI (`src/main.rs`) and the wasm bindings (`src/wasm.rs`) are thin
//! layers over [`toets`] and friends.
//!
//! ```
//! let aanvraag = serde_json::json!({
//!     "regeling": "2026-2028", "ingediend_op": "2025-07-15",
//!     "gemeente": "GM0014", "focusgebied": "Groningen Noord"
//! });
//! let b = kansrijke_wijk::toets(&aanvraag);
//! assert_eq!(b.focusgebied.unwrap().id, "groningen-noord");
//! ```

#![warn(missing_docs)]

pub mod aanvraag;
pub mod beoordeling;
pub mod codes;
pub mod gebieden;
pub mod overzicht;
pub mod rapport;
pub mod regels;
mod toetsing;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use beoordeling::{Beoordeling, Bevinding, Ernst, Uitkomst};
pub use regels::{Regelset, RegelsetFout};

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
}

/// Parse JSON text, keeping numbers as their exact decimal text (no float rounding).
///
/// # Errors
/// [`JsonFout`] with line and column when the text is not JSON (also when nested too deeply).
pub fn lees_json(tekst: &str) -> Result<Value, JsonFout> {
    serde_json::from_str(tekst).map_err(|e| JsonFout {
        regel: e.line(),
        kolom: e.column(),
        melding: e.to_string(),
    })
}

/// Assess an aanvraag given as JSON text. Text that is not JSON gives a beoordeling with one
/// `KW-INVOER-001` fout at the root path `""`, naming the line and column.
pub fn toets_tekst(set: &Regelset, tekst: &str) -> Beoordeling {
    match lees_json(tekst) {
        Ok(w) => toets_met(set, &w),
        Err(e) => niet_json(&e),
    }
}

/// The beoordeling of input that is not JSON.
pub fn niet_json(e: &JsonFout) -> Beoordeling {
    let bevindingen = vec![Bevinding {
        code: "KW-INVOER-001",
        ernst: Ernst::Fout,
        pad: String::new(),
        melding: regels::Tekst {
            nl: format!(
                "De invoer is geen geldige JSON (regel {}, kolom {}).",
                e.regel, e.kolom
            ),
            en: format!(
                "The input is not valid JSON (line {}, column {}): {}.",
                e.regel, e.kolom, e.melding
            ),
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
