//! The `kansrijke-wijk` command line: a thin layer over the library.

use clap::{Parser, Subcommand, ValueEnum};
use kansrijke_wijk::output::getoetst;
use kansrijke_wijk::rapport::Taal;
use kansrijke_wijk::regels::{self, RegelId, Regelset};
use kansrijke_wijk::{gebieden, herstel, overzicht, Uitkomst};
use std::io::{Read, Write};

/// `println!` that does not panic when stdout is closed early (`kansrijke-wijk toets … | head`).
macro_rules! uit {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}
use std::process::ExitCode;

/// Toets een aanvraag voor de SPUK Kansrijke Wijk aan de Regeling kansrijke wijk (2023-2025, 2026-2028).
#[derive(Parser)]
#[command(name = "kansrijke-wijk", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    opdracht: Opdracht,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Lang {
    Nl,
    En,
}

#[derive(Subcommand)]
enum Opdracht {
    /// Toets een aanvraag (JSON-bestand, of - voor standaardinvoer). Exit 0 voldoet, 1 voldoet niet, 3 onvolledig, 2 onleesbaar.
    Toets {
        /// Het aanvraagbestand, of - voor standaardinvoer.
        bestand: String,
        /// Geef de beoordeling als JSON.
        #[arg(long)]
        json: bool,
        /// Met --json: op één regel, precies de bytes die ook de wasm-build geeft.
        #[arg(long, requires = "json")]
        compact: bool,
        /// Taal van het rapport.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Lang,
        /// Regelset (TOML of JSON) die waarden invult of vervangt, zoals maxima uit een beschikking.
        #[arg(long, value_name = "BESTAND")]
        regels: Option<String>,
        /// Ook wat is getoetst: elke regel die van toepassing is, per artikel, met uitkomst en velden
        /// (met --json: het lid `getoetst` en bij elke bevinding met een herstel het lid `herstel`;
        /// gelijk aan `toetsUitlegJson` van de uitleg-module, niet aan `toetsJson`).
        #[arg(long)]
        uitleg: bool,
    },
    /// Overzicht voor de beoordelaar: toets alle aanvragen (mappen met *.json, *.ndjson-bestanden,
    /// of - voor NDJSON op standaardinvoer) en zet hun sommen af tegen de plafonds voor alle
    /// gebieden samen. Exit 0 alles in orde, 1 een plafond overschreden of een som onvolledig
    /// (bedragen niet gelezen), twee aanvragen voor één
    /// focusgebied, een aanvraag die niet voldoet of iets onleesbaars, 2 niets te lezen.
    Overzicht {
        /// Mappen (elk *.json en *.ndjson erin, op naam, niet recursief; de rest wordt genoemd als
        /// overgeslagen), NDJSON-bestanden (één aanvraag per regel), of -.
        #[arg(required = true, value_name = "PAD")]
        paden: Vec<String>,
        /// Als één JSON-object.
        #[arg(long, conflicts_with_all = ["ndjson", "csv"])]
        json: bool,
        /// Als NDJSON: één regel per aanvraag, dan één samenvatting.
        #[arg(long, conflicts_with = "csv")]
        ndjson: bool,
        /// Als CSV (RFC 4180), één rij per aanvraag.
        #[arg(long)]
        csv: bool,
        /// Schrijf ook een HTML-pagina (op zichzelf staand, zonder netwerk) naar BESTAND.
        #[arg(long, value_name = "BESTAND")]
        html: Option<String>,
        /// Taal van de tabel en de pagina.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Lang,
        /// Regelset (TOML of JSON) die waarden invult of vervangt.
        #[arg(long, value_name = "BESTAND")]
        regels: Option<String>,
    },
    /// Herstel een aanvraag: alle bewezen herstellingen toegepast, de herstelde aanvraag als JSON op standaarduitvoer, wat er veranderde op standaardfout. Exit als bij toets: 0 voldoet, 1 fouten over, 3 alleen ontbrekende gegevens over (onvolledig), 2 onleesbaar of --regels onbruikbaar.
    Herstel {
        /// Het aanvraagbestand, of - voor standaardinvoer.
        bestand: String,
        /// Taal van wat er op standaardfout komt.
        #[arg(long, value_enum, default_value = "nl")]
        lang: Lang,
        /// Regelset (TOML of JSON) die waarden invult of vervangt, zoals maxima uit een beschikking.
        #[arg(long, value_name = "BESTAND")]
        regels: Option<String>,
    },
    /// Toon de 20 stedelijke focusgebieden.
    Gebieden {
        /// Als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Ligt een plek in een focusgebied? QUERY is een naam, gemeentecode of CBS-buurtcode.
    Gebied {
        /// Naam, gemeentecode (GM0014) of CBS-buurtcode (BU05183620).
        query: String,
        /// Als JSON.
        #[arg(long)]
        json: bool,
        /// Taal van het antwoord (zonder --json).
        #[arg(long, value_enum, default_value = "nl")]
        lang: Lang,
    },
    /// Toon elke regel met bron en zekerheid, en een telling per zekerheid.
    Regels {
        /// Alleen deze regeling (2023-2025 of 2026-2028).
        #[arg(long)]
        regeling: Option<String>,
        /// Als JSON.
        #[arg(long)]
        json: bool,
        /// Regelset die waarden invult of vervangt.
        #[arg(long, value_name = "BESTAND")]
        regels: Option<String>,
        /// Alleen deze regel (id uit rules/), met de gevallen in tests/cases die haar toetsen.
        #[arg(long, value_name = "ID")]
        regel: Option<String>,
    },
}

/// One table case (`tests/cases/*.json`): its file, its name and the rules it tests.
struct Geval {
    bestand: &'static str,
    naam: &'static str,
    regels: &'static [&'static str],
}

