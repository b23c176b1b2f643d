//! The answers of `gebied` / `zoekGebied` for a CBS buurt or wijk code and for buurt and wijk
//! names: binnen / buiten / onzeker with the buurten and candidates behind it, and its basis.

use crate::regels::gebieden::{gemeente_van, Plaatsbepaling};
use crate::regels::ligging::{self, Oordeel, Plek, Treffer};
use crate::regels::{Deel, Focusgebied, Ligging, Regelset, Tekst, Zekerheid};
use serde::Serialize;

/// Of every gemeentecode CBS used in the indeling 2023, the highest: GM1992 (Voorne aan Zee, new
/// in 2023; afgeleid from the CBS list the data of `rules/cbs-buurten-2023/` came from). A higher
/// code names no gemeente, so a code in it is onbekend, not buiten.
pub const HOOGSTE_GEMEENTECODE: u16 = 1992;

/// One buurt of a wijk or of a name that stands for several buurten, and where it lies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BuurtLigging {
    /// CBS buurtcode.
    pub code: String,
    /// CBS name.
    pub naam: String,
    /// binnen / buiten / onzeker.
    pub ligging: Ligging,
    /// The area concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focusgebied: Option<String>,
}

/// One of the places a name may mean, when it is found in more than one gemeente.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kandidaat {
    /// `wijk` or `buurt`.
    pub soort: &'static str,
    /// CBS code.
    pub code: String,
    /// CBS name.
    pub naam: String,
    /// CBS gemeentecode.
    pub gemeentecode: String,
    /// The gemeente's name.
    pub gemeente: String,
    /// binnen / buiten / onzeker.
    pub ligging: Ligging,
    /// The area concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focusgebied: Option<String>,
}

fn leeg(vraag: &str, soort: &'static str, gegevens: String) -> Plaatsbepaling {
    Plaatsbepaling {
        vraag: vraag.to_string(),
        soort,
        ligging: None,
        focusgebied: None,
        gemeentecode: None,
        zekerheid: Zekerheid::Onbekend,
        toelichting: Tekst::default(),
        gegevens,
        suggesties: Vec::new(),
        naam: None,
        buurten: Vec::new(),
        kandidaten: Vec::new(),
    }
}

fn tekst(nl: String, en: String) -> Tekst {
    Tekst {
        nl: nl.into(),
        en: en.into(),
    }
}

/// The areas of gemeente `gm`, their names joined by `en`.
fn gebieden<'a>(set: &'a Regelset, gm: &str) -> Vec<&'a Focusgebied> {
    set.gebieden
        .focusgebied
        .iter()
        .filter(|f| f.gemeente == gm)
        .collect()
}

fn namen(l: &[&Focusgebied], en: &str) -> String {
    let n: Vec<&str> = l.iter().map(|f| f.naam.as_ref()).collect();
    n.join(en)
}

/// A CBS buurt or wijk code (upper case, well formed): its place, or onbekend when no such buurt
/// or wijk exists; in a gemeente without an area, buiten.
pub fn code(set: &Regelset, vraag: &str, code: &str, is_buurt: bool) -> Plaatsbepaling {
    let soort = if is_buurt { "buurtcode" } else { "wijkcode" };
    let gm = format!("GM{}", &code[2..6]);
    if ligging::gemeente(set, &gm).is_none() {
        return andere_gemeente(set, vraag, soort, code, &gm);
    }
    if is_buurt {
        if let Some(plek) = ligging::buurt(set, code) {
            return buurt(set, vraag, soort, &plek);
        }
    } else if let Some((g, w)) = ligging::wijk(set, code) {
        let plekken = Treffer::Wijk(g, w).buurten();
        let titel = format!("Wijk {} ({code})", ligging::wijknaam(&w.naam));
        let mut p = groep(set, vraag, soort, &titel, &plekken);
        p.naam = Some(w.naam.to_string());
        return p;
    }
    let g = gemeente_van(set, &gm).map_or(gm.as_str(), |g| &g.naam);
    let mut p = leeg(vraag, soort, ligging::basis(set, None));
    p.gemeentecode = Some(gm.clone());
    p.toelichting = tekst(
        format!("{code} staat niet in de CBS-indeling 2023 van {g}: deze code bestaat niet (of is van een ander jaar)."),
        format!("{code} is not in the CBS indeling 2023 of {g}: no such code exists (or it is of another year)."),
    );
    p
}

