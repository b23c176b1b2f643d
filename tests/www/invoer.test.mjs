// Unit tests (Node, no browser) of the web form's pure modules: reading amounts and dates as people
// type them, and turning the form state into the contract's aanvraag and back without loss.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { leesBedrag, schrijfBedrag } from '../../www/js/bedrag.js';
import { leesDatum, schrijfDatum } from '../../www/js/datum.js';
import { leegFormulier, naarAanvraag, nieuweActiviteit, stabielPad, uitAanvraag, zet } from '../../www/js/aanvraag.js';

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
    '1,255': '1.255', // three decimals: read, and the checker says "more than two decimals"
  };
  for (const [invoer, verwacht] of Object.entries(gevallen)) {
    assert.deepEqual(leesBedrag(invoer), { waarde: verwacht, herkend: true }, invoer);
  }
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
  assert.deepEqual(terug.activiteiten[0].begroting, [{ jaar: 'twintig', bedrag: '125000.00' }, null, 'x']);
  // The user's answer replaces what the control could not show.
  zet(staat, '/alliantie/gebiedsplan', true);
  assert.equal(naarAanvraag(staat).alliantie.gebiedsplan, true);
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