/// The table cases, listed by `build.rs` when it compiled the crate.
const GEVALLEN: &[Geval] = include!(concat!(env!("OUT_DIR"), "/gevallen.rs"));

fn lees_bytes(bestand: &str) -> Result<Vec<u8>, String> {
    if bestand == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("standaardinvoer / standard input: {e}"))?;
        Ok(b)
    } else {
        std::fs::read(bestand).map_err(|e| format!("{bestand}: {e}"))
    }
}

fn lees_invoer(bestand: &str) -> Result<String, String> {
    String::from_utf8(lees_bytes(bestand)?).map_err(|e| format!("{bestand}: {e}"))
}

/// The compiled rule set, or that set filled from a TOML or JSON file.
fn regelset(bestand: Option<&str>) -> Result<Regelset, String> {
    let Some(bestand) = bestand else {
        return Ok(regels::standaard().clone());
    };
    let tekst = lees_invoer(bestand)?;
    // JSON by extension, or by its first character (for `-`); TOML otherwise.
    let is_json = bestand.ends_with(".json")
        || tekst
            .trim_start_matches('\u{FEFF}')
            .trim_start()
            .starts_with('{');
    if is_json {
        return regels::aanvulling_uit_json(&tekst, bestand).map_err(|e| e.to_string());
    }
    let waarde: toml::Value = toml::from_str(&tekst).map_err(|e| format!("{bestand}: {e}"))?;
    regels::aanvulling_uit_waarde(&als_json(waarde), bestand).map_err(|e| e.to_string())
}

/// TOML as the JSON value the same rule set has in JSON: a date or time (`2025-09-30`, unquoted)
/// becomes its text, as a JSON rule set writes it.
fn als_json(w: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match w {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        // A float's shortest text, as a number (arbitrary_precision keeps it); never arithmetic.
        toml::Value::Float(f) => getal_of_tekst(&f.to_string()),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(als_json).collect()),
        toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, als_json(v))).collect()),
    }
}

