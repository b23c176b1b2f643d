//! Each activity on its own: id and name, theme of the tranche (art. 2), category, results within
//! the area (art. 7a and afgeleid for the rest), and the young-child age band.

use super::{activiteiten, ernst_van, Als, Citaat, Label, Namen, Toetsing};
use crate::beoordeling::Ernst;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Activiteit, Veld};
use crate::regels::{Regel, RegelId};

/// Check every activity.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag) {
    let themaregel = t.regel(RegelId::ThemaVanRegeling, None);
    match &a.activiteiten {
        Veld::Ongeldig => return,
        Veld::Is(l) if !l.is_empty() => {}
        _ => {
            t.meld(
                Code::GeenActiviteiten,
                Ernst::Ontbreekt,
                format_args!("/activiteiten"),
                format_args!("De aanvraag bevat nog geen activiteiten."),
                format_args!("The application has no activities yet."),
                themaregel,
            );
            return;
        }
    }
    // Per activity, the earlier activity with the same (trimmed, non-empty) id, if any.
    let lijst = activiteiten(a);
    // Trimmed once, not in every comparison of the sort (issue 13: a tenth of a 50-activity check).
    let ids: Vec<Option<&str>> = lijst
        .iter()
        .map(|act| match &act.id {
            Veld::Is(id) if !id.trim().is_empty() => Some(id.trim()),
            _ => None,
        })
        .collect();
    let (groep, eerste) = crate::base::volgorde::groepen(lijst.len(), &|x, y| ids[x].cmp(&ids[y]));
    for (i, act) in lijst.iter().enumerate() {
        let e = eerste[groep[i]];
        let eerder = (e != i).then(|| lijst[e].index);
        ids_en_namen(t, act, eerder);
        thema(t, act, themaregel);
        let thema = geldig_thema(t, act);
        resultaat(t, act, thema);
        doelgroep(t, act, thema);
    }
}

fn ids_en_namen(t: &mut Toetsing<'_>, act: &Activiteit, eerder: Option<usize>) {
    let n = act.index + 1;
    match &act.id {
        Veld::Is(id) if id.trim().is_empty() => t.meld(
            Code::LegeActiviteitId,
            Ernst::Fout,
            format_args!("/activiteiten/{}/id", act.index),
            format_args!("Activiteit {n} heeft een leeg id."),
            format_args!("Activity {n} has an empty id."),
            None,
        ),
        Veld::Is(id) => {
            if let Some(eerder) = eerder {
                let (id, eerder) = (Citaat(id), eerder + 1);
                t.meld(
                    Code::DubbeleActiviteitId,
                    Ernst::Fout,
                    format_args!("/activiteiten/{}/id", act.index),
                    format_args!("Het id \"{id}\" van activiteit {n} komt ook voor bij activiteit {eerder}; ids moeten uniek zijn."),
                    format_args!("The id \"{id}\" of activity {n} is also used by activity {eerder}; ids must be unique."),
                    None,
                );
            }
        }
        Veld::Ontbreekt => t.ontbreekt(
            format_args!("/activiteiten/{}/id", act.index),
            format_args!("Activiteit {n} heeft geen id."),
            format_args!("Activity {n} has no id."),
            None,
        ),
        Veld::Ongeldig => {}
    }
    match &act.naam {
        Veld::Is(naam) if naam.trim().is_empty() => t.meld(
            Code::LegeActiviteitNaam,
            Ernst::Fout,
            format_args!("/activiteiten/{}/naam", act.index),
            format_args!("De naam van activiteit {n} is leeg."),
            format_args!("The name of activity {n} is empty."),
            None,
        ),
        Veld::Ontbreekt => t.ontbreekt(
            format_args!("/activiteiten/{}/naam", act.index),
            format_args!("Activiteit {n} heeft geen naam."),
            format_args!("Activity {n} has no name."),
            None,
        ),
        _ => {}
    }
}

fn thema(t: &mut Toetsing<'_>, act: &Activiteit, regel: Option<&Regel>) {
    let wie = Label(act);
    let Some(r) = t.regeling else { return };
    match &act.thema {
        Veld::Is(id) => match r.thema(id) {
            Some(th) => {
                let Veld::Is(cat) = &act.categorie else {
                    return;
                };
                if th.categorieen.is_empty() || th.categorieen.iter().any(|c| &c.id == cat) {
                    return;
                }
                if let Some(regel) = r.regel(RegelId::CategorieVanThema, Some(&th.id)) {
                    let (nl, en) = (Namen(&th.categorieen, false), Namen(&th.categorieen, true));
                    let cat = Citaat(cat);
                    t.schending(
                        Code::CategorieNietVanThema,
                        regel,
                        format_args!("/activiteiten/{}/categorie", act.index),
                        format_args!("De categorie \"{cat}\" van activiteit {wie} staat niet in de catalogus van thema {}: {nl}.", th.naam.nl),
                        format_args!("The category \"{cat}\" of activity {wie} is not in the catalogue of theme {}: {en}.", th.naam.en),
                    );
                }
            }
            None => {
                let ander = t
                    .set
                    .regelingen
                    .iter()
                    .find(|x| x.id != r.id && x.thema(id).is_some());
                let (nl, en) = (Namen(&r.thema, false), Namen(&r.thema, true));
                let id = Citaat(id);
                let ander = ander.map(|x| &x.id as &dyn std::fmt::Display);
                let extra_nl = Als(ander, " Het hoort bij de regeling ", ".", "");
                let extra_en = Als(ander, " It belongs to the regulation ", ".", "");
                t.meld(
                    Code::ThemaNietVanRegeling,
                    ernst_van(regel),
                    format_args!("/activiteiten/{}/thema", act.index),
                    format_args!("Het thema \"{id}\" van activiteit {wie} hoort niet bij {} ({}).{extra_nl} Kies uit: {nl}.", r.citeertitel, r.id),
                    format_args!("The theme \"{id}\" of activity {wie} is not part of {} ({}).{extra_en} Choose from: {en}.", r.citeertitel, r.id),
                    regel,
                );
            }
        },
        Veld::Ontbreekt => t.ontbreekt(
            format_args!("/activiteiten/{}/thema", act.index),
            format_args!("Het thema van activiteit {wie} ontbreekt."),
            format_args!("The theme of activity {wie} is missing."),
            regel,
        ),
        Veld::Ongeldig => {}
    }
}

