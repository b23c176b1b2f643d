//! Table-driven cases: every `tests/cases/*.json` is one aanvraag with the beoordeling the
//! regulation (`../shared/spec/regeling.md`) and the contract (`../shared/spec/contract.md`) demand.
//!
//! A case names its aanvraag in one of three ways:
//! - `"basis"` (a file relative to the crate root, usually an example) plus an optional `"patch"`
//!   (RFC 6902, only `add`, `replace` and `remove`);
//! - `"aanvraag"`: any JSON value, also `null`, `42`, `[]` or `"x"`;
//! - `"aanvraag_tekst"`: raw text, for input that is not JSON or that the case file cannot hold.
//!
//! It names the rules it tests in `"regels"` (rule ids of `rules/`; `[]` for a case about the
//! input itself, such as an unreadable amount), and its expectation in `"verwacht"`:
//! - `uitkomst` (required);
//! - `bevindingen`: every listed finding (`code`, `ernst`, `pad`) must be present, and every actual
//!   finding with ernst fout, ontbreekt or waarschuwing must be listed (info only when listed);
//! - `afwezig`: findings (`code`, optional `pad`) that must not appear;
//! - `regeling` and `focusgebied` (an id or `null`) and `totalen` (partially: only the keys given)
//!   when present.
//!
//! A case may also give a run-time rule set in `"regelset"` (the JSON of an `Aanvulling`, as
//! `--regels` and `toetsMetRegels` take it, named `"regelset_naam"` or else `regelset.json`): the
//! aanvraag is then checked against the compiled rules filled with it. With
//! `"verwacht": { "regelset_fout": [{ "waar", "wat" }] }` the rule set must instead be refused
//! with exactly those problems (and the case needs no aanvraag and no `uitkomst`).
//!
//! Beyond the expectations the runner checks, for every case, what holds for every beoordeling:
//! each code is documented in `codes::CODES` with that ernst, each `pad` is a JSON Pointer that
//! resolves in the aanvraag (or names a missing member of an object that exists), the findings
//! are in document order, the uitkomst follows from the findings, and the money is written as a
//! string with exactly two decimals.
//!
//! All cases run; the failures are collected and reported together, each naming its case file.
//! Over all cases, every rule a code rests on has a case naming it where one of its codes (not an
//! info) fires, and one naming it where none of its codes appears.

use kansrijke_wijk::beoordeling::vergelijk_paden;
use kansrijke_wijk::codes::{Code, CODES};
use kansrijke_wijk::regels::RegelId;
use kansrijke_wijk::{lees_json, regels, toets_met, toets_tekst};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn wortel() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------
// JSON Pointer checks; patches are applied by the json-patch crate (RFC 6902).
// ---------------------------------------------------------------------------------------------

/// Whether `pad` is a JSON Pointer (RFC 6901): empty, or `/`-separated tokens in which `~` is
/// only followed by `0` or `1`.
fn is_pointer(pad: &str) -> Result<(), String> {
    if !pad.is_empty() && !pad.starts_with('/') {
        return Err(format!("pointer {pad:?} does not start with '/'"));
    }
    let b = pad.as_bytes();
    for (i, c) in b.iter().enumerate() {
        if *c == b'~' && !matches!(b.get(i + 1), Some(b'0' | b'1')) {
            return Err(format!("pointer {pad:?} has a '~' not followed by 0 or 1"));
        }
    }
    Ok(())
}