/// A JSON number from its text, or the text as a string (`inf`, `nan`).
fn getal_of_tekst(t: &str) -> serde_json::Value {
    match kansrijke_wijk::json::lees(t) {
        Ok(w @ serde_json::Value::Number(_)) => w,
        _ => serde_json::Value::String(t.to_string()),
    }
}

fn json<T: serde::Serialize>(w: &T) -> String {
    serde_json::to_string_pretty(w).unwrap_or_else(|e| format!("{{\"fout\": \"{e}\"}}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.opdracht {
        Opdracht::Toets {
            bestand,
            json: als_json,
            compact,
            lang,
            regels,
            uitleg,
        } => toets(bestand, als_json, compact, lang, regels, uitleg),
        Opdracht::Overzicht {
            paden,
            json,
            ndjson,
            csv,
            html,
            lang,
            regels,
        } => {
            let vorm = match (json, ndjson, csv) {
                (true, _, _) => Vorm::Json,
                (_, true, _) => Vorm::Ndjson,
                (_, _, true) => Vorm::Csv,
                _ => Vorm::Tekst,
            };
            overzicht_aanvragen(&paden, vorm, html, lang, regels)
        }
        Opdracht::Herstel {
            bestand,
            lang,
            regels,
        } => herstel(bestand, lang, regels),
        Opdracht::Gebieden { json: als_json } => gebieden_lijst(als_json),
        Opdracht::Gebied {
            query,
            json: als_json,
            lang,
        } => gebied(query, als_json, lang),
        Opdracht::Regels {
            regeling,
            json: als_json,
            regels,
            regel,
        } => regels_lijst(regeling, als_json, regels, regel),
    }
}

/// `toets`: check an aanvraag and print the report or the beoordeling.
fn toets(
    bestand: String,
    als_json: bool,
    compact: bool,
    lang: Lang,
    regels: Option<String>,
    uitleg: bool,
) -> ExitCode {
    let taal = taal_van(lang);
    let (set, waarde) = match lees_aanvraag(&bestand, regels.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            if als_json {
                if let Some(e) = e {
                    let b = kansrijke_wijk::niet_json(&e);
                    if uitleg {
                        // The same shape as every --uitleg answer: no repairs, an empty trace.
                        let u = kansrijke_wijk::uitleg::Uitgelegd {
                            beoordeling: b,
                            herstel: Vec::new(),
                            getoetst: Vec::new(),
                        };
                        uit!("{}", if compact { u.json() } else { u.json_mooi() });
                    } else {
                        uit!("{}", if compact { b.json() } else { b.json_mooi() });
                    }
                }
            }
            return ExitCode::from(2);
        }
    };
    let b = kansrijke_wijk::toets_met(&set, &waarde);
    let stappen = (uitleg && !als_json).then(|| getoetst::getoetst(&set, &waarde, &b));
    match (als_json, uitleg) {
        (true, true) => {
            // The beoordeling with each finding's proven herstel and the trace (the uitleg
            // module's `toetsUitlegJson` gives the same bytes).
            let u = kansrijke_wijk::uitleg::uitleg_van(&set, &waarde, b.clone());
            uit!("{}", if compact { u.json() } else { u.json_mooi() });
        }
        (true, false) if compact => uit!("{}", b.json()),
        (true, false) => uit!("{}", b.json_mooi()),
        (false, _) => {
            // The readable report shows the proven repair under each finding (not the JSON,
            // which stays byte-identical with the wasm's).
            let herstel = herstel::voorstellen(&set, &waarde, &b).per_bevinding;
            let mut r = herstel::rapport(&b, &herstel, taal);
            if let Some(stappen) = &stappen {
                r.push_str(&getoetst::uitleg(stappen, taal));
            }
            let _ = write!(std::io::stdout().lock(), "{r}");
        }
    }
    ExitCode::from(match b.uitkomst {
        Uitkomst::Voldoet => 0,
        Uitkomst::VoldoetNiet => 1,
        Uitkomst::Onvolledig => 3,
    })
}

