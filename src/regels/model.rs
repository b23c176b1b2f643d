//! The law model: the shape of the rule files in `rules/`, apart from the engine that applies them.
//!
//! This file is also compiled into `build.rs` (by `#[path]`), so it depends only on serde,
//! serde_json, rust_decimal and time. Every rule and value carries its `bron` (a key into
//! [`Regelset::bronnen`]) and its [`Zekerheid`].

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A text of the rule set: borrowed from the compiled-in rules, owned when read at run time.
pub type Str = Cow<'static, str>;

/// A list of the rule set: a slice made once for the whole run in the compiled-in rules, a `Vec`
/// when changed at run time. So a copy of the compiled rules to fill shares every list it leaves
/// alone (`build.rs` writes them in a compact form of its own, read back field by field; see
/// BENCHMARKS.md).
pub type Lijst<T> = Cow<'static, [T]>;

/// Every struct of the compiled rule set with all its fields, in the order `build.rs` writes them
/// and [`crate::regels::standaard`] reads them back: `velden!(m)` hands the list to macro `m`.
/// Both sides name every field, so a field missing here fails the build.
macro_rules! velden {
    ($m:ident) => {
        $m! {
            Regelset { bronnen, gebieden, regelingen }
            Gebieden { lijst, gemeente, focusgebied, indeling }
            Indeling { jaar, bron, gemeente }
            IndelingGemeente { code, tabel }
            GebiedenLijst { omschrijving, vindplaats, url, zekerheid }
            Gemeente { code, naam, aliassen, zekerheid }
            Focusgebied { id, naam, varianten, programmanamen, gemeente, inwoners_x1000,
                samenstelling, samenstelling_en, samenstelling_zekerheid, onzeker, bronnen, lijst_volledig }
            Regeling { id, citeertitel, bron, wijzigingen, grondslag, zekerheid, regel, thema,
                geldstroom, maximum }
            Regel { id, artikel, themas, bron, zekerheid, toelichting, toelichting_en, omschrijving,
                waarde, toets, bestand }
            Thema { id, letter, naam, artikel, artikel_zekerheid, geldstroom,
                geldstroom_zekerheid, bron, zekerheid, categorieen, bestand }
            Categorie { id, naam, naam_en }
            Geldstroom { id, naam, plafond, bron, zekerheid, toelichting, toelichting_en, bestand }
            Maximum { focusgebied, thema, jaar, bedrag, bron, zekerheid, bestand }
            BronDefinitie { vindplaats, titel, url }
            Tekst { nl, en }
        }
    };
}
pub(crate) use velden;

/// Ends each text of the compiled rule set in the text stream `build.rs` writes (no rule text
/// may contain it; the build checks).
pub const SCHEIDING: char = '\u{1F}';

fn is_leeg<T: Clone>(l: &Lijst<T>) -> bool {
    l.is_empty()
}

/// Sources by key, sorted by key; in the files a table (`[KEY]` in TOML, an object in JSON).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bronnen(pub Lijst<(Str, BronDefinitie)>);

impl Bronnen {
    /// The source with this key.
    pub fn get(&self, sleutel: &str) -> Option<&BronDefinitie> {
        self.0
            .binary_search_by(|(k, _)| k.as_ref().cmp(sleutel))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Whether a source has this key.
    pub fn contains_key(&self, sleutel: &str) -> bool {
        self.get(sleutel).is_some()
    }

    /// Add or replace the source `sleutel`, keeping the keys sorted.
    pub fn insert(&mut self, sleutel: Str, bron: BronDefinitie) {
        match self.0.binary_search_by(|(k, _)| k.as_ref().cmp(&sleutel)) {
            Ok(i) => self.0.to_mut()[i].1 = bron,
            Err(i) => self.0.to_mut().insert(i, (sleutel, bron)),
        }
    }

    /// The sources, sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&Str, &BronDefinitie)> {
        self.0.iter().map(|(k, b)| (k, b))
    }
}

impl Serialize for Bronnen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Bronnen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Bezoeker;
        impl<'de> serde::de::Visitor<'de> for Bezoeker {
            type Value = Bronnen;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of sources by key")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Bronnen, A::Error> {
                let mut b = Bronnen::default();
                // A key given twice: the last one counts, as in a map.
                while let Some((k, v)) = m.next_entry::<String, BronDefinitie>()? {
                    b.insert(k.into(), v);
                }
                Ok(b)
            }
        }
        d.deserialize_map(Bezoeker)
    }
}

