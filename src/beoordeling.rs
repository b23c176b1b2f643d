//! The beoordeling (assessment) the checker returns, exactly as `../shared/spec/contract.md` shapes it.

use crate::base::kaart::Kaart;
use crate::regels::{Regel, Regeling, Regelset, Tekst, Zekerheid};
use rust_decimal::Decimal;
// Reading a beoordeling back is for native callers: in the .wasm it cost about 120 B gzipped even
// unused (measured), so it is left out there.
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Deserializer};
use serde::{Serialize, Serializer};
use std::cmp::Ordering;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Ernst {
    /// Breaks a geverifieerd rule, or the aanvraag contradicts itself: `voldoet_niet`.
    Fout,
    /// A needed fact is absent: `onvolledig`.
    Ontbreekt,
    /// Breaks a rule that is only afgeleid; never changes the outcome.
    Waarschuwing,
    /// A check could not be made (onbekend value), or a helpful note.
    Info,
}

impl Ernst {
    /// The severity for breaking a rule of certainty `z`: fout when geverifieerd, waarschuwing when
    /// afgeleid, info when onbekend (the check could not really be made).
    pub fn voor(z: Zekerheid) -> Ernst {
        match z {
            Zekerheid::Geverifieerd => Ernst::Fout,
            Zekerheid::Afgeleid => Ernst::Waarschuwing,
            Zekerheid::Onbekend => Ernst::Info,
        }
    }
}

/// The overall outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Uitkomst {
    /// No fout and nothing missing.
    Voldoet,
    /// At least one fout.
    VoldoetNiet,
    /// No fout, but at least one needed fact is missing.
    Onvolledig,
}

/// Where a rule comes from and how certain it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Bron {
    /// Citation (`"Stcrt. 2025, 20924"`).
    pub vindplaats: String,
    /// Article and lid, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub artikel: Option<String>,
    /// The same in English, when it reads differently (`2, second paragraph`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub artikel_en: Option<String>,
    /// Where to read it.
    pub url: String,
    /// How certain the rule is.
    pub zekerheid: Zekerheid,
    /// Why it has that certainty, when the rule says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub toelichting: Option<String>,
    /// The same in English, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub toelichting_en: Option<String>,
}

impl Bron {
    /// The source of `regel` as cited in `set`.
    pub fn van_regel(set: &Regelset, regel: &Regel) -> Bron {
        let (vindplaats, url) = set.vindplaats(&regel.bron);
        Bron {
            vindplaats: vindplaats.into(),
            artikel: regel.artikel.as_deref().map(str::to_string),
            artikel_en: regel.artikel.as_deref().and_then(artikel_en),
            url: url.into(),
            zekerheid: regel.zekerheid,
            toelichting: regel.toelichting.as_deref().map(str::to_string),
            toelichting_en: regel.toelichting_en.as_deref().map(str::to_string),
        }
    }
}

/// An article reference in English when it reads differently: `2, tweede lid` becomes
/// `2, second paragraph`; `None` for `6`.
pub fn artikel_en(a: &str) -> Option<String> {
    const LEDEN: [(&str, &str); 5] = [
        ("eerste lid", "first paragraph"),
        ("tweede lid", "second paragraph"),
        ("derde lid", "third paragraph"),
        ("vierde lid", "fourth paragraph"),
        ("vijfde lid", "fifth paragraph"),
    ];
    let i = a.find(',')?;
    let lid = a[i + 1..].trim_start();
    let (_, en) = LEDEN.iter().find(|(nl, _)| *nl == lid)?;
    let mut uit = a[..i + 1].to_string();
    uit.push(' ');
    uit.push_str(en);
    Some(uit)
}