/// Whether `pad` resolves in `doc`, or names a missing member of an object that exists.
fn pad_bestaat(doc: &Value, pad: &str) -> Result<(), String> {
    is_pointer(pad)?;
    if doc.pointer(pad).is_some() {
        return Ok(());
    }
    let ouder = &pad[..pad.rfind('/').unwrap_or(0)];
    match doc.pointer(ouder) {
        Some(Value::Object(_)) => Ok(()),
        Some(_) => Err(format!(
            "pad {pad:?} does not resolve and its parent is not an object"
        )),
        None => Err(format!(
            "pad {pad:?} does not resolve, nor does its parent {ouder:?}"
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Cases.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
struct Sleutel {
    code: String,
    ernst: String,
    pad: String,
}

impl std::fmt::Display for Sleutel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} at {:?}", self.code, self.ernst, self.pad)
    }
}

fn tekst_van<'a>(m: &'a Map<String, Value>, k: &str) -> Result<&'a str, String> {
    m.get(k)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("\"{k}\" must be a string"))
}

fn sleutel_van(w: &Value, wat: &str) -> Result<Sleutel, String> {
    let m = w
        .as_object()
        .ok_or_else(|| format!("{wat}: must be an object"))?;
    for k in m.keys() {
        if !matches!(k.as_str(), "code" | "ernst" | "pad") {
            return Err(format!("{wat}: unknown key {k:?}"));
        }
    }
    Ok(Sleutel {
        code: tekst_van(m, "code")
            .map_err(|e| format!("{wat}: {e}"))?
            .into(),
        ernst: tekst_van(m, "ernst")
            .map_err(|e| format!("{wat}: {e}"))?
            .into(),
        pad: tekst_van(m, "pad")
            .map_err(|e| format!("{wat}: {e}"))?
            .into(),
    })
}

/// The aanvraag of a case: the value to check and, for `aanvraag_tekst`, the raw text.
enum Invoer {
    Waarde(Value),
    Tekst(String),
}

fn lees_invoer(geval: &Map<String, Value>) -> Result<Invoer, String> {
    let vormen = ["basis", "aanvraag", "aanvraag_tekst"]
        .iter()
        .filter(|k| geval.contains_key(**k))
        .count();
    if vormen == 0
        && geval
            .get("verwacht")
            .and_then(|v| v.get("regelset_fout"))
            .is_some()
    {
        return Ok(Invoer::Waarde(Value::Null));
    }
    if vormen != 1 {
        return Err("give exactly one of \"basis\", \"aanvraag\", \"aanvraag_tekst\"".into());
    }
    if geval.contains_key("patch") && !geval.contains_key("basis") {
        return Err("\"patch\" only goes with \"basis\"".into());
    }
    if let Some(w) = geval.get("aanvraag") {
        return Ok(Invoer::Waarde(w.clone()));
    }
    if let Some(t) = geval.get("aanvraag_tekst") {
        let t = t.as_str().ok_or("\"aanvraag_tekst\" must be a string")?;
        return Ok(Invoer::Tekst(t.into()));
    }
    let basis = tekst_van(geval, "basis")?;
    let pad = wortel().join(basis);
    let tekst =
        std::fs::read_to_string(&pad).map_err(|e| format!("basis {basis} cannot be read: {e}"))?;
    let mut doc = lees_json(&tekst).map_err(|e| format!("basis {basis} is not JSON: {e}"))?;
    if let Some(p) = geval.get("patch") {
        let patch: json_patch::Patch =
            // Through text: with arbitrary_precision, from_value cannot carry numbers beyond u64.
            serde_json::from_str(&p.to_string()).map_err(|e| format!("\"patch\" is not a JSON Patch: {e}"))?;
        json_patch::patch(&mut doc, &patch).map_err(|e| format!("patch: {e}"))?;
    }
    Ok(Invoer::Waarde(doc))
}

/// Compare `verwacht` with `echt` where `verwacht` is partial: objects need only the keys given.
fn vergelijk_deels(verwacht: &Value, echt: &Value, pad: &str, fouten: &mut Vec<String>) {
    match (verwacht, echt) {
        (Value::Object(v), Value::Object(e)) => {
            for (k, vw) in v {
                let p = format!("{pad}.{k}");
                match e.get(k) {
                    Some(ew) => vergelijk_deels(vw, ew, &p, fouten),
                    None => fouten.push(format!("{p}: expected {vw}, but it is absent")),
                }
            }
        }
        _ if verwacht == echt => {}
        _ => fouten.push(format!("{pad}: expected {verwacht}, got {echt}")),
    }
}

