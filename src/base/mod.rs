//! Machinery under everything else: exact JSON and number reading, sorting, the sorted map, joined names.

pub mod getal;
pub mod json;
pub mod kaart;
pub mod tekst;
pub(crate) mod volgorde;
