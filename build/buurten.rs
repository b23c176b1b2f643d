//! Reads the CBS buurt list (`rules/cbs-buurten-2023/`) and the buurten of each focus area
//! (`rules/focusgebieden/`) into the rule set at build time, failing the build on a code that is
//! not in the CBS list, a buurt of another gemeente or an unknown area, naming the file.

use crate::model::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The folders of `rules/` that hold these tables, not a regulation.
pub const MAPPEN: [&str; 2] = [CBS_MAP, GEBIED_MAP];
const CBS_MAP: &str = "cbs-buurten-2023";
const GEBIED_MAP: &str = "focusgebieden";
const JAAR: u16 = 2023;
const BRON: &str =
    "CBS-indeling 2023 (StatLine WijkenEnBuurten, 47022NED/47024NED; Bron: CBS, CC BY 4.0)";

/// Where a problem is: the file (and line), as the build names it.
fn stop(waar: &str, wat: &str) -> ! {
    panic!("\n\nrule file {waar}: {wat}\n")
}

fn bestanden(map: &Path, ext: &str) -> Vec<PathBuf> {
    println!("cargo:rerun-if-changed={}", map.display());
    let mut l: Vec<PathBuf> = fs::read_dir(map)
        .unwrap_or_else(|e| stop(&map.display().to_string(), &e.to_string()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    l.sort();
    l
}

fn naam_van(p: &Path) -> String {
    p.file_stem()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// Fill `gebieden` with the CBS list and each area's buurten from `regels`.
pub fn vul(gebieden: &mut Gebieden, regels: &Path) {
    let cbs = lees_cbs(gebieden, &regels.join(CBS_MAP));
    // buurtcode -> (gemeente, naam), for checking the area files.
    let mut buurten: BTreeMap<String, (String, String)> = BTreeMap::new();
    for g in &cbs {
        for w in g.wijk.iter() {
            for b in w.buurt.iter() {
                let code = format!("BU{}{}{:02}", &g.code[2..], w.code, b.nummer);
                buurten.insert(code, (g.code.to_string(), b.naam.to_string()));
            }
        }
    }
    gebieden.indeling = Indeling {
        jaar: JAAR,
        bron: BRON.into(),
        gemeente: cbs.into(),
    };
    let mut gezien = Vec::new();
    for pad in bestanden(&regels.join(GEBIED_MAP), "toml") {
        let waar = pad.to_string_lossy().replace('\\', "/");
        let tekst = fs::read_to_string(&pad).unwrap_or_else(|e| stop(&waar, &e.to_string()));
        let b: GebiedBestand =
            toml::from_str(&tekst).unwrap_or_else(|e| stop(&waar, &e.to_string()));
        if b.focusgebied != naam_van(&pad) {
            stop(
                &waar,
                &format!("focusgebied {} must equal the file name", b.focusgebied),
            );
        }
        if b.zekerheid != Zekerheid::Afgeleid {
            stop(
                &waar,
                "zekerheid must be afgeleid: no official buurt-level delineation is public",
            );
        }
        let lijst = gebieden.focusgebied.to_mut();
        let Some(f) = lijst.iter_mut().find(|f| f.id == b.focusgebied) else {
            stop(&waar, &format!("unknown focusgebied {}", b.focusgebied))
        };
        let mut leden: Vec<Lid> = Vec::new();
        for r in &b.buurt {
            let Some((gm, naam)) = buurten.get(&r.code) else {
                stop(
                    &waar,
                    &format!("buurtcode {} is not in the CBS list ({CBS_MAP}/)", r.code),
                )
            };
            if **gm != *f.gemeente {
                stop(
                    &waar,
                    &format!(
                        "buurt {} lies in {gm}, not in the area's gemeente {}",
                        r.code, f.gemeente
                    ),
                );
            }
            if *naam != r.naam {
                stop(
                    &waar,
                    &format!(
                        "buurt {} is called {naam:?} in the CBS list, not {:?}",
                        r.code, r.naam
                    ),
                );
            }
            if leden.iter().any(|l| l.buurt == r.code) {
                stop(&waar, &format!("buurt {} is listed twice", r.code));
            }
            leden.push(Lid {
                buurt: r.code.clone().into(),
                deel: r.deel,
                koppeling: r.koppeling,
            });
        }
        f.lijst_volledig = b.lijst_volledig;
        f.leden = leden.into();
        gezien.push(b.focusgebied);
    }
    for f in gebieden.focusgebied.iter() {
        if !gezien.contains(&f.id.to_string()) {
            stop(
                &format!("rules/{GEBIED_MAP}/{}.toml", f.id),
                "missing: every focus area needs its buurten",
            );
        }
    }
}

/// The CBS list, one file per gemeente (`GM0014.tsv`: wijkcode, wijknaam, buurtcode, buurtnaam).
fn lees_cbs(gebieden: &Gebieden, map: &Path) -> Vec<IndelingGemeente> {
    let mut uit = Vec::new();
    for pad in bestanden(map, "tsv") {
        let waar = pad.to_string_lossy().replace('\\', "/");
        let gm = naam_van(&pad);
        if !gebieden.gemeente.iter().any(|g| g.code == gm) {
            stop(
                &waar,
                &format!("{gm} is not a gemeente of rules/gebieden.toml"),
            );
        }
        let tekst = fs::read_to_string(&pad).unwrap_or_else(|e| stop(&waar, &e.to_string()));
        let mut wijken: Vec<Wijk> = Vec::new();
        for (i, regel) in tekst.lines().enumerate() {
            if regel.starts_with('#') || regel.trim().is_empty() {
                continue;
            }
            let waar = format!("{waar} line {}", i + 1);
            let [wk, wijknaam, bu, buurtnaam] = regel.split('\t').collect::<Vec<_>>()[..] else {
                stop(
                    &waar,
                    "expected 4 tab-separated columns: wijkcode, wijknaam, buurtcode, buurtnaam",
                )
            };
            let wijk = wk
                .strip_prefix(&format!("WK{}", &gm[2..]))
                .filter(|w| w.len() == 2 && w.bytes().all(|b| b.is_ascii_alphanumeric()))
                .unwrap_or_else(|| {
                    stop(
                        &waar,
                        &format!("wijkcode {wk} is not WK + the gemeente's 4 digits + 2"),
                    )
                });
            let nummer = bu
                .strip_prefix(&format!("BU{}", &wk[2..]))
                .filter(|n| n.len() == 2)
                .and_then(|n| n.parse::<u16>().ok())
                .unwrap_or_else(|| {
                    stop(
                        &waar,
                        &format!("buurtcode {bu} is not BU + its wijk's 6 characters + 2 digits"),
                    )
                });
            if buurtnaam.trim().is_empty() || wijknaam.trim().is_empty() {
                stop(&waar, "a wijk or buurt without a name");
            }
            if !wijken.last().is_some_and(|w| w.code == wijk) {
                if wijken.iter().any(|w| w.code == wijk) {
                    stop(&waar, &format!("the rows of wijk {wk} must be together"));
                }
                wijken.push(Wijk {
                    code: wijk.to_string().into(),
                    naam: wijknaam.to_string().into(),
                    buurt: Lijst::Owned(Vec::new()),
                });
            }
            let w = wijken.last_mut().expect("pushed above");
            if w.naam != wijknaam {
                stop(
                    &waar,
                    &format!("wijk {wk} is called {:?} on an earlier line", w.naam),
                );
            }
            if w.buurt.iter().any(|b| b.nummer == nummer) {
                stop(&waar, &format!("buurt {bu} is listed twice"));
            }
            w.buurt.to_mut().push(Buurt {
                nummer,
                naam: buurtnaam.to_string().into(),
            });
        }
        uit.push(IndelingGemeente {
            code: gm.into(),
            wijk: wijken.into(),
        });
    }
    for g in gebieden.gemeente.iter() {
        if !uit.iter().any(|x| x.code == g.code) {
            stop(
                &format!("rules/{CBS_MAP}/{}.tsv", g.code),
                "missing: every gemeente needs its CBS buurten",
            );
        }
    }
    uit
}
