//! What was checked (issue 14, `getoetst`): every rule of the chosen regulation that applies to an
//! aanvraag, whether it was met, why it could not be checked, and the fields it looked at.
//!
//! Read from a beoordeling and its aanvraag, after the engine ran: a finding belongs to a rule when
//! it cites that rule as its source (`bron`) and its code rests on it. The engine itself is not
//! changed, so `toets --json` stays byte-identical with the wasm's; in JavaScript the trace is in the
//! uitleg module only (feature `uitleg`), not the package's `.wasm` (its size ceiling, BENCHMARKS.md).

use crate::beoordeling::{Beoordeling, Bevinding, Bron, Ernst};
use crate::codes::Code;
use crate::output::rapport::{veldnaam, Taal};
use crate::regels::{Regel, RegelId, Regeling, Regelset, Tekst, WaardeSoort, Zekerheid};
use serde::Serialize;
use serde_json::Value;

/// How a rule came out for this aanvraag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Toetsuitkomst {
    /// Met: no finding of this rule says otherwise.
    Voldaan,
    /// Not met: a `fout` rests on it (the rule is geverifieerd).
    NietVoldaan,
    /// Possibly not met: a `waarschuwing` rests on it (the rule is afgeleid).
    MogelijkNietVoldaan,
    /// Could not be checked: its value is onbekend, or a fact it needs is missing (see `reden`).
    NietTeToetsen,
}

/// One rule applied to the aanvraag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Toetsstap {
    /// The rule's id in `rules/`.
    pub regel: &'static str,
    /// Article (and lid) in the regulation, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artikel: Option<String>,
    /// Themes the rule is limited to; empty for every theme.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub themas: Vec<String>,
    /// How certain the rule is.
    pub zekerheid: Zekerheid,
    /// Met, not met, possibly not met, or could not be checked.
    pub uitkomst: Toetsuitkomst,
    /// Why it could not be checked; with `niet_te_toetsen` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reden: Option<Tekst>,
    /// The fields it looked at (JSON Pointers into the aanvraag) that the aanvraag has, then the
    /// paths of its findings; in that order, each once.
    pub paden: Vec<String>,
}

/// The fields each rule reads, as JSON Pointers with `*` for every element of a list. Those under
/// `/activiteiten/*` are, for a rule limited to themes, only the activities of those themes.
fn velden(id: RegelId) -> &'static [&'static str] {
    use RegelId as R;
    const BEDRAG: &[&str] = &["/activiteiten/*/begroting/*/bedrag"];
    const BESTEDING: &[&str] = &[
        "/activiteiten/*/begroting/*/jaar",
        "/activiteiten/*/begroting/*/besteding_in",
    ];
    match id {
        R::AanvragerGemeente => &["/gemeente"],
        R::FocusgebiedInGemeente => &["/gemeente", "/focusgebied"],
        R::AlliantieVoorzitterBurgemeester => &["/alliantie/voorzitter_burgemeester"],
        R::AlliantieGebiedsplan => &["/alliantie/gebiedsplan"],
        R::AlliantieUitvoeringsprogramma => &["/alliantie/uitvoeringsprogramma"],
        R::AlliantieInwonersBetrokken => &["/alliantie/inwoners_betrokken"],
        R::ThemaVanRegeling => &["/activiteiten/*/thema"],
        R::CategorieVanThema => &["/activiteiten/*/categorie"],
        R::Jaren => &["/activiteiten/*/begroting/*/jaar"],
        R::AanvraagperiodeVan
        | R::AanvraagperiodeTotEnMet
        | R::AanvraagperiodeAfgeleidUiterlijk => &["/ingediend_op"],
        R::OverloopVolgendJaar | R::BestedingUiterlijkIn | R::BestedingNietVoorToekenningsjaar => {
            BESTEDING
        }
        R::SoCoalitieAandeelBinnen => &["/coalitie/scholen/*/binnen_focusgebied"],
        R::GeenOpslag => &["/activiteiten/*/begroting/*/soort"],
        R::GeenCofinanciering => &[],
        R::ResultaatBinnenFocusgebied => &["/activiteiten/*/binnen_focusgebied"],
        R::JongeKindLeeftijd => &[
            "/activiteiten/*/doelgroep/leeftijd_van",
            "/activiteiten/*/doelgroep/leeftijd_tot_en_met",
        ],
        R::PlafondPerGeldstroom
        | R::TotaalPlafond
        | R::MaximumPerGebied
        | R::ProgrammaondersteuningPerJaar
        | R::ProgrammaondersteuningPerTranche => BEDRAG,
    }
}

