//! Machinery under everything else: exact JSON and number reading, sorting, the sorted map, joined names.
//!
//! The JSON reader, the sort and the joined names live in the law model's crate (`src/model/`),
//! which `build.rs` uses too; they are named here by their place in the library.

pub mod getal;
pub use kansrijke_wijk_model::{json, tekst};
pub mod kaart;
pub(crate) use kansrijke_wijk_model::volgorde;
