//! Herstel (issue 14, part 1): for each finding with an obvious repair, an RFC 6902 JSON Patch
//! against the aanvraag that makes it go away, proven before it is offered; for a finding whose
//! repair only a person can choose, a text that says what to decide.
//!
//! What it is for: the CLI's `herstel` command and the fixes under the findings of `toets`'s
//! readable report, and inside each finding of `toets --json --uitleg` (`output::uitleg`). In
//! JavaScript it is in the uitleg module only (feature `uitleg`), not the package's `.wasm` (its
//! size ceiling, BENCHMARKS.md).
//!
//! The proof: a patch is applied to a copy of the aanvraag, the copy is checked again with the
//! same rule set, and the patch is kept only when that finding (same code at the same path) is
//! gone and no new finding appeared (no fout, and no waarschuwing or ontbreekt either; info does
//! not count). A patch that fails the proof is dropped: its finding gets a text without a patch
//! instead, naming the findings the patch would have caused.
//!
//! The readings are the engine's own: an amount's grouped reading is [`duizendtallen`] (the hint
//! of the finding's text), a misspelt area's match is the engine's single suggestion (only within
//! the aanvraag's recognised gemeente), years come from the chosen regulation. A gemeente is never
//! patched from a suggestion: the engine knows only the gemeenten with a focus area, so it cannot
//! tell a typo from another real gemeente.

use crate::base::getal::{duizendtallen, geheel_getal, lees_bedrag};
use crate::beoordeling::{Bedrag, Beoordeling, Bevinding, Ernst};
use crate::codes::Code;
use crate::input::aanvraag::citaat;
use crate::regels::{gebieden, RegelId, Regeling, Regelset};
use json_patch::{Patch, PatchOperation};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// A repair of one finding: what to do, in Dutch and English, and the patch that does it (empty
/// when the repair is a choice only a person can make; the text then says what to decide).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Herstel {
    /// What the repair does, or what to decide, in Dutch.
    pub nl: String,
    /// The same in English.
    pub en: String,
    /// RFC 6902 operations against the aanvraag: a `test` of the old value, then a `replace`.
    pub patch: Patch,
}

impl Herstel {
    /// Whether this repair is a patch (not a choice left to a person).
    pub fn heeft_patch(&self) -> bool {
        !self.patch.0.is_empty()
    }

    /// The replacements of the patch: path, old value (from its `test`), new value.
    pub fn wijzigingen(&self) -> Vec<(String, Option<Value>, Value)> {
        let mut oud: BTreeMap<String, Value> = BTreeMap::new();
        let mut uit = Vec::new();
        for op in &self.patch.0 {
            match op {
                PatchOperation::Test(t) => {
                    oud.insert(t.path.to_string(), t.value.clone());
                }
                PatchOperation::Replace(r) => {
                    let pad = r.path.to_string();
                    uit.push((pad.clone(), oud.get(&pad).cloned(), r.value.clone()));
                }
                _ => {}
            }
        }
        uit
    }

    fn keuze(nl: impl Into<String>, en: impl Into<String>) -> Herstel {
        Herstel {
            nl: nl.into(),
            en: en.into(),
            patch: Patch(Vec::new()),
        }
    }
}

/// The repairs of a beoordeling's findings, one place per finding (in the beoordeling's order).
#[derive(Debug, Clone, PartialEq)]
pub struct Voorstellen {
    /// Per finding its repair, `None` when there is nothing to repair or decide (info findings).
    pub per_bevinding: Vec<Option<Herstel>>,
    /// How many patches failed the proof and were dropped (their findings keep a text only).
    pub verworpen: usize,
    /// How many patches were not proven, past [`MAX_BEWIJZEN`] (their findings get `None`).
    pub niet_getoetst: usize,
}

/// The proven repairs of the findings of `b`, the beoordeling of `aanvraag` against `set`.
pub fn voorstellen(set: &Regelset, aanvraag: &Value, b: &Beoordeling) -> Voorstellen {
    let mut verworpen = 0;
    let mut niet_getoetst = 0;
    let mut bewijzen = 0;
    let per_bevinding = b
        .bevindingen
        .iter()
        .map(|f| {
            let h = kandidaat(set, aanvraag, b, f)?;
            if !h.heeft_patch() {
                return Some(h);
            }
            if bewijzen >= MAX_BEWIJZEN {
                niet_getoetst += 1;
                return None;
            }
            bewijzen += 1;
            match bewijs(set, aanvraag, b, f, &h.patch) {
                Ok(_) => Some(h),
                Err(waarom) => {
                    verworpen += 1;
                    Some(verworpen_tekst(&h, &waarom))
                }
            }
        })
        .collect();
    Voorstellen {
        per_bevinding,
        verworpen,
        niet_getoetst,
    }
}