/// One finding about one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Bevinding {
    /// Stable code (see [`crate::codes::CODES`]).
    #[cfg_attr(test, ts(type = "Code"))]
    pub code: &'static str,
    /// How serious.
    pub ernst: Ernst,
    /// JSON Pointer (RFC 6901) into the aanvraag; `""` is the whole aanvraag.
    pub pad: String,
    /// The message in Dutch and English.
    pub melding: Tekst,
    /// The rule it rests on; absent for findings about the input itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub bron: Option<Bron>,
}

/// The regulation the aanvraag was checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RegelingVerwijzing {
    /// `2023-2025` or `2026-2028`.
    pub id: String,
    /// Citeertitel.
    pub citeertitel: String,
    /// Citation.
    pub vindplaats: String,
}

impl RegelingVerwijzing {
    /// The reference for `r`.
    pub fn van(set: &Regelset, r: &Regeling) -> Self {
        RegelingVerwijzing {
            id: r.id.to_string(),
            citeertitel: r.citeertitel.to_string(),
            vindplaats: set.vindplaats(&r.bron).0.into(),
        }
    }
}

/// The resolved focus area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct GebiedVerwijzing {
    /// Area id.
    pub id: String,
    /// Area name.
    pub naam: String,
    /// Gemeente name.
    pub gemeente: String,
    /// CBS gemeentecode.
    pub gemeentecode: String,
}

/// Euros as a whole number of cents, written as a string with exactly two decimals
/// (`"350000.00"`). Every amount the engine sums has at most two decimals and fits a `Decimal`
/// (below 2^96), so a `u128` of cents holds any total exactly: a total is never cut off or left
/// uncomputed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Bedrag {
    /// The amount in cents.
    pub centen: u128,
}

impl Bedrag {
    /// An amount that is not negative, in whole cents: cut to cents if it has more decimals
    /// (which no amount the engine sums has: the reader and the rule-set checks refuse them).
    pub fn van(d: Decimal) -> Bedrag {
        let mut d = d;
        if d.scale() > 2 {
            d = d.trunc_with_scale(2);
        }
        let mut centen = d.mantissa().unsigned_abs();
        for _ in d.scale()..2 {
            centen *= 10;
        }
        Bedrag { centen }
    }

    /// This plus `d` (not negative), exactly.
    pub fn plus(self, d: Decimal) -> Bedrag {
        self.som(Bedrag::van(d))
    }

    /// The sum of two amounts, exactly (saturating far beyond any sum of 2,000,000 amounts).
    pub fn som(self, b: Bedrag) -> Bedrag {
        Bedrag {
            centen: self.centen.saturating_add(b.centen),
        }
    }

    /// The amount as `"1234.50"`.
    pub fn tekst(&self) -> String {
        // Base 10^9 digits by long division on 32-bit limbs: u128 division would link
        // compiler-builtins' __udivti3. The digits go into `buf` from the right, the point
        // before the last two; then one string (issue 13: it was five allocations).
        let mut buf = [0u8; TEKEN_RUIMTE];
        let mut limbs = [
            (self.centen >> 96) as u32,
            (self.centen >> 64) as u32,
            (self.centen >> 32) as u32,
            self.centen as u32,
        ];
        let mut i = buf.len();
        let mut cijfers = 0;
        loop {
            let mut rest = 0u64;
            for l in limbs.iter_mut() {
                let cur = (rest << 32) | u64::from(*l);
                *l = (cur / 1_000_000_000) as u32;
                rest = cur % 1_000_000_000;
            }
            let laatste = limbs.iter().all(|l| *l == 0);
            // Nine digits of every part but the first, which has no leading zeros; at least
            // three digits in all ("0.05").
            for _ in 0..9 {
                if laatste && rest == 0 && cijfers >= 3 {
                    break;
                }
                if cijfers == 2 {
                    i -= 1;
                    buf[i] = b'.';
                }
                i -= 1;
                buf[i] = b'0' + (rest % 10) as u8;
                rest /= 10;
                cijfers += 1;
            }
            if laatste {
                break;
            }
        }
        buf[i..].iter().map(|&b| char::from(b)).collect()
    }
}

