//! The matching key of a name people type: case, diacritics, hyphens, apostrophes and spaces ignored.
//!
//! The full check of the build (feature `bouw`) uses it to reject two areas or gemeenten with the same key.

/// The matching key of `tekst`: lower case, diacritics removed, separators (spaces, hyphens,
/// apostrophes, other punctuation) dropped. Any other character stays, so `"Groningen🎉"` is not
/// `"Groningen"`.
/// `"'s-Gravenhage"` and `"s Gravenhage"` both give `"sgravenhage"`; `"Tilburg NoordWest"` and
/// `"tilburg noord-west"` both give `"tilburgnoordwest"`.
pub fn sleutel(tekst: &str) -> String {
    sleutel_tekens(tekst).collect()
}

/// The characters of [`sleutel`]`(tekst)` one by one, so that a name can be compared with a key
/// without building its own key first (and stop at the first difference).
pub fn sleutel_tekens(tekst: &str) -> impl Iterator<Item = char> + '_ {
    tekst.chars().filter_map(sleutel_teken)
}

/// What `c` becomes in a key: nothing for a separator, else the letter without diacritics in
/// lower case.
fn sleutel_teken(c: char) -> Option<char> {
    // Most characters of a name are plain ASCII letters and digits: no table look-ups for them.
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let c = zonder_accent(c);
    // ASCII folding only: after `zonder_accent` every Latin letter of a Dutch name is ASCII (and
    // Unicode's lower-case table is large: BENCHMARKS.md).
    (!is_scheiding(c)).then(|| c.to_ascii_lowercase())
}

/// Whether `c` only separates or decorates the letters of a name: white space, ASCII punctuation,
/// typographic quotes and dashes, invisible spaces, and combining marks typed on their own.
fn is_scheiding(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c,
            '\u{00B4}' | '\u{2010}'..='\u{2015}' | '\u{2018}'..='\u{201F}' | '\u{2032}' | '\u{200B}'..='\u{200D}'
            | '\u{2060}' | '\u{FEFF}' | '\u{0300}'..='\u{036F}')
}

/// The letter without its diacritics, for the Latin letters whose canonical decomposition (NFD)
/// is an ASCII letter plus combining marks (U+00C0-U+024F and U+1E00-U+1EFF, generated from the
/// Unicode data); any other character unchanged. Combining marks typed separately are dropped by
/// the filter in [`sleutel`], as they are after NFD.
fn zonder_accent(c: char) -> char {
    let n = c as u32;
    let (tabel, begin): (&[&[u8; 64]], u32) = match n {
        0xC0..=0x24F => (LATIJN, 0xC0),
        0x1E00..=0x1EFF => (LATIJN_EXTRA, 0x1E00),
        _ => return c,
    };
    let i = (n - begin) as usize;
    match tabel.get(i / 64).map(|r| r[i % 64]) {
        Some(b) if b != b'_' => b as char,
        _ => c,
    }
}

/// Base letters of U+00C0-U+024F, 64 per row (`_`: none).
const LATIJN: &[&[u8; 64]] = &[
    b"AAAAAA_CEEEEIIII_NOOOOO__UUUUY__aaaaaa_ceeeeiiii_nooooo__uuuuy_y",
    b"AaAaAaCcCcCcCcDd__EeEeEeEeEeGgGgGgGgHh__IiIiIiIiI___JjKk_LlLlLl_",
    b"___NnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTt__UuUuUuUuUuUuWwYyYZzZzZz_",
    b"________________________________Oo_____________Uu_______________",
    b"_____________AaIiOoUuUuUuUuUu_AaAa____GgKkOoOo__j___Gg__NnAa____",
    b"AaAaEeEeIiIiOoOoRrRrUuUuSsTt__Hh______AaEeOoOoOoOoYy____________",
    b"________________________________________________________________",
];

/// Base letters of U+1E00-U+1EFF, 64 per row (`_`: none).
const LATIJN_EXTRA: &[&[u8; 64]] = &[
    b"AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm",
    b"MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv",
    b"WwWwWwWwWwXxXxYyZzZzZzhtwy______AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe",
    b"EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy______",
];

#[cfg(test)]
mod tests {
    use super::{sleutel, zonder_accent};
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

    #[test]
    fn de_tabel_is_die_van_unicode_nfd() {
        // Every code point the two tables cover: its base letter when its canonical decomposition
        // is one ASCII letter followed by combining marks only, else itself.
        let mut gezien = 0;
        for n in (0xC0..=0x24F).chain(0x1E00..=0x1EFF) {
            let Some(c) = char::from_u32(n) else { continue };
            let nfd: Vec<char> = std::iter::once(c).nfd().collect();
            let verwacht = match nfd.split_first() {
                Some((b, rest))
                    if b.is_ascii_alphabetic()
                        && !rest.is_empty()
                        && rest.iter().all(|m| is_combining_mark(*m)) =>
                {
                    *b
                }
                _ => c,
            };
            assert_eq!(zonder_accent(c), verwacht, "U+{n:04X} {c}");
            gezien += 1;
        }
        assert_eq!(gezien, (0x24F - 0xC0 + 1) + (0x1EFF - 0x1E00 + 1));
    }

    #[test]
    fn sleutels() {
        assert_eq!(sleutel("'s-Gravenhage"), "sgravenhage");
        assert_eq!(sleutel("Tilburg NoordWest"), sleutel("tilburg noord-west"));
        assert_eq!(sleutel("Ëindhoven Ŝ Ḧ Ǫ"), "eindhovenshǫ".replace('ǫ', "o"));
        assert_eq!(sleutel("e\u{301}e"), "ee");
    }
}
