//! `kansrijke-wijk overzicht`: many aanvragen checked at once and their sums against the ceilings
//! of all areas together. Expected values come from the regulation (`regeling.md`) and hand
//! arithmetic written out here, never from running the code.

use assert_cmd::Command;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The 20 stedelijke focusgebieden and their CBS gemeentecodes (`regeling.md` §5).
const GEBIEDEN: [(&str, &str); 20] = [
    ("amsterdam-nieuw-west", "GM0363"),
    ("amsterdam-zuidoost", "GM0363"),
    ("arnhem-oost", "GM0202"),
    ("breda-noord", "GM0758"),
    ("delft-west", "GM0503"),
    ("den-haag-zuidwest", "GM0518"),
    ("dordrecht-west", "GM0505"),
    ("eindhoven-woensel-zuid", "GM0772"),
    ("groningen-noord", "GM0014"),
    ("heerlen-noord", "GM0917"),
    ("leeuwarden-oost", "GM0080"),
    ("lelystad-oost", "GM0995"),
    ("nieuwegein-centrale-as", "GM0356"),
    ("roosendaal-ring", "GM1674"),
    ("rotterdam-zuid", "GM0599"),
    ("schiedam-nieuwland-en-oost", "GM0606"),
    ("tilburg-noordwest", "GM0855"),
    ("utrecht-overvecht", "GM0344"),
    ("vlaardingen-westwijk", "GM0622"),
    ("zaandam-oost", "GM0479"),
];

fn kw() -> Command {
    Command::cargo_bin("kansrijke-wijk").unwrap()
}

/// A fresh, empty folder for one test.
fn map(naam: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("overzicht-{naam}"));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn voorbeeld(naam: &str) -> Value {
    let t = std::fs::read_to_string(format!("examples/{naam}.json")).unwrap();
    serde_json::from_str(&t).unwrap()
}

/// The Groningen-Noord example (School en Omgeving, tranche 2, passes) moved to another area,
/// with one activity whose budget is `bedragen` for 2026, 2027 and 2028.
fn aanvraag(gebied: &str, gemeente: &str, bedragen: [&str; 3]) -> Value {
    let mut a = voorbeeld("groningen-noord-school-en-omgeving");
    a["gemeente"] = json!(gemeente);
    a["focusgebied"] = json!(gebied);
    let mut act = a["activiteiten"][0].clone();
    act["begroting"] = json!([
        { "jaar": 2026, "bedrag": bedragen[0] },
        { "jaar": 2027, "bedrag": bedragen[1] },
        { "jaar": 2028, "bedrag": bedragen[2] },
    ]);
    a["activiteiten"] = json!([act]);
    a
}

/// 20 aanvragen, one per area, all School en Omgeving (geldstroom OCW, `regeling.md` §3).
/// The OCW ceiling of tranche 2 is € 327.000.000,00 (RO-2025-12-11). 327,000,000.00 / 20 =
/// 16,350,000.00 per aanvraag = 3 × 5,450,000.00. So 20 × 3 × 5,450,000.00 = 327,000,000.00
/// exactly; with `plus_een_cent` the last aanvraag asks 5,450,000.01 in 2028, and the sum is
/// 327,000,000.01: one cent above.
fn twintig(m: &Path, plus_een_cent: bool) {
    for (i, (gebied, gemeente)) in GEBIEDEN.iter().enumerate() {
        let laatste = if plus_een_cent && i == 19 {
            "5450000.01"
        } else {
            "5450000.00"
        };
        let a = aanvraag(gebied, gemeente, ["5450000.00", "5450000.00", laatste]);
        let pad = m.join(format!("{:02}-{gebied}.json", i + 1));
        std::fs::write(pad, serde_json::to_string_pretty(&a).unwrap()).unwrap();
    }
}

fn als_json(uit: &[u8]) -> Value {
    serde_json::from_slice(uit).unwrap()
}

fn plafond<'a>(o: &'a Value, regeling: &str, soort: &str, stroom: Option<&str>) -> &'a Value {
    o["plafonds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["regeling"] == regeling
                && p["soort"] == soort
                && stroom.is_none_or(|s| p["geldstroom"] == s)
        })
        .unwrap_or_else(|| panic!("no ceiling {regeling} {soort} {stroom:?}"))
}

