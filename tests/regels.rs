//! The rule files themselves: they parse, they are consistent, defects are caught with the file
//! named, the figures of the regulation are encoded as the regulation states them, and the README
//! documents exactly the codes and counts the code has.

use kansrijke_wijk::regels::RegelId;
use kansrijke_wijk::regels::{self, controle, model::*, naam::sleutel};
use std::path::Path;

fn toml_bestanden(map: &Path, uit: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(map).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            toml_bestanden(&p, uit);
        } else if p.extension().is_some_and(|x| x == "toml") {
            uit.push(p);
        }
    }
}

#[test]
fn elk_regelbestand_heeft_zekerheid_en_de_vorm_van_het_model() {
    let mut bestanden = Vec::new();
    toml_bestanden(Path::new("rules"), &mut bestanden);
    assert!(bestanden.len() >= 14, "{bestanden:?}");
    for p in bestanden {
        let tekst = std::fs::read_to_string(&p).unwrap();
        assert!(
            tekst.contains("zekerheid"),
            "{} names no zekerheid",
            p.display()
        );
        let naam = p.file_name().unwrap().to_string_lossy();
        let gelezen = match naam.as_ref() {
            "bronnen.toml" => {
                toml::from_str::<std::collections::BTreeMap<String, BronDefinitie>>(&tekst)
                    .map(|_| ())
            }
            "gebieden.toml" => toml::from_str::<Gebieden>(&tekst).map(|_| ()),
            _ if p.parent().is_some_and(|d| d.ends_with("focusgebieden")) => {
                toml::from_str::<GebiedBestand>(&tekst).map(|_| ())
            }
            "regeling.toml" => toml::from_str::<Regeling>(&tekst).map(|_| ()),
            _ => toml::from_str::<RegelingDeel>(&tekst).map(|_| ()),
        };
        assert!(gelezen.is_ok(), "{}: {:?}", p.display(), gelezen.err());
    }
}

#[test]
fn de_gecompileerde_regelset_is_consistent() {
    assert_eq!(controle::controleer(regels::standaard()), vec![]);
    assert_eq!(regels::REGELS_SHA256.len(), 64);
}

#[test]
fn fouten_in_een_regelset_worden_met_bestand_gevonden() {
    let mut set = regels::standaard().clone();
    let r = set
        .regelingen
        .to_mut()
        .iter_mut()
        .find(|r| r.id == "2026-2028")
        .unwrap();
    // An onbekend value that suddenly has a value, a rule id the engine does not know, a theme
    // pointing at a funding stream that does not exist.
    let einde = r
        .regel
        .to_mut()
        .iter_mut()
        .find(|x| x.id == "aanvraagperiode_tot_en_met")
        .unwrap();
    einde.waarde = Some(JsonTekst::van(&serde_json::json!("2025-09-30")));
    let mut typo = r.regel[0].clone();
    typo.id = "aanvraagperiode_tot_en_mett".into();
    r.regel.to_mut().push(typo);
    r.thema.to_mut()[0].geldstroom = "XYZ".into();
    let p = controle::controleer(&set);
    let tekst: Vec<String> = p.iter().map(|x| x.to_string()).collect();
    assert!(
        tekst
            .iter()
            .any(|x| x.contains("uitkering-en-aanvraag.toml") && x.contains("zekerheid onbekend")),
        "{tekst:?}"
    );
    assert!(
        tekst
            .iter()
            .any(|x| x.contains("unknown rule id aanvraagperiode_tot_en_mett")),
        "{tekst:?}"
    );
    assert!(
        tekst
            .iter()
            .any(|x| x.contains("artikel-02-themas.toml") && x.contains("unknown geldstroom XYZ")),
        "{tekst:?}"
    );
}

