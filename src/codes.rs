//! The finding codes: one [`Code`] per code, stable, documented, never reused for another rule.
//!
//! A form may map these codes to its own texts. The README's table is checked against this list by
//! a test, so the two cannot drift apart; the engine and the reader name codes only by [`Code`].

use crate::regels::RegelId;

macro_rules! codes {
    ($($naam:ident = $code:literal, $ernst:literal, [$($regel:ident),*], $nl:literal, $en:literal;)*) => {
        /// A finding code. Its doc text, ernst and rules are in [`CODES`] (see [`Code::uitleg`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $nl] $naam,)*
        }

        impl Code {
            /// Every code, in the order of the README table.
            pub const ALLE: &'static [Code] = &[$(Code::$naam),*];

            /// The code as the beoordeling writes it (`"KW-…"`).
            pub const fn tekst(self) -> &'static str {
                match self {
                    $(Code::$naam => $code,)*
                }
            }
        }

        /// Every code the checker can emit, with what it means, in the order of the README table.
        pub const CODES: &[CodeUitleg] = &[
            $(CodeUitleg {
                code: Code::$naam,
                ernst: $ernst,
                regels: &[$(RegelId::$regel),*],
                nl: $nl,
                en: $en,
            },)*
        ];
    };
}

/// What a code means: its possible ernst, the rules it rests on, and its meaning in two languages.
#[derive(Debug, Clone, Copy)]
pub struct CodeUitleg {
    /// The code.
    pub code: Code,
    /// The ernst it can have (`"fout / waarschuwing"` when the rule's zekerheid decides).
    pub ernst: &'static str,
    /// The rules it rests on; empty for codes about the input itself.
    pub regels: &'static [RegelId],
    /// What it means, in Dutch.
    pub nl: &'static str,
    /// What it means, in English.
    pub en: &'static str,
}

impl Code {
    /// What this code means (its row in [`CODES`]).
    pub fn uitleg(self) -> &'static CodeUitleg {
        &CODES[self as usize]
    }

    /// The code with this text, or `None` when it is not a documented code.
    pub fn van_tekst(tekst: &str) -> Option<Code> {
        Code::ALLE.iter().copied().find(|c| c.tekst() == tekst)
    }
}

/// Whether `code` is a documented finding code.
pub fn bekend(code: &str) -> bool {
    Code::van_tekst(code).is_some()
}

