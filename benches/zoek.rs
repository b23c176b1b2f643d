//! Criterion bench of the name look-up (issue 10, item 5): `plaats` (the CLI's `gebied`, JS
//! `zoekGebied`) for a hit, a near miss with suggestions and a far miss, and the suggestions over
//! 2,297 made-up names, as many as the buurt names a later issue adds. A miss must stay under
//! 0.2 ms. Run: `cargo bench --profile criterion --bench zoek`.

use criterion::{criterion_group, criterion_main, Criterion};
use kansrijke_wijk::gebieden::{plaats, Namen};
use kansrijke_wijk::regels;
use std::hint::black_box;

/// 2,297 names in the style of Dutch buurt names ("Oud-Noorderhaven", "Kerkbuurt-West 3").
fn buurtnamen() -> Vec<(String, String)> {
    let voor = [
        "Oud", "Nieuw", "Hoog", "Laag", "Groot", "Klein", "Sint", "Noord", "Zuid", "Oost", "West",
        "Binnen", "Buiten",
    ];
    let midden = [
        "kerk", "haven", "dorp", "veld", "hof", "brug", "molen", "dijk", "beek", "bos", "weide",
        "markt", "polder",
    ];
    let achter = [
        "buurt", "wijk", "park", "straat", "plein", "kwartier", "centrum", "zoom", "laan", "kade",
        "hoek", "rand", "erf", "akker",
    ];
    let mut uit = Vec::new();
    'klaar: for (i, v) in voor.iter().enumerate() {
        for m in midden {
            for (k, a) in achter.iter().enumerate() {
                let naam = format!("{v}-{m}{a} {}", (i + k) % 5);
                uit.push((naam.clone(), format!("{naam} (BU{:08})", uit.len())));
                if uit.len() == 2_297 {
                    break 'klaar;
                }
            }
        }
    }
    uit
}

fn bench(c: &mut Criterion) {
    let set = regels::standaard();
    for (naam, vraag) in [
        ("raak", "Groningen Noord"),
        ("bijna", "Amstedam Zuid"),
        ("mis", "xyzzy plugh nergensland"),
        ("code", "BU05183620"),
    ] {
        c.bench_function(&format!("plaats/{naam}"), |b| {
            b.iter(|| plaats(set, black_box(vraag)))
        });
    }
    let namen = Namen::nieuw(buurtnamen());
    for (naam, vraag) in [
        ("bijna", "Nieuw-kerkbuurt 2"),
        ("mis", "xyzzy plugh nergensland"),
    ] {
        c.bench_function(&format!("namen-2297/{naam}"), |b| {
            b.iter(|| namen.dichtstbij(black_box(vraag)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
