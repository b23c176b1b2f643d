//! Message texts and sources that the contract itself spells out (`../shared/spec/contract.md`,
//! the beoordeling example), checked word for word. Mutation testing (TESTING.md) found that no
//! test read the texts of findings or their `bron`; these are the ones the contract fixes.

use kansrijke_wijk::{lees_json, toets};
use serde_json::Value;

#[test]
fn het_voorbeeld_van_het_contract() {
    let pad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/cases/voorbeeld-contract-jaar-2029.json"
    );
    let geval = lees_json(&std::fs::read_to_string(pad).unwrap()).unwrap();
    let b = toets(&geval["aanvraag"]);
    let w: Value = serde_json::from_str(&b.json()).unwrap();
    let f = w["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "KW-JAAR-001")
        .expect("KW-JAAR-001");
    assert_eq!(f["pad"], "/activiteiten/0/begroting/1/jaar");
    assert_eq!(
        f["melding"]["nl"],
        "2029 valt buiten de jaren van deze regeling (2026-2028)."
    );
    assert_eq!(
        f["melding"]["en"],
        "2029 is outside this regulation's years (2026-2028)."
    );
    // The example's bron is illustrative (the years rest on another source); a bron there must be.
    assert!(f["bron"]["vindplaats"]
        .as_str()
        .is_some_and(|v| !v.is_empty()));
    assert!(f["bron"]["url"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://")));
    assert_eq!(f["bron"]["zekerheid"], "geverifieerd");
    assert_eq!(
        w["regeling"]["citeertitel"],
        "Regeling kansrijke wijk (tweede tranche)"
    );
    assert_eq!(w["focusgebied"]["naam"], "Groningen-Noord");
    assert_eq!(w["focusgebied"]["gemeentecode"], "GM0014");
}

/// Without `regeling`, a date after tranche 2 opened is "after the opening", never "in the
/// window": the end of that window is not public (regeling.md §1), and KW-PERIODE-004 says the
/// date is probably too late. Saying "valt in de aanvraagperiode" contradicted that warning.
#[test]
fn zonder_regeling_na_de_opening_niet_in_de_periode() {
    let pad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/groningen-noord-school-en-omgeving.json"
    );
    let mut a = lees_json(&std::fs::read_to_string(pad).unwrap()).unwrap();
    a.as_object_mut().unwrap().remove("regeling");
    a["ingediend_op"] = Value::from("2026-03-01");
    let w: Value = serde_json::from_str(&toets(&a).json()).unwrap();
    let code = |c: &str| {
        w["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == c)
            .unwrap_or_else(|| panic!("{c}"))
            .clone()
    };
    let f = code("KW-REGELING-002");
    assert_eq!(
        f["melding"]["nl"],
        "Geen regeling opgegeven; de datum van indienen (1 maart 2026) valt na de opening van de aanvraagperiode van Regeling kansrijke wijk (tweede tranche) (2026-2028) (het einde van die periode is niet openbaar), dus daaraan is getoetst."
    );
    assert!(!f["melding"]["en"]
        .as_str()
        .unwrap()
        .contains("falls in the application window"));
    assert_eq!(code("KW-PERIODE-004")["ernst"], "waarschuwing");
}
