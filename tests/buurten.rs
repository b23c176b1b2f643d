//! Every buurt of the 19 gemeenten answers as the data tables say: `tests/fixtures/data/` is an
//! unchanged copy of the delivered tables (CBS buurten, indeling 2023, Bron: CBS, CC BY 4.0; the
//! areas mapped onto them), read here apart from `rules/`, so the expected answers come from the
//! tables and the README's completeness column, never from running the engine.

use kansrijke_wijk::gebieden::{plaats, plaats_in};
use kansrijke_wijk::regels::{self, Ligging, Zekerheid};
use std::collections::{BTreeMap, BTreeSet};

const DATA: &str = "tests/fixtures/data";

fn tabel(naam: &str) -> Vec<BTreeMap<String, String>> {
    let tekst = std::fs::read_to_string(format!("{DATA}/{naam}")).unwrap();
    let mut regels = tekst.lines();
    let kop: Vec<&str> = regels.next().unwrap().split('\t').collect();
    regels
        .map(|r| {
            kop.iter()
                .zip(r.split('\t'))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The README's table "Area | List complete? | Notes": area id -> complete.
fn volledig() -> BTreeMap<String, bool> {
    let tekst = std::fs::read_to_string(format!("{DATA}/README.md")).unwrap();
    tekst
        .lines()
        .filter_map(|r| {
            let cellen: Vec<&str> = r.split('|').map(str::trim).collect();
            match cellen.as_slice() {
                ["", id, ja, ..] if id.contains('-') && !id.starts_with("--") => {
                    Some((id.to_string(), *ja == "yes"))
                }
                _ => None,
            }
        })
        .collect()
}

fn l(s: &str) -> Ligging {
    match s {
        "binnen" => Ligging::Binnen,
        "buiten" => Ligging::Buiten,
        _ => Ligging::Onzeker,
    }
}

/// Per buurt, what the tables say: listed geheel is binnen, gedeeltelijk or onzeker is onzeker;
/// unlisted is buiten where the area's list is complete, onzeker where it is not.
fn verwacht() -> BTreeMap<String, (Ligging, Option<String>)> {
    let vol = volledig();
    assert_eq!(vol.len(), 20, "{vol:?}");
    let leden = tabel("focusgebieden-buurten-2023.tsv");
    let gebied_van: BTreeMap<String, String> = leden
        .iter()
        .map(|r| (r["gemeentecode"].clone(), r["focusgebied"].clone()))
        .collect();
    let mut uit = BTreeMap::new();
    for r in tabel("cbs-buurten-2023.tsv") {
        let gm = &r["gemeentecode"];
        let f = &gebied_van[gm];
        let e = if vol[f] { "buiten" } else { "onzeker" };
        uit.insert(r["buurtcode"].clone(), (l(e), Some(f.clone())));
    }
    for r in &leden {
        let e = if r["deel"] == "geheel" {
            "binnen"
        } else {
            "onzeker"
        };
        let oud = uit.get(&r["buurtcode"]).map(|x| x.0);
        // Amsterdam holds two areas: a buurt of one lies outside the other.
        if oud != Some(Ligging::Binnen) {
            uit.insert(
                r["buurtcode"].clone(),
                (l(e), Some(r["focusgebied"].clone())),
            );
        }
    }
    uit
}

#[test]
fn elke_buurt_ligt_waar_de_tabellen_zeggen() {
    let set = regels::standaard();
    let verwacht = verwacht();
    assert_eq!(verwacht.len(), 2297);
    let mut per_gebied: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (code, (ligging, f)) in &verwacht {
        let p = plaats(set, code);
        assert_eq!(p.ligging, Some(*ligging), "{code}: {p:?}");
        assert_eq!(p.zekerheid, Zekerheid::Afgeleid, "{code}");
        assert!(
            p.gegevens.starts_with("CBS-indeling 2023"),
            "{code}: {}",
            p.gegevens
        );
        assert!(p.gegevens.ends_with("; afgeleid"), "{code}: {}", p.gegevens);
        if *ligging != Ligging::Buiten {
            assert_eq!(&p.focusgebied, f, "{code}");
        }
        per_gebied
            .entry(f.clone().unwrap())
            .or_default()
            .insert(match ligging {
                Ligging::Binnen => "binnen",
                Ligging::Buiten => "buiten",
                Ligging::Onzeker => "onzeker",
            });
    }
    // Every area has a buurt inside, and one outside (complete lists) or onzeker (the others).
    let vol = volledig();
    for (f, soorten) in &per_gebied {
        if f.starts_with("amsterdam") || f == "breda-noord" || f == "nieuwegein-centrale-as" {
            continue; // per the tables: Amsterdam is counted per gemeente; Breda and Nieuwegein list no geheel row
        }
        assert!(soorten.contains("binnen"), "{f}: {soorten:?}");
        let ander = if vol[f] { "buiten" } else { "onzeker" };
        assert!(soorten.contains(ander), "{f}: {soorten:?}");
    }
}

#[test]
fn gedeeltelijk_en_onzeker_zijn_onzeker() {
    let set = regels::standaard();
    for r in tabel("focusgebieden-buurten-2023.tsv") {
        if r["deel"] != "geheel" {
            let p = plaats(set, &r["buurtcode"]);
            assert_eq!(p.ligging, Some(Ligging::Onzeker), "{}", r["buurtcode"]);
            assert_eq!(p.naam.as_deref(), Some(r["buurtnaam"].as_str()));
        }
    }
}

#[test]
fn namen_die_mensen_typen() {
    let set = regels::standaard();
    // Paddepoel-Zuid BU00141001 and Paddepoel-Noord BU00141002: both geheel in groningen-noord.
    let p = plaats(set, "Paddepoel");
    assert_eq!(p.ligging, Some(Ligging::Binnen));
    assert_eq!(p.focusgebied.as_deref(), Some("groningen-noord"));
    let codes: Vec<&str> = p.buurten.iter().map(|b| b.code.as_str()).collect();
    assert_eq!(codes, ["BU00141001", "BU00141002"]);
    // "Wijk 36 Moerwijk" (WK051836), its four buurten geheel in den-haag-zuidwest.
    let p = plaats(set, "Moerwijk");
    assert_eq!(
        (p.soort, p.naam.as_deref()),
        ("wijk", Some("Wijk 36 Moerwijk"))
    );
    assert_eq!(p.ligging, Some(Ligging::Binnen));
    assert_eq!(p.buurten.len(), 4);
    for (naam, gebied) in [
        ("Poelenburg", "zaandam-oost"),     // Wijk 12 Poelenburg
        ("Overvecht", "utrecht-overvecht"), // Wijk 03 Overvecht
        ("Hoensbroek", "heerlen-noord"),    // Wijk 12 Hoensbroek-De Dem
    ] {
        let p = plaats(set, naam);
        assert_eq!(p.ligging, Some(Ligging::Binnen), "{naam}: {p:?}");
        assert_eq!(p.focusgebied.as_deref(), Some(gebied), "{naam}");
    }
    // A wijk with buurten in and onzeker: WK001410 Noordwest (Zernike Campus, Selwerderhof onzeker).
    let p = plaats(set, "WK001410");
    assert_eq!(p.ligging, Some(Ligging::Onzeker));
    let onzeker: Vec<&str> = p
        .buurten
        .iter()
        .filter(|b| b.ligging == Ligging::Onzeker)
        .map(|b| b.naam.as_str())
        .collect();
    assert_eq!(onzeker, ["Zernike Campus", "Selwerderhof"]);
}

#[test]
fn een_naam_in_meer_gemeenten_en_de_gemeente_erbij() {
    let set = regels::standaard();
    let p = plaats(set, "Centrum");
    assert_eq!(p.soort, "naam");
    let gemeenten: BTreeSet<&str> = p
        .kandidaten
        .iter()
        .filter_map(|k| k.gemeentecode.as_deref())
        .collect();
    // Wijk "Centrum" in Groningen (WK001400) and Arnhem (WK020201), buurt "Centrum" in Delft and others.
    assert!(
        gemeenten.contains("GM0014")
            && gemeenten.contains("GM0202")
            && gemeenten.contains("GM0503")
    );
    // Narrowed to Arnhem: wijk WK020201 Centrum, not in arnhem-oost's complete list: buiten.
    let p = plaats_in(set, "Centrum", Some("Arnhem"));
    assert_eq!(p.soort, "wijk");
    assert_eq!(p.ligging, Some(Ligging::Buiten));
    // Heerlen has no "Centrum" of its own; Hoensbroek-Centrum (geheel) and Heerlen-Centrum (not
    // listed, list incomplete) hold it as a word: onzeker.
    let p = plaats_in(set, "Centrum", Some("Heerlen"));
    assert_eq!(p.ligging, Some(Ligging::Onzeker));
    assert!(p
        .buurten
        .iter()
        .any(|b| b.code == "BU09171200" && b.ligging == Ligging::Binnen));
    assert!(plaats_in(set, "Centrum", Some("Atlantis"))
        .ligging
        .is_none());
}

#[test]
fn codes_die_niet_bestaan_zijn_onbekend() {
    let set = regels::standaard();
    for q in [
        "BU99999999",
        "GM9999",
        "BU00149999",
        "WK0014ZZ",
        "BU0000000",
    ] {
        let p = plaats(set, q);
        assert_eq!(p.ligging, None, "{q}: {p:?}");
        assert_ne!(p.zekerheid, Zekerheid::Geverifieerd, "{q}");
    }
}

#[test]
fn namen_van_gemeenten_en_gebieden() {
    use kansrijke_wijk::gebieden::{vind_focusgebied_in, vind_gemeente};
    let set = regels::standaard();
    let code = |q: &str| vind_gemeente(set, q).map(|g| g.code.to_string());
    assert_eq!(code("Gemeente Groningen").as_deref(), Some("GM0014"));
    assert_eq!(code("gemeente 's-Gravenhage").as_deref(), Some("GM0518"));
    assert_eq!(code("Gemeente"), None);
    // regeling.md §5 and the short names within the chosen gemeente.
    for (naam, gemeente, id) in [
        ("Nieuw-West", "Amsterdam", "amsterdam-nieuw-west"),
        ("Zuidoost", "Amsterdam", "amsterdam-zuidoost"),
        ("Zuidwest", "Den Haag", "den-haag-zuidwest"),
        ("Overvecht", "Utrecht", "utrecht-overvecht"),
        ("Woensel-Zuid", "Eindhoven", "eindhoven-woensel-zuid"),
        ("Centrale-As", "Nieuwegein", "nieuwegein-centrale-as"),
        ("Nieuwland-Oost", "Schiedam", "schiedam-nieuwland-en-oost"),
        ("Noordwest", "Tilburg", "tilburg-noordwest"),
    ] {
        let g = vind_gemeente(set, gemeente);
        let f = vind_focusgebied_in(set, naam, g).map(|f| f.id.to_string());
        assert_eq!(f.as_deref(), Some(id), "{naam} with {gemeente}");
        // Without the gemeente a short name is not an area's.
        if naam != "Overvecht" {
            assert!(vind_focusgebied_in(set, naam, None).is_none(), "{naam}");
        }
    }
    // Short names of another gemeente's area do not count.
    let utrecht = vind_gemeente(set, "Utrecht");
    assert!(vind_focusgebied_in(set, "Zuidwest", utrecht).is_none());
}
