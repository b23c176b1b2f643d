//! Reading input: the lenient reader that turns any JSON value into an [`aanvraag::Aanvraag`], and the typed [`getypt::Aanvraag`] of native callers.

pub mod aanvraag;
// For native callers; the wasm module takes JS values and JSON text (and stays smaller without it).
#[cfg(not(target_arch = "wasm32"))]
pub mod getypt;