fn is_bedrag(s: &str) -> bool {
    let Some((heel, centen)) = s.split_once('.') else {
        return false;
    };
    let heel = heel.strip_prefix('-').unwrap_or(heel);
    !heel.is_empty()
        && heel.bytes().all(|b| b.is_ascii_digit())
        && centen.len() == 2
        && centen.bytes().all(|b| b.is_ascii_digit())
}

fn alle_bedragen(w: &Value, pad: &str, fouten: &mut Vec<String>) {
    match w {
        Value::String(s) if !is_bedrag(s) => fouten.push(format!(
            "totalen{pad}: {s:?} is not an amount with two decimals"
        )),
        Value::String(_) => {}
        Value::Object(m) => {
            for (k, v) in m {
                alle_bedragen(v, &format!("{pad}.{k}"), fouten);
            }
        }
        _ => fouten.push(format!("totalen{pad}: {w} is not a string amount")),
    }
}

/// What one case gave: its problems (empty when it passes), the rules it names and the codes
/// that the engine actually emitted for it, with their ernst.
#[derive(Default)]
struct Uitslag {
    fouten: Vec<String>,
    regels: Vec<RegelId>,
    codes: Vec<(String, String)>,
}

/// The rules a case names in `"regels"`.
fn regels_van(geval: &Map<String, Value>) -> Result<Vec<RegelId>, String> {
    let Some(Value::Array(lijst)) = geval.get("regels") else {
        return Err(
            "case needs \"regels\": the rule ids it tests ([] for the input itself)".into(),
        );
    };
    lijst
        .iter()
        .map(|w| {
            w.as_str()
                .and_then(RegelId::van_tekst)
                .ok_or_else(|| format!("\"regels\": {w} is not a rule id of RegelId"))
        })
        .collect()
}

/// Run one case.
fn draai(bestand: &Path) -> Uitslag {
    let mut uitslag = Uitslag::default();
    let fouten = draai_in(bestand, &mut uitslag);
    uitslag.fouten = fouten;
    uitslag
}