/// The repair of finding `f`, not yet proven: a patch, a text saying what to decide, or `None`.
pub fn kandidaat(
    set: &Regelset,
    aanvraag: &Value,
    b: &Beoordeling,
    f: &Bevinding,
) -> Option<Herstel> {
    let code = Code::van_tekst(f.code)?;
    let regeling = b.regeling.as_ref().and_then(|r| set.regeling(&r.id));
    let oud = aanvraag.pointer(&f.pad);
    // A closure, so a missing piece (`?`) gives no patch and falls through to the text.
    let patch = || match code {
        Code::JaarBuitenRegeling => jaar(regeling?, &f.pad, oud?),
        Code::BestedingNaLaatsteJaar => besteding_laatste(regeling?, &f.pad, oud?),
        Code::BestedingNaVolgendJaar => besteding_volgend(regeling?, aanvraag, &f.pad, oud?),
        Code::BedragTeVeelDecimalen | Code::BedragOnleesbaar => bedrag(code, &f.pad, oud?),
        Code::ThemaNietVanRegeling => thema(regeling?, &f.pad, oud?),
        Code::FocusgebiedNietInGemeente => gebied_van_gemeente(set, aanvraag, oud?),
        Code::GemeenteOnbekend => gemeente_naam(set, oud?),
        Code::FocusgebiedOnbekend => focusgebied_naam(set, aanvraag, &f.pad, oud?),
        Code::DubbeleActiviteitId | Code::LegeActiviteitId => uniek_id(aanvraag, &f.pad, oud?),
        _ => None,
    };
    patch().or_else(|| keuze(code, f))
}

/// `test` the old value at `pad`, then `replace` it by `nieuw`, with the texts.
fn vervang(pad: &str, oud: &Value, nieuw: Value, nl: String, en: String) -> Option<Herstel> {
    let patch = json!([
        { "op": "test", "path": pad, "value": oud },
        { "op": "replace", "path": pad, "value": nieuw },
    ]);
    // Through text: with arbitrary_precision, from_value cannot carry numbers beyond u64.
    let patch: Patch = serde_json::from_str(&patch.to_string()).ok()?;
    Some(Herstel { nl, en, patch })
}

/// A year outside the tranche: the nearest year of the tranche (the last for a year after it, the
/// first for a year before it).
fn jaar(r: &Regeling, pad: &str, oud: &Value) -> Option<Herstel> {
    let j = geheel_getal(oud)?;
    let jaren = r.jaren();
    let (eerste, laatste) = (i64::from(*jaren.first()?), i64::from(*jaren.last()?));
    let (nieuw, nl, en) = if j > laatste {
        (laatste, "het laatste", "the last")
    } else if j < eerste {
        (eerste, "het eerste", "the first")
    } else {
        return None;
    };
    vervang(
        pad,
        oud,
        json!(nieuw),
        format!("Zet het jaar op {nieuw}, {nl} jaar van de regeling ({eerste}-{laatste})."),
        format!("Set the year to {nieuw}, {en} year of the regulation ({eerste}-{laatste})."),
    )
}

/// Reserved money spent after the regulation's last year (tranche 2): that last allowed year.
fn besteding_laatste(r: &Regeling, pad: &str, oud: &Value) -> Option<Herstel> {
    let laatst = r.regel(RegelId::BestedingUiterlijkIn, None)?.geheel()?;
    geheel_getal(oud).filter(|b| *b > laatst)?;
    vervang(
        pad,
        oud,
        json!(laatst),
        format!("Zet besteding_in op {laatst}, het laatste jaar waarin gereserveerd geld besteed mag worden."),
        format!("Set besteding_in to {laatst}, the last year in which reserved money may be spent."),
    )
}

/// Money carried over further than allowed (tranche 1): the year plus the allowed carry-over.
fn besteding_volgend(r: &Regeling, a: &Value, pad: &str, oud: &Value) -> Option<Herstel> {
    let n = r.regel(RegelId::OverloopVolgendJaar, None)?.geheel()?;
    let regel = pad.strip_suffix("/besteding_in")?;
    let j = geheel_getal(a.pointer(&format!("{regel}/jaar"))?)?;
    let laatst = j.checked_add(n)?;
    geheel_getal(oud).filter(|b| *b > laatst)?;
    vervang(
        pad,
        oud,
        json!(laatst),
        format!("Zet besteding_in op {laatst}: geld voor {j} mag hooguit tot in {laatst} worden besteed."),
        format!("Set besteding_in to {laatst}: money for {j} may be spent up to {laatst} at the latest."),
    )
}

