//! Consistency checks on a rule set, and filling it from a run-time [`Aanvulling`].
//!
//! `build.rs` runs the full check (feature `bouw`), so a malformed rule file fails the build with
//! the file and the problem named; the checks of what a run-time rule set can change guard it.

use crate::id::{RegelId, WaardeSoort};
use crate::model::*;
use crate::tekst::Reeks;
use crate::volgorde::{groepen, volgorde};
use rust_decimal::Decimal;
use std::fmt;

/// One problem in a rule set: where it is and what is wrong. Serialises as `{ waar, wat }`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Probleem {
    /// Rule file (or other place) the problem is in.
    pub waar: String,
    /// What is wrong, in English (for developers).
    pub wat: String,
}

impl fmt::Display for Probleem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.waar, self.wat)
    }
}

/// The type of a rule id's value, or `None` for an unknown id.
pub fn soort_van(id: &str) -> Option<WaardeSoort> {
    RegelId::van_tekst(id).map(RegelId::soort)
}

/// An ISO date (`YYYY-MM-DD`) from a JSON value.
pub fn als_datum(w: &serde_json::Value) -> Option<time::Date> {
    let tekst = w.as_str()?;
    lees_datum(tekst)
}

/// Parse an ISO 8601 calendar date `YYYY-MM-DD`; `None` if it is not a real date.
pub fn lees_datum(tekst: &str) -> Option<time::Date> {
    if tekst.len() != 10 {
        return None;
    }
    // Year, month and day in one pass: a `-` at 4 and 7 moves on to the next, digits elsewhere.
    let mut delen = [0u16; 3];
    let mut i = 0;
    for (k, c) in tekst.bytes().enumerate() {
        match (k, c) {
            (4 | 7, b'-') => i += 1,
            (4 | 7, _) => return None,
            (_, b'0'..=b'9') => delen[i] = delen[i] * 10 + u16::from(c - b'0'),
            _ => return None,
        }
    }
    let [jaar, maand, dag] = delen;
    let maand = time::Month::try_from(maand as u8).ok()?;
    time::Date::from_calendar_date(i32::from(jaar), maand, dag as u8).ok()
}

/// A whole number (year, count) from a JSON value.
pub fn als_geheel(w: &serde_json::Value) -> Option<i64> {
    w.as_i64()
}

/// A list of whole years from a JSON value.
pub fn als_jaren(w: &serde_json::Value) -> Option<Vec<i32>> {
    w.as_array()?
        .iter()
        .map(|j| j.as_i64().and_then(|j| i32::try_from(j).ok()))
        .collect()
}

/// An age band `(van, tot_en_met)` from a JSON value.
pub fn als_leeftijden(w: &serde_json::Value) -> Option<(i64, i64)> {
    Some((w.get("van")?.as_i64()?, w.get("tot_en_met")?.as_i64()?))
}

/// A decimal (share or amount) written as a string.
pub fn als_decimaal(w: &serde_json::Value) -> Option<Decimal> {
    Decimal::from_str_exact(w.as_str()?).ok()
}

/// Euros from a decimal string with at most two decimals, not negative.
pub fn lees_bedrag(tekst: &str) -> Option<Decimal> {
    // Exact, like the amounts of an aanvraag: a text with more digits than a Decimal holds is
    // refused, not rounded (and one parser instead of two in the wasm).
    let d = Decimal::from_str_exact(tekst).ok()?;
    // Every decimal written counts, zeros too, as in an aanvraag: "500.000" in an award letter is
    // more likely 500,000 written the Dutch way than 500, so it is refused, not read as 500.00.
    (d.scale() <= 2 && !d.is_sign_negative()).then_some(d)
}

fn klopt(soort: WaardeSoort, w: &serde_json::Value) -> Result<(), String> {
    let goed = match soort {
        WaardeSoort::Geen => return Err("this rule takes no waarde".into()),
        WaardeSoort::Jaren => als_jaren(w)
            .map(|j| !j.is_empty() && j.windows(2).all(|p| p[0] < p[1]))
            .unwrap_or(false),
        WaardeSoort::Datum => als_datum(w).is_some(),
        WaardeSoort::Jaar => als_geheel(w).is_some_and(|j| (2000..=2100).contains(&j)),
        WaardeSoort::AantalJaren => als_geheel(w).is_some_and(|j| (0..=10).contains(&j)),
        WaardeSoort::Aandeel => {
            als_decimaal(w).is_some_and(|d| d >= Decimal::ZERO && d <= Decimal::ONE)
        }
        WaardeSoort::Leeftijden => {
            als_leeftijden(w).is_some_and(|(van, tot)| (0..=120).contains(&van) && van <= tot)
        }
        WaardeSoort::Bedrag => w.as_str().and_then(lees_bedrag).is_some(),
    };
    if goed {
        Ok(())
    } else {
        Err(format!(
            "waarde {} is not {}",
            compact(w),
            soort.omschrijving()
        ))
    }
}

