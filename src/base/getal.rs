//! Reading numbers from their text, exactly: whole numbers (years, ages) and decimals (amounts),
//! however they are written. Dates are read by [`crate::regels::controle::lees_datum`].

use rust_decimal::Decimal;
use serde_json::Value;

/// A JSON value as a whole number, if it is a number that is one (see [`geheel`]).
pub fn geheel_getal(w: &Value) -> Option<i64> {
    match w {
        Value::Number(n) => geheel(n.as_str()),
        _ => None,
    }
}

/// A JSON number as a whole number, if it is one (`2026`, `2026.0`, `2.026e3`, `20260e-1`), read
/// from its text digit by digit, so that every way of writing a value gives the same answer
/// however many digits or how large an exponent (issue 10: past 28 digits the `Decimal` reading
/// called `2026.` + 26 zeros "not whole", and `1e30` too, while the same value in digits passed).
/// Whole numbers beyond the range of `i64` saturate: they are still whole, and far outside any
/// year or age.
pub fn geheel(tekst: &str) -> Option<i64> {
    if let Ok(i) = tekst.parse::<i64>() {
        return Some(i);
    }
    let (negatief, rest) = match tekst.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, tekst),
    };
    let (grondtal, exponent) = rest.split_once(['e', 'E']).unwrap_or((rest, "0"));
    // A JSON exponent is digits with an optional sign: one that does not fit is huge.
    let e: i64 = exponent.parse().unwrap_or(if exponent.starts_with('-') {
        i64::MIN
    } else {
        i64::MAX
    });
    let (heel, breuk) = grondtal.split_once('.').unwrap_or((grondtal, ""));
    let cijfers = || heel.bytes().chain(breuk.bytes());
    if !cijfers().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The value is the digits × 10^(e − decimals); without leading and trailing zeros.
    let Some(voor) = cijfers().position(|b| b != b'0') else {
        return Some(0);
    };
    let na = cijfers().rev().position(|b| b != b'0').unwrap_or(0);
    let macht = e
        .saturating_sub(breuk.len() as i64)
        .saturating_add(na as i64);
    if macht < 0 {
        return None; // a last non-zero digit after the decimal point
    }
    let verzadigd = if negatief { i64::MIN } else { i64::MAX };
    let mut w: i64 = 0;
    let mut stap = |d: i64| {
        w.checked_mul(10)
            .and_then(|x| x.checked_add(d))
            .map(|x| w = x)
    };
    let aantal = heel.len() + breuk.len() - voor - na;
    for b in cijfers().skip(voor).take(aantal) {
        if stap(i64::from(b - b'0')).is_none() {
            return Some(verzadigd);
        }
    }
    for _ in 0..macht.min(20) {
        if stap(0).is_none() {
            return Some(verzadigd);
        }
    }
    Some(if negatief { -w } else { w })
}

/// A decimal from its text: digits with an optional sign and point, or (when `exponent_mag`)
/// with an exponent, read exactly (see `met_exponent`).
pub fn lees_decimaal(tekst: &str, exponent_mag: bool) -> Option<Decimal> {
    let t = tekst.trim();
    let gewoon = t
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+');
    if gewoon {
        return Decimal::from_str_exact(t).ok();
    }
    if exponent_mag {
        if let Some((grondtal, exponent)) = t.split_once(['e', 'E']) {
            return met_exponent(grondtal, exponent);
        }
    }
    None
}