fn taal_van(lang: Lang) -> Taal {
    match lang {
        Lang::Nl => Taal::Nl,
        Lang::En => Taal::En,
    }
}

/// The rule set and the aanvraag of `toets` and `herstel`. On failure the reason is on stderr;
/// the error is the JSON error when the input was not JSON.
fn lees_aanvraag(
    bestand: &str,
    regels: Option<&str>,
) -> Result<(Regelset, serde_json::Value), Option<kansrijke_wijk::JsonFout>> {
    let set = match regelset(regels) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kansrijke-wijk: regelset onbruikbaar / rule set unusable: {e}");
            return Err(None);
        }
    };
    let tekst = match lees_bytes(bestand) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("kansrijke-wijk: kan niet lezen / cannot read {e}");
            return Err(None);
        }
    };
    match kansrijke_wijk::lees_json_bytes(&tekst) {
        Ok(w) => Ok((set, w)),
        Err(e) => {
            eprintln!(
                "kansrijke-wijk: {bestand} is geen JSON (regel {}, kolom {}) / is not JSON (line {}, column {}): {}",
                e.regel, e.kolom, e.regel, e.kolom, e.melding
            );
            Err(Some(e))
        }
    }
}

/// A value in a message about a change: JSON, cut at 60 characters.
fn waarde_tekst(w: Option<&serde_json::Value>) -> String {
    let t = w.map_or("(geen)".to_string(), |w| w.to_string());
    if t.chars().count() > 60 {
        format!("{}…", t.chars().take(59).collect::<String>())
    } else {
        t
    }
}

/// What the applicant typed is quoted in messages: keep terminal control codes off stderr, as the
/// report keeps them out of stdout.
fn zonder_stuurtekens(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// `herstel`: apply every proven repair, print the repaired aanvraag, say what changed.
fn herstel(bestand: String, lang: Lang, regels: Option<String>) -> ExitCode {
    let nl = lang == Lang::Nl;
    let Ok((set, waarde)) = lees_aanvraag(&bestand, regels.as_deref()) else {
        return ExitCode::from(2);
    };
    let h = herstel::herstel_alles(&set, &waarde);
    uit!("{}", json(&h.aanvraag));
    // Written whole at the end, without control codes.
    use std::fmt::Write as _;
    let mut fout = String::new();
    let _ = writeln!(
        fout,
        "{}",
        match (h.wijzigingen.len(), nl) {
            (0, true) => "Niets hersteld.".to_string(),
            (0, false) => "Nothing repaired.".to_string(),
            (n, true) => format!("Hersteld ({n}):"),
            (n, false) => format!("Repaired ({n}):"),
        }
    );
    for w in &h.wijzigingen {
        let tekst = if nl { &w.herstel.nl } else { &w.herstel.en };
        let _ = writeln!(
            fout,
            "  {}: {} → {}  [{}] {tekst}",
            w.pad,
            waarde_tekst(w.oud.as_ref()),
            waarde_tekst(Some(&w.nieuw)),
            w.code
        );
    }
    let over: Vec<_> = h
        .beoordeling
        .bevindingen
        .iter()
        .zip(&h.over)
        .filter(|(f, _)| f.ernst != kansrijke_wijk::Ernst::Info)
        .collect();
    if !over.is_empty() {
        let _ = writeln!(
            fout,
            "{}",
            if nl {
                "Over, zonder herstel (een persoon moet kiezen):"
            } else {
                "Left, without a repair (a person must choose):"
            }
        );
    }
    for (f, herstel) in over {
        let melding = if nl { &f.melding.nl } else { &f.melding.en };
        let pad = if f.pad.is_empty() { "/" } else { &f.pad };
        let ernst = match (f.ernst, nl) {
            (kansrijke_wijk::Ernst::Fout, true) => "fout",
            (kansrijke_wijk::Ernst::Fout, false) => "error",
            (kansrijke_wijk::Ernst::Ontbreekt, true) => "ontbreekt",
            (kansrijke_wijk::Ernst::Ontbreekt, false) => "missing",
            (kansrijke_wijk::Ernst::Waarschuwing, true) => "waarschuwing",
            (kansrijke_wijk::Ernst::Waarschuwing, false) => "warning",
            (kansrijke_wijk::Ernst::Info, _) => "info",
        };
        let _ = writeln!(fout, "  {pad}  [{} {ernst}] {melding}", f.code);
        if let Some(h) = herstel {
            let kop = match (h.heeft_patch(), nl) {
                (true, true) => "Herstel (nog niet toegepast):",
                (true, false) => "Fix (not applied yet):",
                (false, true) => "Te beslissen:",
                (false, false) => "To decide:",
            };
            let _ = writeln!(fout, "      {kop} {}", if nl { &h.nl } else { &h.en });
        }
    }
    if h.niet_toegepast > 0 {
        let n = h.niet_toegepast;
        let _ = writeln!(
            fout,
            "{}",
            if nl {
                format!("Nog {n} herstellingen niet toegepast (hooguit {} per keer); herstel de uitvoer nog eens.", herstel::MAX_BEWIJZEN)
            } else {
                format!("{n} more repairs not applied (at most {} at a time); run herstel on the output again.", herstel::MAX_BEWIJZEN)
            }
        );
    }
    let _ = write!(std::io::stderr().lock(), "{}", zonder_stuurtekens(&fout));
    // As `toets`: 0 voldoet, 1 voldoet niet (fouten left), 3 onvolledig (only ontbreekt left).
    ExitCode::from(match h.beoordeling.uitkomst {
        Uitkomst::Voldoet => 0,
        Uitkomst::VoldoetNiet => 1,
        Uitkomst::Onvolledig => 3,
    })
}

/// The output form of `overzicht`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Vorm {
    Tekst,
    Json,
    Ndjson,
    Csv,
}

