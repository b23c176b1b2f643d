//! Compiles `rules/` into the crate: reads the TOML, checks it, and writes it into OUT_DIR as two
//! streams the crate reads back field by field (`regels.tekst` and `regels.vorm`, so the wasm
//! carries no parser or deserialiser for it) and as JSON with its SHA-256 (`regels.json`,
//! `regels.sha256`); a bad rule file fails the build.

use kansrijke_wijk_model::model::*;
use kansrijke_wijk_model::{controle, velden};

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
    let regels = Path::new("rules");
    let bronnen = lees(&regels.join("bronnen.toml"));
    let gebieden: &Gebieden = Box::leak(lees(&regels.join("gebieden.toml")));

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
            let naam: Str = relatief(&bestand).into();
            let deel: RegelingDeel = lees(&bestand);
            let bestand = Some(naam);
            voeg_toe(&mut regeling.regel, &deel.regel, |x| {
                x.bestand = bestand.clone()
            });
            voeg_toe(&mut regeling.thema, &deel.thema, |x| {
                x.bestand = bestand.clone()
            });
            voeg_toe(&mut regeling.geldstroom, &deel.geldstroom, |x| {
                x.bestand = bestand.clone()
            });
            voeg_toe(&mut regeling.maximum, &deel.maximum, |x| {
                x.bestand = bestand.clone()
            });
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
        regelingen: regelingen.into(),
    };
    let problemen = controle::controleer(&set);
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
    let mut s = StreamWriter::default();
    set.schrijf(&mut s);
    fs::write(uit.join("regels.tekst"), s.tekst).expect("OUT_DIR is writable");
    fs::write(uit.join("regels.vorm"), s.vorm).expect("OUT_DIR is writable");
    fs::write(uit.join("regels.sha256"), hex).expect("OUT_DIR is writable");
    fs::write(uit.join("gevallen.rs"), gevallen()).expect("OUT_DIR is writable");
}

/// The table cases as a Rust list of `Geval { bestand, naam, regels }`, so `kansrijke-wijk regels
/// --regel ID` can name a rule's cases (the CLI only; the library and wasm do not include it).
fn gevallen() -> String {
    println!("cargo:rerun-if-changed=tests/cases");
    let mut bestanden: Vec<PathBuf> = fs::read_dir("tests/cases")
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    bestanden.retain(|p| p.extension().is_some_and(|x| x == "json"));
    bestanden.sort();
    let mut uit = String::from("&[\n");
    for pad in bestanden {
        let tekst = fs::read_to_string(&pad).unwrap_or_default();
        let Ok(geval) = serde_json::from_str::<serde_json::Value>(&tekst) else {
            continue; // the table test names a case that is not JSON
        };
        let regels: Vec<String> = geval["regels"]
            .as_array()
            .map(|l| {
                l.iter()
                    .filter_map(|r| r.as_str())
                    .map(|r| format!("{r:?}"))
                    .collect()
            })
            .unwrap_or_default();
        uit += &format!(
            "    Geval {{ bestand: {:?}, naam: {:?}, regels: &[{}] }},\n",
            relatief(&pad),
            geval["naam"].as_str().unwrap_or_default(),
            regels.join(", ")
        );
    }
    uit + "]\n"
}

/// Append `deel` to `lijst`, each item marked by `merk` (with the file it came from).
fn voeg_toe<T: Clone>(lijst: &mut Lijst<T>, deel: &[T], merk: impl Fn(&mut T)) {
    lijst.to_mut().extend(deel.iter().cloned().map(|mut x| {
        merk(&mut x);
        x
    }));
}

/// The compiled rule set as two streams, read back in `src/regels/mod.rs`: each distinct text once,
/// ended by `SCHEIDING`, and the shape (list lengths, whether an option is set, enum variants,
/// numbers, which text) as LEB128 numbers. Smaller in the wasm than the same set as Rust statics,
/// whose every text and list costs a pointer, a length and a capacity marker.
#[derive(Default)]
struct StreamWriter {
    tekst: String,
    vorm: Vec<u8>,
    /// Each text written so far, with its number.
    gezien: std::collections::HashMap<String, u32>,
}

impl StreamWriter {
    fn getal(&mut self, mut n: u32) {
        while n >= 0x80 {
            self.vorm.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.vorm.push(n as u8);
    }

    /// A text: 0 for a new one (the next in the text stream), else 1 + the number of an earlier one.
    fn tekst(&mut self, t: &str) {
        if let Some(&i) = self.gezien.get(t) {
            return self.getal(i + 1);
        }
        if t.contains(SCHEIDING) {
            panic!(
                "\n\na rule text contains U+001F, which the build uses to separate texts: {t:?}\n"
            );
        }
        self.getal(0);
        let n = self.gezien.len() as u32;
        self.gezien.insert(t.to_string(), n);
        self.tekst.push_str(t);
        self.tekst.push(SCHEIDING);
    }
}

/// Writes a value into the two streams, in the order `src/regels/mod.rs` reads it.
trait ToStreams {
    fn schrijf(&self, s: &mut StreamWriter);
}

impl ToStreams for Str {
    fn schrijf(&self, s: &mut StreamWriter) {
        s.tekst(self);
    }
}

impl<T: ToStreams + Clone> ToStreams for Lijst<T> {
    fn schrijf(&self, s: &mut StreamWriter) {
        s.getal(self.len() as u32);
        for x in self.iter() {
            x.schrijf(s);
        }
    }
}

impl<T: ToStreams> ToStreams for Option<T> {
    fn schrijf(&self, s: &mut StreamWriter) {
        match self {
            None => s.getal(0),
            Some(x) => {
                s.getal(1);
                x.schrijf(s);
            }
        }
    }
}

impl<A: ToStreams, B: ToStreams> ToStreams for (A, B) {
    fn schrijf(&self, s: &mut StreamWriter) {
        self.0.schrijf(s);
        self.1.schrijf(s);
    }
}

/// Numbers, booleans and field-less enums (by their position): one number each.
macro_rules! schrijf_getal {
    ($($t:ty),*) => {$(
        impl ToStreams for $t {
            fn schrijf(&self, s: &mut StreamWriter) {
                s.getal(*self as u32);
            }
        }
    )*};
}
schrijf_getal!(bool, u16, u32, i32, Zekerheid, CodeSoort, Ligging);

/// Structs, field by field; the pattern names every field.
macro_rules! schrijf_struct {
    ($($t:ident { $($veld:ident),* })*) => {$(
        impl ToStreams for $t {
            fn schrijf(&self, s: &mut StreamWriter) {
                let $t { $($veld),* } = self;
                $($veld.schrijf(s);)*
            }
        }
    )*};
}
velden!(schrijf_struct);

impl ToStreams for Bronnen {
    fn schrijf(&self, s: &mut StreamWriter) {
        self.0.schrijf(s);
    }
}

impl ToStreams for JsonTekst {
    fn schrijf(&self, s: &mut StreamWriter) {
        s.tekst(self.tekst());
    }
}
