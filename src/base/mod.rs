//! Machinery under everything else: exact JSON reading, sorting without generic code, the sorted map.

pub mod json;
pub mod kaart;
pub(crate) mod volgorde;
