//! The engine: applies a rule set to an aanvraag and builds the beoordeling, one module per check.

mod activiteit;
mod alliantie;
mod bedragen;
mod begroting;
mod coalitie;
mod gebied;
mod regeling;

use crate::base::json::{Json, View};
use crate::beoordeling::{self, Bedrag, Beoordeling, Bevinding, Bron, Ernst, RegelingVerwijzing};
use crate::codes::Code;
use crate::input::aanvraag::{self, Aanvraag};
use crate::regels::{Regel, RegelId, Regeling, Regelset, Tekst};
use std::fmt;

/// The state of one assessment: the rule set, the chosen regulation and the findings so far.
pub(crate) struct Toetsing<'a> {
    pub set: &'a Regelset,
    pub regeling: Option<&'a Regeling>,
    pub bevindingen: Vec<Bevinding>,
}

impl<'a> Toetsing<'a> {
    /// Record a finding. The texts come as `format_args!` so they are formatted here, once,
    /// and only while there is room for findings.
    pub fn meld(
        &mut self,
        code: Code,
        ernst: Ernst,
        pad: fmt::Arguments<'_>,
        nl: fmt::Arguments<'_>,
        en: fmt::Arguments<'_>,
        regel: Option<&Regel>,
    ) {
        if beoordeling::ruimte(&self.bevindingen) {
            let bron = regel.map(|r| Bron::van_regel(self.set, r));
            self.voeg_toe(code, ernst, pad, nl, en, bron);
        }
    }

    /// Record a finding with a source of its own (not a rule's).
    pub fn voeg_toe(
        &mut self,
        code: Code,
        ernst: Ernst,
        pad: fmt::Arguments<'_>,
        nl: fmt::Arguments<'_>,
        en: fmt::Arguments<'_>,
        bron: Option<Bron>,
    ) {
        if !beoordeling::ruimte(&self.bevindingen) {
            return;
        }
        self.bevindingen.push(Bevinding {
            code: code.tekst(),
            ernst,
            pad: fmt::format(pad),
            melding: Tekst {
                nl: fmt::format(nl).into(),
                en: fmt::format(en).into(),
            },
            bron,
        });
    }

    /// Record that `regel` is broken: fout when it is geverifieerd, waarschuwing when afgeleid.
    pub fn schending(
        &mut self,
        code: Code,
        regel: &Regel,
        pad: fmt::Arguments<'_>,
        nl: fmt::Arguments<'_>,
        en: fmt::Arguments<'_>,
    ) {
        self.meld(code, Ernst::voor(regel.zekerheid), pad, nl, en, Some(regel));
    }

    /// Record a missing fact.
    pub fn ontbreekt(
        &mut self,
        pad: fmt::Arguments<'_>,
        nl: fmt::Arguments<'_>,
        en: fmt::Arguments<'_>,
        regel: Option<&Regel>,
    ) {
        self.meld(Code::Ontbreekt, Ernst::Ontbreekt, pad, nl, en, regel);
    }

    /// The rule `id` of the chosen regulation for theme `thema`.
    pub fn regel(&self, id: RegelId, thema: Option<&str>) -> Option<&'a Regel> {
        self.regeling.and_then(|r| r.regel(id, thema))
    }

    /// The rule `id` of the chosen regulation, or of the newest one when none could be chosen
    /// (for rules both tranches share, such as who may apply).
    pub fn regel_of_nieuwste(&self, id: RegelId) -> Option<&'a Regel> {
        self.regeling
            .or_else(|| self.set.regelingen.last())
            .and_then(|r| r.regel(id, None))
    }
}

/// Assess the aanvraag `waarde` (any JSON value) against `set`. Never panics: whatever the input,
/// the result is a well-formed beoordeling.
pub fn toets_met<J: Json>(set: &Regelset, waarde: &J) -> Beoordeling {
    let (a, invoer) = aanvraag::lees(waarde);
    let mut t = Toetsing {
        set,
        regeling: None,
        bevindingen: invoer,
    };
    let is_object = matches!(waarde.view(), View::Object(_));

    if is_object {
        t.regeling = regeling::kies(&mut t, &a);
        if t.regeling.is_some() {
            regeling::periode(&mut t, &a);
        }
    }
    let focusgebied = if is_object {
        gebied::toets(&mut t, &a)
    } else {
        None
    };
    let mut totalen = Default::default();
    if is_object {
        if t.regeling.is_some() {
            alliantie::toets(&mut t, &a);
        }
        activiteit::toets(&mut t, &a);
        if t.regeling.is_some() {
            begroting::toets(&mut t, &a);
            coalitie::toets(&mut t, &a);
        }
        totalen = bedragen::toets(&mut t, &a, focusgebied);
    }

    if t.bevindingen.len() > beoordeling::MAX_BEVINDINGEN {
        // One past the limit at most (see `beoordeling::ruimte`); pop, not truncate, which
        // would link its own drop loop for findings. That leaves room for this one.
        while t.bevindingen.len() > beoordeling::MAX_BEVINDINGEN {
            t.bevindingen.pop();
        }
        // The number is MAX_BEVINDINGEN, written as people read it.
        t.voeg_toe(
            Code::TeVeelBevindingen,
            Ernst::Fout,
            format_args!(""),
            format_args!("De aanvraag geeft meer dan 100.000 bevindingen; de rest is weggelaten."),
            format_args!("The application gives more than 100,000 findings; the rest is left out."),
            None,
        );
    }
    let mut bevindingen = t.bevindingen;
    beoordeling::orden(&mut bevindingen);
    Beoordeling {
        regeling: t.regeling.map(|r| RegelingVerwijzing::van(set, r)),
        uitkomst: beoordeling::uitkomst_van(&bevindingen),
        focusgebied: focusgebied.map(|f| beoordeling::GebiedVerwijzing {
            id: f.id.to_string(),
            naam: f.naam.to_string(),
            gemeente: crate::regels::gebieden::gemeente_van(set, &f.gemeente)
                .map_or(String::new(), |g| g.naam.to_string()),
            gemeentecode: f.gemeente.to_string(),
        }),
        bevindingen,
        totalen,
    }
}