/// The trace of `b`, the beoordeling of `aanvraag` against `set`: each rule of the chosen
/// regulation that holds something to check (`toets`) and applies to the aanvraag, in the order of
/// `rules/`. A rule limited to themes applies when an activity has one of them; a general rule
/// always, but for the activities of a theme that has a rule of its own under the same id it
/// yields to that one. Empty when no regulation could be chosen.
pub fn getoetst(set: &Regelset, aanvraag: &Value, b: &Beoordeling) -> Vec<Toetsstap> {
    let Some(regeling) = b
        .regeling
        .as_ref()
        .and_then(|v| set.regelingen.iter().find(|r| *r.id == *v.id))
    else {
        return Vec::new();
    };
    let themas: Vec<Option<&str>> = match aanvraag.pointer("/activiteiten") {
        Some(Value::Array(l)) => l
            .iter()
            .map(|a| a.get("thema").and_then(Value::as_str))
            .collect(),
        _ => Vec::new(),
    };
    let c = Context {
        set,
        regeling,
        aanvraag,
        b,
    };
    let mut uit = Vec::new();
    for regel in regeling.regel.iter().filter(|r| r.toets) {
        let Some(id) = RegelId::van_tekst(&regel.id) else {
            continue;
        };
        // Per activity, whether this rule is the one that applies to it.
        let voor: Vec<bool> = themas
            .iter()
            .map(|t| geldt_voor(regeling, regel, *t))
            .collect();
        if !regel.themas.is_empty() && !voor.contains(&true) {
            continue;
        }
        uit.push(stap(&c, regel, id, &voor));
    }
    gemeente_eerst(&mut uit, b);
    uit
}

/// Whether `regel` is the rule of its id that applies to an activity of theme `thema`.
fn geldt_voor(regeling: &Regeling, regel: &Regel, thema: Option<&str>) -> bool {
    let eigen = |t: &str| {
        regeling
            .regel
            .iter()
            .any(|r| r.id == regel.id && r.themas.iter().any(|x| **x == *t))
    };
    match (regel.themas.is_empty(), thema) {
        (false, Some(t)) => regel.themas.iter().any(|x| **x == *t),
        (false, None) => false,
        (true, Some(t)) => !eigen(t),
        (true, None) => true,
    }
}

/// What the steps are checked in: the regulation, the aanvraag and its beoordeling.
struct Context<'a> {
    set: &'a Regelset,
    regeling: &'a Regeling,
    aanvraag: &'a Value,
    b: &'a Beoordeling,
}

fn tekst(nl: String, en: String) -> Tekst {
    Tekst {
        nl: nl.into(),
        en: en.into(),
    }
}

