//! Reading an aanvraag from JSON leniently: every field that is absent, of the wrong type or
//! unreadable becomes a finding at its own path, and the rest is still read.

pub use crate::base::getal::{duizendtallen, lees_bedrag};
use crate::base::getal::{geheel, te_groot};
pub use crate::base::json::token;
use crate::base::json::{Json, View};
use crate::beoordeling::{Bevinding, Ernst};
use crate::codes::Code;
use crate::regels::{controle, Tekst};
use rust_decimal::Decimal;

/// A field of the aanvraag as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Veld<T> {
    /// Absent, `null` or an empty string: a missing fact.
    Ontbreekt,
    /// Present but unusable; a `fout` was already recorded at its path.
    Ongeldig,
    /// Read.
    Is(T),
}

impl<T> Veld<T> {
    /// The value, if read.
    pub fn waarde(&self) -> Option<&T> {
        match self {
            Veld::Is(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the field is absent.
    pub fn ontbreekt(&self) -> bool {
        matches!(self, Veld::Ontbreekt)
    }
}

/// The aanvraag (contract: "The aanvraag").
#[derive(Debug, Clone, PartialEq)]
pub struct Aanvraag {
    /// Regulation id as typed (`"2026-2028"`).
    pub regeling: Veld<String>,
    /// Date of submission.
    pub ingediend_op: Veld<time::Date>,
    /// Gemeente code or name, as typed.
    pub gemeente: Veld<String>,
    /// Focus area id or name, as typed.
    pub focusgebied: Veld<String>,
    /// Alliance facts.
    pub alliantie: Veld<Alliantie>,
    /// School en Omgeving coalition.
    pub coalitie: Veld<Coalitie>,
    /// The activities.
    pub activiteiten: Veld<Vec<Activiteit>>,
}

/// Governance facts of the NPLV-alliantie.
#[derive(Debug, Clone, PartialEq)]
pub struct Alliantie {
    /// Chaired by the burgemeester.
    pub voorzitter_burgemeester: Veld<bool>,
    /// Has an integral multi-year gebiedsplan.
    pub gebiedsplan: Veld<bool>,
    /// Has an uitvoeringsprogramma.
    pub uitvoeringsprogramma: Veld<bool>,
    /// Residents are involved.
    pub inwoners_betrokken: Veld<bool>,
}

/// The School en Omgeving coalition.
#[derive(Debug, Clone, PartialEq)]
pub struct Coalitie {
    /// Its schools.
    pub scholen: Veld<Vec<School>>,
}

/// One school of the coalition.
#[derive(Debug, Clone, PartialEq)]
pub struct School {
    /// Index in `coalitie.scholen`.
    pub index: usize,
    /// Name.
    pub naam: Veld<String>,
    /// BRIN code.
    pub brin: Veld<String>,
    /// Whether it lies inside the focus area.
    pub binnen_focusgebied: Veld<bool>,
}

/// One activity (interventie).
#[derive(Debug, Clone, PartialEq)]
pub struct Activiteit {
    /// Index in `activiteiten`.
    pub index: usize,
    /// Id, unique in the aanvraag.
    pub id: Veld<String>,
    /// Name.
    pub naam: Veld<String>,
    /// Theme id.
    pub thema: Veld<String>,
    /// Category id.
    pub categorie: Veld<String>,
    /// Whether its results land in the focus area.
    pub binnen_focusgebied: Veld<bool>,
    /// Target age band.
    pub doelgroep: Veld<Doelgroep>,
    /// Budget lines.
    pub begroting: Veld<Vec<Begrotingsregel>>,
}

/// Target age band in whole years.
#[derive(Debug, Clone, PartialEq)]
pub struct Doelgroep {
    /// Lowest age.
    pub leeftijd_van: Veld<i64>,
    /// Highest age, inclusive.
    pub leeftijd_tot_en_met: Veld<i64>,
}

/// Kind of budget line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    /// Spending on the activity (default).
    Activiteit,
    /// Staff inside the activity.
    Personeel,
    /// A percentage surcharge for capacity or overhead.
    Opslag,
}

/// One budget line.
#[derive(Debug, Clone, PartialEq)]
pub struct Begrotingsregel {
    /// Index in `begroting`.
    pub index: usize,
    /// Allocation year.
    pub jaar: Veld<i64>,
    /// Euros.
    pub bedrag: Veld<Decimal>,
    /// Year of spending (default: `jaar`).
    pub besteding_in: Veld<i64>,
    /// Kind (default: activiteit).
    pub soort: Veld<Soort>,
}

fn soort_json<J: Json>(w: &J) -> (&'static str, &'static str) {
    match w.view() {
        View::Null => ("null", "null"),
        View::Bool(_) => ("een waar/onwaar-waarde", "a boolean"),
        View::Number(_) => ("een getal", "a number"),
        View::String(_) => ("tekst", "text"),
        View::Array(_) => ("een lijst", "a list"),
        View::Object(_) => ("een object", "an object"),
    }
}

/// A member that is there, with what kind of value it is; `None` when it is absent or `null`
/// (both a missing fact).
fn gegeven<'v, J: Json>(w: Option<&'v J>) -> Option<(&'v J, View<'v, J>)> {
    let w = w?;
    match w.view() {
        View::Null => None,
        vorm => Some((w, vorm)),
    }
}

/// Shorten what the user typed for quoting in a message, without losing it from the aanvraag.
pub fn citaat(s: &str) -> String {
    // A copy of the bytes before the 61st character: building the quote character by character
    // made this a tenth of a typical `toets` (labels quote every id). Text of at most 60 bytes
    // has at most 60 characters, so it is not even counted.
    let einde = if s.len() <= 60 {
        None
    } else {
        s.char_indices().nth(60)
    };
    match einde {
        Some((i, _)) => s[..i].to_string() + "…",
        None => s.to_string(),
    }
}

/// The JSON Pointer of a value being read, as steps from the root. Written out only for a
/// finding: most values have none, and writing every path up front was half the time of reading
/// an aanvraag.
#[derive(Clone, Copy)]
enum Pad<'a> {
    /// The aanvraag itself (`""`).
    Wortel,
    /// A member of the object at the first path (a name from the contract: nothing to escape).
    Veld(&'a Pad<'a>, &'a str),
    /// A member of the list at the first path.
    Index(&'a Pad<'a>, usize),
}

impl std::fmt::Display for Pad<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Pad::Wortel => Ok(()),
            Pad::Veld(p, veld) => write!(f, "{p}/{veld}"),
            Pad::Index(p, i) => write!(f, "{p}/{i}"),
        }
    }
}

