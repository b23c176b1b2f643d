//! The answers of `gebied` / `zoekGebied` for a CBS buurt or wijk code and for buurt and wijk
//! names: binnen / buiten / onzeker with the buurten and candidates behind it, and its basis.

use crate::base::tekst::Reeks;
use crate::regels::gebieden::{gemeente_van, Plaatsbepaling};
use crate::regels::ligging::{self, Oordeel, Plek, Treffer};
use crate::regels::{Deel, Focusgebied, Ligging, Regelset, Tekst, Zekerheid};
use serde::Serialize;
use std::fmt;

/// Of every gemeentecode CBS used in the indeling 2023, the highest: GM1992 (Voorne aan Zee, new
/// in 2023; afgeleid from the CBS list the data of `rules/cbs-buurten-2023/` came from). A higher
/// code names no gemeente, so a code in it is onbekend, not buiten.
pub const HOOGSTE_GEMEENTECODE: u16 = 1992;

/// A buurt or wijk and where it lies: a buurt of a wijk, a candidate of a name found in several
/// gemeenten (with `soort` and the gemeente), or a buurt as a picker lists it (with its wijk).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlekLigging {
    /// `wijk` or `buurt`, for a candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soort: Option<&'static str>,
    /// CBS code.
    pub code: String,
    /// CBS name.
    pub naam: String,
    /// The wijk's CBS code, in a picker's list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wijkcode: Option<String>,
    /// The wijk's name without CBS's numbering, in a picker's list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wijk: Option<String>,
    /// CBS gemeentecode, for a candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeentecode: Option<String>,
    /// The gemeente's name, for a candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    /// binnen / buiten / onzeker (afgeleid).
    pub ligging: Ligging,
    /// The area concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focusgebied: Option<String>,
}

fn plek_ligging(
    code: String,
    naam: &str,
    ligging: Ligging,
    f: Option<&Focusgebied>,
) -> PlekLigging {
    PlekLigging {
        soort: None,
        code,
        naam: naam.to_string(),
        wijkcode: None,
        wijk: None,
        gemeentecode: None,
        gemeente: None,
        ligging,
        focusgebied: f.map(|f| f.id.to_string()),
    }
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

/// The names of the areas of gemeente `gm` (only `alleen`'s when given), joined by `en`.
fn gebieden<'a>(
    set: &'a Regelset,
    gm: &'a str,
    alleen: Option<&'a Focusgebied>,
    en: &'static str,
) -> impl fmt::Display + 'a {
    let l = set.gebieden.focusgebied.iter();
    let l = l.filter(move |f| f.gemeente == gm && alleen.is_none_or(|a| a.id == f.id));
    Reeks(l.map(|f| f.naam.as_ref()), en)
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
    } else {
        let plekken = ligging::wijk(set, code);
        if !plekken.is_empty() {
            return wijk(set, vraag, soort, &plekken);
        }
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
    p.toelichting = tekst(
        format!("{code}: in gemeente {gm} ligt geen van de 20 stedelijke focusgebieden (of de code bestaat is niet nagegaan: de checker kent alleen de buurten van de 19 gemeenten met een focusgebied)."),
        format!("{code}: none of the 20 urban focus areas lies in gemeente {gm} (whether the code exists is not checked: the checker holds only the buurten of the 19 gemeenten with a focus area)."),
    );
    p
}

