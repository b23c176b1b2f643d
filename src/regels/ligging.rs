//! Where a CBS buurt, a wijk or a buurt or wijk name lies relative to the focus areas, on the CBS
//! list (indeling 2023) and each area's buurten: binnen, buiten or onzeker, always afgeleid.

use crate::regels::naam::sleutel;
use crate::regels::{
    Deel, Focusgebied, IndelingGemeente, Koppeling, Ligging, Regelset, LID, NUMMER,
};

/// One CBS buurt with its wijk and gemeente, and its focus-area row if it has one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plek<'a> {
    /// The gemeente's CBS code (`GM0014`).
    pub gemeente: &'a str,
    /// The wijk: the two characters after the gemeente in its code.
    pub wijk: &'a str,
    /// The wijk's CBS name.
    pub wijknaam: &'a str,
    /// The last two digits of the buurtcode.
    pub nummer: u32,
    /// The buurt's CBS name.
    pub naam: &'a str,
    /// Its focus-area row: the area's position among the gemeente's areas, deel, koppeling.
    pub lid: Option<(usize, Deel, Koppeling)>,
}

impl Plek<'_> {
    /// The CBS buurtcode (`BU00140900`).
    pub fn code(&self) -> String {
        format!("BU{}{}{:02}", &self.gemeente[2..], self.wijk, self.nummer)
    }

    /// The CBS wijkcode (`WK001409`).
    pub fn wijkcode(&self) -> String {
        format!("WK{}{}", &self.gemeente[2..], self.wijk)
    }
}

/// The gemeente's part of the CBS list, by code (`GM0014`).
pub fn gemeente<'a>(set: &'a Regelset, code: &str) -> Option<&'a IndelingGemeente> {
    set.gebieden
        .indeling
        .gemeente
        .iter()
        .find(|g| g.code == code)
}

/// Every buurt of a gemeente, in CBS order, read from its table (see [`IndelingGemeente::tabel`]).
pub fn plekken(g: &IndelingGemeente) -> Vec<Plek<'_>> {
    const DELEN: [Deel; 3] = [Deel::Geheel, Deel::Gedeeltelijk, Deel::Onzeker];
    const KOPPELINGEN: [Koppeling; 3] = [Koppeling::Hoog, Koppeling::Middel, Koppeling::Laag];
    let mut uit = Vec::new();
    let (mut wijk, mut wijknaam, mut volgende) = ("", "", 0);
    for regel in g.tabel.split('\n') {
        if let Some(w) = regel.strip_prefix('#') {
            (wijk, wijknaam, volgende) = (w.get(..2).unwrap_or(""), w.get(2..).unwrap_or(""), 0);
            continue;
        }
        let mut rest = regel;
        let mut lid = None;
        if let Some(c) = rest.chars().next().filter(|c| (LID..NUMMER).contains(c)) {
            let i = (c as u32 - LID as u32) as usize;
            lid = Some((i / 9, DELEN[i / 3 % 3], KOPPELINGEN[i % 3]));
            rest = &rest[c.len_utf8()..];
        }
        if let Some(n) = rest.strip_prefix(NUMMER) {
            volgende = n.get(..2).and_then(|d| d.parse().ok()).unwrap_or(0);
            rest = n.get(2..).unwrap_or("");
        }
        uit.push(Plek {
            gemeente: &g.code,
            wijk,
            wijknaam,
            nummer: volgende,
            naam: rest,
            lid,
        });
        volgende += 1;
    }
    uit
}

/// Every buurt of gemeente `gm` (empty for a gemeente without a focus area).
pub fn buurten<'a>(set: &'a Regelset, gm: &str) -> Vec<Plek<'a>> {
    gemeente(set, gm).map(plekken).unwrap_or_default()
}

/// The buurt with CBS code `code` (upper case), if the list holds it.
pub fn buurt<'a>(set: &'a Regelset, code: &str) -> Option<Plek<'a>> {
    let gm = format!("GM{}", code.get(2..6)?);
    buurten(set, &gm).into_iter().find(|p| p.code() == code)
}

/// The buurten of the wijk with CBS code `code` (upper case); empty when there is no such wijk.
pub fn wijk<'a>(set: &'a Regelset, code: &str) -> Vec<Plek<'a>> {
    let Some(gm) = code.get(2..6) else {
        return Vec::new();
    };
    let mut l = buurten(set, &format!("GM{gm}"));
    l.retain(|p| Some(p.wijk) == code.get(6..));
    l
}

