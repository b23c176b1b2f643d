//! JSON text to a `serde_json::Value`, numbers kept as their exact decimal text.
//!
//! Our own visitor rather than `Value`'s `Deserialize`: with `arbitrary_precision`, serde_json's
//! reads a number's text through a typed `deserialize_str`, and that one call links serde's error
//! messages for unexpected floats, with all of Rust's float formatting (issue 3: see
//! BENCHMARKS.md). The `Value` built here is the same as serde_json's, with two differences: a
//! member named `"$serde_json::private::Number"` stays a member (serde_json's turns such an object
//! into a number), and a text with more than [`MAX_WAARDEN`] values is refused.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;
use std::str::FromStr;

/// The most values (array items and object members, all levels) one JSON text may hold: more is
/// refused before memory runs out (the JS object API has the same limit).
pub const MAX_WAARDEN: usize = 2_000_000;

/// The key under which serde_json (`arbitrary_precision`) hands a number's text to a visitor.
const GETAL: &str = "$serde_json::private::Number";

/// Read JSON text as a `Value`.
///
/// # Errors
/// serde_json's error (syntax, end of input, nesting deeper than 127, trailing characters), with
/// its line and column; or `more than 2000000 values` ([`MAX_WAARDEN`]).
pub fn lees(tekst: &str) -> serde_json::Result<Value> {
    let teller = Cell::new(0);
    let mut de = serde_json::Deserializer::from_str(tekst);
    let w = Waarde(&teller).deserialize(&mut de)?;
    de.end()?;
    Ok(w)
}

/// Reads one value, counting values in `.0`.
#[derive(Clone, Copy)]
struct Waarde<'t>(&'t Cell<usize>);

impl<'de> DeserializeSeed<'de> for Waarde<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(Bezoeker(self.0))
    }
}

impl Waarde<'_> {
    /// Count one more value; an error past [`MAX_WAARDEN`].
    fn tel<E: de::Error>(self) -> Result<(), E> {
        self.0.set(self.0.get() + 1);
        if self.0.get() > MAX_WAARDEN {
            return Err(E::custom(format_args!("more than {MAX_WAARDEN} values")));
        }
        Ok(())
    }
}

struct Bezoeker<'t>(&'t Cell<usize>);

impl<'de> Visitor<'de> for Bezoeker<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Value, E> {
        // Not reached: with arbitrary_precision serde_json hands numbers over as text (below).
        Err(E::custom("a number given as a float"))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Waarde(self.0).deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Value, A::Error> {
        let seed = Waarde(self.0);
        let mut lijst = Vec::new();
        while let Some(x) = s.next_element_seed(seed)? {
            seed.tel()?;
            lijst.push(x);
        }
        Ok(Value::Array(lijst))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Value, A::Error> {
        let seed = Waarde(self.0);
        let mut map = Map::new();
        while let Some(k) = m.next_key_seed(SleutelLezer)? {
            // A member counts; the entry that carries a number's text does not.
            let k = match k {
                Sleutel::Naam(k) => k,
                Sleutel::Getal => match m.next_value_seed(GetalLezer(self.0))? {
                    // A number: serde_json hands its text over as the only entry under the
                    // private key, as an owned string, which the text of a member never is.
                    GetalOfWaarde::Getal(t) if map.is_empty() => {
                        return Number::from_str(&t)
                            .map(Value::Number)
                            .map_err(|_| de::Error::custom("invalid number"));
                    }
                    GetalOfWaarde::Getal(t) => {
                        seed.tel()?;
                        map.insert(GETAL.to_string(), Value::String(t));
                        continue;
                    }
                    // An object in the text that happens to use that name: an ordinary member.
                    GetalOfWaarde::Waarde(w) => {
                        seed.tel()?;
                        map.insert(GETAL.to_string(), w);
                        continue;
                    }
                },
            };
            seed.tel()?;
            let w = m.next_value_seed(seed)?;
            // A member given twice would silently keep its last value (RFC 8259 leaves that to
            // the reader): refused, with the name, at its line and column.
            // (The name is not quoted: line and column point at it, and quoting it safely costs
            // the wasm more than it tells.)
            if map.contains_key(&k) {
                return Err(de::Error::custom("member name given twice in one object"));
            }
            map.insert(k, w);
        }
        Ok(Value::Object(map))
    }
}

/// The value under the private key: a number's text (given as an owned `String`), or the value of
/// an ordinary member of that name (strings from the text come borrowed or copied, never owned).
enum GetalOfWaarde {
    Getal(String),
    Waarde(Value),
}

struct GetalLezer<'t>(&'t Cell<usize>);

