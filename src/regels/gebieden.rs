//! Finding gemeenten and focus areas by the names people type, and placing a code inside or
//! outside an area (binnen / buiten / onzeker), saying what data the answer rests on.

use crate::base::tekst::Reeks;
use crate::regels::naam::{sleutel, sleutel_tekens};
use crate::regels::{CodeSoort, Focusgebied, Gemeente, Ligging, Regelset, Str, Tekst, Zekerheid};
use serde::Serialize;

/// A gemeente by CBS code (`GM0014`, `gm14`, `0014`) or by name or alias, ignoring case,
/// diacritics, hyphens and spaces. `None` when nothing matches.
pub fn vind_gemeente<'a>(set: &'a Regelset, invoer: &str) -> Option<&'a Gemeente> {
    let k = sleutel(invoer);
    let code = gemeentecode(&k);
    set.gebieden.gemeente.iter().find(|g| {
        Some(g.code.as_ref()) == code.as_deref()
            || heeft_sleutel(&g.naam, &k)
            || g.aliassen.iter().any(|a| heeft_sleutel(a, &k))
    })
}

/// Whether the matching key of the known name `naam` is `k`. Compared character by character:
/// building the key of every known name at each look-up was a quarter of a typical `toets`.
fn heeft_sleutel(naam: &str, k: &str) -> bool {
    let mut k = k.chars();
    sleutel_tekens(naam).all(|c| k.next() == Some(c)) && k.next().is_none()
}

/// The normalised `GMnnnn` code in a key like `gm0014`, `gm14` or `0014`, if it is one.
fn gemeentecode(k: &str) -> Option<String> {
    let cijfers = k.strip_prefix("gm").unwrap_or(k);
    if cijfers.is_empty() || cijfers.len() > 4 || !cijfers.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("GM{cijfers:0>4}"))
}

/// A focus area by id or by any known name, variant or programme name.
pub fn vind_focusgebied<'a>(set: &'a Regelset, invoer: &str) -> Option<&'a Focusgebied> {
    let k = sleutel(invoer);
    set.gebieden
        .focusgebied
        .iter()
        .find(|f| namen(f).any(|n| heeft_sleutel(n, &k)))
}

fn namen(f: &Focusgebied) -> impl Iterator<Item = &Str> {
    [&f.id, &f.naam]
        .into_iter()
        .chain(f.varianten.iter())
        .chain(f.programmanamen.iter())
}

/// Similarity (Jaro-Winkler on matching keys) from which a name counts as a likely typo.
const DREMPEL: f64 = 0.8;

/// Known names prepared once for "did you mean": each name's matching key, its length and a count
/// of its characters, so that a name that cannot reach `DREMPEL` is passed over without its
/// similarity being computed (issue 10: every miss built and compared every key afresh, about
/// 3 ms; the 2,297 buurt names of a later issue must not make that grow). The suggestions are
/// exactly those of comparing every name.
pub struct Namen {
    /// Per name: its key (as characters), its character count, what to show.
    namen: Vec<(Vec<char>, Telling, usize)>,
    toon: Vec<String>,
}

/// How often each character occurs in a key, in 32 buckets (`a`-`z` their own, anything else by
/// its code point): the sum of the minima over two keys is at least the characters they share.
type Telling = [u8; 32];

fn telling(k: &str) -> Telling {
    let mut t = [0u8; 32];
    for c in k.chars() {
        let i = match c {
            'a'..='z' => c as usize - 'a' as usize,
            _ => 26 + c as usize % 6,
        };
        t[i] = t[i].saturating_add(1);
    }
    t
}

impl Namen {
    /// The index of `kandidaten`, each a name to match and what to show for it.
    pub fn nieuw(kandidaten: impl IntoIterator<Item = (String, String)>) -> Namen {
        let mut uit = Namen {
            namen: Vec::new(),
            toon: Vec::new(),
        };
        for (naam, toon) in kandidaten {
            if uit.toon.last() != Some(&toon) {
                uit.toon.push(toon);
            }
            let k = sleutel(&naam);
            uit.namen
                .push((k.chars().collect(), telling(&k), uit.toon.len() - 1));
        }
        uit
    }

