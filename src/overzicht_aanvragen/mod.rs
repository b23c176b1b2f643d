//! The assessor's overview of many aanvragen: each checked, then their sums against the ceilings of all areas together.
//!
//! Native only (not in the `.wasm`). [`stukken`] turns folders, NDJSON files and stdin into
//! pieces to check; [`overzicht`] checks each with the same engine as `toets` and returns an
//! [`Overzicht`]: a row per aanvraag, the sums per regeling, geldstroom and year, every ceiling
//! with its source and zekerheid, and the findings over all aanvragen together (a sum above a
//! ceiling, two aanvragen for one focusgebied). The writers are in [`tekst`], [`csv`] and
//! [`html`]; the JSON is the serde form of these types.

pub mod csv;
pub mod html;
mod lezen;
pub mod tekst;

pub use lezen::{stukken, Stuk};

use crate::beoordeling::{Bedrag, Bron, Ernst, Uitkomst};
use crate::regels::{controle, RegelId, Regeling, Regelset, Tekst, Zekerheid};
use serde::Serialize;
use std::collections::BTreeMap;

/// Amounts per geldstroom (`OCW`), sorted by id.
pub type PerGeldstroom = BTreeMap<String, Bedrag>;
/// Amounts per geldstroom, then per allocation year (`"2026"`, or `"onbekend"`).
pub type PerGeldstroomPerJaar = BTreeMap<String, BTreeMap<String, Bedrag>>;

/// The number of findings of each ernst in one beoordeling.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Telling {
    /// Fouten.
    pub fout: usize,
    /// Missing facts.
    pub ontbreekt: usize,
    /// Warnings.
    pub waarschuwing: usize,
    /// Notes.
    pub info: usize,
}

/// One aanvraag of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AanvraagRij {
    /// Where it was read: the file (`map/a.json`) or file and line (`a.ndjson:3`, `stdin:2`).
    pub bron: String,
    /// The regulation it was checked against (`2026-2028`); `null` when none could be chosen.
    pub regeling: Option<String>,
    /// The focusgebied id; `null` when it could not be resolved.
    pub focusgebied: Option<String>,
    /// The focusgebied's name.
    pub focusgebied_naam: Option<String>,
    /// The gemeente: its name when the area was resolved, else the text the aanvraag gives.
    pub gemeente: Option<String>,
    /// The outcome of the check.
    pub uitkomst: Uitkomst,
    /// Findings per ernst.
    pub ernst: Telling,
    /// Everything requested.
    pub aangevraagd: Bedrag,
    /// Requested per geldstroom (every stream of its regulation, also at zero).
    pub per_geldstroom: PerGeldstroom,
    /// Requested per geldstroom and allocation year.
    pub per_geldstroom_per_jaar: PerGeldstroomPerJaar,
    /// Requested without a geldstroom: for a theme that has none in its regulation (or an unknown
    /// or missing theme). `aangevraagd` minus the sum of `per_geldstroom`; it counts against no
    /// ceiling of a geldstroom.
    pub zonder_geldstroom: Bedrag,
    /// Budget lines whose `bedrag` is present but could not be read (`"1.250.000,00"`,
    /// `"25000.005"`, a negative or 29-digit amount: findings KW-BEDRAG-…). They are in none of
    /// the sums above, so those sums are a lower bound.
    pub bedragen_niet_gelezen: usize,
}

/// The sums over all aanvragen of one regulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totaal {
    /// `2023-2025` or `2026-2028`.
    pub regeling: String,
    /// How many aanvragen were checked against it.
    pub aanvragen: usize,
    /// Everything requested.
    pub aangevraagd: Bedrag,
    /// Per geldstroom.
    pub per_geldstroom: PerGeldstroom,
    /// Per geldstroom and allocation year.
    pub per_geldstroom_per_jaar: PerGeldstroomPerJaar,
    /// Requested without a geldstroom (see [`AanvraagRij::zonder_geldstroom`]).
    pub zonder_geldstroom: Bedrag,
    /// Budget lines over all its aanvragen whose amount could not be read: when not zero, every
    /// sum is incomplete and no ceiling is reported as met.
    pub bedragen_niet_gelezen: usize,
    /// How many of its aanvragen have such a line.
    pub aanvragen_niet_gelezen: usize,
}