fn stap(c: &Context<'_>, regel: &Regel, id: RegelId, voor: &[bool]) -> Toetsstap {
    let bron = Bron::van_regel(c.set, regel);
    let patronen = velden(id);
    let mut paden = Vec::new();
    for veld in patronen {
        uitvouwen(c.aanvraag, veld, voor, &mut paden);
    }
    // The activity a path lies in, if any: a finding there counts only for this rule's activities.
    let van_de_regel = |pad: &str| {
        let mut d = pad.split('/').skip(1);
        match (d.next(), d.next().and_then(|n| n.parse::<usize>().ok())) {
            (Some("activiteiten"), Some(n)) => voor.get(n).copied().unwrap_or(false),
            _ => true,
        }
    };
    // Its findings: citing the rule (told apart from the article's other rules by code or
    // field), or with a source of their own (a maximum from a rule set) under a code resting
    // on it.
    let eigen: Vec<&Bevinding> =
        c.b.bevindingen
            .iter()
            .filter(|f| match &f.bron {
                Some(x) if *x == bron => hoort_bij(f, id, patronen),
                Some(_) => rust_op(f, id) && van_de_regel(&f.pad),
                None => false,
            })
            .collect();
    // Findings about the input itself on a field this rule reads: it could not be read.
    let onleesbaar =
        c.b.bevindingen
            .iter()
            .find(|f| f.bron.is_none() && f.ernst != Ernst::Info && paden.contains(&f.pad));
    let heeft = |e: Ernst| eigen.iter().find(|f| f.ernst == e);
    let niet_getoetst = eigen
        .iter()
        .find(|f| Code::van_tekst(f.code).is_some_and(niet_getoetst));
    // A maximum from a rule set carries its own zekerheid, whatever the outcome.
    let maxima = (id == RegelId::MaximumPerGebied)
        .then(|| maximum_zekerheid(c))
        .flatten();
    let zekerheid = maxima.unwrap_or(regel.zekerheid);
    let (uitkomst, reden) = if heeft(Ernst::Fout).is_some() {
        (Toetsuitkomst::NietVoldaan, None)
    } else if heeft(Ernst::Waarschuwing).is_some() {
        (Toetsuitkomst::MogelijkNietVoldaan, None)
    } else if let Some(f) = heeft(Ernst::Ontbreekt) {
        let r = tekst(
            format!("Er ontbreekt een gegeven: {}", f.melding.nl),
            format!("A fact is missing: {}", f.melding.en),
        );
        (Toetsuitkomst::NietTeToetsen, Some(r))
    } else if let Some(f) = onleesbaar {
        let r = tekst(
            format!(
                "Een veld dat deze regel leest, is niet te lezen: {}",
                f.melding.nl
            ),
            format!("A field this rule reads cannot be read: {}", f.melding.en),
        );
        (Toetsuitkomst::NietTeToetsen, Some(r))
    } else if let Some(f) = niet_getoetst {
        (Toetsuitkomst::NietTeToetsen, Some(f.melding.clone()))
    } else if maxima.is_some() {
        // The maxima a rule set supplied for this area were checked without a finding.
        (Toetsuitkomst::Voldaan, None)
    } else if regel.zekerheid == Zekerheid::Onbekend
        || (id.soort() != WaardeSoort::Geen && regel.waarde.is_none())
    {
        let r = tekst(
            "De waarde van deze regel is niet openbaar (onbekend); een regelset kan haar invullen."
                .into(),
            "This rule's value is not public (unknown); a rule set can supply it.".into(),
        );
        (Toetsuitkomst::NietTeToetsen, Some(r))
    } else if paden.is_empty() && eigen.is_empty() {
        let r = tekst(
            "De aanvraag geeft geen gegeven waarop deze regel iets toetst.".into(),
            "The application gives no fact this rule checks.".into(),
        );
        (Toetsuitkomst::NietTeToetsen, Some(r))
    } else {
        (Toetsuitkomst::Voldaan, None)
    };
    for f in &eigen {
        if !paden.contains(&f.pad) {
            paden.push(f.pad.clone());
        }
    }
    Toetsstap {
        regel: id.tekst(),
        artikel: regel.artikel.as_deref().map(str::to_string),
        themas: regel.themas.iter().map(|t| t.to_string()).collect(),
        zekerheid,
        uitkomst,
        reden,
        paden,
    }
}

/// The zekerheid of the maxima the rule set gives for the beoordeling's focus area (the least
/// certain of them), or `None` when it gives none.
fn maximum_zekerheid(c: &Context<'_>) -> Option<Zekerheid> {
    let gebied = &c.b.focusgebied.as_ref()?.id;
    c.regeling
        .maximum
        .iter()
        .filter(|m| *m.focusgebied == **gebied)
        .map(|m| m.zekerheid)
        .max_by_key(|z| match z {
            Zekerheid::Geverifieerd => 0,
            Zekerheid::Afgeleid => 1,
            Zekerheid::Onbekend => 2,
        })
}

/// Whether `f`'s code rests on rule `id` (named in the code table).
fn rust_op(f: &Bevinding, id: RegelId) -> bool {
    Code::van_tekst(f.code).is_some_and(|c| c.uitleg().regels.contains(&id))
}