/// An amount with more than two decimals, or written the Dutch way: patched only when it reads
/// one way. The Dutch reading ([`duizendtallen`]) is taken when the text has a comma for the cents
/// (`"1.250.000,00"` → `"1250000.00"`, `"350.000,-"`) or several dot groups (`"1.250.000"` →
/// `"1250000.00"`); one dot before three digits (`"350.000"`, the JSON number `350.005`) reads as
/// thousands and as three decimals both, so the text names both readings and a person chooses.
/// Otherwise (three decimals or more, not a grouping) the amount itself in cents, rounded half
/// away from zero as a person rounds by hand (`25000.005` → `25000.01`; trailing zeros only are
/// dropped: `"12.5000"` → `"12.50"`).
fn bedrag(code: Code, pad: &str, oud: &Value) -> Option<Herstel> {
    let tekst = match oud {
        Value::String(s) => s.as_str(),
        Value::Number(n) => n.as_str(),
        _ => return None,
    };
    if let Some(lezing) = duizendtallen(tekst) {
        let t = tekst.trim().trim_start_matches('€').trim_start();
        if !t.contains(',') && t.matches('.').count() == 1 {
            return Some(twee_lezingen(tekst, t, &lezing, oud.is_number()));
        }
        // The marks the text has, as the engine's hint names them.
        let (nl, en) = match (tekst.contains('.'), tekst.contains(',')) {
            (true, true) => (
                "punten tussen de duizendtallen en een komma voor de centen",
                "points between the thousands and a comma before the cents",
            ),
            (true, false) => (
                "punten tussen de duizendtallen",
                "points between the thousands",
            ),
            _ => ("een komma voor de centen", "a comma before the cents"),
        };
        let tekst = citaat(tekst);
        return vervang(
            pad,
            oud,
            json!(lezing),
            format!("Schrijf het bedrag als \"{lezing}\": zo leest \"{tekst}\" op zijn Nederlands geschreven ({nl})."),
            format!("Write the amount as \"{lezing}\": that is how \"{tekst}\" reads written the Dutch way ({en})."),
        );
    }
    if code != Code::BedragTeVeelDecimalen {
        return None;
    }
    let d = lees_bedrag(tekst, oud.is_number()).ok()?;
    let afgerond = d
        .normalize()
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if afgerond <= Decimal::ZERO {
        return None;
    }
    let nieuw = Bedrag::van(afgerond).tekst();
    let (nl, en) = if afgerond == d {
        (
            format!("Schrijf \"{nieuw}\": hetzelfde bedrag zonder de nullen achteraan."),
            format!("Write \"{nieuw}\": the same amount without the trailing zeros."),
        )
    } else {
        (
            format!("Rond het bedrag af op centen: \"{nieuw}\"."),
            format!("Round the amount to cents: \"{nieuw}\"."),
        )
    };
    vervang(pad, oud, json!(nieuw), nl, en)
}

/// The decision for an amount with one dot before three digits and no comma (`t` is `tekst`
/// without a euro sign): thousands (`lezing`, `"350000.00"`) or a point before the cents
/// (`350.000` is `"350.00"`; `350.005` has three decimals, `"350.01"` rounded to cents).
fn twee_lezingen(tekst: &str, t: &str, lezing: &str, getal: bool) -> Herstel {
    let q = citaat(tekst);
    let punt = lees_bedrag(t, getal).ok().map(|d| {
        let afgerond = d
            .normalize()
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        (Bedrag::van(afgerond).tekst(), afgerond == d)
    });
    let (nl, en) = match punt {
        Some((p, true)) => (
            format!(" of, met een punt voor de centen, \"{p}\""),
            format!(" or, with a point before the cents, \"{p}\""),
        ),
        Some((p, false)) => (
            format!(" of, met een punt voor de centen, een bedrag met drie decimalen (afgerond op centen \"{p}\")"),
            format!(" or, with a point before the cents, an amount with three decimals (rounded to cents \"{p}\")"),
        ),
        None => (String::new(), String::new()),
    };
    Herstel::keuze(
        format!("\"{q}\" is op twee manieren te lezen: met een punt tussen de duizendtallen \"{lezing}\"{nl}. Alleen u weet welk bedrag bedoeld is: schrijf het zonder duizendtallen, met een punt voor de centen."),
        format!("\"{q}\" reads two ways: with a point between the thousands \"{lezing}\"{en}. Only you know which amount is meant: write it without thousands separators, with a point before the cents."),
    )
}

/// Themes of tranche 1 with a successor in tranche 2, as the regulation names it: art. 2, second
/// paragraph, d. "maatschappelijke samenhang", added by Stcrt. 2025, 32385, succeeds "veerkracht
/// en weerbaarheid" (regeling.md §3). rules/ has no field for this yet (one would grow the .wasm,
/// which is at its size ceiling); a test checks that both ids are themes of their tranches.
pub const OPVOLGERS: &[(&str, &str, &str)] = &[(
    "2026-2028",
    "veerkracht_en_weerbaarheid",
    "maatschappelijke_samenhang",
)];