/// Room for the longest amount: the 39 digits of `u128::MAX` cents and the point.
const TEKEN_RUIMTE: usize = 40;

#[cfg(not(target_arch = "wasm32"))]
/// A [`Bevinding`] as read from JSON: its code is looked up, so that it is the `&'static str` of
/// [`crate::codes::Code::tekst`] (serde would otherwise borrow a `&str` field from the input).
#[derive(Deserialize)]
struct GelezenBevinding {
    code: GelezenCode,
    ernst: Ernst,
    pad: String,
    melding: Tekst,
    #[serde(default)]
    bron: Option<Bron>,
}

/// A documented finding code read from JSON.
#[cfg(not(target_arch = "wasm32"))]
struct GelezenCode(&'static str);

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for GelezenCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = std::borrow::Cow::<'de, str>::deserialize(d)?;
        crate::codes::Code::van_tekst(&t)
            .map(|c| GelezenCode(c.tekst()))
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown finding code {t:?}")))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Bevinding {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        GelezenBevinding::deserialize(d).map(Bevinding::from)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<GelezenBevinding> for Bevinding {
    fn from(g: GelezenBevinding) -> Bevinding {
        Bevinding {
            code: g.code.0,
            ernst: g.ernst,
            pad: g.pad,
            melding: g.melding,
            bron: g.bron,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Bedrag {
    /// The amount of a text as [`Bedrag::tekst`] writes it (`"1234.50"`: digits, a point, two
    /// digits); `None` for any other text.
    pub fn uit_tekst(t: &str) -> Option<Bedrag> {
        let (heel, cent) = t.split_once('.')?;
        let cijfers = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !cijfers(heel) || cent.len() != 2 || !cijfers(cent) {
            return None;
        }
        let mut centen: u128 = 0;
        for b in heel.bytes().chain(cent.bytes()) {
            centen = centen.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
        }
        Some(Bedrag { centen })
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Bedrag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Bedrag::uit_tekst(&t).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "{t:?} is not an amount as the beoordeling writes it (\"1234.50\")"
            ))
        })
    }
}

impl Serialize for Bedrag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tekst())
    }
}

/// The totals of the aanvraag. Every amount that could be read counts, also in a year or theme
/// that breaks a rule, so the totals match what the applicant typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Totalen {
    /// Everything requested.
    #[cfg_attr(test, ts(type = "Bedrag"))]
    pub aangevraagd: Bedrag,
    /// Per funding stream of the regulation (all streams, also those at zero).
    #[cfg_attr(test, ts(type = "Record<string, Bedrag>"))]
    pub per_geldstroom: Kaart<Bedrag>,
    /// Per theme id, per allocation year.
    #[cfg_attr(test, ts(type = "Record<string, Record<string, Bedrag>>"))]
    pub per_thema: Kaart<Kaart<Bedrag>>,
}

/// The assessment of one aanvraag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Beoordeling {
    /// The regulation applied; `null` when none could be chosen.
    pub regeling: Option<RegelingVerwijzing>,
    /// The outcome.
    pub uitkomst: Uitkomst,
    /// The resolved focus area; `null` when it could not be resolved.
    pub focusgebied: Option<GebiedVerwijzing>,
    /// The findings, in document order of their paths.
    pub bevindingen: Vec<Bevinding>,
    /// Totals.
    pub totalen: Totalen,
}

/// The most findings one beoordeling holds; past it the rest is left out and one `KW-INVOER-004`
/// says so. Without a limit an aanvraag of a few MB (400,000 empty activities) gives an answer of
/// hundreds of MB, more than a JS string or the wasm module's memory holds.
pub const MAX_BEVINDINGEN: usize = 100_000;

/// Whether `bevindingen` takes one more. One past [`MAX_BEVINDINGEN`] is still taken, so the
/// engine can tell "exactly the limit" from "some left out" (it then drops that one).
pub(crate) fn ruimte(bevindingen: &[Bevinding]) -> bool {
    bevindingen.len() <= MAX_BEVINDINGEN
}