/// What a ceiling caps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlafondSoort {
    /// One geldstroom over all areas together.
    Geldstroom,
    /// The regulation's budget (rule `totaal_plafond`).
    Totaal,
    /// The sum of the ceilings of all geldstromen (needs no assumption about which theme draws on
    /// which stream), against the sum of the streams (without what has no geldstroom).
    SomGeldstromen,
}

/// Whether the sum stays within a ceiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlafondStatus {
    /// At or below the ceiling.
    Binnen,
    /// Above it, by at least one cent.
    Boven,
    /// The ceiling is onbekend: not checked.
    NietGetoetst,
    /// The known amounts stay at or below the ceiling, but some amounts could not be read
    /// ([`Totaal::bedragen_niet_gelezen`]): whether the sum is within is not known.
    Onvolledig,
}

/// One ceiling of a regulation with the sum requested against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plafond {
    /// The regulation.
    pub regeling: String,
    /// What it caps.
    pub soort: PlafondSoort,
    /// The geldstroom, for [`PlafondSoort::Geldstroom`].
    pub geldstroom: Option<String>,
    /// The ceiling; `null` when onbekend.
    pub plafond: Option<Bedrag>,
    /// The sum requested over all aanvragen of the regulation.
    pub aangevraagd: Bedrag,
    /// How much the sum is above the ceiling, when it is.
    pub boven_plafond: Option<Bedrag>,
    /// Within, above, or not checked.
    pub status: PlafondStatus,
    /// The rule in `rules/` the check rests on, when there is one.
    pub regel: Option<&'static str>,
    /// Source, article and zekerheid of the check: geverifieerd (a sum above is a fout),
    /// afgeleid (only a waarschuwing) or onbekend (not checked).
    pub bron: Bron,
}

/// A finding about the aanvragen together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverzichtBevinding {
    /// Stable code (`KW-OVERZICHT-001` …, listed in the README).
    pub code: &'static str,
    /// How serious: follows the zekerheid of what it rests on.
    pub ernst: Ernst,
    /// The regulation it is about.
    pub regeling: Option<String>,
    /// The aanvragen concerned (their [`AanvraagRij::bron`]); empty when it is about all of them.
    pub aanvragen: Vec<String>,
    /// The message in Dutch and English.
    pub melding: Tekst,
    /// The source it rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bron: Option<Bron>,
}

/// A file or line that could not be read or is not JSON: never checked, never stops the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Onleesbaar {
    /// The file, or file and line.
    pub bron: String,
    /// Why, in Dutch and English.
    pub reden: Tekst,
}

/// An entry of a folder that was not read: a subfolder (folders are not searched recursively) or
/// a file that is not `*.json` or `*.ndjson`. Listed so that no sum is understated unsaid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overgeslagen {
    /// The entry's path.
    pub bron: String,
    /// Why, in Dutch and English.
    pub reden: Tekst,
}

/// The overview of all aanvragen read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overzicht {
    /// One row per aanvraag, in the order read.
    pub aanvragen: Vec<AanvraagRij>,
    /// The sums per regulation (oldest first), only for regulations with an aanvraag.
    pub totalen: Vec<Totaal>,
    /// Every ceiling of those regulations, with the sum against it.
    pub plafonds: Vec<Plafond>,
    /// Findings over the aanvragen together.
    pub bevindingen: Vec<OverzichtBevinding>,
    /// What could not be read.
    pub onleesbaar: Vec<Onleesbaar>,
    /// The entries of folders that were skipped.
    pub overgeslagen: Vec<Overgeslagen>,
}

/// Stable codes of the overview's own findings.
pub mod codes {
    /// The sum of one geldstroom is above its ceiling for all areas together.
    pub const BOVEN_PLAFOND_GELDSTROOM: &str = "KW-OVERZICHT-001";
    /// The sum of all aanvragen is above the regulation's budget (or all streams together).
    pub const BOVEN_TOTAAL: &str = "KW-OVERZICHT-002";
    /// A ceiling is onbekend: that sum is not checked.
    pub const PLAFOND_ONBEKEND: &str = "KW-OVERZICHT-003";
    /// Two or more aanvragen for the same focusgebied in the same regulation.
    pub const DUBBEL_FOCUSGEBIED: &str = "KW-OVERZICHT-004";
    /// An aanvraag without a regulation: its amounts count against no ceiling.
    pub const ZONDER_REGELING: &str = "KW-OVERZICHT-005";
    /// Amounts of one or more aanvragen could not be read: the sums are incomplete.
    pub const BEDRAGEN_NIET_GELEZEN: &str = "KW-OVERZICHT-006";
}