/// A theme of the other tranche: its successor in this tranche, where the regulation gives one.
fn thema(r: &Regeling, pad: &str, oud: &Value) -> Option<Herstel> {
    let id = oud.as_str()?;
    let (_, _, nieuw) = OPVOLGERS
        .iter()
        .find(|(regeling, van, _)| *regeling == &*r.id && *van == id)?;
    let th = r.thema(nieuw)?;
    let id = citaat(id);
    vervang(
        pad,
        oud,
        json!(nieuw),
        format!(
            "Zet het thema op \"{nieuw}\" ({}), de opvolger van \"{id}\" in deze regeling.",
            th.naam.nl
        ),
        format!(
            "Set the theme to \"{nieuw}\" ({}), the successor of \"{id}\" in this regulation.",
            th.naam.en
        ),
    )
}

/// An area of another gemeente: never a patch. Moving the aanvraag to the gemeente's own area
/// would keep the coalition's and the activities' `binnen_focusgebied` answers, which were given
/// for the old area; the text names the area (or areas) of the gemeente it could be.
fn gebied_van_gemeente(set: &Regelset, a: &Value, oud: &Value) -> Option<Herstel> {
    let g = gebieden::vind_gemeente(set, a.get("gemeente")?.as_str()?)?;
    let eigen: Vec<String> = set
        .gebieden
        .focusgebied
        .iter()
        .filter(|x| x.gemeente == g.code)
        .map(|x| format!("{} (\"{}\")", x.naam, x.id))
        .collect();
    if eigen.is_empty() {
        return None;
    }
    let oud = citaat(oud.as_str()?);
    let (nl_lijst, en_lijst) = (eigen.join(" of "), eigen.join(" or "));
    Some(Herstel::keuze(
        format!("Beslis welk focusgebied bedoeld is: in {} ligt {nl_lijst}. Kiest u een gebied van {}, beantwoord dan ook binnen_focusgebied van de coalitiescholen en de activiteiten opnieuw voor dat gebied (ze gingen over \"{oud}\"); is juist de gemeente verkeerd, pas dan de gemeente aan.", g.naam, g.naam),
        format!("Decide which focus area is meant: {} has {en_lijst}. If you choose an area of {}, answer binnen_focusgebied of the coalition's schools and the activities again for that area (they were about \"{oud}\"); if it is the gemeente that is wrong, change the gemeente instead.", g.naam, g.naam),
    ))
}

/// The names of the engine's suggestions (`Naam (GM0014)` or `Naam (id)`), with what is in the
/// brackets.
fn suggesties(lijst: &[String]) -> Vec<(&str, &str)> {
    lijst
        .iter()
        .map(|s| match s.rsplit_once(" (") {
            Some((n, rest)) => (n, rest.strip_suffix(')').unwrap_or(rest)),
            None => (s.as_str(), ""),
        })
        .collect()
}

/// A gemeente the engine does not know: never a patch. The checker knows only the gemeenten with a
/// focus area, so it cannot tell a typo from another real gemeente ("Rozendaal" is one, close to
/// "Roosendaal"): the text names the suggestions and leaves the choice to a person.
fn gemeente_naam(set: &Regelset, oud: &Value) -> Option<Herstel> {
    let q = oud.as_str()?;
    let lijst = gebieden::suggesties_gemeente(set, q);
    let namen: Vec<&str> = suggesties(&lijst).into_iter().map(|(n, _)| n).collect();
    if namen.is_empty() {
        return None;
    }
    let n = set.gebieden.gemeente.len();
    let q = citaat(q);
    Some(Herstel::keuze(
        format!("Bedoelt u {}? Alleen u weet of de aanvrager een andere gemeente is. De toets kent alleen de {n} gemeenten met een focusgebied, dus \"{q}\" kan een verschrijving zijn of een andere gemeente (die niet kan aanvragen).", namen.join(" of ")),
        format!("Did you mean {}? Only you know whether the applicant is another gemeente. The check knows only the {n} gemeenten with a focus area, so \"{q}\" may be a typo or another gemeente (which cannot apply).", namen.join(" or ")),
    ))
}

