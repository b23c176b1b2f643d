//! Writing output for people: the CLI report, the overviews of rules and focus areas, and the
//! trace of what was checked.

// Native only, until the `.wasm` has room for it under its size ceiling (BENCHMARKS.md).
#[cfg(not(target_arch = "wasm32"))]
pub mod getoetst;
pub mod overzicht;
pub mod rapport;