/// A code or gemeentecode of a gemeente without a focus area: buiten if the gemeente exists.
pub fn andere_gemeente(
    set: &Regelset,
    vraag: &str,
    soort: &'static str,
    code: &str,
    gm: &str,
) -> Plaatsbepaling {
    let lijst = &set.gebieden.lijst;
    let mut p = leeg(
        vraag,
        soort,
        format!("{} ({})", lijst.vindplaats, lijst.omschrijving),
    );
    let nummer: u16 = gm[2..].parse().unwrap_or(0);
    if nummer == 0 || nummer > HOOGSTE_GEMEENTECODE {
        p.toelichting = tekst(
            format!("{code} is geen bestaande CBS-code: gemeentecode {gm} is nooit uitgegeven."),
            format!("{code} is not an existing CBS code: gemeente code {gm} was never issued."),
        );
        return p;
    }
    p.gemeentecode = Some(gm.to_string());
    p.ligging = Some(Ligging::Buiten);
    // The list of 20 areas is geverifieerd, but whether this code exists is not checked.
    p.zekerheid = Zekerheid::Afgeleid;
    let noot = "of de code bestaat is niet nagegaan: de checker kent alleen de buurten van de 19 gemeenten met een focusgebied";
    let note = "whether the code exists is not checked: the checker holds only the buurten of the 19 gemeenten with a focus area";
    p.toelichting = if code == gm {
        tekst(
            format!("In gemeente {gm} ligt geen van de 20 stedelijke focusgebieden ({noot})."),
            format!("None of the 20 urban focus areas lies in gemeente {gm} ({note})."),
        )
    } else {
        tekst(
            format!("{code} ligt in gemeente {gm}, waarin geen van de 20 stedelijke focusgebieden ligt ({noot})."),
            format!("{code} lies in gemeente {gm}, in which none of the 20 urban focus areas lies ({note})."),
        )
    };
    p
}

/// One buurt: where it lies, why, and what that rests on.
pub fn buurt(set: &Regelset, vraag: &str, soort: &'static str, plek: &Plek<'_>) -> Plaatsbepaling {
    let o = ligging::beoordeel(set, plek);
    let code = plek.code();
    let wat = format!(
        "{code} ({}, wijk {})",
        plek.buurt.naam,
        ligging::wijknaam(&plek.wijk.naam)
    );
    let mut p = leeg(vraag, soort, ligging::basis(set, o.focusgebied));
    p.naam = Some(plek.buurt.naam.to_string());
    p.gemeentecode = Some(plek.gemeente.code.to_string());
    p.focusgebied = o.focusgebied.map(|f| f.id.to_string());
    p.ligging = Some(o.ligging);
    p.zekerheid = Zekerheid::Afgeleid;
    p.toelichting = waarom(set, &wat, &o, &plek.gemeente.code);
    p
}

/// Why a buurt lies where `o` says, in both languages.
fn waarom(set: &Regelset, wat: &str, o: &Oordeel<'_>, gm: &str) -> Tekst {
    let f = o.focusgebied.map_or("", |f| f.naam.as_ref());
    let rij = o.lid.map(ligging::rij).unwrap_or_default();
    match (o.ligging, o.lid.map(|l| l.deel)) {
        (Ligging::Binnen, _) => tekst(
            format!("{wat} ligt binnen {f}: de buurtenlijst van het gebied rekent de buurt er geheel toe ({rij}; afgeleid)."),
            format!("{wat} lies inside {f}: the area's list of buurten counts all of it in ({rij}; inferred)."),
        ),
        (Ligging::Onzeker, Some(Deel::Gedeeltelijk)) => tekst(
            format!("{wat} ligt mogelijk binnen {f}: volgens de buurtenlijst hoort maar een deel van de wijk bij het gebied ({rij})."),
            format!("{wat} may lie inside {f}: by the area's list of buurten only part of the wijk belongs to the area ({rij})."),
        ),
        (Ligging::Onzeker, Some(_)) => tekst(
            format!("{wat} ligt mogelijk binnen {f}: de buurt is een twijfelachtige kandidaat in de buurtenlijst van het gebied ({rij})."),
            format!("{wat} may lie inside {f}: the buurt is a doubtful candidate in the area's list of buurten ({rij})."),
        ),
        (Ligging::Onzeker, None) => tekst(
            format!("{wat} ligt mogelijk binnen {f}: de buurtenlijst van het gebied is niet volledig en noemt deze buurt niet."),
            format!("{wat} may lie inside {f}: the area's list of buurten is not complete and does not name this buurt."),
        ),
        (Ligging::Buiten, _) => {
            let l = gebieden(set, gm);
            tekst(
                format!("{wat} ligt buiten {}: de buurtenlijst van het gebied is volledig en noemt deze buurt niet (afgeleid).", namen(&l, " en ")),
                format!("{wat} lies outside {}: the area's list of buurten is complete and does not name this buurt (inferred).", namen(&l, " and ")),
            )
        }
    }
}

