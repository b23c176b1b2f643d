//! The money: totals per funding stream, theme and year; the ceilings per funding stream; the
//! maxima per area (when a rule set supplies them) and the fixed programme-support amount.

use super::{activiteiten, Als, Euro, EuroEn, Toetsing};
use crate::base::kaart::Kaart;
use crate::base::tekst::Reeks;
use crate::base::volgorde::{groepen, volgorde};
use crate::beoordeling::{Bedrag, Bron, Ernst, Totalen};
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Veld};
use crate::regels::{
    controle, Focusgebied, Geldstroom, Maximum, Regel, RegelId, Regelset, Thema, Zekerheid,
};
use rust_decimal::Decimal;

/// One readable amount: (activity index, theme as typed, allocation year, amount).
struct Post<'a> {
    activiteit: usize,
    thema: Option<&'a str>,
    jaar: Option<i64>,
    bedrag: Decimal,
}

fn posten(a: &Aanvraag) -> Vec<Post<'_>> {
    let mut uit = Vec::new();
    for act in activiteiten(a) {
        let Veld::Is(begrotingsregels) = &act.begroting else {
            continue;
        };
        for br in begrotingsregels {
            if let Veld::Is(b) = br.bedrag {
                uit.push(Post {
                    activiteit: act.index,
                    thema: act.thema.waarde().map(String::as_str),
                    jaar: br.jaar.waarde().copied(),
                    bedrag: b,
                });
            }
        }
    }
    uit
}

/// `som + bedrag`, exactly however large (see [`Bedrag`]): every sum of the engine goes
/// through here, so the addition is linked once rather than inlined at each sum.
#[inline(never)]
fn deel(som: Bedrag, bedrag: Decimal) -> Bedrag {
    som.plus(bedrag)
}

/// `n` sums at zero (pushed: `vec![Bedrag::default(); n]` links a clone loop).
fn nullen(n: usize) -> Vec<Bedrag> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(Bedrag::default());
    }
    v
}

/// The totals per funding stream (each stream once), keyed in order as the beoordeling shows them.
fn stromen(l: &[(&str, Bedrag)]) -> Kaart<Bedrag> {
    let mut uit = Kaart::new();
    for i in volgorde(l.len(), &|x, y| l[x].0.cmp(l[y].0)) {
        uit.achteraan(l[i].0.to_string(), l[i].1);
    }
    uit
}

/// Compute the totals and check them against ceilings, maxima and the programme-support amount.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag, gebied: Option<&Focusgebied>) -> Totalen {
    let posten = posten(a);
    let regeling = t.regeling;
    // Every funding stream of the regulation (also those left at zero), then any other a theme
    // draws on. A handful, from the rule set: a list is enough.
    let mut per_stroom: Vec<(&str, Bedrag)> = Vec::new();
    let alle: &[Geldstroom] = regeling.map_or(&[], |r| &r.geldstroom);
    for s in alle {
        if !per_stroom.iter().any(|(k, _)| *k == s.id) {
            per_stroom.push((&s.id, Bedrag::default()));
        }
    }
    // The (theme, year) of every amount, as keyed in the totals; numbered in key order. A theme
    // is keyed by its id only when the rule set knows it (in any regulation): a typed text as a
    // key could be a reader's magic key (issue 10: `$serde_json::private::Number` made the
    // output unreadable for serde_json), so any other theme is `onbekend`, as a missing one.
    let mut vakken: Vec<(&str, String)> = Vec::with_capacity(posten.len());
    for p in &posten {
        let jaar = p.jaar.map(|j| j.to_string());
        let thema = p
            .thema
            .filter(|th| t.set.regelingen.iter().any(|r| r.thema(th).is_some()));
        vakken.push((
            thema.unwrap_or("onbekend"),
            jaar.unwrap_or_else(|| "onbekend".into()),
        ));
    }
    let (vak_van, eerste) = groepen(vakken.len(), &|x, y| vakken[x].cmp(&vakken[y]));
    let mut sommen = nullen(eerste.len());
    // Exact sums (a total beyond a Decimal's range is still a total: it exceeds every ceiling).
    let mut totaal = Bedrag::default();
    for (p, &v) in posten.iter().zip(&vak_van) {
        let stroom = p
            .thema
            .and_then(|th| regeling?.thema(th))
            .map(|th| th.geldstroom.as_ref());
        totaal = deel(totaal, p.bedrag);
        sommen[v] = deel(sommen[v], p.bedrag);
        if let Some(s) = stroom {
            let i = match per_stroom.iter().position(|(k, _)| *k == s) {
                Some(i) => i,
                None => {
                    per_stroom.push((s, Bedrag::default()));
                    per_stroom.len() - 1
                }
            };
            per_stroom[i].1 = deel(per_stroom[i].1, p.bedrag);
        }
    }
    let mut totalen = Totalen {
        aangevraagd: totaal,
        per_geldstroom: stromen(&per_stroom),
        per_thema: Kaart::new(),
    };
    for (&i, &som) in eerste.iter().zip(&sommen) {
        let (thema, jaar) = &vakken[i];
        match totalen.per_thema.laatste_mut() {
            Some((th, jaren)) if th == *thema => jaren.achteraan(jaar.clone(), som),
            _ => {
                let mut jaren = Kaart::new();
                jaren.achteraan(jaar.clone(), som);
                totalen.per_thema.achteraan(thema.to_string(), jaren);
            }
        }
    }

    if t.regeling.is_some() && !posten.is_empty() {
        plafonds(t, totaal, &totalen.per_geldstroom);
        if let Some(g) = gebied {
            maxima(t, a, g, &posten);
        }
        programmaondersteuning(t, &posten);
    }
    totalen
}