/// Whether the focus area lies in the gemeente could only be checked when both were known: when
/// the gemeente did not pass (or no area was found), that step cannot say `voldaan`.
fn gemeente_eerst(stappen: &mut [Toetsstap], b: &Beoordeling) {
    let gemeente_ok = stappen
        .iter()
        .find(|s| s.regel == RegelId::AanvragerGemeente.tekst())
        .is_some_and(|s| s.uitkomst == Toetsuitkomst::Voldaan);
    for s in stappen.iter_mut() {
        if s.regel == RegelId::FocusgebiedInGemeente.tekst()
            && s.uitkomst == Toetsuitkomst::Voldaan
            && (!gemeente_ok || b.focusgebied.is_none())
        {
            s.uitkomst = Toetsuitkomst::NietTeToetsen;
            s.reden = Some(tekst(
                "De gemeente of het focusgebied is niet bekend, dus of het gebied in de gemeente ligt is niet getoetst.".into(),
                "The gemeente or the focus area is not known, so whether the area lies in the gemeente was not checked.".into(),
            ));
        }
    }
}

/// The codes that say a rule was not checked (its value unknown, or nothing to check it on).
fn niet_getoetst(c: Code) -> bool {
    matches!(
        c,
        Code::EindeAanvraagperiodeOnbekend
            | Code::GeenDoelgroep
            | Code::PlafondGeldstroomOnbekend
            | Code::MaximumOnbekend
            | Code::ProgrammaondersteuningOnbekend
    )
}

/// Whether finding `f`, which cites rule `id`'s source, is one of that rule: its code rests on
/// the rule; or, for a code that names no rule (a missing fact, a wrong type), it lies on or
/// above a field the rule reads. Rules of one article share a source, so the code or the field
/// tells them apart.
fn hoort_bij(f: &Bevinding, id: RegelId, patronen: &[&str]) -> bool {
    match Code::van_tekst(f.code).map(|c| c.uitleg().regels) {
        Some(regels) if !regels.is_empty() => regels.contains(&id),
        _ => patronen.iter().any(|p| {
            let (mut a, mut b) = (p.split('/').skip(1), f.pad.split('/').skip(1));
            loop {
                match (a.next(), b.next()) {
                    (Some(x), Some(y)) if x == y || x == "*" => {}
                    (Some(_), Some(_)) => return false,
                    _ => return true,
                }
            }
        }),
    }
}

/// The paths of `patroon` (`*` for every element) that `waarde` has, appended to `uit`; under
/// `/activiteiten/*` only the activities `voor` marks.
fn uitvouwen(waarde: &Value, patroon: &str, voor: &[bool], uit: &mut Vec<String>) {
    fn stap(w: &Value, delen: &[&str], pad: String, voor: &[bool], uit: &mut Vec<String>) {
        let Some((eerste, rest)) = delen.split_first() else {
            if !uit.contains(&pad) {
                uit.push(pad);
            }
            return;
        };
        if *eerste == "*" {
            if let Value::Array(l) = w {
                let activiteiten = pad == "/activiteiten";
                for (i, e) in l.iter().enumerate() {
                    if !activiteiten || voor.get(i).copied().unwrap_or(false) {
                        stap(e, rest, format!("{pad}/{i}"), voor, uit);
                    }
                }
            }
        } else if let Some(e) = w.get(*eerste) {
            stap(e, rest, format!("{pad}/{eerste}"), voor, uit);
        }
    }
    let delen: Vec<&str> = patroon.split('/').skip(1).collect();
    stap(waarde, &delen, String::new(), voor, uit);
}