fn draai_in(bestand: &Path, uitslag: &mut Uitslag) -> Vec<String> {
    let mut fouten = Vec::new();
    let tekst = match std::fs::read_to_string(bestand) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let geval = match lees_json(&tekst) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return vec!["case is not a JSON object".into()],
        Err(e) => return vec![format!("case is not JSON: {e}")],
    };
    for k in geval.keys() {
        if !matches!(
            k.as_str(),
            "naam"
                | "omschrijving"
                | "basis"
                | "patch"
                | "aanvraag"
                | "aanvraag_tekst"
                | "regels"
                | "regelset"
                | "regelset_naam"
                | "verwacht"
        ) {
            fouten.push(format!("unknown key {k:?} in case"));
        }
    }
    for k in ["naam", "omschrijving"] {
        if !geval
            .get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty())
        {
            fouten.push(format!("case needs a non-empty \"{k}\""));
        }
    }
    match regels_van(&geval) {
        Ok(r) => uitslag.regels = r,
        Err(e) => fouten.push(e),
    }
    let Some(Value::Object(verwacht)) = geval.get("verwacht") else {
        fouten.push("case needs an object \"verwacht\"".into());
        return fouten;
    };
    for k in verwacht.keys() {
        if !matches!(
            k.as_str(),
            "uitkomst"
                | "regeling"
                | "focusgebied"
                | "bevindingen"
                | "totalen"
                | "afwezig"
                | "regelset_fout"
        ) {
            fouten.push(format!("unknown key {k:?} in \"verwacht\""));
        }
    }
    let invoer = match lees_invoer(&geval) {
        Ok(i) => i,
        Err(e) => {
            fouten.push(e);
            return fouten;
        }
    };

    // The rule set: the compiled one, or that filled with the case's run-time rule set.
    let gevuld = match geval.get("regelset") {
        None => None,
        Some(r) => {
            let naam = geval
                .get("regelset_naam")
                .and_then(Value::as_str)
                .unwrap_or("regelset.json");
            let uitslag = regels::aanvulling_uit_waarde(r, naam);
            match (uitslag, verwacht.get("regelset_fout")) {
                (Ok(set), None) => Some(set),
                (Ok(_), Some(_)) => {
                    fouten.push(
                        "the rule set was accepted, but \"regelset_fout\" expects it refused"
                            .into(),
                    );
                    return fouten;
                }
                (Err(e), None) => {
                    fouten.push(format!("the rule set was refused: {e}"));
                    return fouten;
                }
                (Err(e), Some(v)) => {
                    let echt: Vec<Value> = match &e {
                        regels::RegelsetFout::Ongeldig { problemen, .. } => problemen
                            .iter()
                            .map(|p| serde_json::json!({ "waar": p.waar, "wat": p.wat }))
                            .collect(),
                        regels::RegelsetFout::Onleesbaar { melding, .. } => {
                            vec![serde_json::json!({ "waar": naam, "wat": melding })]
                        }
                    };
                    if Some(&echt) != v.as_array() {
                        fouten.push(format!(
                            "regelset_fout: expected {v}, got {}",
                            Value::Array(echt)
                        ));
                    }
                    return fouten;
                }
            }
        }
    };
    if gevuld.is_none() && verwacht.contains_key("regelset_fout") {
        fouten.push("\"regelset_fout\" needs \"regelset\"".into());
        return fouten;
    }
    let set = gevuld.as_ref().unwrap_or(regels::standaard());

    // Run the engine, and keep the aanvraag as a value (when it is JSON) to resolve paths in.
    let (b, doc) = match &invoer {
        Invoer::Waarde(w) => (toets_met(set, w), Some(w.clone())),
        Invoer::Tekst(t) => (toets_tekst(set, t), lees_json(t).ok()),
    };
    let json = b.json();
    // The other reader gives the same answer (issue 13): natively, text goes into a borrowing
    // `Node`, a value (and the object API's input) is a `Value`.
    let ander = match &invoer {
        Invoer::Waarde(w) => toets_tekst(set, &w.to_string()),
        Invoer::Tekst(t) => match lees_json(t) {
            Ok(w) => toets_met(set, &w),
            Err(e) => kansrijke_wijk::niet_json(&e),
        },
    };
    if ander.json() != json {
        fouten.push(format!(
            "the Node and the Value reader differ:\n      {json}\n      {}",
            ander.json()
        ));
    }
    let echt: Value = serde_json::from_str(&json).expect("beoordeling is JSON");
    let bevindingen: Vec<Sleutel> = echt["bevindingen"]
        .as_array()
        .expect("bevindingen is a list")
        .iter()
        .map(|w| Sleutel {
            code: w["code"].as_str().unwrap_or_default().into(),
            ernst: w["ernst"].as_str().unwrap_or_default().into(),
            pad: w["pad"].as_str().unwrap_or_default().into(),
        })
        .collect();
    uitslag.codes = bevindingen
        .iter()
        .map(|s| (s.code.clone(), s.ernst.clone()))
        .collect();
    let lijst = || {
        if bevindingen.is_empty() {
            "      (none)".to_string()
        } else {
            bevindingen
                .iter()
                .map(|s| format!("      {s}"))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };

    // The expectations.
    match verwacht.get("uitkomst").and_then(Value::as_str) {
        Some(u) if echt["uitkomst"] != u => {
            fouten.push(format!("uitkomst: expected {u}, got {}", echt["uitkomst"]))
        }
        Some(_) => {}
        None => fouten.push("\"verwacht\" needs a string \"uitkomst\"".into()),
    }
    if let Some(r) = verwacht.get("regeling") {
        let e = echt["regeling"].get("id").cloned().unwrap_or(Value::Null);
        if *r != e {
            fouten.push(format!("regeling: expected {r}, got {e}"));
        }
    }
    if let Some(f) = verwacht.get("focusgebied") {
        let e = echt["focusgebied"]
            .get("id")
            .cloned()
            .unwrap_or(Value::Null);
        if *f != e {
            fouten.push(format!("focusgebied: expected {f}, got {e}"));
        }
    }
    let mut gewenst = Vec::new();
    if let Some(l) = verwacht.get("bevindingen") {
        match l.as_array() {
            Some(l) => {
                for (i, w) in l.iter().enumerate() {
                    match sleutel_van(w, &format!("verwacht.bevindingen[{i}]")) {
                        Ok(s) => gewenst.push(s),
                        Err(e) => fouten.push(e),
                    }
                }
            }
            None => fouten.push("\"verwacht.bevindingen\" must be a list".into()),
        }
    }
    for s in &gewenst {
        if !bevindingen.contains(s) {
            fouten.push(format!("expected finding missing: {s}"));
        }
    }
    for s in &bevindingen {
        if s.ernst != "info" && !gewenst.contains(s) {
            fouten.push(format!("unexpected finding: {s}"));
        }
    }
    if let Some(l) = verwacht.get("afwezig") {
        for (i, w) in l.as_array().into_iter().flatten().enumerate() {
            let code = w.get("code").and_then(Value::as_str);
            let pad = w.get("pad").and_then(Value::as_str);
            let Some(code) = code else {
                fouten.push(format!("verwacht.afwezig[{i}] needs a \"code\""));
                continue;
            };
            for s in &bevindingen {
                if s.code == code && pad.map_or(true, |p| p == s.pad) {
                    fouten.push(format!("finding that must be absent is present: {s}"));
                }
            }
        }
    }
    if let Some(t) = verwacht.get("totalen") {
        vergelijk_deels(t, &echt["totalen"], "totalen", &mut fouten);
    }

    // What holds for every beoordeling.
    for s in &bevindingen {
        match CODES.iter().find(|c| c.code.tekst() == s.code) {
            None => fouten.push(format!("code {} is not in codes::CODES", s.code)),
            Some(c) if !c.ernst.split(" / ").any(|e| e == s.ernst) => fouten.push(format!(
                "{s}: codes::CODES documents ernst {:?} for {}",
                c.ernst, s.code
            )),
            Some(_) => {}
        }
        match &doc {
            Some(d) => {
                if let Err(e) = pad_bestaat(d, &s.pad) {
                    fouten.push(format!("{s}: {e}"));
                }
            }
            None if !s.pad.is_empty() => {
                fouten.push(format!("{s}: input is not JSON, so the pad must be \"\""))
            }
            None => {}
        }
    }
    for paar in bevindingen.windows(2) {
        if vergelijk_paden(&paar[0].pad, &paar[1].pad) == Ordering::Greater {
            fouten.push(format!(
                "findings out of document order: {:?} before {:?}",
                paar[0].pad, paar[1].pad
            ));
        }
    }
    let afgeleid = if bevindingen.iter().any(|s| s.ernst == "fout") {
        "voldoet_niet"
    } else if bevindingen.iter().any(|s| s.ernst == "ontbreekt") {
        "onvolledig"
    } else {
        "voldoet"
    };
    if echt["uitkomst"] != afgeleid {
        fouten.push(format!(
            "uitkomst {} does not follow from the findings (that gives {afgeleid})",
            echt["uitkomst"]
        ));
    }
    alle_bedragen(&echt["totalen"]["aangevraagd"], ".aangevraagd", &mut fouten);
    alle_bedragen(
        &echt["totalen"]["per_geldstroom"],
        ".per_geldstroom",
        &mut fouten,
    );
    alle_bedragen(&echt["totalen"]["per_thema"], ".per_thema", &mut fouten);

    if !fouten.is_empty() {
        fouten.push(format!("actual findings:\n{}", lijst()));
    }
    fouten
}

