//! Compiles `rules/` into the crate: reads the TOML, checks it, and writes it as JSON (plus its
//! SHA-256) into OUT_DIR, so no TOML parser ships in the wasm and a bad rule file fails the build.

#[path = "src/regels/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/regels/controle.rs"]
#[allow(dead_code)]
mod controle;

#[path = "src/regels/naam.rs"]
mod naam;

use model::*;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

fn lees<T: serde::de::DeserializeOwned>(pad: &Path) -> T {
    let tekst = fs::read_to_string(pad).unwrap_or_else(|e| stop(pad, &e.to_string()));
    toml::from_str(&tekst).unwrap_or_else(|e| stop(pad, &e.to_string()))
}

fn stop(pad: &Path, wat: &str) -> ! {
    panic!("\n\nrule file {}: {}\n", pad.display(), wat)
}

fn relatief(pad: &Path) -> String {
    pad.to_string_lossy().replace('\\', "/")
}

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/regels/model.rs");
    println!("cargo:rerun-if-changed=src/regels/controle.rs");
    let regels = Path::new("rules");
    let bronnen = lees(&regels.join("bronnen.toml"));
    let gebieden = lees(&regels.join("gebieden.toml"));

    let mut mappen: Vec<PathBuf> = fs::read_dir(regels)
        .expect("rules/ must exist")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    mappen.sort();
    let mut regelingen = Vec::new();
    for map in mappen {
        println!("cargo:rerun-if-changed={}", map.display());
        let mut regeling: Regeling = lees(&map.join("regeling.toml"));
        let mut bestanden: Vec<PathBuf> = fs::read_dir(&map)
            .expect("readable rules folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && !p.ends_with("regeling.toml"))
            .collect();
        bestanden.sort();
        for bestand in bestanden {
            let naam = relatief(&bestand);
            let mut deel: RegelingDeel = lees(&bestand);
            deel.regel
                .iter_mut()
                .for_each(|r| r.bestand = Some(naam.clone()));
            deel.thema
                .iter_mut()
                .for_each(|r| r.bestand = Some(naam.clone()));
            deel.geldstroom
                .iter_mut()
                .for_each(|r| r.bestand = Some(naam.clone()));
            deel.maximum
                .iter_mut()
                .for_each(|r| r.bestand = Some(naam.clone()));
            regeling.regel.extend(deel.regel);
            regeling.thema.extend(deel.thema);
            regeling.geldstroom.extend(deel.geldstroom);
            regeling.maximum.extend(deel.maximum);
        }
        let verwacht = map
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if regeling.id != verwacht {
            stop(
                &map.join("regeling.toml"),
                &format!("id {} must equal its folder name {verwacht}", regeling.id),
            );
        }
        regelingen.push(regeling);
    }
    let set = Regelset {
        bronnen,
        gebieden,
        regelingen,
    };
    let mut problemen = controle::controleer(&set);
    problemen.extend(unieke_namen(&set));
    if !problemen.is_empty() {
        let lijst: Vec<String> = problemen.iter().map(|p| format!("  - {p}")).collect();
        panic!(
            "\n\nthe rule files in rules/ are inconsistent:\n{}\n",
            lijst.join("\n")
        );
    }
    let json = serde_json::to_string(&set).expect("a rule set always serialises");
    let hash = Sha256::digest(json.as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    let uit = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(uit.join("regels.json"), json).expect("OUT_DIR is writable");
    fs::write(uit.join("regels.sha256"), hex).expect("OUT_DIR is writable");
}

/// Every name, variant and alias must point at one area or gemeente only, or matching is ambiguous.
fn unieke_namen(set: &Regelset) -> Vec<controle::Probleem> {
    let mut gezien: std::collections::BTreeMap<String, String> = Default::default();
    let mut p = Vec::new();
    let mut voeg = |naam: &str, doel: &str| {
        let k = naam::sleutel(naam);
        match gezien.get(&k) {
            Some(ander) if ander != doel => p.push(controle::Probleem {
                waar: "rules/gebieden.toml".into(),
                wat: format!("name {naam:?} matches both {ander} and {doel}"),
            }),
            _ => {
                gezien.insert(k, doel.to_string());
            }
        }
    };
    for f in &set.gebieden.focusgebied {
        for n in [&f.id, &f.naam]
            .into_iter()
            .chain(&f.varianten)
            .chain(&f.programmanamen)
        {
            voeg(n, &f.id);
        }
    }
    for g in &set.gebieden.gemeente {
        for n in std::iter::once(&g.naam).chain(&g.aliassen) {
            voeg(n, &g.code);
        }
    }
    p
}