/// Reads an aanvraag from its JSON value, collecting the findings about the input while reading.
struct AanvraagReader {
    bevindingen: Vec<Bevinding>,
}

impl AanvraagReader {
    fn fout(&mut self, code: Code, pad: Pad, nl: String, en: String) {
        if !crate::beoordeling::ruimte(&self.bevindingen) {
            return;
        }
        self.bevindingen.push(Bevinding {
            code: code.tekst(),
            ernst: Ernst::Fout,
            pad: pad.to_string(),
            melding: Tekst {
                nl: nl.into(),
                en: en.into(),
            },
            bron: None,
        });
    }

    fn verkeerd_type<J: Json>(&mut self, pad: Pad, w: &J, verwacht_nl: &str, verwacht_en: &str) {
        let (nl, en) = soort_json(w);
        self.fout(
            Code::VerkeerdType,
            pad,
            format!("Verwacht {verwacht_nl}, maar kreeg {nl}."),
            format!("Expected {verwacht_en}, but got {en}."),
        );
    }

    /// The members of `obj` that the contract names in `bekend`, into `uit` in the same order
    /// (absent ones stay `None`), reporting every other member as unknown (typos, mostly). One
    /// pass over the object instead of a look-up per field.
    fn velden<'v, J: Json>(
        &mut self,
        obj: &'v J::Object,
        pad: Pad,
        bekend: &[&str],
        uit: &mut [Option<&'v J>],
    ) {
        for (k, w) in J::members(obj) {
            match bekend.iter().zip(uit.iter_mut()).find(|(b, _)| **b == k) {
                Some((_, u)) => *u = Some(w),
                None if crate::beoordeling::ruimte(&self.bevindingen) => {
                    self.bevindingen.push(Bevinding {
                        code: Code::OnbekendVeld.tekst(),
                        ernst: Ernst::Info,
                        pad: format!("{pad}/{}", token(k)),
                        melding: Tekst {
                            nl: format!("Onbekend veld \"{}\"; het wordt genegeerd.", citaat(k))
                                .into(),
                            en: format!("Unknown field \"{}\"; it is ignored.", citaat(k)).into(),
                        },
                        bron: None,
                    });
                }
                None => {}
            }
        }
    }

