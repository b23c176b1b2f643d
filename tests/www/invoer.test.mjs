// Unit tests (Node, no browser) of the web form's pure modules: reading amounts and dates as people
// type them, and turning the form state into the contract's aanvraag and back without loss.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { leesBedrag, schrijfBedrag, schrijfGetal, wisselTekens } from '../../www/js/bedrag.js';
import { bestandsnaam } from '../../www/js/bestand.js';
import { leesDatum, schrijfDatum } from '../../www/js/datum.js';
import { dubbelzinnigeBedragen, leegFormulier, naarAanvraag, nieuweActiviteit, padZoalsBestand, stabielPad, uitAanvraag, zet } from '../../www/js/aanvraag.js';

const VOORBEELD = JSON.parse(readFileSync(new URL('../../examples/groningen-noord-school-en-omgeving.json', import.meta.url), 'utf8'));

test('bedragen op zijn Nederlands en op zijn Engels worden contractbedragen', () => {
  const gevallen = {
    '1.250.000,00': '1250000.00',
    '€ 1.250.000': '1250000.00',
    '€1.250.000,-': '1250000.00',
    'EUR 12.500': '12500.00',
    '1250000': '1250000.00',
    '1250000.00': '1250000.00',
    '350.000': '350000.00',
    '350000,5': '350000.50',
    '99.5': '99.50',
    '0,05': '0.05',
    ',5': '0.50',
    '1,250,000.00': '1250000.00',
    '1.250,5': '1250.50',
    ' 45 000 ': '45000.00',
    '45\u00a0000,00': '45000.00',
    '007': '7.00',
    '-500': '-500.00',
    '€ -500': '-500.00',
    '1,2555': '1.2555', // four decimals: read, and the checker says "more than two decimals"
    '0,250': '0.250', // no thousands can start with 0: three decimals, for the checker to report
  };
  for (const [invoer, verwacht] of Object.entries(gevallen)) {
    assert.deepEqual(leesBedrag(invoer), { waarde: verwacht, herkend: true }, invoer);
    assert.deepEqual(leesBedrag(invoer, 'nl'), { waarde: verwacht, herkend: true }, `${invoer} (nl)`);
  }
});

test('in het Engels groepeert de komma duizendtallen en staat de punt voor de centen', () => {
  const gevallen = {
    '800,000': '800000.00',
    '800,000.00': '800000.00',
    '€800,000': '800000.00',
    '€ 800,000.00': '800000.00',
    '€1,250': '1250.00',
    '1,250,000': '1250000.00',
    '1,250,000.00': '1250000.00',
    'EUR 12,500': '12500.00',
    '1250000': '1250000.00',
    '1250000.00': '1250000.00',
    '99.5': '99.50',
    '99,5': '99.50', // a comma before one or two digits cannot group thousands
    '0.05': '0.05',
    '.5': '0.50',
    '1.250.000,00': '1250000.00', // both marks: the last one is the decimal mark, in either language
    ' 45 000 ': '45000.00',
    '-500': '-500.00',
    '€ -500': '-500.00',
    '1.2555': '1.2555',
  };
  for (const [invoer, verwacht] of Object.entries(gevallen)) {
    assert.deepEqual(leesBedrag(invoer, 'en'), { waarde: verwacht, herkend: true }, invoer);
  }
  for (const invoer of ['abc', '1,25,000', '12.34.5', '1,000.000.00', '€', '1e6', '1,2,3']) {
    assert.deepEqual(leesBedrag(invoer, 'en'), { waarde: invoer, herkend: false }, invoer);
  }
});