codes! {
    NietJson = "KW-INVOER-001", "fout", [],
        "De invoer is geen JSON.",
        "The input is not JSON.";
    VerkeerdType = "KW-INVOER-002", "fout", [],
        "Een veld heeft het verkeerde type.",
        "A field has the wrong type.";
    OnbekendVeld = "KW-INVOER-003", "info", [],
        "Onbekend veld; het wordt genegeerd.",
        "Unknown field; it is ignored.";
    TeVeelBevindingen = "KW-INVOER-004", "fout", [],
        "Meer dan 100.000 bevindingen; de rest is weggelaten.",
        "More than 100,000 findings; the rest is left out.";
    Ontbreekt = "KW-ONTBREEKT-001", "ontbreekt", [],
        "Een benodigd gegeven ontbreekt.",
        "A needed fact is missing.";
    OnbekendeRegeling = "KW-REGELING-001", "fout", [],
        "Onbekende regeling.",
        "Unknown regulation.";
    RegelingGekozen = "KW-REGELING-002", "info", [AanvraagperiodeVan, AanvraagperiodeTotEnMet],
        "De regeling is gekozen op de datum van indienen (of op de jaren of thema's van de aanvraag).",
        "The regulation was chosen by the submission date (or by the aanvraag's years or themes).";
    GeenRegeling = "KW-REGELING-003", "fout", [AanvraagperiodeVan, AanvraagperiodeTotEnMet],
        "Geen regeling past bij de datum van indienen.",
        "No regulation fits the submission date.";
    OngeldigeDatum = "KW-DATUM-001", "fout", [],
        "Geen geldige datum (JJJJ-MM-DD).",
        "Not a valid date (YYYY-MM-DD).";
    VoorAanvraagperiode = "KW-PERIODE-001", "fout", [AanvraagperiodeVan],
        "Ingediend vóór de aanvraagperiode.",
        "Submitted before the application window.";
    NaAanvraagperiode = "KW-PERIODE-002", "fout", [AanvraagperiodeTotEnMet],
        "Ingediend na de aanvraagperiode.",
        "Submitted after the application window.";
    EindeAanvraagperiodeOnbekend = "KW-PERIODE-003", "info", [AanvraagperiodeTotEnMet],
        "Einde van de aanvraagperiode onbekend; niet getoetst.",
        "End of the application window unknown; not checked.";
    NaToekenning = "KW-PERIODE-004", "waarschuwing", [AanvraagperiodeAfgeleidUiterlijk],
        "Ingediend na de toekenning, dus waarschijnlijk na de aanvraagperiode (afgeleid).",
        "Submitted after the awards, so probably after the application window (inferred).";
    GemeenteOnbekend = "KW-GEMEENTE-001", "fout", [AanvragerGemeente],
        "Gemeente onbekend of zonder focusgebied.",
        "Gemeente unknown or without a focus area.";
    FocusgebiedOnbekend = "KW-GEBIED-001", "fout", [FocusgebiedInGemeente],
        "Onbekend focusgebied.",
        "Unknown focus area.";
    FocusgebiedNietInGemeente = "KW-GEBIED-002", "fout", [FocusgebiedInGemeente],
        "Het focusgebied ligt niet in de gemeente.",
        "The focus area does not lie in the gemeente.";
    AlliantieVoorzitter = "KW-ALLIANTIE-001", "waarschuwing", [AlliantieVoorzitterBurgemeester],
        "De alliantie wordt niet door de burgemeester voorgezeten.",
        "The alliance is not chaired by the mayor.";
    AlliantieGebiedsplan = "KW-ALLIANTIE-002", "waarschuwing", [AlliantieGebiedsplan],
        "Er is geen integraal langjarig gebiedsplan.",
        "There is no integral multi-year area plan.";
    AlliantieUitvoeringsprogramma = "KW-ALLIANTIE-003", "waarschuwing", [AlliantieUitvoeringsprogramma],
        "Er is geen uitvoeringsprogramma.",
        "There is no implementation programme.";
    AlliantieInwoners = "KW-ALLIANTIE-004", "waarschuwing", [AlliantieInwonersBetrokken],
        "Inwoners zijn niet betrokken.",
        "Residents are not involved.";
    GeenActiviteiten = "KW-ACTIVITEIT-001", "ontbreekt", [],
        "De aanvraag heeft geen activiteiten.",
        "The application has no activities.";
    DubbeleActiviteitId = "KW-ACTIVITEIT-002", "fout", [],
        "Activiteit-id komt vaker voor.",
        "Activity id is not unique.";
    LegeActiviteitNaam = "KW-ACTIVITEIT-003", "fout", [],
        "Naam van de activiteit is leeg.",
        "Activity name is empty.";
    LegeActiviteitId = "KW-ACTIVITEIT-004", "fout", [],
        "Id van de activiteit is leeg.",
        "Activity id is empty.";
    ThemaNietVanRegeling = "KW-THEMA-001", "fout", [ThemaVanRegeling],
        "Thema hoort niet bij deze regeling.",
        "Theme does not belong to this regulation.";
    CategorieNietVanThema = "KW-CATEGORIE-001", "waarschuwing", [CategorieVanThema],
        "Categorie hoort niet bij het thema.",
        "Category does not belong to the theme.";
    ResultaatBuitenFocusgebied = "KW-RESULTAAT-001", "fout / waarschuwing", [ResultaatBinnenFocusgebied],
        "Resultaten vallen niet binnen het focusgebied.",
        "Results do not fall within the focus area.";
    LeeftijdBuitenDoelgroep = "KW-DOELGROEP-001", "waarschuwing", [JongeKindLeeftijd],
        "Leeftijden buiten de doelgroep van het thema.",
        "Ages outside the theme's target group.";
    LeeftijdOngeldig = "KW-DOELGROEP-002", "fout", [JongeKindLeeftijd],
        "Leeftijdsgrenzen tegenstrijdig of ongeldig.",
        "Age bounds contradict each other or are invalid.";
    GeenDoelgroep = "KW-DOELGROEP-003", "info", [JongeKindLeeftijd],
        "Geen doelgroep opgegeven; leeftijd niet getoetst.",
        "No target group given; age not checked.";
    GeenBegroting = "KW-BEGROTING-001", "ontbreekt", [],
        "De activiteit heeft geen begroting.",
        "The activity has no budget.";
    JaarBuitenRegeling = "KW-JAAR-001", "fout", [Jaren],
        "Jaar valt buiten de jaren van de regeling.",
        "Year is outside the regulation's years.";
    JaarNietGeheel = "KW-JAAR-002", "fout", [],
        "Jaar is geen geheel getal.",
        "Year is not a whole number.";
    BedragNietPositief = "KW-BEDRAG-001", "fout", [],
        "Bedrag is niet positief.",
        "Amount is not positive.";
    BedragTeVeelDecimalen = "KW-BEDRAG-002", "fout", [],
        "Bedrag heeft meer dan twee decimalen.",
        "Amount has more than two decimals.";
    BedragOnleesbaar = "KW-BEDRAG-003", "fout", [],
        "Bedrag is onleesbaar.",
        "Amount cannot be read.";
    TotaalTeGroot = "KW-BEDRAG-004", "fout", [],
        "Totaal te groot om te rekenen (niet meer gegeven: totalen zijn altijd exact).",
        "Total too large to compute (no longer given: totals are always exact).";
    BestedingNaVolgendJaar = "KW-OVERLOOP-001", "fout", [OverloopVolgendJaar],
        "Besteding later dan het volgende kalenderjaar (tranche 1).",
        "Spending later than the next calendar year (tranche 1).";
    BestedingNaLaatsteJaar = "KW-OVERLOOP-002", "fout", [BestedingUiterlijkIn],
        "Besteding na het laatste jaar van de regeling (tranche 2).",
        "Spending after the regulation's last year (tranche 2).";
    BestedingVoorToekenningsjaar = "KW-OVERLOOP-003", "waarschuwing", [BestedingNietVoorToekenningsjaar],
        "Besteding vóór het jaar van toekenning.",
        "Spending before the allocation year.";
    OnbekendeSoort = "KW-SOORT-001", "fout", [],
        "Onbekende soort begrotingsregel.",
        "Unknown kind of budget line.";
    Opslag = "KW-OPSLAG-001", "fout / waarschuwing", [GeenOpslag],
        "Procentuele opslag voor capaciteit of overhead.",
        "Percentage surcharge for capacity or overhead.";
    GeenCoalitiescholen = "KW-COALITIE-001", "ontbreekt", [SoCoalitieAandeelBinnen],
        "School en Omgeving zonder scholen in de coalitie.",
        "School and Surroundings without coalition schools.";
    CoalitieAandeelTeLaag = "KW-COALITIE-002", "fout / waarschuwing", [SoCoalitieAandeelBinnen],
        "Minder dan 85 % van de scholen ligt in het focusgebied.",
        "Less than 85 % of the schools lie in the focus area.";
    PlaatsAfgeleid = "KW-PLAATS-001", "info", [SoCoalitieAandeelBinnen, ResultaatBinnenFocusgebied],
        "Waar de opgegeven buurt ligt, afgeleid uit de CBS-buurten en de buurten van het focusgebied.",
        "Where the given buurt lies, inferred from the CBS buurten and the focus area's buurten.";
    PlaatsOnbekend = "KW-PLAATS-002", "waarschuwing", [SoCoalitieAandeelBinnen, ResultaatBinnenFocusgebied],
        "De opgegeven buurt is niet (eenduidig) gevonden; de ligging is niet afgeleid.",
        "The given buurt was not found (or not uniquely); where it lies is not inferred.";
    PlaatsWijktAf = "KW-PLAATS-003", "waarschuwing", [SoCoalitieAandeelBinnen, ResultaatBinnenFocusgebied],
        "De opgegeven ligging (binnen_focusgebied) wijkt af van de afgeleide.",
        "The stated location (binnen_focusgebied) differs from the inferred one.";
    BovenPlafondGeldstroom = "KW-PLAFOND-001", "fout / waarschuwing", [PlafondPerGeldstroom],
        "Totaal per geldstroom boven het budget van die geldstroom.",
        "Total per funding stream above that stream's budget.";
    BovenTotaalPlafond = "KW-PLAFOND-002", "fout / waarschuwing", [TotaalPlafond],
        "Totaal boven het budget van de regeling.",
        "Total above the regulation's budget.";
    PlafondGeldstroomOnbekend = "KW-PLAFOND-003", "info", [PlafondPerGeldstroom],
        "Budget per geldstroom onbekend; niet getoetst.",
        "Budget per funding stream unknown; not checked.";
    BovenMaximum = "KW-MAXIMUM-001", "fout / waarschuwing", [MaximumPerGebied],
        "Boven het maximum voor dit focusgebied.",
        "Above the maximum for this focus area.";
    MaximumOnbekend = "KW-MAXIMUM-002", "info", [MaximumPerGebied],
        "Maximum per focusgebied onbekend; niet getoetst.",
        "Maximum per focus area unknown; not checked.";
    ProgrammaondersteuningOnbekend = "KW-PROGRAMMA-001", "info", [ProgrammaondersteuningPerJaar, ProgrammaondersteuningPerTranche],
        "Bedrag programmaondersteuning onbekend; niet getoetst.",
        "Programme-support amount unknown; not checked.";
    BovenProgrammaondersteuning = "KW-PROGRAMMA-002", "fout / waarschuwing", [ProgrammaondersteuningPerJaar, ProgrammaondersteuningPerTranche],
        "Programmaondersteuning boven het vaste bedrag (per jaar of voor de looptijd, zoals de regelset zegt).",
        "Programme support above the fixed amount (per year or for the period, as the rule set says).";
}

#[cfg(test)]
mod tests {
    use super::{Code, CODES};

    #[test]
    fn de_tabel_volgt_de_enum() {
        // `uitleg` indexes CODES by the enum's discriminant: the two lists must be in one order.
        assert_eq!(CODES.len(), Code::ALLE.len());
        for (i, c) in Code::ALLE.iter().enumerate() {
            assert_eq!(CODES[i].code, *c);
            assert_eq!(c.uitleg().code, *c);
        }
    }
}