/// `grondtal` × 10^`exponent`, exactly: the base read like any other decimal, then its scale
/// moved. `None` when the base is not a plain decimal, or the result needs more than 28 decimals
/// or more than 96 bits (a zero base gives zero). Not `Decimal::from_scientific`, which rounds a base
/// of more than 28 digits (an amount is never rounded silently; size: BENCHMARKS.md).
fn met_exponent(grondtal: &str, exponent: &str) -> Option<Decimal> {
    let gewoon = grondtal
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+');
    if !gewoon {
        return None;
    }
    let mut d = Decimal::from_str_exact(grondtal).ok()?;
    let e: i64 = exponent.parse().ok()?;
    if d.is_zero() {
        return Some(Decimal::ZERO); // zero whatever the exponent, as "0e99" and "0.0e99" alike
    }
    let schaal = i64::from(d.scale()).checked_sub(e)?;
    if schaal >= 0 {
        // Fewer decimals, or more: set_scale refuses more than 28.
        d.set_scale(u32::try_from(schaal).ok()?).ok()?;
        return Some(d);
    }
    // More digits before the point: the digits as a whole number, times 10^-schaal.
    let macht = u32::try_from(-schaal)
        .ok()
        .filter(|&k| k <= Decimal::MAX_SCALE)?;
    // The base's digits without its point, then zeros, read again (no Decimal multiplication;
    // size: BENCHMARKS.md). Too many digits for a Decimal: refused by the reader.
    let mut t: String = grondtal.chars().filter(|&c| c != '.').collect();
    for _ in 0..macht {
        t.push('0');
    }
    Decimal::from_str_exact(&t).ok()
}

/// Whether `tekst` is a number (`123`, `1.5`, `-2e40`) with more digits before the point than a
/// Decimal holds (29): an amount no budget line could ever hold.
pub fn te_groot(tekst: &str) -> bool {
    let t = tekst.trim().trim_start_matches(['-', '+']);
    let (grondtal, exponent) = match t.split_once(['e', 'E']) {
        Some((g, e)) => match e.parse::<i64>() {
            Ok(e) => (g, e),
            Err(_) => return false,
        },
        None => (t, 0),
    };
    let (heel, deel) = grondtal.split_once('.').unwrap_or((grondtal, ""));
    let cijfers = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if heel.is_empty() || !cijfers(heel) || !cijfers(deel) {
        return false;
    }
    let n = heel.trim_start_matches('0').len() as i64;
    n > 0 && n.saturating_add(exponent) > 29
}

/// The amount `tekst` probably means when it is written the Dutch way, with points between
/// the thousands and perhaps a comma before the cents (`350.000`, `1.250.000,00`, `€ 350.000,-`):
/// the contract's text for it (`"350000.00"`). `None` when it does not look like that.
pub fn duizendtallen(tekst: &str) -> Option<String> {
    let t = tekst.trim().trim_start_matches('€').trim_start();
    let t = t
        .strip_suffix(",-")
        .or_else(|| t.strip_suffix(",--"))
        .unwrap_or(t);
    let (heel, cent) = match t.rsplit_once(',') {
        Some((h, c)) if (1..=2).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) => {
            (h, c)
        }
        Some(_) => return None,
        None => (t, ""),
    };
    let mut groepen = heel.split('.');
    let eerste = groepen.next()?;
    let mut uit = String::new();
    let cijfers = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if !(1..=3).contains(&eerste.len()) || !cijfers(eerste) {
        return None;
    }
    uit.push_str(eerste);
    let mut punten = 0;
    for g in groepen {
        if g.len() != 3 || !cijfers(g) {
            return None;
        }
        uit.push_str(g);
        punten += 1;
    }
    if punten == 0 && cent.is_empty() {
        return None;
    }
    // "0.001" is no thousands grouping (that never starts with a 0 before a point).
    if punten > 0 && eerste.starts_with('0') {
        return None;
    }
    uit.push('.');
    uit.push_str(cent);
    for _ in cent.len()..2 {
        uit.push('0');
    }
    Some(uit)
}

/// Read euros from what was typed: a decimal with a point (`"1250000.00"`, `"99.5"`), or, for a
/// JSON number, its exact decimal text (also with an exponent). `Err` when unreadable or too large.
pub fn lees_bedrag(tekst: &str, is_getal: bool) -> Result<Decimal, ()> {
    lees_decimaal(tekst, is_getal).ok_or(())
}
