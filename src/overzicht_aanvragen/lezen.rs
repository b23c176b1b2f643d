//! Turning the paths of `overzicht` (folders, NDJSON files, `-`) into pieces to check.

use crate::regels::Tekst;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One aanvraag to check, or the reason it cannot be read.
#[derive(Debug)]
pub struct Stuk {
    /// Where it comes from: the file, or file and line (`a.ndjson:3`, `stdin:2`).
    pub bron: String,
    inhoud: Inhoud,
}

#[derive(Debug)]
enum Inhoud {
    /// A JSON file, read when it is checked.
    Bestand(PathBuf),
    /// One line of NDJSON.
    Bytes(Vec<u8>),
    /// Could not be read.
    Onleesbaar(Tekst),
    /// An entry of a folder that is not read (a subfolder, a file not `*.json`/`*.ndjson`).
    Overgeslagen(Tekst),
}

impl Stuk {
    /// Why this entry of a folder was skipped, when it was.
    pub(super) fn overgeslagen(&self) -> Option<&Tekst> {
        match &self.inhoud {
            Inhoud::Overgeslagen(t) => Some(t),
            _ => None,
        }
    }

    /// The JSON value, or why there is none (not readable, not UTF-8, not JSON).
    pub(super) fn waarde(&self) -> Result<serde_json::Value, Tekst> {
        let gelezen;
        let bytes: &[u8] = match &self.inhoud {
            Inhoud::Onleesbaar(t) | Inhoud::Overgeslagen(t) => return Err(t.clone()),
            Inhoud::Bytes(b) => b,
            Inhoud::Bestand(p) => {
                gelezen = std::fs::read(p).map_err(|e| io_reden(&e))?;
                &gelezen
            }
        };
        crate::lees_json_bytes(bytes).map_err(|e| {
            let regel = matches!(self.inhoud, Inhoud::Bestand(_));
            let plaats_nl = if regel {
                format!("regel {}, kolom {}", e.regel, e.kolom)
            } else {
                format!("kolom {}", e.kolom)
            };
            let plaats_en = if regel {
                format!("line {}, column {}", e.regel, e.kolom)
            } else {
                format!("column {}", e.kolom)
            };
            if e.reden == "geen UTF-8-tekst" {
                Tekst {
                    nl: format!("geen UTF-8-tekst ({plaats_nl})").into(),
                    en: format!("not UTF-8 text ({plaats_en}): {}", e.melding).into(),
                }
            } else {
                Tekst {
                    nl: format!("geen JSON ({plaats_nl}): {}", e.reden).into(),
                    en: format!("not JSON ({plaats_en}): {}", e.melding).into(),
                }
            }
        })
    }
}

fn io_reden(e: &std::io::Error) -> Tekst {
    Tekst {
        nl: format!("niet te lezen (melding van het systeem: {e})").into(),
        en: format!("cannot be read (the system's message: {e})").into(),
    }
}

/// The pieces of `paden`, in order: a folder gives every `*.json` file in it and every line of
/// every `*.ndjson` file in it (sorted by name, the extension in any case, not recursive; every
/// other entry, a subfolder too, is a skipped piece), a `*.ndjson` file one piece per non-blank line, `-` one per line of `stdin`
/// (NDJSON), any other file itself. A path that cannot be read is one unreadable piece.
pub fn stukken(paden: &[String], stdin: &mut dyn Read) -> Vec<Stuk> {
    let mut uit = Vec::new();
    // Files already taken, by their canonical path: a file named twice (itself and in its
    // folder, or twice on the command line) would count its money twice.
    let mut gelezen: Vec<PathBuf> = Vec::new();
    for pad in paden {
        if pad == "-" {
            let mut b = Vec::new();
            match stdin.read_to_end(&mut b) {
                Ok(_) => ndjson_lines(&b, "stdin", &mut uit),
                Err(e) => uit.push(onleesbaar("stdin".into(), io_reden(&e))),
            }
            continue;
        }
        let p = Path::new(pad);
        if p.is_dir() {
            map(p, &mut gelezen, &mut uit);
        } else if !eerste_keer(p, &mut gelezen) {
            uit.push(al_gelezen(pad.clone()));
        } else if heeft_extensie(p, "ndjson") {
            match std::fs::read(p) {
                Ok(b) => ndjson_lines(&b, pad, &mut uit),
                Err(e) => uit.push(onleesbaar(pad.clone(), io_reden(&e))),
            }
        } else if let Err(e) = std::fs::metadata(p) {
            uit.push(onleesbaar(pad.clone(), io_reden(&e)));
        } else {
            uit.push(Stuk {
                bron: pad.clone(),
                inhoud: Inhoud::Bestand(p.to_path_buf()),
            });
        }
    }
    uit
}