    fn object<'v, J: Json>(&mut self, w: Option<&'v J>, pad: Pad) -> Veld<&'v J::Object> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::Object(o) => Veld::Is(o),
            _ => {
                self.verkeerd_type(pad, w, "een object", "an object");
                Veld::Ongeldig
            }
        }
    }

    /// A member of a list: it must be an object; `null` there is a wrong type, not a missing fact.
    fn lid<'v, J: Json>(&mut self, w: &'v J, pad: Pad) -> Option<&'v J::Object> {
        match w.view() {
            View::Object(o) => Some(o),
            _ => {
                self.verkeerd_type(pad, w, "een object", "an object");
                None
            }
        }
    }

    fn lijst<'v, J: Json>(&mut self, w: Option<&'v J>, pad: Pad) -> Veld<&'v [J]> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::Array(a) => Veld::Is(a),
            _ => {
                self.verkeerd_type(pad, w, "een lijst", "a list");
                Veld::Ongeldig
            }
        }
    }

    /// Text; an empty or blank string counts as absent.
    fn tekst<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<String> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::String(s) if s.trim().is_empty() => Veld::Ontbreekt,
            View::String(s) => Veld::Is(s.to_owned()),
            _ => {
                self.verkeerd_type(pad, w, "tekst", "text");
                Veld::Ongeldig
            }
        }
    }

    /// Text that may be empty (so an empty name can be reported as such).
    fn tekst_leeg_mag<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<String> {
        match w.map(J::view) {
            Some(View::String(s)) => Veld::Is(s.to_owned()),
            _ => self.tekst(w, pad),
        }
    }

    fn waarheid<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<bool> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::Bool(b) => Veld::Is(b),
            _ => {
                self.verkeerd_type(pad, w, "true of false", "true or false");
                Veld::Ongeldig
            }
        }
    }

    fn datum<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<time::Date> {
        match self.tekst(w, pad) {
            Veld::Is(s) => match controle::lees_datum(s.trim()) {
                Some(d) => Veld::Is(d),
                None => {
                    self.fout(
                        Code::OngeldigeDatum,
                        pad,
                        format!("\"{}\" is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-15.", citaat(&s)),
                        format!("\"{}\" is not a valid date; write YYYY-MM-DD, for example 2025-07-15.", citaat(&s)),
                    );
                    Veld::Ongeldig
                }
            },
            Veld::Ontbreekt => Veld::Ontbreekt,
            Veld::Ongeldig => Veld::Ongeldig,
        }
    }

    /// A whole year (JSON integer; `2026.0` is accepted, `2026.5` and `"2026"` are not).
    fn jaar<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<i64> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::Number(n) => match geheel(n) {
                Some(j) => Veld::Is(j),
                _ => {
                    self.fout(
                        Code::JaarNietGeheel,
                        pad,
                        format!(
                            "{} is geen jaartal; schrijf een geheel jaar, bijvoorbeeld 2026.",
                            citaat(n)
                        ),
                        format!(
                            "{} is not a year; write a whole year, for example 2026.",
                            citaat(n)
                        ),
                    );
                    Veld::Ongeldig
                }
            },
            v => {
                let (nl, en) = soort_json(w);
                let getypt = match v {
                    View::String(s) => format!(" (\"{}\")", citaat(s)),
                    _ => String::new(),
                };
                self.fout(
                    Code::JaarNietGeheel,
                    pad,
                    format!(
                        "Een jaar moet een geheel getal zijn, zoals 2026; dit is {nl}{getypt}."
                    ),
                    format!("A year must be a whole number, such as 2026; this is {en}{getypt}."),
                );
                Veld::Ongeldig
            }
        }
    }

    /// A whole age in years.
    fn leeftijd<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<i64> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        match vorm {
            View::Number(n) => {
                match geheel(n) {
                    Some(j) if (0..=130).contains(&j) => Veld::Is(j),
                    _ => {
                        self.fout(
                        Code::LeeftijdOngeldig,
                        pad,
                        format!("{} is geen leeftijd; schrijf een geheel aantal jaren van 0 tot 130.", citaat(n)),
                        format!("{} is not an age; write a whole number of years from 0 to 130.", citaat(n)),
                    );
                        Veld::Ongeldig
                    }
                }
            }
            _ => {
                self.verkeerd_type(pad, w, "een geheel getal (jaren)", "a whole number (years)");
                Veld::Ongeldig
            }
        }
    }

    fn bedrag<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<Decimal> {
        let Some((w, vorm)) = gegeven(w) else {
            return Veld::Ontbreekt;
        };
        let (tekst, getal) = match vorm {
            View::String(s) if s.trim().is_empty() => return Veld::Ontbreekt,
            View::String(s) => (s, false),
            // The number's own decimal text, as written.
            View::Number(n) => (n, true),
            _ => {
                self.verkeerd_type(
                    pad,
                    w,
                    "een bedrag als tekst, zoals \"1250000.00\"",
                    "an amount as text, such as \"1250000.00\"",
                );
                return Veld::Ongeldig;
            }
        };
        match lees_bedrag(tekst, getal) {
            Ok(d) if d <= Decimal::ZERO => {
                self.fout(
                    Code::BedragNietPositief,
                    pad,
                    format!("Het bedrag {} is niet groter dan nul.", citaat(tekst)),
                    format!("The amount {} is not greater than zero.", citaat(tekst)),
                );
                Veld::Ongeldig
            }
            Ok(d) if d.scale() > 2 => {
                // Every decimal written counts, zeros too: "350.000" is not read as 350 (it is
                // more likely 350000, written the Dutch way), and never silently.
                let n = d.scale();
                let nullen = d.normalize().scale() <= 2;
                let zo = crate::beoordeling::Bedrag::van(d.normalize());
                let (hint_nl, hint_en) = hint(tekst, duizendtallen(tekst));
                let (ander_nl, ander_en) = if nullen {
                    (
                        format!(
                            " Bedoelt u {}, schrijf dan \"{}\".",
                            crate::geld::totaal_als(&zo, crate::geld::Taal::Nl),
                            zo.tekst()
                        ),
                        format!(
                            " If you mean {}, write \"{}\".",
                            crate::geld::totaal_als(&zo, crate::geld::Taal::En),
                            zo.tekst()
                        ),
                    )
                } else {
                    (String::new(), String::new())
                };
                self.fout(
                    Code::BedragTeVeelDecimalen,
                    pad,
                    format!(
                        "Het bedrag \"{}\" heeft {n} decimalen; een bedrag heeft er hooguit twee (centen), dus het is niet gelezen.{hint_nl}{ander_nl}",
                        citaat(tekst)
                    ),
                    format!(
                        "The amount \"{}\" has {n} decimals; an amount has at most two (cents), so it was not read.{hint_en}{ander_en}",
                        citaat(tekst)
                    ),
                );
                Veld::Ongeldig
            }
            Ok(d) => Veld::Is(d),
            Err(()) => {
                let (hint_nl, hint_en) = match duizendtallen(tekst) {
                    Some(h) => hint(tekst, Some(h)),
                    None if te_groot(tekst) => (
                        " Het is een getal, maar groter dan een begrotingsregel ooit kan bevatten (hooguit 79228162514264337593543950335 euro).".into(),
                        " It is a number, but larger than any budget line could ever hold (at most 79228162514264337593543950335 euros).".into(),
                    ),
                    None => (String::new(), String::new()),
                };
                self.fout(
                    Code::BedragOnleesbaar,
                    pad,
                    format!("\"{}\" is geen leesbaar bedrag; schrijf euro's met een punt voor de centen en zonder duizendtallen, zoals \"1250000.00\".{hint_nl}", citaat(tekst)),
                    format!("\"{}\" is not a readable amount; write euros with a point before the cents and no thousands separators, such as \"1250000.00\".{hint_en}", citaat(tekst)),
                );
                Veld::Ongeldig
            }
        }
    }

    fn soort<J: Json>(&mut self, w: Option<&J>, pad: Pad) -> Veld<Soort> {
        match self.tekst(w, pad) {
            Veld::Is(s) => match s.as_str() {
                "activiteit" => Veld::Is(Soort::Activiteit),
                "personeel" => Veld::Is(Soort::Personeel),
                "opslag" => Veld::Is(Soort::Opslag),
                _ => {
                    self.fout(
                        Code::OnbekendeSoort,
                        pad,
                        format!(
                            "Onbekende soort \"{}\"; kies activiteit, personeel of opslag.",
                            citaat(&s)
                        ),
                        format!(
                            "Unknown kind \"{}\"; choose activiteit, personeel or opslag.",
                            citaat(&s)
                        ),
                    );
                    Veld::Ongeldig
                }
            },
            Veld::Ontbreekt => Veld::Ontbreekt,
            Veld::Ongeldig => Veld::Ongeldig,
        }
    }
}