impl Overzicht {
    /// The CLI's exit status: 2 when no aanvraag could be read at all; 1 when a sum is above a
    /// ceiling or incomplete (amounts not read), two aanvragen share a focusgebied, an aanvraag is not `voldoet` (voldoet_niet or
    /// onvolledig) or a file or line could not be read; 0 otherwise.
    pub fn exitcode(&self) -> u8 {
        if self.aanvragen.is_empty() {
            return 2;
        }
        let boven = self
            .plafonds
            .iter()
            .any(|p| matches!(p.status, PlafondStatus::Boven | PlafondStatus::Onvolledig));
        let dubbel = self
            .bevindingen
            .iter()
            .any(|b| b.code == codes::DUBBEL_FOCUSGEBIED);
        let niet_goed = self
            .aanvragen
            .iter()
            .any(|a| a.uitkomst != Uitkomst::Voldoet);
        if boven || dubbel || niet_goed || !self.onleesbaar.is_empty() {
            1
        } else {
            0
        }
    }

    /// Every geldstroom that occurs in a row or a ceiling, sorted by id (the columns of a table).
    pub fn geldstromen(&self) -> Vec<String> {
        let mut uit: Vec<String> = Vec::new();
        let rijen = self.aanvragen.iter().flat_map(|a| a.per_geldstroom.keys());
        let plafonds = self.plafonds.iter().filter_map(|p| p.geldstroom.as_ref());
        for s in rijen.chain(plafonds) {
            if !uit.contains(s) {
                uit.push(s.clone());
            }
        }
        uit.sort();
        uit
    }

    /// Every (geldstroom, year) pair that occurs in a row, sorted.
    pub fn stroom_jaren(&self) -> Vec<(String, String)> {
        let mut uit: Vec<(String, String)> = Vec::new();
        for a in &self.aanvragen {
            for (s, jaren) in &a.per_geldstroom_per_jaar {
                for j in jaren.keys() {
                    let paar = (s.clone(), j.clone());
                    if !uit.contains(&paar) {
                        uit.push(paar);
                    }
                }
            }
        }
        uit.sort();
        uit
    }
}

/// Check every piece against `set` (as `toets` does) and sum them up. `voortgang(i, n)` is called
/// after each aanvraag checked (for a progress display).
pub fn overzicht(
    set: &Regelset,
    stukken: Vec<Stuk>,
    voortgang: &mut dyn FnMut(usize, usize),
) -> Overzicht {
    let n = stukken.len();
    let mut aanvragen = Vec::new();
    let mut onleesbaar = Vec::new();
    let mut overgeslagen = Vec::new();
    for (i, stuk) in stukken.into_iter().enumerate() {
        if let Some(reden) = stuk.overgeslagen() {
            overgeslagen.push(Overgeslagen {
                reden: reden.clone(),
                bron: stuk.bron,
            });
            voortgang(i + 1, n);
            continue;
        }
        match stuk.waarde() {
            Ok(w) => aanvragen.push(rij_van(set, stuk.bron, &w)),
            Err(reden) => onleesbaar.push(Onleesbaar {
                bron: stuk.bron,
                reden,
            }),
        }
        voortgang(i + 1, n);
    }
    let mut totalen = Vec::new();
    let mut plafonds = Vec::new();
    let mut bevindingen = Vec::new();
    for r in set.regelingen.iter() {
        let eigen: Vec<&AanvraagRij> = aanvragen
            .iter()
            .filter(|a| a.regeling.as_deref() == Some(&*r.id))
            .collect();
        if eigen.is_empty() {
            continue;
        }
        let totaal = som(&r.id, &eigen);
        plafonds_van(set, r, &totaal, &mut plafonds, &mut bevindingen);
        dubbel(set, r, &eigen, &mut bevindingen);
        niet_gelezen_bevinding(&totaal, &eigen, &mut bevindingen);
        totalen.push(totaal);
    }
    zonder_regeling(&aanvragen, &mut bevindingen);
    Overzicht {
        aanvragen,
        totalen,
        plafonds,
        bevindingen,
        onleesbaar,
        overgeslagen,
    }
}

