//! The alliantie facts (tranche 2, art. 1 definition; as conditions afgeleid, so they only warn).

use super::Toetsing;
use crate::aanvraag::{Aanvraag, Veld};

/// Per fact: its field, its rule, its code, and what it says in Dutch and English.
const FEITEN: &[(&str, &str, &str, &str, &str)] = &[
    (
        "voorzitter_burgemeester",
        "alliantie_voorzitter_burgemeester",
        "KW-ALLIANTIE-001",
        "de burgemeester zit de alliantie voor",
        "the mayor chairs the alliance",
    ),
    (
        "gebiedsplan",
        "alliantie_gebiedsplan",
        "KW-ALLIANTIE-002",
        "er is een integraal langjarig gebiedsplan",
        "there is an integral multi-year area plan",
    ),
    (
        "uitvoeringsprogramma",
        "alliantie_uitvoeringsprogramma",
        "KW-ALLIANTIE-003",
        "er is een uitvoeringsprogramma",
        "there is an implementation programme",
    ),
    (
        "inwoners_betrokken",
        "alliantie_inwoners_betrokken",
        "KW-ALLIANTIE-004",
        "inwoners zijn betrokken",
        "residents are involved",
    ),
];

/// Check the four alliance facts, where the regulation has alliance rules.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag) {
    if t.regel(FEITEN[0].1, None).is_none() {
        return; // tranche 1 has no alliantie conditions
    }
    let alliantie = match &a.alliantie {
        Veld::Is(x) => x,
        Veld::Ongeldig => return,
        Veld::Ontbreekt => {
            t.ontbreekt(
                format_args!("/alliantie"),
                format_args!("De gegevens over de NPLV-alliantie ontbreken (voorzitter, gebiedsplan, uitvoeringsprogramma, inwoners)."),
                format_args!("The facts about the NPLV alliance are missing (chair, area plan, implementation programme, residents)."),
                t.regel(FEITEN[0].1, None),
            );
            return;
        }
    };
    let velden = [
        &alliantie.voorzitter_burgemeester,
        &alliantie.gebiedsplan,
        &alliantie.uitvoeringsprogramma,
        &alliantie.inwoners_betrokken,
    ];
    for ((veld, regel_id, code, nl, en), waarde) in FEITEN.iter().zip(velden) {
        let Some(regel) = t.regel(regel_id, None) else {
            continue;
        };
        match waarde {
            Veld::Is(false) => t.schending(
                code,
                regel,
                format_args!("/alliantie/{veld}"),
                format_args!("Niet voldaan: {nl}. {}", regel.omschrijving.nl),
                format_args!("Not met: {en}. {}", regel.omschrijving.en),
            ),
            Veld::Ontbreekt => t.ontbreekt(
                format_args!("/alliantie/{veld}"),
                format_args!("Ontbreekt: of {nl} (true of false)."),
                format_args!("Missing: whether {en} (true or false)."),
                Some(regel),
            ),
            _ => {}
        }
    }
}
