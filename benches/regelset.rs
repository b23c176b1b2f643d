//! Criterion bench of run-time rule sets (issue 10): filling the compiled rules with `n` maxima,
//! which was quadratic in `n` (a `retain` over all maxima per new maximum, and a linear search of
//! the regulation's years per maximum). Two shapes, each for n = 5,000 to 80,000:
//! - `vervangen/n`: `n` maxima cycling over every (area, theme, year) of the second tranche, so
//!   most replace an earlier one;
//! - `jaren/n`: a `jaren` rule of `n` years and one maximum per year, all kept.
//!
//! Run: `cargo bench --profile criterion --bench regelset`. Linear (or n log n) means the time per
//! maximum stays about the same as `n` grows; BENCHMARKS.md has the figures.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kansrijke_wijk::regels;
use serde_json::{json, Value};
use std::hint::black_box;

const REGELING: &str = "2026-2028";

fn maximum(gebied: &str, thema: &str, jaar: i64) -> Value {
    json!({ "focusgebied": gebied, "thema": thema, "jaar": jaar, "bedrag": "1000.00",
            "bron": "STCRT-2025-20924", "zekerheid": "geverifieerd" })
}

/// `n` maxima over every area, theme and year of the tranche, over and over.
fn vervangen(n: usize) -> Value {
    let set = regels::standaard();
    let r = set.regeling(REGELING).expect("tranche");
    let mut sleutels = Vec::new();
    for g in set.gebieden.focusgebied.iter() {
        for t in r.thema.iter() {
            for jaar in 2026..=2028 {
                sleutels.push((g.id.to_string(), t.id.to_string(), jaar));
            }
        }
    }
    let maxima: Vec<Value> = (0..n)
        .map(|i| {
            let (g, t, j) = &sleutels[i % sleutels.len()];
            maximum(g, t, *j)
        })
        .collect();
    json!({ "regeling": [{ "id": REGELING, "maximum": maxima }] })
}

/// A `jaren` rule of `n` years from 2026 and one maximum for each.
fn jaren(n: usize) -> Value {
    let set = regels::standaard();
    let g = set.gebieden.focusgebied[0].id.to_string();
    let t = set.regeling(REGELING).expect("tranche").thema[0]
        .id
        .to_string();
    let jaren: Vec<i64> = (0..n as i64).map(|i| 2026 + i).collect();
    let maxima: Vec<Value> = jaren.iter().map(|&j| maximum(&g, &t, j)).collect();
    json!({ "regeling": [{ "id": REGELING, "maximum": maxima,
        "regel": [{ "id": "jaren", "waarde": jaren, "zekerheid": "geverifieerd", "bron": "STCRT-2025-20924" }] }] })
}

fn bench(c: &mut Criterion) {
    for (naam, maak) in [
        ("vervangen", vervangen as fn(usize) -> Value),
        ("jaren", jaren),
    ] {
        let mut groep = c.benchmark_group(format!("regelset/{naam}"));
        groep.sample_size(10);
        for n in [5_000, 20_000, 80_000] {
            let w = maak(n);
            // The rule set must be accepted, or the bench would time the error path.
            regels::aanvulling_uit_waarde(&w, "bench.json").expect("a valid rule set");
            groep.throughput(Throughput::Elements(n as u64));
            groep.bench_with_input(BenchmarkId::from_parameter(n), &w, |b, w| {
                b.iter(|| regels::aanvulling_uit_waarde(black_box(w), "bench.json"))
            });
        }
        groep.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
