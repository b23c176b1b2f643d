// Texts of the page in Dutch (default) and English. The engine brings its own messages in both
// languages (melding.nl / melding.en); everything else the page says is here.

const TEKSTEN = {
  nl: {
    'pagina.titel': 'Aanvraag SPUK Kansrijke Wijk',
    'pagina.kop': 'Aanvraag specifieke uitkering Kansrijke Wijk',
    'pagina.intro':
      'Vul de aanvraag in. Het formulier controleert uw antwoorden tegen de Regeling kansrijke wijk zodra u een veld verlaat en als u op “Aanvraag controleren” klikt.',
    'pagina.privacy':
      'Alles gebeurt in uw eigen browser: er gaat niets over het internet en de pagina werkt ook zonder verbinding. Uw concept wordt in deze browser bewaard terwijl u typt.',
    'pagina.skiplink': 'Direct naar het formulier',
    'pagina.taalwissel': 'English',
    'pagina.taalwissel.taal': 'en',
    'pagina.taalwissel.label': 'Switch to English',
    'pagina.voet':
      'Deze toets is een hulpmiddel, geen besluit. Regels met de zekerheid “afgeleid” zijn niet letterlijk in de regeling gevonden en geven alleen een waarschuwing.',
    'pagina.versie': 'Toets versie {versie}, met de regelset met vingerafdruk (SHA-256) {hash}.',
    'pagina.laden': 'De toets wordt geladen…',
    'pagina.motorfout':
      'De toets kon niet worden geladen. U kunt het formulier invullen en bewaren, maar het wordt niet gecontroleerd. ({fout})',
    'pagina.verplicht': 'Velden zonder “(niet verplicht)” zijn nodig voor een volledige aanvraag.',

    'acties.kop': 'Bewaren, openen en afdrukken',
    'acties.exporteren': 'Aanvraag opslaan als bestand (JSON)',
    'acties.importeren': 'Aanvraag openen uit bestand (JSON)',
    'acties.importeren.uitleg': 'Het bestand vervangt wat nu in het formulier staat; u kunt dat ongedaan maken.',
    'acties.afdrukken': 'Afdrukken of opslaan als pdf',
    'acties.leegmaken': 'Formulier leegmaken',
    'acties.ongedaan': 'Ongedaan maken',
    'acties.geimporteerd': 'Het bestand “{naam}” is geopend en gecontroleerd.',
    'acties.geexporteerd': 'De aanvraag is opgeslagen als “{naam}”.',
    'acties.geleegd': 'Het formulier is leeggemaakt.',
    'acties.hersteld': 'Het vorige formulier is teruggezet.',
    'acties.hersteld.bewaard': 'Het vorige formulier is teruggezet. Wat er stond, is ook bewaard: met “Ongedaan maken” komt het terug.',
    'acties.leegmaken.vraag':
      'Het hele formulier leegmaken? Wat er nu staat, blijft in deze browser bewaard; u kunt het terugzetten, ook na het herladen van de pagina.',
    'acties.leegmaken.ja': 'Ja, formulier leegmaken',
    'acties.leegmaken.nee': 'Nee, niets veranderen',
    'acties.vorige.leegmaken': 'Het formulier is op {moment} leeggemaakt. Het formulier van daarvoor is bewaard en kan terug.',
    'acties.vorige.importeren': 'Op {moment} is het bestand “{naam}” geopend. Het formulier van daarvoor is bewaard en kan terug.',
    'acties.vorige.ander': 'Op {moment} is een versie uit een ander tabblad geopend. Het formulier van daarvoor is bewaard en kan terug.',
    'acties.vorige.weggooien': 'Vorige formulier weggooien',
    'acties.vorige.weggegooid': 'Het vorige formulier is weggegooid.',
    'tabblad.ook_open':
      'Dit formulier is ook in een ander tabblad open. Elk tabblad bewaart zijn eigen werk; niets gaat verloren, maar wijzigingen in het ene tabblad staan niet vanzelf in het andere.',
    'tabblad.opgeslagen':
      'In een ander tabblad is dit formulier om {moment} gewijzigd. Dit tabblad neemt dat niet vanzelf over. Werkt u hier verder, dan blijft de versie van het andere tabblad apart bewaard.',
    'tabblad.bewaard': 'Een versie van het concept die bij het opslaan in een ander tabblad werd vervangen, is bewaard (van {moment}).',
    'tabblad.openen': 'Die versie hier openen',
    'tabblad.weggooien': 'Die versie weggooien',
    'tabblad.geopend': 'Die versie staat nu in dit formulier.',
    'acties.importfout.json':
      'Het bestand “{naam}” is geen geldige JSON en is niet geopend. Uw formulier is niet veranderd. ({fout})',
    'acties.importfout.object':
      'Het bestand “{naam}” bevat geen aanvraag (verwacht een JSON-object). Uw formulier is niet veranderd.',
    'concept.hersteld': 'Uw concept van {moment} is teruggezet.',
    'concept.kapot': 'Het bewaarde concept kon niet worden gelezen; het formulier begint leeg. Het oude concept is apart bewaard.',

    'sectie.regeling': 'Regeling en indiening',
    'sectie.gebied': 'Gemeente en focusgebied',
    'sectie.alliantie': 'Alliantie',
    'sectie.alliantie.uitleg':
      'De NPLV-alliantie: het samenwerkingsverband in het focusgebied (definitie in de tweede tranche).',
    'sectie.coalitie': 'Coalitie School en Omgeving',
    'sectie.coalitie.uitleg':
      'Nodig als een activiteit onder het thema School en Omgeving valt. Ten minste 85 % van de scholen hoort in het focusgebied te liggen.',
    'sectie.activiteiten': 'Activiteiten',
    'sectie.activiteiten.uitleg': 'De interventies waarvoor u geld aanvraagt, met per jaar een begroting.',

    'veld.regeling': 'Regeling (tranche)',
    'veld.regeling.uitleg': 'Leeg laten: de toets kiest de tranche op basis van de datum van indienen.',
    'veld.regeling.automatisch': 'Kies op basis van de datum van indienen',
    'veld.ingediend_op': 'Datum van indienen',
    'veld.ingediend_op.uitleg': 'Bijvoorbeeld 15-07-2025.',
    'veld.gemeente': 'Gemeente',
    'veld.gemeente.kies': 'Kies een gemeente',
    'veld.focusgebied': 'Focusgebied',
    'veld.focusgebied.kies': 'Kies een focusgebied',
    'veld.focusgebied.eerstgemeente': 'Kies eerst een gemeente',
    'veld.focusgebied.uitleg': 'Alleen de focusgebieden van de gekozen gemeente staan in de lijst.',
    'veld.onbekend': '{waarde} (onbekend)',
    'veld.voorzitter_burgemeester': 'Wordt de alliantie voorgezeten door de burgemeester?',
    'veld.gebiedsplan': 'Is er een integraal, langjarig gebiedsplan?',
    'veld.uitvoeringsprogramma': 'Is er een uitvoeringsprogramma?',
    'veld.inwoners_betrokken': 'Zijn inwoners betrokken?',
    'veld.ja': 'Ja',
    'veld.nee': 'Nee',
    'veld.kies': 'Kies',
    'veld.scholen': 'Scholen in de coalitie',
    'veld.scholen.leeg': 'Er staan nog geen scholen in de coalitie.',
    'veld.scholen.telling': '{binnen} van de {totaal} scholen liggen in het focusgebied ({procent}).',
    'veld.school': 'School {n}',
    'veld.school.naam': 'Naam van de school',
    'veld.school.brin': 'BRIN (niet verplicht)',
    'veld.school.binnen_focusgebied': 'In het focusgebied?',
    'veld.school.actie': 'Actie',
    'veld.school.toevoegen': 'School toevoegen',
    'veld.school.verwijderen': 'Verwijderen',
    'veld.school.verwijderen.context': 'school {n}',
    'veld.activiteit': 'Activiteit {n}',
    'veld.activiteiten.leeg': 'Er zijn nog geen activiteiten.',
    'veld.activiteit.toevoegen': 'Activiteit toevoegen',
    'veld.activiteit.verwijderen': 'Activiteit verwijderen',
    'veld.activiteit.omhoog': 'Omhoog',
    'veld.activiteit.omlaag': 'Omlaag',
    'veld.activiteit.context': 'activiteit {n}',
    'veld.activiteit.verplaatst': 'Activiteit {naam} staat nu op plaats {n} van {totaal}.',
    'veld.activiteit.verwijderd': 'Activiteit {n} is verwijderd.',
    'veld.activiteit.toegevoegd': 'Activiteit {n} is toegevoegd.',
    'veld.id': 'Kenmerk',
    'veld.id.uitleg': 'Een korte, unieke code voor deze activiteit.',
    'veld.naam': 'Naam van de activiteit',
    'veld.thema': 'Thema',
    'veld.thema.kies': 'Kies een thema',
    'veld.categorie': 'Categorie (niet verplicht)',
    'veld.categorie.geen': 'Geen categorie',
    'veld.categorie.uitleg': 'De categorieën horen bij het gekozen thema.',
    'veld.categorie.ander_thema': '{waarde} (hoort niet bij dit thema)',
    'veld.binnen_focusgebied': 'Komen de resultaten ten goede aan het focusgebied?',
    'veld.doelgroep': 'Doelgroep (niet verplicht)',
    'veld.doelgroep.uitleg': 'Leeftijd in hele jaren.',
    'veld.leeftijd_van': 'Leeftijd vanaf',
    'veld.leeftijd_tot_en_met': 'Leeftijd tot en met',
    'veld.begroting': 'Begroting',
    'veld.begroting.uitleg':
      'Per regel het jaar van toekenning ({jaren}) en het bedrag in euro’s, bijvoorbeeld 1.250.000,00 of € 350.000.',
    'veld.begrotingsregel': 'Begrotingsregel {n}',
    'veld.begrotingsregel.toevoegen': 'Begrotingsregel toevoegen',
    'veld.begrotingsregel.verwijderen': 'Verwijderen',
    'veld.begrotingsregel.context': 'begrotingsregel {n} van activiteit {a}',
    'veld.jaar': 'Jaar',
    'veld.jaar.uitleg': 'Jaar van toekenning: {jaren}.',
    'veld.bedrag': 'Bedrag (€)',
    'veld.bedrag.gelezen': 'Gelezen als {bedrag}.',
    'veld.bedrag.onleesbaar': 'Dit bedrag kan niet worden gelezen.',
    'veld.bedrag.zoalsBestand': 'Zoals het in het geopende bestand staat, en zo gecontroleerd. Typ het bedrag opnieuw om het te laten lezen zoals dit formulier bedragen leest.',
    'veld.bedrag.dubbelzinnig': 'Niet duidelijk: {a} of {b}? Kies wat u bedoelt.',
    'veld.bedrag.kies': '{bedrag} bedoeld',
    'bedrag.dubbelzinnig.melding':
      '“{tekst}” kan {a} of {b} betekenen. Kies bij het veld wat u bedoelt, of schrijf het bedrag voluit.',
    'veld.besteding_in': 'Besteding in (niet verplicht)',
    'veld.besteding_in.uitleg': 'Jaar van besteding, als dat later is.',
    'veld.soort': 'Soort',
    'veld.soort.activiteit': 'Activiteit',
    'veld.soort.personeel': 'Personeel binnen de activiteit',
    'veld.soort.opslag': 'Procentuele opslag (overhead)',
    'veld.onleesbaar_item': 'Dit onderdeel van het geopende bestand kan het formulier niet tonen: {json}',
    'veld.onleesbaar_item.verwijderen': 'Onderdeel verwijderen',

    'knop.controleren': 'Aanvraag controleren',

    'pad.activiteiten': 'Activiteit {n}',
    'pad.begroting': 'begrotingsregel {n}',
    'pad.scholen': 'school {n}',
    'pad.aanvraag': 'Aanvraag',

    'ernst.fout': 'Fout',
    'ernst.ontbreekt': 'Ontbreekt',
    'ernst.waarschuwing': 'Waarschuwing',
    'ernst.info': 'Ter informatie',
    'zekerheid.geverifieerd': 'regel geverifieerd',
    'zekerheid.afgeleid': 'regel afgeleid',
    'zekerheid.onbekend': 'waarde onbekend',
    'bron.artikel': 'artikel {artikel}',
    'bron.label': 'Bron',
    'bron.nieuwvenster': '(opent in een nieuw tabblad)',

    'samenvatting.kop.fouten': 'Uw aanvraag voldoet nog niet: {aantal}',
    'samenvatting.kop.voldoet': 'Uw aanvraag voldoet aan de regels die deze toets kent',
    'samenvatting.uitleg': 'Kies een melding om naar het veld te gaan.',
    'samenvatting.fouten': '{fout} {foutwoord} en {ontbreekt} {ontbreektwoord}',
    'samenvatting.fout.een': 'fout',
    'samenvatting.fout.meer': 'fouten',
    'samenvatting.ontbreekt.een': 'ontbrekend gegeven',
    'samenvatting.ontbreekt.meer': 'ontbrekende gegevens',
    'samenvatting.overig': 'Waarschuwingen en informatie',
    'samenvatting.overig.uitleg': 'Deze veranderen de uitkomst niet, maar zijn het lezen waard.',
    'samenvatting.voldoet.uitleg': 'U kunt de aanvraag opslaan als bestand of afdrukken.',

    'beoordeling.kop': 'Beoordeling',
    'beoordeling.uitkomst': 'Uitkomst',
    'beoordeling.uitkomst.voldoet': 'Voldoet',
    'beoordeling.uitkomst.voldoet_niet': 'Voldoet niet',
    'beoordeling.uitkomst.onvolledig': 'Onvolledig',
    'beoordeling.uitkomst.geen': 'Nog niet gecontroleerd',
    'beoordeling.regeling': 'Getoetst aan',
    'beoordeling.regeling.geen': 'Nog geen regeling gekozen',
    'beoordeling.focusgebied': 'Focusgebied',
    'beoordeling.tellingen': 'Meldingen',
    'beoordeling.telling': '{aantal} {ernst}',
    'beoordeling.totalen.thema': 'Aangevraagd per thema en jaar',
    'beoordeling.totalen.geldstroom': 'Aangevraagd per geldstroom',
    'beoordeling.totalen.thema.kolom': 'Thema',
    'beoordeling.totalen.geldstroom.kolom': 'Geldstroom',
    'beoordeling.totalen.bedrag': 'Bedrag',
    'beoordeling.totalen.totaal': 'Totaal',
    'beoordeling.totalen.jaar': 'Totaal {jaar}',
    'beoordeling.totalen.leeg': 'Nog geen bedragen ingevuld.',
    'beoordeling.alle': 'Alle meldingen ({aantal})',
    'beoordeling.alle.leeg': 'Geen meldingen.',
    'beoordeling.live': 'Wordt bijgewerkt zodra u een veld verlaat.',

    'afdruk.kop': 'Samenvatting van de aanvraag',
    'afdruk.gemaakt': 'Gemaakt op {moment} met toets versie {versie} (regelset {hash}).',
    'afdruk.gegevens': 'Gegevens',
    'afdruk.leeg': '—',
    'afdruk.bedrag.onduidelijk': '{tekst} (onduidelijk, zie de melding)',
    'afdruk.activiteit.bedragen': 'Begroting',
    'afdruk.beoordeling': 'Beoordeling',

    'woord.of': 'of',
    'code.KW-BEDRAG-003': 'Het formulier kan dit bedrag niet lezen. Schrijf bijvoorbeeld 1.250.000,00 of € 350.000.',
    'code.KW-DATUM-001': 'Dit is geen geldige datum. Schrijf dag-maand-jaar, bijvoorbeeld 15-07-2025.',
  },
  en: {
    'pagina.titel': 'Application SPUK Kansrijke Wijk',
    'pagina.kop': 'Application for the Kansrijke Wijk specific grant',
    'pagina.intro':
      'Fill in the application. The form checks your answers against the Regeling kansrijke wijk when you leave a field and when you click “Check application”.',
    'pagina.privacy':
      'Everything happens in your own browser: nothing is sent over the internet and the page also works offline. Your draft is kept in this browser as you type.',
    'pagina.skiplink': 'Skip to the form',
    'pagina.taalwissel': 'Nederlands',
    'pagina.taalwissel.taal': 'nl',
    'pagina.taalwissel.label': 'Naar het Nederlands',
    'pagina.voet':
      'This check is an aid, not a decision. Rules marked “inferred” were not found literally in the regulation and only give a warning.',
    'pagina.versie': 'Checker version {versie}, with the rule set whose fingerprint (SHA-256) is {hash}.',
    'pagina.laden': 'Loading the checker…',
    'pagina.motorfout':
      'The checker could not be loaded. You can fill in and save the form, but it is not checked. ({fout})',
    'pagina.verplicht': 'Fields without “(optional)” are needed for a complete application.',

    'acties.kop': 'Save, open and print',
    'acties.exporteren': 'Save application as a file (JSON)',
    'acties.importeren': 'Open application from a file (JSON)',
    'acties.importeren.uitleg': 'The file replaces what is in the form now; you can undo that.',
    'acties.afdrukken': 'Print or save as PDF',
    'acties.leegmaken': 'Clear the form',
    'acties.ongedaan': 'Undo',
    'acties.geimporteerd': 'The file “{naam}” was opened and checked.',
    'acties.geexporteerd': 'The application was saved as “{naam}”.',
    'acties.geleegd': 'The form was cleared.',
    'acties.hersteld': 'The previous form was restored.',
    'acties.hersteld.bewaard': 'The previous form was restored. What the form held is kept too: “Undo” brings it back.',
    'acties.leegmaken.vraag':
      'Clear the whole form? What it holds now stays kept in this browser; you can bring it back, also after reloading the page.',
    'acties.leegmaken.ja': 'Yes, clear the form',
    'acties.leegmaken.nee': 'No, change nothing',
    'acties.vorige.leegmaken': 'The form was cleared on {moment}. The form from before is kept and can be brought back.',
    'acties.vorige.importeren': 'On {moment} the file “{naam}” was opened. The form from before is kept and can be brought back.',
    'acties.vorige.ander': 'On {moment} a version from another tab was opened. The form from before is kept and can be brought back.',
    'acties.vorige.weggooien': 'Discard the previous form',
    'acties.vorige.weggegooid': 'The previous form was discarded.',
    'tabblad.ook_open':
      'This form is open in another tab as well. Each tab keeps its own work; nothing is lost, but changes in one tab do not appear in the other by themselves.',
    'tabblad.opgeslagen':
      'This form was changed in another tab at {moment}. This tab does not take that over by itself. If you go on working here, the other tab’s version is kept apart.',
    'tabblad.bewaard': 'A version of the draft that a save in another tab replaced is kept (of {moment}).',
    'tabblad.openen': 'Open that version here',
    'tabblad.weggooien': 'Discard that version',
    'tabblad.geopend': 'That version is now in this form.',
    'acties.importfout.json':
      'The file “{naam}” is not valid JSON and was not opened. Your form has not changed. ({fout})',
    'acties.importfout.object':
      'The file “{naam}” does not hold an application (expected a JSON object). Your form has not changed.',
    'concept.hersteld': 'Your draft of {moment} was restored.',
    'concept.kapot': 'The saved draft could not be read; the form starts empty. The old draft was kept aside.',

    'sectie.regeling': 'Regulation and submission',
    'sectie.gebied': 'Municipality and focus area',
    'sectie.alliantie': 'Alliance',
    'sectie.alliantie.uitleg': 'The NPLV alliance: the partnership in the focus area (as defined in the second tranche).',
    'sectie.coalitie': 'School and Surroundings coalition',
    'sectie.coalitie.uitleg':
      'Needed when an activity falls under the theme School and Surroundings. At least 85 % of the schools should lie in the focus area.',
    'sectie.activiteiten': 'Activities',
    'sectie.activiteiten.uitleg': 'The interventions you apply for, each with a budget per year.',

    'veld.regeling': 'Regulation (tranche)',
    'veld.regeling.uitleg': 'Leave empty: the checker chooses the tranche by the submission date.',
    'veld.regeling.automatisch': 'Choose by the submission date',
    'veld.ingediend_op': 'Submission date',
    'veld.ingediend_op.uitleg': 'For example 15-07-2025.',
    'veld.gemeente': 'Municipality',
    'veld.gemeente.kies': 'Choose a municipality',
    'veld.focusgebied': 'Focus area',
    'veld.focusgebied.kies': 'Choose a focus area',
    'veld.focusgebied.eerstgemeente': 'Choose a municipality first',
    'veld.focusgebied.uitleg': 'Only the focus areas of the chosen municipality are listed.',
    'veld.onbekend': '{waarde} (unknown)',
    'veld.voorzitter_burgemeester': 'Is the alliance chaired by the mayor?',
    'veld.gebiedsplan': 'Is there an integral multi-year area plan?',
    'veld.uitvoeringsprogramma': 'Is there an implementation programme?',
    'veld.inwoners_betrokken': 'Are residents involved?',
    'veld.ja': 'Yes',
    'veld.nee': 'No',
    'veld.kies': 'Choose',
    'veld.scholen': 'Schools in the coalition',
    'veld.scholen.leeg': 'There are no schools in the coalition yet.',
    'veld.scholen.telling': '{binnen} of the {totaal} schools lie in the focus area ({procent}).',
    'veld.school': 'School {n}',
    'veld.school.naam': 'Name of the school',
    'veld.school.brin': 'BRIN (optional)',
    'veld.school.binnen_focusgebied': 'In the focus area?',
    'veld.school.actie': 'Action',
    'veld.school.toevoegen': 'Add a school',
    'veld.school.verwijderen': 'Remove',
    'veld.school.verwijderen.context': 'school {n}',
    'veld.activiteit': 'Activity {n}',
    'veld.activiteiten.leeg': 'There are no activities yet.',
    'veld.activiteit.toevoegen': 'Add an activity',
    'veld.activiteit.verwijderen': 'Remove activity',
    'veld.activiteit.omhoog': 'Move up',
    'veld.activiteit.omlaag': 'Move down',
    'veld.activiteit.context': 'activity {n}',
    'veld.activiteit.verplaatst': 'Activity {naam} is now at position {n} of {totaal}.',
    'veld.activiteit.verwijderd': 'Activity {n} was removed.',
    'veld.activiteit.toegevoegd': 'Activity {n} was added.',
    'veld.id': 'Reference',
    'veld.id.uitleg': 'A short, unique code for this activity.',
    'veld.naam': 'Name of the activity',
    'veld.thema': 'Theme',
    'veld.thema.kies': 'Choose a theme',
    'veld.categorie': 'Category (optional)',
    'veld.categorie.geen': 'No category',
    'veld.categorie.uitleg': 'The categories belong to the chosen theme.',
    'veld.categorie.ander_thema': '{waarde} (not of this theme)',
    'veld.binnen_focusgebied': 'Do the results benefit the focus area?',
    'veld.doelgroep': 'Target group (optional)',
    'veld.doelgroep.uitleg': 'Age in whole years.',
    'veld.leeftijd_van': 'Age from',
    'veld.leeftijd_tot_en_met': 'Age up to and including',
    'veld.begroting': 'Budget',
    'veld.begroting.uitleg':
      'Per line the allocation year ({jaren}) and the amount in euros, for example 1,250,000.00 or €350,000.',
    'veld.begrotingsregel': 'Budget line {n}',
    'veld.begrotingsregel.toevoegen': 'Add a budget line',
    'veld.begrotingsregel.verwijderen': 'Remove',
    'veld.begrotingsregel.context': 'budget line {n} of activity {a}',
    'veld.jaar': 'Year',
    'veld.jaar.uitleg': 'Year of allocation: {jaren}.',
    'veld.bedrag': 'Amount (€)',
    'veld.bedrag.gelezen': 'Read as {bedrag}.',
    'veld.bedrag.zoalsBestand': 'As written in the opened file, and checked as written. Type the amount again to have it read the way this form reads amounts.',
    'veld.bedrag.onleesbaar': 'This amount cannot be read.',
    'veld.bedrag.dubbelzinnig': 'Unclear: {a} or {b}? Choose what you mean.',
    'veld.bedrag.kies': 'I mean {bedrag}',
    'bedrag.dubbelzinnig.melding':
      '“{tekst}” could mean {a} or {b}. Choose at the field what you mean, or write the amount in full.',
    'veld.besteding_in': 'Spent in (optional)',
    'veld.besteding_in.uitleg': 'Year of spending, when later.',
    'veld.soort': 'Kind',
    'veld.soort.activiteit': 'Activity',
    'veld.soort.personeel': 'Staff within the activity',
    'veld.soort.opslag': 'Percentage surcharge (overhead)',
    'veld.onleesbaar_item': 'The form cannot show this part of the opened file: {json}',
    'veld.onleesbaar_item.verwijderen': 'Remove this part',

    'knop.controleren': 'Check application',

    'pad.activiteiten': 'Activity {n}',
    'pad.begroting': 'budget line {n}',
    'pad.scholen': 'school {n}',
    'pad.aanvraag': 'Application',

    'ernst.fout': 'Error',
    'ernst.ontbreekt': 'Missing',
    'ernst.waarschuwing': 'Warning',
    'ernst.info': 'For information',
    'zekerheid.geverifieerd': 'rule verified',
    'zekerheid.afgeleid': 'rule inferred',
    'zekerheid.onbekend': 'value unknown',
    'bron.artikel': 'article {artikel}',
    'bron.label': 'Source',
    'bron.nieuwvenster': '(opens in a new tab)',

    'samenvatting.kop.fouten': 'Your application does not meet the rules yet: {aantal}',
    'samenvatting.kop.voldoet': 'Your application meets the rules this checker knows',
    'samenvatting.uitleg': 'Choose a message to go to its field.',
    'samenvatting.fouten': '{fout} {foutwoord} and {ontbreekt} {ontbreektwoord}',
    'samenvatting.fout.een': 'error',
    'samenvatting.fout.meer': 'errors',
    'samenvatting.ontbreekt.een': 'missing fact',
    'samenvatting.ontbreekt.meer': 'missing facts',
    'samenvatting.overig': 'Warnings and information',
    'samenvatting.overig.uitleg': 'These do not change the outcome, but are worth reading.',
    'samenvatting.voldoet.uitleg': 'You can save the application as a file or print it.',

    'beoordeling.kop': 'Assessment',
    'beoordeling.uitkomst': 'Outcome',
    'beoordeling.uitkomst.voldoet': 'Meets the rules',
    'beoordeling.uitkomst.voldoet_niet': 'Does not meet the rules',
    'beoordeling.uitkomst.onvolledig': 'Incomplete',
    'beoordeling.uitkomst.geen': 'Not checked yet',
    'beoordeling.regeling': 'Checked against',
    'beoordeling.regeling.geen': 'No regulation chosen yet',
    'beoordeling.focusgebied': 'Focus area',
    'beoordeling.tellingen': 'Messages',
    'beoordeling.telling': '{aantal} {ernst}',
    'beoordeling.totalen.thema': 'Requested per theme and year',
    'beoordeling.totalen.geldstroom': 'Requested per funding stream',
    'beoordeling.totalen.thema.kolom': 'Theme',
    'beoordeling.totalen.geldstroom.kolom': 'Funding stream',
    'beoordeling.totalen.bedrag': 'Amount',
    'beoordeling.totalen.totaal': 'Total',
    'beoordeling.totalen.jaar': 'Total {jaar}',
    'beoordeling.totalen.leeg': 'No amounts filled in yet.',
    'beoordeling.alle': 'All messages ({aantal})',
    'beoordeling.alle.leeg': 'No messages.',
    'beoordeling.live': 'Updated when you leave a field.',

    'afdruk.kop': 'Summary of the application',
    'afdruk.gemaakt': 'Made on {moment} with checker version {versie} (rule set {hash}).',
    'afdruk.gegevens': 'Details',
    'afdruk.leeg': '—',
    'afdruk.bedrag.onduidelijk': '{tekst} (unclear, see the message)',
    'afdruk.activiteit.bedragen': 'Budget',
    'afdruk.beoordeling': 'Assessment',

    'woord.of': 'or',
    'code.KW-BEDRAG-003': 'The form cannot read this amount. Write for example 1,250,000.00 or €350,000.',
    'code.KW-DATUM-001': 'This is not a valid date. Write day-month-year, for example 15-07-2025.',
  },
};