/// The source of a finding that rests on amounts rather than on a rule: the ceilings and maxima.
fn bron(
    set: &Regelset,
    sleutel: &str,
    artikel: Option<&str>,
    zekerheid: Zekerheid,
    toelichting: Option<(String, String)>,
) -> Bron {
    let (vindplaats, url) = set.vindplaats(sleutel);
    let (toelichting, toelichting_en) = toelichting.unzip();
    Bron {
        vindplaats: vindplaats.into(),
        artikel: artikel.map(str::to_string),
        artikel_en: artikel.and_then(crate::beoordeling::artikel_en),
        url: url.into(),
        zekerheid,
        toelichting,
        toelichting_en,
    }
}

/// The ceiling of funding stream `s`, when it is known.
fn plafond(s: &Geldstroom) -> Option<Decimal> {
    s.plafond.as_deref().and_then(controle::lees_bedrag)
}

fn plafonds(t: &mut Toetsing<'_>, totaal: Bedrag, per_stroom: &Kaart<Bedrag>) {
    let Some(r) = t.regeling else { return };
    if let Some(regel) = r.regel(RegelId::PlafondPerGeldstroom, None) {
        let mut onbekend = false;
        for s in r.geldstroom.iter() {
            let gevraagd = per_stroom.get(&s.id).copied().unwrap_or_default();
            match plafond(s).map(Bedrag::van) {
                Some(plafond) if gevraagd > plafond => {
                    // As certain as its least certain part: the ceiling, and which themes draw on
                    // this stream (not the rule's own zekerheid, which says whether the ceilings
                    // are known at all).
                    // (Loops rather than max(): each max() links a fold per iterator.)
                    let mut koppeling = None;
                    for th in r.thema.iter() {
                        if th.geldstroom == s.id {
                            koppeling = koppeling.max(Some(th.geldstroom_zekerheid));
                        }
                    }
                    let koppeling = koppeling.unwrap_or(Zekerheid::Afgeleid);
                    let ernst = Ernst::voor(s.zekerheid.max(koppeling));
                    let (g_en, p_en) = (EuroEn(gevraagd), EuroEn(plafond));
                    let (gevraagd, plafond) = (Euro(gevraagd), Euro(plafond));
                    t.meld(
                        Code::BovenPlafondGeldstroom,
                        ernst,
                        format_args!("/activiteiten"),
                        format_args!("Voor geldstroom {} wordt {gevraagd} gevraagd, meer dan het totale budget van {plafond} voor alle gebieden samen.", s.id),
                        format_args!("{g_en} is requested from funding stream {}, more than its total budget of {p_en} for all areas together.", s.id),
                        Some(regel),
                    );
                }
                Some(_) => {}
                None => onbekend = true,
            }
        }
        if onbekend && regel.zekerheid == Zekerheid::Onbekend {
            let onbekend = r.geldstroom.iter().filter(|s| plafond(s).is_none());
            let onbekend = Reeks(onbekend.map(|s| s.id.as_ref()), ", ");
            t.meld(
                Code::PlafondGeldstroomOnbekend,
                Ernst::Info,
                format_args!("/activiteiten"),
                format_args!("Het budget per geldstroom ({onbekend}) is niet openbaar bekend; het totaal per geldstroom is niet getoetst."),
                format_args!("The budget per funding stream ({onbekend}) is not publicly known; the total per stream was not checked."),
                Some(regel),
            );
        }
    }
    // Whatever stream a theme draws on, the whole aanvraag cannot exceed all ceilings together:
    // that needs no assumption about the streams, so it is as certain as the ceilings.
    // None when a ceiling is unknown or they are too large to add.
    let mut som = Some(Bedrag::default());
    for s in r.geldstroom.iter() {
        som = som.zip(plafond(s)).map(|(a, b)| deel(a, b));
    }
    if let (Some(som), Some(eerste)) = (som, r.geldstroom.first()) {
        let mut z = eerste.zekerheid;
        for s in r.geldstroom.iter() {
            z = z.max(s.zekerheid);
        }
        if totaal > som {
            let toelichting = (
                "De som van de budgetten van alle geldstromen samen.".into(),
                "The sum of the budgets of all funding streams together.".into(),
            );
            let bron = bron(t.set, &eerste.bron, None, z, Some(toelichting));
            let (t_en, s_en) = (EuroEn(totaal), EuroEn(som));
            let (totaal, som) = (Euro(totaal), Euro(som));
            t.voeg_toe(
                Code::BovenTotaalPlafond,
                Ernst::voor(z),
                format_args!("/activiteiten"),
                format_args!("Er wordt {totaal} gevraagd, meer dan de {som} van alle geldstromen samen voor alle gebieden."),
                format_args!("{t_en} is requested, more than the {s_en} of all funding streams together for all areas."),
                Some(bron),
            );
        }
    }
    if let Some(regel) = r.regel(RegelId::TotaalPlafond, None) {
        if let Some(plafond) = regel.decimaal() {
            let plafond = Bedrag::van(plafond);
            if totaal > plafond {
                let (t_en, p_en) = (EuroEn(totaal), EuroEn(plafond));
                let (totaal, plafond) = (Euro(totaal), Euro(plafond));
                t.schending(
                    Code::BovenTotaalPlafond,
                    regel,
                    format_args!("/activiteiten"),
                    format_args!("Er wordt {totaal} gevraagd, meer dan het budget van {}{plafond} voor alle gebieden samen.", if regel.zekerheid == Zekerheid::Geverifieerd { "" } else { "ongeveer " }),
                    format_args!("{t_en} is requested, more than the budget of {}{p_en} for all areas together.", if regel.zekerheid == Zekerheid::Geverifieerd { "" } else { "about " }),
                );
            }
        }
    }
}

