//! The full check of a rule set, for the build (feature `bouw`): what only the rule files can get
//! wrong (areas and gemeenten, themes, duplicates, unknown rule ids, required rules, unique names)
//! on top of [`controleer_waarden`], which also guards a run-time rule set.

use super::{controleer_waarden, fout, plek, soort_van, Probleem};
use crate::id::RegelId;
use crate::model::*;
use crate::naam;
use crate::tekst::Reeks;

/// Check a whole rule set for consistency. Returns every problem found (empty = fine): first
/// those of [`controleer_waarden`], then those only the rule files can have.
pub fn controleer(set: &Regelset) -> Vec<Probleem> {
    let mut p = controleer_waarden(set, None);
    gebieden(set, &mut p);
    let mut regeling_ids = Vec::new();
    for r in set.regelingen.iter() {
        let map = format!("rules/{}/", r.id);
        if !nieuw(&mut regeling_ids, &*r.id) {
            fout(
                &mut p,
                map.clone(),
                format!("regeling {} appears twice", r.id),
            );
        }
        for sleutel in std::iter::once(&r.bron).chain(r.wijzigingen.iter()) {
            if !set.bronnen.contains_key(sleutel) {
                fout(
                    &mut p,
                    format!("{map}regeling.toml"),
                    format!("unknown bron {sleutel}"),
                );
            }
        }
        let thema_ids = themas(set, r, &map, &mut p);
        geldstromen(r, &map, &mut p);
        regels(r, &map, &thema_ids, &mut p);
        verplicht(r, &map, &mut p);
    }
    p.extend(unieke_namen(set));
    p
}

/// Adds `x` to `gezien` unless it is there already; whether it was new.
fn nieuw<T: PartialEq>(gezien: &mut Vec<T>, x: T) -> bool {
    let nieuw = !gezien.contains(&x);
    if nieuw {
        gezien.push(x);
    }
    nieuw
}

/// The areas and gemeenten: codes unique and well formed, each area in a listed gemeente.
fn gebieden(set: &Regelset, p: &mut Vec<Probleem>) {
    let g = &set.gebieden;
    let mut gemeentecodes = Vec::new();
    if !g
        .gemeente
        .iter()
        .all(|m| nieuw(&mut gemeentecodes, &*m.code))
    {
        fout(
            p,
            "rules/gebieden.toml".into(),
            "gemeente codes are not unique".into(),
        );
    }
    for m in g.gemeente.iter() {
        let c = m.code.as_bytes();
        if !(c.len() == 6 && m.code.starts_with("GM") && c[2..].iter().all(u8::is_ascii_digit)) {
            fout(
                p,
                "rules/gebieden.toml".into(),
                format!("gemeente code \"{}\" is not GM + 4 digits", m.code),
            );
        }
    }
    let mut ids = Vec::new();
    for f in g.focusgebied.iter() {
        if !nieuw(&mut ids, &*f.id) {
            fout(
                p,
                "rules/gebieden.toml".into(),
                format!("focusgebied id {} appears twice", f.id),
            );
        }
        if !gemeentecodes.contains(&&*f.gemeente) {
            fout(
                p,
                "rules/gebieden.toml".into(),
                format!(
                    "focusgebied {} names gemeente {} which is not listed",
                    f.id, f.gemeente
                ),
            );
        }
        for c in f.codes.iter() {
            if c.codes.is_empty() {
                fout(
                    p,
                    "rules/gebieden.toml".into(),
                    format!("focusgebied {} has an empty code list", f.id),
                );
            }
        }
    }
    for m in g.gemeente.iter() {
        if !g.focusgebied.iter().any(|f| f.gemeente == m.code) {
            fout(
                p,
                "rules/gebieden.toml".into(),
                format!("gemeente {} has no focusgebied", m.code),
            );
        }
    }
}