fn plek(bestand: &Option<Str>, standaard: &str) -> String {
    bestand.as_deref().unwrap_or(standaard).to_string()
}

/// The full check of a rule set, with the checks only the build needs (feature `bouw`).
#[cfg(feature = "bouw")]
mod bouw;
#[cfg(feature = "bouw")]
pub use bouw::controleer;

/// The checks of what an [`Aanvulling`] can change (sources, and the values, sources and
/// certainties of rules, ceilings and maxima), for a set that was consistent before it was filled:
/// the other checks cannot fail on such a set, and they are left to the build (feature `bouw`),
/// so the wasm does not carry them. `naam`: the run-time rule set the set was filled from, if any
/// (to name it in a problem it caused). Returns every problem found (empty = fine).
pub fn controleer_waarden(set: &Regelset, naam: Option<&str>) -> Vec<Probleem> {
    let mut p = Vec::new();
    bronnen(set, &mut p);
    for r in set.regelingen.iter() {
        let map = format!("rules/{}/", r.id);
        geldstromen(set, r, &map, &mut p);
        regels(set, r, &map, &mut p);
        periode(r, &map, naam, &mut p);
        maxima(set, r, &map, &mut p);
    }
    p
}

/// Every source has a vindplaats and an https url.
fn bronnen(set: &Regelset, p: &mut Vec<Probleem>) {
    for (sleutel, b) in set.bronnen.iter() {
        if b.vindplaats.trim().is_empty() || !b.url.starts_with("https://") {
            fout(
                p,
                "rules/bronnen.toml".into(),
                format!("source {sleutel} needs a vindplaats and an https url"),
            );
        }
    }
}

/// The funding streams of a regulation: a known source, a plafond that fits its zekerheid.
fn geldstromen(set: &Regelset, r: &Regeling, map: &str, p: &mut Vec<Probleem>) {
    for s in r.geldstroom.iter() {
        let waar = plek(&s.bestand, map);
        if !set.bronnen.contains_key(&s.bron) {
            fout(
                p,
                waar.clone(),
                format!("geldstroom {} cites unknown bron {}", s.id, s.bron),
            );
        }
        match (&s.plafond, s.zekerheid) {
            (None, Zekerheid::Onbekend) => {}
            (None, _) => fout(
                p,
                waar.clone(),
                format!(
                    "geldstroom {} has no plafond, so its zekerheid must be onbekend",
                    s.id
                ),
            ),
            (Some(_), Zekerheid::Onbekend) => fout(
                p,
                waar.clone(),
                format!("geldstroom {} has a plafond but zekerheid onbekend", s.id),
            ),
            (Some(b), _) if lees_bedrag(b).is_none() => fout(
                p,
                waar.clone(),
                format!(
                    "geldstroom {} plafond \"{b}\" is not an amount with at most two decimals, not negative",
                    s.id
                ),
            ),
            _ => {}
        }
    }
}

/// The rules of a regulation: a known source, a value of their kind (a rule id the engine does
/// not know is the build's to report).
fn regels(set: &Regelset, r: &Regeling, map: &str, p: &mut Vec<Probleem>) {
    for regel in r.regel.iter() {
        let waar = plek(&regel.bestand, map);
        if !set.bronnen.contains_key(&regel.bron) {
            fout(
                p,
                waar.clone(),
                format!("rule {} cites unknown bron {}", regel.id, regel.bron),
            );
        }
        let Some(soort) = soort_van(&regel.id) else {
            continue;
        };
        match (&regel.waarde, soort, regel.zekerheid) {
            (Some(w), _, Zekerheid::Onbekend) => fout(
                p,
                waar.clone(),
                format!(
                    "rule {} has waarde {w} but zekerheid onbekend: an onbekend value stays empty",
                    regel.id
                ),
            ),
            (Some(w), s, _) => {
                if let Err(e) = w
                    .waarde()
                    .ok_or("not JSON".to_string())
                    .and_then(|w| klopt(s, &w))
                {
                    fout(p, waar.clone(), format!("rule {}: {e}", regel.id));
                }
            }
            (None, WaardeSoort::Geen, _) | (None, _, Zekerheid::Onbekend) => {}
            (None, _, z) => fout(
                p,
                waar.clone(),
                format!(
                    "rule {} has no waarde, so its zekerheid must be onbekend, not {}",
                    regel.id,
                    z.als_tekst()
                ),
            ),
        }
    }
}

