//! The layers of `src/`: a module may use its own layer and the ones below, never one above, so
//! there is no import cycle between them. `cargo test --test lagen -- --nocapture` prints which
//! layer uses which.
//!
//! A file's layer follows from its folder (or, at the top of `src/`, its name); a use of another
//! module is a `crate::…` path outside comments and outside the `#[cfg(test)]` tail of a file.
//! The law model in `src/model/` is a crate of its own under all of them: it is a dependency of
//! the library, and cargo refuses a cycle between crates, so it cannot use a layer above it (a
//! test below checks it does not even try).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, lowest first, with the modules (first path segment after `crate::`) in each.
const LAGEN: &[(&str, &[&str])] = &[
    ("base: machinery (JSON, sorting, the sorted map)", &["base"]),
    (
        "regels: the law model and its consistency checks",
        &["regels"],
    ),
    ("leaf types: beoordeling, codes", &["beoordeling", "codes"]),
    ("geld: amounts as people read them", &["geld"]),
    ("input: reading the aanvraag", &["input"]),
    ("toetsing: the checks", &["toetsing"]),
    ("output: report and overviews", &["output"]),
    ("the library root", &["lib"]),
    (
        "overzicht_aanvragen: the overview of many aanvragen (native only)",
        &["overzicht_aanvragen"],
    ),
    ("the wasm bindings", &["wasm"]),
];

/// Public re-exports at the root, by the module they stand for (the root keeps the old paths).
const HERNOEMD: &[(&str, &str)] = &[
    ("json", "base"),
    ("kaart", "base"),
    ("aanvraag", "input"),
    ("rapport", "output"),
    ("overzicht", "output"),
    ("gebieden", "regels"),
];

/// Functions and types of the library root that modules may name as `crate::…`.
const WORTEL: &[&str] = &[
    "toets",
    "toets_met",
    "toets_tekst",
    "lees_json",
    "lees_json_bytes",
    "niet_json",
    "JsonFout",
    "VERSIE",
    "Beoordeling",
    "Bevinding",
    "Ernst",
    "Uitkomst",
    "Regelset",
    "RegelsetFout",
];

fn laag_van_module(m: &str) -> Option<usize> {
    let m = HERNOEMD
        .iter()
        .find(|(a, _)| *a == m)
        .map_or(m, |(_, b)| *b);
    let m = if WORTEL.contains(&m) { "lib" } else { m };
    LAGEN.iter().position(|(_, ms)| ms.contains(&m))
}

fn rs_bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(map).unwrap().filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            rs_bestanden(&p, uit);
        } else if p.extension().is_some_and(|x| x == "rs") {
            uit.push(p);
        }
    }
}

/// The module a file of `src/` belongs to, named as `crate::` paths name it.
fn module_van(relatief: &Path) -> String {
    let eerste = relatief.components().next().unwrap();
    let eerste = eerste.as_os_str().to_string_lossy();
    eerste.strip_suffix(".rs").unwrap_or(&eerste).to_string()
}

/// The first segments of every `crate::…` path in the code of `tekst` (not in comments, not in
/// the tests at the end of the file).
fn gebruikt(tekst: &str) -> BTreeSet<String> {
    let mut uit = BTreeSet::new();
    for lijn in tekst.lines() {
        let code = lijn.trim_start();
        if code.starts_with("#[cfg(test)]") {
            break;
        }
        let code = code.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let na = &rest[i + "crate::".len()..];
            let naam: String = na
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let lengte = naam.len();
            let ervoor = rest[..i].chars().last();
            // `kansrijke_wijk::…` in the CLI is another crate, and `$crate` belongs to macros.
            if !naam.is_empty()
                && !matches!(ervoor, Some(c) if c.is_alphanumeric() || c == '_' || c == '$')
            {
                uit.insert(naam);
            }
            rest = &na[lengte..];
        }
    }
    uit
}