/// The answer for one buurt and one area.
#[derive(Debug, Clone, Copy)]
pub struct Oordeel<'a> {
    /// binnen / buiten / onzeker.
    pub ligging: Ligging,
    /// The area concerned (`None`: the buurt's gemeente has no area).
    pub focusgebied: Option<&'a Focusgebied>,
    /// The area's row for the buurt (deel, koppeling), when it lists it.
    pub lid: Option<(Deel, Koppeling)>,
}

/// Where `plek` lies: of the areas of its gemeente, the one it lies in, else one it may lie in,
/// else outside all of them. `deel = geheel` is binnen; `gedeeltelijk` and `onzeker` are
/// onzeker; unlisted is buiten where the area's list is complete, onzeker where it is not.
pub fn beoordeel<'a>(set: &'a Regelset, plek: &Plek<'_>) -> Oordeel<'a> {
    beoordeel_voor(set, plek, None)
}

/// As [`beoordeel`], for one area only when `alleen` is given (the aanvraag's): a buurt of
/// another gemeente, or of the gemeente's other area, is buiten it.
pub fn beoordeel_voor<'a>(
    set: &'a Regelset,
    plek: &Plek<'_>,
    alleen: Option<&'a Focusgebied>,
) -> Oordeel<'a> {
    let mut beste = Oordeel {
        ligging: Ligging::Buiten,
        focusgebied: None,
        lid: None,
    };
    let rang = |l: Ligging| match l {
        Ligging::Binnen => 2,
        Ligging::Onzeker => 1,
        Ligging::Buiten => 0,
    };
    let gebieden = set.gebieden.focusgebied.iter();
    for (i, f) in gebieden.filter(|f| f.gemeente == plek.gemeente).enumerate() {
        if alleen.is_some_and(|a| a.id != f.id) {
            continue;
        }
        let lid = plek.lid.filter(|l| l.0 == i).map(|(_, d, k)| (d, k));
        let ligging = match lid.map(|l| l.0) {
            Some(Deel::Geheel) => Ligging::Binnen,
            Some(_) => Ligging::Onzeker,
            None if f.lijst_volledig => Ligging::Buiten,
            None => Ligging::Onzeker,
        };
        if beste.focusgebied.is_none() || rang(ligging) > rang(beste.ligging) {
            beste = Oordeel {
                ligging,
                focusgebied: Some(f),
                lid,
            };
        }
    }
    beste
}

/// Binnen when all are binnen, buiten when all are buiten, else onzeker.
pub fn samen(liggingen: impl IntoIterator<Item = Ligging>) -> Ligging {
    let (mut binnen, mut buiten, mut n) = (0, 0, 0);
    for l in liggingen {
        n += 1;
        binnen += usize::from(l == Ligging::Binnen);
        buiten += usize::from(l == Ligging::Buiten);
    }
    match n {
        _ if n > 0 && binnen == n => Ligging::Binnen,
        _ if n > 0 && buiten == n => Ligging::Buiten,
        _ => Ligging::Onzeker,
    }
}

/// A wijk or buurt found by name: its buurten (a buurt: itself), all of one wijk.
#[derive(Debug, Clone, PartialEq)]
pub struct Treffer<'a> {
    /// Whether the name is the wijk's (else one buurt's).
    pub is_wijk: bool,
    /// Its buurten.
    pub buurten: Vec<Plek<'a>>,
}

impl Treffer<'_> {
    /// The gemeente's CBS code.
    pub fn gemeente(&self) -> &str {
        self.buurten.first().map_or("", |p| p.gemeente)
    }
}

/// A wijk's name without CBS's numbering: "Wijk 36 Moerwijk" is Moerwijk to the people there.
pub fn wijknaam(naam: &str) -> &str {
    let Some(rest) = naam.strip_prefix("Wijk ") else {
        return naam;
    };
    let cijfers = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[cijfers..].strip_prefix(' ') {
        Some(eigen) if cijfers > 0 && !eigen.is_empty() => eigen,
        _ => naam,
    }
}

