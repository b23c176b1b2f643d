//! The law model of the SPUK Kansrijke Wijk: the rule files' shape, the rule ids and the checks.
//!
//! A crate of its own inside `src/` (`src/model/`), used by the library (`kansrijke_wijk::regels`
//! re-exports it) and by its `build.rs`, which reads `rules/`, runs the full check (feature
//! `bouw`) and compiles the rule set into the library. It depends only on serde, serde_json,
//! rust_decimal and time, and cannot use the library: cargo allows no cycle between crates.

#![warn(missing_docs)]

pub mod controle;
pub mod id;
pub mod json;
pub mod model;
pub mod naam;
pub mod tekst;
pub mod volgorde;

pub use controle::Probleem;
pub use id::{RegelId, WaardeSoort};