fn maxima(t: &mut Toetsing<'_>, a: &Aanvraag, g: &Focusgebied, posten: &[Post<'_>]) {
    let Some(r) = t.regeling else { return };
    // Themes in document order of their first activity.
    let mut themas: Vec<(&Thema, usize)> = Vec::new();
    for act in activiteiten(a) {
        if let Some(th) = act.thema.waarde().and_then(|th| r.thema(th)) {
            if !themas.iter().any(|(x, _)| x.id == th.id) {
                themas.push((th, act.index));
            }
        }
    }
    for &(th, eerste) in &themas {
        let (thema, naam) = (th.id.as_ref(), &th.naam);
        let geldt = |m: &Maximum| m.focusgebied == g.id && m.thema == thema;
        let regel = r.regel(RegelId::MaximumPerGebied, Some(thema));
        if !r.maximum.iter().any(geldt) {
            if let Some(regel) = regel.filter(|x| x.zekerheid == Zekerheid::Onbekend) {
                t.meld(
                    Code::MaximumOnbekend,
                    Ernst::Info,
                    format_args!("/activiteiten/{eerste}/thema"),
                    format_args!("Het maximumbedrag voor {} in {} is niet openbaar bekend; niet getoetst. Een regelset (bijvoorbeeld uit de beschikking) kan het invullen.", naam.nl, g.naam),
                    format_args!("The maximum for {} in {} is not publicly known; not checked. A rule set (for instance from the award letter) can supply it.", naam.en, g.naam),
                    Some(regel),
                );
            }
            continue;
        }
        for m in r.maximum.iter() {
            if !geldt(m) {
                continue;
            }
            let Some(max) = controle::lees_bedrag(&m.bedrag) else {
                continue;
            };
            let max = Bedrag::van(max);
            let mut gevraagd = Bedrag::default();
            for p in posten {
                if p.thema == Some(thema) && (m.jaar.is_none() || p.jaar == m.jaar.map(i64::from)) {
                    gevraagd = deel(gevraagd, p.bedrag);
                }
            }
            if gevraagd > max {
                let jaar = m.jaar.as_ref().map(|j| j as &dyn std::fmt::Display);
                let wanneer_nl = Als(jaar, "in ", "", "over de hele looptijd");
                let wanneer_en = Als(jaar, "in ", "", "over the whole period");
                let (g_en, m_en) = (EuroEn(gevraagd), EuroEn(max));
                let (gevraagd, max) = (Euro(gevraagd), Euro(max));
                let artikel = regel.and_then(|x| x.artikel.as_deref());
                let toelichting = m
                    .bestand
                    .as_ref()
                    .map(|b| (format!("Maximum uit {b}."), format!("Maximum from {b}.")));
                let bron = bron(t.set, &m.bron, artikel, m.zekerheid, toelichting);
                t.voeg_toe(
                    Code::BovenMaximum,
                    Ernst::voor(m.zekerheid),
                    format_args!("/activiteiten/{eerste}/thema"),
                    format_args!("Voor {} {wanneer_nl} wordt {gevraagd} gevraagd, meer dan het maximum van {max} voor {}.", naam.nl, g.naam),
                    format_args!("{g_en} is requested for {} {wanneer_en}, more than the maximum of {m_en} for {}.", naam.en, g.naam),
                    Some(bron),
                );
            }
        }
    }
}

