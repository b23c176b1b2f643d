// Unit tests (Node, no browser) of the sums of the form's overview (www/js/overzicht.js): exact
// cents, a ceiling crossed by one cent, with the engine's own rule data (`regels()` from the built
// package) and beoordelingen made here by hand, so any amount can be tried.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { bereken, centen, uitCenten } from '../../www/js/overzicht.js';

const kw = createRequire(import.meta.url)('../../pkg/node/index.cjs');
const regelingen = kw.regels().regelingen;

/** A beoordeling of tranche 2 for `gebied` asking `per_geldstroom` (as the engine would total it). */
function beoordeling(gebied, per) {
  const per_geldstroom = { OCW: '0.00', SZW: '0.00', VRO: '0.00', ...per };
  return {
    regeling: { id: '2026-2028' },
    uitkomst: 'voldoet',
    focusgebied: { id: gebied, naam: gebied, gemeente: 'G' },
    bevindingen: [],
    totalen: { aangevraagd: uitCenten(Object.values(per_geldstroom).reduce((s, w) => s + centen(w), 0n)), per_geldstroom, per_thema: {} },
  };
}

/** The overview of files whose text is the beoordeling itself (the stub engine reads it back). */
function overzicht(beoordelingen) {
  const stukken = beoordelingen.map((b, i) => ({ naam: `a${String(i).padStart(2, '0')}.json`, tekst: JSON.stringify(b) }));
  return bereken(stukken, { toetsJson: (tekst) => JSON.parse(tekst), regelingen });
}

test('centen: exact, ook voorbij 2^53', () => {
  assert.equal(centen('1234.50'), 123450n);
  assert.equal(centen('-5.00'), -500n);
  assert.equal(centen('12.5'), 1250n);
  assert.equal(centen('1e3'), null);
  assert.equal(uitCenten(centen('90071992547409.93') + centen('0.01')), '90071992547409.94');
  assert.equal(uitCenten(-5n), '-0.05');
});

test('twintig aanvragen die samen OCW precies op het plafond brengen, en één cent erboven', () => {
  // 19 × 16.350.000,00 = 310.650.000,00; the 20th asks 16.350.000,00 (327.000.000,00 in all, the
  // ceiling: binnen) or 16.350.000,01 (one cent above: a waarschuwing, afgeleid).
  const gebieden = Array.from({ length: 20 }, (_, i) => `gebied-${i}`);
  const op = overzicht(gebieden.map((g) => beoordeling(g, { OCW: '16350000.00' })));
  const ocw = op.plafonds.find((p) => p.geldstroom === 'OCW');
  assert.deepEqual([ocw.aangevraagd, ocw.plafond, ocw.status, ocw.boven_plafond], ['327000000.00', '327000000.00', 'binnen', null]);
  assert.deepEqual(op.bevindingen, []);
  const boven = overzicht(gebieden.map((g, i) => beoordeling(g, { OCW: i === 19 ? '16350000.01' : '16350000.00' })));
  const ocw2 = boven.plafonds.find((p) => p.geldstroom === 'OCW');
  assert.deepEqual([ocw2.aangevraagd, ocw2.status, ocw2.boven_plafond, ocw2.bron.zekerheid], ['327000000.01', 'boven', '0.01', 'afgeleid']);
  assert.deepEqual(boven.bevindingen.map((b) => [b.code, b.ernst]), [['KW-OVERZICHT-001', 'waarschuwing']]);
  assert.equal(
    boven.bevindingen[0].melding.nl,
    'De 20 aanvragen van 2026-2028 vragen samen € 327.000.000,01 uit geldstroom OCW: € 0,01 meer dan het budget van € 327.000.000,00 voor alle gebieden samen.',
  );
  assert.equal(
    boven.bevindingen[0].melding.en,
    'The 20 applications of 2026-2028 together request €327,000,000.01 from funding stream OCW: €0.01 more than its budget of €327,000,000.00 for all areas together.',
  );
  // All streams together (327 + 51 + 30 = 408 mln, geverifieerd) are not reached.
  assert.equal(boven.plafonds.find((p) => p.soort === 'som_geldstromen').status, 'binnen');
});

test('alle geldstromen samen één cent boven € 408 mln is een fout (geverifieerd)', () => {
  // OCW 327.000.000,00 + SZW 51.000.000,00 + VRO 30.000.000,01: each stream at or (VRO) one cent
  // above its ceiling; together 408.000.000,01.
  const o = overzicht([beoordeling('x', { OCW: '327000000.00', SZW: '51000000.00' }), beoordeling('y', { VRO: '30000000.01' })]);
  const alle = o.plafonds.find((p) => p.soort === 'som_geldstromen');
  assert.deepEqual([alle.aangevraagd, alle.plafond, alle.status, alle.boven_plafond, alle.bron.zekerheid], ['408000000.01', '408000000.00', 'boven', '0.01', 'geverifieerd']);
  assert.deepEqual(o.bevindingen.map((b) => [b.code, b.ernst]), [['KW-OVERZICHT-001', 'waarschuwing'], ['KW-OVERZICHT-002', 'fout']]);
});

