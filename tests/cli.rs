//! The `kansrijke-wijk` command line, end to end: exit codes, reports, listings, rule sets.

use assert_cmd::Command;

fn kw() -> Command {
    Command::cargo_bin("kansrijke-wijk").expect("binary is built")
}

fn stdout(c: &mut Command) -> (i32, String, String) {
    let out = c.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn groningen_voldoet_met_exit_0_en_leesbaar_rapport() {
    let (code, uit, _) =
        stdout(kw().args(["toets", "examples/groningen-noord-school-en-omgeving.json"]));
    assert_eq!(code, 0);
    assert!(uit.starts_with("Beoordeling: VOLDOET\n"), "{uit}");
    assert!(uit.contains("Focusgebied: Groningen-Noord (Groningen, GM0014)"));
    // 3 × 350 000 + 180 000 + 45 000 + 180 000 (hand sum)
    assert!(uit.contains("€ 1.455.000,00"), "{uit}");
    assert!(uit.contains("Stcrt. 2025, 20924"));
}

#[test]
fn engels_rapport() {
    let (code, uit, _) = stdout(kw().args([
        "toets",
        "examples/heerlen-noord-re-integratie.json",
        "--lang",
        "en",
    ]));
    assert_eq!(code, 0);
    assert!(uit.starts_with("Assessment: MEETS THE RULES\n"), "{uit}");
    assert!(uit.contains("The closing date of the application window is not publicly known"));
}

#[test]
fn meerdere_fouten_geeft_exit_1_en_json() {
    let (code, uit, _) = stdout(kw().args(["toets", "examples/meerdere-fouten.json", "--json"]));
    assert_eq!(code, 1);
    let b: serde_json::Value = serde_json::from_str(&uit).expect("JSON");
    assert_eq!(b["uitkomst"], "voldoet_niet");
    let codes: Vec<&str> = b["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_str().unwrap())
        .collect();
    for verwacht in [
        "KW-PERIODE-001",
        "KW-GEBIED-002",
        "KW-JAAR-001",
        "KW-ACTIVITEIT-002",
        "KW-THEMA-001",
        "KW-RESULTAAT-001",
    ] {
        assert!(codes.contains(&verwacht), "{verwacht} missing in {codes:?}");
    }
}

#[test]
fn onvolledig_via_stdin_geeft_exit_3() {
    let (code, uit, _) = stdout(
        kw().args(["toets", "-", "--json", "--compact"])
            .write_stdin(r#"{"regeling":"2026-2028"}"#),
    );
    assert_eq!(code, 3);
    assert!(uit.contains(r#""uitkomst":"onvolledig""#), "{uit}");
    assert_eq!(uit.lines().count(), 1);
}

#[test]
fn geen_json_geeft_exit_2_met_regel_en_kolom() {
    let (code, uit, err) = stdout(
        kw().args(["toets", "-"])
            .write_stdin("{\n  \"regeling\": 2026-2028\n}"),
    );
    assert_eq!(code, 2);
    assert!(uit.is_empty());
    assert!(err.contains("regel 2, kolom"), "{err}");
}

#[test]
fn onleesbaar_bestand_geeft_exit_2() {
    let (code, _, err) = stdout(kw().args(["toets", "bestaat/niet.json"]));
    assert_eq!(code, 2);
    assert!(err.contains("bestaat/niet.json"), "{err}");
}

#[test]
fn gebieden_lijst_heeft_er_twintig() {
    let (code, uit, _) = stdout(kw().args(["gebieden", "--json"]));
    assert_eq!(code, 0);
    let l: Vec<serde_json::Value> = serde_json::from_str(&uit).unwrap();
    assert_eq!(l.len(), 20);
    let gemeenten: std::collections::BTreeSet<&str> = l
        .iter()
        .map(|g| g["gemeentecode"].as_str().unwrap())
        .collect();
    assert_eq!(gemeenten.len(), 19);
}

#[test]
fn gebied_binnen_buiten_onzeker() {
    let ligging = |q: &str| {
        let (_, uit, _) = stdout(kw().args(["gebied", q, "--json"]));
        let v: serde_json::Value = serde_json::from_str(&uit).unwrap();
        v["ligging"].as_str().map(String::from)
    };
    assert_eq!(ligging("BU05183620").as_deref(), Some("binnen")); // Moerwijk-Oost (DHZW)
    assert_eq!(ligging("BU05181785").as_deref(), Some("buiten")); // Kerketuinen en Zichtenburg
    assert_eq!(ligging("GM0193").as_deref(), Some("buiten")); // Zwolle has no area
    assert_eq!(ligging("Den Haag").as_deref(), Some("onzeker"));
    assert_eq!(ligging("Roosendaal-stad").as_deref(), Some("binnen"));
    assert_eq!(ligging("qqq"), None);
}

#[test]
fn regels_telt_per_zekerheid() {
    let (code, uit, _) = stdout(kw().args(["regels", "--json"]));
    assert_eq!(code, 0);
    let o: serde_json::Value = serde_json::from_str(&uit).unwrap();
    let n: usize = o["regelingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["regels"].as_array().unwrap().len())
        .sum();
    let t = &o["telling"];
    let som = ["geverifieerd", "afgeleid", "onbekend"]
        .iter()
        .map(|z| t[z].as_u64().unwrap() as usize)
        .sum::<usize>();
    assert_eq!(n, som);
    let (_, tekst, _) = stdout(kw().args(["regels", "--regeling", "2023-2025"]));
    assert!(tekst.contains("Regeling kansrijke wijk (2023-2025)"));
    assert!(!tekst.contains("tweede tranche"));
}

/// `regels --regel ID` also as JSON (the contract: each of these commands takes `--json`); a
/// regulation without that rule is left out. The rule is tranche 2's derived end of the window,
/// 11 December 2025 (regeling.md §1), tested by the case of the day after.
#[test]
fn een_regel_ook_als_json() {
    let id = "aanvraagperiode_afgeleid_uiterlijk";
    let (code, uit, err) = stdout(kw().args(["regels", "--regel", id, "--json"]));
    assert_eq!(code, 0, "{err}");
    let o: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(o["regel"], id);
    let regelingen = o["regelingen"].as_array().unwrap();
    assert_eq!(regelingen.len(), 1);
    assert_eq!(regelingen[0]["id"], "2026-2028");
    assert_eq!(regelingen[0]["regels"][0]["waarde"], "2025-12-11");
    assert!(o["gevallen"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["bestand"] == "tests/cases/periode-tranche2-dag-na-toekenning.json"));
    let (_, tekst, _) = stdout(kw().args(["regels", "--regel", id]));
    assert!(!tekst.contains("(2023-2025)"), "{tekst}");
    assert!(!tekst.contains("art. ?"), "{tekst}");
}

#[test]
fn regelset_vult_einddatum_en_maximum() {
    let (code, uit, _) = stdout(kw().args([
        "toets",
        "examples/groningen-noord-school-en-omgeving.json",
        "--json",
        "--regels",
        "tests/fixtures/beschikking-fictief.toml",
    ]));
    assert_eq!(code, 1, "{uit}");
    let b: serde_json::Value = serde_json::from_str(&uit).unwrap();
    let bev = b["bevindingen"].as_array().unwrap();
    // 2026: 350 000 + 180 000 + 45 000 = 575 000 > 500 000 (fictitious maximum)
    let max = bev
        .iter()
        .find(|x| x["code"] == "KW-MAXIMUM-001")
        .expect("maximum exceeded");
    assert_eq!(max["ernst"], "fout");
    assert_eq!(max["pad"], "/activiteiten/0/thema");
    assert!(max["melding"]["nl"]
        .as_str()
        .unwrap()
        .contains("€ 575.000,00"));
    // Submitted 2025-07-15, window now ends 2025-09-30: on time, and no more "closing date unknown".
    assert!(!bev
        .iter()
        .any(|x| x["code"] == "KW-PERIODE-002" || x["code"] == "KW-PERIODE-003"));
}

#[test]
fn ongeldige_regelset_noemt_het_probleem() {
    let dir = std::env::temp_dir().join(format!("kw-regels-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pad = dir.join("fout.toml");
    std::fs::write(
        &pad,
        "[[regeling]]\nid = \"2026-2028\"\n[[regeling.regel]]\nid = \"jaren\"\nwaarde = [2026, 2030, 2027]\nzekerheid = \"geverifieerd\"\nbron = \"GNU-2025-05\"\n",
    )
    .unwrap();
    let (code, _, err) = stdout(kw().args(["regels", "--regels", pad.to_str().unwrap()]));
    assert_eq!(code, 2);
    assert!(err.contains("rule jaren"), "{err}");
    assert!(err.contains("fout.toml"), "{err}");
}

#[test]
fn regelset_met_toml_datum_en_bom_werkt_als_de_gewone() {
    // The same fixture with the date unquoted (a TOML date), and as JSON behind a byte order mark:
    // both fill the closing date like the fixture, so no "closing date unknown" finding.
    let dir = std::env::temp_dir().join(format!("kw-regels-datum-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = std::fs::read_to_string("tests/fixtures/beschikking-fictief.toml").unwrap();
    let toml = dir.join("datum.toml");
    std::fs::write(&toml, fixture.replace("\"2025-09-30\"", "2025-09-30")).unwrap();
    let json = dir.join("bom.json");
    let tekst = r#"{"bronnen": {"B": {"vindplaats": "Beschikking", "url": "https://example.org/b"}},
        "regeling": [{"id": "2026-2028", "regel": [{"id": "aanvraagperiode_tot_en_met",
        "waarde": "2025-09-30", "zekerheid": "geverifieerd", "bron": "B"}]}]}"#;
    std::fs::write(&json, format!("\u{FEFF}{tekst}")).unwrap();
    for pad in [&toml, &json] {
        let (code, uit, err) = stdout(kw().args([
            "toets",
            "examples/groningen-noord-school-en-omgeving.json",
            "--json",
            "--regels",
            pad.to_str().unwrap(),
        ]));
        assert!(
            code == 0 || code == 1,
            "{}: exit {code}: {err}",
            pad.display()
        );
        let b: serde_json::Value = serde_json::from_str(&uit).unwrap();
        let codes: Vec<&str> = b["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|x| x["code"].as_str())
            .collect();
        assert!(
            !codes.contains(&"KW-PERIODE-003"),
            "{}: {codes:?}",
            pad.display()
        );
    }
}

/// The Groningen example as JSON, changed by `wijzig`, as stdin text.
fn groningen_met(wijzig: impl FnOnce(&mut serde_json::Value)) -> String {
    let tekst =
        std::fs::read_to_string("examples/groningen-noord-school-en-omgeving.json").unwrap();
    let mut a: serde_json::Value = serde_json::from_str(&tekst).unwrap();
    wijzig(&mut a);
    a.to_string()
}

#[test]
fn engels_rapport_is_engels() {
    // Issue 9: English amounts, plurals, article references and theme names.
    let (code, uit, _) = stdout(kw().args([
        "toets",
        "examples/groningen-noord-school-en-omgeving.json",
        "--lang",
        "en",
    ]));
    assert_eq!(code, 0);
    assert!(
        uit.contains("Findings: 0 errors, 0 missing, 0 warnings,"),
        "{uit}"
    );
    // 3 × 350 000 + 180 000 + 45 000 + 180 000 (hand sum), written the English way.
    assert!(uit.contains("€1,455,000.00"), "{uit}");
    assert!(!uit.contains("€ 1.455.000,00"), "{uit}");
    // Totals by theme name (rules/2026-2028/artikel-02-themas.toml), not by id.
    assert!(uit.contains("  School and Surroundings 2026"), "{uit}");
    assert!(!uit.contains("school_en_omgeving 2026"), "{uit}");

    // A theme of the other tranche (art. 2, tweede lid) and an amount of three decimals: 2 errors.
    let invoer = groningen_met(|a| {
        a["activiteiten"][1]["thema"] = "veerkracht_en_weerbaarheid".into();
        a["activiteiten"][0]["begroting"][0]["bedrag"] = "350.000".into();
    });
    let (code, uit, _) = stdout(
        kw().args(["toets", "-", "--lang", "en"])
            .write_stdin(invoer.clone()),
    );
    assert_eq!(code, 1);
    assert!(uit.contains("Findings: 2 errors,"), "{uit}");
    assert!(uit.contains("art. 2, second paragraph"), "{uit}");
    assert!(uit.contains("did you mean \"350000.00\"?"), "{uit}");
    // The other reading, 350 euros, in the contract's form and the English way.
    assert!(
        uit.contains("If you mean €350.00, write \"350.00\"."),
        "{uit}"
    );
    assert!(
        uit.contains("School and Surroundings (school_en_omgeving)"),
        "{uit}"
    );
    let (_, uit, _) = stdout(kw().args(["toets", "-"]).write_stdin(invoer));
    assert!(uit.contains("Bevindingen: 2 fouten,"), "{uit}");
    assert!(uit.contains("art. 2, tweede lid"), "{uit}");
    // Its 2026 line was the unreadable one: 2027 and 2028 are left.
    assert!(uit.contains("  School en Omgeving 2027"), "{uit}");
}

#[test]
fn datums_zoals_mensen_ze_schrijven() {
    // Issue 9: no regeling, 1 July 2025 (between the windows): the budget years choose tranche 2,
    // whose window opened on 7 July 2025 (RO-2025-07-01).
    let invoer = groningen_met(|a| {
        a.as_object_mut().unwrap().remove("regeling");
        a["ingediend_op"] = "2025-07-01".into();
    });
    let (code, uit, _) = stdout(
        kw().args(["toets", "-", "--lang", "en"])
            .write_stdin(invoer.clone()),
    );
    assert_eq!(code, 1);
    assert!(
        uit.contains(
            "Submitted on 1 July 2025, before the application window opened on 7 July 2025."
        ),
        "{uit}"
    );
    assert!(!uit.contains("2025-07-01"), "{uit}");
    let (_, uit, _) = stdout(kw().args(["toets", "-"]).write_stdin(invoer));
    assert!(
        uit.contains(
            "Ingediend op 1 juli 2025, vóór het begin van de aanvraagperiode op 7 juli 2025."
        ),
        "{uit}"
    );
}

#[test]
fn gebied_in_het_engels() {
    let (code, uit, _) = stdout(kw().args(["gebied", "Groningen-Noord", "--lang", "en"]));
    assert_eq!(code, 0);
    assert!(
        uit.starts_with("Groningen-Noord: inside (verified)\n"),
        "{uit}"
    );
    // The composition in English (rules/gebieden.toml, samenstelling_en).
    assert!(
        uit.contains("Composition: Probably the area of the Regio Deal"),
        "{uit}"
    );
    let (_, uit, _) = stdout(kw().args(["gebied", "Groningen-Noord"]));
    assert!(
        uit.starts_with("Groningen-Noord: binnen (geverifieerd)\n"),
        "{uit}"
    );
    let (_, uit, _) = stdout(kw().args(["gebieden", "--json"]));
    let l: serde_json::Value = serde_json::from_str(&uit).unwrap();
    for g in l.as_array().unwrap() {
        assert!(
            !g["samenstelling_en"].as_str().unwrap().is_empty(),
            "{}",
            g["id"]
        );
    }
}

#[test]
fn artikel_ook_in_het_engels_in_de_json() {
    // Issue 9: the English form shows article references in English. meerdere-fouten has an
    // activity of maatschappelijke samenhang whose results fall outside the area: art. 7a, eerste lid.
    let (_, uit, _) = stdout(kw().args(["toets", "examples/meerdere-fouten.json", "--json"]));
    let b: serde_json::Value = serde_json::from_str(&uit).unwrap();
    let r = b["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "KW-RESULTAAT-001")
        .expect("KW-RESULTAAT-001");
    assert_eq!(r["bron"]["artikel"], "7a, eerste lid");
    assert_eq!(r["bron"]["artikel_en"], "7a, first paragraph");
    // Without a lid there is nothing to translate, and no artikel_en.
    let g = b["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "KW-GEBIED-002")
        .expect("KW-GEBIED-002");
    assert_eq!(g["bron"]["artikel"], "1");
    assert!(g["bron"].get("artikel_en").is_none());
}

#[test]
fn programmaondersteuning_per_jaar_of_per_tranche_zoals_de_regelset_zegt() {
    // Issue 9: whether the fixed programme-support amount is per year or for the whole tranche is
    // not known; a rule set fills the slot its source states. Fictitious amount: € 100.000.
    let dir = std::env::temp_dir().join(format!("kw-programma-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Programme support of € 60.000 in 2026 and € 60.000 in 2027: € 120.000 in all (hand sum).
    let invoer = groningen_met(|a| {
        a["activiteiten"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "programma", "naam": "Programmaorganisatie", "thema": "programmaondersteuning",
                "binnen_focusgebied": true,
                "begroting": [{ "jaar": 2026, "bedrag": "60000.00" }, { "jaar": 2027, "bedrag": "60000.00" }]
            }));
    });
    let regelset = |slot: &str| {
        let pad = dir.join(format!("{slot}.toml"));
        std::fs::write(
            &pad,
            format!("[bronnen.FICTIEF]\nvindplaats = \"Fictieve beschikking\"\ntitel = \"test\"\nurl = \"https://example.org\"\n[[regeling]]\nid = \"2026-2028\"\n[[regeling.regel]]\nid = \"{slot}\"\nthemas = [\"programmaondersteuning\"]\nwaarde = \"100000.00\"\nzekerheid = \"geverifieerd\"\nbron = \"FICTIEF\"\n"),
        )
        .unwrap();
        pad
    };
    let beoordeel = |slot: &str| {
        let pad = regelset(slot);
        let (_, uit, err) = stdout(
            kw().args(["toets", "-", "--json", "--regels", pad.to_str().unwrap()])
                .write_stdin(invoer.clone()),
        );
        let b: serde_json::Value = serde_json::from_str(&uit).unwrap_or_else(|_| panic!("{err}"));
        b["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["code"] == "KW-PROGRAMMA-002")
            .cloned()
            .collect::<Vec<_>>()
    };
    // For the whole tranche: 120.000 > 100.000, one fout.
    let geheel = beoordeel("programmaondersteuning_per_tranche");
    assert_eq!(geheel.len(), 1, "{geheel:?}");
    assert_eq!(geheel[0]["ernst"], "fout");
    let nl = geheel[0]["melding"]["nl"].as_str().unwrap();
    assert!(
        nl.contains("€ 120.000,00") && nl.contains("voor de hele looptijd dat de regelset noemt"),
        "{nl}"
    );
    // Per year: 60.000 a year is within 100.000.
    assert!(beoordeel("programmaondersteuning_per_jaar").is_empty());
    // Without a rule set: not known, and not known whether per year (KW-PROGRAMMA-001).
    let (_, uit, _) = stdout(
        kw().args(["toets", "-", "--json"])
            .write_stdin(invoer.clone()),
    );
    assert!(uit.contains("KW-PROGRAMMA-001"), "{uit}");
    assert!(
        uit.contains("en ook niet of het per jaar of voor de hele looptijd geldt"),
        "{uit}"
    );
    // The old single slot is gone: a rule set that fills it is refused (exit 2), not misread.
    let pad = regelset("programmaondersteuning_bedrag");
    let (code, _, _) = stdout(
        kw().args(["toets", "-", "--regels", pad.to_str().unwrap()])
            .write_stdin(invoer),
    );
    assert_eq!(code, 2);
}

#[test]
fn regels_noemt_de_gevallen_van_een_regel() {
    // The cases come from the "regels" lists of tests/cases; these two were written for this rule.
    let (code, tekst, _) = stdout(kw().args(["regels", "--regel", "maximum_per_gebied"]));
    assert_eq!(code, 0);
    assert!(
        tekst.contains("tests/cases/maximum-beschikking-een-cent-erboven.json"),
        "{tekst}"
    );
    assert!(
        tekst.contains("tests/cases/maximum-beschikking-precies.json"),
        "{tekst}"
    );
    assert!(
        !tekst.contains("jonge_kind_leeftijd"),
        "only the asked rule: {tekst}"
    );
    assert!(
        !tekst.contains("tests/cases/doelgroep-"),
        "only its cases: {tekst}"
    );
    let (code, _, err) = stdout(kw().args(["regels", "--regel", "maximum_per_gebiet"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("maximum_per_gebied"),
        "names the known ids: {err}"
    );
}

/// Amsterdam holds two of the 20 areas (areas.md: Nieuw-West and Zuidoost): the answer speaks of
/// both in the plural, as it speaks of Groningen's one in the singular.
#[test]
fn een_gemeente_met_twee_gebieden_in_het_meervoud() {
    let (_, nl, _) = stdout(kw().args(["gebied", "Amsterdam"]));
    assert!(
        nl.contains(
            "In Amsterdam liggen de focusgebieden Amsterdam Nieuw-West en Amsterdam Zuidoost;"
        ),
        "{nl}"
    );
    let (_, en, _) = stdout(kw().args(["gebied", "Amsterdam", "--lang", "en"]));
    assert!(
        en.contains(
            "The focus areas Amsterdam Nieuw-West and Amsterdam Zuidoost lie in Amsterdam;"
        ),
        "{en}"
    );
    let (_, een, _) = stdout(kw().args(["gebied", "Groningen"]));
    assert!(
        een.contains("In Groningen ligt het focusgebied Groningen-Noord;"),
        "{een}"
    );
}

/// An amount in a rule set counts every decimal written, as in an aanvraag (review of 2
/// December): "500.000" from an award letter is refused, not read as € 500,00 (which made every
/// aanvraag exceed the maximum). The fixture's "500000.00" is read as written.
#[test]
fn regelset_bedrag_met_drie_decimalen_geweigerd() {
    let tekst = std::fs::read_to_string("tests/fixtures/beschikking-fictief.toml").unwrap();
    assert!(tekst.contains("bedrag = \"500000.00\""));
    let pad = std::env::temp_dir().join(format!("kw-drie-decimalen-{}.toml", std::process::id()));
    std::fs::write(
        &pad,
        tekst.replace("bedrag = \"500000.00\"", "bedrag = \"500.000\""),
    )
    .unwrap();
    let (code, uit, err) = stdout(kw().args([
        "toets",
        "examples/groningen-noord-school-en-omgeving.json",
        "--regels",
        pad.to_str().unwrap(),
    ]));
    std::fs::remove_file(&pad).ok();
    assert_eq!(code, 2, "{uit}");
    assert!(err.contains("500.000"), "{err}");
}

// `herstel` (issue 14, part 1): the repaired aanvraag on stdout, what changed on stderr.

#[test]
fn herstel_van_meerdere_fouten_laat_alleen_keuzes_over() {
    let (code, uit, fout) = stdout(kw().args(["herstel", "examples/meerdere-fouten.json"]));
    // Fouten only a person can repair remain (the date, the empty name, ...): exit 1.
    assert_eq!(code, 1, "{fout}");
    let a: serde_json::Value = serde_json::from_str(&uit).expect("stdout is JSON");
    // 2029 is after 2028, the last year of 2026-2028.
    assert_eq!(a["activiteiten"][0]["begroting"][1]["jaar"], 2028);
    // The area of another gemeente is a choice (the binnen_focusgebied answers were for it).
    assert_eq!(a["focusgebied"], "Rotterdam-Zuid");
    assert!(
        fout.contains("/activiteiten/0/begroting/1/jaar: 2029 → 2028  [KW-JAAR-001]"),
        "{fout}"
    );
    assert!(fout.contains("Hersteld (6):"), "{fout}");
    assert!(fout.contains("een persoon moet kiezen"), "{fout}");
    assert!(fout.contains("[KW-ACTIVITEIT-003 fout]"), "{fout}");
    // And the repaired aanvraag, checked again, has no fout a patch could fix.
    let (_, rapport, _) = stdout(kw().args(["toets", "-"]).write_stdin(uit));
    assert!(!rapport.contains("Herstel:"), "{rapport}");
}

#[test]
fn herstel_in_het_engels_en_van_standaardinvoer() {
    let tekst = std::fs::read_to_string("examples/groningen-noord-school-en-omgeving.json")
        .unwrap()
        .replace("\"jaar\": 2028", "\"jaar\": 2029");
    let (code, uit, fout) = stdout(
        kw().args(["herstel", "-", "--lang", "en"])
            .write_stdin(tekst),
    );
    // Only the year was wrong: after the repair no fout remains, exit 0.
    assert_eq!(code, 0, "{fout}");
    assert!(fout.starts_with("Repaired (1):"), "{fout}");
    assert!(
        fout.contains("Set the year to 2028, the last year"),
        "{fout}"
    );
    let a: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(a["activiteiten"][0]["begroting"][2]["jaar"], 2028);
}

#[test]
fn herstel_met_alleen_ontbrekende_gegevens_geeft_exit_3() {
    // The year 2029 is repaired (2028), but the gemeente is missing: only an ontbreekt finding is
    // left, so the aanvraag is onvolledig, exit 3 as with `toets` (not 0: it does not voldoen).
    let mut a: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("examples/groningen-noord-school-en-omgeving.json").unwrap(),
    )
    .unwrap();
    a.as_object_mut().unwrap().remove("gemeente");
    let tekst = a.to_string().replace("\"jaar\":2028", "\"jaar\":2029");
    assert!(tekst.contains("2029"));
    let (code, uit, fout) = stdout(kw().args(["herstel", "-"]).write_stdin(tekst));
    assert_eq!(code, 3, "{fout}");
    assert!(fout.contains("Hersteld (1):"), "{fout}");
    assert!(fout.contains("ontbreekt"), "{fout}");
    let (code, _, _) = stdout(kw().args(["toets", "-"]).write_stdin(uit));
    assert_eq!(code, 3);
}

#[test]
fn herstel_met_onbruikbare_regels_geeft_exit_2() {
    let (code, uit, _) = stdout(kw().args([
        "herstel",
        "examples/meerdere-fouten.json",
        "--regels",
        "bestaat-niet.toml",
    ]));
    assert_eq!(code, 2);
    assert!(uit.is_empty());
}

#[test]
fn herstel_van_onleesbare_invoer_geeft_exit_2() {
    let (code, uit, fout) = stdout(kw().args(["herstel", "-"]).write_stdin("{ niet json"));
    assert_eq!(code, 2);
    assert!(uit.is_empty());
    assert!(fout.contains("geen JSON"), "{fout}");
    let (code, _, _) = stdout(kw().args(["herstel", "bestaat-niet.json"]));
    assert_eq!(code, 2);
}

#[test]
fn het_rapport_toont_het_herstel_maar_de_json_niet() {
    let (_, rapport, _) = stdout(kw().args(["toets", "examples/meerdere-fouten.json"]));
    assert!(
        rapport.contains(
            "Herstel: Zet het jaar op 2028, het laatste jaar van de regeling (2026-2028)."
        ),
        "{rapport}"
    );
    assert!(
        rapport.contains("Te beslissen: Geef de activiteit een naam"),
        "{rapport}"
    );
    let (_, en, _) = stdout(kw().args(["toets", "examples/meerdere-fouten.json", "--lang", "en"]));
    assert!(en.contains("Fix: Set the year to 2028"), "{en}");
    // The beoordeling JSON is that of the wasm: no herstel in it (yet).
    let (_, json, _) = stdout(kw().args(["toets", "examples/meerdere-fouten.json", "--json"]));
    assert!(
        !json.contains("herstel") && !json.contains("patch"),
        "{json}"
    );
}
