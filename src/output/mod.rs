//! Writing output for people: the CLI report, the overviews of rules and focus areas, the trace of
//! what was checked, and (native only) the proven repairs of findings.

// Native only, until the `.wasm` has room for it under its size ceiling (BENCHMARKS.md).
#[cfg(not(target_arch = "wasm32"))]
pub mod getoetst;
// Native only: the .wasm is at its gzip size ceiling (100,000 B, see BENCHMARKS.md), so herstel
// (with json-patch) is not in the wasm build yet; it is written to be adopted there unchanged.
#[cfg(not(target_arch = "wasm32"))]
pub mod herstel;
pub mod overzicht;
pub mod rapport;