test('een bestand dat geen JSON is, staat bij onleesbaar en houdt de rest niet tegen', () => {
  const o = bereken(
    [
      { naam: 'b.json', tekst: '{' },
      { naam: 'a.json', tekst: JSON.stringify(beoordeling('x', { OCW: '1.00' })) },
      { naam: 'c.json', onleesbaar: { nl: 'geen UTF-8-tekst', en: 'not UTF-8 text' } },
    ],
    { toetsJson: (t) => (t === '{' ? JSON.parse(kw.toetsJson(t)) : JSON.parse(t)), regelingen },
  );
  assert.deepEqual(o.aanvragen.map((a) => a.bron), ['a.json']);
  assert.deepEqual(o.onleesbaar.map((x) => x.bron), ['b.json', 'c.json']);
  assert.match(o.onleesbaar[0].reden.nl, /geen geldige JSON/);
});

test('één aanvraag boven een plafond: de melding in het enkelvoud', () => {
  const o = overzicht([beoordeling('x', { OCW: '327000000.01' })]);
  assert.deepEqual(o.bevindingen.map((b) => b.code), ['KW-OVERZICHT-001']);
  assert.equal(
    o.bevindingen[0].melding.nl,
    'De aanvraag van 2026-2028 vraagt € 327.000.000,01 uit geldstroom OCW: € 0,01 meer dan het budget van € 327.000.000,00 voor alle gebieden samen.',
  );
  assert.equal(
    o.bevindingen[0].melding.en,
    'The application of 2026-2028 requests €327,000,000.01 from funding stream OCW: €0.01 more than its budget of €327,000,000.00 for all areas together.',
  );
});

test('bedragen niet gelezen: de sommen zijn onvolledig, geen plafond heet gehaald (KW-OVERZICHT-006)', () => {
  const fout = (code, pad) => ({ code, ernst: 'fout', pad, melding: { nl: '', en: '' } });
  const b = beoordeling('x', { OCW: '1.00' });
  b.totalen.aangevraagd = '3.00'; // 2.00 for a theme without a geldstroom
  b.bevindingen = [
    fout('KW-BEDRAG-001', '/activiteiten/0/begroting/1/bedrag'),
    fout('KW-BEDRAG-002', '/activiteiten/0/begroting/1/bedrag'), // the same line: counted once
    fout('KW-INVOER-002', '/activiteiten/2/begroting/0/bedrag'),
    fout('KW-BEDRAG-001', '/activiteiten/0/begroting'), // not an amount
    { ...fout('KW-BEDRAG-003', '/activiteiten/3/begroting/0/bedrag'), ernst: 'waarschuwing' },
  ];
  const o = overzicht([b, beoordeling('y', { SZW: '5.00' })]);
  assert.deepEqual(o.aanvragen.map((a) => [a.bedragen_niet_gelezen, a.zonder_geldstroom]), [[2, '2.00'], [0, '0.00']]);
  const [tt] = o.totalen;
  assert.deepEqual([tt.bedragen_niet_gelezen, tt.aanvragen_niet_gelezen, tt.zonder_geldstroom, tt.aangevraagd], [2, 1, '2.00', '8.00']);
  assert.ok(o.plafonds.every((p) => p.status === 'onvolledig'), JSON.stringify(o.plafonds.map((p) => p.status)));
  // All streams together count only the streams (6.00), the regulation's budget everything (8.00).
  assert.equal(o.plafonds.find((p) => p.soort === 'som_geldstromen').aangevraagd, '6.00');
  assert.equal(o.plafonds.find((p) => p.soort === 'totaal')?.aangevraagd ?? '8.00', '8.00');
  assert.deepEqual(o.bevindingen.map((b2) => [b2.code, b2.ernst, b2.aanvragen]), [['KW-OVERZICHT-006', 'waarschuwing', ['a00.json']]]);
  assert.equal(
    o.bevindingen[0].melding.nl,
    'De sommen van 2026-2028 zijn onvolledig: 2 bedragen in 1 aanvraag niet gelezen (a00.json); ze tellen niet mee, dus of de plafonds gehaald worden is niet te zeggen. Herstel die bedragen (zie hun bevindingen KW-BEDRAG-…).',
  );
});