/// The wijken and buurten called `naam` (ignoring case, accents and punctuation, and a wijk's
/// CBS numbering), in gemeente `gm` when given. Exact names first; only when there are none, the
/// names that begin with `naam` as whole words ("Paddepoel" is Paddepoel-Noord and
/// Paddepoel-Zuid); only when there are none of those, the names that hold it as whole words.
/// A buurt whose wijk is also found is left out: the wijk holds it.
pub fn zoek_naam<'a>(set: &'a Regelset, naam: &str, gm: Option<&str>) -> Vec<Treffer<'a>> {
    let k = sleutel(naam);
    if k.is_empty() {
        return Vec::new();
    }
    let mut per_rang: [Vec<Treffer>; 3] = Default::default();
    for g in set.gebieden.indeling.gemeente.iter() {
        if gm.is_some_and(|c| c != g.code) {
            continue;
        }
        let alle = plekken(g);
        let mut wijk: Option<&str> = None;
        for p in &alle {
            if wijk != Some(p.wijk) {
                wijk = Some(p.wijk);
                if let Some(r) = past(wijknaam(p.wijknaam), &k) {
                    let buurten = alle.iter().filter(|b| b.wijk == p.wijk).copied().collect();
                    per_rang[usize::from(r)].push(Treffer {
                        is_wijk: true,
                        buurten,
                    });
                }
            }
            if let Some(r) = past(p.naam, &k) {
                per_rang[usize::from(r)].push(Treffer {
                    is_wijk: false,
                    buurten: vec![*p],
                });
            }
        }
    }
    let mut lijst = per_rang
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    // A buurt whose wijk is found too is left out: the wijk holds it.
    let wijken: Vec<Plek> = lijst
        .iter()
        .filter(|t| t.is_wijk)
        .flat_map(|t| t.buurten.iter().copied())
        .collect();
    lijst.retain(|t| t.is_wijk || !wijken.contains(&t.buurten[0]));
    lijst
}

/// How well `naam` matches the key `k`: 0 the whole name, 1 its first words, 2 whole words
/// further on ("Heerlen-Centrum" for "Centrum"), `None` not at all.
fn past(naam: &str, k: &str) -> Option<u8> {
    if sleutel(naam) == k {
        return Some(0);
    }
    let grens = |c: char| c == ' ' || c == '-' || c == '/';
    let mut begin = vec![0];
    let mut eind = Vec::new();
    for (i, c) in naam.char_indices().filter(|(_, c)| grens(*c)) {
        eind.push(i);
        begin.push(i + c.len_utf8());
    }
    eind.push(naam.len());
    let mut beste = None;
    for (n, &i) in begin.iter().enumerate() {
        for &j in eind.iter().filter(|&&j| j > i) {
            if (i, j) != (0, naam.len()) && sleutel(&naam[i..j]) == k {
                let rang = if n == 0 { 1 } else { 2 };
                beste = Some(beste.map_or(rang, |b: u8| b.min(rang)));
            }
        }
    }
    beste
}

/// How a listed buurt's row reads: `deel geheel, koppeling hoog`.
pub fn rij((deel, koppeling): (Deel, Koppeling)) -> String {
    let deel = ["geheel", "gedeeltelijk", "onzeker"][deel as usize];
    let koppeling = ["hoog", "middel", "laag"][koppeling as usize];
    format!("deel {deel}, koppeling {koppeling}")
}

/// What an answer about a buurt of `f` rests on: "CBS-indeling 2023 (…); gebiedsbeschrijving …;
/// afgeleid". The row's own toelichting is in the file named.
pub fn basis(set: &Regelset, f: Option<&Focusgebied>) -> String {
    let cbs = &set.gebieden.indeling.bron;
    match f {
        Some(f) => format!(
            "{cbs}; gebiedsbeschrijving {} (rules/focusgebieden/{}.toml, buurtenlijst {}); afgeleid",
            f.naam,
            f.id,
            if f.lijst_volledig {
                "volledig"
            } else {
                "niet volledig"
            }
        ),
        None => format!("{cbs}; afgeleid"),
    }
}

/// The buurt meant by `tekst` (a CBS buurtcode, or a buurt name of gemeente `gm`), for a place in
/// an aanvraag. `Err` with the candidates (empty: none) when it names no single buurt: never a
/// guess.
pub fn buurt_in<'a>(set: &'a Regelset, tekst: &str, gm: &str) -> Result<Plek<'a>, Vec<String>> {
    let code: String = tekst
        .split_whitespace()
        .collect::<String>()
        .to_ascii_uppercase();
    if code.len() == 10 && code.starts_with("BU") {
        return buurt(set, &code).ok_or_else(Vec::new);
    }
    let treffers: Vec<Plek> = zoek_naam(set, tekst, Some(gm))
        .into_iter()
        .flat_map(|t| t.buurten)
        .collect();
    match treffers.as_slice() {
        [p] => Ok(*p),
        _ => Err(treffers
            .iter()
            .map(|p| format!("{} ({})", p.naam, p.code()))
            .collect()),
    }
}