/// The sentence a message about an amount adds when the amount looks like the Dutch way of
/// writing it, with the reading it probably means (see [`duizendtallen`]); it names only the
/// marks the text has.
fn hint(tekst: &str, lezing: Option<String>) -> (String, String) {
    let Some(h) = lezing else {
        return (String::new(), String::new());
    };
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
    (
        format!(" Het lijkt de Nederlandse schrijfwijze, met {nl}: bedoelt u \"{h}\"?"),
        format!(" It looks like the Dutch way, with {en}: did you mean \"{h}\"?"),
    )
}

/// Read an aanvraag. Returns what could be read and the findings about the input itself (wrong
/// types, unreadable values, unknown fields), each at its exact path.
pub fn lees<J: Json>(waarde: &J) -> (Aanvraag, Vec<Bevinding>) {
    let mut l = AanvraagReader {
        bevindingen: Vec::new(),
    };
    let wortel = Pad::Wortel;
    let mut v: [Option<&J>; 7] = [None; 7];
    match waarde.view() {
        View::Object(obj) => l.velden(
            obj,
            wortel,
            &[
                "regeling",
                "ingediend_op",
                "gemeente",
                "focusgebied",
                "alliantie",
                "coalitie",
                "activiteiten",
            ],
            &mut v,
        ),
        // Not an object: one finding, and every field of the aanvraag is missing.
        _ => l.verkeerd_type(
            wortel,
            waarde,
            "een aanvraag als JSON-object",
            "an application as a JSON object",
        ),
    }
    let [regeling, ingediend_op, gemeente, focusgebied, alliantie, coalitie, activiteiten] = v;
    let veld = |naam| Pad::Veld(&wortel, naam);
    let regeling = l.tekst(regeling, veld("regeling"));
    let ingediend_op = l.datum(ingediend_op, veld("ingediend_op"));
    let gemeente = l.tekst(gemeente, veld("gemeente"));
    let focusgebied = l.tekst(focusgebied, veld("focusgebied"));

    let alliantie = lees_alliantie(&mut l, veld("alliantie"), alliantie);
    let coalitie = lees_coalitie(&mut l, veld("coalitie"), coalitie);

    let lp = veld("activiteiten");
    let activiteiten = match l.lijst(activiteiten, lp) {
        Veld::Is(lijst) => Veld::Is(
            lijst
                .iter()
                .enumerate()
                .filter_map(|(i, a)| lees_activiteit(&mut l, Pad::Index(&lp, i), i, a))
                .collect(),
        ),
        Veld::Ontbreekt => Veld::Ontbreekt,
        Veld::Ongeldig => Veld::Ongeldig,
    };

    let aanvraag = Aanvraag {
        regeling,
        ingediend_op,
        gemeente,
        focusgebied,
        alliantie,
        coalitie,
        activiteiten,
    };
    (aanvraag, l.bevindingen)
}