fn onleesbaar(bron: String, reden: Tekst) -> Stuk {
    Stuk {
        bron,
        inhoud: Inhoud::Onleesbaar(reden),
    }
}

/// Whether `p` ends in `.ext`, in any case (`a.JSON`).
fn heeft_extensie(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|x| x.eq_ignore_ascii_case(ext))
}

/// Every `*.json` file and every line of every `*.ndjson` file in folder `p`, sorted by name;
/// every other entry (a subfolder: not searched) a skipped piece, so nothing is left out unsaid.
fn map(p: &Path, gelezen: &mut Vec<PathBuf>, uit: &mut Vec<Stuk>) {
    let lijst = match std::fs::read_dir(p) {
        Ok(l) => l,
        Err(e) => {
            uit.push(onleesbaar(p.display().to_string(), io_reden(&e)));
            return;
        }
    };
    let mut paden: Vec<PathBuf> = Vec::new();
    for e in lijst {
        match e {
            Ok(e) => paden.push(e.path()),
            Err(e) => uit.push(onleesbaar(p.display().to_string(), io_reden(&e))),
        }
    }
    paden.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    for pad in paden {
        let bron = pad.display().to_string();
        if pad.is_dir() {
            uit.push(overgeslagen(
                bron,
                "een map: niet doorzocht (overzicht leest een map niet recursief)",
                "a folder: not searched (overzicht does not read folders recursively)",
            ));
        } else if (heeft_extensie(&pad, "json") || heeft_extensie(&pad, "ndjson"))
            && !eerste_keer(&pad, gelezen)
        {
            uit.push(al_gelezen(bron));
        } else if heeft_extensie(&pad, "json") {
            uit.push(Stuk {
                bron,
                inhoud: Inhoud::Bestand(pad),
            });
        } else if heeft_extensie(&pad, "ndjson") {
            match std::fs::read(&pad) {
                Ok(b) => ndjson_lines(&b, &bron, uit),
                Err(e) => uit.push(onleesbaar(bron, io_reden(&e))),
            }
        } else {
            uit.push(overgeslagen(
                bron,
                "geen .json- of .ndjson-bestand",
                "not a .json or .ndjson file",
            ));
        }
    }
}

/// Whether file `p` is new to `gelezen` (by canonical path; a path that cannot be resolved is
/// taken as new, and its reading then says why it fails). Records it.
fn eerste_keer(p: &Path, gelezen: &mut Vec<PathBuf>) -> bool {
    let Ok(echt) = std::fs::canonicalize(p) else {
        return true;
    };
    if gelezen.contains(&echt) {
        return false;
    }
    gelezen.push(echt);
    true
}

fn al_gelezen(bron: String) -> Stuk {
    overgeslagen(
        bron,
        "al gelezen: hetzelfde bestand is eerder opgegeven en telt één keer",
        "already read: the same file was given before and counts once",
    )
}

fn overgeslagen(bron: String, nl: &'static str, en: &'static str) -> Stuk {
    Stuk {
        bron,
        inhoud: Inhoud::Overgeslagen(Tekst {
            nl: nl.into(),
            en: en.into(),
        }),
    }
}

/// One piece per non-blank line of NDJSON text (`\n` or `\r\n`), named `bron:N` (1-based).
fn ndjson_lines(b: &[u8], bron: &str, uit: &mut Vec<Stuk>) {
    for (i, regel) in b.split(|c| *c == b'\n').enumerate() {
        let regel = regel.strip_suffix(b"\r").unwrap_or(regel);
        if regel.iter().all(|c| c.is_ascii_whitespace()) {
            continue;
        }
        uit.push(Stuk {
            bron: format!("{bron}:{}", i + 1),
            inhoud: Inhoud::Bytes(regel.to_vec()),
        });
    }
}