/// An application window that does not end before it opens.
fn periode(r: &Regeling, map: &str, naam: Option<&str>, p: &mut Vec<Probleem>) {
    if let (Some(van), Some(tot)) = (
        waarde_van(r, RegelId::AanvraagperiodeVan)
            .as_ref()
            .and_then(als_datum),
        waarde_van(r, RegelId::AanvraagperiodeTotEnMet)
            .as_ref()
            .and_then(als_datum),
    ) {
        if van > tot {
            // Named by the file that set one of the two dates: the run-time rule set when it
            // filled either (the opening date too), else the file of the closing date.
            let bestand = |id: RegelId| {
                r.regel
                    .iter()
                    .find(|x| x.id == id.tekst() && x.themas.is_empty())
                    .and_then(|x| x.bestand.clone())
            };
            let begin = bestand(RegelId::AanvraagperiodeVan);
            let waar = match naam {
                Some(n) if begin.as_deref() == Some(n) => begin,
                _ => bestand(RegelId::AanvraagperiodeTotEnMet),
            };
            fout(
                p,
                plek(&waar, map),
                "aanvraagperiode_van lies after aanvraagperiode_tot_en_met".into(),
            );
        }
    }
}

/// The maxima of a regulation: a known area, theme, year and source, a readable amount.
fn maxima(set: &Regelset, r: &Regeling, map: &str, p: &mut Vec<Probleem>) {
    let jaren = waarde_van(r, RegelId::Jaren)
        .as_ref()
        .and_then(als_jaren)
        .unwrap_or_default();
    // Sorted once, so that each maximum's year is a binary search: a run-time rule set can
    // give thousands of years and of maxima (issue 10: `contains` made that quadratic).
    let jaren: Vec<i32> = volgorde(jaren.len(), &|a, b| jaren[a].cmp(&jaren[b]))
        .into_iter()
        .map(|i| jaren[i])
        .collect();
    for m in r.maximum.iter() {
        let waar = plek(&m.bestand, map);
        if !set
            .gebieden
            .focusgebied
            .iter()
            .any(|f| f.id == m.focusgebied)
        {
            fout(
                p,
                waar.clone(),
                format!("maximum names unknown focusgebied {}", m.focusgebied),
            );
        }
        if !r.thema.iter().any(|t| t.id == m.thema) {
            fout(
                p,
                waar.clone(),
                format!("maximum names unknown thema {}", m.thema),
            );
        }
        if let Some(j) = m.jaar {
            if jaren.binary_search(&j).is_err() {
                fout(
                    p,
                    waar.clone(),
                    format!("maximum for year {j} lies outside the regeling's years"),
                );
            }
        }
        if lees_bedrag(&m.bedrag).is_none() {
            fout(
                p,
                waar.clone(),
                format!(
                    "maximum bedrag \"{}\" is not an amount with at most two decimals, not negative",
                    m.bedrag
                ),
            );
        }
        if m.zekerheid == Zekerheid::Onbekend {
            fout(
                p,
                waar.clone(),
                "a maximum with a bedrag cannot have zekerheid onbekend".into(),
            );
        }
        if !set.bronnen.contains_key(&m.bron) {
            fout(
                p,
                waar.clone(),
                format!("maximum cites unknown bron {}", m.bron),
            );
        }
    }
}

/// Record one problem.
fn fout(p: &mut Vec<Probleem>, waar: String, wat: String) {
    p.push(Probleem { waar, wat });
}