/// The `alliantie` object (tranche 2): its four facts, each true or false.
fn lees_alliantie<J: Json>(l: &mut AanvraagReader, ap: Pad, w: Option<&J>) -> Veld<Alliantie> {
    match l.object(w, ap) {
        Veld::Is(a) => {
            let mut v: [Option<&J>; 4] = [None; 4];
            l.velden(
                a,
                ap,
                &[
                    "voorzitter_burgemeester",
                    "gebiedsplan",
                    "uitvoeringsprogramma",
                    "inwoners_betrokken",
                ],
                &mut v,
            );
            let [voorzitter, gebiedsplan, uitvoeringsprogramma, inwoners] = v;
            let mut waarheid = |w, naam| l.waarheid(w, Pad::Veld(&ap, naam));
            Veld::Is(Alliantie {
                voorzitter_burgemeester: waarheid(voorzitter, "voorzitter_burgemeester"),
                gebiedsplan: waarheid(gebiedsplan, "gebiedsplan"),
                uitvoeringsprogramma: waarheid(uitvoeringsprogramma, "uitvoeringsprogramma"),
                inwoners_betrokken: waarheid(inwoners, "inwoners_betrokken"),
            })
        }
        Veld::Ontbreekt => Veld::Ontbreekt,
        Veld::Ongeldig => Veld::Ongeldig,
    }
}

/// The `coalitie` object: its schools, each with whether it lies in the focus area.
fn lees_coalitie<J: Json>(l: &mut AanvraagReader, cp: Pad, w: Option<&J>) -> Veld<Coalitie> {
    match l.object(w, cp) {
        Veld::Is(c) => {
            let mut v: [Option<&J>; 1] = [None; 1];
            l.velden(c, cp, &["scholen"], &mut v);
            let [scholen] = v;
            let sp = Pad::Veld(&cp, "scholen");
            let scholen = match l.lijst(scholen, sp) {
                Veld::Is(lijst) => Veld::Is(
                    lijst
                        .iter()
                        .enumerate()
                        .map(|(i, s)| lees_school(l, Pad::Index(&sp, i), i, s))
                        .collect(),
                ),
                Veld::Ontbreekt => Veld::Ontbreekt,
                Veld::Ongeldig => Veld::Ongeldig,
            };
            Veld::Is(Coalitie { scholen })
        }
        Veld::Ontbreekt => Veld::Ontbreekt,
        Veld::Ongeldig => Veld::Ongeldig,
    }
}

