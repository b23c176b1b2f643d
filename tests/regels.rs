//! The rule files themselves: they parse, they are consistent, defects are caught with the file
//! named, the figures of the regulation are encoded as the regulation states them, and the README
//! documents exactly the codes and counts the code has.

use kansrijke_wijk::regels::RegelId;
use kansrijke_wijk::regels::{self, controle, model::*, naam::sleutel};
// The full check (`controle::controleer`) and the schemas come with the model crate's features
// `bouw` and `vormen`, which the dev-dependency turns on.

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

/// The maxima after filling, as the old `retain` per new maximum gave them (order included).
fn zoals_retain(oud: &[Maximum], erbij: &[Maximum], naam: &str) -> Vec<Maximum> {
    let mut maxima = oud.to_vec();
    for m in erbij {
        maxima.retain(|x| {
            !(x.focusgebied == m.focusgebied && x.thema == m.thema && x.jaar == m.jaar)
        });
        let mut m = m.clone();
        m.bestand = Some(naam.to_string().into());
        maxima.push(m);
    }
    maxima
}

#[test]
fn maxima_vervangen_zoals_met_retain() {
    let set = regels::standaard();
    let r = set.regeling("2026-2028").unwrap();
    let gebieden: Vec<&str> = set.gebieden.focusgebied.iter().map(|f| &*f.id).collect();
    let themas: Vec<&str> = r.thema.iter().map(|t| &*t.id).collect();
    let maak = |i: usize, bedrag: usize| Maximum {
        focusgebied: gebieden[i % 3].to_string().into(),
        thema: themas[(i / 3) % 2].to_string().into(),
        jaar: [None, Some(2026), Some(2027)][(i / 6) % 3],
        bedrag: format!("{bedrag}.00").into(),
        bron: "STCRT-2025-20924".into(),
        zekerheid: Zekerheid::Geverifieerd,
        bestand: None,
    };
    // Two parts for the same regulation, with repeated keys within and across them, and an
    // existing maximum (as if compiled) that one of them replaces and one that stays.
    let mut basis = set.clone();
    let oud = vec![maak(0, 1), maak(40, 2)];
    basis.regelingen.to_mut()[1].maximum = oud.clone().into();
    assert_eq!(basis.regelingen[1].id, "2026-2028");
    let deel = |van: usize, tot: usize| RegelingAanvulling {
        id: "2026-2028".into(),
        maximum: (van..tot).map(|i| maak(i * 7 % 23, i)).collect(),
        ..Default::default()
    };
    let a = Aanvulling {
        regeling: vec![deel(0, 30), deel(30, 45)],
        ..Default::default()
    };
    let gevuld = controle::vul_aan(&basis, &a, "b.json").unwrap();
    let erbij: Vec<Maximum> = a.regeling.iter().flat_map(|x| x.maximum.clone()).collect();
    let verwacht = zoals_retain(&oud, &erbij, "b.json");
    assert_eq!(&gevuld.regelingen[1].maximum[..], &verwacht[..]);
    assert!(
        verwacht.len() > 2 && verwacht.len() < 47,
        "{}",
        verwacht.len()
    );
    // The other regulation is left alone.
    assert_eq!(gevuld.regelingen[0].maximum, basis.regelingen[0].maximum);
}

#[test]
fn na_een_aanvulling_dezelfde_problemen_als_de_volledige_controle() {
    let mut set = regels::standaard().clone();
    set.bronnen.insert(
        "X".into(),
        BronDefinitie {
            vindplaats: " ".into(),
            titel: "".into(),
            url: "http://e.org".into(),
        },
    );
    let r = &mut set.regelingen.to_mut()[1];
    for x in r.regel.to_mut().iter_mut() {
        x.waarde = Some(JsonTekst::van(&serde_json::json!("2020-01-01")));
        x.bron = "ONBEKEND".into();
    }
    for s in r.geldstroom.to_mut().iter_mut() {
        s.plafond = Some("1.001".into());
        s.zekerheid = Zekerheid::Onbekend;
    }
    r.maximum.to_mut().push(Maximum {
        focusgebied: "nergens".into(),
        thema: "geen".into(),
        jaar: Some(1999),
        bedrag: "-1".into(),
        bron: "ONBEKEND".into(),
        zekerheid: Zekerheid::Onbekend,
        bestand: None,
    });
    let p = controle::controleer(&set);
    assert!(p.len() > 50, "{p:#?}");
    // What a run-time rule set can change is all the full check finds here, in the same order.
    assert_eq!(controle::controleer_waarden(&set, None), p);
}

#[test]
fn elke_id_staat_in_een_regelbestand_en_omgekeerd() {
    // Each listed id is used by the compiled rules, so none is a dead or misspelt entry; the
    // other way round the build already rejects an id that is not listed.
    let set = regels::standaard();
    for id in RegelId::ALLE {
        assert!(
            set.regelingen
                .iter()
                .any(|r| r.regel.iter().any(|x| x.id == id.tekst())),
            "{id:?} ({}) is in no rule file",
            id.tekst()
        );
        assert_eq!(RegelId::van_tekst(id.tekst()), Some(*id));
    }
}

#[test]
fn het_schema_van_de_regelbestanden_is_bij() {
    // docs/schema/*.json, for editors (see .taplo.toml); KW_SCHEMA_SCHRIJF=1 writes them anew.
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema");
    let schemas = [
        ("regeling", schemars::schema_for!(Regeling)),
        ("deel", schemars::schema_for!(RegelingDeel)),
        ("gebieden", schemars::schema_for!(Gebieden)),
        ("bronnen", schemars::schema_for!(Bronnen)),
    ];
    for (naam, schema) in schemas {
        let pad = map.join(format!("{naam}.schema.json"));
        let tekst = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        if std::env::var_os("KW_SCHEMA_SCHRIJF").is_some() {
            std::fs::create_dir_all(&map).unwrap();
            std::fs::write(&pad, &tekst).unwrap();
        }
        let op_schijf = std::fs::read_to_string(&pad).unwrap_or_default();
        assert!(
            op_schijf == tekst,
            "{} is not the schema of the model; run KW_SCHEMA_SCHRIJF=1 cargo test --test regels schema",
            pad.display()
        );
    }
}
