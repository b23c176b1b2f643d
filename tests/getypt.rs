//! The typed Rust API (issue 13): a typed `Aanvraag` gives the same beoordeling as the lenient path, and a beoordeling reads back from its JSON.

use kansrijke_wijk::beoordeling::Bedrag;
use kansrijke_wijk::getypt::{Begrotingsregel, Soort};
use kansrijke_wijk::{lees_json, toets, toets_aanvraag, Aanvraag, Beoordeling, Uitkomst};
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn wortel() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lees(pad: &Path) -> Value {
    lees_json(&std::fs::read_to_string(pad).expect("readable")).expect("JSON")
}

/// Every aanvraag of `examples/` and of the table cases (`aanvraag`, or `basis` with its patch;
/// not the cases of raw text or of a run-time rule set), with a name.
fn aanvragen() -> Vec<(String, Value)> {
    let mut uit = Vec::new();
    for map in ["examples", "tests/cases"] {
        let mut paden: Vec<_> = std::fs::read_dir(wortel().join(map))
            .expect("folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paden.sort();
        for p in paden {
            let naam = p.file_name().unwrap().to_string_lossy().into_owned();
            let w = lees(&p);
            if map == "examples" {
                uit.push((naam, w));
            } else if w.get("regelset").is_some() || w.get("aanvraag_tekst").is_some() {
                continue;
            } else if let Some(a) = w.get("aanvraag") {
                uit.push((naam, a.clone()));
            } else if let Some(basis) = w.get("basis").and_then(Value::as_str) {
                let mut a = lees(&wortel().join(basis));
                if let Some(patch) = w.get("patch") {
                    // From text, as tests/tabel.rs does: from a Value, huge numbers (kept as
                    // text by arbitrary_precision) do not read back.
                    let patch: json_patch::Patch =
                        serde_json::from_str(&patch.to_string()).expect("RFC 6902 patch");
                    json_patch::patch(&mut a, &patch).expect("patch applies");
                }
                uit.push((naam, a));
            }
        }
    }
    uit
}

#[test]
fn getypt_en_soepel_geven_dezelfde_beoordeling() {
    let mut gelezen = 0;
    let mut geweigerd = Vec::new();
    for (naam, w) in aanvragen() {
        match serde_json::from_value::<Aanvraag>(w.clone()) {
            Ok(a) => {
                gelezen += 1;
                assert_eq!(toets_aanvraag(&a), toets(&w), "{naam}");
            }
            Err(_) => geweigerd.push(naam),
        }
    }
    // Three examples and most cases are typed aanvragen; the rest have a field of the wrong
    // type, an unknown field or an unreadable value, which only the lenient path takes.
    for voorbeeld in [
        "groningen-noord-school-en-omgeving.json",
        "heerlen-noord-re-integratie.json",
        "tilburg-noordwest-jonge-kind.json",
    ] {
        assert!(!geweigerd.iter().any(|n| n == voorbeeld), "{voorbeeld}");
    }
    // Its first amount is "1.250.000,00", the Dutch way: no typed amount, a finding of the lenient path.
    assert!(geweigerd.iter().any(|n| n == "meerdere-fouten.json"));
    assert!(
        gelezen >= 150,
        "only {gelezen} typed; refused: {geweigerd:?}"
    );
}

#[test]
fn een_beoordeling_leest_terug_uit_haar_json() {
    for (naam, w) in aanvragen() {
        let b = toets(&w);
        assert_eq!(Beoordeling::uit_json(&b.json()).expect(&naam), b, "{naam}");
        assert_eq!(
            Beoordeling::uit_json(&b.json_mooi()).expect(&naam),
            b,
            "{naam}"
        );
    }
}

#[test]
fn groningen_noord_getypt() {
    let a: Aanvraag = serde_json::from_value(lees(
        &wortel().join("examples/groningen-noord-school-en-omgeving.json"),
    ))
    .expect("typed");
    let b = toets_aanvraag(&a);
    assert_eq!(b.uitkomst, Uitkomst::Voldoet);
    // By hand: 3 × 350,000 for the verlengde schooldag, 180,000 + 45,000 + 180,000 for the
    // ontdeklab; all OCW (school en omgeving).
    let t = &b.totalen;
    assert_eq!(t.aangevraagd.tekst(), "1455000.00");
    assert_eq!(
        t.per_geldstroom.get("OCW").map(Bedrag::tekst).as_deref(),
        Some("1455000.00")
    );
    let so = t.per_thema.get("school_en_omgeving").expect("theme");
    assert_eq!(
        so.get("2026").map(Bedrag::tekst).as_deref(),
        Some("575000.00")
    );
    assert_eq!(
        so.get("2027").map(Bedrag::tekst).as_deref(),
        Some("530000.00")
    );
    assert_eq!(
        so.get("2028").map(Bedrag::tekst).as_deref(),
        Some("350000.00")
    );
    let act = a.activiteiten.as_ref().unwrap();
    assert_eq!(
        act[1].begroting.as_ref().unwrap()[1].soort,
        Some(Soort::Personeel)
    );
    assert_eq!(
        act[1].begroting.as_ref().unwrap()[2].besteding_in,
        Some(2028)
    );
}

#[test]
fn bedragen_exact_uit_tekst_en_getal() {
    let r: Begrotingsregel = serde_json::from_str(r#"{"jaar": 2026, "bedrag": 99.5}"#).unwrap();
    assert_eq!(r.bedrag, Some(Decimal::new(995, 1)));
    let r: Begrotingsregel = serde_json::from_str(r#"{"bedrag": "350000.00"}"#).unwrap();
    assert_eq!(r.bedrag, Some(Decimal::new(35_000_000, 2)));
    // Every decimal written counts: 350.000 is kept with its three decimals, for the engine's
    // KW-BEDRAG-002, never read as 350.00 or 350000.
    let r: Begrotingsregel = serde_json::from_str(r#"{"bedrag": 350.000}"#).unwrap();
    assert_eq!(r.bedrag.unwrap().scale(), 3);
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"bedrag":"350.000"}"#
    );
    // A number far past f64's precision, exactly.
    let r: Begrotingsregel = serde_json::from_str(r#"{"bedrag": 12345678901234567.89}"#).unwrap();
    assert_eq!(r.bedrag.unwrap().to_string(), "12345678901234567.89");
    // Not an amount, or an amount that writes back otherwise (the engine quotes what was typed).
    for fout in [
        r#"{"bedrag": "abc"}"#,
        r#"{"bedrag": true}"#,
        r#"{"bedrag": 350000e-3}"#,
        r#"{"bedrag": "1.250.000,00"}"#,
        r#"{"bedrag": " 350.00"}"#,
        r#"{"bedrag": "+350.00"}"#,
        r#"{"jaar": "2026"}"#,
    ] {
        assert!(
            serde_json::from_str::<Begrotingsregel>(fout).is_err(),
            "{fout}"
        );
    }
}

#[test]
fn getypt_weigert_wat_alleen_soepel_leest() {
    // An unknown field (the lenient path: KW-INVOER-003), a date that is not YYYY-MM-DD (there:
    // KW-DATUM-001), a kind that does not exist (KW-SOORT-001).
    for tekst in [
        r#"{"regeling": "2026-2028", "extra": 1}"#,
        r#"{"ingediend_op": "15-07-2025"}"#,
        r#"{"activiteiten": [{"begroting": [{"soort": "overhead"}]}]}"#,
        // An array where an object belongs (serde's derive alone would read [] as an object
        // with every field absent; the lenient path: KW-INVOER-002).
        r#"{"coalitie": []}"#,
        r#"{"activiteiten": [["a", "b"]]}"#,
        "[]",
    ] {
        assert!(serde_json::from_str::<Aanvraag>(tekst).is_err(), "{tekst}");
    }
    // Absent and null are both a missing fact.
    let a: Aanvraag = serde_json::from_str(r#"{"gemeente": null}"#).unwrap();
    assert_eq!(a, Aanvraag::default());
    assert_eq!(toets_aanvraag(&a).uitkomst, Uitkomst::Onvolledig);
}

#[test]
fn datum_heen_en_terug() {
    let a: Aanvraag = serde_json::from_str(r#"{"ingediend_op": "2025-07-15"}"#).unwrap();
    assert_eq!(
        a.ingediend_op,
        Some(time::Date::from_calendar_date(2025, time::Month::July, 15).unwrap())
    );
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        r#"{"ingediend_op":"2025-07-15"}"#
    );
}

#[test]
fn bedrag_leest_alleen_wat_de_beoordeling_schrijft() {
    assert_eq!(Bedrag::uit_tekst("0.00"), Some(Bedrag { centen: 0 }));
    assert_eq!(
        Bedrag::uit_tekst("1234.50"),
        Some(Bedrag { centen: 123_450 })
    );
    let groot = Bedrag { centen: u128::MAX };
    assert_eq!(Bedrag::uit_tekst(&groot.tekst()), Some(groot));
    for fout in ["1234.5", "1234", "-1.00", "1e3", ".50", "1.234", "1,00", ""] {
        assert_eq!(Bedrag::uit_tekst(fout), None, "{fout}");
    }
}
