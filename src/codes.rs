//! The finding codes: stable, documented, never reused for another rule.
//!
//! A form may map these codes to its own texts. The README's table is checked against this list by
//! a test, so the two cannot drift apart.

/// One finding code: `(code, possible ernst, what it means in Dutch, in English)`.
pub type CodeRegel = (&'static str, &'static str, &'static str, &'static str);

/// Every code the checker can emit, in the order of the README table.
pub const CODES: &[CodeRegel] = &[
    (
        "KW-INVOER-001",
        "fout",
        "De invoer is geen JSON.",
        "The input is not JSON.",
    ),
    (
        "KW-INVOER-002",
        "fout",
        "Een veld heeft het verkeerde type.",
        "A field has the wrong type.",
    ),
    (
        "KW-INVOER-003",
        "info",
        "Onbekend veld; het wordt genegeerd.",
        "Unknown field; it is ignored.",
    ),
    (
        "KW-INVOER-004",
        "fout",
        "Meer dan 100.000 bevindingen; de rest is weggelaten.",
        "More than 100,000 findings; the rest is left out.",
    ),
    (
        "KW-ONTBREEKT-001",
        "ontbreekt",
        "Een benodigd gegeven ontbreekt.",
        "A needed fact is missing.",
    ),
    (
        "KW-REGELING-001",
        "fout",
        "Onbekende regeling.",
        "Unknown regulation.",
    ),
    (
        "KW-REGELING-002",
        "info",
        "De regeling is gekozen op de datum van indienen (of op de jaren of thema's van de aanvraag).",
        "The regulation was chosen by the submission date (or by the aanvraag's years or themes).",
    ),
    (
        "KW-REGELING-003",
        "fout",
        "Geen regeling past bij de datum van indienen.",
        "No regulation fits the submission date.",
    ),
    (
        "KW-DATUM-001",
        "fout",
        "Geen geldige datum (JJJJ-MM-DD).",
        "Not a valid date (YYYY-MM-DD).",
    ),
    (
        "KW-PERIODE-001",
        "fout",
        "Ingediend vóór de aanvraagperiode.",
        "Submitted before the application window.",
    ),
    (
        "KW-PERIODE-002",
        "fout",
        "Ingediend na de aanvraagperiode.",
        "Submitted after the application window.",
    ),
    (
        "KW-PERIODE-003",
        "info",
        "Einde van de aanvraagperiode onbekend; niet getoetst.",
        "End of the application window unknown; not checked.",
    ),
    (
        "KW-PERIODE-004",
        "waarschuwing",
        "Ingediend na de toekenning, dus waarschijnlijk na de aanvraagperiode (afgeleid).",
        "Submitted after the awards, so probably after the application window (inferred).",
    ),
    (
        "KW-GEMEENTE-001",
        "fout",
        "Gemeente onbekend of zonder focusgebied.",
        "Gemeente unknown or without a focus area.",
    ),
    (
        "KW-GEBIED-001",
        "fout",
        "Onbekend focusgebied.",
        "Unknown focus area.",
    ),
    (
        "KW-GEBIED-002",
        "fout",
        "Het focusgebied ligt niet in de gemeente.",
        "The focus area does not lie in the gemeente.",
    ),
    (
        "KW-ALLIANTIE-001",
        "waarschuwing",
        "De alliantie wordt niet door de burgemeester voorgezeten.",
        "The alliance is not chaired by the mayor.",
    ),
    (
        "KW-ALLIANTIE-002",
        "waarschuwing",
        "Er is geen integraal langjarig gebiedsplan.",
        "There is no integral multi-year area plan.",
    ),
    (
        "KW-ALLIANTIE-003",
        "waarschuwing",
        "Er is geen uitvoeringsprogramma.",
        "There is no implementation programme.",
    ),
    (
        "KW-ALLIANTIE-004",
        "waarschuwing",
        "Inwoners zijn niet betrokken.",
        "Residents are not involved.",
    ),
    (
        "KW-ACTIVITEIT-001",
        "ontbreekt",
        "De aanvraag heeft geen activiteiten.",
        "The application has no activities.",
    ),
    (
        "KW-ACTIVITEIT-002",
        "fout",
        "Activiteit-id komt vaker voor.",
        "Activity id is not unique.",
    ),
    (
        "KW-ACTIVITEIT-003",
        "fout",
        "Naam van de activiteit is leeg.",
        "Activity name is empty.",
    ),
    (
        "KW-ACTIVITEIT-004",
        "fout",
        "Id van de activiteit is leeg.",
        "Activity id is empty.",
    ),
    (
        "KW-THEMA-001",
        "fout",
        "Thema hoort niet bij deze regeling.",
        "Theme does not belong to this regulation.",
    ),
    (
        "KW-CATEGORIE-001",
        "waarschuwing",
        "Categorie hoort niet bij het thema.",
        "Category does not belong to the theme.",
    ),
    (
        "KW-RESULTAAT-001",
        "fout / waarschuwing",
        "Resultaten vallen niet binnen het focusgebied.",
        "Results do not fall within the focus area.",
    ),
    (
        "KW-DOELGROEP-001",
        "waarschuwing",
        "Leeftijden buiten de doelgroep van het thema.",
        "Ages outside the theme's target group.",
    ),
    (
        "KW-DOELGROEP-002",
        "fout",
        "Leeftijdsgrenzen tegenstrijdig of ongeldig.",
        "Age bounds contradict each other or are invalid.",
    ),
    (
        "KW-DOELGROEP-003",
        "info",
        "Geen doelgroep opgegeven; leeftijd niet getoetst.",
        "No target group given; age not checked.",
    ),
    (
        "KW-BEGROTING-001",
        "ontbreekt",
        "De activiteit heeft geen begroting.",
        "The activity has no budget.",
    ),
    (
        "KW-JAAR-001",
        "fout",
        "Jaar valt buiten de jaren van de regeling.",
        "Year is outside the regulation's years.",
    ),
    (
        "KW-JAAR-002",
        "fout",
        "Jaar is geen geheel getal.",
        "Year is not a whole number.",
    ),
    (
        "KW-BEDRAG-001",
        "fout",
        "Bedrag is niet positief.",
        "Amount is not positive.",
    ),
    (
        "KW-BEDRAG-002",
        "fout",
        "Bedrag heeft meer dan twee decimalen.",
        "Amount has more than two decimals.",
    ),
    (
        "KW-BEDRAG-003",
        "fout",
        "Bedrag is onleesbaar.",
        "Amount cannot be read.",
    ),
    (
        "KW-BEDRAG-004",
        "fout",
        "Totaal te groot om te rekenen (niet meer gegeven: totalen zijn altijd exact).",
        "Total too large to compute (no longer given: totals are always exact).",
    ),
    (
        "KW-OVERLOOP-001",
        "fout",
        "Besteding later dan het volgende kalenderjaar (tranche 1).",
        "Spending later than the next calendar year (tranche 1).",
    ),
    (
        "KW-OVERLOOP-002",
        "fout",
        "Besteding na het laatste jaar van de regeling (tranche 2).",
        "Spending after the regulation's last year (tranche 2).",
    ),
    (
        "KW-OVERLOOP-003",
        "waarschuwing",
        "Besteding vóór het jaar van toekenning.",
        "Spending before the allocation year.",
    ),
    (
        "KW-SOORT-001",
        "fout",
        "Onbekende soort begrotingsregel.",
        "Unknown kind of budget line.",
    ),
    (
        "KW-OPSLAG-001",
        "fout / waarschuwing",
        "Procentuele opslag voor capaciteit of overhead.",
        "Percentage surcharge for capacity or overhead.",
    ),
    (
        "KW-COALITIE-001",
        "ontbreekt",
        "School en Omgeving zonder scholen in de coalitie.",
        "School and Surroundings without coalition schools.",
    ),
    (
        "KW-COALITIE-002",
        "fout / waarschuwing",
        "Minder dan 85 % van de scholen ligt in het focusgebied.",
        "Less than 85 % of the schools lie in the focus area.",
    ),
    (
        "KW-PLAFOND-001",
        "fout / waarschuwing",
        "Totaal per geldstroom boven het budget van die geldstroom.",
        "Total per funding stream above that stream's budget.",
    ),
    (
        "KW-PLAFOND-002",
        "fout / waarschuwing",
        "Totaal boven het budget van de regeling.",
        "Total above the regulation's budget.",
    ),
    (
        "KW-PLAFOND-003",
        "info",
        "Budget per geldstroom onbekend; niet getoetst.",
        "Budget per funding stream unknown; not checked.",
    ),
    (
        "KW-MAXIMUM-001",
        "fout / waarschuwing",
        "Boven het maximum voor dit focusgebied.",
        "Above the maximum for this focus area.",
    ),
    (
        "KW-MAXIMUM-002",
        "info",
        "Maximum per focusgebied onbekend; niet getoetst.",
        "Maximum per focus area unknown; not checked.",
    ),
    (
        "KW-PROGRAMMA-001",
        "info",
        "Bedrag programmaondersteuning onbekend; niet getoetst.",
        "Programme-support amount unknown; not checked.",
    ),
    (
        "KW-PROGRAMMA-002",
        "fout / waarschuwing",
        "Programmaondersteuning boven het vaste bedrag (per jaar of voor de looptijd, zoals de regelset zegt).",
        "Programme support above the fixed amount (per year or for the period, as the rule set says).",
    ),
];

/// Whether `code` is a documented finding code.
pub fn bekend(code: &str) -> bool {
    CODES.iter().any(|c| c.0 == code)
}