impl Beoordeling {
    /// Compact JSON, the same bytes on every platform.
    pub fn json(&self) -> String {
        // Cannot fail: every field serialises to plain JSON (strings, maps with string keys). The
        // error's Display, not `expect`'s Debug (size: BENCHMARKS.md).
        // Natively into one buffer sized for the usual answer (a finding writes about 400 bytes),
        // so that it seldom grows (issue 13). The .wasm's serde_json has no writer without `std`
        // (size: BENCHMARKS.md), so there `to_string`, which grows its buffer as it goes.
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut uit = Vec::with_capacity(1024 + 512 * self.bevindingen.len().min(1024));
            serde_json::to_writer(&mut uit, self)
                .unwrap_or_else(|e| panic!("beoordeling serialises: {e}"));
            // serde_json writes only UTF-8.
            String::from_utf8(uit).unwrap_or_else(|e| panic!("beoordeling serialises: {e}"))
        }
        #[cfg(target_arch = "wasm32")]
        serde_json::to_string(self).unwrap_or_else(|e| panic!("beoordeling serialises: {e}"))
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// A beoordeling read back from its JSON (as [`Beoordeling::json`] or the CLI's `--json`
    /// writes it); it equals the beoordeling that was written.
    ///
    /// # Errors
    /// When the text is not a beoordeling: not JSON, a field missing or of the wrong type, a code
    /// that is not documented, an amount not written as `"1234.50"`.
    pub fn uit_json(tekst: &str) -> Result<Beoordeling, serde_json::Error> {
        serde_json::from_str(tekst)
    }

    /// Indented JSON for people.
    pub fn json_mooi(&self) -> String {
        // Cannot fail: as above.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| panic!("beoordeling serialises: {e}"))
    }

    /// Number of findings per severity `(fout, ontbreekt, waarschuwing, info)`.
    pub fn tellingen(&self) -> (usize, usize, usize, usize) {
        let n = |e| self.bevindingen.iter().filter(|b| b.ernst == e).count();
        (
            n(Ernst::Fout),
            n(Ernst::Ontbreekt),
            n(Ernst::Waarschuwing),
            n(Ernst::Info),
        )
    }
}

/// The outcome that follows from a list of findings.
pub fn uitkomst_van(bevindingen: &[Bevinding]) -> Uitkomst {
    if bevindingen.iter().any(|b| b.ernst == Ernst::Fout) {
        Uitkomst::VoldoetNiet
    } else if bevindingen.iter().any(|b| b.ernst == Ernst::Ontbreekt) {
        Uitkomst::Onvolledig
    } else {
        Uitkomst::Voldoet
    }
}

/// The contract's field order, used to put findings in document order.
const VELDVOLGORDE: &[&str] = &[
    "regeling",
    "ingediend_op",
    "gemeente",
    "focusgebied",
    "alliantie",
    "voorzitter_burgemeester",
    "gebiedsplan",
    "uitvoeringsprogramma",
    "inwoners_betrokken",
    "coalitie",
    "scholen",
    "activiteiten",
    "id",
    "naam",
    "brin",
    "thema",
    "categorie",
    "binnen_focusgebied",
    "doelgroep",
    "leeftijd_van",
    "leeftijd_tot_en_met",
    "begroting",
    "jaar",
    "bedrag",
    "besteding_in",
    "soort",
];

/// Where a path token sorts: array indices first (by number), then the contract's fields (in its
/// order), then unknown members (by name). Compared as an enum, so only unknown names compare text.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Rang<'a> {
    /// u64, not usize: the order must not depend on the platform (wasm32 has a 32-bit usize).
    Index(u64),
    Veld(usize),
    Onbekend(&'a str),
}

