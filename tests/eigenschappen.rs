//! Properties that hold for every input (contract: "No input, however malformed, may panic, hang
//! or lose the other findings"; "the same aanvraag gives byte-identical beoordeling JSON"):
//!
//! - arbitrary JSON values, and objects shaped like an aanvraag with random field values, never
//!   panic and give a well-formed beoordeling:
//!   - the uitkomst follows from the ernst of the findings;
//!   - every code is documented in `codes::CODES`, with an ernst documented for it;
//!   - the findings are in document order (`beoordeling::vergelijk_paden`);
//!   - every `pad` is a JSON Pointer into the aanvraag (or a missing member of an object in it);
//!   - every amount in `totalen` is a decimal string with exactly two decimals;
//! - the same input gives identical JSON twice, and the same as its JSON text through
//!   `toets_tekst`;
//! - arbitrary text (also broken JSON) never panics, and text that is not JSON gives exactly one
//!   `KW-INVOER-001` at `""`;
//! - natively `toets_tekst` reads text into a borrowing `Node`, the object API and `toets` a
//!   `Value` (issue 13): for the generated texts and values, every example and (tests/tabel.rs)
//!   every case file, and texts whose members come in another order, both give the same
//!   beoordeling, also the same not-JSON finding.

use kansrijke_wijk::beoordeling::vergelijk_paden;
use kansrijke_wijk::codes::CODES;
use kansrijke_wijk::{
    lees_json, niet_json, regels, toets, toets_tekst, Beoordeling, Ernst, Uitkomst,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value};
use std::cmp::Ordering;

// ---------------------------------------------------------------------------------------------
// Strategies.
// ---------------------------------------------------------------------------------------------

/// A JSON number from its text, keeping the exact text (arbitrary_precision).
fn getal(tekst: &str) -> Value {
    lees_json(tekst).expect("valid JSON number")
}

/// Numbers that are awkward for an engine: huge, tiny, negative, fractional, with exponents.
fn rare_getallen() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        "0",
        "-0",
        "1",
        "-1",
        "0.01",
        "0.001",
        "10.500",
        "99.5",
        "2026",
        "2026.0",
        "2026.5",
        "2029",
        "1e3",
        "1.5e5",
        "1E400",
        "-1e400",
        "1e-400",
        "0.30000000000000004",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "99999999999999999999999999999999999999.99",
        "-350000.00",
        "18446744073709551616",
        "-9223372036854775809",
    ])
    .prop_map(getal)
}

/// Texts that are awkward for an engine, and plausible values of every field.
fn rare_teksten() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        "",
        " ",
        "2023-2025",
        "2026-2028",
        "2024-2026",
        "2025-07-15",
        "2025-07-06",
        "2023-08-01",
        "2023-09-30",
        "2025-13-01",
        "2026-02-29",
        "GM0014",
        "gm0518",
        "Den Haag",
        "'s-Gravenhage",
        "Groningen",
        "Groningn",
        "GM0193",
        "groningen-noord",
        "Groningen Noord",
        "Roosendaal-stad",
        "rotterdam-zuid",
        "school_en_omgeving",
        "ontwikkeling_jonge_kind",
        "maatschappelijke_samenhang",
        "re_integratie",
        "programmaondersteuning",
        "opslag",
        "personeel",
        "activiteit",
        "350000.00",
        "0.001",
        "-1",
        "abc",
        "NaN",
        "1.250.000,00",
        "1e5",
        "twintig",
        "ó",
        "~",
        "/",
        "~1",
        "\u{0}",
        "💶",
        "a/b~c",
    ])
    .prop_map(|s| Value::String(s.to_string()))
}

fn blad() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1.0e9f64..1.0e9).prop_map(Value::from),
        rare_getallen(),
        rare_teksten(),
        "\\PC{0,12}".prop_map(Value::String),
    ]
}