test('een decimaalteken met precies drie cijfers erachter is dubbelzinnig: de lezer vraagt, raadt niet', () => {
  // Dutch: "1,250" could be 1250.00 (an English reader's thousands) or 1.25 (three decimals).
  assert.deepEqual(leesBedrag('1,250', 'nl'), { waarde: '1,250', herkend: false, dubbelzinnig: ['1250.00', '1.25'] });
  assert.deepEqual(leesBedrag('€ 1,255', 'nl'), { waarde: '€ 1,255', herkend: false, dubbelzinnig: ['1255.00', '1.255'] });
  assert.deepEqual(leesBedrag('350,000', 'nl'), { waarde: '350,000', herkend: false, dubbelzinnig: ['350000.00', '350.00'] });
  assert.deepEqual(leesBedrag('-1,250', 'nl').dubbelzinnig, ['-1250.00', '-1.25']);
  // English: "1.250" the same way round.
  assert.deepEqual(leesBedrag('1.250', 'en'), { waarde: '1.250', herkend: false, dubbelzinnig: ['1250.00', '1.25'] });
  assert.deepEqual(leesBedrag('€350.000', 'en'), { waarde: '€350.000', herkend: false, dubbelzinnig: ['350000.00', '350.00'] });
  // Not ambiguous: the language's group mark before three digits, or a full amount.
  assert.deepEqual(leesBedrag('1.250', 'nl'), { waarde: '1250.00', herkend: true });
  assert.deepEqual(leesBedrag('1,250', 'en'), { waarde: '1250.00', herkend: true });
  assert.deepEqual(leesBedrag('1.250,00', 'nl'), { waarde: '1250.00', herkend: true });
  assert.deepEqual(leesBedrag('1,250.00', 'en'), { waarde: '1250.00', herkend: true });
  assert.deepEqual(leesBedrag('1,25', 'nl'), { waarde: '1.25', herkend: true });
  assert.deepEqual(leesBedrag('1.25', 'en'), { waarde: '1.25', herkend: true });
});

test('een bedrag wisselt van schrijfwijze met de taal en blijft hetzelfde bedrag', () => {
  for (const tekst of ['800,000', '€ 1.250.000,00', '1.250', '99,5', '1,250', '350.000,-', 'abc']) {
    for (const taal of ['nl', 'en']) {
      const ander = taal === 'nl' ? 'en' : 'nl';
      assert.deepEqual(leesBedrag(wisselTekens(tekst), ander), leesBedrag(tekst, taal).herkend ? leesBedrag(tekst, taal) : { ...leesBedrag(tekst, taal), waarde: wisselTekens(tekst).trim() }, `${tekst} ${taal}`);
    }
  }
  assert.equal(schrijfGetal('800000.00', 'en'), '800,000.00');
  assert.equal(schrijfGetal('800000.00', 'nl'), '800.000,00');
  assert.equal(schrijfGetal('1.250', 'nl'), '1,250', 'three decimals are not grouped, so they read back as asked');
  // An imported contract amount is shown in the language's notation and goes back unchanged.
  for (const taal of ['nl', 'en']) assert.deepEqual(naarAanvraag(uitAanvraag(VOORBEELD, taal), taal), VOORBEELD, taal);
  const staat = uitAanvraag(VOORBEELD, 'en');
  assert.equal(staat.activiteiten[0].begroting[0].bedrag, '350,000.00');
  assert.equal(uitAanvraag(VOORBEELD, 'nl').activiteiten[0].begroting[0].bedrag, '350.000,00');
  // A three-decimal amount in a file is not silently read as thousands: it goes to the checker as
  // written (KW-BEDRAG-002 there), and is asked about once the user types it.
  const raar = uitAanvraag({ activiteiten: [{ begroting: [{ bedrag: '1.250' }] }] }, 'nl');
  assert.equal(naarAanvraag(raar, 'nl').activiteiten[0].begroting[0].bedrag, '1.250');
  zet(raar, '/activiteiten/0/begroting/0/bedrag', '1,250');
  assert.deepEqual(dubbelzinnigeBedragen(raar, 'nl').map((d) => d.pad), ['/activiteiten/0/begroting/0/bedrag']);
});

test('wat geen bedrag is, gaat ongewijzigd naar de toets', () => {
  for (const invoer of ['abc', '1.25.000', '12,34,5', '1.000,000,00', '€', '1e6', '3 euro 50', '1.2.3']) {
    assert.deepEqual(leesBedrag(invoer), { waarde: invoer, herkend: false }, invoer);
  }
  assert.deepEqual(leesBedrag('   '), { waarde: null, herkend: false });
});