fn rang(token: &str) -> Rang<'_> {
    if let Ok(i) = token.parse::<u64>() {
        return Rang::Index(i);
    }
    match VELDVOLGORDE.iter().position(|v| *v == token) {
        Some(i) => Rang::Veld(i),
        None => Rang::Onbekend(token),
    }
}

/// Compare two JSON Pointers in document order: parents before children, array items by index,
/// object members in the contract's field order (unknown members last, by name).
pub fn vergelijk_paden(a: &str, b: &str) -> Ordering {
    let ta = a.split('/').skip(1);
    let tb = b.split('/').skip(1);
    for paar in ta.zip(tb) {
        let o = rang(paar.0).cmp(&rang(paar.1));
        if o != Ordering::Equal {
            return o;
        }
    }
    a.split('/').count().cmp(&b.split('/').count())
}

/// Put findings in document order (then by code, text and path), dropping exact duplicates.
pub fn orden(bevindingen: &mut Vec<Bevinding>) {
    let orde = {
        // Each path's ranks once, compared as lists in the order of `vergelijk_paden`: the sort
        // compares O(n log n) times, and up to 100,000 findings may come.
        let b = &*bevindingen;
        let rangen: Vec<Vec<Rang<'_>>> = b
            .iter()
            .map(|x| x.pad.split('/').skip(1).map(rang).collect())
            .collect();
        crate::base::volgorde::volgorde(b.len(), &|x, y| {
            rangen[x]
                .cmp(&rangen[y])
                .then_with(|| b[x].code.cmp(b[y].code))
                .then_with(|| b[x].melding.nl.cmp(&b[y].melding.nl))
                // Paths of equal rank ("01" and "1") and equal shortened messages: by their text,
                // so the order never depends on the order the findings were made in.
                .then_with(|| b[x].pad.cmp(&b[y].pad))
        })
    };
    crate::base::volgorde::herschik(bevindingen, &orde);
    bevindingen.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn orden_zet_bevindingen_in_documentvolgorde() {
        let b = |pad: &str, code: &'static str| Bevinding {
            code,
            ernst: Ernst::Fout,
            pad: pad.into(),
            melding: Tekst {
                nl: "x".into(),
                en: "x".into(),
            },
            bron: None,
        };
        let mut v = vec![
            b("/zzz", "KW-INVOER-003"),
            b("/activiteiten/10/naam", "KW-B"),
            b("/activiteiten/2/begroting/0/bedrag", "KW-B"),
            b("/activiteiten/2/begroting/0/jaar", "KW-B"),
            b("/gemeente", "KW-B"),
            b("/activiteiten/2/begroting/0/jaar", "KW-A"),
            b("/zzy", "KW-INVOER-003"),
            b("", "KW-B"),
            b("/gemeente", "KW-B"),
        ];
        orden(&mut v);
        let paren: Vec<(&str, &str)> = v.iter().map(|x| (x.pad.as_str(), x.code)).collect();
        // Document order, then code; the exact duplicate (/gemeente, KW-B) once.
        assert_eq!(
            paren,
            vec![
                ("", "KW-B"),
                ("/gemeente", "KW-B"),
                ("/activiteiten/2/begroting/0/jaar", "KW-A"),
                ("/activiteiten/2/begroting/0/jaar", "KW-B"),
                ("/activiteiten/2/begroting/0/bedrag", "KW-B"),
                ("/activiteiten/10/naam", "KW-B"),
                ("/zzy", "KW-INVOER-003"),
                ("/zzz", "KW-INVOER-003"),
            ]
        );
    }

    #[test]
    fn paden_in_documentvolgorde() {
        let mut p = vec![
            "/activiteiten/10/naam",
            "/activiteiten/2/begroting/0/bedrag",
            "/activiteiten/2/begroting/0/jaar",
            "/activiteiten/2/id",
            "/gemeente",
            "",
            "/zzz",
            "/regeling",
            "/activiteiten",
        ];
        crate::base::volgorde::sorteer(&mut p, &|a, b| vergelijk_paden(a, b));
        assert_eq!(
            p,
            vec![
                "",
                "/regeling",
                "/gemeente",
                "/activiteiten",
                "/activiteiten/2/id",
                "/activiteiten/2/begroting/0/jaar",
                "/activiteiten/2/begroting/0/bedrag",
                "/activiteiten/10/naam",
                "/zzz",
            ]
        );
    }

    #[test]
    fn bedrag_altijd_twee_decimalen() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(Bedrag::van(d("350000")).tekst(), "350000.00");
        assert_eq!(Bedrag::van(d("99.5")).tekst(), "99.50");
        assert_eq!(Bedrag::van(Decimal::ZERO).tekst(), "0.00");
        assert_eq!(
            Bedrag::van(Decimal::MAX).tekst(),
            "79228162514264337593543950335.00"
        );
    }

    #[test]
    fn bedrag_als_tekst_zoals_de_cijfers_van_u128() {
        // Expected: the cents in std's decimal digits, the point put before the last two by hand.
        let verwacht = |c: u128| {
            let t = format!("{c:03}");
            format!("{}.{}", &t[..t.len() - 2], &t[t.len() - 2..])
        };
        let mut waarden = vec![
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            999_999_999,
            1_000_000_000,
            u128::MAX,
        ];
        for k in 1..39 {
            let p = 10u128.pow(k);
            waarden.extend([p - 1, p, p + 1, p.saturating_mul(3).saturating_add(7)]);
        }
        for c in waarden {
            assert_eq!(Bedrag { centen: c }.tekst(), verwacht(c), "{c}");
        }
        assert_eq!(Bedrag { centen: 5 }.tekst(), "0.05");
        assert_eq!(
            Bedrag {
                centen: 1_000_000_000
            }
            .tekst(),
            "10000000.00"
        );
    }

    #[test]
    fn totalen_boven_het_bereik_van_decimal_exact() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        // 2 × 5 × 10^28 = 10^29 (hand sum), more than a Decimal holds.
        let vijf = d("50000000000000000000000000000");
        let twee = Bedrag::van(vijf).plus(vijf);
        assert_eq!(twee.tekst(), "100000000000000000000000000000.00");
        // Plus 0.01: the cents are kept.
        assert_eq!(
            twee.plus(d("0.01")).tekst(),
            "100000000000000000000000000000.01"
        );
        // Decimal::MAX twice: 2 × 79228162514264337593543950335.
        let max = Bedrag::van(Decimal::MAX).plus(Decimal::MAX);
        assert_eq!(Bedrag::van(d("0.5")).tekst(), "0.50");
        assert_eq!(Bedrag::van(d("1000000000")).tekst(), "1000000000.00");
        assert_eq!(Bedrag::van(d("12.3")).tekst(), "12.30");
        assert_eq!(max.tekst(), "158456325028528675187087900670.00");
        assert!(max > Bedrag::van(Decimal::MAX));
        assert!(Bedrag::van(d("1")) < Bedrag::van(d("1.01")));
        assert_eq!(Bedrag::van(vijf).som(Bedrag::van(vijf)), twee);
    }
}