fn programmaondersteuning(t: &mut Toetsing<'_>, posten: &[Post<'_>]) {
    const THEMA: &str = "programmaondersteuning";
    let eigen = |p: &&Post<'_>| p.thema == Some(THEMA);
    let Some(eerste) = posten.iter().find(eigen) else {
        return;
    };
    // Whether the fixed amount is per year or for the whole tranche is not known (regeling.md
    // §3): each has its own slot, and a rule set that fills one says which.
    let per_jaar = t.regel(RegelId::ProgrammaondersteuningPerJaar, Some(THEMA));
    let per_tranche = t.regel(RegelId::ProgrammaondersteuningPerTranche, Some(THEMA));
    fn bedrag(r: Option<&Regel>) -> Option<(&Regel, Bedrag)> {
        let vast = r?.decimaal()?;
        Some((r?, Bedrag::van(vast)))
    }
    let plek = eerste.activiteit;
    let (jaarlijks, geheel) = (bedrag(per_jaar), bedrag(per_tranche));
    if jaarlijks.is_none() && geheel.is_none() {
        if let Some(regel) = per_jaar.or(per_tranche) {
            t.meld(
                Code::ProgrammaondersteuningOnbekend,
                Ernst::Info,
                format_args!("/activiteiten/{plek}/thema"),
                format_args!("Het vaste bedrag voor programmaondersteuning per gebied is niet openbaar bekend, en ook niet of het per jaar of voor de hele looptijd geldt; niet getoetst."),
                format_args!("The fixed programme-support amount per area is not publicly known, nor whether it applies per year or to the whole period; not checked."),
                Some(regel),
            );
        }
        return;
    }
    if let Some((regel, vast)) = geheel {
        let mut som = Bedrag::default();
        for p in posten.iter().filter(eigen) {
            som = deel(som, p.bedrag);
        }
        if som > vast {
            let (b_en, v_en) = (EuroEn(som), EuroEn(vast));
            let (b, vast) = (Euro(som), Euro(vast));
            t.schending(
                Code::BovenProgrammaondersteuning,
                regel,
                format_args!("/activiteiten/{plek}/thema"),
                format_args!("Voor programmaondersteuning wordt in totaal {b} gevraagd, meer dan het vaste bedrag van {vast} voor de hele looptijd dat de regelset noemt."),
                format_args!("{b_en} is requested for programme support in all, more than the fixed amount of {v_en} for the whole period that the rule set states."),
            );
        }
    }
    let Some((regel, vast)) = jaarlijks else {
        return;
    };
    // Per year in numeric order, summed in document order; the amounts by their position.
    let mut met_jaar: Vec<usize> = Vec::new();
    for (i, p) in posten.iter().enumerate() {
        if eigen(&p) && p.jaar.is_some() {
            met_jaar.push(i);
        }
    }
    let jaar = |i: usize| posten[met_jaar[i]].jaar;
    let (jaar_van, eerste) = groepen(met_jaar.len(), &|x, y| jaar(x).cmp(&jaar(y)));
    let mut sommen = nullen(eerste.len());
    for (&i, &g) in met_jaar.iter().zip(&jaar_van) {
        sommen[g] = deel(sommen[g], posten[i].bedrag);
    }
    for (&i, &b) in eerste.iter().zip(&sommen) {
        let Some(j) = jaar(i).filter(|_| b > vast) else {
            continue;
        };
        let (b_en, v_en) = (EuroEn(b), EuroEn(vast));
        let (b, vast) = (Euro(b), Euro(vast));
        t.schending(
            Code::BovenProgrammaondersteuning,
            regel,
            format_args!("/activiteiten/{plek}/thema"),
            format_args!("Voor programmaondersteuning in {j} wordt {b} gevraagd, meer dan het vaste bedrag van {vast} per jaar dat de regelset noemt."),
            format_args!("{b_en} is requested for programme support in {j}, more than the fixed amount of {v_en} a year that the rule set states."),
        );
    }
}
