//! The overview as a table for people on a terminal, in Dutch or English.

use super::{
    aantal, euro, onvolledig_tekst, Overzicht, PlafondSoort, PlafondStatus,
    ZONDER_GELDSTROOM_UITLEG,
};
use crate::beoordeling::{Bron, Ernst, Uitkomst};
use crate::geld::Taal;
use crate::regels::Zekerheid;
use std::fmt::Write;

/// The outcome in words.
pub fn uitkomst(u: Uitkomst, taal: Taal) -> &'static str {
    match (u, taal) {
        (Uitkomst::Voldoet, Taal::Nl) => "voldoet",
        (Uitkomst::VoldoetNiet, Taal::Nl) => "voldoet niet",
        (Uitkomst::Onvolledig, Taal::Nl) => "onvolledig",
        (Uitkomst::Voldoet, Taal::En) => "passes",
        (Uitkomst::VoldoetNiet, Taal::En) => "fails",
        (Uitkomst::Onvolledig, Taal::En) => "incomplete",
    }
}

/// The ernst in words.
pub fn ernst(e: Ernst, taal: Taal) -> &'static str {
    match (e, taal) {
        (Ernst::Fout, Taal::Nl) => "fout",
        (Ernst::Ontbreekt, Taal::Nl) => "ontbreekt",
        (Ernst::Waarschuwing, Taal::Nl) => "waarschuwing",
        (Ernst::Fout, Taal::En) => "error",
        (Ernst::Ontbreekt, Taal::En) => "missing",
        (Ernst::Waarschuwing, Taal::En) => "warning",
        (Ernst::Info, _) => "info",
    }
}

/// What a ceiling caps, in words.
pub fn soort(s: PlafondSoort, geldstroom: Option<&str>, taal: Taal) -> String {
    match (s, taal) {
        (PlafondSoort::Geldstroom, Taal::Nl) => format!("geldstroom {}", geldstroom.unwrap_or("?")),
        (PlafondSoort::Geldstroom, Taal::En) => {
            format!("funding stream {}", geldstroom.unwrap_or("?"))
        }
        (PlafondSoort::Totaal, Taal::Nl) => "totaal van de regeling".into(),
        (PlafondSoort::Totaal, Taal::En) => "regulation's total".into(),
        (PlafondSoort::SomGeldstromen, Taal::Nl) => "alle geldstromen samen".into(),
        (PlafondSoort::SomGeldstromen, Taal::En) => "all funding streams together".into(),
    }
}

/// The status of a ceiling in words.
pub fn status(s: PlafondStatus, taal: Taal) -> &'static str {
    match (s, taal) {
        (PlafondStatus::Binnen, Taal::Nl) => "binnen plafond",
        (PlafondStatus::Boven, Taal::Nl) => "BOVEN PLAFOND",
        (PlafondStatus::NietGetoetst, Taal::Nl) => "niet getoetst (plafond onbekend)",
        (PlafondStatus::Binnen, Taal::En) => "within ceiling",
        (PlafondStatus::Boven, Taal::En) => "ABOVE CEILING",
        (PlafondStatus::NietGetoetst, Taal::En) => "not checked (ceiling unknown)",
        (PlafondStatus::Onvolledig, Taal::Nl) => "som onvolledig (niet alle bedragen gelezen)",
        (PlafondStatus::Onvolledig, Taal::En) => "sum incomplete (not all amounts read)",
    }
}

/// The zekerheid in words: `geverifieerd` / `verified`, `afgeleid` / `inferred`, `onbekend` /
/// `unknown`.
pub fn zekerheid(z: Zekerheid, taal: Taal) -> &'static str {
    match (z, taal) {
        (_, Taal::Nl) => z.als_tekst(),
        (Zekerheid::Geverifieerd, Taal::En) => "verified",
        (Zekerheid::Afgeleid, Taal::En) => "inferred",
        (Zekerheid::Onbekend, Taal::En) => "unknown",
    }
}

/// The article of a source in `taal` (`3, tweede lid` / `3, second paragraph`), when it has one.
pub fn artikel(b: &Bron, taal: Taal) -> Option<&str> {
    match taal {
        Taal::Nl => b.artikel.as_deref(),
        Taal::En => b.artikel_en.as_deref().or(b.artikel.as_deref()),
    }
}

fn bedrag(b: crate::beoordeling::Bedrag, taal: Taal) -> String {
    euro(b, taal == Taal::En)
}

/// Pad `t` to `w` characters (counted as chars, not bytes), left or right aligned.
fn cel(t: &str, w: usize, rechts: bool) -> String {
    let n = t.chars().count();
    let vul = " ".repeat(w.saturating_sub(n));
    if rechts {
        format!("{vul}{t}")
    } else {
        format!("{t}{vul}")
    }
}