    /// Up to three known names closest to `invoer` (Jaro-Winkler on the matching keys), best
    /// first, only those above `DREMPEL`: no suggestion beats a far-fetched one. Text longer
    /// than any name gets none (and costs no quadratic comparison).
    pub fn dichtstbij(&self, invoer: &str) -> Vec<String> {
        if invoer.len() > 100 {
            return Vec::new();
        }
        let k = sleutel(invoer);
        let tk = telling(&k);
        let k: Vec<char> = k.chars().collect();
        let lengte = k.len();
        let mut scores: Vec<(f64, &str)> = Vec::new();
        for (naam, t, toon) in &self.namen {
            let n = &naam.len();
            // Jaro matches at most the characters both keys hold (`gemeen`, an upper bound: the
            // query's counts never saturate at 100 bytes), and Winkler's bonus adds 0.1 of what
            // is left per character of the common prefix (at most 4); below the threshold even
            // then, the name cannot be suggested.
            let gemeen: u32 = tk.iter().zip(t).map(|(a, b)| u32::from(*a.min(b))).sum();
            if lengte > 0 && *n > 0 {
                let c = f64::from(gemeen);
                let jaro = if gemeen == 0 {
                    0.0
                } else {
                    (c / lengte as f64 + c / *n as f64 + 1.0) / 3.0
                };
                let prefix = k.iter().zip(naam).take(4).take_while(|(a, b)| a == b);
                let bonus = 0.1 * prefix.count() as f64;
                if jaro + bonus * (1.0 - jaro) < DREMPEL - 1e-9 {
                    continue;
                }
            }
            let score = jaro_winkler(&k, naam);
            if score >= DREMPEL {
                scores.push((score, &self.toon[*toon]));
            }
        }
        crate::base::volgorde::sorteer(&mut scores, &|a, b| {
            b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1))
        });
        let mut uit: Vec<String> = Vec::new();
        for (_, toon) in scores {
            if !uit.iter().any(|x| x == toon) {
                uit.push(toon.to_string());
            }
            if uit.len() == 3 {
                break;
            }
        }
        uit
    }
}

/// Jaro-Winkler similarity, with exactly the result of `strsim::jaro_winkler` on the same text
/// (the same matches, in the same order, the same arithmetic), on characters decoded once: strsim
/// decodes the second text again from its start for every character of the first.
fn jaro_winkler(a: &[char], b: &[char]) -> f64 {
    let (la, lb) = (a.len(), b.len());
    if la == 0 || lb == 0 {
        return if la == lb { 1.0 } else { 0.0 };
    }
    let bereik = (la.max(lb) / 2).saturating_sub(1);
    // The match flags on the stack for keys of up to 128 characters (a query of at most 100
    // bytes always is): no allocation per name compared.
    let (mut a_stapel, mut b_stapel, mut a_hoop, mut b_hoop) =
        ([false; 128], [false; 128], Vec::new(), Vec::new());
    let a_vlag: &mut [bool] = if la <= 128 {
        &mut a_stapel[..la]
    } else {
        a_hoop.resize(la, false);
        &mut a_hoop
    };
    let b_vlag: &mut [bool] = if lb <= 128 {
        &mut b_stapel[..lb]
    } else {
        b_hoop.resize(lb, false);
        &mut b_hoop
    };
    let mut m = 0usize;
    for (i, x) in a.iter().enumerate() {
        let (van, tot) = (i.saturating_sub(bereik), lb.min(i + bereik + 1));
        for j in van..tot {
            if !b_vlag[j] && b[j] == *x {
                a_vlag[i] = true;
                b_vlag[j] = true;
                m += 1;
                break;
            }
        }
    }
    if m == 0 {
        return 0.0;
    }
    let mut t = 0usize;
    let mut bj = b
        .iter()
        .zip(b_vlag.iter())
        .filter(|(_, v)| **v)
        .map(|(c, _)| c);
    for (x, _) in a.iter().zip(a_vlag.iter()).filter(|(_, v)| **v) {
        if bj.next() != Some(x) {
            t += 1;
        }
    }
    let t = t / 2;
    let jaro =
        ((m as f64 / la as f64) + (m as f64 / lb as f64) + ((m - t) as f64 / m as f64)) / 3.0;
    if jaro > 0.7 {
        let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
        jaro + 0.1 * prefix as f64 * (1.0 - jaro)
    } else {
        jaro
    }
}

