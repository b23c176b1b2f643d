//! Writing output for people: the CLI report, the overviews of rules and focus areas, the trace of
//! what was checked, and the proven repairs of findings.

// The trace and the repairs are not in the package's .wasm (at its size ceiling, BENCHMARKS.md):
// natively always, in wasm only in the uitleg module (feature `uitleg`).
#[cfg(any(not(target_arch = "wasm32"), feature = "uitleg"))]
pub mod getoetst;
#[cfg(any(not(target_arch = "wasm32"), feature = "uitleg"))]
pub mod herstel;
pub mod overzicht;
pub mod rapport;
#[cfg(any(not(target_arch = "wasm32"), feature = "uitleg"))]
pub mod uitleg;
