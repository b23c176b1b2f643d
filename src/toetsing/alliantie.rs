//! The alliantie facts (tranche 2, art. 1 definition; as conditions afgeleid, so they only warn).

use super::Toetsing;
use crate::codes::Code;
use crate::input::aanvraag::{Aanvraag, Veld};
use crate::regels::RegelId;

/// One alliance fact: its field, its rule, its code, and what it says in Dutch and English.
struct Feit {
    veld: &'static str,
    regel: RegelId,
    code: Code,
    nl: &'static str,
    en: &'static str,
}

const FEITEN: &[Feit] = &[
    Feit {
        veld: "voorzitter_burgemeester",
        regel: RegelId::AlliantieVoorzitterBurgemeester,
        code: Code::AlliantieVoorzitter,
        nl: "de burgemeester zit de alliantie voor",
        en: "the mayor chairs the alliance",
    },
    Feit {
        veld: "gebiedsplan",
        regel: RegelId::AlliantieGebiedsplan,
        code: Code::AlliantieGebiedsplan,
        nl: "er is een integraal langjarig gebiedsplan",
        en: "there is an integral multi-year area plan",
    },
    Feit {
        veld: "uitvoeringsprogramma",
        regel: RegelId::AlliantieUitvoeringsprogramma,
        code: Code::AlliantieUitvoeringsprogramma,
        nl: "er is een uitvoeringsprogramma",
        en: "there is an implementation programme",
    },
    Feit {
        veld: "inwoners_betrokken",
        regel: RegelId::AlliantieInwonersBetrokken,
        code: Code::AlliantieInwoners,
        nl: "inwoners zijn betrokken",
        en: "residents are involved",
    },
];

/// Check the four alliance facts, where the regulation has alliance rules.
pub(super) fn toets(t: &mut Toetsing<'_>, a: &Aanvraag) {
    if t.regel(FEITEN[0].regel, None).is_none() {
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
                t.regel(FEITEN[0].regel, None),
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
    for (feit, waarde) in FEITEN.iter().zip(velden) {
        let Feit {
            veld, code, nl, en, ..
        } = *feit;
        let Some(regel) = t.regel(feit.regel, None) else {
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