/// The row of one aanvraag (any JSON value), checked against `set`.
fn rij_van(set: &Regelset, bron: String, w: &serde_json::Value) -> AanvraagRij {
    let b = crate::toets_met(set, w);
    let bedragen_niet_gelezen = niet_gelezen(w);
    let mut ernst = Telling::default();
    for f in &b.bevindingen {
        match f.ernst {
            Ernst::Fout => ernst.fout += 1,
            Ernst::Ontbreekt => ernst.ontbreekt += 1,
            Ernst::Waarschuwing => ernst.waarschuwing += 1,
            Ernst::Info => ernst.info += 1,
        }
    }
    let regeling = b.regeling.as_ref().and_then(|r| set.regeling(&r.id));
    let per_geldstroom: PerGeldstroom = b
        .totalen
        .per_geldstroom
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let mut per_jaar = PerGeldstroomPerJaar::new();
    if let Some(r) = regeling {
        for (thema, jaren) in b.totalen.per_thema.iter() {
            let Some(th) = r.thema(thema) else { continue };
            let stroom = per_jaar.entry(th.geldstroom.to_string()).or_default();
            for (jaar, bedrag) in jaren.iter() {
                let s = stroom.entry(jaar.clone()).or_default();
                *s = s.som(*bedrag);
            }
        }
    }
    let in_stromen = som_van(per_geldstroom.values());
    let zonder_geldstroom = Bedrag {
        centen: b
            .totalen
            .aangevraagd
            .centen
            .saturating_sub(in_stromen.centen),
    };
    let gemeente = match &b.focusgebied {
        Some(g) => Some(g.gemeente.clone()),
        None => w
            .get("gemeente")
            .and_then(|g| g.as_str())
            .map(str::to_string),
    };
    AanvraagRij {
        bron,
        regeling: b.regeling.as_ref().map(|r| r.id.clone()),
        focusgebied: b.focusgebied.as_ref().map(|g| g.id.clone()),
        focusgebied_naam: b.focusgebied.as_ref().map(|g| g.naam.clone()),
        gemeente,
        uitkomst: b.uitkomst,
        ernst,
        aangevraagd: b.totalen.aangevraagd,
        per_geldstroom,
        per_geldstroom_per_jaar: per_jaar,
        zonder_geldstroom,
        bedragen_niet_gelezen,
    }
}

/// The sum of `bedragen`.
fn som_van<'a>(bedragen: impl Iterator<Item = &'a Bedrag>) -> Bedrag {
    bedragen.fold(Bedrag::default(), |a, b| a.som(*b))
}

/// The budget lines of `w` whose `bedrag` is present but not read (as the engine reads it: such a
/// line is in none of its totals).
fn niet_gelezen(w: &serde_json::Value) -> usize {
    use crate::input::aanvraag::Veld;
    let (a, _) = crate::input::aanvraag::lees(w);
    let Veld::Is(activiteiten) = &a.activiteiten else {
        return 0;
    };
    activiteiten
        .iter()
        .filter_map(|act| act.begroting.waarde())
        .flatten()
        .filter(|r| matches!(r.bedrag, Veld::Ongeldig))
        .count()
}

/// The sums over the aanvragen of one regulation.
fn som(regeling: &str, eigen: &[&AanvraagRij]) -> Totaal {
    let mut t = Totaal {
        regeling: regeling.to_string(),
        aanvragen: eigen.len(),
        aangevraagd: Bedrag::default(),
        per_geldstroom: PerGeldstroom::new(),
        per_geldstroom_per_jaar: PerGeldstroomPerJaar::new(),
        zonder_geldstroom: Bedrag::default(),
        bedragen_niet_gelezen: 0,
        aanvragen_niet_gelezen: 0,
    };
    for a in eigen {
        t.zonder_geldstroom = t.zonder_geldstroom.som(a.zonder_geldstroom);
        t.bedragen_niet_gelezen += a.bedragen_niet_gelezen;
        t.aanvragen_niet_gelezen += usize::from(a.bedragen_niet_gelezen > 0);
        t.aangevraagd = t.aangevraagd.som(a.aangevraagd);
        for (s, b) in &a.per_geldstroom {
            let x = t.per_geldstroom.entry(s.clone()).or_default();
            *x = x.som(*b);
        }
        for (s, jaren) in &a.per_geldstroom_per_jaar {
            let stroom = t.per_geldstroom_per_jaar.entry(s.clone()).or_default();
            for (j, b) in jaren {
                let x = stroom.entry(j.clone()).or_default();
                *x = x.som(*b);
            }
        }
    }
    t
}

