//! Criterion bench of the native path: `toets` (a parsed aanvraag) and `toets_tekst` (JSON text in,
//! as the CLI and `toetsJson` take it) for every example and for a 50-activity aanvraag, the same
//! inputs as the Node bench of the wasm build (`benches/wasm.mjs`).
//! Run: `cargo bench --profile criterion --bench toets` (the release settings with panic=unwind).

use criterion::{criterion_group, criterion_main, Criterion};
use kansrijke_wijk::{lees_json, regels, toets, toets_tekst};
use std::hint::black_box;

#[path = "gedeeld/invoer.rs"]
mod invoer;
use invoer::invoer;

fn bench(c: &mut Criterion) {
    let set = regels::standaard();
    for (naam, tekst) in invoer() {
        let waarde = lees_json(&tekst).expect("JSON");
        c.bench_function(&format!("toets/{naam}"), |b| {
            b.iter(|| toets(black_box(&waarde)))
        });
        c.bench_function(&format!("toets_tekst/{naam}"), |b| {
            b.iter(|| toets_tekst(set, black_box(&tekst)).json())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
