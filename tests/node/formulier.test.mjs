// The form helpers of the package (kansrijke-wijk/formulier, pkg/formulier.js), in Node: paths to
// field ids and the nearest group, findings per field, Dutch and English amounts and dates that are
// never guessed. The project's form uses the same file (tests/www/ tests it through www/js/, the
// browser tests in tests/e2e/ in the page).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { nodeBouw, pkg } from './hulp.mjs';

const pad = join(pkg, 'formulier.js');
assert.ok(existsSync(pad), 'pkg/formulier.js is missing: run "npm run build:wasm" first');
const f = await import(pathToFileURL(pad).href);

test('JSON Pointers: tokens with ~0 and ~1, and back', () => {
  assert.deepEqual(f.tokens(''), []);
  assert.deepEqual(f.tokens('/activiteiten/0/begroting/1/jaar'), ['activiteiten', '0', 'begroting', '1', 'jaar']);
  assert.deepEqual(f.tokens('/a~1b/~0c/~01'), ['a/b', '~c', '~1']);
  for (const p of ['', '/a', '/a~1b/~0c/~01', '/', '//x', '/activiteiten/10/naam']) assert.equal(f.pointer(f.tokens(p)), p, p);
  assert.equal(f.pointer(['activiteiten', 0, 'x/y']), '/activiteiten/0/x~1y');
});

test('field ids: the form`s scheme, "" is the form; prefix and root can be changed', () => {
  assert.equal(f.idVoorPad('/activiteiten/0/begroting/1/jaar'), 'veld-activiteiten-0-begroting-1-jaar');
  assert.equal(f.idVoorPad('/gemeente'), 'veld-gemeente');
  assert.equal(f.idVoorPad(''), 'formulier');
  assert.equal(f.idVoorPad('/a~1b/c d'), 'veld-a_b-c_d');
  assert.equal(f.idVoorPad('/gemeente', { voorvoegsel: 'kw-' }), 'kw-gemeente');
  assert.equal(f.idVoorPad('', { wortel: 'mijn-formulier' }), 'mijn-formulier');
  assert.equal(f.ouder('/activiteiten/0/naam'), '/activiteiten/0');
  assert.equal(f.ouder('/activiteiten'), '');
  assert.equal(f.ouder(''), '');
});

test('the nearest field: itself, else the nearest group above it, else null', () => {
  const bestaan = new Set(['veld-coalitie-scholen', 'veld-activiteiten', 'veld-activiteiten-0-naam']);
  const bestaat = (id) => bestaan.has(id);
  assert.deepEqual(f.veldVoorPad('/activiteiten/0/naam', bestaat), { pad: '/activiteiten/0/naam', id: 'veld-activiteiten-0-naam' });
  assert.deepEqual(f.veldVoorPad('/coalitie/scholen/3/brin', bestaat), { pad: '/coalitie/scholen', id: 'veld-coalitie-scholen' });
  assert.deepEqual(f.veldVoorPad('/activiteiten/7', bestaat), { pad: '/activiteiten', id: 'veld-activiteiten' });
  assert.equal(f.veldVoorPad('/gemeente', bestaat), null);
  assert.equal(f.veldVoorPad('', bestaat), null);
  // With a document: isDoel narrows which elements count.
  const elementen = {
    'veld-coalitie-scholen': { id: 'veld-coalitie-scholen', dataset: { pad: '/coalitie/scholen' } },
    'veld-coalitie-scholen-0': { id: 'veld-coalitie-scholen-0', dataset: {} },
  };
  const document = { getElementById: (id) => elementen[id] ?? null };
  assert.equal(f.doelVoorPad('/coalitie/scholen/0', document).id, 'veld-coalitie-scholen-0');
  assert.equal(f.doelVoorPad('/coalitie/scholen/0', document, { isDoel: (el) => el.dataset.pad !== undefined }).id, 'veld-coalitie-scholen');
  assert.equal(f.doelVoorPad('/gemeente', document), null);
});

test('findings per field, in document order, with the most serious ernst; the real beoordeling', () => {
  const b = (pad, ernst, code = 'X') => ({ pad, ernst, code });
  const lijst = [b('', 'info'), b('/a', 'waarschuwing'), b('/a', 'fout'), b('/b/0', 'ontbreekt'), b('/b/1', 'info'), b('/a', 'info')];
  const perPad = f.groepeerPerVeld(lijst);
  assert.deepEqual(perPad.map((g) => [g.doel, g.bevindingen.length, g.ernst, g.fouten]), [
    ['', 1, 'info', 0],
    ['/a', 3, 'fout', 1],
    ['/b/0', 1, 'ontbreekt', 1],
    ['/b/1', 1, 'info', 0],
  ]);
  const perGroep = f.groepeerPerVeld(lijst, (p) => (p.startsWith('/b') ? '/b' : p === '' ? null : p));
  assert.deepEqual(perGroep.map((g) => [g.doel, g.bevindingen.map((x) => x.pad)]), [
    [null, ['']],
    ['/a', ['/a', '/a', '/a']],
    ['/b', ['/b/0', '/b/1']],
  ]);
  // Every finding of a real beoordeling is in exactly one group, in its order.
  const m = nodeBouw();
  const echt = m.toets({ activiteiten: [{ begroting: [{ jaar: 2029, bedrag: 'abc' }] }], coalitie: { scholen: [{}] } });
  const groepen = f.groepeerPerVeld(echt.bevindingen, (p) => f.veldVoorPad(p, (id) => id.split('-').length <= 3)?.pad);
  assert.equal(groepen.reduce((n, g) => n + g.bevindingen.length, 0), echt.bevindingen.length);
  assert.ok(groepen.length > 1);
});