/// The trace as the report's `--uitleg` section: per article, each rule with its outcome,
/// zekerheid and the fields it looked at (the first three by name, then how many more).
pub fn uitleg(stappen: &[Toetsstap], taal: Taal) -> String {
    use std::fmt::Write;
    let nl = taal == Taal::Nl;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\n{}",
        if nl {
            "Wat is getoetst:"
        } else {
            "What was checked:"
        }
    );
    if stappen.is_empty() {
        let _ = writeln!(
            s,
            "  {}",
            if nl {
                "niets: er kon geen regeling worden gekozen."
            } else {
                "nothing: no regulation could be chosen."
            }
        );
        return s;
    }
    // Articles in the order they first appear in rules/, rules without an article last.
    let mut artikelen: Vec<Option<&str>> = Vec::new();
    for st in stappen {
        if !artikelen.contains(&st.artikel.as_deref()) {
            artikelen.push(st.artikel.as_deref());
        }
    }
    artikelen.sort_by_key(|a| a.is_none());
    for artikel in artikelen {
        let kop = match (artikel, nl) {
            (Some(a), true) => format!("art. {a}"),
            (Some(a), false) => format!(
                "art. {}",
                crate::beoordeling::artikel_en(a).unwrap_or_else(|| a.to_string())
            ),
            (None, true) => "zonder artikelnummer".into(),
            (None, false) => "without an article number".into(),
        };
        let _ = writeln!(s, "  {kop}");
        for st in stappen.iter().filter(|st| st.artikel.as_deref() == artikel) {
            let uitkomst = match (st.uitkomst, nl) {
                (Toetsuitkomst::Voldaan, true) => "voldaan",
                (Toetsuitkomst::Voldaan, false) => "met",
                (Toetsuitkomst::NietVoldaan, true) => "NIET VOLDAAN",
                (Toetsuitkomst::NietVoldaan, false) => "NOT MET",
                (Toetsuitkomst::MogelijkNietVoldaan, true) => "mogelijk niet voldaan",
                (Toetsuitkomst::MogelijkNietVoldaan, false) => "possibly not met",
                (Toetsuitkomst::NietTeToetsen, true) => "niet te toetsen",
                (Toetsuitkomst::NietTeToetsen, false) => "could not be checked",
            };
            let zekerheid = match (st.zekerheid, nl) {
                (Zekerheid::Geverifieerd, true) => "geverifieerd",
                (Zekerheid::Geverifieerd, false) => "verified",
                (Zekerheid::Afgeleid, true) => "afgeleid",
                (Zekerheid::Afgeleid, false) => "inferred",
                (Zekerheid::Onbekend, true) => "onbekend",
                (Zekerheid::Onbekend, false) => "unknown",
            };
            let themas = if st.themas.is_empty() {
                String::new()
            } else {
                format!(" [{}]", st.themas.join(", "))
            };
            let _ = write!(s, "    {}{themas}: {uitkomst} ({zekerheid})", st.regel);
            let namen: Vec<String> = st.paden.iter().take(3).map(|p| veldnaam(p, taal)).collect();
            match (st.paden.len(), nl) {
                (0, true) => {
                    let _ = write!(s, "; geen velden in de aanvraag");
                }
                (0, false) => {
                    let _ = write!(s, "; no fields in the application");
                }
                (n, _) => {
                    let _ = write!(s, "; {}", namen.join("; "));
                    if n > 3 {
                        let _ = match nl {
                            true => write!(s, " en nog {} velden", n - 3),
                            false => write!(s, " and {} more fields", n - 3),
                        };
                    }
                }
            }
            let _ = writeln!(s);
            if let Some(r) = &st.reden {
                let _ = writeln!(s, "      {}", if nl { &r.nl } else { &r.en });
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elke_regel_die_toetst_noemt_de_velden_die_ze_leest() {
        // Every rule the engine checks reads at least one field, except the one that only
        // informs (no co-financing is asked for).
        for id in RegelId::ALLE {
            assert_eq!(
                velden(*id).is_empty(),
                *id == RegelId::GeenCofinanciering,
                "{id:?}"
            );
        }
    }

    #[test]
    fn uitvouwen_volgt_de_lijsten_en_de_activiteiten_van_de_regel() {
        let w: Value = serde_json::from_str(
            r#"{"activiteiten":[{"begroting":[{"jaar":1},{"bedrag":"1"}]},{"begroting":[{"jaar":2}]}]}"#,
        )
        .unwrap();
        let mut uit = Vec::new();
        uitvouwen(
            &w,
            "/activiteiten/*/begroting/*/jaar",
            &[true, true],
            &mut uit,
        );
        assert_eq!(
            uit,
            [
                "/activiteiten/0/begroting/0/jaar",
                "/activiteiten/1/begroting/0/jaar"
            ]
        );
        uit.clear();
        uitvouwen(
            &w,
            "/activiteiten/*/begroting/*/jaar",
            &[false, true],
            &mut uit,
        );
        assert_eq!(uit, ["/activiteiten/1/begroting/0/jaar"]);
    }
}