/// The gemeenten (`gemeenten`) or focus areas closest to `invoer`, from the name indexes of
/// `set`'s areas: made once for the compiled areas, which every rule set shares (a run-time rule
/// set cannot change them). One function, not generic: one copy in the wasm.
fn suggesties(set: &Regelset, invoer: &str, gemeenten: bool) -> Vec<String> {
    static NAMEN: std::sync::OnceLock<[Namen; 2]> = std::sync::OnceLock::new();
    let maak = || {
        let g = &set.gebieden;
        let gemeenten = g.gemeente.iter().flat_map(|g| {
            let toon = format!("{} ({})", g.naam, g.code);
            std::iter::once(g.naam.to_string())
                .chain(g.aliassen.iter().map(|a| a.to_string()))
                .map(move |n| (n, toon.clone()))
        });
        let gebieden = g.focusgebied.iter().flat_map(|f| {
            let toon = format!("{} ({})", f.naam, f.id);
            namen(f)
                .map(|n| (n.to_string(), toon.clone()))
                .collect::<Vec<_>>()
        });
        [Namen::nieuw(gemeenten), Namen::nieuw(gebieden)]
    };
    let eigen;
    let namen = if std::ptr::eq(set.gebieden, crate::regels::standaard().gebieden) {
        NAMEN.get_or_init(maak)
    } else {
        eigen = maak();
        &eigen
    };
    namen[usize::from(!gemeenten)].dichtstbij(invoer)
}

/// The gemeenten closest to what was typed, as `"Naam (GMnnnn)"`.
pub fn suggesties_gemeente(set: &Regelset, invoer: &str) -> Vec<String> {
    suggesties(set, invoer, true)
}

/// The focus areas closest to what was typed, as `"Naam (id)"`.
pub fn suggesties_focusgebied(set: &Regelset, invoer: &str) -> Vec<String> {
    suggesties(set, invoer, false)
}

/// The gemeente record for a code.
pub fn gemeente_van<'a>(set: &'a Regelset, code: &str) -> Option<&'a Gemeente> {
    set.gebieden.gemeente.iter().find(|g| g.code == code)
}

/// The answer to "does this place lie in a focus area?".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plaatsbepaling {
    /// What was asked.
    pub vraag: String,
    /// What the question was read as: `focusgebied`, `gemeente`, `buurtcode`, `wijkcode` or `onbekend`.
    pub soort: &'static str,
    /// binnen / buiten / onzeker; `null` when the question was not understood.
    pub ligging: Option<Ligging>,
    /// The focus area concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focusgebied: Option<String>,
    /// The gemeente concerned (CBS code), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeentecode: Option<String>,
    /// How certain the answer is.
    pub zekerheid: Zekerheid,
    /// The answer in words.
    pub toelichting: Tekst,
    /// The data the answer rests on.
    pub gegevens: String,
    /// Closest known names, when the question was not understood.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggesties: Vec<String>,
}