/// One buurt: where it lies, why, and what that rests on.
pub fn buurt(set: &Regelset, vraag: &str, soort: &'static str, plek: &Plek<'_>) -> Plaatsbepaling {
    let o = ligging::beoordeel(set, plek);
    let mut p = leeg(vraag, soort, ligging::basis(set, o.focusgebied));
    p.naam = Some(plek.naam.to_string());
    p.gemeentecode = Some(plek.gemeente.to_string());
    p.focusgebied = o.focusgebied.map(|f| f.id.to_string());
    p.ligging = Some(o.ligging);
    p.zekerheid = Zekerheid::Afgeleid;
    let wat = format!(
        "{} ({}, wijk {})",
        plek.code(),
        plek.naam,
        ligging::wijknaam(plek.wijknaam)
    );
    let rij = o.lid.map(ligging::rij).unwrap_or_default();
    // Why, per answer: (ligt, lies, reason in Dutch, reason in English).
    let (nl, en, reden, reason) = match (o.ligging, o.lid.map(|l| l.0)) {
        (Ligging::Binnen, _) => (
            "ligt binnen",
            "lies inside",
            "de buurtenlijst van het gebied rekent de buurt er geheel toe",
            "the area's list of buurten counts all of it in",
        ),
        (Ligging::Onzeker, Some(Deel::Gedeeltelijk)) => (
            "ligt mogelijk binnen",
            "may lie inside",
            "volgens de buurtenlijst van het gebied hoort maar een deel van de wijk erbij",
            "by the area's list of buurten only part of the wijk belongs to it",
        ),
        (Ligging::Onzeker, Some(_)) => (
            "ligt mogelijk binnen",
            "may lie inside",
            "de buurt is een twijfelachtige kandidaat in de buurtenlijst van het gebied",
            "the buurt is a doubtful candidate in the area's list of buurten",
        ),
        (Ligging::Onzeker, None) => (
            "ligt mogelijk binnen",
            "may lie inside",
            "de buurtenlijst van het gebied is niet volledig en noemt deze buurt niet",
            "the area's list of buurten is not complete and does not name it",
        ),
        (Ligging::Buiten, _) => (
            "ligt buiten",
            "lies outside",
            "de buurtenlijst van het gebied is volledig en noemt deze buurt niet",
            "the area's list of buurten is complete and does not name it",
        ),
    };
    let alleen = o.focusgebied.filter(|_| o.ligging != Ligging::Buiten);
    let (f_nl, f_en) = (
        gebieden(set, plek.gemeente, alleen, " en "),
        gebieden(set, plek.gemeente, alleen, " and "),
    );
    let rij = if rij.is_empty() {
        rij
    } else {
        format!(" ({rij})")
    };
    p.toelichting = tekst(
        format!("{wat} {nl} {f_nl}: {reden}{rij}; afgeleid."),
        format!("{wat} {en} {f_en}: {reason}{rij}; inferred."),
    );
    p
}

/// A wijk: its buurten, the wijk's name and code.
fn wijk(set: &Regelset, vraag: &str, soort: &'static str, plekken: &[Plek<'_>]) -> Plaatsbepaling {
    let b = &plekken[0];
    let titel = format!("Wijk {} ({})", ligging::wijknaam(b.wijknaam), b.wijkcode());
    let mut p = groep(set, vraag, soort, &titel, plekken);
    p.naam = Some(b.wijknaam.to_string());
    p
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
    let gm = plekken.first().map_or("", |b| b.gemeente);
    let f = oordelen
        .iter()
        .find(|o| o.ligging != Ligging::Buiten)
        .or(oordelen.first())
        .and_then(|o| o.focusgebied);
    let mut p = leeg(vraag, soort, ligging::basis(set, f));
    p.gemeentecode = Some(gm.to_string());
    p.focusgebied = f.map(|f| f.id.to_string());
    p.ligging = Some(l);
    p.zekerheid = Zekerheid::Afgeleid;
    p.buurten = plekken
        .iter()
        .zip(&oordelen)
        .map(|(b, o)| plek_ligging(b.code(), b.naam, o.ligging, o.focusgebied))
        .collect();
    let tel = |wat: Ligging| oordelen.iter().filter(|o| o.ligging == wat).count();
    let (a, b, c) = (
        tel(Ligging::Binnen),
        tel(Ligging::Onzeker),
        tel(Ligging::Buiten),
    );
    // The areas named: the one a buurt may lie in, else (all outside) every area of the gemeente.
    let alleen = f.filter(|_| l != Ligging::Buiten);
    p.toelichting = tekst(
        format!(
            "{titel}: van de {} buurten liggen er {a} binnen {}, {b} mogelijk en {c} erbuiten (afgeleid; zie de buurten).",
            plekken.len(),
            gebieden(set, gm, alleen, " en "),
        ),
        format!(
            "{titel}: of its {} buurten {a} lie inside {}, {b} may and {c} lie outside (inferred; see the buurten).",
            plekken.len(),
            gebieden(set, gm, alleen, " and "),
        ),
    );
    p
}