fn tabel(kop: &[String], rijen: &[Vec<String>], rechts_vanaf: usize) -> String {
    let mut breed: Vec<usize> = kop.iter().map(|k| k.chars().count()).collect();
    for r in rijen {
        for (i, c) in r.iter().enumerate() {
            breed[i] = breed[i].max(c.chars().count());
        }
    }
    let regel = |r: &[String]| {
        let cellen: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, c)| cel(c, breed[i], i >= rechts_vanaf))
            .collect();
        cellen.join("  ").trim_end().to_string()
    };
    let mut uit = regel(kop);
    uit.push('\n');
    let streep: Vec<String> = breed.iter().map(|w| "-".repeat(*w)).collect();
    uit.push_str(&streep.join("  "));
    uit.push('\n');
    for r in rijen {
        uit.push_str(&regel(r));
        uit.push('\n');
    }
    uit
}

/// The whole overview as text: the table of aanvragen, the ceilings, the findings, the unreadable.
pub fn tekst(o: &Overzicht, taal: Taal) -> String {
    let nl = taal == Taal::Nl;
    let stromen = o.geldstromen();
    let mut kop: Vec<String> = if nl {
        [
            "bron",
            "regeling",
            "focusgebied",
            "gemeente",
            "uitkomst",
            "fout",
            "ontbr.",
            "waarsch.",
            "info",
        ]
    } else {
        [
            "source",
            "regulation",
            "focus area",
            "gemeente",
            "outcome",
            "error",
            "missing",
            "warning",
            "info",
        ]
    }
    .iter()
    .map(|s| s.to_string())
    .collect();
    let getallen = 5;
    kop.extend(stromen.iter().cloned());
    kop.push(
        if nl {
            "zonder geldstroom"
        } else {
            "no funding stream"
        }
        .into(),
    );
    kop.push(if nl { "totaal" } else { "total" }.into());
    kop.push(if nl { "niet gelezen" } else { "not read" }.into());
    let mut rijen = Vec::new();
    for a in &o.aanvragen {
        let mut r = vec![
            a.bron.clone(),
            a.regeling.clone().unwrap_or_else(|| "-".into()),
            a.focusgebied_naam.clone().unwrap_or_else(|| "-".into()),
            a.gemeente.clone().unwrap_or_else(|| "-".into()),
            uitkomst(a.uitkomst, taal).into(),
            a.ernst.fout.to_string(),
            a.ernst.ontbreekt.to_string(),
            a.ernst.waarschuwing.to_string(),
            a.ernst.info.to_string(),
        ];
        for s in &stromen {
            r.push(
                a.per_geldstroom
                    .get(s)
                    .map_or("-".into(), |b| bedrag(*b, taal)),
            );
        }
        r.push(bedrag(a.zonder_geldstroom, taal));
        r.push(bedrag(a.aangevraagd, taal));
        r.push(a.bedragen_niet_gelezen.to_string());
        rijen.push(r);
    }
    let mut uit = String::new();
    let overgeslagen = if o.overgeslagen.is_empty() {
        String::new()
    } else {
        format!(
            ", {} {}",
            o.overgeslagen.len(),
            if nl { "overgeslagen" } else { "skipped" }
        )
    };
    let _ = writeln!(
        uit,
        "{} ({} {}, {} {}{overgeslagen})\n",
        if nl {
            "Overzicht van de aanvragen"
        } else {
            "Overview of the applications"
        },
        o.aanvragen.len(),
        if nl { "getoetst" } else { "checked" },
        o.onleesbaar.len(),
        if nl { "onleesbaar" } else { "unreadable" },
    );
    uit.push_str(&tabel(&kop, &rijen, getallen));
    per_jaar(o, taal, &mut uit);
    plafonds(o, taal, &mut uit);
    bevindingen(o, taal, &mut uit);
    niet_gelezen(o, taal, &mut uit);
    uit
}

/// What could not be read, then what was skipped, each with its reason.
fn niet_gelezen(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let lijsten = [
        (
            if nl { "Onleesbaar" } else { "Unreadable" },
            o.onleesbaar
                .iter()
                .map(|x| (&x.bron, &x.reden))
                .collect::<Vec<_>>(),
        ),
        (
            if nl {
                "Overgeslagen (niet gelezen; een map wordt niet recursief doorzocht)"
            } else {
                "Skipped (not read; folders are not searched recursively)"
            },
            o.overgeslagen.iter().map(|x| (&x.bron, &x.reden)).collect(),
        ),
    ];
    for (kop, lijst) in lijsten {
        if lijst.is_empty() {
            continue;
        }
        let _ = writeln!(uit, "\n{kop}");
        for (bron, reden) in lijst {
            let reden = if nl { &reden.nl } else { &reden.en };
            let _ = writeln!(uit, "  {bron}: {reden}");
        }
    }
}