/// Place a name, gemeentecode or CBS buurt/wijk code relative to the focus areas.
///
/// Never a guessed yes: `binnen` only for a focus area itself or a code that the area's data lists
/// as inside; a gemeente with an area, or a code we hold no list for, is `onzeker`.
pub fn plaats(set: &Regelset, vraag: &str) -> Plaatsbepaling {
    let k = sleutel(vraag);
    let basis = |soort, ligging, zekerheid, nl: String, en: String, gegevens| {
        let toelichting = Tekst {
            nl: nl.into(),
            en: en.into(),
        };
        antwoord(vraag, soort, ligging, zekerheid, toelichting, gegevens)
    };
    let lijst = &set.gebieden.lijst;
    let lijstbron = format!("{} ({})", lijst.vindplaats, lijst.omschrijving);

    if let Some(f) = vind_focusgebied(set, vraag) {
        let mut p = basis(
            "focusgebied",
            Some(Ligging::Binnen),
            lijst.zekerheid,
            format!(
                "{} is zelf een stedelijk focusgebied. Samenstelling: {}",
                f.naam, f.samenstelling
            ),
            format!(
                "{} is itself an urban focus area. Composition: {}",
                f.naam, f.samenstelling_en
            ),
            lijstbron,
        );
        p.focusgebied = Some(f.id.to_string());
        p.gemeentecode = Some(f.gemeente.to_string());
        return p;
    }

    if let Some((hoofd, is_buurt)) = cbs_code(vraag) {
        return plaats_code(set, vraag, &hoofd, is_buurt, &lijstbron);
    }

    if let Some(g) = vind_gemeente(set, vraag) {
        let gebieden: Vec<&Focusgebied> = set
            .gebieden
            .focusgebied
            .iter()
            .filter(|f| f.gemeente == g.code)
            .collect();
        let namen: Vec<&str> = gebieden.iter().map(|f| f.naam.as_ref()).collect();
        let mut p = basis(
            "gemeente",
            Some(Ligging::Onzeker),
            lijst.zekerheid,
            // Amsterdam has two areas: plural then, not "het focusgebied A en B".
            format!(
                "In {} {} {}; de gemeente ligt er niet geheel in. Of een plek binnen ligt hangt af van de buurt: vraag het op met een CBS-buurtcode.",
                g.naam,
                if namen.len() > 1 { "liggen de focusgebieden" } else { "ligt het focusgebied" },
                Reeks(namen.iter().copied(), " en ")
            ),
            format!(
                "{} {} {} in {}; the gemeente is not wholly inside {}. Whether a place lies inside depends on its buurt: ask with a CBS buurt code.",
                if namen.len() > 1 { "The focus areas" } else { "The focus area" },
                Reeks(namen.iter().copied(), " and "),
                if namen.len() > 1 { "lie" } else { "lies" },
                g.naam,
                if namen.len() > 1 { "them" } else { "it" }
            ),
            lijstbron,
        );
        p.gemeentecode = Some(g.code.to_string());
        if let [f] = gebieden.as_slice() {
            p.focusgebied = Some(f.id.to_string());
        }
        return p;
    }

    if let Some(code) = gemeentecode(&k).filter(|_| k.starts_with("gm")) {
        let mut p = basis(
            "gemeente",
            Some(Ligging::Buiten),
            lijst.zekerheid,
            format!("In gemeente {code} ligt geen van de 20 stedelijke focusgebieden."),
            format!("None of the 20 urban focus areas lies in gemeente {code}."),
            lijstbron,
        );
        p.gemeentecode = Some(code);
        return p;
    }

    let mut suggesties = suggesties_focusgebied(set, vraag);
    suggesties.extend(suggesties_gemeente(set, vraag));
    let mut p = basis(
        "onbekend",
        None,
        Zekerheid::Onbekend,
        format!("\"{vraag}\" is geen bekend focusgebied, gemeente, CBS-buurtcode of wijkcode."),
        format!("\"{vraag}\" is not a known focus area, gemeente, CBS buurt code or wijk code."),
        lijstbron,
    );
    p.suggesties = suggesties;
    p
}

/// The query as a CBS buurt code (`true`) or wijk code, upper case and without spaces, when it
/// is one.
fn cbs_code(vraag: &str) -> Option<(String, bool)> {
    // CBS buurt or wijk code: BU/WK + 4-digit gemeente part + rest.
    // Spaces inside a code are typing noise: "BU0518 3620" is BU05183620.
    let hoofd: String = vraag
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let is_buurt = hoofd.starts_with("BU");
    // A CBS code: BU + 8 or WK + 6 ASCII letters and digits, the first four the gemeente's.
    let lengte = if is_buurt { 10 } else { 8 };
    ((is_buurt || hoofd.starts_with("WK"))
        && hoofd.len() == lengte
        && hoofd.bytes().all(|b| b.is_ascii_alphanumeric())
        // `get`, not slicing: the query may hold multi-byte characters anywhere.
        && hoofd.get(2..6).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit())))
    .then_some((hoofd, is_buurt))
}

/// An answer about `vraag` without an area, a gemeente or suggestions yet.
fn antwoord(
    vraag: &str,
    soort: &'static str,
    ligging: Option<Ligging>,
    zekerheid: Zekerheid,
    toelichting: Tekst,
    gegevens: String,
) -> Plaatsbepaling {
    Plaatsbepaling {
        vraag: vraag.to_string(),
        soort,
        ligging,
        focusgebied: None,
        gemeentecode: None,
        zekerheid,
        toelichting,
        gegevens,
        suggesties: Vec::new(),
    }
}