/// `overzicht`: check every aanvraag found and print the overview.
fn overzicht_aanvragen(
    paden: &[String],
    vorm: Vorm,
    html: Option<String>,
    lang: Lang,
    regels: Option<String>,
) -> ExitCode {
    use kansrijke_wijk::overzicht_aanvragen as oa;
    use std::io::IsTerminal;
    let taal = match lang {
        Lang::Nl => Taal::Nl,
        Lang::En => Taal::En,
    };
    let set = match regelset(regels.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kansrijke-wijk: regelset onbruikbaar / rule set unusable: {e}");
            return ExitCode::from(2);
        }
    };
    let stukken = oa::stukken(paden, &mut std::io::stdin().lock());
    let terminal = std::io::stderr().is_terminal();
    let woord = if taal == Taal::Nl {
        "aanvragen"
    } else {
        "applications"
    };
    let mut voortgang = |i: usize, n: usize| {
        if terminal {
            eprint!("\r{i}/{n} {woord}");
            if i == n {
                eprint!("\r\x1b[K");
            }
        }
    };
    let o = oa::overzicht(&set, stukken, &mut voortgang);
    if let Some(pad) = html {
        if let Err(e) = std::fs::write(&pad, oa::html::html(&o, taal)) {
            eprintln!("kansrijke-wijk: kan niet schrijven / cannot write {pad}: {e}");
            return ExitCode::from(2);
        }
    }
    let mut uit = std::io::stdout().lock();
    let _ = match vorm {
        Vorm::Tekst => write!(uit, "{}", oa::tekst::tekst(&o, taal)),
        Vorm::Json => writeln!(uit, "{}", json(&o)),
        Vorm::Csv => write!(uit, "{}", oa::csv::csv(&o, taal)),
        Vorm::Ndjson => {
            let mut r = Ok(());
            for a in &o.aanvragen {
                let mut w = serde_json::to_value(a).unwrap_or_default();
                w["soort"] = "aanvraag".into();
                r = r.and(writeln!(
                    uit,
                    "{}",
                    serde_json::to_string(&w).unwrap_or_default()
                ));
            }
            let samenvatting = serde_json::json!({
                "soort": "samenvatting",
                "totalen": o.totalen,
                "plafonds": o.plafonds,
                "bevindingen": o.bevindingen,
                "onleesbaar": o.onleesbaar,
                "overgeslagen": o.overgeslagen,
            });
            r.and(writeln!(
                uit,
                "{}",
                serde_json::to_string(&samenvatting).unwrap_or_default()
            ))
        }
    };
    if o.aanvragen.is_empty() {
        eprintln!("kansrijke-wijk: geen aanvraag te lezen / no application could be read");
    }
    ExitCode::from(o.exitcode())
}

