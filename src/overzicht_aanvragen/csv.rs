//! The overview as CSV (RFC 4180): one row per aanvraag, then one per unreadable file or line.

use super::Overzicht;
use crate::geld::Taal;

/// A field as RFC 4180 writes it: quoted (with `"` doubled) when it holds a comma, a quote, a
/// line break or leading/trailing spaces. A field that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` first (OWASP, CSV injection): a spreadsheet would read it
/// as a formula, and a gemeente or file name is the aanvrager's own text. No amount or count
/// starts with one of those (they are never negative).
pub fn veld(t: &str) -> String {
    let veilig;
    let t = if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        veilig = format!("'{t}");
        &veilig
    } else {
        t
    };
    let moet = t.contains([',', '"', '\n', '\r']) || t.starts_with(' ') || t.ends_with(' ');
    if moet {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t.to_string()
    }
}

fn regel(velden: &[String]) -> String {
    let v: Vec<String> = velden.iter().map(|x| veld(x)).collect();
    v.join(",") + "\r\n"
}

/// The CSV text, lines ending in CRLF. Columns: `bron, regeling, focusgebied, focusgebied_naam,
/// gemeente, uitkomst, fout, ontbreekt, waarschuwing, info, aangevraagd`, one per geldstroom
/// (`OCW`), one per geldstroom and year (`OCW 2026`), `zonder_geldstroom` (requested for a theme
/// without a geldstroom), `bedragen_niet_gelezen` (budget lines whose
/// amount could not be read, so in none of the sums), and `onleesbaar` (the reason, in `taal`, on
/// the rows of what could not be read, `uitkomst` `onleesbaar`, or was skipped, `uitkomst`
/// `overgeslagen`). Amounts are decimal strings with two decimals (`1234.50`).
pub fn csv(o: &Overzicht, taal: Taal) -> String {
    let reden = |t: &crate::regels::Tekst| match taal {
        Taal::Nl => t.nl.to_string(),
        Taal::En => t.en.to_string(),
    };
    let stromen = o.geldstromen();
    let paren = o.stroom_jaren();
    let mut kop: Vec<String> = [
        "bron",
        "regeling",
        "focusgebied",
        "focusgebied_naam",
        "gemeente",
        "uitkomst",
        "fout",
        "ontbreekt",
        "waarschuwing",
        "info",
        "aangevraagd",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    kop.extend(stromen.iter().cloned());
    kop.extend(paren.iter().map(|(s, j)| format!("{s} {j}")));
    kop.push("zonder_geldstroom".into());
    kop.push("bedragen_niet_gelezen".into());
    kop.push("onleesbaar".into());
    let mut uit = regel(&kop);
    for a in &o.aanvragen {
        let uitkomst = serde_json::to_value(a.uitkomst)
            .ok()
            .and_then(|w| w.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut r = vec![
            a.bron.clone(),
            a.regeling.clone().unwrap_or_default(),
            a.focusgebied.clone().unwrap_or_default(),
            a.focusgebied_naam.clone().unwrap_or_default(),
            a.gemeente.clone().unwrap_or_default(),
            uitkomst,
            a.ernst.fout.to_string(),
            a.ernst.ontbreekt.to_string(),
            a.ernst.waarschuwing.to_string(),
            a.ernst.info.to_string(),
            a.aangevraagd.tekst(),
        ];
        for s in &stromen {
            r.push(
                a.per_geldstroom
                    .get(s)
                    .map(|b| b.tekst())
                    .unwrap_or_default(),
            );
        }
        for (s, j) in &paren {
            let b = a.per_geldstroom_per_jaar.get(s).and_then(|x| x.get(j));
            r.push(b.map(|b| b.tekst()).unwrap_or_default());
        }
        r.push(a.zonder_geldstroom.tekst());
        r.push(a.bedragen_niet_gelezen.to_string());
        r.push(String::new());
        uit.push_str(&regel(&r));
    }
    for x in &o.onleesbaar {
        let mut r = vec![x.bron.clone()];
        r.resize(kop.len() - 1, String::new());
        r[5] = "onleesbaar".into();
        r.push(reden(&x.reden));
        uit.push_str(&regel(&r));
    }
    for x in &o.overgeslagen {
        let mut r = vec![x.bron.clone()];
        r.resize(kop.len() - 1, String::new());
        r[5] = "overgeslagen".into();
        r.push(reden(&x.reden));
        uit.push_str(&regel(&r));
    }
    uit
}
