//! Criterion bench of the name look-up (issue 10, item 5): `plaats` (the CLI's `gebied`, JS
//! `zoekGebied`) for a hit, a near miss with suggestions and a far miss, and the suggestions over
//! the 2,297 CBS buurt names a later issue adds. A miss must stay under 0.2 ms. Run: `cargo bench --profile criterion --bench zoek`.

use criterion::{criterion_group, criterion_main, Criterion};
use kansrijke_wijk::gebieden::{plaats, Namen};
use kansrijke_wijk::regels;
use std::hint::black_box;

/// The 2,297 CBS buurt names of the 19 gemeenten (`../shared/data/cbs-buurten-2023.tsv`, the
/// names the place issue adds), each shown with its code.
fn buurtnamen() -> Vec<(String, String)> {
    let pad = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/cbs-buurten-2023.tsv");
    let tekst = std::fs::read_to_string(&pad)
        .unwrap_or_else(|e| panic!("{}: {e} (the bench needs ../shared)", pad.display()));
    let namen: Vec<(String, String)> = tekst
        .lines()
        .skip(1)
        .filter_map(|r| {
            let v: Vec<&str> = r.split('\t').collect();
            Some((
                v.get(5)?.to_string(),
                format!("{} ({})", v.get(5)?, v.get(4)?),
            ))
        })
        .collect();
    assert_eq!(namen.len(), 2_297, "buurt names in {}", pad.display());
    namen
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
        ("bijna", "Planciusbuurt Nord"),
        ("verzonnen", "Nieuw-kerkbuurt 2"),
        ("mis", "xyzzy plugh nergensland"),
    ] {
        c.bench_function(&format!("namen-2297/{naam}"), |b| {
            b.iter(|| namen.dichtstbij(black_box(vraag)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
