//! The rule sets: the compiled-in one from `rules/`, and filling it at run time.
//!
//! The law model itself (the rule files' shape, the rule ids, the checks, the name keys) is the
//! crate `kansrijke-wijk-model` in `src/model/`, named here as `regels::model`, `regels::id`,
//! `regels::controle` and `regels::naam`.

pub mod aanvulling;
pub mod gebieden;
pub use kansrijke_wijk_model::{controle, id, model, naam};

pub use controle::Probleem;
pub use id::{RegelId, WaardeSoort};
pub use model::*;

use crate::base::tekst::Reeks;

/// The rule set of `rules/`, written and checked by `build.rs` as two streams (its texts, and its
/// shape as numbers; see `StreamWriter` there), read back here once, field by field in the order of
/// `kansrijke_wijk_model::velden!`.
mod gebakken {
    use super::model::*;
    use kansrijke_wijk_model::velden;
    use std::borrow::Cow;

    static TEKST: &str = include_str!(concat!(env!("OUT_DIR"), "/regels.tekst"));
    static VORM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/regels.vorm"));

    /// The compiled rule set. Its texts borrow [`TEKST`]; its lists are leaked once, so they are
    /// borrowed as in a `static` and a clone of the set copies only what it changes.
    pub fn regelset() -> Regelset {
        let mut l = StreamReader {
            vorm: VORM.iter(),
            teksten: TEKST.split(SCHEIDING),
            gezien: Vec::new(),
        };
        Regelset::lees(&mut l)
    }

    /// Reads the compiled rule set back from the two streams `build.rs` wrote.
    struct StreamReader {
        vorm: std::slice::Iter<'static, u8>,
        teksten: std::str::Split<'static, char>,
        /// The texts read so far, by number.
        gezien: Vec<&'static str>,
    }

    impl StreamReader {
        /// The next LEB128 number (0 past the end, which the build prevents).
        fn getal(&mut self) -> u32 {
            let mut n = 0u32;
            let mut schuif = 0u32;
            for &b in self.vorm.by_ref() {
                n |= u32::from(b & 0x7f).wrapping_shl(schuif);
                schuif += 7;
                if b < 0x80 {
                    break;
                }
            }
            n
        }

        /// 0: the next text of the stream; else 1 + the number of a text read before.
        fn tekst(&mut self) -> &'static str {
            match self.getal() as usize {
                0 => {
                    let t = self.teksten.next().unwrap_or_default();
                    self.gezien.push(t);
                    t
                }
                i => self.gezien.get(i - 1).copied().unwrap_or_default(),
            }
        }
    }

    /// Reads a value from the two streams, in the order `build.rs` wrote it.
    trait FromStreams {
        fn lees(l: &mut StreamReader) -> Self;
    }

    impl FromStreams for Str {
        fn lees(l: &mut StreamReader) -> Self {
            Cow::Borrowed(l.tekst())
        }
    }

    impl FromStreams for JsonTekst {
        fn lees(l: &mut StreamReader) -> Self {
            JsonTekst::statisch(l.tekst())
        }
    }

    impl<T: FromStreams + Clone> FromStreams for Lijst<T> {
        fn lees(l: &mut StreamReader) -> Self {
            let n = l.getal() as usize;
            let mut v = Vec::with_capacity(n);
            for _ in 0..n {
                v.push(T::lees(l));
            }
            Cow::Borrowed(v.leak())
        }
    }

    impl<T: FromStreams> FromStreams for Option<T> {
        fn lees(l: &mut StreamReader) -> Self {
            (l.getal() != 0).then(|| T::lees(l))
        }
    }

    impl<T: FromStreams> FromStreams for &'static T {
        fn lees(l: &mut StreamReader) -> Self {
            Box::leak(Box::new(T::lees(l)))
        }
    }

    impl<A: FromStreams, B: FromStreams> FromStreams for (A, B) {
        fn lees(l: &mut StreamReader) -> Self {
            (A::lees(l), B::lees(l))
        }
    }

    impl FromStreams for Bronnen {
        fn lees(l: &mut StreamReader) -> Self {
            Bronnen(FromStreams::lees(l))
        }
    }

    impl FromStreams for bool {
        fn lees(l: &mut StreamReader) -> Self {
            l.getal() != 0
        }
    }

    impl FromStreams for u32 {
        fn lees(l: &mut StreamReader) -> Self {
            l.getal()
        }
    }

    impl FromStreams for u16 {
        fn lees(l: &mut StreamReader) -> Self {
            l.getal() as u16
        }
    }

    impl FromStreams for i32 {
        fn lees(l: &mut StreamReader) -> Self {
            l.getal() as i32
        }
    }

    /// Field-less enums of three variants, by the position of the variant (`build.rs` writes
    /// `variant as u32`).
    macro_rules! lees_enum {
        ($($t:ident { $a:ident, $b:ident, $c:ident })*) => {$(
            impl FromStreams for $t {
                fn lees(l: &mut StreamReader) -> Self {
                    match l.getal() {
                        0 => $t::$a,
                        1 => $t::$b,
                        _ => $t::$c,
                    }
                }
            }
        )*};
    }
    lees_enum! {
        Zekerheid { Geverifieerd, Afgeleid, Onbekend }
        CodeSoort { Buurt, Wijk, Prefix }
        Ligging { Binnen, Buiten, Onzeker }
    }

    /// Structs: Rust evaluates the fields of a struct expression in the order written.
    macro_rules! lees_struct {
        ($($t:ident { $($veld:ident),* })*) => {$(
            impl FromStreams for $t {
                fn lees(l: &mut StreamReader) -> Self {
                    $t { $($veld: FromStreams::lees(l)),* }
                }
            }
        )*};
    }
    velden!(lees_struct);
}