/// The themes of a regulation: unique, a known funding stream and source, unique categories;
/// returns their ids.
fn themas<'a>(set: &Regelset, r: &'a Regeling, map: &str, p: &mut Vec<Probleem>) -> Vec<&'a str> {
    let mut thema_ids = Vec::new();
    for t in r.thema.iter() {
        let waar = plek(&t.bestand, map);
        if !nieuw(&mut thema_ids, &*t.id) {
            fout(p, waar.clone(), format!("thema {} appears twice", t.id));
        }
        if !r.geldstroom.iter().any(|s| s.id == t.geldstroom) {
            fout(
                p,
                waar.clone(),
                format!("thema {} names unknown geldstroom {}", t.id, t.geldstroom),
            );
        }
        if !set.bronnen.contains_key(&t.bron) {
            fout(
                p,
                waar.clone(),
                format!("thema {} cites unknown bron {}", t.id, t.bron),
            );
        }
        let mut cat = Vec::new();
        for c in t.categorieen.iter() {
            if !nieuw(&mut cat, &*c.id) {
                fout(
                    p,
                    waar.clone(),
                    format!("categorie {} appears twice in thema {}", c.id, t.id),
                );
            }
        }
    }
    thema_ids
}

/// Each funding stream once.
fn geldstromen(r: &Regeling, map: &str, p: &mut Vec<Probleem>) {
    let mut stroom_ids = Vec::new();
    for s in r.geldstroom.iter() {
        if !nieuw(&mut stroom_ids, &*s.id) {
            fout(
                p,
                plek(&s.bestand, map),
                format!("geldstroom {} appears twice", s.id),
            );
        }
    }
}

/// The rules of a regulation: each (id, themes) once, described in both languages, limited to
/// known themes, an id the engine knows.
fn regels(r: &Regeling, map: &str, thema_ids: &[&str], p: &mut Vec<Probleem>) {
    let mut sleutels = Vec::new();
    for regel in r.regel.iter() {
        let waar = plek(&regel.bestand, map);
        if !nieuw(&mut sleutels, (&*regel.id, &*regel.themas)) {
            fout(
                p,
                waar.clone(),
                format!(
                    "rule {} (themas [{}]) appears twice",
                    regel.id,
                    Reeks(regel.themas.iter().map(|t| t.as_ref()), ", ")
                ),
            );
        }
        if regel.omschrijving.nl.trim().is_empty() || regel.omschrijving.en.trim().is_empty() {
            fout(
                p,
                waar.clone(),
                format!(
                    "rule {} needs omschrijving.nl and omschrijving.en",
                    regel.id
                ),
            );
        }
        for t in regel.themas.iter() {
            if !thema_ids.contains(&&**t) {
                fout(
                    p,
                    waar.clone(),
                    format!("rule {} is limited to unknown thema {t}", regel.id),
                );
            }
        }
        if soort_van(&regel.id).is_none() {
            fout(
                p,
                waar,
                format!(
                    "unknown rule id {} (known: see RegelId in src/model/src/id.rs)",
                    regel.id
                ),
            );
        }
    }
}

/// The rules every regulation states (as general rules).
fn verplicht(r: &Regeling, map: &str, p: &mut Vec<Probleem>) {
    for id in RegelId::ALLE.iter().filter(|i| i.verplicht()) {
        let id = id.tekst();
        if !r.regel.iter().any(|x| x.id == id && x.themas.is_empty()) {
            fout(
                p,
                map.to_string(),
                format!("regeling {} lacks the general rule {id}", r.id),
            );
        }
    }
}

/// Every name, variant and alias must point at one area or gemeente only, or matching is ambiguous.
pub fn unieke_namen(set: &Regelset) -> Vec<Probleem> {
    let mut gezien: std::collections::BTreeMap<String, String> = Default::default();
    let mut p = Vec::new();
    let mut voeg = |naam: &str, doel: &str| {
        let k = naam::sleutel(naam);
        match gezien.get(&k) {
            Some(ander) if ander != doel => p.push(Probleem {
                waar: "rules/gebieden.toml".into(),
                wat: format!("name {naam:?} matches both {ander} and {doel}"),
            }),
            _ => {
                gezien.insert(k, doel.to_string());
            }
        }
    };
    for f in set.gebieden.focusgebied.iter() {
        for n in [&f.id, &f.naam]
            .into_iter()
            .chain(f.varianten.iter())
            .chain(f.programmanamen.iter())
        {
            voeg(n, &f.id);
        }
    }
    for g in set.gebieden.gemeente.iter() {
        for n in std::iter::once(&g.naam).chain(g.aliassen.iter()) {
            voeg(n, &g.code);
        }
    }
    p
}