/// Every case file with what it gave, run once for all the tests that need them.
fn alle_gevallen() -> &'static [(String, Uitslag)] {
    static GEVALLEN: std::sync::OnceLock<Vec<(String, Uitslag)>> = std::sync::OnceLock::new();
    GEVALLEN.get_or_init(|| {
        let map = wortel().join("tests/cases");
        let mut bestanden: Vec<PathBuf> = std::fs::read_dir(&map)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", map.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        bestanden.sort();
        assert!(!bestanden.is_empty(), "no cases in {}", map.display());
        bestanden
            .iter()
            .map(|bestand| {
                let naam = bestand
                    .strip_prefix(wortel())
                    .unwrap_or(bestand)
                    .display()
                    .to_string();
                // A panic in the engine is a failure of this case, not of the whole table.
                let uitslag =
                    std::panic::catch_unwind(|| draai(bestand)).unwrap_or_else(|_| Uitslag {
                        fouten: vec!["the engine panicked".into()],
                        ..Uitslag::default()
                    });
                (naam, uitslag)
            })
            .collect()
    })
}

#[test]
fn tabel() {
    let gevallen = alle_gevallen();
    let mut verslag = String::new();
    let mut mislukt = 0;
    for (naam, uitslag) in gevallen {
        if !uitslag.fouten.is_empty() {
            mislukt += 1;
            let _ = writeln!(verslag, "\n{naam}:");
            for f in &uitslag.fouten {
                let _ = writeln!(verslag, "  - {f}");
            }
        }
    }
    println!(
        "tabel: {} cases, {} pass, {mislukt} fail",
        gevallen.len(),
        gevallen.len() - mislukt
    );
    assert!(
        mislukt == 0,
        "{mislukt} of {} cases fail:\n{verslag}",
        gevallen.len()
    );
}