/// Member names: the aanvraag's own (so random objects hit real fields) and others.
fn sleutel() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "regeling", "ingediend_op", "gemeente", "focusgebied", "alliantie", "coalitie",
            "scholen", "activiteiten", "id", "naam", "thema", "categorie", "binnen_focusgebied",
            "doelgroep", "leeftijd_van", "leeftijd_tot_en_met", "begroting", "jaar", "bedrag",
            "besteding_in", "soort", "voorzitter_burgemeester", "gebiedsplan",
            "uitvoeringsprogramma", "inwoners_betrokken", "brin",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{0,8}",
        1 => prop::sample::select(vec!["", "~", "/", "a/b", "~0", "~1", "0", "-"]).prop_map(str::to_string),
    ]
}

/// Any JSON value, depth at most 5, bounded size.
fn json() -> impl Strategy<Value = Value> {
    blad().prop_recursive(5, 48, 6, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((sleutel(), binnen), 0..6)
                .prop_map(|l| Value::Object(l.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Usually a plausible value from `goed`, sometimes anything at all; absent when `None`.
fn veld<S>(goed: S) -> impl Strategy<Value = Option<Value>>
where
    S: Strategy<Value = Value> + 'static,
{
    prop::option::weighted(0.95, prop_oneof![60 => goed, 1 => json()])
}

fn object(velden: Vec<(&'static str, Option<Value>)>) -> Value {
    Value::Object(
        velden
            .into_iter()
            .filter_map(|(k, w)| w.map(|w| (k.to_string(), w)))
            .collect(),
    )
}

fn kies(l: &[&'static str]) -> impl Strategy<Value = Value> {
    prop::sample::select(l.to_vec()).prop_map(|s| Value::String(s.to_string()))
}

/// A year: mostly one of the tranche starting in `eerste`, sometimes around it, rarely junk.
fn jaar(eerste: i64) -> impl Strategy<Value = Value> {
    prop_oneof![
        30 => (eerste..=eerste + 2).prop_map(Value::from),
        5 => (eerste - 2..=eerste + 4).prop_map(Value::from),
        1 => rare_getallen(),
        1 => rare_teksten(),
    ]
}

fn bedrag() -> impl Strategy<Value = Value> {
    prop_oneof![
        20 => (1u64..100_000_000, 0u64..100).prop_map(|(e, c)| Value::String(format!("{e}.{c:02}"))),
        5 => (1u64..10_000_000).prop_map(Value::from),
        1 => rare_getallen(),
        1 => rare_teksten(),
    ]
}

fn waarheid() -> impl Strategy<Value = Value> {
    prop_oneof![40 => Just(Value::Bool(true)), 4 => Just(Value::Bool(false)), 1 => blad()]
}

fn begrotingsregel(eerste: i64) -> impl Strategy<Value = Value> {
    (
        veld(jaar(eerste)),
        veld(bedrag()),
        prop::option::weighted(0.2, jaar(eerste)),
        prop::option::weighted(
            0.2,
            prop_oneof![
                10 => kies(&["activiteit", "personeel"]),
                1 => kies(&["opslag", "overhead"]),
                1 => blad()
            ],
        ),
    )
        .prop_map(|(j, b, bi, s)| {
            object(vec![
                ("jaar", j),
                ("bedrag", b),
                ("besteding_in", bi),
                ("soort", s),
            ])
        })
}

fn activiteit(eerste: i64) -> impl Strategy<Value = Value> {
    let (eigen, ander): (&[&'static str], &[&'static str]) = if eerste < 2026 {
        (
            &[
                "school_en_omgeving",
                "ontwikkeling_jonge_kind",
                "veerkracht_en_weerbaarheid",
                "re_integratie",
                "gezonde_leefomgeving",
            ],
            &["maatschappelijke_samenhang", "financiele_educatie", "sport"],
        )
    } else {
        (
            &[
                "school_en_omgeving",
                "ontwikkeling_jonge_kind",
                "maatschappelijke_samenhang",
                "financiele_educatie",
                "re_integratie_en_preventie_geldzorgen",
                "integraal_budget",
                "programmaondersteuning",
            ],
            &["re_integratie", "gezonde_leefomgeving", "sport"],
        )
    };
    let thema = prop_oneof![10 => kies(eigen), 1 => kies(ander)];
    let categorie = kies(&[
        "verlengde_schooldag",
        "ontdeklab",
        "spelenderwijs_taal_en_motoriek",
        "geldlessen",
        "bewonersparticipatie",
        "x",
    ]);
    let leeftijd = prop_oneof![20 => (0i64..14).prop_map(Value::from), 1 => (-1i64..0).prop_map(Value::from), 1 => blad()];
    let doelgroep = (
        prop::option::weighted(0.9, leeftijd.clone()),
        prop::option::weighted(0.9, leeftijd),
    )
        .prop_map(|(v, t)| object(vec![("leeftijd_van", v), ("leeftijd_tot_en_met", t)]));
    (
        veld(prop_oneof![10 => kies(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]), 1 => kies(&["", " "])]),
        veld(prop_oneof![10 => kies(&["Ontdeklab", "Verlengde schooldag"]), 1 => kies(&["", "  "])]),
        veld(thema),
        prop::option::weighted(0.5, categorie),
        veld(waarheid()),
        prop::option::weighted(0.5, doelgroep),
        veld(prop::collection::vec(begrotingsregel(eerste), 0..5).prop_map(Value::Array)),
        prop::option::weighted(0.05, (sleutel(), blad())),
    )
        .prop_map(|(id, naam, th, cat, binnen, dg, beg, extra)| {
            let mut w = object(vec![
                ("id", id),
                ("naam", naam),
                ("thema", th),
                ("categorie", cat),
                ("binnen_focusgebied", binnen),
                ("doelgroep", dg),
                ("begroting", beg),
            ]);
            if let (Some((k, v)), Value::Object(m)) = (extra, &mut w) {
                m.insert(k, v);
            }
            w
        })
}

/// An object shaped like an aanvraag, with random (mostly plausible, sometimes wrong) values:
/// first a tranche, then values that mostly fit it.
fn aanvraag() -> impl Strategy<Value = Value> {
    prop_oneof![Just(2023i64), Just(2026i64)].prop_flat_map(aanvraag_in)
}

fn aanvraag_in(eerste: i64) -> impl Strategy<Value = Value> {
    let alliantie = (
        veld(waarheid()),
        veld(waarheid()),
        veld(waarheid()),
        veld(waarheid()),
    )
        .prop_map(|(a, b, c, d)| {
            object(vec![
                ("voorzitter_burgemeester", a),
                ("gebiedsplan", b),
                ("uitvoeringsprogramma", c),
                ("inwoners_betrokken", d),
            ])
        });
    let school = (
        prop::option::weighted(0.9, kies(&["Het Karrepad", "De Hoogte"])),
        veld(prop_oneof![
            90 => Just(Value::Bool(true)),
            8 => Just(Value::Bool(false)),
            1 => blad()
        ]),
    )
        .prop_map(|(n, b)| object(vec![("naam", n), ("binnen_focusgebied", b)]));
    let coalitie = veld(prop::collection::vec(school, 0..24).prop_map(Value::Array))
        .prop_map(|s| object(vec![("scholen", s)]));
    let (regeling, data): (&'static str, &[&'static str]) = if eerste < 2026 {
        ("2023-2025", &["2023-08-01", "2023-08-15", "2023-09-30"])
    } else {
        ("2026-2028", &["2025-07-07", "2025-07-15", "2026-01-10"])
    };
    let regeling = prop_oneof![
        10 => Just(Value::String(regeling.into())),
        1 => kies(&["2023-2025", "2026-2028", "2024-2026", ""])
    ];
    let datum = prop_oneof![
        10 => kies(data),
        1 => kies(&[
            "2023-07-31", "2023-10-01", "2025-07-06", "2022-01-01", "2030-01-01", "2025-13-01", "",
        ])
    ];
    let plaats = prop_oneof![
        10 => prop::sample::select(vec![
            ("GM0014", "groningen-noord"),
            ("Den Haag", "Den Haag Zuidwest"),
            ("gm0518", "den-haag-zuidwest"),
            ("Amsterdam", "amsterdam-zuidoost"),
            ("Roosendaal", "Roosendaal-stad"),
            ("Tilburg", "Tilburg NoordWest"),
        ]),
        1 => prop::sample::select(vec![
            ("Zwolle", "groningen-noord"),
            ("GM0014", "rotterdam-zuid"),
            ("Groningn", "nergens"),
            ("", ""),
        ]),
    ];
    (
        prop::option::weighted(0.8, regeling),
        veld(datum),
        prop::option::weighted(0.95, plaats),
        veld(alliantie),
        veld(coalitie),
        veld(prop::collection::vec(activiteit(eerste), 0..4).prop_map(Value::Array)),
        prop::option::weighted(0.05, (sleutel(), json())),
    )
        .prop_map(|(r, d, plaats, al, co, act, extra)| {
            let (g, f) = match plaats {
                Some((g, f)) => (Some(Value::from(g)), Some(Value::from(f))),
                None => (None, None),
            };
            let mut w = object(vec![
                ("regeling", r),
                ("ingediend_op", d),
                ("gemeente", g),
                ("focusgebied", f),
                ("alliantie", al),
                ("coalitie", co),
                ("activiteiten", act),
            ]);
            if let (Some((k, v)), Value::Object(m)) = (extra, &mut w) {
                m.insert(k, v);
            }
            w
        })
}

/// Text: mostly broken JSON (the Groningen example cut or with a byte changed), sometimes noise.
fn tekst() -> impl Strategy<Value = String> {
    let voorbeeld = include_str!("../examples/groningen-noord-school-en-omgeving.json");
    prop_oneof![
        (0..=voorbeeld.len()).prop_map(move |n| {
            let mut n = n;
            while !voorbeeld.is_char_boundary(n) {
                n -= 1;
            }
            voorbeeld[..n].to_string()
        }),
        (0..voorbeeld.len(), any::<char>()).prop_map(move |(n, c)| {
            let mut s: Vec<char> = voorbeeld.chars().collect();
            let i = n % s.len();
            s[i] = c;
            s.into_iter().collect()
        }),
        "\\PC{0,40}",
        (1usize..300).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
        (1usize..300).prop_map(|n| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))),
    ]
}

// ---------------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------------

fn ernst_tekst(e: Ernst) -> &'static str {
    match e {
        Ernst::Fout => "fout",
        Ernst::Ontbreekt => "ontbreekt",
        Ernst::Waarschuwing => "waarschuwing",
        Ernst::Info => "info",
    }
}

fn is_bedrag(s: &str) -> bool {
    let Some((heel, centen)) = s.split_once('.') else {
        return false;
    };
    !heel.is_empty()
        && heel.bytes().all(|b| b.is_ascii_digit())
        && centen.len() == 2
        && centen.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `pad` is a JSON Pointer that resolves in `doc`, or names a missing member of an object.
fn pad_klopt(doc: &Value, pad: &str) -> bool {
    if !pad.is_empty() && !pad.starts_with('/') {
        return false;
    }
    let mut tekens = pad.chars().peekable();
    while let Some(c) = tekens.next() {
        if c == '~' && !matches!(tekens.next(), Some('0' | '1')) {
            return false;
        }
    }
    if doc.pointer(pad).is_some() {
        return true;
    }
    let ouder = &pad[..pad.rfind('/').unwrap_or(0)];
    matches!(doc.pointer(ouder), Some(Value::Object(_)))
}

/// The well-formedness of one beoordeling of `doc` (`None` when the input was not JSON).
fn welgevormd(b: &Beoordeling, doc: Option<&Value>) -> Result<(), TestCaseError> {
    let fout = b.bevindingen.iter().any(|x| x.ernst == Ernst::Fout);
    let ontbreekt = b.bevindingen.iter().any(|x| x.ernst == Ernst::Ontbreekt);
    let verwacht = if fout {
        Uitkomst::VoldoetNiet
    } else if ontbreekt {
        Uitkomst::Onvolledig
    } else {
        Uitkomst::Voldoet
    };
    prop_assert_eq!(
        b.uitkomst,
        verwacht,
        "uitkomst does not follow from the findings"
    );
    for x in &b.bevindingen {
        let c = CODES.iter().find(|c| c.code.tekst() == x.code);
        prop_assert!(c.is_some(), "code {} is not documented", x.code);
        let c = c.unwrap();
        prop_assert!(
            c.ernst.split(" / ").any(|e| e == ernst_tekst(x.ernst)),
            "{} with ernst {:?}, documented {:?}",
            x.code,
            x.ernst,
            c.ernst
        );
        match doc {
            Some(d) => prop_assert!(
                pad_klopt(d, &x.pad),
                "{} at {:?}: pad does not resolve",
                x.code,
                x.pad
            ),
            None => prop_assert_eq!(&x.pad, "", "input is not JSON, so the pad must be \"\""),
        }
        prop_assert!(
            !x.melding.nl.is_empty() && !x.melding.en.is_empty(),
            "{} without a message",
            x.code
        );
    }
    for paar in b.bevindingen.windows(2) {
        prop_assert!(
            vergelijk_paden(&paar[0].pad, &paar[1].pad) != Ordering::Greater,
            "findings out of order: {:?} before {:?}",
            paar[0].pad,
            paar[1].pad
        );
    }
    let t = &b.totalen;
    prop_assert!(
        is_bedrag(&t.aangevraagd.tekst()),
        "aangevraagd {:?}",
        t.aangevraagd.tekst()
    );
    for (s, x) in &t.per_geldstroom {
        prop_assert!(
            is_bedrag(&x.tekst()),
            "per_geldstroom.{} {:?}",
            s,
            x.tekst()
        );
    }
    for (th, jaren) in &t.per_thema {
        for (j, x) in jaren {
            prop_assert!(
                is_bedrag(&x.tekst()),
                "per_thema.{}.{} {:?}",
                th,
                j,
                x.tekst()
            );
        }
    }
    // The serialised form says the same.
    let json: Value = serde_json::from_str(&b.json()).expect("beoordeling is JSON");
    let aangevraagd = json["totalen"]["aangevraagd"].as_str().unwrap_or_default();
    prop_assert!(
        is_bedrag(aangevraagd),
        "totalen.aangevraagd {:?}",
        aangevraagd
    );
    Ok(())
}

/// Well-formed, deterministic, and the same through the text entry point.
fn controleer(w: &Value) -> Result<(), TestCaseError> {
    let een = toets(w);
    welgevormd(&een, Some(w))?;
    let twee = toets(w);
    prop_assert_eq!(een.json(), twee.json(), "not deterministic");
    let via_tekst = toets_tekst(regels::standaard(), &w.to_string());
    prop_assert_eq!(een.json(), via_tekst.json(), "toets and toets_tekst differ");
    Ok(())
}

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn willekeurige_json(w in json()) {
        controleer(&w)?;
    }

    #[test]
    fn willekeurige_aanvraag(w in aanvraag()) {
        controleer(&w)?;
    }

    #[test]
    fn willekeurige_tekst(t in tekst()) {
        let b = toets_tekst(regels::standaard(), &t);
        let doc = lees_json(&t).ok();
        welgevormd(&b, doc.as_ref())?;
        if doc.is_none() {
            prop_assert_eq!(b.bevindingen.len(), 1);
            prop_assert_eq!(b.bevindingen[0].code, "KW-INVOER-001");
            prop_assert_eq!(b.bevindingen[0].pad.as_str(), "");
        }
        prop_assert_eq!(b.json(), toets_tekst(regels::standaard(), &t).json(), "not deterministic");
        prop_assert_eq!(b.json(), via_value(&t).json(), "the Node and the Value reader differ");
    }
}

/// The beoordeling of JSON text read into a `Value` first (the object API's and `toets`'s reader).
fn via_value(tekst: &str) -> Beoordeling {
    match lees_json(tekst) {
        Ok(w) => toets(&w),
        Err(e) => niet_json(&e),
    }
}

/// Every example, as text: the same beoordeling through either reader (tests/tabel.rs checks the
/// same of every case file).
#[test]
fn node_en_value_geven_dezelfde_beoordeling() {
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut gezien = 0;
    for pad in std::fs::read_dir(&map).unwrap() {
        let pad = pad.unwrap().path();
        if pad.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let tekst = std::fs::read_to_string(&pad).unwrap();
        let native = toets_tekst(regels::standaard(), &tekst);
        assert_eq!(native.json(), via_value(&tekst).json(), "{}", pad.display());
        gezien += 1;
    }
    // The 4 examples (counted with ls).
    assert_eq!(gezien, 4);
}

/// The examples themselves are well-formed, also after any single member is removed.
#[test]
fn voorbeelden_zonder_een_veld() {
    for pad in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let pad = pad.unwrap().path();
        if !pad.extension().is_some_and(|x| x == "json") {
            continue;
        }
        let doc = lees_json(&std::fs::read_to_string(&pad).unwrap()).unwrap();
        let mut paden = Vec::new();
        verzamel(&doc, String::new(), &mut paden);
        for p in paden {
            let mut w = doc.clone();
            verwijder(&mut w, &p);
            if let Err(e) = controleer(&w) {
                panic!("{} without {p}: {e}", pad.display());
            }
        }
    }
}