/// SHA-256 (hex) of the compiled rule set's JSON: which rules an answer rests on.
pub const REGELS_SHA256: &str = include_str!(concat!(env!("OUT_DIR"), "/regels.sha256"));

/// Why a rule set could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RegelsetFout {
    /// The text is not valid TOML or JSON of the [`Aanvulling`] shape (every problem, with its
    /// JSON path, joined by `"; "`).
    #[error("rule set {bron} cannot be read: {melding}")]
    Onleesbaar {
        /// File name or other label.
        bron: String,
        /// Parser message (with line and column where the parser gives them).
        melding: String,
    },
    /// The filled rule set is inconsistent.
    #[error("rule set {bron} is inconsistent:\n{}", Opsomming(.problemen))]
    Ongeldig {
        /// File name or other label.
        bron: String,
        /// Every problem found.
        problemen: Vec<Probleem>,
    },
}

/// Problems one per line, each as `  - waar: wat`, written straight to the formatter.
struct Opsomming<'a>(&'a [Probleem]);

impl std::fmt::Display for Opsomming<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            let scheiding = if i == 0 { "" } else { "\n" };
            write!(f, "{scheiding}  - {p}")?;
        }
        Ok(())
    }
}

/// The compiled rule set (both tranches and the 20 areas).
pub fn standaard() -> &'static Regelset {
    static SET: std::sync::OnceLock<Regelset> = std::sync::OnceLock::new();
    SET.get_or_init(gebakken::regelset)
}

/// The compiled rule set filled with `aanvulling` (see [`Aanvulling`] for the shape).
///
/// # Errors
/// [`RegelsetFout::Ongeldig`] with every problem when the result is inconsistent (an unknown rule,
/// theme or area, a value of the wrong type, an onbekend zekerheid with a value, ...).
pub fn met_aanvulling(aanvulling: &Aanvulling, bron: &str) -> Result<Regelset, RegelsetFout> {
    controle::vul_aan(standaard(), aanvulling, bron).map_err(|problemen| RegelsetFout::Ongeldig {
        bron: bron.into(),
        problemen,
    })
}

/// Read an [`Aanvulling`] from JSON text and apply it to the compiled rule set.
///
/// # Errors
/// [`RegelsetFout::Onleesbaar`] when the text is not JSON (serde_json's message, with line and
/// column) or not of that shape; else as [`met_aanvulling`].
pub fn aanvulling_uit_json(tekst: &str, bron: &str) -> Result<Regelset, RegelsetFout> {
    // A byte order mark is allowed before JSON text, as in an aanvraag.
    let tekst = tekst.strip_prefix('\u{FEFF}').unwrap_or(tekst);
    let w = crate::base::json::lees(tekst).map_err(|e| RegelsetFout::Onleesbaar {
        bron: bron.into(),
        melding: e.to_string(),
    })?;
    aanvulling_uit_waarde(&w, bron)
}

/// Read an [`Aanvulling`] from a JSON value (for TOML: the file read as a `serde_json::Value`)
/// and apply it to the compiled rule set.
///
/// # Errors
/// [`RegelsetFout::Onleesbaar`] with every problem and its JSON path when the value is not of the
/// [`Aanvulling`] shape; else as [`met_aanvulling`].
pub fn aanvulling_uit_waarde(w: &serde_json::Value, bron: &str) -> Result<Regelset, RegelsetFout> {
    let a = aanvulling::lees(w).map_err(|p| RegelsetFout::Onleesbaar {
        bron: bron.into(),
        melding: Reeks(p.iter().map(String::as_str), "; ").to_string(),
    })?;
    met_aanvulling(&a, bron)
}

#[cfg(test)]
mod tests {
    #[test]
    fn de_gelezen_regelset_is_die_van_de_build() {
        // The JSON that build.rs hashed: the set read back from the two streams is the same set.
        let json = include_str!(concat!(env!("OUT_DIR"), "/regels.json"));
        assert_eq!(serde_json::to_string(super::standaard()).unwrap(), json);
    }
}