#[cfg(test)]
pub(crate) mod ts_vormen {
    //! The TypeScript shapes of the beoordeling, generated from these types by ts-rs (a
    //! dev-dependency) and held against the hand-written `npm/kansrijke-wijk.d.ts`: each field,
    //! its type and whether it may be absent must be the same, so the two cannot drift.

    use super::*;
    use ts_rs::TS;

    /// `name: type` per field of `interface naam { ... }` in the d.ts (comments dropped; `?`
    /// becomes `| undefined`, as ts-rs writes an optional field).
    pub(crate) fn velden_dts(dts: &str, naam: &str) -> Vec<String> {
        let begin = format!("export interface {naam} {{");
        let i = dts
            .find(&begin)
            .unwrap_or_else(|| panic!("no interface {naam} in the d.ts"));
        let rest = &dts[i + begin.len()..];
        let body = &rest[..rest.find("\n}").unwrap()];
        let mut uit = Vec::new();
        let mut in_commentaar = false;
        for lijn in body.lines().map(str::trim) {
            if lijn.starts_with("/**") || in_commentaar {
                in_commentaar = !lijn.ends_with("*/");
                continue;
            }
            if lijn.is_empty() || lijn.starts_with("//") {
                continue;
            }
            let lijn = lijn.trim_end_matches(';');
            let (k, t) = lijn.split_once(':').unwrap();
            let t = t.trim().replace("RegelingId | string", "string");
            uit.push(match k.strip_suffix('?') {
                Some(k) => format!("{k}?: {t}"),
                None => format!("{k}: {t}"),
            });
        }
        uit
    }

