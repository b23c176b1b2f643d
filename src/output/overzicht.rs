//! Listings for people and forms: the areas, and every rule with its source and zekerheid.

use crate::regels::{Regeling, Regelset, Tekst, Zekerheid};
use serde::Serialize;

/// One focus area as listed by `gebieden`.
#[derive(Debug, Clone, Serialize)]
pub struct GebiedRegel {
    /// Area id.
    pub id: String,
    /// Name (CBS 2026).
    pub naam: String,
    /// Gemeente name.
    pub gemeente: String,
    /// CBS gemeentecode.
    pub gemeentecode: String,
    /// Other names that are recognised.
    pub varianten: Vec<String>,
    /// Inhabitants on 1 January 2025, in thousands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inwoners_x1000: Option<u32>,
    /// Composition in words.
    pub samenstelling: String,
    /// Composition in English.
    pub samenstelling_en: String,
    /// How certain that composition is.
    pub samenstelling_zekerheid: Zekerheid,
}

/// All 20 areas, sorted by id.
pub fn gebieden(set: &Regelset) -> Vec<GebiedRegel> {
    set.gebieden
        .focusgebied
        .iter()
        .map(|f| GebiedRegel {
            id: f.id.to_string(),
            naam: f.naam.to_string(),
            gemeente: crate::regels::gebieden::gemeente_van(set, &f.gemeente)
                .map(|g| g.naam.clone())
                .unwrap_or_default()
                .to_string(),
            gemeentecode: f.gemeente.to_string(),
            varianten: f
                .varianten
                .iter()
                .chain(f.programmanamen.iter())
                .map(|n| n.to_string())
                .collect(),
            inwoners_x1000: f.inwoners_x1000,
            samenstelling: f.samenstelling.to_string(),
            samenstelling_en: f.samenstelling_en.to_string(),
            samenstelling_zekerheid: f.samenstelling_zekerheid,
        })
        .collect()
}

/// One rule, theme or ceiling with its provenance, as listed by `regels`.
#[derive(Debug, Clone, Serialize)]
pub struct RegelRegel {
    /// `regel`, `thema` or `geldstroom`.
    pub soort: &'static str,
    /// Its id.
    pub id: String,
    /// Themes it is limited to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub themas: Vec<String>,
    /// Article, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artikel: Option<String>,
    /// What it says.
    pub omschrijving: Tekst,
    /// Its value (JSON), absent when none or onbekend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waarde: Option<serde_json::Value>,
    /// Citation of its source.
    pub vindplaats: String,
    /// URL of its source.
    pub url: String,
    /// How certain it is.
    pub zekerheid: Zekerheid,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<String>,
    /// Why, in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toelichting_en: Option<String>,
    /// The rule file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bestand: Option<String>,
}

/// A theme as a form needs it: names, funding stream and category catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct ThemaOverzicht {
    /// Theme id.
    pub id: String,
    /// Letter in art. 2, when it has one.
    pub letter: Option<String>,
    /// Name.
    pub naam: Tekst,
    /// Its article, when known.
    pub artikel: Option<String>,
    /// Funding stream id.
    pub geldstroom: String,
    /// Intervention categories (catalogue, zekerheid afgeleid).
    pub categorieen: Vec<crate::regels::Categorie>,
}

/// The rules of one regulation.
#[derive(Debug, Clone, Serialize)]
pub struct RegelingOverzicht {
    /// Regulation id.
    pub id: String,
    /// Citeertitel.
    pub citeertitel: String,
    /// Citation.
    pub vindplaats: String,
    /// Every rule, theme and funding-stream ceiling.
    pub regels: Vec<RegelRegel>,
    /// The themes, in the order of the regulation.
    pub themas: Vec<ThemaOverzicht>,
    /// Count per zekerheid.
    pub telling: Telling,
}

/// The rules of all (or one) regulation, with counts per zekerheid.
#[derive(Debug, Clone, Serialize)]
pub struct Overzicht {
    /// Per regulation.
    pub regelingen: Vec<RegelingOverzicht>,
    /// Count per zekerheid over all listed regulations.
    pub telling: Telling,
}

/// How many rules there are of each zekerheid; serialises as
/// `{"geverifieerd": n, "afgeleid": n, "onbekend": n}`, most certain first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Telling {
    /// Rules that are geverifieerd.
    pub geverifieerd: usize,
    /// Rules that are afgeleid.
    pub afgeleid: usize,
    /// Rules that are onbekend.
    pub onbekend: usize,
}

impl Telling {
    /// The count for `z`.
    pub fn get(&self, z: Zekerheid) -> usize {
        self[&z]
    }

    /// Every zekerheid with its count, most certain first.
    pub fn iter(&self) -> impl Iterator<Item = (Zekerheid, usize)> {
        let t = *self;
        [
            Zekerheid::Geverifieerd,
            Zekerheid::Afgeleid,
            Zekerheid::Onbekend,
        ]
        .into_iter()
        .map(move |z| (z, t[&z]))
    }