/// Several buurten of one gemeente (a wijk, or a name that stands for several): binnen when all
/// are, buiten when none is, else onzeker, listing which lies where.
pub fn groep(
    set: &Regelset,
    vraag: &str,
    soort: &'static str,
    titel: &str,
    plekken: &[Plek<'_>],
) -> Plaatsbepaling {
    let oordelen: Vec<Oordeel> = plekken.iter().map(|b| ligging::beoordeel(set, b)).collect();
    let l = ligging::samen(oordelen.iter().map(|o| o.ligging));
    let gm = plekken
        .first()
        .map(|b| b.gemeente.code.to_string())
        .unwrap_or_default();
    let alle = gebieden(set, &gm);
    let f = oordelen
        .iter()
        .find(|o| o.ligging != Ligging::Buiten)
        .and_then(|o| o.focusgebied)
        .or(if let [f] = alle.as_slice() {
            Some(*f)
        } else {
            None
        });
    let mut p = leeg(vraag, soort, ligging::basis(set, f));
    p.gemeentecode = Some(gm);
    p.focusgebied = f.map(|f| f.id.to_string());
    p.ligging = Some(l);
    p.zekerheid = Zekerheid::Afgeleid;
    p.buurten = plekken
        .iter()
        .zip(&oordelen)
        .map(|(b, o)| BuurtLigging {
            code: b.code(),
            naam: b.buurt.naam.to_string(),
            ligging: o.ligging,
            focusgebied: o.focusgebied.map(|f| f.id.to_string()),
        })
        .collect();
    let fnaam = f.map_or("", |f| f.naam.as_ref());
    let n = plekken.len();
    let lijst = |wat: Ligging| {
        let l: Vec<&str> = p
            .buurten
            .iter()
            .filter(|b| b.ligging == wat)
            .map(|b| b.naam.as_str())
            .collect();
        l.join(", ")
    };
    p.toelichting = match l {
        Ligging::Binnen => tekst(
            if n == 1 {
                format!("{titel} ligt binnen {fnaam}: de enige buurt ligt erin (afgeleid).")
            } else {
                format!("{titel} ligt binnen {fnaam}: alle {n} buurten liggen erin (afgeleid).")
            },
            if n == 1 {
                format!("{titel} lies inside {fnaam}: its only buurt does (inferred).")
            } else {
                format!("{titel} lies inside {fnaam}: all its {n} buurten do (inferred).")
            },
        ),
        Ligging::Buiten => tekst(
            format!(
                "{titel} ligt buiten {}: geen van de {n} buurten ligt erin (afgeleid).",
                namen(&alle, " en ")
            ),
            format!(
                "{titel} lies outside {}: none of its {n} buurten does (inferred).",
                namen(&alle, " and ")
            ),
        ),
        Ligging::Onzeker => {
            let (a, b, c) = (
                lijst(Ligging::Binnen),
                lijst(Ligging::Onzeker),
                lijst(Ligging::Buiten),
            );
            tekst(
                format!("{titel} ligt niet zeker binnen {fnaam}: binnen: {}; onzeker: {}; buiten: {}.", of_geen(&a, "geen"), of_geen(&b, "geen"), of_geen(&c, "geen")),
                format!("{titel} does not lie wholly inside {fnaam}: inside: {}; uncertain: {}; outside: {}.", of_geen(&a, "none"), of_geen(&b, "none"), of_geen(&c, "none")),
            )
        }
    };
    p
}

fn of_geen<'a>(s: &'a str, geen: &'a str) -> &'a str {
    if s.is_empty() {
        geen
    } else {
        s
    }
}

/// A buurt or wijk name: one place (or several of one gemeente) answers as that place; a name
/// found in several gemeenten lists each candidate, and lies where all of them lie.
pub fn naam(set: &Regelset, vraag: &str, treffers: &[Treffer<'_>]) -> Plaatsbepaling {
    let gm = treffers[0].gemeente().code.clone();
    if treffers.iter().all(|t| t.gemeente().code == gm) {
        return match treffers {
            [Treffer::Buurt(plek)] => buurt(set, vraag, "buurt", plek),
            [Treffer::Wijk(g, w)] => {
                let titel = format!(
                    "Wijk {} ({})",
                    ligging::wijknaam(&w.naam),
                    ligging::wijkcode(g, w)
                );
                let mut p = groep(set, vraag, "wijk", &titel, &Treffer::Wijk(g, w).buurten());
                p.naam = Some(w.naam.to_string());
                p
            }
            _ => {
                let plekken: Vec<Plek> = treffers.iter().flat_map(Treffer::buurten).collect();
                groep(set, vraag, "buurten", &format!("\"{vraag}\""), &plekken)
            }
        };
    }
    let kandidaten: Vec<Kandidaat> = treffers.iter().map(|t| kandidaat(set, t)).collect();
    let mut p = leeg(vraag, "naam", ligging::basis(set, None));
    p.ligging = Some(ligging::samen(kandidaten.iter().map(|k| k.ligging)));
    p.zekerheid = Zekerheid::Afgeleid;
    let mut gemeenten: Vec<&str> = kandidaten.iter().map(|k| k.gemeente.as_str()).collect();
    gemeenten.dedup();
    let g = gemeenten.join(", ");
    p.toelichting = tekst(
        format!("\"{vraag}\" is een wijk- of buurtnaam in meer dan één gemeente ({g}); de kandidaten staan hieronder. Geef de gemeente op om te kiezen."),
        format!("\"{vraag}\" is a wijk or buurt name in more than one gemeente ({g}); the candidates are listed. Give the gemeente to choose."),
    );
    p.kandidaten = kandidaten;
    p
}

fn kandidaat(set: &Regelset, t: &Treffer<'_>) -> Kandidaat {
    let plekken = t.buurten();
    let oordelen: Vec<Oordeel> = plekken.iter().map(|b| ligging::beoordeel(set, b)).collect();
    let g = t.gemeente();
    let (soort, code, naam) = match t {
        Treffer::Wijk(g, w) => ("wijk", ligging::wijkcode(g, w), w.naam.to_string()),
        Treffer::Buurt(p) => ("buurt", p.code(), p.buurt.naam.to_string()),
    };
    Kandidaat {
        soort,
        code,
        naam,
        gemeentecode: g.code.to_string(),
        gemeente: gemeente_van(set, &g.code).map_or(String::new(), |m| m.naam.to_string()),
        ligging: ligging::samen(oordelen.iter().map(|o| o.ligging)),
        focusgebied: oordelen
            .iter()
            .find_map(|o| o.focusgebied.filter(|_| o.ligging != Ligging::Buiten))
            .map(|f| f.id.to_string()),
    }
}

/// A buurt as a form's picker lists it: code, name, wijk and where it lies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BuurtKeuze {
    /// CBS buurtcode.
    pub code: String,
    /// CBS name.
    pub naam: String,
    /// CBS wijkcode.
    pub wijkcode: String,
    /// The wijk's name, without CBS's numbering.
    pub wijk: String,
    /// binnen / buiten / onzeker (afgeleid).
    pub ligging: Ligging,
    /// The area concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focusgebied: Option<String>,
}

/// Every buurt of `gemeente` (a name or code), in CBS order; empty when it is not one of the 19.
pub fn buurtenlijst(set: &Regelset, gemeente: &str) -> Vec<BuurtKeuze> {
    let Some(g) = crate::regels::gebieden::vind_gemeente(set, gemeente) else {
        return Vec::new();
    };
    ligging::buurten(set, &g.code)
        .iter()
        .map(|p| {
            let o = ligging::beoordeel(set, p);
            BuurtKeuze {
                code: p.code(),
                naam: p.buurt.naam.to_string(),
                wijkcode: p.wijkcode(),
                wijk: ligging::wijknaam(&p.wijk.naam).to_string(),
                ligging: o.ligging,
                focusgebied: o.focusgebied.map(|f| f.id.to_string()),
            }
        })
        .collect()
}
