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

/// One CBS row: wijk (its two characters), wijk name, buurt number, buurt name.
type Rij = (String, String, u16, String);

/// Fill `gebieden` with the CBS list and each area's buurten from `regels`.
pub fn vul(gebieden: &mut Gebieden, regels: &Path) {
    let cbs = lees_cbs(gebieden, &regels.join(CBS_MAP));
    // buurtcode -> (gemeente, naam), for checking the area files.
    let mut buurten: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (gm, rijen) in &cbs {
        for (w, _, n, naam) in rijen {
            buurten.insert(
                format!("BU{}{w}{n:02}", &gm[2..]),
                (gm.clone(), naam.clone()),
            );
        }
    }
    // buurtcode -> the row's character in the compiled table (see `IndelingGemeente::tabel`).
    let mut leden: BTreeMap<String, char> = BTreeMap::new();
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
        let Some(f) = lijst.iter().find(|f| f.id == b.focusgebied) else {
            stop(&waar, &format!("unknown focusgebied {}", b.focusgebied))
        };
        let plek = lijst
            .iter()
            .filter(|g| g.gemeente == f.gemeente)
            .position(|g| g.id == f.id)
            .unwrap_or(0) as u32;
        if plek > 1 {
            stop(
                &waar,
                "a gemeente has at most two areas in the compiled table",
            );
        }
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
            let teken =
                char::from_u32(LID as u32 + 9 * plek + 3 * r.deel as u32 + r.koppeling as u32);
            if leden.insert(r.code.clone(), teken.unwrap_or(LID)).is_some() {
                stop(
                    &waar,
                    &format!(
                        "buurt {} is listed twice (here or for another area)",
                        r.code
                    ),
                );
            }
        }
        let id = f.id.clone();
        if let Some(f) = lijst.iter_mut().find(|f| f.id == id) {
            f.lijst_volledig = b.lijst_volledig;
        }
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
    let gemeente: Vec<IndelingGemeente> = cbs
        .iter()
        .map(|(gm, rijen)| IndelingGemeente {
            code: gm.clone().into(),
            tabel: tabel(gm, rijen, &leden).into(),
        })
        .collect();
    gebieden.indeling = Indeling {
        jaar: JAAR,
        bron: BRON.into(),
        gemeente: gemeente.into(),
    };
}

/// A gemeente's rows as the one text `IndelingGemeente::tabel` describes.
fn tabel(gm: &str, rijen: &[Rij], leden: &BTreeMap<String, char>) -> String {
    // Two areas in a gemeente at most (Amsterdam), so 18 row characters: none may be a line end.
    assert!(LID > '\n' && LID as u32 + 18 <= NUMMER as u32 && NUMMER < SCHEIDING);
    let mut uit = String::new();
    let mut wijk = "";
    let mut vorige: i32 = -1;
    for (w, wijknaam, n, naam) in rijen {
        if w != wijk {
            uit += &format!("#{w}{wijknaam}\n");
            wijk = w;
            vorige = -1;
        }
        if let Some(c) = leden.get(&format!("BU{}{w}{n:02}", &gm[2..])) {
            uit.push(*c);
        }
        if i32::from(*n) != vorige + 1 {
            uit += &format!("{NUMMER}{n:02}");
        }
        vorige = i32::from(*n);
        uit += naam;
        uit.push('\n');
    }
    uit.pop();
    uit
}

/// The CBS list, one file per gemeente (`GM0014.tsv`: wijkcode, wijknaam, buurtcode, buurtnaam).
fn lees_cbs(gebieden: &Gebieden, map: &Path) -> Vec<(String, Vec<Rij>)> {
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
        let mut rijen: Vec<Rij> = Vec::new();
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
            if (wijknaam.to_string() + buurtnaam)
                .chars()
                .any(char::is_control)
            {
                stop(
                    &waar,
                    "a name holds a control character, which the compiled table uses",
                );
            }
            if let Some(eerder) = rijen.iter().find(|r| r.0 == wijk) {
                if eerder.1 != wijknaam {
                    stop(
                        &waar,
                        &format!("wijk {wk} is called {:?} on an earlier line", eerder.1),
                    );
                }
                if rijen.last().is_some_and(|r| r.0 != wijk) {
                    stop(&waar, &format!("the rows of wijk {wk} must be together"));
                }
            }
            if rijen.iter().any(|r| r.0 == wijk && r.2 == nummer) {
                stop(&waar, &format!("buurt {bu} is listed twice"));
            }
            rijen.push((
                wijk.to_string(),
                wijknaam.to_string(),
                nummer,
                buurtnaam.to_string(),
            ));
        }
        uit.push((gm, rijen));
    }
    for g in gebieden.gemeente.iter() {
        if !uit.iter().any(|x| x.0 == g.code) {
            stop(
                &format!("rules/{CBS_MAP}/{}.tsv", g.code),
                "missing: every gemeente needs its CBS buurten",
            );
        }
    }
    uit
}
