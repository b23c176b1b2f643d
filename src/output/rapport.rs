//! The readable report of a beoordeling (Dutch by default, English on request), grouped by field.

use crate::beoordeling::{Beoordeling, Bevinding, Ernst, Uitkomst};
use std::fmt::Write;

pub use crate::geld::{bedrag_als, euro, euro_en, totaal_als, Taal};

fn ernst_tekst(e: Ernst, taal: Taal) -> &'static str {
    match (e, taal) {
        (Ernst::Fout, Taal::Nl) => "FOUT",
        (Ernst::Fout, Taal::En) => "ERROR",
        (Ernst::Ontbreekt, Taal::Nl) => "ONTBREEKT",
        (Ernst::Ontbreekt, Taal::En) => "MISSING",
        (Ernst::Waarschuwing, Taal::Nl) => "WAARSCHUWING",
        (Ernst::Waarschuwing, Taal::En) => "WARNING",
        (Ernst::Info, _) => "INFO",
    }
}

/// A field path the way people read it: `/activiteiten/0/begroting/1/jaar` becomes
/// `activiteit 1 › begroting 2 › jaar`.
pub fn veldnaam(pad: &str, taal: Taal) -> String {
    if pad.is_empty() {
        return match taal {
            Taal::Nl => "de aanvraag als geheel".into(),
            Taal::En => "the application as a whole".into(),
        };
    }
    let delen: Vec<String> = pad
        .split('/')
        .skip(1)
        .map(|d| d.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut uit: Vec<String> = Vec::new();
    let mut i = 0;
    while i < delen.len() {
        let d = &delen[i];
        let volgende = delen.get(i + 1).and_then(|n| n.parse::<usize>().ok());
        match (d.as_str(), volgende) {
            ("activiteiten", Some(n)) => {
                uit.push(format!(
                    "{} {}",
                    if taal == Taal::Nl {
                        "activiteit"
                    } else {
                        "activity"
                    },
                    n + 1
                ));
                i += 2;
            }
            ("begroting", Some(n)) => {
                uit.push(format!(
                    "{} {}",
                    if taal == Taal::Nl {
                        "begrotingsregel"
                    } else {
                        "budget line"
                    },
                    n + 1
                ));
                i += 2;
            }
            ("scholen", Some(n)) => {
                uit.push(format!("school {}", n + 1)); // the same word in both languages
                i += 2;
            }
            _ => {
                uit.push(d.clone());
                i += 1;
            }
        }
    }
    uit.join(" › ")
}

/// An article reference in English: `2, tweede lid` becomes `2, second paragraph`.
pub fn artikel_en(a: &str) -> String {
    crate::beoordeling::artikel_en(a).unwrap_or_else(|| a.to_string())
}

fn bron_tekst(b: &Bevinding, taal: Taal) -> Option<String> {
    let bron = b.bron.as_ref()?;
    let artikel = match (&bron.artikel, taal) {
        (Some(a), Taal::Nl) => format!(", art. {a}"),
        (Some(a), Taal::En) => format!(", art. {}", artikel_en(a)),
        (None, Taal::Nl) => ", artikel onbekend".into(),
        (None, Taal::En) => ", article unknown".into(),
    };
    let zekerheid = match (bron.zekerheid, taal) {
        (z, Taal::Nl) => z.als_tekst(),
        (crate::regels::Zekerheid::Geverifieerd, Taal::En) => "verified",
        (crate::regels::Zekerheid::Afgeleid, Taal::En) => "inferred",
        (crate::regels::Zekerheid::Onbekend, Taal::En) => "unknown",
    };
    Some(format!(
        "{}{} ({}) {}",
        bron.vindplaats, artikel, zekerheid, bron.url
    ))
}

/// `n` and the word for it, singular for 1 and plural otherwise (`1 fout`, `0 errors`).
fn aantal(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

/// The name of theme `id` of regulation `regeling` in `taal`, or the id when it has none.
fn themanaam(regeling: Option<&str>, id: &str, taal: Taal) -> String {
    let th = regeling
        .and_then(|r| crate::regels::standaard().regeling(r))
        .and_then(|r| r.thema(id));
    match (th, taal) {
        (Some(th), Taal::Nl) => th.naam.nl.to_string(),
        (Some(th), Taal::En) => th.naam.en.to_string(),
        (None, _) => id.to_string(),
    }
}

/// The whole report as text.
pub fn rapport(b: &Beoordeling, taal: Taal) -> String {
    rapport_met(b, taal, &|_| None)
}

/// The whole report as text, with under the finding at index `i` of `b.bevindingen` the line
/// `onder(i)` gives, if any (the herstel of the native CLI).
pub fn rapport_met(b: &Beoordeling, taal: Taal, onder: &dyn Fn(usize) -> Option<String>) -> String {
    let mut s = String::new();
    kop(&mut s, b, taal);
    bevindingen(&mut s, b, taal, onder);
    totalen(&mut s, b, taal);
    // What the applicant typed is quoted in messages: keep terminal control codes out of a report.
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The outcome, the regulation, the focus area and the number of findings of each ernst.
fn kop(s: &mut String, b: &Beoordeling, taal: Taal) {
    let nl = taal == Taal::Nl;
    let uitkomst = match (b.uitkomst, nl) {
        (Uitkomst::Voldoet, true) => "VOLDOET",
        (Uitkomst::Voldoet, false) => "MEETS THE RULES",
        (Uitkomst::VoldoetNiet, true) => "VOLDOET NIET",
        (Uitkomst::VoldoetNiet, false) => "DOES NOT MEET THE RULES",
        (Uitkomst::Onvolledig, true) => "ONVOLLEDIG",
        (Uitkomst::Onvolledig, false) => "INCOMPLETE",
    };
    let _ = writeln!(
        s,
        "{}: {uitkomst}",
        if nl { "Beoordeling" } else { "Assessment" }
    );
    match &b.regeling {
        Some(r) => {
            let _ = writeln!(
                s,
                "{}: {} ({}), {}",
                if nl { "Regeling" } else { "Regulation" },
                r.citeertitel,
                r.id,
                r.vindplaats
            );
        }
        None => {
            let _ = writeln!(
                s,
                "{}",
                if nl {
                    "Regeling: niet bepaald"
                } else {
                    "Regulation: not determined"
                }
            );
        }
    }
    match &b.focusgebied {
        Some(f) => {
            let _ = writeln!(
                s,
                "{}: {} ({}, {})",
                if nl { "Focusgebied" } else { "Focus area" },
                f.naam,
                f.gemeente,
                f.gemeentecode
            );
        }
        None => {
            let _ = writeln!(
                s,
                "{}",
                if nl {
                    "Focusgebied: niet bepaald"
                } else {
                    "Focus area: not determined"
                }
            );
        }
    }
    let (f, o, w, i) = b.tellingen();
    let _ = if nl {
        writeln!(
            s,
            "Bevindingen: {}, {o} ontbreekt, {}, {i} info",
            aantal(f, "fout", "fouten"),
            aantal(w, "waarschuwing", "waarschuwingen")
        )
    } else {
        writeln!(
            s,
            "Findings: {}, {o} missing, {}, {i} info",
            aantal(f, "error", "errors"),
            aantal(w, "warning", "warnings")
        )
    };
}

/// The findings, grouped under the field they are about.
fn bevindingen(
    s: &mut String,
    b: &Beoordeling,
    taal: Taal,
    onder: &dyn Fn(usize) -> Option<String>,
) {
    let nl = taal == Taal::Nl;
    let mut vorig: Option<&str> = None;
    for (i, bev) in b.bevindingen.iter().enumerate() {
        if vorig != Some(bev.pad.as_str()) {
            let _ = writeln!(
                s,
                "\n{}  [{}]",
                veldnaam(&bev.pad, taal),
                if bev.pad.is_empty() { "/" } else { &bev.pad }
            );
            vorig = Some(&bev.pad);
        }
        let melding = if nl { &bev.melding.nl } else { &bev.melding.en };
        let _ = writeln!(
            s,
            "  {:<12} {}  {}",
            ernst_tekst(bev.ernst, taal),
            bev.code,
            melding
        );
        if let Some(bron) = bron_tekst(bev, taal) {
            let _ = writeln!(
                s,
                "  {:<12} {} {}",
                "",
                if nl { "bron:" } else { "source:" },
                bron
            );
        }
        if let Some(regel) = onder(i) {
            let _ = writeln!(s, "  {:<12} {regel}", "");
        }
    }
}

/// The totals: requested, per geldstroom and per thema and year.
fn totalen(s: &mut String, b: &Beoordeling, taal: Taal) {
    let nl = taal == Taal::Nl;
    let _ = writeln!(s, "\n{}", if nl { "Totalen" } else { "Totals" });
    let _ = writeln!(
        s,
        "  {:<40} {:>20}",
        if nl { "aangevraagd" } else { "requested" },
        totaal_als(&b.totalen.aangevraagd, taal)
    );
    for (stroom, bedrag) in &b.totalen.per_geldstroom {
        let _ = writeln!(
            s,
            "  {:<40} {:>20}",
            format!(
                "{} {stroom}",
                if nl { "geldstroom" } else { "funding stream" }
            ),
            totaal_als(bedrag, taal)
        );
    }
    let regeling = b.regeling.as_ref().map(|r| r.id.as_str());
    for (thema, jaren) in &b.totalen.per_thema {
        let naam = themanaam(regeling, thema, taal);
        for (jaar, bedrag) in jaren {
            let _ = writeln!(
                s,
                "  {:<40} {:>20}",
                format!("{naam} {jaar}"),
                totaal_als(bedrag, taal)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn euro_op_zijn_nederlands() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(euro(d("1250000")), "€ 1.250.000,00");
        assert_eq!(euro(d("999.5")), "€ 999,50");
        assert_eq!(euro(d("0")), "€ 0,00");
        assert_eq!(euro(d("1000")), "€ 1.000,00");
        assert_eq!(euro(d("-5000")), "€ -5.000,00");
        // Rounded once, half to even, at the edge.
        assert_eq!(euro(d("0.125")), "€ 0,12");
        // English: no space, commas between thousands, a point before the cents.
        assert_eq!(euro_en(d("51000000.01")), "€51,000,000.01");
        assert_eq!(euro_en(d("999.5")), "€999.50");
        assert_eq!(euro_en(d("-5000")), "-€5,000.00");
    }

    #[test]
    fn artikelen_in_het_engels() {
        assert_eq!(artikel_en("2, tweede lid"), "2, second paragraph");
        assert_eq!(artikel_en("7a, eerste lid"), "7a, first paragraph");
        assert_eq!(artikel_en("6"), "6");
    }

    #[test]
    fn veldnamen_voor_mensen() {
        assert_eq!(
            veldnaam("/activiteiten/0/begroting/1/jaar", Taal::Nl),
            "activiteit 1 › begrotingsregel 2 › jaar"
        );
        assert_eq!(
            veldnaam("/coalitie/scholen/2", Taal::En),
            "coalitie › school 3"
        );
        assert_eq!(veldnaam("", Taal::Nl), "de aanvraag als geheel");
        assert_eq!(veldnaam("/a~1b", Taal::Nl), "a/b");
    }
}