fn verzamel(w: &Value, pad: String, uit: &mut Vec<String>) {
    match w {
        Value::Object(m) => {
            for (k, v) in m {
                let p = format!("{pad}/{}", k.replace('~', "~0").replace('/', "~1"));
                uit.push(p.clone());
                verzamel(v, p, uit);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let p = format!("{pad}/{i}");
                uit.push(p.clone());
                verzamel(v, p, uit);
            }
        }
        _ => {}
    }
}

fn verwijder(w: &mut Value, pad: &str) {
    let (ouder, laatste) = pad.rsplit_once('/').unwrap();
    let laatste = laatste.replace("~1", "/").replace("~0", "~");
    match w.pointer_mut(ouder) {
        Some(Value::Object(m)) => {
            m.remove(&laatste);
        }
        Some(Value::Array(a)) => {
            let i: usize = laatste.parse().unwrap();
            a.remove(i);
        }
        _ => {}
    }
}

/// The order of members in the text never changes the answer, although a `Node` keeps it and a
/// `Value` sorts by name (review of issue 13): not the order of findings whose paths rank equal,
/// and not which findings are kept past the limit of 100,000.
#[test]
fn de_volgorde_van_leden_verandert_niets() {
    let nullen = "0".repeat(60);
    let teksten = [
        // Two names that rank as the same index ("…1" and "…01") with the same shortened message.
        format!(r#"{{"{nullen}1": 1, "{nullen}01": 2}}"#),
        format!(r#"{{"{nullen}01": 2, "{nullen}1": 1}}"#),
        format!(r#"{{"activiteiten": [{{"{nullen}1": 1, "{nullen}01": 2}}]}}"#),
        // Unknown members in reverse order of name, with wrong types among them.
        r#"{"zz": 1, "aa": 2, "Mm": 3, "00": 4, "1": 5, "01": 6, "+1": 7, "gemeente": []}"#.into(),
    ];
    for t in &teksten {
        assert_eq!(
            toets_tekst(regels::standaard(), t).json(),
            via_value(t).json(),
            "{t}"
        );
    }
    let voor = toets_tekst(regels::standaard(), &teksten[0]).json();
    assert_eq!(voor, toets_tekst(regels::standaard(), &teksten[1]).json());
    // 100,005 unknown members named in descending order: the same 100,000 findings kept (those
    // of the first names in byte order, /k000000 on) and the same KW-INVOER-004.
    let leden: Vec<String> = (0..100_005)
        .rev()
        .map(|i| format!("\"k{i:06}\":0"))
        .collect();
    let t = format!("{{{}}}", leden.join(","));
    let b = toets_tekst(regels::standaard(), &t);
    assert_eq!(b.json(), via_value(&t).json());
    assert!(b.bevindingen.iter().any(|f| f.pad == "/k000000"));
    assert!(!b.bevindingen.iter().any(|f| f.pad == "/k100004"));
    assert!(b.bevindingen.iter().any(|f| f.code == "KW-INVOER-004"));
}