fn codes(o: &Value) -> Vec<String> {
    o["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn twintig_aanvragen_een_cent_boven_het_ocw_plafond_met_een_kapot_bestand() {
    let m = map("een-cent");
    twintig(&m, true);
    std::fs::write(m.join("10a-kapot.json"), "{\"regeling\": \"2026-2028\",\n").unwrap();
    std::fs::write(m.join("10b-geen-utf8.json"), b"{\"gemeente\": \"\xff\"}").unwrap();
    std::fs::write(m.join("leesmij.txt"), "geen aanvraag").unwrap();
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let o = als_json(&uit.stdout);
    // The 20 are counted, the two broken files reported by name, the .txt is not a *.json.
    assert_eq!(o["aanvragen"].as_array().unwrap().len(), 20);
    let onleesbaar = o["onleesbaar"].as_array().unwrap();
    assert_eq!(onleesbaar.len(), 2, "{onleesbaar:?}");
    assert!(onleesbaar[0]["bron"]
        .as_str()
        .unwrap()
        .ends_with("10a-kapot.json"));
    assert!(onleesbaar[0]["reden"]["nl"]
        .as_str()
        .unwrap()
        .starts_with("geen JSON (regel 2"));
    assert!(onleesbaar[1]["bron"]
        .as_str()
        .unwrap()
        .ends_with("10b-geen-utf8.json"));
    assert!(onleesbaar[1]["reden"]["nl"]
        .as_str()
        .unwrap()
        .starts_with("geen UTF-8-tekst"));
    // Sorted by name: 01-amsterdam-nieuw-west.json first, 20-zaandam-oost.json last.
    assert!(o["aanvragen"][0]["bron"]
        .as_str()
        .unwrap()
        .ends_with("01-amsterdam-nieuw-west.json"));
    assert_eq!(o["aanvragen"][19]["focusgebied"], "zaandam-oost");
    assert_eq!(o["aanvragen"][19]["aangevraagd"], "16350000.01");
    for a in o["aanvragen"].as_array().unwrap() {
        assert_eq!(a["uitkomst"], "voldoet", "{a}");
    }
    let ocw = plafond(&o, "2026-2028", "geldstroom", Some("OCW"));
    assert_eq!(ocw["plafond"], "327000000.00");
    assert_eq!(ocw["aangevraagd"], "327000000.01");
    assert_eq!(ocw["boven_plafond"], "0.01");
    assert_eq!(ocw["status"], "boven");
    // The ceiling is geverifieerd, but which theme draws on OCW is afgeleid (regeling.md §3).
    assert_eq!(ocw["bron"]["zekerheid"], "afgeleid");
    // SZW and VRO: nothing asked, € 51 mln and € 30 mln ceilings.
    let szw = plafond(&o, "2026-2028", "geldstroom", Some("SZW"));
    assert_eq!(
        (&szw["plafond"], &szw["aangevraagd"], &szw["status"]),
        (&json!("51000000.00"), &json!("0.00"), &json!("binnen"))
    );
    // All streams together: 327 + 51 + 30 = 408 mln (geverifieerd), 327,000,000.01 is within.
    let som = plafond(&o, "2026-2028", "som_geldstromen", None);
    assert_eq!(som["plafond"], "408000000.00");
    assert_eq!(som["status"], "binnen");
    assert_eq!(som["bron"]["zekerheid"], "geverifieerd");
    let b = &o["bevindingen"].as_array().unwrap()[0];
    assert_eq!(b["code"], "KW-OVERZICHT-001");
    assert_eq!(b["ernst"], "waarschuwing");
    assert_eq!(codes(&o), ["KW-OVERZICHT-001"]);
    // Per year, 20 × 5,450,000.00 = 109,000,000.00; 2028 has the extra cent.
    let t = &o["totalen"][0];
    assert_eq!(t["regeling"], "2026-2028");
    assert_eq!(t["aanvragen"], 20);
    assert_eq!(t["per_geldstroom_per_jaar"]["OCW"]["2026"], "109000000.00");
    assert_eq!(t["per_geldstroom_per_jaar"]["OCW"]["2027"], "109000000.00");
    assert_eq!(t["per_geldstroom_per_jaar"]["OCW"]["2028"], "109000000.01");
    // Without a terminal on stderr: no progress.
    assert!(!String::from_utf8_lossy(&uit.stderr).contains("/22"));

    // The text table says the same in euros, the Dutch way.
    let tekst = kw()
        .args(["overzicht", m.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let tekst = String::from_utf8(tekst).unwrap();
    assert!(tekst.contains(
        "geldstroom OCW: € 327.000.000,01 tegen € 327.000.000,00: BOVEN PLAFOND (+€ 0,01)"
    ));
    assert!(tekst.contains("10a-kapot.json: geen JSON"), "{tekst}");
    assert!(tekst.contains("KW-OVERZICHT-001"));
}

#[test]
fn precies_op_het_plafond_is_in_orde() {
    let m = map("op-plafond");
    twintig(&m, false);
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    let ocw = plafond(&o, "2026-2028", "geldstroom", Some("OCW"));
    assert_eq!(ocw["aangevraagd"], "327000000.00");
    assert_eq!(ocw["status"], "binnen");
    assert_eq!(ocw["boven_plafond"], Value::Null);
    assert!(codes(&o).is_empty(), "{:?}", codes(&o));
    assert!(o["onleesbaar"].as_array().unwrap().is_empty());
    // In English: € 327,000,000.00.
    let en = kw()
        .args(["overzicht", m.to_str().unwrap(), "--lang", "en"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let en = String::from_utf8(en).unwrap();
    assert!(
        en.contains("funding stream OCW: €327,000,000.00 against €327,000,000.00: within ceiling")
    );
}

#[test]
fn twee_aanvragen_voor_een_focusgebied() {
    let m = map("dubbel");
    let a = voorbeeld("groningen-noord-school-en-omgeving");
    std::fs::write(m.join("a.json"), a.to_string()).unwrap();
    std::fs::write(m.join("b.json"), a.to_string()).unwrap();
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    assert_eq!(codes(&o), ["KW-OVERZICHT-004"]);
    let b = &o["bevindingen"][0];
    assert_eq!(b["regeling"], "2026-2028");
    let namen: Vec<&str> = b["aanvragen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(namen.len(), 2);
    assert!(namen[0].ends_with("a.json") && namen[1].ends_with("b.json"));
    // Two × € 1.455.000,00 (the example: 3 × 350,000 + 180,000 + 45,000 + 180,000).
    assert_eq!(o["totalen"][0]["per_geldstroom"]["OCW"], "2910000.00");
}

/// Groningen-Noord (OCW 1,455,000.00) and Heerlen-Noord (SZW: 850,000 + 850,000 + 450,000 =
/// 2,150,000.00) as NDJSON, with a blank line and a broken line 4.
fn ndjson() -> String {
    let g = voorbeeld("groningen-noord-school-en-omgeving").to_string();
    let h = voorbeeld("heerlen-noord-re-integratie").to_string();
    format!("{g}\n\n{h}\r\n{{\"kapot\": \n")
}

fn controleer_ndjson(o: &Value, bron: &str) {
    let a = o["aanvragen"].as_array().unwrap();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["bron"], format!("{bron}:1"));
    assert_eq!(a[1]["bron"], format!("{bron}:3"));
    assert_eq!(o["onleesbaar"][0]["bron"], format!("{bron}:4"));
    let t = &o["totalen"][0];
    assert_eq!(t["per_geldstroom"]["OCW"], "1455000.00");
    assert_eq!(t["per_geldstroom"]["SZW"], "2150000.00");
    // 1,455,000.00 + 2,150,000.00
    assert_eq!(t["aangevraagd"], "3605000.00");
}

#[test]
fn ndjson_uit_een_bestand_en_van_stdin() {
    let m = map("ndjson");
    let pad = m.join("aanvragen.ndjson");
    std::fs::write(&pad, ndjson()).unwrap();
    let p = pad.to_str().unwrap();
    let uit = kw()
        .args(["overzicht", p, "--json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    controleer_ndjson(&als_json(&uit), p);

    let uit = kw()
        .args(["overzicht", "-", "--json"])
        .write_stdin(ndjson())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    controleer_ndjson(&als_json(&uit), "stdin");

    // --ndjson: one line per aanvraag, then the summary.
    let uit = kw()
        .args(["overzicht", "-", "--ndjson"])
        .write_stdin(ndjson())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let regels: Vec<Value> = String::from_utf8(uit)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(regels.len(), 3);
    assert_eq!(regels[0]["soort"], "aanvraag");
    assert_eq!(regels[1]["focusgebied"], "heerlen-noord");
    assert_eq!(regels[2]["soort"], "samenvatting");
    assert_eq!(regels[2]["onleesbaar"][0]["bron"], "stdin:4");
}

#[test]
fn csv_volgt_rfc_4180() {
    let m = map("csv");
    let g = voorbeeld("groningen-noord-school-en-omgeving");
    std::fs::write(m.join("a,\"b\".json"), g.to_string()).unwrap();
    // An unknown gemeente, as typed: a comma and quotes.
    let vreemd = json!({ "regeling": "2026-2028", "gemeente": "Foo, \"Bar\"" });
    std::fs::write(m.join("c.json"), vreemd.to_string()).unwrap();
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--csv"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(uit).unwrap();
    let regels: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(regels.len(), 4, "{csv:?}"); // header, two rows, and the empty rest after the last CRLF
    assert_eq!(regels[3], "");
    assert!(regels[0].starts_with(
        "bron,regeling,focusgebied,focusgebied_naam,gemeente,uitkomst,fout,ontbreekt,waarschuwing,info,aangevraagd,OCW,SZW,VRO"
    ));
    let map_tekst = m.to_str().unwrap();
    let a = format!("\"{map_tekst}/a,\"\"b\"\".json\",2026-2028,groningen-noord,Groningen-Noord,Groningen,voldoet,");
    assert!(regels[1].starts_with(&a), "{}", regels[1]);
    // Amounts as decimal text with two decimals: OCW 1455000.00, SZW and VRO 0.00.
    assert!(
        regels[1].contains(",1455000.00,1455000.00,0.00,0.00,"),
        "{}",
        regels[1]
    );
    assert!(
        regels[2].contains(",\"Foo, \"\"Bar\"\"\",voldoet_niet,"),
        "{}",
        regels[2]
    );
}

#[test]
fn html_is_een_pagina_zonder_netwerk_met_de_tabel() {
    let m = map("html");
    twintig(&m, true);
    let pagina = m.join("overzicht.html");
    std::fs::create_dir_all(m.join("uit")).unwrap();
    let pagina_en = m.join("uit").join("overview.html");
    kw().args([
        "overzicht",
        m.to_str().unwrap(),
        "--html",
        pagina.to_str().unwrap(),
    ])
    .assert()
    .code(1);
    let html = std::fs::read_to_string(&pagina).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    for nodig in [
        "<table>",
        "<caption",
        "<th scope=\"col\">Focusgebied</th>",
        "<th scope=\"row\">",
        "@media print",
        "<svg role=\"img\"",
        "<desc id=\"g-desc\">",
        "Zaandam-Oost",
        "€ 327.000.000,01",
    ] {
        assert!(html.contains(nodig), "the page lacks {nodig}");
    }
    // Nothing to load: no scripts, style sheets, images, fonts or frames; an http(s) address only
    // as a link to a source.
    for verboden in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "src=",
        "url(",
        "@import",
        "@font-face",
    ] {
        assert!(!html.contains(verboden), "the page has {verboden}");
    }
    for (i, _) in html.match_indices("http") {
        assert!(
            html[..i].ends_with("<a href=\""),
            "an address that is not a link: {}",
            &html[i.saturating_sub(20)..i + 30]
        );
    }
    kw().args([
        "overzicht",
        m.to_str().unwrap(),
        "--lang",
        "en",
        "--html",
        pagina_en.to_str().unwrap(),
    ])
    .assert()
    .code(1);
    let en = std::fs::read_to_string(&pagina_en).unwrap();
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(en.contains("€327,000,000.01"));
}

#[test]
fn niets_te_lezen_geeft_2() {
    let m = map("leeg");
    kw().args(["overzicht", m.to_str().unwrap()])
        .assert()
        .code(2);
    kw().args(["overzicht", "bestaat/niet.json"])
        .assert()
        .code(2);
}

/// A tranche-1 aanvraag (the Groningen example moved to 2023-2025, as the table cases do).
fn tranche1(gebied: &str, gemeente: &str, bedragen: [&str; 3]) -> Value {
    let mut a = aanvraag(gebied, gemeente, bedragen);
    a["regeling"] = json!("2023-2025");
    a["ingediend_op"] = json!("2023-08-15");
    for (i, jaar) in [2023, 2024, 2025].iter().enumerate() {
        a["activiteiten"][0]["begroting"][i]["jaar"] = json!(jaar);
    }
    a
}

#[test]
fn tranche_1_onbekende_plafonds_niet_getoetst_en_het_totaal_van_ongeveer_256_mln() {
    // Tranche 1: about € 256 mln in total (RO-2023-12-08, afgeleid); no ceiling per stream is
    // known (rules/2023-2025/budget.toml). A: 43,000,000.00 + 43,000,000.00 + 42,000,000.00 =
    // 128,000,000.00; B the same with 42,000,000.01 = 128,000,000.01; together 256,000,000.01.
    for (laatste, som, code) in [
        ("42000000.01", "256000000.01", 1),
        ("42000000.00", "256000000.00", 0),
    ] {
        let m = map(&format!("tranche1-{code}"));
        let a = tranche1(
            "groningen-noord",
            "GM0014",
            ["43000000.00", "43000000.00", "42000000.00"],
        );
        let b = tranche1(
            "heerlen-noord",
            "GM0917",
            ["43000000.00", "43000000.00", laatste],
        );
        std::fs::write(m.join("a.json"), a.to_string()).unwrap();
        std::fs::write(m.join("b.json"), b.to_string()).unwrap();
        let uit = kw()
            .args(["overzicht", m.to_str().unwrap(), "--json"])
            .assert()
            .code(code)
            .get_output()
            .stdout
            .clone();
        let o = als_json(&uit);
        for s in ["BZK", "OCW", "SZW", "VWS"] {
            let p = plafond(&o, "2023-2025", "geldstroom", Some(s));
            assert_eq!(p["plafond"], Value::Null, "{s}");
            assert_eq!(p["status"], "niet_getoetst", "{s}");
            assert_eq!(p["bron"]["zekerheid"], "onbekend", "{s}");
        }
        let t = plafond(&o, "2023-2025", "totaal", None);
        assert_eq!(t["plafond"], "256000000.00");
        assert_eq!(t["aangevraagd"], som);
        assert_eq!(t["regel"], "totaal_plafond");
        assert_eq!(t["bron"]["zekerheid"], "afgeleid");
        let mut verwacht = vec!["KW-OVERZICHT-003"];
        if code == 1 {
            assert_eq!(t["status"], "boven");
            assert_eq!(t["boven_plafond"], "0.01");
            verwacht.push("KW-OVERZICHT-002");
            let b = &o["bevindingen"][1];
            // afgeleid: only a warning.
            assert_eq!(b["ernst"], "waarschuwing");
        } else {
            assert_eq!(t["status"], "binnen");
        }
        assert_eq!(codes(&o), verwacht);
        assert_eq!(o["bevindingen"][0]["ernst"], "info");
    }
}

#[test]
fn csv_velden_volgens_rfc_4180() {
    use kansrijke_wijk::overzicht_aanvragen::csv::veld;
    assert_eq!(veld("Groningen"), "Groningen");
    assert_eq!(veld("a,b"), "\"a,b\"");
    assert_eq!(veld("zei \"ja\""), "\"zei \"\"ja\"\"\"");
    assert_eq!(veld("twee\nregels"), "\"twee\nregels\"");
    assert_eq!(veld("cr\r"), "\"cr\r\"");
    assert_eq!(veld(""), "");
}

/// `examples/meerdere-fouten.json` has six budget lines. Three amounts cannot be read:
/// `"1.250.000,00"` (Dutch thousands separators, KW-BEDRAG-…), `"25000.005"` (three decimals) and
/// `-5000` (negative). The three read are 100,000.00 + 50,000.00 + 15,000.00 = 165,000.00. The
/// unread ones must not count as € 0 to call any ceiling "binnen": OCW 150,000.00 ≤ 327 mln, SZW
/// and VRO 0.00, all streams 150,000.00 ≤ 408 mln are all within on what was read, so each is
/// `onvolledig`.
#[test]
fn onleesbare_bedragen_maken_de_som_onvolledig_nooit_binnen() {
    let uit = kw()
        .args(["overzicht", "examples/meerdere-fouten.json", "--json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    assert_eq!(o["aanvragen"][0]["bedragen_niet_gelezen"], 3);
    assert_eq!(o["aanvragen"][0]["aangevraagd"], "165000.00");
    let t = &o["totalen"][0];
    assert_eq!(t["bedragen_niet_gelezen"], 3);
    assert_eq!(t["aanvragen_niet_gelezen"], 1);
    for p in o["plafonds"].as_array().unwrap() {
        assert_eq!(p["status"], "onvolledig", "{p}");
    }
    assert!(codes(&o).contains(&"KW-OVERZICHT-006".to_string()));
    let b = o["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["code"] == "KW-OVERZICHT-006")
        .unwrap();
    assert_eq!(b["ernst"], "waarschuwing");
    assert_eq!(b["aanvragen"], json!(["examples/meerdere-fouten.json"]));
    assert!(b["melding"]["nl"]
        .as_str()
        .unwrap()
        .contains("3 bedragen in 1 aanvraag niet gelezen"));

    for (lang, ja, nee) in [
        (
            "nl",
            "3 bedragen in 1 aanvraag niet gelezen",
            "binnen plafond",
        ),
        (
            "en",
            "3 amounts in 1 application not read",
            "within ceiling",
        ),
    ] {
        let uit = kw()
            .args(["overzicht", "examples/meerdere-fouten.json", "--lang", lang])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        let tekst = String::from_utf8(uit).unwrap();
        assert!(tekst.contains(ja), "{tekst}");
        assert!(!tekst.contains(nee), "{tekst}");
    }
}

/// Two aanvragen of one regulation, each with three lines for OCW (School en Omgeving):
/// a: 5,450,000.00 + "1.250.000,00" (not read) + 5,450,000.00 → 10,900,000.00 read, 1 not read;
/// b: "99999999999999999999999999999" (29 digits, beyond any Decimal: not read) + "25000.005"
///    (not read) + 100.00 → 100.00 read, 2 not read.
/// Sum OCW 10,900,000.00 + 100.00 = 10,900,100.00, within 327 mln on what was read, but 1 + 2 = 3
/// amounts in 2 aanvragen were not read: onvolledig in JSON, CSV, text and HTML.
#[test]
fn onleesbare_bedragen_in_twee_aanvragen_in_alle_vormen() {
    let m = map("niet-gelezen");
    let a = aanvraag(
        "groningen-noord",
        "GM0014",
        ["5450000.00", "1.250.000,00", "5450000.00"],
    );
    let b = aanvraag(
        "utrecht-overvecht",
        "GM0344",
        ["99999999999999999999999999999", "25000.005", "100.00"],
    );
    std::fs::write(m.join("a.json"), a.to_string()).unwrap();
    std::fs::write(m.join("b.json"), b.to_string()).unwrap();
    let html = m.join("o.html");
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json", "--lang", "en"])
        .args(["--html", html.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    assert_eq!(o["aanvragen"][0]["bedragen_niet_gelezen"], 1);
    assert_eq!(o["aanvragen"][1]["bedragen_niet_gelezen"], 2);
    assert_eq!(o["totalen"][0]["bedragen_niet_gelezen"], 3);
    assert_eq!(o["totalen"][0]["aanvragen_niet_gelezen"], 2);
    let ocw = plafond(&o, "2026-2028", "geldstroom", Some("OCW"));
    assert_eq!(ocw["aangevraagd"], "10900100.00");
    assert_eq!(ocw["status"], "onvolledig");
    let pagina = std::fs::read_to_string(&html).unwrap();
    assert!(pagina.contains("3 amounts in 2 applications not read"));
    assert!(!pagina.contains("within ceiling"));

    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--csv"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(uit).unwrap();
    let regels: Vec<&str> = csv.split("\r\n").collect();
    let kop: Vec<&str> = regels[0].split(',').collect();
    let i = kop
        .iter()
        .position(|k| *k == "bedragen_niet_gelezen")
        .unwrap();
    assert_eq!(regels[1].split(',').nth(i), Some("1"));
    assert_eq!(regels[2].split(',').nth(i), Some("2"));
}

/// "Alle geldstromen samen" is the sum of the streams. In `examples/meerdere-fouten.json` the
/// amounts read are 100,000.00 (2029) + 50,000.00 (2027) for school_en_omgeving (OCW) and
/// 15,000.00 (an opslag) for veerkracht_en_weerbaarheid, a theme of tranche 1 only, so without a
/// geldstroom in 2026-2028. Streams: OCW 150,000.00 + SZW 0.00 + VRO 0.00 = 150,000.00, not the
/// 165,000.00 requested; the 165,000.00 − 150,000.00 = 15,000.00 is shown apart.
#[test]
fn alle_geldstromen_samen_is_de_som_van_de_geldstromen() {
    let uit = kw()
        .args(["overzicht", "examples/meerdere-fouten.json", "--json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    assert_eq!(o["aanvragen"][0]["aangevraagd"], "165000.00");
    assert_eq!(o["aanvragen"][0]["zonder_geldstroom"], "15000.00");
    assert_eq!(o["totalen"][0]["zonder_geldstroom"], "15000.00");
    let som = plafond(&o, "2026-2028", "som_geldstromen", None);
    assert_eq!(som["aangevraagd"], "150000.00");
    assert_eq!(som["plafond"], "408000000.00");

    let uit = kw()
        .args(["overzicht", "examples/meerdere-fouten.json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let tekst = String::from_utf8(uit).unwrap();
    assert!(
        tekst.contains("alle geldstromen samen: € 150.000,00 tegen € 408.000.000,00"),
        "{tekst}"
    );
    assert!(
        tekst.contains(
            "zonder geldstroom: € 15.000,00 (aangevraagd voor een thema zonder geldstroom"
        ),
        "{tekst}"
    );
    let uit = kw()
        .args(["overzicht", "examples/meerdere-fouten.json", "--csv"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(uit).unwrap();
    let regels: Vec<&str> = csv.split("\r\n").collect();
    let kop: Vec<&str> = regels[0].split(',').collect();
    let i = kop.iter().position(|k| *k == "zonder_geldstroom").unwrap();
    assert_eq!(regels[1].split(',').nth(i), Some("15000.00"));
}

/// A folder holds a.json, B.JSON (upper case), c.ndjson (two lines), leesmij.txt and a subfolder
/// sub/ with d.json. Read: a (100 + 200 + 300 = 600.00), B (1,000 + 2,000 + 3,000 = 6,000.00),
/// c:1 (10 + 20 + 30 = 60.00), c:2 (1 + 2 + 3 = 6.00): OCW 600 + 6,000 + 60 + 6 = 6,666.00.
/// sub/d.json (1,000,000.00) is not read (no recursion) and, with leesmij.txt, listed as skipped,
/// in name order (bytes: `B` < `a` < `c` < `l` < `s`).
#[test]
fn een_map_leest_json_en_ndjson_in_elke_hoofdletter_en_noemt_wat_is_overgeslagen() {
    let m = map("overgeslagen");
    let w = |p: PathBuf, a: Value| std::fs::write(p, a.to_string()).unwrap();
    w(
        m.join("a.json"),
        aanvraag("groningen-noord", "GM0014", ["100.00", "200.00", "300.00"]),
    );
    w(
        m.join("B.JSON"),
        aanvraag("arnhem-oost", "GM0202", ["1000.00", "2000.00", "3000.00"]),
    );
    let c1 = aanvraag("breda-noord", "GM0758", ["10.00", "20.00", "30.00"]);
    let c2 = aanvraag("delft-west", "GM0503", ["1.00", "2.00", "3.00"]);
    std::fs::write(m.join("c.ndjson"), format!("{c1}\n{c2}\n")).unwrap();
    std::fs::write(m.join("leesmij.txt"), "geen aanvraag").unwrap();
    std::fs::create_dir(m.join("sub")).unwrap();
    w(
        m.join("sub").join("d.json"),
        aanvraag("zaandam-oost", "GM0479", ["1000000.00", "0", "0"]),
    );
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json"])
        .assert()
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    let bronnen: Vec<String> = o["aanvragen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["bron"].as_str().unwrap().to_string())
        .collect();
    let d = m.to_str().unwrap();
    assert_eq!(
        bronnen,
        [
            format!("{d}/B.JSON"),
            format!("{d}/a.json"),
            format!("{d}/c.ndjson:1"),
            format!("{d}/c.ndjson:2"),
        ]
    );
    assert_eq!(
        plafond(&o, "2026-2028", "geldstroom", Some("OCW"))["aangevraagd"],
        "6666.00"
    );
    let over = o["overgeslagen"].as_array().unwrap();
    assert_eq!(over.len(), 2, "{over:?}");
    assert_eq!(over[0]["bron"], format!("{d}/leesmij.txt"));
    assert_eq!(over[1]["bron"], format!("{d}/sub"));
    assert!(over[1]["reden"]["nl"]
        .as_str()
        .unwrap()
        .contains("niet recursief"));
    for (lang, kop) in [("nl", "Overgeslagen"), ("en", "Skipped")] {
        let uit = kw()
            .args(["overzicht", d, "--lang", lang])
            .assert()
            .get_output()
            .stdout
            .clone();
        let tekst = String::from_utf8(uit).unwrap();
        assert!(tekst.contains(&format!("\n{kop} (")), "{tekst}");
        assert!(tekst.contains(&format!("  {d}/sub: ")), "{tekst}");
        assert!(tekst.contains(&format!("  {d}/leesmij.txt: ")), "{tekst}");
    }
}

/// With `--lang en` nothing Dutch of the overview's own leaks: tranche 2's stream ceilings are
/// afgeleid (the themes' streams) and all streams together geverifieerd, so text and HTML say
/// `inferred` and `verified`; a broken file's reason in the CSV is English.
#[test]
fn engels_zonder_nederlandse_zekerheid_of_reden() {
    let m = map("engels");
    let g = voorbeeld("groningen-noord-school-en-omgeving");
    std::fs::write(m.join("a.json"), g.to_string()).unwrap();
    std::fs::write(m.join("b.json"), "{\"regeling\": ").unwrap();
    let html = m.join("o.html");
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--lang", "en"])
        .args(["--html", html.to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let tekst = String::from_utf8(uit).unwrap();
    let pagina = std::fs::read_to_string(&html).unwrap();
    for t in [&tekst, &pagina] {
        assert!(
            t.contains(", inferred]") || t.contains("<td>inferred</td>"),
            "{t}"
        );
        assert!(
            t.contains(", verified]") || t.contains("<td>verified</td>"),
            "{t}"
        );
        for nl in ["afgeleid", "geverifieerd", "onbekend", "geen JSON"] {
            assert!(!t.contains(nl), "{nl} in {t}");
        }
    }
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--csv", "--lang", "en"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(uit).unwrap();
    let rij = csv.split("\r\n").find(|r| r.contains("b.json")).unwrap();
    assert!(rij.contains(",\"not JSON (line 1, column "), "{rij}");
    assert!(!csv.contains("geen JSON"), "{csv}");
}

/// CSV injection (OWASP): a text cell that a spreadsheet would run as a formula starts with `'`.
#[test]
fn csv_zet_een_formule_buiten_werking() {
    use kansrijke_wijk::overzicht_aanvragen::csv::veld;
    assert_eq!(veld("=1+1"), "'=1+1");
    assert_eq!(veld("+31"), "'+31");
    assert_eq!(veld("-2"), "'-2");
    assert_eq!(veld("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(veld("\tx"), "'\tx");
    // Neutralised first, then quoted as RFC 4180 asks (a CR, a comma, a quote).
    assert_eq!(veld("\rx"), "\"'\rx\"");
    assert_eq!(
        veld("=HYPERLINK(\"a\",\"b\")"),
        "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""
    );
    // Only at the start; amounts are untouched.
    assert_eq!(veld("a=b"), "a=b");
    assert_eq!(veld("1455000.00"), "1455000.00");

    // Through the CLI: a gemeente the aanvraag gives as a formula (unresolvable, so shown as typed).
    let m = map("csv-formule");
    let a = json!({ "regeling": "2026-2028", "gemeente": "=cmd|' /C calc'!A0" });
    std::fs::write(m.join("a.json"), a.to_string()).unwrap();
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--csv"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(uit).unwrap();
    let rij = csv.split("\r\n").nth(1).unwrap();
    assert!(rij.contains(",'=cmd|' /C calc'!A0,"), "{rij}");
}

/// One aanvraag is one, not "1 aanvragen". It asks 3 × 109,000,000.01 = 327,000,000.03 from OCW:
/// 327,000,000.03 − 327,000,000.00 = 0.03 above the OCW ceiling. A second file has no regeling.
#[test]
fn een_aanvraag_in_het_enkelvoud() {
    let m = map("enkelvoud");
    let a = aanvraag(
        "groningen-noord",
        "GM0014",
        ["109000000.01", "109000000.01", "109000000.01"],
    );
    std::fs::write(m.join("a.json"), a.to_string()).unwrap();
    std::fs::write(
        m.join("z.json"),
        json!({ "gemeente": "Groningen" }).to_string(),
    )
    .unwrap();
    let html = m.join("o.html");
    let uit = kw()
        .args(["overzicht", m.to_str().unwrap(), "--json"])
        .args(["--html", html.to_str().unwrap(), "--lang", "en"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let o = als_json(&uit);
    let ocw = plafond(&o, "2026-2028", "geldstroom", Some("OCW"));
    assert_eq!(ocw["aangevraagd"], "327000000.03");
    assert_eq!(ocw["boven_plafond"], "0.03");
    let melding = |code: &str, taal: &str| {
        o["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["code"] == code)
            .unwrap()["melding"][taal]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(melding("KW-OVERZICHT-001", "nl").starts_with(
        "De aanvraag van 2026-2028 vraagt € 327.000.000,03 uit geldstroom OCW: € 0,03 meer"
    ));
    assert!(melding("KW-OVERZICHT-001", "en").starts_with(
        "The application of 2026-2028 requests €327,000,000.03 from funding stream OCW: €0.03 more"
    ));
    assert!(melding("KW-OVERZICHT-005", "nl").contains("de bedragen van deze aanvraag tellen"));
    assert!(melding("KW-OVERZICHT-005", "en").contains("its amounts count"));
    let pagina = std::fs::read_to_string(&html).unwrap();
    assert!(pagina.contains("<p>2 applications checked"), "{pagina}");

    let uit = kw()
        .args(["overzicht", m.join("a.json").to_str().unwrap()])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let tekst = String::from_utf8(uit).unwrap();
    assert!(
        tekst.contains("Sommen en plafonds, 2026-2028 (1 aanvraag)"),
        "{tekst}"
    );
    assert!(!tekst.contains("1 aanvragen"), "{tekst}");
    let pagina = {
        kw().args(["overzicht", m.join("a.json").to_str().unwrap()])
            .args(["--html", html.to_str().unwrap(), "--lang", "en"])
            .assert()
            .code(1);
        std::fs::read_to_string(&html).unwrap()
    };
    assert!(pagina.contains("<p>1 application checked"), "{pagina}");
}

#[test]
fn een_bestand_dat_twee_keer_wordt_opgegeven_telt_een_keer() {
    // The Groningen example alone, given as a file and again in its folder (and once more by
    // another spelling of its path): OCW is its own 575 000 + 530 000 + 350 000 = 1 455 000.00,
    // not twice that, and no warning of two aanvragen for one area.
    let m = map("twee-keer");
    std::fs::copy(
        "examples/groningen-noord-school-en-omgeving.json",
        m.join("groningen.json"),
    )
    .unwrap();
    let bestand = m.join("groningen.json");
    let omweg = m.join(".").join("groningen.json");
    let out = kw()
        .args(["overzicht", "--json"])
        .arg(&bestand)
        .arg(&m)
        .arg(&omweg)
        .output()
        .unwrap();
    let o = als_json(&out.stdout);
    assert_eq!(o["aanvragen"].as_array().unwrap().len(), 1);
    assert_eq!(o["totalen"][0]["per_geldstroom"]["OCW"], "1455000.00");
    assert!(!codes(&o).contains(&"KW-OVERZICHT-004".to_string()));
    let overgeslagen = o["overgeslagen"].as_array().unwrap();
    assert_eq!(overgeslagen.len(), 2);
    assert!(overgeslagen[0]["reden"]["nl"]
        .as_str()
        .unwrap()
        .starts_with("al gelezen"));
}