/// The source of a ceiling: the citation of `sleutel`, with article and zekerheid.
fn bron_van(
    set: &Regelset,
    sleutel: &str,
    artikel: Option<&str>,
    zekerheid: Zekerheid,
    toelichting: Option<(&str, &str)>,
) -> Bron {
    let (vindplaats, url) = set.vindplaats(sleutel);
    Bron {
        vindplaats: vindplaats.into(),
        artikel: artikel.map(str::to_string),
        artikel_en: artikel.and_then(crate::beoordeling::artikel_en),
        url: url.into(),
        zekerheid,
        toelichting: toelichting.map(|t| t.0.to_string()),
        toelichting_en: toelichting.map(|t| t.1.to_string()),
    }
}

/// The ceiling, the sum, and whether it is above (by at least one cent), not checked, or — with
/// amounts not read (`volledig` false) and the known ones within — incomplete: unread amounts
/// are never counted as zero to call a sum within.
fn stand(
    plafond: Option<Bedrag>,
    aangevraagd: Bedrag,
    volledig: bool,
) -> (PlafondStatus, Option<Bedrag>) {
    match plafond {
        Some(p) if aangevraagd <= p && !volledig => (PlafondStatus::Onvolledig, None),
        None => (PlafondStatus::NietGetoetst, None),
        Some(p) if aangevraagd > p => (
            PlafondStatus::Boven,
            Some(Bedrag {
                centen: aangevraagd.centen - p.centen,
            }),
        ),
        Some(_) => (PlafondStatus::Binnen, None),
    }
}

/// The ceilings of regulation `r` against the sums `t`, and a finding for each one exceeded.
fn plafonds_van(
    set: &Regelset,
    r: &Regeling,
    t: &Totaal,
    plafonds: &mut Vec<Plafond>,
    bevindingen: &mut Vec<OverzichtBevinding>,
) {
    let regel = r.regel(RegelId::PlafondPerGeldstroom, None);
    let mut onbekend = Vec::new();
    let mut som_plafonds = Some(Bedrag::default());
    let mut som_zekerheid = Zekerheid::Geverifieerd;
    for s in r.geldstroom.iter() {
        let plafond = s
            .plafond
            .as_deref()
            .and_then(controle::lees_bedrag)
            .map(Bedrag::van);
        som_plafonds = som_plafonds.zip(plafond).map(|(a, b)| a.som(b));
        som_zekerheid = som_zekerheid.max(s.zekerheid);
        // As the engine judges one aanvraag: as certain as the ceiling and as which themes draw on
        // this stream (tranche 2: the ceilings are geverifieerd, the themes' streams afgeleid).
        let koppeling = r
            .thema
            .iter()
            .filter(|th| th.geldstroom == s.id)
            .map(|th| th.geldstroom_zekerheid)
            .max()
            .unwrap_or(Zekerheid::Afgeleid);
        let zekerheid = if plafond.is_some() {
            s.zekerheid.max(koppeling)
        } else {
            Zekerheid::Onbekend
        };
        let aangevraagd = t.per_geldstroom.get(&*s.id).copied().unwrap_or_default();
        let (status, boven_plafond) = stand(plafond, aangevraagd, t.bedragen_niet_gelezen == 0);
        let toelichting =
            regel.and_then(|g| g.toelichting.as_deref().zip(g.toelichting_en.as_deref()));
        let bron = bron_van(
            set,
            &s.bron,
            regel.and_then(|g| g.artikel.as_deref()),
            zekerheid,
            toelichting,
        );
        if status == PlafondStatus::NietGetoetst {
            onbekend.push(s.id.to_string());
        }
        if let (PlafondStatus::Boven, Some(p), Some(over)) = (status, plafond, boven_plafond) {
            let (som_nl, som_en) = (euro(aangevraagd, false), euro(aangevraagd, true));
            let (p_nl, p_en) = (euro(p, false), euro(p, true));
            let (o_nl, o_en) = (euro(over, false), euro(over, true));
            bevindingen.push(OverzichtBevinding {
                code: codes::BOVEN_PLAFOND_GELDSTROOM,
                ernst: Ernst::voor(zekerheid),
                regeling: Some(r.id.to_string()),
                aanvragen: Vec::new(),
                melding: Tekst {
                    nl: format!("{} {som_nl} uit geldstroom {}: {o_nl} meer dan het budget van {p_nl} voor alle gebieden samen.", vragen(t.aanvragen, &r.id).0, s.id).into(),
                    en: format!("{} {som_en} from funding stream {}: {o_en} more than its budget of {p_en} for all areas together.", vragen(t.aanvragen, &r.id).1, s.id).into(),
                },
                bron: Some(bron.clone()),
            });
        }
        plafonds.push(Plafond {
            regeling: r.id.to_string(),
            soort: PlafondSoort::Geldstroom,
            geldstroom: Some(s.id.to_string()),
            plafond,
            aangevraagd,
            boven_plafond,
            status,
            regel: regel.map(|_| RegelId::PlafondPerGeldstroom.tekst()),
            bron,
        });
    }
    if !onbekend.is_empty() {
        let lijst = onbekend.join(", ");
        let z = regel.map_or(Zekerheid::Onbekend, |g| g.zekerheid);
        bevindingen.push(OverzichtBevinding {
            code: codes::PLAFOND_ONBEKEND,
            ernst: Ernst::Info,
            regeling: Some(r.id.to_string()),
            aanvragen: Vec::new(),
            melding: Tekst {
                nl: format!("Het budget van geldstroom {lijst} ({}) is onbekend; die som is niet getoetst.", r.id).into(),
                en: format!("The budget of funding stream {lijst} ({}) is unknown; that sum was not checked.", r.id).into(),
            },
            bron: regel.map(|g| bron_van(set, &g.bron, g.artikel.as_deref(), z, None)),
        });
    }
    totaal_plafonds(
        set,
        r,
        t,
        som_plafonds,
        som_zekerheid,
        plafonds,
        bevindingen,
    );
}