/// How serious breaking `regel` is; fout when the regulation has no such rule.
pub(crate) fn ernst_van(regel: Option<&Regel>) -> Ernst {
    regel.map_or(Ernst::Fout, |r| Ernst::voor(r.zekerheid))
}

/// How a message names an activity after the word "activiteit" or "activity": its number,
/// 1-based as people count, and its id when it has one (`2 (ontdeklab)`). One value for both
/// languages, written only when a message is.
pub(crate) struct Label<'a>(pub &'a aanvraag::Activiteit);

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.index + 1)?;
        match self.0.id.waarde().filter(|s| !s.trim().is_empty()) {
            Some(id) => write!(f, " ({})", Citaat(id)),
            None => Ok(()),
        }
    }
}

/// Input quoted in a message, cut at 60 characters (see [`aanvraag::citaat`]).
pub(crate) struct Citaat<'a>(pub &'a str);

impl fmt::Display for Citaat<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&aanvraag::citaat(self.0))
    }
}

/// An amount as Dutch messages write it (`€ 1.250,00`, see [`crate::geld::totaal_als`]).
pub(crate) struct Euro(pub Bedrag);

impl fmt::Display for Euro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::geld::totaal_als(&self.0, crate::geld::Taal::Nl))
    }
}

/// An amount as English messages write it (`€1,250.00`).
pub(crate) struct EuroEn(pub Bedrag);

impl fmt::Display for EuroEn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::geld::totaal_als(&self.0, crate::geld::Taal::En))
    }
}

/// A date as Dutch messages write it: `1 juli 2025`.
pub(crate) struct DatumNl(pub time::Date);

/// A date as English messages write it: `1 July 2025`.
pub(crate) struct DatumEn(pub time::Date);

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn datum(f: &mut fmt::Formatter<'_>, d: time::Date, namen: &[&str; 12]) -> fmt::Result {
    let maand = namen[usize::from(u8::from(d.month())) - 1];
    write!(f, "{} {maand} {}", d.day(), d.year())
}

impl fmt::Display for DatumNl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        datum(f, self.0, &MAANDEN)
    }
}

impl fmt::Display for DatumEn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        datum(f, self.0, &MONTHS)
    }
}

/// Themes or categories in a message by name, each with its id in brackets
/// (`School en Omgeving (school_en_omgeving)`); the English names when the second field is set.
pub(crate) struct Namen<'a, T>(pub &'a [T], pub bool);

/// Something with a Dutch and an English name and an id.
pub(crate) trait Genoemd {
    fn id(&self) -> &str;
    fn naam(&self, en: bool) -> &str;
}

impl Genoemd for crate::regels::Thema {
    fn id(&self) -> &str {
        &self.id
    }
    fn naam(&self, en: bool) -> &str {
        if en {
            &self.naam.en
        } else {
            &self.naam.nl
        }
    }
}

impl Genoemd for crate::regels::Categorie {
    fn id(&self) -> &str {
        &self.id
    }
    fn naam(&self, en: bool) -> &str {
        if en {
            &self.naam_en
        } else {
            &self.naam
        }
    }
}

impl<T: Genoemd> fmt::Display for Namen<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, x) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{} ({})", x.naam(self.1), x.id())?;
        }
        Ok(())
    }
}

/// The optional part of a message: `Als(waarde, voor, na, anders)` writes `voor`, the value and
/// `na` when there is a value, else `anders`.
pub(crate) struct Als<'a>(
    pub Option<&'a dyn fmt::Display>,
    pub &'static str,
    pub &'static str,
    pub &'static str,
);

impl fmt::Display for Als<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(w) => write!(f, "{}{w}{}", self.1, self.2),
            None => f.write_str(self.3),
        }
    }
}

/// The aanvraag, once read, for checks that look across activities.
pub(crate) fn activiteiten(a: &Aanvraag) -> &[aanvraag::Activiteit] {
    a.activiteiten.waarde().map(Vec::as_slice).unwrap_or(&[])
}