fn lees_school<J: Json>(l: &mut AanvraagReader, pad: Pad, i: usize, w: &J) -> School {
    let Some(s) = l.lid(w, pad) else {
        // Still a school: it counts in the coalition's size, with nothing known about it.
        return School {
            index: i,
            naam: Veld::Ongeldig,
            brin: Veld::Ongeldig,
            binnen_focusgebied: Veld::Ongeldig,
        };
    };
    let mut v: [Option<&J>; 3] = [None; 3];
    l.velden(s, pad, &["naam", "brin", "binnen_focusgebied"], &mut v);
    let [naam, brin, binnen] = v;
    let veld = |naam| Pad::Veld(&pad, naam);
    School {
        index: i,
        naam: l.tekst(naam, veld("naam")),
        brin: l.tekst(brin, veld("brin")),
        binnen_focusgebied: l.waarheid(binnen, veld("binnen_focusgebied")),
    }
}

fn lees_activiteit<J: Json>(
    l: &mut AanvraagReader,
    pad: Pad,
    i: usize,
    w: &J,
) -> Option<Activiteit> {
    let a = l.lid(w, pad)?;
    let mut v: [Option<&J>; 7] = [None; 7];
    l.velden(
        a,
        pad,
        &[
            "id",
            "naam",
            "thema",
            "categorie",
            "binnen_focusgebied",
            "doelgroep",
            "begroting",
        ],
        &mut v,
    );
    let [id, naam, thema, categorie, binnen, doelgroep, begroting] = v;
    let veld = |naam| Pad::Veld(&pad, naam);
    let dp = veld("doelgroep");
    let doelgroep = match l.object(doelgroep, dp) {
        Veld::Is(d) => {
            let mut v: [Option<&J>; 2] = [None; 2];
            l.velden(d, dp, &["leeftijd_van", "leeftijd_tot_en_met"], &mut v);
            let [van, tot] = v;
            Veld::Is(Doelgroep {
                leeftijd_van: l.leeftijd(van, Pad::Veld(&dp, "leeftijd_van")),
                leeftijd_tot_en_met: l.leeftijd(tot, Pad::Veld(&dp, "leeftijd_tot_en_met")),
            })
        }
        Veld::Ontbreekt => Veld::Ontbreekt,
        Veld::Ongeldig => Veld::Ongeldig,
    };
    let bp = veld("begroting");
    let begroting = match l.lijst(begroting, bp) {
        Veld::Is(lijst) => Veld::Is(
            lijst
                .iter()
                .enumerate()
                .filter_map(|(j, r)| lees_begrotingsregel(l, Pad::Index(&bp, j), j, r))
                .collect(),
        ),
        Veld::Ontbreekt => Veld::Ontbreekt,
        Veld::Ongeldig => Veld::Ongeldig,
    };
    Some(Activiteit {
        index: i,
        id: l.tekst_leeg_mag(id, veld("id")),
        naam: l.tekst_leeg_mag(naam, veld("naam")),
        thema: l.tekst(thema, veld("thema")),
        categorie: l.tekst(categorie, veld("categorie")),
        binnen_focusgebied: l.waarheid(binnen, veld("binnen_focusgebied")),
        doelgroep,
        begroting,
    })
}