    fn tel(&mut self, z: Zekerheid) {
        *match z {
            Zekerheid::Geverifieerd => &mut self.geverifieerd,
            Zekerheid::Afgeleid => &mut self.afgeleid,
            Zekerheid::Onbekend => &mut self.onbekend,
        } += 1;
    }
}

impl std::ops::Index<&Zekerheid> for Telling {
    type Output = usize;
    fn index(&self, z: &Zekerheid) -> &usize {
        match z {
            Zekerheid::Geverifieerd => &self.geverifieerd,
            Zekerheid::Afgeleid => &self.afgeleid,
            Zekerheid::Onbekend => &self.onbekend,
        }
    }
}

/// List every rule of `set` (or only of regulation `id`) with its source and zekerheid.
pub fn regels(set: &Regelset, id: Option<&str>) -> Overzicht {
    let mut regelingen = Vec::new();
    let mut totaal = Telling::default();
    for r in set
        .regelingen
        .iter()
        .filter(|r| id.is_none_or(|i| i == r.id))
    {
        let lijst = regels_van(set, r);
        let mut telling = Telling::default();
        for x in lijst.iter() {
            telling.tel(x.zekerheid);
            totaal.tel(x.zekerheid);
        }
        regelingen.push(RegelingOverzicht {
            id: r.id.to_string(),
            citeertitel: r.citeertitel.to_string(),
            vindplaats: set.vindplaats(&r.bron).0.to_string(),
            regels: lijst,
            themas: r
                .thema
                .iter()
                .map(|th| ThemaOverzicht {
                    id: th.id.to_string(),
                    letter: th.letter.as_deref().map(str::to_string),
                    naam: th.naam.clone(),
                    artikel: th.artikel.as_deref().map(str::to_string),
                    geldstroom: th.geldstroom.to_string(),
                    categorieen: th.categorieen.to_vec(),
                })
                .collect(),
            telling,
        });
    }
    Overzicht {
        regelingen,
        telling: totaal,
    }
}

/// The rules, themes and funding streams of one regulation, each as a line of the overview.
fn regels_van(set: &Regelset, r: &Regeling) -> Vec<RegelRegel> {
    let bron = |k: &str| {
        let (v, u) = set.vindplaats(k);
        (v.to_string(), u.to_string())
    };
    let mut lijst = Vec::new();
    for x in r.regel.iter() {
        let (vindplaats, url) = bron(&x.bron);
        lijst.push(RegelRegel {
            soort: "regel",
            id: x.id.to_string(),
            themas: x.themas.iter().map(|t| t.to_string()).collect(),
            artikel: x.artikel.as_deref().map(str::to_string),
            omschrijving: x.omschrijving.clone(),
            waarde: x.waarde(),
            vindplaats,
            url,
            zekerheid: x.zekerheid,
            toelichting: x.toelichting.as_deref().map(str::to_string),
            toelichting_en: x.toelichting_en.as_deref().map(str::to_string),
            bestand: x.bestand.as_deref().map(str::to_string),
        });
    }
    for th in r.thema.iter() {
        let (vindplaats, url) = bron(&th.bron);
        lijst.push(RegelRegel {
            soort: "thema",
            id: th.id.to_string(),
            themas: Vec::new(),
            artikel: th.artikel.as_deref().map(str::to_string),
            omschrijving: Tekst {
                nl: format!(
                    "Thema {} (geldstroom {}, {}).",
                    th.naam.nl,
                    th.geldstroom,
                    th.geldstroom_zekerheid.als_tekst()
                )
                .into(),
                en: format!(
                    "Theme {} (funding stream {}, {}).",
                    th.naam.en,
                    th.geldstroom,
                    th.geldstroom_zekerheid.als_tekst()
                )
                .into(),
            },
            waarde: None,
            vindplaats,
            url,
            zekerheid: th.zekerheid,
            toelichting: None,
            toelichting_en: None,
            bestand: th.bestand.as_deref().map(str::to_string),
        });
    }
    for s in r.geldstroom.iter() {
        let (vindplaats, url) = bron(&s.bron);
        lijst.push(RegelRegel {
            soort: "geldstroom",
            id: s.id.to_string(),
            themas: Vec::new(),
            artikel: None,
            omschrijving: Tekst {
                nl: format!("Budget van {} voor alle gebieden samen.", s.naam).into(),
                en: format!("Budget of {} for all areas together.", s.naam).into(),
            },
            waarde: s
                .plafond
                .as_ref()
                .map(|p| serde_json::Value::String(p.to_string())),
            vindplaats,
            url,
            zekerheid: s.zekerheid,
            toelichting: s.toelichting.as_deref().map(str::to_string),
            toelichting_en: s.toelichting_en.as_deref().map(str::to_string),
            bestand: s.bestand.as_deref().map(str::to_string),
        });
    }
    lijst
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telling_als_btreemap() {
        let t = Telling {
            geverifieerd: 3,
            afgeleid: 0,
            onbekend: 7,
        };
        let b: std::collections::BTreeMap<Zekerheid, usize> = t.iter().collect();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(
            serde_json::to_string_pretty(&t).unwrap(),
            serde_json::to_string_pretty(&b).unwrap()
        );
        assert_eq!(t.get(Zekerheid::Onbekend), 7);
    }
}