    /// The same from ts-rs's `{ a: T, b?: U, }` of a Rust type: doc comments dropped, fields
    /// split at the commas outside `<...>`, `Array<T>` written `T[]` and string literals in
    /// single quotes, as the d.ts does.
    pub(crate) fn velden_rust<T: TS>() -> Vec<String> {
        let mut decl = T::inline();
        while let Some(i) = decl.find("/**") {
            let j = i + decl[i..].find("*/").unwrap() + 2;
            decl.replace_range(i..j, "");
        }
        let body = decl.trim().trim_start_matches('{').trim_end_matches('}');
        let (mut uit, mut veld, mut diepte) = (Vec::new(), String::new(), 0);
        for c in body.chars() {
            match c {
                '<' => diepte += 1,
                '>' => diepte -= 1,
                ',' if diepte == 0 => {
                    uit.push(std::mem::take(&mut veld));
                    continue;
                }
                _ => {}
            }
            veld.push(c);
        }
        uit.push(veld);
        uit.into_iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .map(|v| zoals_dts(&v))
            .collect()
    }

    /// `Array<T>` as `T[]` (T without `<`), `"x"` as `'x'`.
    fn zoals_dts(veld: &str) -> String {
        let mut v = veld.replace('"', "'");
        while let Some(i) = v.find("Array<") {
            let j = i + v[i..].find('>').unwrap();
            let binnen = v[i + "Array<".len()..j].to_string();
            v.replace_range(i..=j, &format!("{binnen}[]"));
        }
        v
    }

    #[test]
    fn de_typen_van_de_beoordeling_zijn_die_van_de_dts() {
        let dts = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/npm/kansrijke-wijk.d.ts"
        ))
        .unwrap();
        let paren: [(&str, Vec<String>); 7] = [
            ("Beoordeling", velden_rust::<Beoordeling>()),
            ("Bevinding", velden_rust::<Bevinding>()),
            ("Bron", velden_rust::<Bron>()),
            ("RegelingVerwijzing", velden_rust::<RegelingVerwijzing>()),
            ("GebiedVerwijzing", velden_rust::<GebiedVerwijzing>()),
            ("Totalen", velden_rust::<Totalen>()),
            ("Tekst", velden_rust::<Tekst>()),
        ];
        for (naam, rust) in paren {
            assert_eq!(rust, velden_dts(&dts, naam), "interface {naam}");
        }
        assert_eq!(
            Ernst::inline(),
            r#""fout" | "ontbreekt" | "waarschuwing" | "info""#
        );
        assert_eq!(
            Uitkomst::inline(),
            r#""voldoet" | "voldoet_niet" | "onvolledig""#
        );
        assert_eq!(
            Zekerheid::inline(),
            r#""geverifieerd" | "afgeleid" | "onbekend""#
        );
        for (naam, rust) in [
            ("Ernst", Ernst::inline()),
            ("Uitkomst", Uitkomst::inline()),
            ("Zekerheid", Zekerheid::inline()),
        ] {
            let dts_type = format!("export type {naam} = {};", rust.replace('"', "'"));
            assert!(dts.contains(&dts_type), "the d.ts lacks {dts_type}");
        }
    }
}
