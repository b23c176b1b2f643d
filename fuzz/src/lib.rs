//! What every fuzz target checks about an answer: the contract's promises, not only "no panic".
//!
//! - the beoordeling parses as JSON, with the crate's own reader and with plain `serde_json`, and
//!   both readers see the same value;
//! - the same input gives the same bytes twice;
//! - `uitkomst` follows from the findings (`fout` → voldoet_niet, else `ontbreekt` → onvolledig);
//! - every `pad` is a JSON Pointer that resolves in the input or names an absent member of an
//!   object that exists (input that is not JSON: only `""`);
//! - every code is in the README's table of codes (and in `codes::CODES`) with that ernst;
//! - findings come in document order; money is a string with exactly two decimals.
//!
//! A broken promise panics with the output, so libFuzzer keeps the input as a crash.

use kansrijke_wijk::beoordeling::vergelijk_paden;
use kansrijke_wijk::codes::CODES;
use kansrijke_wijk::Beoordeling;
use serde_json::Value;
use std::cmp::Ordering;

pub mod maak;

const README: &str = include_str!("../../README.md");

/// The codes of the README's table (rows that start with a code), read once.
fn readme_codes() -> &'static [&'static str] {
    static CODES_README: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CODES_README.get_or_init(|| {
        let codes: Vec<&str> = README
            .lines()
            .filter_map(|r| r.strip_prefix("| `")?.split_once("` |").map(|(c, _)| c))
            .filter(|c| c.starts_with("KW-"))
            .collect();
        assert!(
            codes.len() > 20,
            "the README's table of codes was not found"
        );
        codes
    })
}

/// Check `b`, the answer for `invoer` (`None` when the input was not JSON).
pub fn controleer(invoer: Option<&Value>, b: &Beoordeling) {
    let json = b.json();
    assert_eq!(json, b.json(), "the same beoordeling gave other bytes");
    controleer_json(invoer, &json);
}

/// Check the beoordeling JSON text `json`, the answer for `invoer`.
pub fn controleer_json(invoer: Option<&Value>, json: &str) {
    let eigen = kansrijke_wijk::lees_json(json)
        .unwrap_or_else(|e| panic!("the crate's reader refuses the beoordeling ({e}): {json}"));
    let w: Value = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("serde_json refuses the beoordeling ({e}): {json}"));
    assert!(eigen == w, "the two readers disagree on {json}");
    let bevindingen = w["bevindingen"]
        .as_array()
        .unwrap_or_else(|| panic!("no list bevindingen: {json}"));
    let mut ernsten = Vec::new();
    let mut vorige: Option<&str> = None;
    for f in bevindingen {
        let code = f["code"].as_str().unwrap_or_else(|| panic!("code: {f}"));
        let ernst = f["ernst"].as_str().unwrap_or_else(|| panic!("ernst: {f}"));
        let pad = f["pad"].as_str().unwrap_or_else(|| panic!("pad: {f}"));
        assert!(
            readme_codes().contains(&code),
            "code {code} is not in the README's table"
        );
        let regel = CODES.iter().find(|c| c.code.tekst() == code);
        let regel = regel.unwrap_or_else(|| panic!("code {code} is not in codes::CODES"));
        assert!(
            regel.ernst.split(" / ").any(|e| e == ernst),
            "{code} has ernst {ernst}, documented {}",
            regel.ernst
        );
        for taal in ["nl", "en"] {
            assert!(
                f["melding"][taal]
                    .as_str()
                    .is_some_and(|m| !m.trim().is_empty()),
                "{code} at {pad:?} has no melding.{taal}"
            );
        }
        match invoer {
            Some(doc) => pad_bestaat(doc, pad),
            None => assert_eq!(
                pad, "",
                "{code}: input is not JSON, so the pad must be \"\""
            ),
        }
        if let Some(v) = vorige {
            assert!(
                vergelijk_paden(v, pad) != Ordering::Greater,
                "findings out of document order: {v:?} before {pad:?}"
            );
        }
        vorige = Some(pad);
        ernsten.push(ernst);
    }
    let afgeleid = if ernsten.contains(&"fout") {
        "voldoet_niet"
    } else if ernsten.contains(&"ontbreekt") {
        "onvolledig"
    } else {
        "voldoet"
    };
    assert_eq!(
        w["uitkomst"], afgeleid,
        "uitkomst does not follow from the findings: {json}"
    );
    let totalen = &w["totalen"];
    bedragen(&totalen["aangevraagd"], json);
    bedragen(&totalen["per_geldstroom"], json);
    bedragen(&totalen["per_thema"], json);
}

/// Every leaf of `w` is money: a string with two decimals.
fn bedragen(w: &Value, json: &str) {
    match w {
        Value::Object(m) => m.values().for_each(|v| bedragen(v, json)),
        Value::String(s) => {
            let (heel, centen) = s
                .split_once('.')
                .unwrap_or_else(|| panic!("amount {s:?} has no decimals: {json}"));
            let heel = heel.strip_prefix('-').unwrap_or(heel);
            assert!(
                !heel.is_empty()
                    && heel.bytes().all(|b| b.is_ascii_digit())
                    && centen.len() == 2
                    && centen.bytes().all(|b| b.is_ascii_digit()),
                "amount {s:?} is not money with two decimals: {json}"
            );
        }
        _ => panic!("amount {w} is not a string: {json}"),
    }
}

/// `pad` is a JSON Pointer (RFC 6901) that resolves in `doc`, or names a missing member of an
/// object that exists.
pub fn pad_bestaat(doc: &Value, pad: &str) {
    assert!(
        pad.is_empty() || pad.starts_with('/'),
        "pad {pad:?} is not a JSON Pointer"
    );
    let b = pad.as_bytes();
    for (i, c) in b.iter().enumerate() {
        assert!(
            *c != b'~' || matches!(b.get(i + 1), Some(b'0' | b'1')),
            "pad {pad:?} has a '~' not followed by 0 or 1"
        );
    }
    if doc.pointer(pad).is_some() {
        return;
    }
    let ouder = &pad[..pad.rfind('/').unwrap_or(0)];
    assert!(
        matches!(doc.pointer(ouder), Some(Value::Object(_))),
        "pad {pad:?} does not resolve, and its parent is not an object"
    );
}
