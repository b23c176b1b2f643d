//! The overview as one self-contained HTML page: tables and an inline SVG chart, nothing loaded.

use super::tekst::{artikel, ernst, soort, status, uitkomst, zekerheid};
use super::{
    euro, onvolledig_tekst, Overzicht, PlafondSoort, PlafondStatus, ZONDER_GELDSTROOM_UITLEG,
};
use crate::beoordeling::Bedrag;
use crate::geld::Taal;
use std::fmt::Write;

/// `t` with `&`, `<`, `>`, `"` and `'` escaped, for text and attribute values.
pub fn escape(t: &str) -> String {
    let mut uit = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => uit.push_str("&amp;"),
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&#39;"),
            c => uit.push(c),
        }
    }
    uit
}

const STIJL: &str = "
:root { color: #1a1a1a; background: #fff; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; }
body { margin: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
.tabel { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; vertical-align: top; }
thead th { background: #e8eef5; text-align: left; }
tbody th { text-align: left; font-weight: 400; }
td.kort { white-space: nowrap; }
td.getal { text-align: right; white-space: nowrap; }
.boven, .fout { color: #a4001d; font-weight: 700; }
.waarschuwing { color: #6e4200; font-weight: 700; }
a { color: #0b4a8b; }
figure { margin: 1rem 0; } svg text { font-size: 12px; fill: #1a1a1a; }
@media print {
  :root { font-size: 10pt; } body { margin: 0; max-width: none; }
  table { font-size: 7.5pt; } th, td { padding: 0.1rem 0.2rem; } code { overflow-wrap: anywhere; }
  thead th { overflow-wrap: anywhere; hyphens: auto; }
  .tabel { overflow: visible; } thead { display: table-header-group; }
  tr, figure { break-inside: avoid; } a { color: #000; text-decoration: none; }
  thead th { background: #fff; }
}
";

/// Two blues that alternate between areas in a bar (both at least 4.5:1 against white), and the
/// dark red of the part above a ceiling.
const KLEUREN: [&str; 2] = ["#1f4e79", "#3a78b5"];

/// The page in `taal` (`lang` attribute, texts); `titel` is its title.
pub fn html(o: &Overzicht, taal: Taal) -> String {
    let nl = taal == Taal::Nl;
    let mut uit = String::new();
    let titel = if nl {
        "Overzicht van de aanvragen SPUK Kansrijke Wijk"
    } else {
        "Overview of the SPUK Kansrijke Wijk applications"
    };
    let _ = write!(
        uit,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{titel}</title>\n<style>{STIJL}</style>\n</head>\n<body>\n<main>\n<h1>{titel}</h1>\n",
        if nl { "nl" } else { "en" }
    );
    let _ = writeln!(
        uit,
        "<p>{} {} {}, {} {}{}. {} {}.</p>",
        if nl {
            super::aantal(o.aanvragen.len(), "aanvraag", "aanvragen")
        } else {
            super::aantal(o.aanvragen.len(), "application", "applications")
        },
        if nl { "getoetst" } else { "checked" },
        if nl {
            "met kansrijke-wijk"
        } else {
            "with kansrijke-wijk"
        },
        o.onleesbaar.len(),
        if nl { "onleesbaar" } else { "unreadable" },
        if o.overgeslagen.is_empty() {
            String::new()
        } else {
            format!(
                ", {} {}",
                o.overgeslagen.len(),
                if nl { "overgeslagen" } else { "skipped" }
            )
        },
        if nl { "Versie" } else { "Version" },
        crate::VERSIE
    );
    aanvragen(o, taal, &mut uit);
    plafonds(o, taal, &mut uit);
    grafiek(o, taal, &mut uit);
    bevindingen(o, taal, &mut uit);
    if !o.onleesbaar.is_empty() {
        let _ = writeln!(
            uit,
            "<h2>{}</h2>\n<ul>",
            if nl { "Onleesbaar" } else { "Unreadable" }
        );
        for x in &o.onleesbaar {
            let reden = if nl { &x.reden.nl } else { &x.reden.en };
            let _ = writeln!(
                uit,
                "<li><code>{}</code>: {}</li>",
                escape(&x.bron),
                escape(reden)
            );
        }
        uit.push_str("</ul>\n");
    }
    if !o.overgeslagen.is_empty() {
        let _ = writeln!(
            uit,
            "<h2>{}</h2>\n<p>{}</p>\n<ul>",
            if nl { "Overgeslagen" } else { "Skipped" },
            if nl {
                "Niet gelezen; een map wordt niet recursief doorzocht."
            } else {
                "Not read; folders are not searched recursively."
            }
        );
        for x in &o.overgeslagen {
            let reden = if nl { &x.reden.nl } else { &x.reden.en };
            let _ = writeln!(
                uit,
                "<li><code>{}</code>: {}</li>",
                escape(&x.bron),
                escape(reden)
            );
        }
        uit.push_str("</ul>\n");
    }
    uit.push_str("</main>\n</body>\n</html>\n");
    uit
}

fn bedrag(b: Bedrag, taal: Taal) -> String {
    escape(&euro(b, taal == Taal::En))
}

fn aanvragen(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let stromen = o.geldstromen();
    let _ = writeln!(uit, "<h2>{}</h2>\n<div class=\"tabel\" role=\"region\" aria-labelledby=\"t-aanvragen\" tabindex=\"0\">\n<table>\n<caption id=\"t-aanvragen\">{}</caption>\n<thead><tr>",
        if nl { "Aanvragen" } else { "Applications" },
        if nl { "Per aanvraag: focusgebied, uitkomst, bevindingen per ernst en aangevraagd per geldstroom" } else { "Per application: focus area, outcome, findings per severity and requested per funding stream" });
    let koppen: &[&str] = if nl {
        &[
            "Bron",
            "Regeling",
            "Focusgebied",
            "Gemeente",
            "Uitkomst",
            "Fout",
            "Ontbreekt",
            "Waarschuwing",
            "Info",
        ]
    } else {
        &[
            "Source",
            "Regulation",
            "Focus area",
            "Gemeente",
            "Outcome",
            "Errors",
            "Missing",
            "Warnings",
            "Info",
        ]
    };
    for k in koppen {
        let _ = write!(uit, "<th scope=\"col\">{k}</th>");
    }
    for s in &stromen {
        let _ = write!(uit, "<th scope=\"col\">{}</th>", escape(s));
    }
    let _ = writeln!(
        uit,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        if nl {
            "Zonder geldstroom"
        } else {
            "No funding stream"
        },
        if nl { "Totaal" } else { "Total" },
        if nl {
            "Bedragen niet gelezen"
        } else {
            "Amounts not read"
        }
    );
    for a in &o.aanvragen {
        rij(a, &stromen, taal, uit);
    }
    uit.push_str("</tbody>\n</table>\n</div>\n");
    per_jaar(o, taal, uit);
}

/// Requested per aanvraag, geldstroom and year: a narrow table (a row per pair, the aanvraag a row
/// group), so it fits a printed page however many streams and years there are; a column per pair
/// in the table above would not.
fn per_jaar(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let rijen: Vec<_> = o
        .aanvragen
        .iter()
        .map(|a| {
            let paren: Vec<(&String, &String, Bedrag)> = a
                .per_geldstroom_per_jaar
                .iter()
                .flat_map(|(s, jaren)| jaren.iter().map(move |(j, b)| (s, j, *b)))
                .collect();
            (a, paren)
        })
        .filter(|(_, paren)| !paren.is_empty())
        .collect();
    if rijen.is_empty() {
        return;
    }
    let _ = writeln!(uit, "<div class=\"tabel\" role=\"region\" aria-labelledby=\"t-jaren\" tabindex=\"0\">\n<table>\n<caption id=\"t-jaren\">{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>",
        if nl { "Per aanvraag: aangevraagd per geldstroom en jaar" } else { "Per application: requested per funding stream and year" },
        if nl { "Bron" } else { "Source" },
        if nl { "Geldstroom" } else { "Funding stream" },
        if nl { "Jaar" } else { "Year" },
        if nl { "Aangevraagd" } else { "Requested" });
    for (a, paren) in rijen {
        uit.push_str("<tbody>");
        for (i, (s, j, b)) in paren.iter().enumerate() {
            uit.push_str("<tr>");
            if i == 0 {
                let _ = write!(
                    uit,
                    "<th scope=\"rowgroup\" rowspan=\"{}\"><code>{}</code></th>",
                    paren.len(),
                    escape(&a.bron)
                );
            }
            let _ = write!(
                uit,
                "<td class=\"kort\">{}</td><td class=\"kort\">{}</td><td class=\"getal\">{}</td></tr>",
                escape(s),
                escape(j),
                bedrag(*b, taal)
            );
        }
        uit.push_str("</tbody>\n");
    }
    uit.push_str("</table>\n</div>\n");
}

/// One aanvraag's row of the table of aanvragen.
fn rij(a: &super::AanvraagRij, stromen: &[String], taal: Taal, uit: &mut String) {
    let _ = write!(
        uit,
        "<tr><th scope=\"row\"><code>{}</code></th><td class=\"kort\">{}</td><td>{}</td><td>{}</td><td>{}</td>",
        escape(&a.bron),
        escape(a.regeling.as_deref().unwrap_or("–")),
        escape(a.focusgebied_naam.as_deref().unwrap_or("–")),
        escape(a.gemeente.as_deref().unwrap_or("–")),
        uitkomst(a.uitkomst, taal)
    );
    for n in [
        a.ernst.fout,
        a.ernst.ontbreekt,
        a.ernst.waarschuwing,
        a.ernst.info,
    ] {
        let _ = write!(uit, "<td class=\"getal\">{n}</td>");
    }
    for s in stromen {
        let b = a
            .per_geldstroom
            .get(s)
            .map_or("–".into(), |b| bedrag(*b, taal));
        let _ = write!(uit, "<td class=\"getal\">{b}</td>");
    }
    let klasse = if a.bedragen_niet_gelezen > 0 {
        "getal waarschuwing"
    } else {
        "getal"
    };
    let _ = writeln!(
        uit,
        "<td class=\"getal\">{}</td><td class=\"getal\">{}</td><td class=\"{klasse}\">{}</td></tr>",
        bedrag(a.zonder_geldstroom, taal),
        bedrag(a.aangevraagd, taal),
        a.bedragen_niet_gelezen
    );
}

fn plafonds(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let _ = writeln!(uit, "<h2>{}</h2>\n<div class=\"tabel\" role=\"region\" aria-labelledby=\"t-plafonds\" tabindex=\"0\">\n<table>\n<caption id=\"t-plafonds\">{}</caption>\n<thead><tr>",
        if nl { "Sommen en plafonds" } else { "Sums and ceilings" },
        if nl { "De som over alle aanvragen per regeling tegen elk plafond voor alle gebieden samen, met bron en zekerheid" } else { "The sum over all applications per regulation against each ceiling for all areas together, with source and certainty" });
    let koppen: &[&str] = if nl {
        &[
            "Plafond",
            "Regeling",
            "Aangevraagd",
            "Plafond (bedrag)",
            "Boven plafond",
            "Stand",
            "Bron",
            "Zekerheid",
        ]
    } else {
        &[
            "Ceiling",
            "Regulation",
            "Requested",
            "Ceiling (amount)",
            "Above ceiling",
            "Status",
            "Source",
            "Certainty",
        ]
    };
    for k in koppen {
        let _ = write!(uit, "<th scope=\"col\">{k}</th>");
    }
    uit.push_str("</tr></thead>\n<tbody>\n");
    for p in &o.plafonds {
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
        let boven = p.boven_plafond.map_or("–".into(), |b| bedrag(b, taal));
        let klasse = match p.status {
            PlafondStatus::Boven => " class=\"boven\"",
            PlafondStatus::Onvolledig => " class=\"waarschuwing\"",
            _ => "",
        };
        let artikel =
            artikel(&p.bron, taal).map_or(String::new(), |a| format!(", art. {}", escape(a)));
        let bron = if p.bron.url.is_empty() {
            format!("{}{artikel}", escape(&p.bron.vindplaats))
        } else {
            format!(
                "<a href=\"{}\">{}</a>{artikel}",
                escape(&p.bron.url),
                escape(&p.bron.vindplaats)
            )
        };
        let _ = writeln!(
            uit,
            "<tr><th scope=\"row\">{}</th><td class=\"kort\">{}</td><td class=\"getal\">{}</td><td class=\"getal\">{plafond}</td><td class=\"getal\">{boven}</td><td{klasse}>{}</td><td>{bron}</td><td>{}</td></tr>",
            escape(&soort(p.soort, p.geldstroom.as_deref(), taal)),
            escape(&p.regeling),
            bedrag(p.aangevraagd, taal),
            status(p.status, taal),
            zekerheid(p.bron.zekerheid, taal)
        );
    }
    uit.push_str("</tbody>\n</table>\n</div>\n");
    noten(o, taal, uit);
    let _ = writeln!(
        uit,
        "<p>{}</p>",
        if nl {
            "De regeling kent geen plafond per jaar; de bedragen per jaar staan in de tabel van de aanvragen en zijn niet getoetst."
        } else {
            "The regulation has no ceiling per year; the amounts per year are in the table of applications and were not checked."
        }
    );
}

/// Under the ceilings: per regulation the money without a geldstroom and the amounts not read.
fn noten(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    for t in o.totalen.iter().filter(|t| t.zonder_geldstroom.centen > 0) {
        let _ = writeln!(
            uit,
            "<p>{} {}: {} ({}).</p>",
            escape(&t.regeling),
            if nl {
                "zonder geldstroom"
            } else {
                "without a funding stream"
            },
            bedrag(t.zonder_geldstroom, taal),
            escape(if nl {
                ZONDER_GELDSTROOM_UITLEG.0
            } else {
                ZONDER_GELDSTROOM_UITLEG.1
            })
        );
    }
    for t in o.totalen.iter().filter(|t| t.bedragen_niet_gelezen > 0) {
        let (o_nl, o_en) = onvolledig_tekst(t.bedragen_niet_gelezen, t.aanvragen_niet_gelezen);
        let _ = writeln!(
            uit,
            "<p class=\"waarschuwing\">{}</p>",
            escape(&if nl {
                format!("{}: de som is onvolledig, {o_nl}; die bedragen tellen niet mee, dus geen plafond is als gehaald te beoordelen.", t.regeling)
            } else {
                format!("{}: the sum is incomplete, {o_en}; those amounts are not counted, so no ceiling can be judged as met.", t.regeling)
            })
        );
    }
}

/// The chart's left margin and bar length, in hundredths of a pixel.
const LINKS_HONDERDSTEN: u128 = 19_000;
const BREED_HONDERDSTEN: u128 = 52_000;

/// Hundredths of a pixel as SVG text (`12345` → `123.45`).
fn pixels(honderdsten: u128) -> String {
    format!("{}.{:02}", honderdsten / 100, honderdsten % 100)
}

/// One bar per geldstroom of each regulation: the areas' amounts side by side, the ceiling as a
/// line. Each bar has its own scale (the larger of sum and ceiling), so a small stream is legible.
fn grafiek(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let balken: Vec<&super::Plafond> = o
        .plafonds
        .iter()
        .filter(|p| p.soort == PlafondSoort::Geldstroom)
        .collect();
    if balken.is_empty() {
        return;
    }
    let (links, breed, hoog) = (190.0_f64, 520.0_f64, 46.0_f64);
    let totaal_hoog = 30.0 + hoog * balken.len() as f64;
    let mut desc = Vec::new();
    let mut lijf = String::new();
    for (i, p) in balken.iter().enumerate() {
        let y = 20.0 + hoog * i as f64;
        let s = p.geldstroom.as_deref().unwrap_or("?");
        // Lengths in hundredths of a pixel, from the cents in integers: no amount becomes a float.
        let schaal = p
            .plafond
            .unwrap_or_default()
            .centen
            .max(p.aangevraagd.centen)
            .max(1);
        let lengte = |centen: u128| BREED_HONDERDSTEN * centen / schaal;
        let _ = writeln!(
            lijf,
            "<text x=\"0\" y=\"{:.1}\">{} {}</text>",
            y + 14.0,
            escape(s),
            escape(&p.regeling)
        );
        let mut x = LINKS_HONDERDSTEN;
        let mut kleur = 0;
        for a in o
            .aanvragen
            .iter()
            .filter(|a| a.regeling.as_deref() == Some(&*p.regeling))
        {
            let b = a.per_geldstroom.get(s).copied().unwrap_or_default();
            if b.centen == 0 {
                continue;
            }
            let w = lengte(b.centen);
            let naam = a.focusgebied_naam.as_deref().unwrap_or(&a.bron);
            let _ = writeln!(
                lijf,
                "<rect x=\"{}\" y=\"{y:.1}\" width=\"{}\" height=\"20\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"0.5\"><title>{}: {}</title></rect>",
                pixels(x),
                pixels(w),
                KLEUREN[kleur % 2],
                escape(naam),
                bedrag(b, taal)
            );
            kleur += 1;
            x += w;
        }
        let plafond = match p.plafond {
            Some(pl) => {
                let px = pixels(LINKS_HONDERDSTEN + lengte(pl.centen));
                let _ = writeln!(lijf, "<line x1=\"{px}\" y1=\"{:.1}\" x2=\"{px}\" y2=\"{:.1}\" stroke=\"#a4001d\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>", y - 4.0, y + 24.0);
                bedrag(pl, taal)
            }
            None => {
                if nl {
                    "onbekend".into()
                } else {
                    "unknown".into()
                }
            }
        };
        let label = format!(
            "{} {} {} {plafond} ({})",
            bedrag(p.aangevraagd, taal),
            if nl { "van" } else { "of" },
            if nl { "plafond" } else { "ceiling" },
            status(p.status, taal)
        );
        let _ = writeln!(
            lijf,
            "<text x=\"{links}\" y=\"{:.1}\">{label}</text>",
            y + 36.0
        );
        desc.push(format!("{s} {}: {label}", p.regeling));
    }
    let _ = writeln!(
        uit,
        "<h2>{}</h2>\n<figure>\n<svg role=\"img\" aria-labelledby=\"g-titel g-desc\" viewBox=\"0 0 {} {totaal_hoog:.0}\" width=\"100%\" style=\"max-width:{}px\">\n<title id=\"g-titel\">{}</title>\n<desc id=\"g-desc\">{}</desc>\n{lijf}</svg>\n<figcaption>{}</figcaption>\n</figure>",
        if nl { "Aangevraagd per geldstroom en gebied" } else { "Requested per funding stream and area" },
        links + breed + 20.0,
        links + breed + 20.0,
        if nl { "Aangevraagd geld per geldstroom, per focusgebied, tegen het plafond" } else { "Requested money per funding stream, per focus area, against the ceiling" },
        escape(&desc.join("; ")),
        if nl {
            "Elke balk is één geldstroom; elk vak is één focusgebied (afwisselend donker- en lichtblauw), de rode stippellijn is het plafond voor alle gebieden samen. Elke balk heeft een eigen schaal. De cijfers staan in de tabel hierboven."
        } else {
            "Each bar is one funding stream; each segment is one focus area (alternately dark and light blue), the red dashed line is the ceiling for all areas together. Each bar has its own scale. The figures are in the table above."
        }
    );
}

fn bevindingen(o: &Overzicht, taal: Taal, uit: &mut String) {
    let nl = taal == Taal::Nl;
    let _ = writeln!(
        uit,
        "<h2>{}</h2>",
        if nl {
            "Bevindingen over de aanvragen samen"
        } else {
            "Findings over the applications together"
        }
    );
    if o.bevindingen.is_empty() {
        let _ = writeln!(uit, "<p>{}</p>", if nl { "Geen." } else { "None." });
        return;
    }
    uit.push_str("<ul>\n");
    for b in &o.bevindingen {
        let melding = if nl { &b.melding.nl } else { &b.melding.en };
        let (klasse, e) = (ernst(b.ernst, Taal::Nl), ernst(b.ernst, taal));
        let bron = b.bron.as_ref().map_or(String::new(), |x| {
            let artikel =
                artikel(x, taal).map_or(String::new(), |a| format!(", art. {}", escape(a)));
            format!(
                " ({}{artikel}, {})",
                escape(&x.vindplaats),
                zekerheid(x.zekerheid, taal)
            )
        });
        let _ = writeln!(
            uit,
            "<li><span class=\"{klasse}\">{}</span> <code>{}</code> {}{bron}</li>",
            e.to_uppercase(),
            b.code,
            escape(melding)
        );
    }
    uit.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixellengtes_uit_centen_zonder_float() {
        assert_eq!(pixels(0), "0.00");
        assert_eq!(pixels(52_000), "520.00");
        assert_eq!(pixels(19_005), "190.05");
        // Half of a ceiling of € 327,000,000.00 is half of the bar: 260 px.
        let plafond: u128 = 32_700_000_000;
        assert_eq!(
            pixels(BREED_HONDERDSTEN * (plafond / 2) / plafond),
            "260.00"
        );
        // One cent of it is far below a hundredth of a pixel: 0.00, never a rounding artefact.
        assert_eq!(pixels(BREED_HONDERDSTEN / plafond), "0.00");
    }
}