/// A misspelt area: the engine's single suggestion, only when the aanvraag's gemeente is resolved
/// and the suggestion is an area of that gemeente; else a text naming the suggestion.
fn focusgebied_naam(set: &Regelset, a: &Value, pad: &str, oud: &Value) -> Option<Herstel> {
    let q = oud.as_str()?;
    let lijst = gebieden::suggesties_focusgebied(set, q);
    let namen = suggesties(&lijst);
    let g = a
        .get("gemeente")
        .and_then(Value::as_str)
        .and_then(|x| gebieden::vind_gemeente(set, x));
    let qc = citaat(q);
    if let ([(naam, id)], Some(g)) = (namen.as_slice(), g) {
        let f = gebieden::vind_focusgebied(set, id)?;
        if f.gemeente == g.code {
            return vervang(
                pad,
                oud,
                json!(naam),
                format!("Schrijf \"{naam}\" in plaats van \"{qc}\": het enige focusgebied van {} dat erop lijkt.", g.naam),
                format!("Write \"{naam}\" instead of \"{qc}\": the only focus area of {} close to it.", g.naam),
            );
        }
    }
    if namen.is_empty() {
        return None;
    }
    let lijst_nl = namen
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(" of ");
    let lijst_en = namen
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(" or ");
    let (nl, en) = match g {
        Some(g) if namen.len() == 1 => (
            format!("dat ligt niet in {}, de gemeente van de aanvraag", g.naam),
            format!("that does not lie in {}, the aanvraag's gemeente", g.naam),
        ),
        Some(g) => (
            format!("het moet in {} liggen, de gemeente van de aanvraag", g.naam),
            format!("it must lie in {}, the aanvraag's gemeente", g.naam),
        ),
        None => (
            "de gemeente van de aanvraag is niet herkend, dus het gebied is niet na te gaan"
                .to_string(),
            "the aanvraag's gemeente is not recognised, so the area cannot be checked against it"
                .to_string(),
        ),
    };
    Some(Herstel::keuze(
        format!("Bedoelt u {lijst_nl}? Beslis zelf welk focusgebied bedoeld is: {nl}."),
        format!("Did you mean {lijst_en}? Decide yourself which focus area is meant: {en}."),
    ))
}

/// A duplicate (or empty) activity id: the id with the first free number (`zomerschool-2`), or
/// `activiteit-N` for an empty one; free among all ids of the aanvraag as the engine compares
/// them (trimmed).
fn uniek_id(a: &Value, pad: &str, oud: &Value) -> Option<Herstel> {
    let id = oud.as_str()?.trim();
    let genomen: Vec<&str> = a
        .get("activiteiten")?
        .as_array()?
        .iter()
        .filter_map(|x| x.get("id")?.as_str().map(str::trim))
        .collect();
    let index: usize = pad
        .strip_prefix("/activiteiten/")?
        .split('/')
        .next()?
        .parse()
        .ok()?;
    let stam = if id.is_empty() {
        format!("activiteit-{}", index + 1)
    } else {
        id.to_string()
    };
    let nieuw = std::iter::once(stam.clone())
        .filter(|_| id.is_empty())
        .chain((2..).map(|n| format!("{stam}-{n}")))
        .find(|k| !genomen.contains(&k.as_str()))?;
    vervang(
        pad,
        oud,
        json!(nieuw),
        format!(
            "Geef activiteit {} het id \"{nieuw}\", dat nog niet gebruikt is.",
            index + 1
        ),
        format!(
            "Give activity {} the id \"{nieuw}\", which is not used yet.",
            index + 1
        ),
    )
}