/// The value of the general (not theme-limited) rule `id`, if the regulation states one.
pub fn waarde_van(r: &Regeling, id: RegelId) -> Option<serde_json::Value> {
    let id = id.tekst();
    r.regel
        .iter()
        .find(|x| x.id == id && x.themas.is_empty())
        .and_then(|x| x.waarde.as_ref())
        .and_then(JsonTekst::waarde)
}

/// A copy of `set` filled with the values of `aanvulling`, with what it changed checked again
/// ([`controleer_waarden`]). `set` must be consistent (the full check of the build finds nothing,
/// as for the compiled rule set). On any problem, every problem.
pub fn vul_aan(
    set: &Regelset,
    aanvulling: &Aanvulling,
    naam: &str,
) -> Result<Regelset, Vec<Probleem>> {
    let mut nieuw = set.clone();
    let mut p = Vec::new();
    for (k, b) in aanvulling.bronnen.iter() {
        nieuw.bronnen.insert(k.clone(), b.clone());
    }
    for ra in aanvulling.regeling.iter() {
        let Some(r) = nieuw.regelingen.to_mut().iter_mut().find(|r| r.id == ra.id) else {
            p.push(Probleem {
                waar: naam.into(),
                wat: format!("unknown regeling {}", ra.id),
            });
            continue;
        };
        for a in ra.regel.iter() {
            match r
                .regel
                .to_mut()
                .iter_mut()
                .find(|x| x.id == a.id && x.themas.iter().eq(a.themas.iter()))
            {
                Some(x) => {
                    x.waarde = a.waarde.clone();
                    x.zekerheid = a.zekerheid;
                    x.bron = a.bron.clone().into();
                    if let Some(t) = &a.artikel {
                        x.artikel = Some(t.clone().into());
                    }
                    if let Some(t) = &a.toelichting {
                        x.toelichting = Some(t.clone().into());
                        x.toelichting_en = None; // the English one was of the old text
                    }
                    x.bestand = Some(naam.to_string().into());
                }
                None => p.push(Probleem {
                    waar: naam.into(),
                    wat: format!(
                        "regeling {} has no rule {} with themas [{}] to fill",
                        ra.id,
                        a.id,
                        Reeks(a.themas.iter().map(|t| t.as_ref()), ", ")
                    ),
                }),
            }
        }
        for a in ra.geldstroom.iter() {
            match r.geldstroom.to_mut().iter_mut().find(|s| s.id == a.id) {
                Some(s) => {
                    s.plafond = Some(a.plafond.clone().into());
                    s.zekerheid = a.zekerheid;
                    s.bron = a.bron.clone().into();
                    s.bestand = Some(naam.to_string().into());
                }
                None => p.push(Probleem {
                    waar: naam.into(),
                    wat: format!("regeling {} has no geldstroom {}", ra.id, a.id),
                }),
            }
        }
        for m in ra.maximum.iter() {
            let mut m = m.clone();
            m.bestand = Some(naam.to_string().into());
            r.maximum.to_mut().push(m);
        }
    }
    vervang_maxima(&mut nieuw, set);
    p.extend(controleer_waarden(&nieuw, Some(naam)));
    if p.is_empty() {
        Ok(nieuw)
    } else {
        Err(p)
    }
}

/// A new maximum replaces any with the same area, theme and year (a later one of the rule set
/// an earlier one), and goes at the end: the new ones were appended above; now one pass over
/// the groups of equal keys (n log n) keeps the last of each group, and the old ones whose
/// group has no new one. Not a `retain` per new maximum (quadratic: issue 10).
fn vervang_maxima(nieuw: &mut Regelset, set: &Regelset) {
    for (r, vorig) in nieuw
        .regelingen
        .to_mut()
        .iter_mut()
        .zip(set.regelingen.iter())
    {
        let oud = vorig.maximum.len();
        let alle = &r.maximum;
        if alle.len() == oud {
            continue;
        }
        let (groep, mut laatste) = groepen(alle.len(), &|a, b| {
            let (x, y) = (&alle[a], &alle[b]);
            (&x.focusgebied, &x.thema, x.jaar).cmp(&(&y.focusgebied, &y.thema, y.jaar))
        });
        for (i, &g) in groep.iter().enumerate() {
            laatste[g] = i;
        }
        let mut i = 0;
        r.maximum.to_mut().retain(|_| {
            let l = laatste[groep[i]];
            let houd = if i < oud { l < oud } else { l == i };
            i += 1;
            houd
        });
    }
}