test('bedragen schrijven voor mensen', () => {
  assert.equal(schrijfBedrag('1250000.00', 'nl'), '€ 1.250.000,00');
  assert.equal(schrijfBedrag('1250000.00', 'en'), '€1,250,000.00');
  assert.equal(schrijfBedrag('0.5', 'nl'), '€ 0,50');
  assert.equal(schrijfBedrag('-45000.00', 'nl'), '-€ 45.000,00');
  assert.equal(schrijfBedrag('abc', 'nl'), 'abc');
  assert.equal(schrijfBedrag('800000.00', 'en'), '€800,000.00');
  assert.equal(schrijfBedrag('800000.00', 'nl'), '€ 800.000,00');
  assert.equal(schrijfBedrag('-45000.00', 'en'), '-€45,000.00');
});

test('datums', () => {
  assert.deepEqual(leesDatum('15-07-2025'), { waarde: '2025-07-15', herkend: true });
  assert.deepEqual(leesDatum('5/7/2025'), { waarde: '2025-07-05', herkend: true });
  assert.deepEqual(leesDatum('2025-07-15'), { waarde: '2025-07-15', herkend: true });
  assert.deepEqual(leesDatum('29-02-2024'), { waarde: '2024-02-29', herkend: true });
  assert.deepEqual(leesDatum('29-02-2025'), { waarde: '29-02-2025', herkend: false });
  assert.deepEqual(leesDatum('morgen'), { waarde: 'morgen', herkend: false });
  assert.equal(schrijfDatum('2025-07-15'), '15-07-2025');
});

test('het voorbeeld gaat heen en terug door de formulierstaat zonder verschil', () => {
  assert.deepEqual(naarAanvraag(uitAanvraag(VOORBEELD)), VOORBEELD);
});

test('onbekende velden en verkeerde types blijven bewaard', () => {
  const raar = {
    ...VOORBEELD,
    extra: [1, 2],
    alliantie: { ...VOORBEELD.alliantie, gebiedsplan: 'ja' },
    coalitie: 'geen',
    activiteiten: [{ id: 'a', naam: 5, begroting: [{ jaar: 'twintig', bedrag: 125000, soort: 'activiteit' }, null, 'x'] }],
  };
  const staat = uitAanvraag(raar);
  assert.equal(staat.alliantie.gebiedsplan, null, 'the radio shows no answer');
  const terug = naarAanvraag(staat);
  assert.deepEqual(terug.extra, [1, 2]);
  assert.equal(terug.alliantie.gebiedsplan, 'ja');
  assert.equal(terug.coalitie, 'geen');
  assert.equal(terug.activiteiten[0].naam, 5);
  // Exactly as in the file: the number stays a number, the default soort stays written out.
  assert.deepEqual(terug.activiteiten[0].begroting, [{ jaar: 'twintig', bedrag: 125000, soort: 'activiteit' }, null, 'x']);
  // The user's answer replaces what the control could not show.
  zet(staat, '/alliantie/gebiedsplan', true);
  assert.equal(naarAanvraag(staat).alliantie.gebiedsplan, true);
});