/// What a person must decide for a finding without a patch; `None` for info findings. The match
/// names every code, so a new code cannot go without a decision here.
fn keuze(code: Code, f: &Bevinding) -> Option<Herstel> {
    if f.ernst == Ernst::Info {
        return None;
    }
    let (nl, en) = match code {
        Code::ThemaNietVanRegeling => ("Kies een thema van deze regeling dat past bij wat de activiteit doet; het oude thema heeft hier geen opvolger.", "Choose a theme of this regulation that fits what the activity does; the old theme has no successor here."),
        Code::FocusgebiedNietInGemeente => ("Kies welk focusgebied van de gemeente bedoeld is, of pas de gemeente aan als die verkeerd is.", "Choose which focus area of the gemeente is meant, or change the gemeente if that is wrong."),
        Code::GemeenteOnbekend | Code::FocusgebiedOnbekend => ("Kies de bedoelde naam: er is geen enkele naam die er duidelijk op lijkt.", "Choose the name that is meant: there is no single name clearly close to it."),
        Code::BedragOnleesbaar | Code::BedragTeVeelDecimalen => ("Schrijf het bedrag dat u bedoelt in euro's met een punt voor de centen, zoals \"1250000.00\".", "Write the amount you mean in euros with a point before the cents, such as \"1250000.00\"."),
        Code::BedragNietPositief => ("Geef het bedrag dat u aanvraagt (groter dan nul), of haal de begrotingsregel weg.", "Give the amount you request (greater than zero), or remove the budget line."),
        Code::LegeActiviteitNaam => ("Geef de activiteit een naam; alleen u weet hoe zij heet.", "Give the activity a name; only you know what it is called."),
        Code::Opslag => ("Beslis of de kosten personeel binnen een activiteit zijn (soort \"personeel\", onderbouwd) of dat de regel weg moet; een opslag als percentage kan niet.", "Decide whether the costs are staff within an activity (kind \"personeel\", substantiated) or whether the line must go; a percentage surcharge is not allowed."),
        Code::ResultaatBuitenFocusgebied => ("Beslis of de activiteit zo kan worden dat de resultaten binnen het focusgebied vallen, of haal haar uit de aanvraag.", "Decide whether the activity can be changed so its results fall within the focus area, or remove it from the application."),
        Code::CoalitieAandeelTeLaag => ("Beslis welke scholen buiten het focusgebied uit de coalitie gaan, of welke scholen binnen het gebied erbij komen.", "Decide which schools outside the focus area leave the coalition, or which schools inside the area join it."),
        Code::VoorAanvraagperiode | Code::NaAanvraagperiode | Code::NaToekenning | Code::GeenRegeling => ("De datum van indienen is een feit, geen invoerfout: dien de aanvraag in binnen de aanvraagperiode.", "The submission date is a fact, not an input error: submit the application within the application window."),
        Code::BovenPlafondGeldstroom | Code::BovenTotaalPlafond | Code::BovenMaximum | Code::BovenProgrammaondersteuning => ("Beslis welke bedragen omlaag gaan tot het totaal binnen het budget valt.", "Decide which amounts go down until the total is within the budget."),
        Code::AlliantieVoorzitter | Code::AlliantieGebiedsplan | Code::AlliantieUitvoeringsprogramma | Code::AlliantieInwoners => ("Beslis of de alliantie aan deze voorwaarde kan voldoen en zet het gegeven dan op true; alleen u weet hoe het zit.", "Decide whether the alliance can meet this condition and then set the fact to true; only you know how things stand."),
        Code::Ontbreekt | Code::GeenActiviteiten | Code::GeenBegroting | Code::GeenCoalitiescholen => ("Vul het ontbrekende gegeven in; alleen u kent het.", "Fill in the missing fact; only you know it."),
        Code::JaarBuitenRegeling | Code::JaarNietGeheel => ("Kies het bedoelde jaar: een geheel jaar van de regeling.", "Choose the year that is meant: a whole year of the regulation."),
        Code::BestedingNaVolgendJaar | Code::BestedingNaLaatsteJaar | Code::BestedingVoorToekenningsjaar => ("Beslis of het jaar of het jaar van besteding verkeerd is; alleen u weet wanneer het geld wordt uitgegeven.", "Decide whether the year or the spending year is wrong; only you know when the money is spent."),
        Code::DubbeleActiviteitId | Code::LegeActiviteitId => ("Geef de activiteit een id dat geen andere activiteit heeft.", "Give the activity an id no other activity has."),
        Code::CategorieNietVanThema => ("Kies een categorie uit de catalogus van het thema, of laat de categorie weg (zij is niet verplicht).", "Choose a category from the theme's catalogue, or leave the category out (it is optional)."),
        Code::LeeftijdBuitenDoelgroep => ("Beslis of de activiteit zich op de doelgroep van het thema richt, of kies een thema dat bij deze leeftijden past.", "Decide whether the activity targets the theme's group, or choose a theme that fits these ages."),
        Code::LeeftijdOngeldig => ("Zet de leeftijden goed: hele jaren van 0 tot 130, en \"van\" niet hoger dan \"tot en met\".", "Correct the ages: whole years from 0 to 130, and \"from\" not above \"up to and including\"."),
        Code::OnbekendeSoort => ("Kies de soort: activiteit, personeel of opslag.", "Choose the kind: activiteit, personeel or opslag."),
        Code::OnbekendeRegeling => ("Kies de regeling: 2023-2025 of 2026-2028, of laat het veld weg (dan kiest de datum van indienen).", "Choose the regulation: 2023-2025 or 2026-2028, or leave the field out (the submission date then chooses)."),
        Code::OngeldigeDatum => ("Schrijf de bedoelde datum als JJJJ-MM-DD.", "Write the date that is meant as YYYY-MM-DD."),
        Code::VerkeerdType => ("Schrijf het veld in de vorm die de melding noemt; welke waarde bedoeld is, weet alleen u.", "Write the field in the form the message names; only you know which value is meant."),
        Code::NietJson => ("Herstel de tekst op de genoemde regel en kolom, zodat het JSON is.", "Repair the text at the line and column named, so it is JSON."),
        Code::TeVeelBevindingen | Code::TotaalTeGroot => ("Herstel eerst de andere bevindingen en toets dan opnieuw.", "Resolve the other findings first, then check again."),
        // Info only: nothing to repair or decide.
        Code::OnbekendVeld | Code::RegelingGekozen | Code::EindeAanvraagperiodeOnbekend | Code::GeenDoelgroep | Code::PlafondGeldstroomOnbekend | Code::MaximumOnbekend | Code::ProgrammaondersteuningOnbekend => return None,
    };
    Some(Herstel::keuze(nl, en))
}