/// A rule's value as JSON text (`[2026, 2027, 2028]`, `"2025-07-07"`); in the files any TOML or
/// JSON value. Text, so a value can be static data; [`JsonTekst::waarde`] reads it when asked
/// (the texts are short; keeping the value read costs more wasm than reading it again,
/// BENCHMARKS.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonTekst {
    /// The JSON text.
    tekst: Str,
}

impl JsonTekst {
    /// A value from its JSON text (for static data, so `const`).
    pub const fn statisch(tekst: &'static str) -> Self {
        JsonTekst {
            tekst: Cow::Borrowed(tekst),
        }
    }

    /// The value. `None` only if the text is not JSON, which the constructors prevent.
    pub fn waarde(&self) -> Option<serde_json::Value> {
        crate::base::json::lees(&self.tekst).ok()
    }

    /// The JSON text.
    pub fn tekst(&self) -> &str {
        &self.tekst
    }

    /// The JSON text of `w`, compact (as `Value`'s `Display` writes it).
    pub fn van(w: &serde_json::Value) -> Self {
        JsonTekst {
            tekst: compact(w).into(),
        }
    }
}

/// `w` as compact JSON text, through `serde_json::to_string` rather than `Value`'s `Display`
/// (size: BENCHMARKS.md). Writing a `Value` to a `Vec` cannot fail (its keys are strings).
pub(crate) fn compact(w: &serde_json::Value) -> String {
    serde_json::to_string(w).unwrap_or_default()
}

impl std::fmt::Display for JsonTekst {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.tekst)
    }
}

impl Serialize for JsonTekst {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.waarde() {
            Some(w) => w.serialize(s),
            None => Err(serde::ser::Error::custom("rule value is not JSON")),
        }
    }
}

impl<'de> Deserialize<'de> for JsonTekst {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_json::Value::deserialize(d).map(|w| JsonTekst::van(&w))
    }
}

/// How certain a rule or value is, per `../shared/spec/regeling.md`.
///
/// Ordered from most to least certain, so `max()` over the parts of a check gives the check's own
/// certainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Zekerheid {
    /// Read in the Staatscourant text, or stated plainly by a government source.
    Geverifieerd,
    /// Inferred: a check built on it may only warn.
    Afgeleid,
    /// The value exists in the regulation but no public source shows it: an empty slot.
    Onbekend,
}

impl Zekerheid {
    /// The Dutch word as written in the rule files and the beoordeling.
    pub fn als_tekst(self) -> &'static str {
        match self {
            Zekerheid::Geverifieerd => "geverifieerd",
            Zekerheid::Afgeleid => "afgeleid",
            Zekerheid::Onbekend => "onbekend",
        }
    }
}

/// A text in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Tekst {
    /// Dutch.
    pub nl: Str,
    /// English.
    pub en: Str,
}

/// A source (vindplaats) that rules cite by key, from `rules/bronnen.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BronDefinitie {
    /// How the source is cited, e.g. `"Stcrt. 2025, 20924"`.
    pub vindplaats: Str,
    /// Its title.
    #[serde(default)]
    pub titel: Str,
    /// Where to read it.
    pub url: Str,
}

/// The whole compiled rule set: sources, the focus areas and both regulations. Built from its
/// parts (by `build.rs`, read back by [`crate::regels::standaard`]), so not deserialised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regelset {
    /// Sources by key (`STCRT-2025-20924`, `FAQ-2023`, ...).
    pub bronnen: Bronnen,
    /// The 20 stedelijke focusgebieden and their 19 gemeenten. Made once for the whole run: an
    /// [`Aanvulling`] cannot change them, so every copy of the set shares them.
    pub gebieden: &'static Gebieden,
    /// The regulations (tranches), oldest first.
    pub regelingen: Lijst<Regeling>,
}

/// `rules/gebieden.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gebieden {
    /// Where the list itself comes from.
    pub lijst: GebiedenLijst,
    /// The gemeenten in which a focus area lies.
    pub gemeente: Lijst<Gemeente>,
    /// The focus areas.
    pub focusgebied: Lijst<Focusgebied>,
    /// Every CBS buurt of the 19 gemeenten (`rules/cbs-buurten-2023/`, filled in by the build).
    #[serde(default)]
    pub indeling: Indeling,
}

/// The CBS wijken and buurten of the 19 gemeenten in one indeling year.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indeling {
    /// The indeling year (2023).
    pub jaar: u16,
    /// The source and its licence, as it must be cited.
    pub bron: Str,
    /// Per gemeente, sorted by code.
    pub gemeente: Lijst<IndelingGemeente>,
}