export const TALEN = ['nl', 'en'];
let huidig = 'nl';

/** The language now in use: `nl` or `en`. */
export function taal() {
  return huidig;
}

/** Switch the language of the texts and of the document. */
export function zetTaal(nieuw) {
  huidig = TALEN.includes(nieuw) ? nieuw : 'nl';
  document.documentElement.lang = huidig;
  document.title = t('pagina.titel');
}

/** The text for `sleutel` in the current language (or `in`), with `{naam}` filled from `waarden`. */
export function t(sleutel, waarden = {}, inTaal = huidig) {
  const tekst = TEKSTEN[inTaal]?.[sleutel] ?? TEKSTEN.nl[sleutel] ?? sleutel;
  return tekst.replace(/\{(\w+)\}/g, (heel, naam) => (naam in waarden ? String(waarden[naam]) : heel));
}

/** "2026, 2027 of 2028" (Dutch) or "2026, 2027 or 2028" (English). */
export function of(items) {
  const lijst = items.map(String);
  if (lijst.length <= 1) return lijst.join('');
  return `${lijst.slice(0, -1).join(', ')} ${t('woord.of')} ${lijst[lijst.length - 1]}`;
}

/** A bilingual engine text `{nl, en}` in the current language. */
export function tweetalig(tekst) {
  if (!tekst) return '';
  if (typeof tekst === 'string') return tekst;
  return tekst[huidig] ?? tekst.nl ?? '';
}

/** Whether every key exists in both languages (used by the tests). */
export function ontbrekendeSleutels() {
  const nl = Object.keys(TEKSTEN.nl);
  const en = Object.keys(TEKSTEN.en);
  return [...nl.filter((k) => !en.includes(k)), ...en.filter((k) => !nl.includes(k))];
}