/// `gebieden`: list the focus areas.
fn gebieden_lijst(als_json: bool) -> ExitCode {
    let lijst = overzicht::gebieden(regels::standaard());
    if als_json {
        uit!("{}", json(&lijst));
    } else {
        for g in lijst {
            uit!(
                "{:<28} {:<28} {:<14} {}",
                g.id,
                g.naam,
                g.gemeente,
                g.gemeentecode
            );
        }
    }
    ExitCode::SUCCESS
}

/// `gebied`: whether a place lies in a focus area.
fn gebied(query: String, als_json: bool, lang: Lang) -> ExitCode {
    let p = gebieden::plaats(regels::standaard(), &query);
    if als_json {
        uit!("{}", json(&p));
    } else if lang == Lang::En {
        use kansrijke_wijk::regels::{Ligging, Zekerheid};
        let ligging = match p.ligging {
            Some(Ligging::Binnen) => "inside",
            Some(Ligging::Buiten) => "outside",
            Some(Ligging::Onzeker) => "uncertain",
            None => "unknown",
        };
        let zekerheid = match p.zekerheid {
            Zekerheid::Geverifieerd => "verified",
            Zekerheid::Afgeleid => "inferred",
            Zekerheid::Onbekend => "unknown",
        };
        uit!("{}: {ligging} ({zekerheid})", p.vraag);
        uit!("{}", p.toelichting.en);
        uit!("Data: {}", p.gegevens);
        if !p.suggesties.is_empty() {
            uit!("Did you mean: {}?", p.suggesties.join(", "));
        }
    } else {
        let ligging = p
            .ligging
            .map(|l| format!("{l:?}").to_lowercase())
            .unwrap_or_else(|| "onbekend".into());
        uit!("{}: {ligging} ({})", p.vraag, p.zekerheid.als_tekst());
        uit!("{}", p.toelichting.nl);
        uit!("Gegevens: {}", p.gegevens);
        if !p.suggesties.is_empty() {
            uit!("Bedoelt u: {}?", p.suggesties.join(", "));
        }
    }
    if p.ligging.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `regels`: every rule (or one, with its cases) with source and certainty.
fn regels_lijst(
    regeling: Option<String>,
    als_json: bool,
    regels: Option<String>,
    regel: Option<String>,
) -> ExitCode {
    let regel = match regel.as_deref().map(|id| (id, RegelId::van_tekst(id))) {
        None => None,
        Some((_, Some(r))) => Some(r),
        Some((id, None)) => {
            let bekend: Vec<&str> = RegelId::ALLE.iter().map(|r| r.tekst()).collect();
            eprintln!(
                "kansrijke-wijk: onbekende regel / unknown rule {id}; kies / choose {}",
                bekend.join(", ")
            );
            return ExitCode::from(2);
        }
    };
    let set = match regelset(regels.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kansrijke-wijk: regelset onbruikbaar / rule set unusable: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(id) = regeling.as_deref().filter(|id| set.regeling(id).is_none()) {
        let bekend: Vec<&str> = set.regelingen.iter().map(|r| r.id.as_ref()).collect();
        eprintln!(
            "kansrijke-wijk: onbekende regeling / unknown regulation {id}; kies / choose {}",
            bekend.join(", ")
        );
        return ExitCode::from(2);
    }
    let o = overzicht::regels(&set, regeling.as_deref());
    if let (true, Some(g)) = (als_json, regel) {
        uit!("{}", json(&een_regel(&o, g)));
        return ExitCode::SUCCESS;
    }
    if als_json {
        uit!("{}", json(&o));
        return ExitCode::SUCCESS;
    }
    for r in &o.regelingen {
        let eigen = |x: &&overzicht::RegelRegel| regel.is_none_or(|g| x.id == g.tekst());
        // With --regel, a regulation that has no such rule is left out, not shown empty.
        if regel.is_some() && !r.regels.iter().any(|x| eigen(&x)) {
            continue;
        }
        uit!("{} ({}), {}", r.citeertitel, r.id, r.vindplaats);
        for x in r.regels.iter().filter(eigen) {
            let waarde = match (&x.waarde, x.zekerheid) {
                (Some(w), _) => format!(" = {w}"),
                (None, kansrijke_wijk::regels::Zekerheid::Onbekend) => " = (onbekend)".into(),
                (None, _) => String::new(),
            };
            // A source without an article (a news release, an FAQ) gets none, not "art. ?".
            let artikel = x
                .artikel
                .as_deref()
                .map(|a| format!(", art. {a}"))
                .unwrap_or_default();
            let themas = if x.themas.is_empty() {
                String::new()
            } else {
                format!(" [{}]", x.themas.join(", "))
            };
            uit!(
                "  {:<12} {:<10} {}{}{}",
                x.zekerheid.als_tekst(),
                x.soort,
                x.id,
                themas,
                waarde
            );
            uit!(
                "  {:<12} {:<10} {} — {}{}",
                "",
                "",
                x.omschrijving.nl,
                x.vindplaats,
                artikel
            );
        }
        if regel.is_none() {
            uit!("  telling: {}\n", telling(&r.telling));
        } else {
            uit!("");
        }
    }
    if let Some(g) = regel {
        uit!("Gevallen / cases:");
        for c in GEVALLEN.iter().filter(|c| c.regels.contains(&g.tekst())) {
            uit!("  {} — {}", c.bestand, c.naam);
        }
        return ExitCode::SUCCESS;
    }
    uit!("Totaal: {}", telling(&o.telling));
    ExitCode::SUCCESS
}

/// `regels --regel ID --json`: that rule in each regulation that has it, and the table cases
/// that test it.
fn een_regel(o: &overzicht::Overzicht, g: RegelId) -> serde_json::Value {
    let regelingen: Vec<serde_json::Value> = o
        .regelingen
        .iter()
        .filter_map(|r| {
            let eigen: Vec<&overzicht::RegelRegel> =
                r.regels.iter().filter(|x| x.id == g.tekst()).collect();
            (!eigen.is_empty()).then(
                || serde_json::json!({ "id": r.id, "citeertitel": r.citeertitel, "regels": eigen }),
            )
        })
        .collect();
    let gevallen: Vec<serde_json::Value> = GEVALLEN
        .iter()
        .filter(|c| c.regels.contains(&g.tekst()))
        .map(|c| serde_json::json!({ "bestand": c.bestand, "naam": c.naam }))
        .collect();
    serde_json::json!({ "regel": g.tekst(), "regelingen": regelingen, "gevallen": gevallen })
}

fn telling(t: &overzicht::Telling) -> String {
    t.iter()
        .map(|(z, n)| format!("{n} {}", z.als_tekst()))
        .collect::<Vec<_>>()
        .join(", ")
}