/// The CBS wijken and buurten of one gemeente, with the focus-area rows of its buurten.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndelingGemeente {
    /// CBS gemeentecode (`GM0014`).
    pub code: Str,
    /// The gemeente's part of `rules/cbs-buurten-2023/` and `rules/focusgebieden/` as one text,
    /// a line per wijk or buurt in CBS order (size: BENCHMARKS.md):
    /// - a wijk: `#`, the two characters after the gemeente in its code (`WK0363FA`: `FA`), its
    ///   name;
    /// - a buurt of the wijk above: its focus-area row, if any, as one character [`LID`] + 9 ×
    ///   the area's position among the gemeente's areas + 3 × deel + koppeling (each by its
    ///   position); then, unless it is the previous buurt's number plus one (the first: 00), the
    ///   character [`NUMMER`] and the code's last two digits; then its name.
    pub tabel: Str,
}

/// See [`IndelingGemeente::tabel`]: the first character of a buurt's focus-area row; the 18 from
/// it lie between the line end and [`NUMMER`].
pub const LID: char = '\u{B}';
/// See [`IndelingGemeente::tabel`]: marks a buurt number that is not the previous one plus one.
pub const NUMMER: char = '\u{1D}';

/// `rules/focusgebieden/<id>.toml`: the buurten of one area as a person reviews them. The build
/// checks it and keeps only what the engine needs (in [`IndelingGemeente::tabel`]); the
/// `toelichting` of each row stays in the file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GebiedBestand {
    /// The area's id; also the file's name.
    pub focusgebied: String,
    /// Always `afgeleid`: no official buurt-level delineation is public.
    pub zekerheid: Zekerheid,
    /// Whether every buurt of the area is listed.
    pub lijst_volledig: bool,
    /// What is known about the list's gaps.
    pub notitie: String,
    /// The buurten.
    #[serde(default)]
    pub buurt: Vec<GebiedBuurt>,
}

/// One row of a [`GebiedBestand`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GebiedBuurt {
    /// CBS buurtcode.
    pub code: String,
    /// CBS name, checked against the CBS list so a reviewer sees which buurt it is.
    pub naam: String,
    /// Whether all of it belongs to the area.
    pub deel: Deel,
    /// How strong the match is.
    pub koppeling: Koppeling,
    /// Which line of the composition it rests on, and the checks made.
    pub toelichting: String,
}

/// How much of a listed buurt belongs to its area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Deel {
    /// The buurt, or its wijk, is named as part of the area: binnen (afgeleid).
    Geheel,
    /// Only part of its wijk belongs: onzeker.
    Gedeeltelijk,
    /// A doubtful candidate: onzeker.
    Onzeker,
}

/// How strong the match of a buurt to an area's composition is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Koppeling {
    /// Named plainly in the composition.
    Hoog,
    /// Named, with a choice made in matching it.
    Middel,
    /// Weak.
    Laag,
}

/// Provenance of the list of areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GebiedenLijst {
    /// What the list is.
    pub omschrijving: Str,
    /// Where it is published.
    pub vindplaats: Str,
    /// Where to read it.
    pub url: Str,
    /// How certain the list is.
    pub zekerheid: Zekerheid,
}

/// A gemeente with a focus area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gemeente {
    /// CBS gemeentecode, `GM` and four digits.
    pub code: Str,
    /// Official CBS name.
    pub naam: Str,
    /// Other names people type (`Den Haag`).
    #[serde(default)]
    pub aliassen: Lijst<Str>,
    /// How certain the code and name are.
    pub zekerheid: Zekerheid,
}

/// A stedelijk focusgebied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Focusgebied {
    /// Stable id (`groningen-noord`).
    pub id: Str,
    /// Name as CBS published it in 2026.
    pub naam: Str,
    /// Other spellings (the 2022 NPLV list and others).
    #[serde(default)]
    pub varianten: Lijst<Str>,
    /// Local programme names (`NPZW`).
    #[serde(default)]
    pub programmanamen: Lijst<Str>,
    /// CBS gemeentecode of its gemeente.
    pub gemeente: Str,
    /// Inhabitants on 1 January 2025, in thousands (CBS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inwoners_x1000: Option<u32>,
    /// The wijken or buurten it consists of, in words.
    pub samenstelling: Str,
    /// The same in English.
    pub samenstelling_en: Str,
    /// How certain that composition is.
    pub samenstelling_zekerheid: Zekerheid,
    /// What is uncertain about it, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onzeker: Option<Str>,
    /// Source URLs.
    #[serde(default)]
    pub bronnen: Lijst<Str>,
    /// Whether its buurten (`rules/focusgebieden/<id>.toml`, filled in by the build into
    /// [`Indeling`]) are all listed, so that an unlisted buurt of its gemeente lies outside.
    #[serde(default)]
    pub lijst_volledig: bool,
}