/// The theme id of an activity, if it is a theme of the chosen regulation.
fn geldig_thema<'a>(t: &Toetsing<'_>, act: &'a Activiteit) -> Option<&'a str> {
    let id = act.thema.waarde()?;
    t.regeling?.thema(id).map(|_| id.as_str())
}

fn resultaat(t: &mut Toetsing<'_>, act: &Activiteit, thema: Option<&str>) {
    let Some(regel) = t.regel(RegelId::ResultaatBinnenFocusgebied, thema) else {
        return;
    };
    let wie = Label(act);
    match act.binnen_focusgebied {
        Veld::Is(false) => t.schending(
            Code::ResultaatBuitenFocusgebied,
            regel,
            format_args!("/activiteiten/{}/binnen_focusgebied", act.index),
            format_args!("De resultaten van activiteit {wie} vallen niet binnen het focusgebied. {}", regel.omschrijving.nl),
            format_args!("The results of activity {wie} do not fall within the focus area. {}", regel.omschrijving.en),
        ),
        Veld::Ontbreekt => t.ontbreekt(
            format_args!("/activiteiten/{}/binnen_focusgebied", act.index),
            format_args!("Ontbreekt: of de resultaten van activiteit {wie} binnen het focusgebied vallen (true of false)."),
            format_args!("Missing: whether the results of activity {wie} fall within the focus area (true or false)."),
            Some(regel),
        ),
        _ => {}
    }
}

fn doelgroep(t: &mut Toetsing<'_>, act: &Activiteit, thema: Option<&str>) {
    let wie = Label(act);
    // Only a rule limited to this theme applies: there is no general age rule.
    let regel = t
        .regel(RegelId::JongeKindLeeftijd, thema)
        .filter(|r| thema.is_some_and(|th| r.themas.iter().any(|x| x == th)));
    let d = match &act.doelgroep {
        Veld::Is(d) => d,
        Veld::Ontbreekt => {
            if let Some(regel) = regel {
                t.meld(
                    Code::GeenDoelgroep,
                    Ernst::Info,
                    format_args!("/activiteiten/{}/doelgroep", act.index),
                    format_args!("Activiteit {wie} noemt geen doelgroep; of het om kinderen van de juiste leeftijd gaat is niet getoetst."),
                    format_args!("Activity {wie} states no target group; whether it concerns children of the right age was not checked."),
                    Some(regel),
                );
            }
            return;
        }
        Veld::Ongeldig => return,
    };
    let van = d.leeftijd_van.waarde().copied();
    let tot = d.leeftijd_tot_en_met.waarde().copied();
    if let (Some(v), Some(b)) = (van, tot) {
        if v > b {
            t.meld(
                Code::LeeftijdOngeldig,
                Ernst::Fout,
                format_args!("/activiteiten/{}/doelgroep/leeftijd_tot_en_met", act.index),
                format_args!("De leeftijd tot en met ({b}) is lager dan de leeftijd van ({v})."),
                format_args!("The upper age ({b}) is lower than the lower age ({v})."),
                None,
            );
            return;
        }
    }
    let Some(regel) = regel else { return };
    let Some((min, max)) = regel.leeftijden() else {
        return;
    };
    // The source says "van 0 tot 4 jaar" (under four): in whole years 0 up to and including 3.
    let onder = max.saturating_add(1);
    if let Some(v) = van.filter(|v| *v < min) {
        t.schending(
            Code::LeeftijdBuitenDoelgroep,
            regel,
            format_args!("/activiteiten/{}/doelgroep/leeftijd_van", act.index),
            format_args!("Activiteit {wie} begint bij {v} jaar; het thema richt zich op kinderen van {min} tot {onder} jaar (in hele jaren {min} tot en met {max})."),
            format_args!("Activity {wie} starts at age {v}; the theme targets children aged {min} to {onder}, under {onder} (in whole years {min} up to and including {max})."),
        );
    }
    if let Some(b) = tot.filter(|b| *b > max) {
        t.schending(
            Code::LeeftijdBuitenDoelgroep,
            regel,
            format_args!("/activiteiten/{}/doelgroep/leeftijd_tot_en_met", act.index),
            format_args!("Activiteit {wie} loopt tot en met {b} jaar; het thema richt zich op kinderen van {min} tot {onder} jaar die nog niet naar school gaan (in hele jaren {min} tot en met {max})."),
            format_args!("Activity {wie} runs up to and including age {b}; the theme targets children aged {min} to {onder} (under {onder}) who do not yet go to school (in whole years {min} up to and including {max})."),
        );
    }
}
