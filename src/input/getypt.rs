//! The typed aanvraag for native callers: a serde type a Rust program builds or reads from JSON, checked by the lenient engine.
//!
//! Every field is an `Option`, because a missing fact is not an error: the beoordeling then says
//! `onvolledig`. A value of the wrong type is, however: where the lenient reader
//! ([`crate::input::aanvraag::lees`]) makes a finding at its path, reading this type from JSON
//! fails. So this is the type for programs that build an aanvraag; any JSON a person typed goes
//! through [`crate::toets`] or [`crate::toets_tekst`]. [`crate::toets_aanvraag`] checks an
//! [`Aanvraag`] as the JSON it writes, so both give the same answer for the same input.

use crate::base::getal::lees_decimaal;
use crate::regels::controle::lees_datum;
use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;

/// The serde impls of the structs below, around the ones derived with `remote = "Self"` (which
/// become inherent functions): serde's derive also reads a struct from a JSON array (its fields in
/// order, so `"coalitie": []` would read as an empty coalitie), but an aanvraag's objects are
/// objects; the lenient path calls an array there `KW-INVOER-002`. So only a map is read.
macro_rules! alleen_object {
    ($($t:ident),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $t::serialize(self, s)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Bezoeker;
                impl<'de> Visitor<'de> for Bezoeker {
                    type Value = $t;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("an object (", stringify!($t), ")"))
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<$t, A::Error> {
                        $t::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                d.deserialize_map(Bezoeker)
            }
        }
    )*};
}

alleen_object!(
    Aanvraag,
    Alliantie,
    Coalitie,
    School,
    Activiteit,
    Doelgroep,
    Begrotingsregel
);

/// The aanvraag (contract: "The aanvraag"). Unknown fields are refused when read from JSON (the
/// lenient path reports them as `KW-INVOER-003`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Aanvraag {
    /// `"2023-2025"` or `"2026-2028"`; absent: chosen from the date, the years and the themes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub regeling: Option<String>,
    /// Date of submission (`"2025-07-15"` in JSON).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "datum")]
    #[cfg_attr(test, ts(optional = nullable, as = "Option<String>"))]
    pub ingediend_op: Option<time::Date>,
    /// CBS gemeentecode (`GM0014`) or name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub gemeente: Option<String>,
    /// Focus area id (`groningen-noord`) or a known name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub focusgebied: Option<String>,
    /// Governance facts of the NPLV-alliantie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub alliantie: Option<Alliantie>,
    /// The School en Omgeving coalition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub coalitie: Option<Coalitie>,
    /// The activities (interventies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub activiteiten: Option<Vec<Activiteit>>,
}

/// Governance facts of the NPLV-alliantie.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Alliantie {
    /// Chaired by the burgemeester.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub voorzitter_burgemeester: Option<bool>,
    /// Has an integral multi-year gebiedsplan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub gebiedsplan: Option<bool>,
    /// Has an uitvoeringsprogramma.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub uitvoeringsprogramma: Option<bool>,
    /// Residents are involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub inwoners_betrokken: Option<bool>,
}

/// The School en Omgeving coalition.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Coalitie {
    /// Its schools.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub scholen: Option<Vec<School>>,
}

/// One school of the coalition.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct School {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub naam: Option<String>,
    /// BRIN code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub brin: Option<String>,
    /// Whether it lies inside the focus area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub binnen_focusgebied: Option<bool>,
}

/// One activity (interventie).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Activiteit {
    /// Id, unique in the aanvraag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub naam: Option<String>,
    /// Theme id of the tranche (`school_en_omgeving`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub thema: Option<String>,
    /// Category id from the theme's catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub categorie: Option<String>,
    /// Whether its results land in the focus area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub binnen_focusgebied: Option<bool>,
    /// Target age band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub doelgroep: Option<Doelgroep>,
    /// Budget lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub begroting: Option<Vec<Begrotingsregel>>,
}

/// Target age band in whole years (signed, as the engine reads them: a negative age is a
/// `KW-DOELGROEP-002` finding, not a reading error).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Doelgroep {
    /// Lowest age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, as = "Option<f64>"))]
    pub leeftijd_van: Option<i64>,
    /// Highest age, inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, as = "Option<f64>"))]
    pub leeftijd_tot_en_met: Option<i64>,
}