fn plaats_code(
    set: &Regelset,
    vraag: &str,
    code: &str,
    is_buurt: bool,
    lijstbron: &str,
) -> Plaatsbepaling {
    let soort = if is_buurt { "buurtcode" } else { "wijkcode" };
    let gm = format!("GM{}", &code[2..6]);
    let mut p = Plaatsbepaling {
        vraag: vraag.to_string(),
        soort,
        ligging: Some(Ligging::Onzeker),
        focusgebied: None,
        gemeentecode: Some(gm.clone()),
        zekerheid: Zekerheid::Onbekend,
        toelichting: Tekst::default(),
        gegevens: lijstbron.to_string(),
        suggesties: Vec::new(),
    };
    let gebieden: Vec<&Focusgebied> = set
        .gebieden
        .focusgebied
        .iter()
        .filter(|f| f.gemeente == gm)
        .collect();
    if gebieden.is_empty() {
        p.ligging = Some(Ligging::Buiten);
        p.zekerheid = set.gebieden.lijst.zekerheid;
        p.toelichting = Tekst {
            nl: format!("{code} ligt in gemeente {gm}, waarin geen stedelijk focusgebied ligt.")
                .into(),
            en: format!("{code} lies in gemeente {gm}, which has no urban focus area.").into(),
        };
        return p;
    }
    // The most specific match wins: an exact code before a prefix, a longer prefix before a shorter.
    let mut beste: Option<(usize, &Focusgebied, &crate::regels::GebiedCodes)> = None;
    for f in gebieden.iter() {
        for c in f.codes.iter() {
            for k in c.codes.iter() {
                let lengte = match c.soort {
                    CodeSoort::Buurt | CodeSoort::Wijk if k.eq_ignore_ascii_case(code) => {
                        usize::MAX
                    }
                    CodeSoort::Prefix if code.starts_with(&k.to_ascii_uppercase()) => k.len(),
                    _ => continue,
                };
                if beste.is_none_or(|(l, _, _)| lengte > l) {
                    beste = Some((lengte, f, c));
                }
            }
        }
    }
    match beste {
        Some((_, f, c)) => {
            let jaar = c
                .indeling
                .map(|j| format!("indeling {j}"))
                .unwrap_or_else(|| "indelingsjaar onbekend".into());
            let (nl, en) = match c.uitkomst {
                Ligging::Binnen => ("ligt binnen", "lies inside"),
                Ligging::Buiten => ("ligt buiten", "lies outside"),
                Ligging::Onzeker => ("ligt mogelijk binnen", "may lie inside"),
            };
            p.ligging = Some(c.uitkomst);
            p.zekerheid = c.zekerheid;
            p.focusgebied = Some(f.id.to_string());
            p.toelichting = Tekst {
                nl: format!("{code} {nl} {}. {}", f.naam, c.toelichting).into(),
                en: format!("{code} {en} {} (see the Dutch note on the data).", f.naam).into(),
            };
            p.gegevens = format!("CBS-codes ({jaar}), {}", c.bron);
        }
        None => {
            let namen: Vec<&str> = gebieden.iter().map(|f| f.naam.as_ref()).collect();
            if let [f] = gebieden.as_slice() {
                p.focusgebied = Some(f.id.to_string());
            }
            p.toelichting = Tekst {
                nl: format!(
                    "{code} ligt in gemeente {gm} met focusgebied {}, maar voor deze code is geen buurtindeling bekend. Samenstelling volgens de gemeente: {}",
                    Reeks(namen.iter().copied(), " en "),
                    Reeks(gebieden.iter().map(|f| f.samenstelling.as_ref()), " / ")
                ).into(),
                en: format!(
                    "{code} lies in gemeente {gm}, which has focus area {}, but no buurt-level data covers this code. Composition according to the gemeente: {}",
                    Reeks(namen.iter().copied(), " and "),
                    Reeks(gebieden.iter().map(|f| f.samenstelling_en.as_ref()), " / ")
                ).into(),
            };
            p.gegevens = format!("{lijstbron}; samenstelling uit gemeentelijke bronnen");
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The suggestions as they were made before the index: every name's key compared afresh.
    fn zonder_index(invoer: &str, kandidaten: Vec<(String, String)>) -> Vec<String> {
        if invoer.len() > 100 {
            return Vec::new();
        }
        let k = sleutel(invoer);
        let mut scores: Vec<(f64, String)> = kandidaten
            .into_iter()
            .map(|(naam, toon)| (strsim::jaro_winkler(&k, &sleutel(&naam)), toon))
            .collect();
        scores.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut uit: Vec<String> = Vec::new();
        for (score, toon) in scores {
            if score < DREMPEL {
                break;
            }
            if !uit.contains(&toon) {
                uit.push(toon);
            }
            if uit.len() == 3 {
                break;
            }
        }
        uit
    }

    #[test]
    fn jaro_winkler_zoals_strsim() {
        let woorden = [
            "",
            "a",
            "ab",
            "ba",
            "groningen",
            "groningn",
            "gronignen",
            "amsterdamzuidoost",
            "amstedamzuid",
            "tilburgnoordwest",
            "dentalb",
            "sgravenhage",
            "ëindhoven",
            "aaaa",
            "abab",
            "martha",
            "marhta",
            "dixon",
            "dicksonx",
            "kerk",
            "planciusbuurtnoord",
        ];
        for a in woorden {
            for b in woorden {
                let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let (eigen, strsim) = (jaro_winkler(&x, &y), strsim::jaro_winkler(a, b));
                assert_eq!(
                    eigen.to_bits(),
                    strsim.to_bits(),
                    "{a:?} {b:?}: {eigen} {strsim}"
                );
            }
        }
        // Keys past the 128 characters kept on the stack.
        let lang = "groningennoord".repeat(10);
        for b in [
            lang.clone(),
            format!("x{lang}"),
            lang[..100].to_string(),
            "groningen".into(),
        ] {
            let (x, y): (Vec<char>, Vec<char>) = (lang.chars().collect(), b.chars().collect());
            assert_eq!(
                jaro_winkler(&x, &y).to_bits(),
                strsim::jaro_winkler(&lang, &b).to_bits()
            );
            assert_eq!(
                jaro_winkler(&y, &x).to_bits(),
                strsim::jaro_winkler(&b, &lang).to_bits()
            );
        }
    }

    #[test]
    fn de_index_geeft_dezelfde_suggesties() {
        let set = crate::regels::standaard();
        let mut alle = Vec::new();
        for g in set.gebieden.gemeente.iter() {
            alle.push((g.naam.to_string(), format!("{} ({})", g.naam, g.code)));
        }
        for f in set.gebieden.focusgebied.iter() {
            for n in namen(f) {
                alle.push((n.to_string(), format!("{} ({})", f.naam, f.id)));
            }
        }
        let index = Namen::nieuw(alle.clone());
        // Every name, and near misses of it: a letter dropped, doubled, swapped, changed.
        let mut vragen = vec![
            String::new(),
            "x".into(),
            "Ë".into(),
            "🎉🎉".into(),
            "a".repeat(101),
        ];
        for (naam, _) in &alle {
            let c: Vec<char> = naam.chars().collect();
            vragen.push(naam.clone());
            for i in 0..c.len() {
                let mut v = c.clone();
                v.remove(i);
                vragen.push(v.iter().collect());
                let mut v = c.clone();
                v.insert(i, c[i]);
                vragen.push(v.iter().collect());
                let mut v = c.clone();
                v[i] = 'q';
                vragen.push(v.iter().collect());
                if i + 1 < c.len() {
                    let mut v = c.clone();
                    v.swap(i, i + 1);
                    vragen.push(v.iter().collect());
                }
            }
        }
        let mut met = 0;
        for v in &vragen {
            let verwacht = zonder_index(v, alle.clone());
            met += usize::from(!verwacht.is_empty());
            assert_eq!(index.dichtstbij(v), verwacht, "{v:?}");
        }
        // The check means something: most near misses do get suggestions.
        assert!(met > vragen.len() / 2, "{met} of {}", vragen.len());
        assert_eq!(
            suggesties_gemeente(set, "Groningn"),
            vec!["Groningen (GM0014)".to_string()]
        );
    }
}