test('een geopend bestand gaat onveranderd naar de toets, ook wat het formulier anders zou lezen', () => {
  // Review of 2 December: "1.250.000,00", "" and "2026" as text were changed on the way through
  // the form, so the form's verdict differed from the CLI's on the same file.
  const meerdere = JSON.parse(readFileSync(new URL('../../examples/meerdere-fouten.json', import.meta.url), 'utf8'));
  for (const taal of ['nl', 'en']) assert.deepEqual(naarAanvraag(uitAanvraag(meerdere, taal), taal), meerdere, taal);
  const raar = {
    ingediend_op: '2025-08-01',
    coalitie: { scholen: [] },
    activiteiten: [
      {
        id: 'a',
        naam: ' A ',
        thema: 'school_en_omgeving',
        doelgroep: {},
        begroting: [
          { jaar: '2026', bedrag: 350000.5 },
          { jaar: 2027, bedrag: '350.000' },
          { jaar: 12345678901, bedrag: '1,250', binnen_focusgebied: null },
        ],
      },
    ],
  };
  for (const taal of ['nl', 'en']) {
    const staat = uitAanvraag(raar, taal);
    assert.deepEqual(naarAanvraag(staat, taal), raar, taal);
    // Shown as written, and not asked about: the checker reads it as the file writes it.
    assert.equal(staat.activiteiten[0].begroting[1].bedrag, '350.000');
    assert.deepEqual(dubbelzinnigeBedragen(staat, taal), [], taal);
  }
  // Once the user edits the field, the form reads it its own way.
  const staat = uitAanvraag(raar, 'nl');
  assert.equal(padZoalsBestand(staat, '/activiteiten/0/begroting/1/bedrag'), true);
  assert.equal(padZoalsBestand(staat, '/activiteiten/0/naam'), true, 'a name with spaces around it');
  assert.equal(padZoalsBestand(staat, '/activiteiten/0/thema'), false, 'read back as written');
  assert.equal(padZoalsBestand(staat, '/activiteiten/0/begroting/0/bedrag'), false, 'a number, shown the form\'s way');
  assert.equal(padZoalsBestand(staat, ''), false);
  zet(staat, '/activiteiten/0/begroting/1/bedrag', '350.001');
  assert.equal(padZoalsBestand(staat, '/activiteiten/0/begroting/1/bedrag'), false);
  assert.equal(naarAanvraag(staat, 'nl').activiteiten[0].begroting[1].bedrag, '350001.00');
  zet(staat, '/activiteiten/0/begroting/0/jaar', '2027');
  assert.equal(naarAanvraag(staat, 'nl').activiteiten[0].begroting[0].jaar, 2027);
});

test('een leeg formulier en een nieuwe activiteit', () => {
  assert.deepEqual(naarAanvraag(leegFormulier()), { alliantie: {} });
  const staat = leegFormulier();
  staat.activiteiten.push(nieuweActiviteit(staat.activiteiten));
  zet(staat, '/activiteiten/0/begroting/0/bedrag', '€ 1.250.000');
  zet(staat, '/activiteiten/0/begroting/0/jaar', ' 2026 ');
  assert.deepEqual(naarAanvraag(staat).activiteiten, [{ id: 'activiteit-1', begroting: [{ jaar: 2026, bedrag: '1250000.00' }] }]);
  // Stable pads follow an item when the list is reordered.
  staat.activiteiten.unshift(nieuweActiviteit(staat.activiteiten));
  assert.equal(staat.activiteiten[1].id, 'activiteit-1');
  assert.equal(staat.activiteiten[0].id, 'activiteit-2');
  const stabiel = stabielPad(staat, '/activiteiten/1/naam');
  assert.match(stabiel, /^\/activiteiten\/@k[0-9a-z]+\/naam$/);
  assert.notEqual(stabiel, stabielPad(staat, '/activiteiten/0/naam'));
});

test('de bestandsnaam is kort en veilig: gebied en een geldige datum, anders de standaardnaam', () => {
  assert.equal(bestandsnaam(VOORBEELD), 'aanvraag-kansrijke-wijk-groningen-noord-2025-07-15.json');
  assert.equal(bestandsnaam({ ...VOORBEELD, ingediend_op: 'x'.repeat(10_000) }), 'aanvraag-kansrijke-wijk-groningen-noord.json');
  assert.equal(bestandsnaam({ ingediend_op: '2025-02-30' }), 'aanvraag-kansrijke-wijk.json');
  assert.equal(bestandsnaam({ focusgebied: '../../etc/passwd', ingediend_op: 7 }), 'aanvraag-kansrijke-wijk-etc-passwd.json');
  assert.ok(bestandsnaam({ focusgebied: 'é'.repeat(5000), ingediend_op: '2025-07-15' }).length <= 80);
  assert.equal(bestandsnaam({}), 'aanvraag-kansrijke-wijk.json');
});

test('elke tekst van het formulier bestaat in het Nederlands en in het Engels', async () => {
  const { ontbrekendeSleutels } = await import('../../www/js/i18n.js');
  assert.deepEqual(ontbrekendeSleutels(), []);
});