/// Kind of budget line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Soort {
    /// Spending on the activity (the default).
    Activiteit,
    /// Staff inside the activity.
    Personeel,
    /// A percentage surcharge for capacity or overhead.
    Opslag,
}

/// One budget line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Begrotingsregel {
    /// Allocation year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, as = "Option<f64>"))]
    pub jaar: Option<i64>,
    /// Euros, exactly. Written as a decimal string (`"350000.00"`); read from a string or a JSON
    /// number by its exact text, which must be the amount as it writes back (no exponent, sign or
    /// spaces). More than two decimals, zero or less are the engine's findings (`KW-BEDRAG-002`,
    /// `KW-BEDRAG-001`), not reading errors.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "bedrag")]
    #[cfg_attr(test, ts(optional = nullable, type = "Bedrag | number | null"))]
    pub bedrag: Option<Decimal>,
    /// Year of spending (absent: `jaar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, as = "Option<f64>"))]
    pub besteding_in: Option<i64>,
    /// Kind (absent: activiteit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, inline))]
    pub soort: Option<Soort>,
}

impl Aanvraag {
    /// The aanvraag as the contract's JSON value (what [`crate::toets`] takes). Absent fields are
    /// left out, amounts are strings with every decimal written, dates `YYYY-MM-DD`.
    pub fn als_waarde(&self) -> Value {
        // Cannot fail: only strings, whole numbers, booleans and maps with string keys.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// `time::Date` as `"YYYY-MM-DD"`, read with the engine's own date reader.
mod datum {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<time::Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            // time's Display of a Date is ISO 8601 (`2025-07-15`) for years 0-9999.
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<time::Date>, D::Error> {
        let Some(t) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        lees_datum(&t).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format_args!("{t:?} is not a date (YYYY-MM-DD)"))
        })
    }
}

/// An amount as a decimal string, read from a string or a JSON number exactly (not through f64).
mod bedrag {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            // Decimal's Display keeps the scale: 350000.00 stays "350000.00".
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        // Through a JSON value: with serde_json's arbitrary_precision a number keeps its text.
        let (tekst, is_getal) = match Value::deserialize(d)? {
            Value::Null => return Ok(None),
            Value::String(s) => (s, false),
            Value::Number(n) => (n.as_str().to_owned(), true),
            w => {
                return Err(serde::de::Error::custom(format_args!(
                    "an amount is a decimal string or a number, not {w}"
                )))
            }
        };
        // Only the text the amount writes back (`350000.00`, `99.5`, `350.000`; not `1e3`, ` 5`
        // or `+5`): a finding of the engine quotes the amount as typed, so an amount that would
        // be written differently could give a different message than the lenient path gives.
        match lees_decimaal(&tekst, is_getal) {
            Some(d) if d.to_string() == tekst => Ok(Some(d)),
            _ => Err(serde::de::Error::custom(format_args!(
                "{tekst:?} is not an amount in euros written as digits with a point (\"1250000.00\")"
            ))),
        }
    }
}

#[cfg(test)]
mod ts_vormen {
    //! The TypeScript shapes of the aanvraag, generated from these types by ts-rs (a
    //! dev-dependency) and held against the hand-written `npm/kansrijke-wijk.d.ts`, as the
    //! beoordeling's are: each field, its type and whether it may be absent or `null`.

    use super::*;
    use crate::beoordeling::ts_vormen::{velden_dts, velden_rust};

    #[test]
    fn de_typen_van_de_aanvraag_zijn_die_van_de_dts() {
        let dts = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/npm/kansrijke-wijk.d.ts"
        ))
        .unwrap();
        let paren: [(&str, Vec<String>); 7] = [
            ("Aanvraag", velden_rust::<Aanvraag>()),
            ("Alliantie", velden_rust::<Alliantie>()),
            ("Coalitie", velden_rust::<Coalitie>()),
            ("School", velden_rust::<School>()),
            ("Activiteit", velden_rust::<Activiteit>()),
            ("Doelgroep", velden_rust::<Doelgroep>()),
            ("Begrotingsregel", velden_rust::<Begrotingsregel>()),
        ];
        for (naam, rust) in paren {
            assert_eq!(rust, velden_dts(&dts, naam), "interface {naam}");
        }
    }
}