/// Whether a place lies in a focus area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Ligging {
    /// Inside, on the data named.
    Binnen,
    /// Outside.
    Buiten,
    /// Cannot be said on the data we have.
    Onzeker,
}

/// One regulation (tranche), merged from the files in `rules/<id>/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Regeling {
    /// `2023-2025` or `2026-2028`.
    pub id: Str,
    /// Citeertitel.
    pub citeertitel: Str,
    /// Source key of the regulation itself.
    pub bron: Str,
    /// Source keys of its amendments.
    #[serde(default)]
    pub wijzigingen: Lijst<Str>,
    /// Its legal basis.
    pub grondslag: Str,
    /// How certain this metadata is.
    pub zekerheid: Zekerheid,
    /// The rules, article by article.
    #[serde(default)]
    pub regel: Lijst<Regel>,
    /// The themes money may be spent on.
    #[serde(default)]
    pub thema: Lijst<Thema>,
    /// The funding streams.
    #[serde(default)]
    pub geldstroom: Lijst<Geldstroom>,
    /// Maxima per area (the annex; empty until a rule set fills it).
    #[serde(default)]
    pub maximum: Lijst<Maximum>,
}

/// The part of a regulation one rule file contributes (every file but `regeling.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegelingDeel {
    /// Rules.
    #[serde(default)]
    pub regel: Lijst<Regel>,
    /// Themes.
    #[serde(default)]
    pub thema: Lijst<Thema>,
    /// Funding streams.
    #[serde(default)]
    pub geldstroom: Lijst<Geldstroom>,
    /// Maxima.
    #[serde(default)]
    pub maximum: Lijst<Maximum>,
}

/// One rule: a condition or a value of the regulation, with its legal basis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Regel {
    /// Which rule this is; the engine knows each id (see [`super::RegelId`]).
    pub id: Str,
    /// Article (and lid) in the regulation, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artikel: Option<Str>,
    /// Themes the rule is limited to; empty = all themes.
    #[serde(default, skip_serializing_if = "is_leeg")]
    pub themas: Lijst<Str>,
    /// Source key.
    pub bron: Str,
    /// How certain the rule is.
    pub zekerheid: Zekerheid,
    /// Why it has that certainty, or other context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Str>,
    /// The same in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting_en: Option<Str>,
    /// What it says.
    pub omschrijving: Tekst,
    /// Its value; absent when the rule has none or the value is onbekend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waarde: Option<JsonTekst>,
    /// False for rules that hold nothing to check in an aanvraag.
    #[serde(default = "waar", skip_serializing_if = "is_waar")]
    pub toets: bool,
    /// The rule file it came from (set by the build).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestand: Option<Str>,
}

fn waar() -> bool {
    true
}

fn is_waar(b: &bool) -> bool {
    *b
}

/// A theme (hoofdthema / intervention category group) of a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Thema {
    /// Stable id (`school_en_omgeving`).
    pub id: Str,
    /// Letter in the article, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<Str>,
    /// Name.
    pub naam: Tekst,
    /// Its own article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artikel: Option<Str>,
    /// How certain that article number is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artikel_zekerheid: Option<Zekerheid>,
    /// Funding stream id.
    pub geldstroom: Str,
    /// How certain the funding stream is.
    pub geldstroom_zekerheid: Zekerheid,
    /// Source key for the theme's existence.
    pub bron: Str,
    /// How certain the theme's existence is.
    pub zekerheid: Zekerheid,
    /// Catalogue of intervention categories (zekerheid afgeleid).
    #[serde(default)]
    pub categorieen: Lijst<Categorie>,
    /// The rule file it came from (set by the build).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestand: Option<Str>,
}

/// An intervention category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Categorie {
    /// Stable id.
    pub id: Str,
    /// Dutch name.
    pub naam: Str,
    /// English name.
    pub naam_en: Str,
}

/// A funding stream and its ceiling over all areas together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Geldstroom {
    /// `OCW`, `SZW`, `VRO`, ...
    pub id: Str,
    /// The ministry.
    pub naam: Str,
    /// Ceiling in euros as a decimal string; absent when onbekend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plafond: Option<Str>,
    /// Source key.
    pub bron: Str,
    /// How certain the ceiling is.
    pub zekerheid: Zekerheid,
    /// Context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<Str>,
    /// The same in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toelichting_en: Option<Str>,
    /// The rule file it came from (set by the build).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestand: Option<Str>,
}

