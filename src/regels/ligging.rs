//! Where a CBS buurt, a wijk or a buurt or wijk name lies relative to the focus areas, on the CBS
//! list (indeling 2023) and each area's buurten: binnen, buiten or onzeker, always afgeleid.

use crate::regels::naam::sleutel;
use crate::regels::{
    Buurt, Deel, Focusgebied, IndelingGemeente, Koppeling, Lid, Ligging, Regelset, Wijk,
};

/// One CBS buurt with its wijk and gemeente.
#[derive(Debug, Clone, Copy)]
pub struct Plek<'a> {
    /// Its gemeente in the CBS list.
    pub gemeente: &'a IndelingGemeente,
    /// Its wijk.
    pub wijk: &'a Wijk,
    /// The buurt.
    pub buurt: &'a Buurt,
}

impl Plek<'_> {
    /// The CBS buurtcode (`BU00140900`).
    pub fn code(&self) -> String {
        format!("BU{}{:02}", &self.wijkcode()[2..], self.buurt.nummer)
    }

    /// The CBS wijkcode (`WK001409`).
    pub fn wijkcode(&self) -> String {
        wijkcode(self.gemeente, self.wijk)
    }
}

/// The CBS wijkcode of `wijk` in `gemeente`.
pub fn wijkcode(gemeente: &IndelingGemeente, wijk: &Wijk) -> String {
    format!(
        "WK{}{}",
        gemeente.code.get(2..).unwrap_or_default(),
        wijk.code
    )
}

/// The gemeente's part of the CBS list, by code (`GM0014`).
pub fn gemeente<'a>(set: &'a Regelset, code: &str) -> Option<&'a IndelingGemeente> {
    set.gebieden
        .indeling
        .gemeente
        .iter()
        .find(|g| g.code == code)
}

/// Every buurt of a gemeente, in CBS order (empty for a gemeente without a focus area).
pub fn buurten<'a>(set: &'a Regelset, gm: &str) -> Vec<Plek<'a>> {
    let Some(g) = gemeente(set, gm) else {
        return Vec::new();
    };
    let mut uit = Vec::new();
    for wijk in g.wijk.iter() {
        for buurt in wijk.buurt.iter() {
            uit.push(Plek {
                gemeente: g,
                wijk,
                buurt,
            });
        }
    }
    uit
}

/// The buurt with CBS code `code` (upper case), if the list holds it.
pub fn buurt<'a>(set: &'a Regelset, code: &str) -> Option<Plek<'a>> {
    let (gm, wijk, nummer) = (code.get(2..6)?, code.get(6..8)?, code.get(8..)?);
    let g = gemeente(set, &format!("GM{gm}"))?;
    let w = g.wijk.iter().find(|w| w.code == wijk)?;
    let n: u16 = nummer.parse().ok().filter(|_| nummer.len() == 2)?;
    let b = w.buurt.iter().find(|b| b.nummer == n)?;
    Some(Plek {
        gemeente: g,
        wijk: w,
        buurt: b,
    })
}

/// The wijk with CBS code `code` (upper case), if the list holds it.
pub fn wijk<'a>(set: &'a Regelset, code: &str) -> Option<(&'a IndelingGemeente, &'a Wijk)> {
    let g = gemeente(set, &format!("GM{}", code.get(2..6)?))?;
    let w = g.wijk.iter().find(|w| Some(&*w.code) == code.get(6..))?;
    Some((g, w))
}

/// The answer for one buurt and one area.
#[derive(Debug, Clone, Copy)]
pub struct Oordeel<'a> {
    /// binnen / buiten / onzeker.
    pub ligging: Ligging,
    /// The area concerned (`None`: the buurt's gemeente has no area).
    pub focusgebied: Option<&'a Focusgebied>,
    /// The area's row for the buurt, when it lists it.
    pub lid: Option<&'a Lid>,
}

/// Where `plek` lies: of the areas of its gemeente, the one it lies in, else one it may lie in,
/// else outside all of them. `deel = geheel` is binnen; `gedeeltelijk` and `onzeker` are
/// onzeker; unlisted is buiten where the area's list is complete, onzeker where it is not.
pub fn beoordeel<'a>(set: &'a Regelset, plek: &Plek<'_>) -> Oordeel<'a> {
    let code = plek.code();
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
    for f in set.gebieden.focusgebied.iter() {
        if f.gemeente != plek.gemeente.code {
            continue;
        }
        let lid = f.leden.iter().find(|l| l.buurt == code);
        let ligging = match lid.map(|l| l.deel) {
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

/// A wijk or buurt found by name.
#[derive(Debug, Clone, Copy)]
pub enum Treffer<'a> {
    /// A wijk, with its gemeente.
    Wijk(&'a IndelingGemeente, &'a Wijk),
    /// A buurt.
    Buurt(Plek<'a>),
}

impl<'a> Treffer<'a> {
    /// The gemeente it lies in.
    pub fn gemeente(&self) -> &'a IndelingGemeente {
        match self {
            Treffer::Wijk(g, _) => g,
            Treffer::Buurt(p) => p.gemeente,
        }
    }

    /// Its buurten (a buurt: itself).
    pub fn buurten(&self) -> Vec<Plek<'a>> {
        match *self {
            Treffer::Wijk(gemeente, wijk) => wijk
                .buurt
                .iter()
                .map(|buurt| Plek {
                    gemeente,
                    wijk,
                    buurt,
                })
                .collect(),
            Treffer::Buurt(p) => vec![p],
        }
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
        for w in g.wijk.iter() {
            if let Some(r) = past(wijknaam(&w.naam), &k) {
                per_rang[usize::from(r)].push(Treffer::Wijk(g, w));
            }
            for b in w.buurt.iter() {
                let t = Treffer::Buurt(Plek {
                    gemeente: g,
                    wijk: w,
                    buurt: b,
                });
                if let Some(r) = past(&b.naam, &k) {
                    per_rang[usize::from(r)].push(t);
                }
            }
        }
    }
    let mut lijst = per_rang
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let wijken: Vec<*const Wijk> = lijst
        .iter()
        .filter_map(|t| match t {
            Treffer::Wijk(_, w) => Some(*w as *const Wijk),
            Treffer::Buurt(_) => None,
        })
        .collect();
    lijst.retain(|t| match t {
        Treffer::Buurt(p) => !wijken.contains(&(p.wijk as *const Wijk)),
        Treffer::Wijk(..) => true,
    });
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
pub fn rij(lid: &Lid) -> String {
    let deel = match lid.deel {
        Deel::Geheel => "geheel",
        Deel::Gedeeltelijk => "gedeeltelijk",
        Deel::Onzeker => "onzeker",
    };
    let koppeling = match lid.koppeling {
        Koppeling::Hoog => "hoog",
        Koppeling::Middel => "middel",
        Koppeling::Laag => "laag",
    };
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