impl<'de> DeserializeSeed<'de> for GetalLezer<'_> {
    type Value = GetalOfWaarde;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<GetalOfWaarde, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for GetalLezer<'_> {
    type Value = GetalOfWaarde;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<GetalOfWaarde, E> {
        Ok(GetalOfWaarde::Getal(s))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<GetalOfWaarde, E> {
        Ok(GetalOfWaarde::Waarde(Value::String(s.to_owned())))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<GetalOfWaarde, E> {
        Bezoeker(self.0).visit_bool(b).map(GetalOfWaarde::Waarde)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<GetalOfWaarde, E> {
        Bezoeker(self.0).visit_i64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<GetalOfWaarde, E> {
        Bezoeker(self.0).visit_u64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<GetalOfWaarde, E> {
        Bezoeker(self.0).visit_f64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_unit<E: de::Error>(self) -> Result<GetalOfWaarde, E> {
        Ok(GetalOfWaarde::Waarde(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<GetalOfWaarde, A::Error> {
        Bezoeker(self.0).visit_seq(s).map(GetalOfWaarde::Waarde)
    }

    fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<GetalOfWaarde, A::Error> {
        Bezoeker(self.0).visit_map(m).map(GetalOfWaarde::Waarde)
    }
}

/// A member name, or the private key of a number (recognised without allocating it).
enum Sleutel {
    Getal,
    Naam(String),
}

struct SleutelLezer;

impl<'de> DeserializeSeed<'de> for SleutelLezer {
    type Value = Sleutel;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Sleutel, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SleutelLezer {
    type Value = Sleutel;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Sleutel, E> {
        Ok(if s == GETAL {
            Sleutel::Getal
        } else {
            Sleutel::Naam(s.to_owned())
        })
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Sleutel, E> {
        Ok(if s == GETAL {
            Sleutel::Getal
        } else {
            Sleutel::Naam(s)
        })
    }
}

/// Escape one JSON Pointer token (RFC 6901).
pub fn token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dezelfde_waarde_als_serde_json() {
        for tekst in [
            r#"{"a": [1, -2, 3.50, 1e+21, 12345678901234567890123.45], "b": null, "c": true}"#,
            r#"[{"x": "y\u00e9"}, [], {}, "", 0, -0, 0.0]"#,
        ] {
            let eigen = lees(tekst).unwrap();
            let serde: Value = serde_json::from_str(tekst).unwrap();
            assert_eq!(eigen, serde);
            assert_eq!(eigen.to_string(), serde.to_string());
        }
        assert_eq!(lees("[1, 2.50]").unwrap().to_string(), "[1,2.50]");
        // One difference, on purpose: serde_json keeps the last of a name given twice; this
        // reader refuses it, at the second one, rather than choose.
        let dubbel = r#"{"dubbel": 1, "dubbel": 2}"#;
        assert_eq!(serde_json::from_str::<Value>(dubbel).unwrap()["dubbel"], 2);
        let e = lees(dubbel).unwrap_err();
        assert!(e.to_string().starts_with("member name given twice"), "{e}");
        // Column 26 is the "}" after the second value (counted by hand): where the reader stood.
        assert_eq!((e.line(), e.column()), (1, 26));
        assert!(lees(r#"{"a": {"x": 1}, "b": {"x": 2}}"#).is_ok());
    }

    #[test]
    fn te_veel_waarden() {
        let precies = format!("[{}0]", "0,".repeat(MAX_WAARDEN - 1));
        assert_eq!(
            lees(&precies).unwrap().as_array().unwrap().len(),
            MAX_WAARDEN
        );
        let een_te_veel = format!("{{\"a\": [{}0]}}", "0,".repeat(MAX_WAARDEN - 1));
        let fout = lees(&een_te_veel).unwrap_err().to_string();
        assert!(fout.starts_with("more than 2000000 values"), "{fout}");
    }

    #[test]
    fn de_interne_naam_van_serde_json_is_een_gewoon_lid() {
        // serde_json's own Value would read these as numbers, or refuse them.
        for (tekst, verwacht) in [
            (r#"{"$serde_json::private::Number": "350000.00"}"#, "string"),
            (r#"{"$serde_json::private::Number": 1, "a": 2}"#, "number"),
            (r#"{"a": 2, "$serde_json::private::Number": [1]}"#, "array"),
            (r#"{"$serde_json::private::Number": {"b": null}}"#, "object"),
        ] {
            let w = lees(tekst).unwrap();
            let lid = &w.as_object().unwrap()["$serde_json::private::Number"];
            let soort = match lid {
                Value::String(_) => "string",
                Value::Number(_) => "number",
                Value::Array(_) => "array",
                Value::Object(_) => "object",
                _ => "other",
            };
            assert_eq!(soort, verwacht, "{tekst}");
        }
    }

    #[test]
    fn dezelfde_fouten_als_serde_json() {
        let diep = "[".repeat(200);
        for tekst in ["", "{", "[1,]", "{\"a\" 1}", "1 2", diep.as_str(), "nul"] {
            let eigen = lees(tekst).unwrap_err();
            let serde = serde_json::from_str::<Value>(tekst).unwrap_err();
            assert_eq!(eigen.to_string(), serde.to_string());
        }
    }
}
