//! The law model: the shape of the rule files in `rules/`, apart from the engine that applies them.
//!
//! `build.rs` uses this crate too, so it depends only on serde, serde_json, rust_decimal and time. Every rule and value carries its `bron` (a key into
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
/// and `kansrijke_wijk::regels::standaard` reads them back: `velden!(m)` hands the list to macro `m`.
/// Both sides name every field, so a field missing here fails the build.
#[macro_export]
macro_rules! velden {
    ($m:ident) => {
        $m! {
            Regelset { bronnen, gebieden, regelingen }
            Gebieden { lijst, gemeente, focusgebied }
            GebiedenLijst { omschrijving, vindplaats, url, zekerheid }
            Gemeente { code, naam, aliassen, zekerheid }
            Focusgebied { id, naam, varianten, programmanamen, gemeente, inwoners_x1000,
                samenstelling, samenstelling_en, samenstelling_zekerheid, onzeker, bronnen, codes }
            GebiedCodes { soort, codes, indeling, uitkomst, zekerheid, toelichting, bron }
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
        crate::json::lees(&self.tekst).ok()
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
pub fn compact(w: &serde_json::Value) -> String {
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "vormen", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "vormen", derive(ts_rs::TS))]
pub struct Tekst {
    /// Dutch.
    pub nl: Str,
    /// English.
    pub en: Str,
}

/// A source (vindplaats) that rules cite by key, from `rules/bronnen.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
/// parts (by `build.rs`, read back by `kansrijke_wijk::regels::standaard`), so not deserialised.
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Gebieden {
    /// Where the list itself comes from.
    pub lijst: GebiedenLijst,
    /// The gemeenten in which a focus area lies.
    pub gemeente: Lijst<Gemeente>,
    /// The focus areas.
    pub focusgebied: Lijst<Focusgebied>,
}

/// Provenance of the list of areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
    /// CBS codes known to lie inside (or outside) the area.
    #[serde(default)]
    pub codes: Lijst<GebiedCodes>,
}

/// A set of CBS codes and what a match with them means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GebiedCodes {
    /// `buurt`, `wijk` or `prefix`.
    pub soort: CodeSoort,
    /// The codes (or prefixes).
    pub codes: Lijst<Str>,
    /// The CBS indeling year the codes belong to, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indeling: Option<u16>,
    /// What a match means.
    pub uitkomst: Ligging,
    /// How certain the codes are.
    pub zekerheid: Zekerheid,
    /// Where the codes come from, in words.
    pub toelichting: Str,
    /// Source URL or repository.
    pub bron: Str,
}

/// Kind of CBS code in a [`GebiedCodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CodeSoort {
    /// Exact CBS buurtcodes (`BU05183620`).
    Buurt,
    /// Exact CBS wijkcodes.
    Wijk,
    /// A code prefix (`BU034403`).
    Prefix,
}

/// Whether a place lies in a focus area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Regel {
    /// Which rule this is; the engine knows each id (`RegelId` in `src/model/src/id.rs`).
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "vormen", derive(schemars::JsonSchema))]
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
/// `kansrijke_wijk::regels::aanvulling::lees`: unknown fields are refused, lists may be left out.
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

// The JSON Schema of the rule files (feature `vormen`, for the main crate's tests only). A rule's
// value and the sources table have hand-written readers, so their schemas are written here too.
#[cfg(feature = "vormen")]
impl schemars::JsonSchema for JsonTekst {
    fn schema_name() -> Cow<'static, str> {
        "Waarde".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The rule's value; its kind follows from the rule id (RegelId::soort in src/model/src/id.rs)."
        })
    }
}

#[cfg(feature = "vormen")]
impl schemars::JsonSchema for Bronnen {
    fn schema_name() -> Cow<'static, str> {
        "Bronnen".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let bron = g.subschema_for::<BronDefinitie>();
        schemars::json_schema!({ "type": "object", "additionalProperties": bron })
    }
}

// What the engine asks of the model: a regulation, a rule, a value as its type.

impl Regelset {
    /// The regulation with this id (`2023-2025`, `2026-2028`).
    pub fn regeling(&self, id: &str) -> Option<&Regeling> {
        self.regelingen.iter().find(|r| r.id == id)
    }

    /// The citation of source key `sleutel` (the key itself when unknown, which checks prevent).
    pub fn vindplaats<'a>(&'a self, sleutel: &'a str) -> (&'a str, &'a str) {
        match self.bronnen.get(sleutel) {
            Some(b) => (&b.vindplaats, &b.url),
            None => (sleutel, ""),
        }
    }
}

impl Regeling {
    /// The rule `id` that applies to theme `thema`: one limited to that theme if there is one, else
    /// the general rule. `None` when the regulation has no such rule (the check then does not apply).
    pub fn regel(&self, id: crate::RegelId, thema: Option<&str>) -> Option<&Regel> {
        let id = id.tekst();
        thema
            .and_then(|t| {
                self.regel
                    .iter()
                    .find(|r| r.id == id && r.themas.iter().any(|x| x == t))
            })
            .or_else(|| {
                self.regel
                    .iter()
                    .find(|r| r.id == id && r.themas.is_empty())
            })
    }

    /// The theme with this id.
    pub fn thema(&self, id: &str) -> Option<&Thema> {
        self.thema.iter().find(|t| t.id == id)
    }

    /// The years this regulation funds.
    pub fn jaren(&self) -> Vec<i32> {
        crate::controle::waarde_van(self, crate::RegelId::Jaren)
            .as_ref()
            .and_then(crate::controle::als_jaren)
            .unwrap_or_default()
    }
}

impl Regel {
    /// The rule's value, read from its JSON text; `None` when it has none (onbekend or no value).
    pub fn waarde(&self) -> Option<serde_json::Value> {
        self.waarde.as_ref().and_then(JsonTekst::waarde)
    }

    /// The value as a date (rules of [`crate::WaardeSoort::Datum`]).
    pub fn datum(&self) -> Option<time::Date> {
        self.waarde().as_ref().and_then(crate::controle::als_datum)
    }

    /// The value as a whole number (rules of [`crate::WaardeSoort::Jaar`] and [`crate::WaardeSoort::AantalJaren`]).
    pub fn geheel(&self) -> Option<i64> {
        self.waarde().as_ref().and_then(crate::controle::als_geheel)
    }

    /// The value as a decimal (rules of [`crate::WaardeSoort::Aandeel`] and [`crate::WaardeSoort::Bedrag`]).
    pub fn decimaal(&self) -> Option<rust_decimal::Decimal> {
        self.waarde()
            .as_ref()
            .and_then(crate::controle::als_decimaal)
    }

    /// The value as an age band `(van, tot_en_met)` (rules of [`crate::WaardeSoort::Leeftijden`]).
    pub fn leeftijden(&self) -> Option<(i64, i64)> {
        self.waarde()
            .as_ref()
            .and_then(crate::controle::als_leeftijden)
    }
}