#[test]
fn cijfers_uit_de_regeling() {
    let set = regels::standaard();
    assert_eq!(set.gebieden.focusgebied.len(), 20);
    assert_eq!(set.gebieden.gemeente.len(), 19);
    let t2 = set.regeling("2026-2028").unwrap();
    assert_eq!(t2.jaren(), vec![2026, 2027, 2028]);
    let plafond = |id: &str| {
        t2.geldstroom
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.plafond.clone())
    };
    // RO-2025-12-11: OCW € 327 mln, SZW € 51 mln, VRO € 30 mln.
    assert_eq!(plafond("OCW").as_deref(), Some("327000000.00"));
    assert_eq!(plafond("SZW").as_deref(), Some("51000000.00"));
    assert_eq!(plafond("VRO").as_deref(), Some("30000000.00"));
    let t1 = set.regeling("2023-2025").unwrap();
    assert_eq!(t1.jaren(), vec![2023, 2024, 2025]);
    let waarde = |r: &Regeling, id: RegelId| r.regel(id, None).and_then(|x| x.waarde());
    assert_eq!(
        waarde(t1, RegelId::AanvraagperiodeVan),
        Some(serde_json::json!("2023-08-01"))
    );
    assert_eq!(
        waarde(t1, RegelId::AanvraagperiodeTotEnMet),
        Some(serde_json::json!("2023-09-30"))
    );
    assert_eq!(
        waarde(t2, RegelId::AanvraagperiodeVan),
        Some(serde_json::json!("2025-07-07"))
    );
    assert_eq!(waarde(t2, RegelId::AanvraagperiodeTotEnMet), None); // onbekend
                                                                    // RO-2025-12-11: the awards were made by 11 December 2025, so the window had closed (afgeleid).
    let uiterlijk = t2
        .regel(RegelId::AanvraagperiodeAfgeleidUiterlijk, None)
        .unwrap();
    assert_eq!(uiterlijk.zekerheid, Zekerheid::Afgeleid);
    assert_eq!(uiterlijk.waarde(), Some(serde_json::json!("2025-12-11")));
    // Seed: "kinderen van 0 tot 4 jaar die nog niet naar school gaan": whole years 0 to 3.
    for r in [t1, t2] {
        let jk = r
            .regel(RegelId::JongeKindLeeftijd, Some("ontwikkeling_jonge_kind"))
            .unwrap();
        assert_eq!(
            jk.waarde(),
            Some(serde_json::json!({ "van": 0, "tot_en_met": 3 }))
        );
        assert!(jk
            .omschrijving
            .nl
            .contains("\"kinderen van 0 tot 4 jaar die nog niet naar school gaan\""));
    }
    // Five themes a-e in tranche 2 with a letter (art. 2, second paragraph and the amendment);
    // the tranche-1 letter order is only afgeleid (regeling.md §3), so no letters there.
    assert_eq!(t2.thema.iter().filter(|t| t.letter.is_some()).count(), 5);
    assert_eq!(t1.thema.iter().filter(|t| t.letter.is_some()).count(), 0);
    // Art. 7a lid 1 is geverifieerd, the general results rule only afgeleid.
    assert_eq!(
        t2.regel(
            RegelId::ResultaatBinnenFocusgebied,
            Some("maatschappelijke_samenhang")
        )
        .unwrap()
        .zekerheid,
        Zekerheid::Geverifieerd
    );
    assert_eq!(
        t2.regel(
            RegelId::ResultaatBinnenFocusgebied,
            Some("school_en_omgeving")
        )
        .unwrap()
        .zekerheid,
        Zekerheid::Afgeleid
    );
}

#[test]
fn namen_zijn_ondubbelzinnig() {
    assert_eq!(sleutel("'s-Gravenhage"), sleutel("s Gravenhage"));
    assert_eq!(sleutel("Tilburg NoordWest"), sleutel("tilburg noord-west"));
    assert_eq!(sleutel("Leeuwarden-Óost"), "leeuwardenoost");
}

#[test]
fn readme_documenteert_elke_code_en_de_tellingen() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    // The whole row, so the README's ernst and meanings are this list's too.
    for c in kansrijke_wijk::codes::CODES {
        let rij = format!(
            "| `{}` | {} | {} | {} |",
            c.code.tekst(),
            c.ernst,
            c.nl,
            c.en
        );
        assert!(readme.contains(&rij), "README lacks the row {rij}");
    }
    let in_readme = readme.matches("| `KW-").count();
    assert_eq!(
        in_readme,
        kansrijke_wijk::codes::CODES.len(),
        "README lists codes the engine does not have"
    );
    let o = kansrijke_wijk::overzicht::regels(regels::standaard(), None);
    for r in &o.regelingen {
        let rij = format!(
            "| {} | {} | {} | {} |",
            r.id,
            r.telling[&Zekerheid::Geverifieerd],
            r.telling[&Zekerheid::Afgeleid],
            r.telling[&Zekerheid::Onbekend]
        );
        assert!(readme.contains(&rij), "README count row should be {rij}");
    }
    let totaal = format!(
        "| **total** | **{}** | **{}** | **{}** |",
        o.telling[&Zekerheid::Geverifieerd],
        o.telling[&Zekerheid::Afgeleid],
        o.telling[&Zekerheid::Onbekend]
    );
    assert!(
        readme.contains(&totaal),
        "README total row should be {totaal}"
    );
}