fn lees_begrotingsregel<J: Json>(
    l: &mut AanvraagReader,
    pad: Pad,
    j: usize,
    w: &J,
) -> Option<Begrotingsregel> {
    let r = l.lid(w, pad)?;
    let mut v: [Option<&J>; 4] = [None; 4];
    l.velden(r, pad, &["jaar", "bedrag", "besteding_in", "soort"], &mut v);
    let [jaar, bedrag, besteding_in, soort] = v;
    let veld = |naam| Pad::Veld(&pad, naam);
    Some(Begrotingsregel {
        index: j,
        jaar: l.jaar(jaar, veld("jaar")),
        bedrag: l.bedrag(bedrag, veld("bedrag")),
        besteding_in: l.jaar(besteding_in, veld("besteding_in")),
        soort: l.soort(soort, veld("soort")),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn exponent_exact_gelezen() {
        use crate::base::getal::lees_decimaal;
        use rust_decimal::Decimal;
        let d = |t: &str| lees_decimaal(t, true);
        let waarde = |s: &str| Some(s.parse::<Decimal>().unwrap());
        // Hand-calculated: the point moves by the exponent.
        assert_eq!(d("1.25e3"), waarde("1250"));
        assert_eq!(d("125e-2"), waarde("1.25"));
        assert_eq!(d("1E+2"), waarde("100"));
        assert_eq!(d("1.20e10"), waarde("12000000000"));
        assert_eq!(d("-2.5e1"), waarde("-25"));
        assert_eq!(d("0e5"), waarde("0"));
        assert_eq!(d("0e99"), waarde("0"));
        assert_eq!(d("0.0e-99"), waarde("0"));
        // The result counts, not the exponent: 0.1e29 is 1e28.
        assert_eq!(d("0.1e29"), waarde("10000000000000000000000000000"));
        // 7.9e28 still fits (the largest Decimal is about 7.92e28); 1e29 does not.
        assert_eq!(d("7.9e28"), waarde("79000000000000000000000000000"));
        assert_eq!(d("1e29"), None);
        // 28 decimals is the most a Decimal holds.
        assert_eq!(d("1e-28"), waarde("0.0000000000000000000000000001"));
        assert_eq!(d("1e-29"), None);
        assert_eq!(d("5e-324"), None);
        // A base of more than 28 digits is refused, not rounded.
        assert_eq!(d("1.00000000000000000000000000001e0"), None);
        // Exponents out of any range, and not numbers at all.
        assert_eq!(d("1e-9223372036854775808"), None);
        assert_eq!(d("1e99999999999999999999"), None);
        assert_eq!(d("1e"), None);
        assert_eq!(d("e5"), None);
        assert_eq!(d("1e5x"), None);
        // Only JSON numbers may have an exponent.
        assert_eq!(lees_decimaal("1e3", false), None);
    }

    use super::*;
    use std::str::FromStr;

    #[test]
    fn bedragen_lezen_zonder_floats() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(lees_bedrag("1250000.00", false), Ok(d("1250000.00")));
        assert_eq!(lees_bedrag("99.5", true), Ok(d("99.5")));
        assert_eq!(lees_bedrag("1e3", true), Ok(d("1000")));
        assert_eq!(lees_bedrag("1e3", false), Err(()));
        assert_eq!(lees_bedrag("1.250.000,00", false), Err(()));
        assert_eq!(lees_bedrag("abc", false), Err(()));
        assert_eq!(lees_bedrag("1e400", true), Err(()));
        assert_eq!(
            lees_bedrag("99999999999999999999999999999999", false),
            Err(())
        );
        // 0.1 + 0.2 is exactly 0.3 here.
        assert_eq!(
            lees_bedrag("0.1", false).unwrap() + lees_bedrag("0.2", false).unwrap(),
            d("0.3")
        );
    }

    #[test]
    fn te_groot_voor_elke_begroting() {
        assert!(te_groot("99999999999999999999999999999999"));
        assert!(te_groot("1e400"));
        assert!(te_groot("1.5e29"));
        assert!(!te_groot("79228162514264337593543950335"));
        assert!(!te_groot("1e-400"));
        assert!(!te_groot("abc"));
        assert!(!te_groot("1.250.000"));
    }

    #[test]
    fn duizendtallen_lezen() {
        assert_eq!(duizendtallen("350.000").as_deref(), Some("350000.00"));
        assert_eq!(duizendtallen("1.250.000,00").as_deref(), Some("1250000.00"));
        assert_eq!(duizendtallen("€ 350.000,-").as_deref(), Some("350000.00"));
        assert_eq!(duizendtallen("12,5").as_deref(), Some("12.50"));
        assert_eq!(duizendtallen("350.0000"), None);
        assert_eq!(duizendtallen("350"), None);
        assert_eq!(duizendtallen("1.25"), None);
        // Newcomer review: "0.001" got the suggestion "0001.00".
        assert_eq!(duizendtallen("0.001"), None);
        assert_eq!(duizendtallen("0.001,50"), None);
        assert_eq!(duizendtallen("0,50").as_deref(), Some("0.50"));
    }

    #[test]
    fn de_hint_noemt_alleen_de_tekens_die_er_staan() {
        let (nl, en) = hint("350,00", duizendtallen("350,00"));
        assert_eq!(
            nl,
            " Het lijkt de Nederlandse schrijfwijze, met een komma voor de centen: bedoelt u \"350.00\"?"
        );
        assert!(en.contains("a comma before the cents") && !en.contains("thousands"));
        let (nl, _) = hint("350.000", duizendtallen("350.000"));
        assert!(nl.contains("punten tussen de duizendtallen:") && !nl.contains("komma"));
        let (nl, _) = hint("1.250.000,00", duizendtallen("1.250.000,00"));
        assert!(nl.contains("punten tussen de duizendtallen en een komma voor de centen"));
        assert_eq!(hint("abc", None), (String::new(), String::new()));
    }

    #[test]
    fn citaat_kort_tot_60_tekens() {
        let a = "a".repeat(60);
        assert_eq!(citaat(&a), a);
        assert_eq!(citaat(&"a".repeat(61)), format!("{a}…"));
        let e = "é".repeat(60);
        assert_eq!(citaat(&e), e);
        assert_eq!(citaat(&"é".repeat(61)), format!("{e}…"));
        assert_eq!(citaat(""), "");
    }

    #[test]
    fn een_waarde_een_antwoord_hoe_ook_geschreven() {
        let g = |t: &str| crate::base::getal::geheel(t);
        let nullen = "0".repeat(40);
        for t in [
            "2026",
            "2026.0",
            "2.026e3",
            "2.026E+3",
            "20260e-1",
            "202600000000000000000000000000000e-29",
            &format!("2026.{nullen}"),
            &format!("0.{nullen}2026e44"),
        ] {
            assert_eq!(g(t), Some(2026), "{t}");
        }
        for t in [
            "2026.5",
            "20265e-1",
            "1e-1",
            &format!("2026.{nullen}1"),
            "1e-99999999999999999999",
        ] {
            assert_eq!(g(t), None, "{t}");
        }
        let veel = format!("1{}", "0".repeat(30));
        for t in [
            "1e30",
            "1E+30",
            veel.as_str(),
            "9223372036854775808",
            "1e99999999999999999999",
        ] {
            assert_eq!(g(t), Some(i64::MAX), "{t}");
        }
        for t in ["-1e30", "-9223372036854775809"] {
            assert_eq!(g(t), Some(i64::MIN), "{t}");
        }
        assert_eq!(g("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(g("9223372036854775807.000"), Some(i64::MAX));
        assert_eq!(g("-20.26e2"), Some(-2026));
        assert_eq!(g("0e99999"), Some(0));
        assert_eq!(g("-0.000"), Some(0));
        assert_eq!(g("1234567890123456789"), Some(1234567890123456789));
        assert_eq!(g("9999999999999999999"), Some(i64::MAX));
        // Positive powers of ten after the digits (mutation testing found them untested).
        for (t, w) in [
            ("2.1e3", 2100),
            ("21e2", 2100),
            ("-5e2", -500),
            ("1e18", 1_000_000_000_000_000_000),
            ("10e17", 1_000_000_000_000_000_000),
            ("1000000000000000000e0", 1_000_000_000_000_000_000),
            ("9.2233720368547758e18", 9_223_372_036_854_775_800),
            ("922337203685477580.7e1", i64::MAX),
            ("-922337203685477580.8e1", i64::MIN),
            ("1e19", i64::MAX),
            ("-1e19", i64::MIN),
        ] {
            assert_eq!(g(t), Some(w), "{t}");
        }
    }

    #[test]
    fn een_negatief_grondtal_met_exponent() {
        // Mutation testing: the sign of the base with an exponent was untested.
        let d = |t: &str| crate::base::getal::lees_decimaal(t, true);
        assert_eq!(d("-1.5e2"), Some(rust_decimal::Decimal::from(-150)));
        assert_eq!(d("-15E-1").map(|x| x.to_string()), Some("-1.5".into()));
    }

    #[test]
    fn een_verkeerd_type_wordt_bij_naam_genoemd() {
        // The message names what was typed instead (mutation testing found these unchecked).
        let melding = |jaar: serde_json::Value| {
            let a = serde_json::json!({ "activiteiten": [{ "begroting": [{ "jaar": jaar }] }] });
            let b = crate::toets(&a);
            let f = b
                .bevindingen
                .iter()
                .find(|f| f.code == "KW-JAAR-002")
                .expect("KW-JAAR-002");
            (f.melding.nl.to_string(), f.melding.en.to_string())
        };
        for (w, nl, en) in [
            (
                serde_json::json!([]),
                "dit is een lijst.",
                "this is a list.",
            ),
            (
                serde_json::json!(true),
                "dit is een waar/onwaar-waarde.",
                "this is a boolean.",
            ),
            (
                serde_json::json!({}),
                "dit is een object.",
                "this is an object.",
            ),
            (
                serde_json::json!("2026"),
                "dit is tekst (\"2026\").",
                "this is text (\"2026\").",
            ),
        ] {
            let (n, e) = melding(w);
            assert!(n.ends_with(nl), "{n}");
            assert!(e.ends_with(en), "{e}");
        }
    }

    #[test]
    fn pointer_tokens_escapen() {
        assert_eq!(token("a/b~c"), "a~1b~0c");
    }
}
