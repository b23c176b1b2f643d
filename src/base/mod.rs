//! Machinery under everything else: exact JSON and number reading, sorting, the sorted map.

pub mod getal;
pub mod json;
pub mod kaart;
pub(crate) mod volgorde;