/// A buurt or wijk name: one place (or several of one gemeente) answers as that place; a name
/// found in several gemeenten lists each candidate, and lies where all of them lie.
pub fn naam(set: &Regelset, vraag: &str, treffers: &[Treffer<'_>]) -> Plaatsbepaling {
    let gm = treffers[0].gemeente();
    if treffers.iter().all(|t| t.gemeente() == gm) {
        return match treffers {
            [t] if t.is_wijk => wijk(set, vraag, "wijk", &t.buurten),
            [t] => buurt(set, vraag, "buurt", &t.buurten[0]),
            _ => {
                let plekken: Vec<Plek> = treffers
                    .iter()
                    .flat_map(|t| t.buurten.iter().copied())
                    .collect();
                groep(set, vraag, "buurten", &format!("\"{vraag}\""), &plekken)
            }
        };
    }
    let kandidaten: Vec<PlekLigging> = treffers.iter().map(|t| kandidaat(set, t)).collect();
    let mut p = leeg(vraag, "naam", ligging::basis(set, None));
    p.ligging = Some(ligging::samen(kandidaten.iter().map(|k| k.ligging)));
    p.zekerheid = Zekerheid::Afgeleid;
    let mut gemeenten: Vec<&str> = kandidaten
        .iter()
        .filter_map(|k| k.gemeente.as_deref())
        .collect();
    gemeenten.dedup();
    let g = Reeks(gemeenten.iter().copied(), ", ");
    p.toelichting = tekst(
        format!("\"{vraag}\" is een wijk- of buurtnaam in meer dan één gemeente ({g}); de kandidaten staan hieronder. Geef de gemeente op om te kiezen."),
        format!("\"{vraag}\" is a wijk or buurt name in more than one gemeente ({g}); the candidates are listed. Give the gemeente to choose."),
    );
    p.kandidaten = kandidaten;
    p
}

fn kandidaat(set: &Regelset, t: &Treffer<'_>) -> PlekLigging {
    let oordelen: Vec<Oordeel> = t
        .buurten
        .iter()
        .map(|b| ligging::beoordeel(set, b))
        .collect();
    let b = &t.buurten[0];
    let (soort, code, naam) = match t.is_wijk {
        true => ("wijk", b.wijkcode(), b.wijknaam),
        false => ("buurt", b.code(), b.naam),
    };
    let f = oordelen
        .iter()
        .find_map(|o| o.focusgebied.filter(|_| o.ligging != Ligging::Buiten));
    let mut k = plek_ligging(
        code,
        naam,
        ligging::samen(oordelen.iter().map(|o| o.ligging)),
        f,
    );
    k.soort = Some(soort);
    k.gemeentecode = Some(b.gemeente.to_string());
    k.gemeente = gemeente_van(set, b.gemeente).map(|m| m.naam.to_string());
    k
}

/// Every buurt of `gemeente` (a name or code), in CBS order, with its wijk and where it lies:
/// what a form's picker lists. Empty when it is not one of the 19.
pub fn buurtenlijst(set: &Regelset, gemeente: &str) -> Vec<PlekLigging> {
    let Some(g) = crate::regels::gebieden::vind_gemeente(set, gemeente) else {
        return Vec::new();
    };
    ligging::buurten(set, &g.code)
        .iter()
        .map(|p| {
            let o = ligging::beoordeel(set, p);
            let mut k = plek_ligging(p.code(), p.naam, o.ligging, o.focusgebied);
            k.wijkcode = Some(p.wijkcode());
            k.wijk = Some(ligging::wijknaam(p.wijknaam).to_string());
            k
        })
        .collect()
}