#[test]
fn elke_getoetste_regel_heeft_een_geval_dat_vuurt_en_een_dat_niet_vuurt() {
    // A rule is checked when a code rests on it. It fires in a case when one of its codes (other
    // than an info, which says it was not checked) is in the beoordeling; it holds when none is.
    let gevallen = alle_gevallen();
    let mut ontbreekt = Vec::new();
    for regel in RegelId::ALLE {
        let codes: Vec<&str> = CODES
            .iter()
            .filter(|c| c.regels.contains(regel))
            .map(|c| c.code.tekst())
            .collect();
        if codes.is_empty() {
            continue;
        }
        let noemen = || gevallen.iter().filter(|(_, u)| u.regels.contains(regel));
        let vuurt = noemen().any(|(_, u)| {
            u.codes
                .iter()
                .any(|(c, e)| e != "info" && codes.contains(&c.as_str()))
        });
        let houdt =
            noemen().any(|(_, u)| !u.codes.iter().any(|(c, _)| codes.contains(&c.as_str())));
        if !vuurt {
            ontbreekt.push(format!(
                "{} has no case where {codes:?} fires",
                regel.tekst()
            ));
        }
        if !houdt {
            ontbreekt.push(format!(
                "{} has no case where none of {codes:?} appears",
                regel.tekst()
            ));
        }
    }
    assert!(ontbreekt.is_empty(), "{}", ontbreekt.join("\n"));
}

#[test]
fn elke_code_van_een_regel_noemt_een_regel_die_een_code_heeft() {
    // The other direction: a code that rests on rules is only emitted for them, so each code's
    // rules are known rule ids (the enum guarantees it) and each code is documented once.
    let mut gezien = std::collections::HashSet::new();
    for c in CODES {
        assert!(gezien.insert(c.code), "{:?} twice in CODES", c.code);
        assert_eq!(Code::van_tekst(c.code.tekst()), Some(c.code));
    }
}