/// The regulation's own budget (rule `totaal_plafond`) and the sum of all streams' ceilings.
#[allow(clippy::too_many_arguments)]
fn totaal_plafonds(
    set: &Regelset,
    r: &Regeling,
    t: &Totaal,
    som_plafonds: Option<Bedrag>,
    som_zekerheid: Zekerheid,
    plafonds: &mut Vec<Plafond>,
    bevindingen: &mut Vec<OverzichtBevinding>,
) {
    let mut kandidaten: Vec<(PlafondSoort, Option<Bedrag>, Option<&'static str>, Bron)> =
        Vec::new();
    if let Some(g) = r.regel(RegelId::TotaalPlafond, None) {
        let p = g.decimaal().map(Bedrag::van);
        let z = if p.is_some() {
            g.zekerheid
        } else {
            Zekerheid::Onbekend
        };
        let toelichting = g.toelichting.as_deref().zip(g.toelichting_en.as_deref());
        let bron = bron_van(set, &g.bron, g.artikel.as_deref(), z, toelichting);
        kandidaten.push((
            PlafondSoort::Totaal,
            p,
            Some(RegelId::TotaalPlafond.tekst()),
            bron,
        ));
    }
    if let (Some(p), Some(eerste)) = (som_plafonds, r.geldstroom.first()) {
        let toelichting = (
            "De som van de budgetten van alle geldstromen samen.",
            "The sum of the budgets of all funding streams together.",
        );
        let bron = bron_van(set, &eerste.bron, None, som_zekerheid, Some(toelichting));
        kandidaten.push((PlafondSoort::SomGeldstromen, Some(p), None, bron));
    }
    if kandidaten.is_empty() {
        let bron = bron_van(set, &r.bron, None, Zekerheid::Onbekend, None);
        kandidaten.push((PlafondSoort::Totaal, None, None, bron));
    }
    // The regulation's budget caps everything requested; the streams' ceilings together cap only
    // what is requested from a stream (money without one is shown apart, `zonder_geldstroom`).
    let in_stromen = som_van(t.per_geldstroom.values());
    for (soort, plafond, regel, bron) in kandidaten {
        let aangevraagd = match soort {
            PlafondSoort::SomGeldstromen => in_stromen,
            _ => t.aangevraagd,
        };
        let (status, boven_plafond) = stand(plafond, aangevraagd, t.bedragen_niet_gelezen == 0);
        if let (Some(p), Some(over)) = (plafond, boven_plafond) {
            bevindingen.push(boven_totaal(&r.id, t, soort, aangevraagd, (p, over), &bron));
        }
        plafonds.push(Plafond {
            regeling: r.id.to_string(),
            soort,
            geldstroom: None,
            plafond,
            aangevraagd,
            boven_plafond,
            status,
            regel,
            bron,
        });
    }
}

/// KW-OVERZICHT-002: `aangevraagd` is `over` above ceiling `p` of kind `soort` (the regulation's
/// budget, or all streams together).
fn boven_totaal(
    regeling: &str,
    t: &Totaal,
    soort: PlafondSoort,
    aangevraagd: Bedrag,
    (p, over): (Bedrag, Bedrag),
    bron: &Bron,
) -> OverzichtBevinding {
    let over_ongeveer = bron.zekerheid != Zekerheid::Geverifieerd && soort == PlafondSoort::Totaal;
    let (nl_ong, en_ong) = if over_ongeveer {
        ("ongeveer ", "about ")
    } else {
        ("", "")
    };
    let (wat_nl, wat_en) = match soort {
        PlafondSoort::SomGeldstromen => (
            "de budgetten van alle geldstromen samen",
            "the budgets of all funding streams together",
        ),
        _ => ("het budget van de regeling", "the regulation's budget"),
    };
    OverzichtBevinding {
        code: codes::BOVEN_TOTAAL,
        ernst: Ernst::voor(bron.zekerheid),
        regeling: Some(regeling.to_string()),
        aanvragen: Vec::new(),
        melding: Tekst {
            nl: format!(
                "{} {}: {} meer dan {wat_nl} ({nl_ong}{}).",
                vragen(t.aanvragen, regeling).0,
                euro(aangevraagd, false),
                euro(over, false),
                euro(p, false)
            )
            .into(),
            en: format!(
                "{} {}: {} more than {wat_en} ({en_ong}{}).",
                vragen(t.aanvragen, regeling).1,
                euro(aangevraagd, true),
                euro(over, true),
                euro(p, true)
            )
            .into(),
        },
        bron: Some(bron.clone()),
    }
}

/// A finding for each focusgebied that two or more aanvragen of one regulation name.
fn dubbel(
    set: &Regelset,
    r: &Regeling,
    eigen: &[&AanvraagRij],
    bevindingen: &mut Vec<OverzichtBevinding>,
) {
    let regeling: &str = &r.id;
    // Art. 1: the applicant is the gemeente in which the focusgebied lies; one grant per area is
    // inferred from that, so two aanvragen for one area only warn.
    let bron = r.regel(RegelId::AanvragerGemeente, None).map(|g| {
        bron_van(
            set,
            &g.bron,
            g.artikel.as_deref(),
            Zekerheid::Afgeleid,
            Some((
                "Eén uitkering per gemeente voor haar focusgebied is afgeleid uit de begripsbepaling van gemeente.",
                "One grant per gemeente for its focus area is inferred from the definition of gemeente.",
            )),
        )
    });
    let mut per_gebied: BTreeMap<&str, Vec<&AanvraagRij>> = BTreeMap::new();
    for a in eigen {
        if let Some(g) = a.focusgebied.as_deref() {
            per_gebied.entry(g).or_default().push(a);
        }
    }
    for (gebied, lijst) in per_gebied {
        if lijst.len() < 2 {
            continue;
        }
        let naam = lijst[0].focusgebied_naam.as_deref().unwrap_or(gebied);
        let bronnen: Vec<String> = lijst.iter().map(|a| a.bron.clone()).collect();
        let opsomming = bronnen.join(", ");
        bevindingen.push(OverzichtBevinding {
            code: codes::DUBBEL_FOCUSGEBIED,
            ernst: Ernst::Waarschuwing,
            regeling: Some(regeling.to_string()),
            melding: Tekst {
                nl: format!("{} aanvragen voor focusgebied {naam} in {regeling} ({opsomming}): de gemeente vraagt één uitkering aan voor haar focusgebied, dus het geld telt dubbel.", lijst.len()).into(),
                en: format!("{} applications for focus area {naam} in {regeling} ({opsomming}): the gemeente applies for one grant for its focus area, so the money counts twice.", lijst.len()).into(),
            },
            aanvragen: bronnen,
            bron: bron.clone(),
        });
    }
}

/// A warning when amounts of the regulation's aanvragen could not be read: its sums are
/// incomplete, so no ceiling can be called met.
fn niet_gelezen_bevinding(
    t: &Totaal,
    eigen: &[&AanvraagRij],
    bevindingen: &mut Vec<OverzichtBevinding>,
) {
    if t.bedragen_niet_gelezen == 0 {
        return;
    }
    let bronnen: Vec<String> = eigen
        .iter()
        .filter(|a| a.bedragen_niet_gelezen > 0)
        .map(|a| a.bron.clone())
        .collect();
    let opsomming = bronnen.join(", ");
    let (nl, en) = onvolledig_tekst(t.bedragen_niet_gelezen, t.aanvragen_niet_gelezen);
    bevindingen.push(OverzichtBevinding {
        code: codes::BEDRAGEN_NIET_GELEZEN,
        ernst: Ernst::Waarschuwing,
        regeling: Some(t.regeling.clone()),
        melding: Tekst {
            nl: format!("De sommen van {} zijn onvolledig: {nl} ({opsomming}); ze tellen niet mee, dus of de plafonds gehaald worden is niet te zeggen. Herstel die bedragen (zie hun bevindingen KW-BEDRAG-…).", t.regeling).into(),
            en: format!("The sums of {} are incomplete: {en} ({opsomming}); they are not counted, so whether the ceilings are met cannot be said. Correct those amounts (see their findings KW-BEDRAG-…).", t.regeling).into(),
        },
        aanvragen: bronnen,
        bron: None,
    });
}

/// `3 bedragen in 1 aanvraag niet gelezen` and its English, with the right plurals.
pub fn onvolledig_tekst(bedragen: usize, aanvragen: usize) -> (String, String) {
    (
        format!(
            "{} in {} niet gelezen",
            aantal(bedragen, "bedrag", "bedragen"),
            aantal(aanvragen, "aanvraag", "aanvragen")
        ),
        format!(
            "{} in {} not read",
            aantal(bedragen, "amount", "amounts"),
            aantal(aanvragen, "application", "applications")
        ),
    )
}

/// What `zonder_geldstroom` is, in Dutch and English.
pub const ZONDER_GELDSTROOM_UITLEG: (&str, &str) = (
    "aangevraagd voor een thema zonder geldstroom in deze regeling, of zonder bekend thema; telt bij geen plafond van een geldstroom mee",
    "requested for a theme with no funding stream in this regulation, or without a known theme; counts against no funding stream's ceiling",
);

/// The subject of a sum of `n` aanvragen of regulation `r`: `De 20 aanvragen van 2026-2028
/// vragen samen` / `The 20 applications of 2026-2028 together request`, or for one `De aanvraag
/// van 2026-2028 vraagt` / `The application of 2026-2028 requests`.
fn vragen(n: usize, r: &str) -> (String, String) {
    if n == 1 {
        (
            format!("De aanvraag van {r} vraagt"),
            format!("The application of {r} requests"),
        )
    } else {
        (
            format!("De {n} aanvragen van {r} vragen samen"),
            format!("The {n} applications of {r} together request"),
        )
    }
}

/// `n` with the singular or plural noun: `1 aanvraag`, `2 aanvragen`.
pub fn aantal(n: usize, enkel: &str, meervoud: &str) -> String {
    format!("{n} {}", if n == 1 { enkel } else { meervoud })
}

/// A note for each aanvraag that has no regulation: its amounts count against no ceiling.
fn zonder_regeling(aanvragen: &[AanvraagRij], bevindingen: &mut Vec<OverzichtBevinding>) {
    let zonder: Vec<String> = aanvragen
        .iter()
        .filter(|a| a.regeling.is_none())
        .map(|a| a.bron.clone())
        .collect();
    if zonder.is_empty() {
        return;
    }
    let opsomming = zonder.join(", ");
    let (wiens_nl, wiens_en) = if zonder.len() == 1 {
        ("de bedragen van deze aanvraag tellen", "its amounts count")
    } else {
        ("hun bedragen tellen", "their amounts count")
    };
    bevindingen.push(OverzichtBevinding {
        code: codes::ZONDER_REGELING,
        ernst: Ernst::Info,
        regeling: None,
        melding: Tekst {
            nl: format!("Zonder regeling ({opsomming}): {wiens_nl} bij geen enkel plafond mee.")
                .into(),
            en: format!("Without a regulation ({opsomming}): {wiens_en} against no ceiling.")
                .into(),
        },
        aanvragen: zonder,
        bron: None,
    });
}

/// An amount in euros, Dutch (`€ 1.250,00`) or English (`€1,250.00`).
pub fn euro(b: Bedrag, en: bool) -> String {
    let taal = if en {
        crate::geld::Taal::En
    } else {
        crate::geld::Taal::Nl
    };
    crate::geld::totaal_als(&b, taal)
}