/// A maximum amount for one area and theme (and optionally one year), as an annex or award letter
/// sets it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Maximum {
    /// Focus area id.
    pub focusgebied: Str,
    /// Theme id.
    pub thema: Str,
    /// Allocation year; absent = the whole tranche.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jaar: Option<i32>,
    /// Euros, decimal string with at most two decimals.
    pub bedrag: Str,
    /// Source key.
    pub bron: Str,
    /// How certain it is.
    pub zekerheid: Zekerheid,
    /// The rule file it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bestand: Option<Str>,
}

/// A rule set loaded at run time that fills or overrides values of the compiled one (for
/// instance the maxima from an award letter). TOML or JSON with this shape, read by
/// [`crate::regels::aanvulling::lees`]: unknown fields are refused, lists may be left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Aanvulling {
    /// Extra sources the filled values cite.
    pub bronnen: Bronnen,
    /// Per regulation: values to fill or override.
    pub regeling: Vec<RegelingAanvulling>,
}

/// Values to fill or override in one regulation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegelingAanvulling {
    /// `2023-2025` or `2026-2028`.
    pub id: String,
    /// Rules to fill: matched on `id` and `themas`; the fields given replace the compiled ones.
    pub regel: Vec<RegelAanvulling>,
    /// Ceilings per funding stream to fill.
    pub geldstroom: Vec<GeldstroomAanvulling>,
    /// Maxima per area, added to (or replacing, for the same area, theme and year) the compiled ones.
    pub maximum: Vec<Maximum>,
}

/// The fields of a rule that a rule set may fill.
#[derive(Debug, Clone, PartialEq)]
pub struct RegelAanvulling {
    /// Which rule.
    pub id: String,
    /// Which theme scope (must match the compiled rule's; empty = the general rule).
    pub themas: Vec<String>,
    /// New value.
    pub waarde: Option<JsonTekst>,
    /// New certainty.
    pub zekerheid: Zekerheid,
    /// New source key.
    pub bron: String,
    /// New article.
    pub artikel: Option<String>,
    /// New context.
    pub toelichting: Option<String>,
}

/// A ceiling a rule set fills for one funding stream.
#[derive(Debug, Clone, PartialEq)]
pub struct GeldstroomAanvulling {
    /// Which stream.
    pub id: String,
    /// Ceiling, decimal string.
    pub plafond: String,
    /// Source key.
    pub bron: String,
    /// Certainty.
    pub zekerheid: Zekerheid,
}

// The JSON Schema of the rule files (tests only: schemars is a dev-dependency). A rule's value
// and the sources table have hand-written readers, so their schemas are written here too.
#[cfg(test)]
impl schemars::JsonSchema for JsonTekst {
    fn schema_name() -> Cow<'static, str> {
        "Waarde".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The rule's value; its kind follows from the rule id (RegelId::soort in src/regels/id.rs)."
        })
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Bronnen {
    fn schema_name() -> Cow<'static, str> {
        "Bronnen".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let bron = g.subschema_for::<BronDefinitie>();
        schemars::json_schema!({ "type": "object", "additionalProperties": bron })
    }
}

#[cfg(test)]
mod schema {
    use super::{Bronnen, GebiedBestand, Gebieden, Regeling, RegelingDeel};

    #[test]
    fn het_schema_van_de_regelbestanden_is_bij() {
        // docs/schema/*.json, for editors (see .taplo.toml); KW_SCHEMA_SCHRIJF=1 writes them anew.
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema");
        let schemas = [
            ("regeling", schemars::schema_for!(Regeling)),
            ("deel", schemars::schema_for!(RegelingDeel)),
            ("gebieden", schemars::schema_for!(Gebieden)),
            ("bronnen", schemars::schema_for!(Bronnen)),
            ("focusgebied", schemars::schema_for!(GebiedBestand)),
        ];
        for (naam, schema) in schemas {
            let pad = map.join(format!("{naam}.schema.json"));
            let tekst = serde_json::to_string_pretty(&schema).unwrap() + "\n";
            if std::env::var_os("KW_SCHEMA_SCHRIJF").is_some() {
                std::fs::create_dir_all(&map).unwrap();
                std::fs::write(&pad, &tekst).unwrap();
            }
            let op_schijf = std::fs::read_to_string(&pad).unwrap_or_default();
            assert!(
                op_schijf == tekst,
                "{} is not the schema of the model; run KW_SCHEMA_SCHRIJF=1 cargo test --lib schema",
                pad.display()
            );
        }
    }
}