test('amounts, Dutch: the point groups thousands, the comma is the decimal mark', () => {
  const gevallen = {
    '1.250.000,00': '1250000.00',
    '€ 1.250.000': '1250000.00',
    '€1.250.000,-': '1250000.00',
    'EUR 12.500': '12500.00',
    '350.000': '350000.00',
    '350000,5': '350000.50',
    '99,5': '99.50',
    '1250000.00': '1250000.00',
    '1.250': '1250.00',
    '1,25': '1.25',
    ' 45 000 ': '45000.00',
    '-500': '-500.00',
    '1,2555': '1.2555',
  };
  for (const [invoer, verwacht] of Object.entries(gevallen)) {
    assert.deepEqual(f.leesBedrag(invoer), { waarde: verwacht, herkend: true }, invoer);
    assert.deepEqual(f.leesBedrag(invoer, 'nl'), { waarde: verwacht, herkend: true }, invoer);
  }
});

test('amounts, English: the comma groups thousands, the point is the decimal mark', () => {
  const gevallen = {
    '800,000': '800000.00',
    '800,000.00': '800000.00',
    '€800,000': '800000.00',
    '€1,250': '1250.00',
    '1,250,000.00': '1250000.00',
    '99.5': '99.50',
    '1.25': '1.25',
    '1.250.000,00': '1250000.00',
  };
  for (const [invoer, verwacht] of Object.entries(gevallen)) {
    assert.deepEqual(f.leesBedrag(invoer, 'en'), { waarde: verwacht, herkend: true }, invoer);
  }
});

test('amounts never guessed: two readings are asked, anything else goes as typed', () => {
  assert.deepEqual(f.leesBedrag('1,250', 'nl'), { waarde: '1,250', herkend: false, dubbelzinnig: ['1250.00', '1.25'] });
  assert.deepEqual(f.leesBedrag('1.250', 'en'), { waarde: '1.250', herkend: false, dubbelzinnig: ['1250.00', '1.25'] });
  assert.deepEqual(f.leesBedrag('350,000', 'nl').dubbelzinnig, ['350000.00', '350.00']);
  for (const invoer of ['abc', '1.25.000', '12,34,5', '€', '1e6', '3 euro 50', '1.2.3']) {
    assert.deepEqual(f.leesBedrag(invoer), { waarde: invoer, herkend: false }, invoer);
    assert.equal(f.leesBedrag(invoer, 'en').herkend, false, invoer);
  }
  assert.deepEqual(f.leesBedrag('   '), { waarde: null, herkend: false });
  assert.deepEqual(f.leesBedrag(undefined), { waarde: null, herkend: false });
});

test('amounts written for people, and read back as the same amount', () => {
  assert.equal(f.schrijfBedrag('1250000.00', 'nl'), '€ 1.250.000,00');
  assert.equal(f.schrijfBedrag('1250000.00', 'en'), '€1,250,000.00');
  assert.equal(f.schrijfBedrag('abc'), 'abc');
  assert.equal(f.schrijfGetal('1.250', 'nl'), '1,250');
  for (const w of ['0.05', '99.50', '1250000.00', '350000.00', '-45000.00']) {
    for (const taal of ['nl', 'en']) assert.deepEqual(f.leesBedrag(f.schrijfBedrag(w, taal), taal), { waarde: w, herkend: true }, `${w} ${taal}`);
  }
  assert.deepEqual(f.tekens('nl'), { decimaal: ',', groep: '.' });
  assert.deepEqual(f.tekens('en'), { decimaal: '.', groep: ',' });
  assert.equal(f.wisselTekens('1.250,00'), '1,250.00');
});

test('dates: ISO or day-month-year, and only dates that exist', () => {
  assert.deepEqual(f.leesDatum('15-07-2025'), { waarde: '2025-07-15', herkend: true });
  assert.deepEqual(f.leesDatum('5/7/2025'), { waarde: '2025-07-05', herkend: true });
  assert.deepEqual(f.leesDatum('15.07.2025'), { waarde: '2025-07-15', herkend: true });
  assert.deepEqual(f.leesDatum('2025-07-15'), { waarde: '2025-07-15', herkend: true });
  assert.deepEqual(f.leesDatum('29-02-2024'), { waarde: '2024-02-29', herkend: true });
  assert.deepEqual(f.leesDatum('29-02-2025'), { waarde: '29-02-2025', herkend: false });
  assert.deepEqual(f.leesDatum('07/15/2025'), { waarde: '07/15/2025', herkend: false }, 'month first is not read');
  assert.deepEqual(f.leesDatum('morgen'), { waarde: 'morgen', herkend: false });
  assert.deepEqual(f.leesDatum(''), { waarde: null, herkend: false });
  assert.equal(f.schrijfDatum('2025-07-15'), '15-07-2025');
  assert.equal(f.schrijfDatum('morgen'), 'morgen');
});

test('what the readers give is what the checker reads: no KW-BEDRAG or KW-DATUM finding for a read value', () => {
  const m = nodeBouw();
  const bedragen = ['1.250.000,00', '€ 350.000', '99,5', '0,05'];
  const aanvraag = {
    regeling: '2026-2028',
    ingediend_op: f.leesDatum('15-07-2025').waarde,
    activiteiten: [{ id: 'a', naam: 'A', thema: 'school_en_omgeving', binnen_focusgebied: true, begroting: bedragen.map((b) => ({ jaar: 2026, bedrag: f.leesBedrag(b).waarde })) }],
  };
  const codes = m.toets(aanvraag).bevindingen.map((b) => b.code);
  assert.ok(!codes.some((c) => /^KW-(BEDRAG|DATUM)-/.test(c)), codes.join(' '));
  assert.equal(m.toets(aanvraag).totalen.aangevraagd, '1600099.55');
});
