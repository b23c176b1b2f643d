//! The matching key of a name people type: case, diacritics, hyphens, apostrophes and spaces ignored.
//!
//! Also compiled into `build.rs`, which uses it to reject two areas or gemeenten with the same key.

use unicode_normalization::UnicodeNormalization;

/// The matching key of `tekst`: lower case, diacritics removed, only letters and digits kept.
/// `"'s-Gravenhage"` and `"s Gravenhage"` both give `"sgravenhage"`; `"Tilburg NoordWest"` and
/// `"tilburg noord-west"` both give `"tilburgnoordwest"`.
pub fn sleutel(tekst: &str) -> String {
    tekst
        .nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