#[test]
fn pointers_controleren() {
    let doc = serde_json::json!({"a": [1, 2], "b~c/d": {"e": 1}});
    assert!(pad_bestaat(&doc, "/b~0c~1d/e").is_ok());
    assert!(pad_bestaat(&doc, "/b~0c~1d/nieuw").is_ok());
    assert!(pad_bestaat(&doc, "/x/y").is_err());
    assert!(pad_bestaat(&doc, "/a/7").is_err());
    assert!(pad_bestaat(&doc, "a").is_err());
    assert!(pad_bestaat(&doc, "/b~2").is_err());
}

#[test]
fn te_veel_bevindingen_worden_afgekapt() {
    // 40,000 empty activities give several findings each (missing naam, thema, bedrag, ...):
    // more than the limit, so the rest is left out and one KW-INVOER-004 says so.
    let tekst = format!(
        "{{\"regeling\": \"2026-2028\", \"activiteiten\": [{}{{}}]}}",
        "{},".repeat(39_999)
    );
    let b = kansrijke_wijk::toets_tekst(kansrijke_wijk::regels::standaard(), &tekst);
    let max = kansrijke_wijk::beoordeling::MAX_BEVINDINGEN;
    assert_eq!(b.bevindingen.len(), max + 1);
    let weg: Vec<_> = b
        .bevindingen
        .iter()
        .filter(|x| x.code == "KW-INVOER-004")
        .collect();
    assert_eq!(weg.len(), 1);
    assert_eq!(weg[0].pad, "");
    assert!(
        weg[0].melding.nl.contains("100.000"),
        "{}",
        weg[0].melding.nl
    );
    assert_eq!(max, 100_000, "the messages name the limit");
    assert_eq!(
        b.uitkomst,
        kansrijke_wijk::beoordeling::Uitkomst::VoldoetNiet
    );
    // Well below the limit nothing is left out.
    let klein = tekst.replacen(&"{},".repeat(39_000), "", 1);
    let b = kansrijke_wijk::toets_tekst(kansrijke_wijk::regels::standaard(), &klein);
    assert!(b.bevindingen.len() < max);
    assert!(!b.bevindingen.iter().any(|x| x.code == "KW-INVOER-004"));
}

#[test]
fn precies_de_grens_aan_bevindingen_laat_niets_weg() {
    // The Groningen example gives 2 info findings; each unknown top-level field adds one
    // KW-INVOER-003. 99,998 of them make exactly 100,000 findings: nothing is left out.
    let pad = "examples/groningen-noord-school-en-omgeving.json";
    let voorbeeld = std::fs::read_to_string(pad).unwrap();
    let met = |n: usize| {
        let velden: String = (0..n).map(|i| format!("\"x{i}\": 1, ")).collect();
        let tekst = voorbeeld.replacen('{', &format!("{{{velden}"), 1);
        kansrijke_wijk::toets_tekst(kansrijke_wijk::regels::standaard(), &tekst)
    };
    let max = kansrijke_wijk::beoordeling::MAX_BEVINDINGEN;
    let basis = met(0).bevindingen.len();
    let precies = met(max - basis);
    assert_eq!(precies.bevindingen.len(), max);
    assert!(!precies
        .bevindingen
        .iter()
        .any(|x| x.code == "KW-INVOER-004"));
    assert_eq!(
        precies.uitkomst,
        kansrijke_wijk::beoordeling::Uitkomst::Voldoet
    );
    let een_meer = met(max - basis + 1);
    assert_eq!(een_meer.bevindingen.len(), max + 1);
    assert!(een_meer
        .bevindingen
        .iter()
        .any(|x| x.code == "KW-INVOER-004"));
}