/// Per aanvraag, the amounts per geldstroom and year.
fn per_jaar(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let paren = o.stroom_jaren();
    if paren.is_empty() {
        return;
    }
    let mut kop = vec![if nl { "bron" } else { "source" }.to_string()];
    kop.extend(paren.iter().map(|(s, j)| format!("{s} {j}")));
    let rijen: Vec<Vec<String>> = o
        .aanvragen
        .iter()
        .map(|a| {
            let mut r = vec![a.bron.clone()];
            for (s, j) in &paren {
                let b = a.per_geldstroom_per_jaar.get(s).and_then(|x| x.get(j));
                r.push(b.map_or("-".into(), |b| bedrag(*b, taal)));
            }
            r
        })
        .collect();
    let _ = writeln!(
        uit,
        "\n{}",
        if nl {
            "Per geldstroom en jaar"
        } else {
            "Per funding stream and year"
        }
    );
    uit.push_str(&tabel(&kop, &rijen, 1));
}

/// The sums against each ceiling, per regulation.
fn plafonds(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    for t in &o.totalen {
        let _ = writeln!(
            uit,
            "\n{} {} ({})",
            if nl {
                "Sommen en plafonds,"
            } else {
                "Sums and ceilings,"
            },
            t.regeling,
            if nl {
                aantal(t.aanvragen, "aanvraag", "aanvragen")
            } else {
                aantal(t.aanvragen, "application", "applications")
            }
        );
        if t.bedragen_niet_gelezen > 0 {
            let (o_nl, o_en) = onvolledig_tekst(t.bedragen_niet_gelezen, t.aanvragen_niet_gelezen);
            let _ = writeln!(
                uit,
                "  {}",
                if nl {
                    format!("ONVOLLEDIG: {o_nl}; de sommen hieronder zijn zonder die bedragen, dus geen plafond is als gehaald te beoordelen.")
                } else {
                    format!("INCOMPLETE: {o_en}; the sums below leave those amounts out, so no ceiling can be judged as met.")
                }
            );
        }
        for p in o.plafonds.iter().filter(|p| p.regeling == t.regeling) {
            let plafond = p.plafond.map_or_else(
                || {
                    if nl {
                        "onbekend".into()
                    } else {
                        "unknown".into()
                    }
                },
                |b| bedrag(b, taal),
            );
            let over = p
                .boven_plafond
                .map_or(String::new(), |b| format!(" (+{})", bedrag(b, taal)));
            let artikel = artikel(&p.bron, taal).map_or(String::new(), |a| format!(", art. {a}"));
            let _ = writeln!(
                uit,
                "  {}: {} {} {plafond}: {}{over} [{}{artikel}, {}]",
                soort(p.soort, p.geldstroom.as_deref(), taal),
                bedrag(p.aangevraagd, taal),
                if nl { "tegen" } else { "against" },
                status(p.status, taal),
                p.bron.vindplaats,
                zekerheid(p.bron.zekerheid, taal)
            );
        }
        if t.zonder_geldstroom.centen > 0 {
            let _ = writeln!(
                uit,
                "  {}: {} ({})",
                if nl {
                    "zonder geldstroom"
                } else {
                    "without a funding stream"
                },
                bedrag(t.zonder_geldstroom, taal),
                if nl {
                    ZONDER_GELDSTROOM_UITLEG.0
                } else {
                    ZONDER_GELDSTROOM_UITLEG.1
                }
            );
        }
        if let Some(jaren) =
            (!t.per_geldstroom_per_jaar.is_empty()).then_some(&t.per_geldstroom_per_jaar)
        {
            for (s, per) in jaren {
                let delen: Vec<String> = per
                    .iter()
                    .map(|(j, b)| format!("{j} {}", bedrag(*b, taal)))
                    .collect();
                let _ = writeln!(
                    uit,
                    "  {s} {}: {}",
                    if nl { "per jaar" } else { "per year" },
                    delen.join(" · ")
                );
            }
            let _ = writeln!(
                uit,
                "  {}",
                if nl {
                    "(De regeling kent geen plafond per jaar; de jaren zijn niet getoetst.)"
                } else {
                    "(The regulation has no ceiling per year; the years were not checked.)"
                }
            );
        }
    }
}

fn bevindingen(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let _ = writeln!(uit, "\n{}", if nl { "Bevindingen" } else { "Findings" });
    if o.bevindingen.is_empty() {
        let _ = writeln!(uit, "  {}", if nl { "geen" } else { "none" });
    }
    for b in &o.bevindingen {
        let melding = if nl { &b.melding.nl } else { &b.melding.en };
        let bron = b.bron.as_ref().map_or(String::new(), |x| {
            let artikel = artikel(x, taal).map_or(String::new(), |a| format!(", art. {a}"));
            format!(
                " [{}{artikel}, {}]",
                x.vindplaats,
                zekerheid(x.zekerheid, taal)
            )
        });
        let _ = writeln!(
            uit,
            "  {} {} {melding}{bron}",
            ernst(b.ernst, taal).to_uppercase(),
            b.code
        );
    }
}