/// How many findings there are per ernst, code and path, info left out.
fn telling(b: &Beoordeling) -> BTreeMap<(Ernst, &'static str, &str), usize> {
    let mut uit = BTreeMap::new();
    for f in b.bevindingen.iter().filter(|f| f.ernst != Ernst::Info) {
        *uit.entry((f.ernst, f.code, f.pad.as_str())).or_insert(0) += 1;
    }
    uit
}

fn aantal(b: &Beoordeling, code: &str, pad: &str) -> usize {
    b.bevindingen
        .iter()
        .filter(|f| f.code == code && f.pad == pad)
        .count()
}

/// Whether `patch`, applied to `aanvraag`, removes finding `f` of `voor` and adds no new finding
/// (no fout, waarschuwing or ontbreekt; info does not count).
pub fn bewezen(
    set: &Regelset,
    aanvraag: &Value,
    voor: &Beoordeling,
    f: &Bevinding,
    patch: &Patch,
) -> bool {
    bewijs(set, aanvraag, voor, f, patch).is_ok()
}

/// Why a patch failed the proof of [`bewezen`].
enum Afgewezen {
    /// It does not apply, or its finding is still there.
    NietOpgelost,
    /// It adds these findings (ernst, code, path), which were not there before.
    Nieuw(Vec<(Ernst, &'static str, String)>),
}

/// The proof of [`bewezen`]: the patched aanvraag and its beoordeling when the proof holds.
fn bewijs(
    set: &Regelset,
    aanvraag: &Value,
    voor: &Beoordeling,
    f: &Bevinding,
    patch: &Patch,
) -> Result<(Value, Beoordeling), Afgewezen> {
    let mut doc = aanvraag.clone();
    json_patch::patch(&mut doc, patch).map_err(|_| Afgewezen::NietOpgelost)?;
    let na = crate::toetsing::toets_met(set, &doc);
    if aantal(&na, f.code, &f.pad) >= aantal(voor, f.code, &f.pad) {
        return Err(Afgewezen::NietOpgelost);
    }
    let oud = telling(voor);
    let nieuw: Vec<_> = telling(&na)
        .into_iter()
        .filter(|(k, n)| *n > oud.get(k).copied().unwrap_or(0))
        .map(|((e, c, p), _)| (e, c, p.to_string()))
        .collect();
    if nieuw.is_empty() {
        Ok((doc, na))
    } else {
        Err(Afgewezen::Nieuw(nieuw))
    }
}

/// The text of a patch that failed the proof: what it would have done, why it is not offered.
fn verworpen_tekst(h: &Herstel, waarom: &Afgewezen) -> Herstel {
    match waarom {
        Afgewezen::NietOpgelost => Herstel::keuze(
            format!(
                "{} Dat lost de bevinding niet op, dus het wordt niet voorgesteld: beslis zelf.",
                h.nl
            ),
            format!(
                "{} That does not resolve the finding, so it is not offered: decide yourself.",
                h.en
            ),
        ),
        Afgewezen::Nieuw(lijst) => {
            let naam = |e: &Ernst, nl: bool| match (e, nl) {
                (Ernst::Fout, true) => "fout",
                (Ernst::Fout, false) => "error",
                (Ernst::Ontbreekt, true) => "ontbreekt",
                (Ernst::Ontbreekt, false) => "missing",
                (Ernst::Waarschuwing, true) => "waarschuwing",
                (Ernst::Waarschuwing, false) => "warning",
                (Ernst::Info, _) => "info",
            };
            let rij = |nl: bool| {
                lijst
                    .iter()
                    .map(|(e, c, p)| {
                        let p = if p.is_empty() { "/" } else { p };
                        format!("{c} {} {} {p}", naam(e, nl), if nl { "bij" } else { "at" })
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            Herstel::keuze(
                format!("{} Maar dat geeft een nieuwe bevinding ({}), dus het wordt niet voorgesteld: beslis zelf.", h.nl, rij(true)),
                format!("{} But that causes a new finding ({}), so it is not offered: decide yourself.", h.en, rij(false)),
            )
        }
    }
}

/// One change `herstel` made.
#[derive(Debug, Clone, PartialEq)]
pub struct Wijziging {
    /// The code of the finding it fixes.
    pub code: &'static str,
    /// The path it changed.
    pub pad: String,
    /// The value before.
    pub oud: Option<Value>,
    /// The value after.
    pub nieuw: Value,
    /// The repair applied.
    pub herstel: Herstel,
}

/// The result of [`herstel_alles`].
#[derive(Debug, Clone, PartialEq)]
pub struct Hersteld {
    /// The aanvraag with every proven patch applied.
    pub aanvraag: Value,
    /// What was changed, in order.
    pub wijzigingen: Vec<Wijziging>,
    /// The beoordeling of the repaired aanvraag.
    pub beoordeling: Beoordeling,
    /// The repairs left for its findings (texts of what to decide), one place per finding.
    pub over: Vec<Option<Herstel>>,
    /// Repairs not applied, past [`MAX_BEWIJZEN`]: running herstel again on the result applies them.
    pub niet_toegepast: usize,
}

/// Apply every proven patch, one after another, each proven again against the aanvraag as it is
/// by then; then check the result again. A patch only replaces values, so the paths of the other
/// findings stay valid; passes over the findings repeat while one changed something (a repair
/// can reveal a finding with a repair of its own), at most [`MAX_RONDES`] times and
/// [`MAX_BEWIJZEN`] proofs in all.
pub fn herstel_alles(set: &Regelset, aanvraag: &Value) -> Hersteld {
    let mut doc = aanvraag.clone();
    let mut wijzigingen: Vec<Wijziging> = Vec::new();
    let mut b = crate::toetsing::toets_met(set, &doc);
    // Each finding (code and path) is patched at most once.
    let mut gedaan: Vec<(&'static str, String)> = Vec::new();
    let mut bewijzen = 0;
    for _ in 0..MAX_RONDES {
        let lijst: Vec<(&'static str, String)> = b
            .bevindingen
            .iter()
            .map(|f| (f.code, f.pad.clone()))
            .collect();
        let mut veranderd = false;
        for (code, pad) in lijst {
            if bewijzen >= MAX_BEWIJZEN {
                break;
            }
            if gedaan.iter().any(|(c, p)| *c == code && *p == pad) {
                continue;
            }
            // Still there after the repairs of this pass?
            let Some(f) = b
                .bevindingen
                .iter()
                .find(|f| f.code == code && f.pad == pad)
            else {
                continue;
            };
            let Some(h) = kandidaat(set, &doc, &b, f).filter(Herstel::heeft_patch) else {
                continue;
            };
            bewijzen += 1;
            let Ok((nieuw_doc, na)) = bewijs(set, &doc, &b, f, &h.patch) else {
                continue;
            };
            for (pad, oud, nieuw) in h.wijzigingen() {
                wijzigingen.push(Wijziging {
                    code,
                    pad,
                    oud,
                    nieuw,
                    herstel: h.clone(),
                });
            }
            gedaan.push((code, pad));
            (doc, b) = (nieuw_doc, na);
            veranderd = true;
        }
        if !veranderd || bewijzen >= MAX_BEWIJZEN {
            break;
        }
    }
    let v = voorstellen(set, &doc, &b);
    Hersteld {
        aanvraag: doc,
        wijzigingen,
        beoordeling: b,
        niet_toegepast: v.niet_getoetst
            + v.per_bevinding
                .iter()
                .filter(|h| h.as_ref().is_some_and(Herstel::heeft_patch))
                .count(),
        over: v.per_bevinding,
    }
}

/// At most this many passes of [`herstel_alles`] over the findings.
pub const MAX_RONDES: usize = 4;

/// At most this many patches are proven in one call of [`voorstellen`] or [`herstel_alles`]: each
/// proof checks the whole aanvraag again, so an aanvraag with thousands of repairable findings
/// would otherwise take time quadratic in its size (the readable report of `toets` must stay
/// fast). Past it, findings get no repair (`None`) and [`Voorstellen::niet_getoetst`] counts them.
pub const MAX_BEWIJZEN: usize = 200;

/// The readable report of `b` (see [`crate::rapport::rapport`]) with, under each finding, its
/// repair: `Herstel: …` for a proven patch, `Te beslissen: …` for a choice left to a person.
pub fn rapport(b: &Beoordeling, herstel: &[Option<Herstel>], taal: crate::geld::Taal) -> String {
    let nl = taal == crate::geld::Taal::Nl;
    crate::output::rapport::rapport_met(b, taal, &|i| {
        let h = herstel.get(i)?.as_ref()?;
        let tekst = if nl { &h.nl } else { &h.en };
        let kop = match (h.heeft_patch(), nl) {
            (true, true) => "Herstel:",
            (true, false) => "Fix:",
            (false, true) => "Te beslissen:",
            (false, false) => "To decide:",
        };
        Some(format!("{kop} {tekst}"))
    })
}