#[test]
fn geen_laag_gebruikt_een_hogere() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bestanden = Vec::new();
    rs_bestanden(&src, &mut bestanden);
    bestanden.sort();
    let mut fouten = Vec::new();
    let mut paren = BTreeSet::new();
    for pad in &bestanden {
        let relatief = pad.strip_prefix(&src).unwrap();
        let module = module_van(relatief);
        if module == "main" {
            continue; // the CLI is its own crate and only sees the library's public paths
        }
        if module == "model" {
            continue; // the law model's crate: its `crate::` is itself (see the test below)
        }
        let Some(eigen) = laag_van_module(&module) else {
            fouten.push(format!(
                "src/{}: module {module} is in no layer of LAGEN",
                relatief.display()
            ));
            continue;
        };
        let tekst = std::fs::read_to_string(pad).unwrap();
        for naam in gebruikt(&tekst) {
            match laag_van_module(&naam) {
                None => fouten.push(format!(
                    "src/{}: crate::{naam} is in no layer of LAGEN",
                    relatief.display()
                )),
                Some(l) if l > eigen => fouten.push(format!(
                    "src/{} ({}) uses crate::{naam}, a higher layer ({})",
                    relatief.display(),
                    LAGEN[eigen].0,
                    LAGEN[l].0
                )),
                Some(l) if l < eigen => {
                    paren.insert((eigen, l));
                }
                Some(_) => {}
            }
        }
    }
    for (van, naar) in &paren {
        println!("{} -> {}", LAGEN[*van].0, LAGEN[*naar].0);
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn het_wetmodel_is_een_crate_onder_de_bibliotheek() {
    // src/model/ is the crate kansrijke-wijk-model, a path dependency of the library and of
    // build.rs; it names nothing of the library.
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let manifest = std::fs::read_to_string(model.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"kansrijke-wijk-model\""));
    let wortel = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
    assert!(wortel
        .unwrap()
        .contains("kansrijke-wijk-model = { path = \"src/model\" }"));
    let mut bestanden = Vec::new();
    rs_bestanden(&model, &mut bestanden);
    assert!(bestanden.len() >= 7, "{bestanden:?}");
    for pad in bestanden {
        let tekst = std::fs::read_to_string(&pad).unwrap();
        let code = tekst
            .lines()
            .map(|r| r.split("//").next().unwrap_or(""))
            .any(|r| r.contains("kansrijke_wijk::"));
        assert!(!code, "{} names the library", pad.display());
    }
}

#[test]
fn de_toets_ziet_een_hogere_laag() {
    // The check itself: a use of crate::toetsing from the law model would be found.
    let tekst = "use crate::toetsing::Toetsing; // crate::output in a comment\n#[cfg(test)]\nuse crate::wasm;";
    let namen = gebruikt(tekst);
    assert_eq!(namen.into_iter().collect::<Vec<_>>(), ["toetsing"]);
    assert!(laag_van_module("toetsing") > laag_van_module("regels"));
    assert_eq!(laag_van_module("aanvraag"), laag_van_module("input"));
}

#[test]
fn geen_functie_langer_dan_100_regels() {
    // A function runs from its `fn` line to the `}` at the same indentation (rustfmt's layout).
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bestanden = Vec::new();
    rs_bestanden(&src, &mut bestanden);
    let mut te_lang = Vec::new();
    for pad in &bestanden {
        let tekst = std::fs::read_to_string(pad).unwrap();
        let lijnen: Vec<&str> = tekst.lines().collect();
        for (i, r) in lijnen.iter().enumerate() {
            let code = r.trim_start();
            let inspringing = &r[..r.len() - code.len()];
            let na = code
                .trim_start_matches("pub ")
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub(super) ")
                .trim_start_matches("const ");
            if !na.starts_with("fn ") || r.trim_end().ends_with(';') {
                continue;
            }
            let einde = format!("{inspringing}}}");
            let Some(n) = lijnen[i + 1..].iter().position(|x| x.trim_end() == einde) else {
                continue;
            };
            if n + 2 > 100 {
                te_lang.push(format!(
                    "{}:{}: {} lines",
                    pad.strip_prefix(&src).unwrap().display(),
                    i + 1,
                    n + 2
                ));
            }
        }
    }
    assert!(
        te_lang.is_empty(),
        "functions over 100 lines:\n{}",
        te_lang.join("\n")
    );
}
