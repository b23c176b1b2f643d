// Unit tests (Node, no browser) of applying a proven repair to the form state (www/js/herstel.js):
// the two patch operations the engine writes, refusing what no longer fits, and changing only the
// fields a patch names. Patches and expected values written here by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { naarAanvraag, uitAanvraag, zet } from '../../www/js/aanvraag.js';
import { herstelPad, herstelStaat, herstelStap, maakOngedaan, metHerstel, pasPatchToe } from '../../www/js/herstel.js';

const MEERDERE_FOUTEN = JSON.parse(readFileSync(new URL('../../examples/meerdere-fouten.json', import.meta.url), 'utf8'));

test('test en replace zoals RFC 6902 ze bedoelt; het origineel blijft ongemoeid', () => {
  const doc = { a: { b: [1, { c: 'x' }] }, 'd/e': 2 };
  const uit = pasPatchToe(doc, [
    { op: 'test', path: '/a/b/1', value: { c: 'x' } },
    { op: 'replace', path: '/a/b/0', value: 5 },
    { op: 'replace', path: '/d~1e', value: 3 },
  ]);
  assert.deepEqual(uit, { a: { b: [5, { c: 'x' }] }, 'd/e': 3 });
  assert.deepEqual(doc, { a: { b: [1, { c: 'x' }] }, 'd/e': 2 });
});

test('een patch die niet meer past, wordt geweigerd, niet half toegepast', () => {
  const doc = { jaar: 2029, lijst: [1] };
  assert.equal(pasPatchToe(doc, [{ op: 'test', path: '/jaar', value: 2030 }, { op: 'replace', path: '/jaar', value: 2028 }]), null);
  assert.equal(pasPatchToe(doc, [{ op: 'replace', path: '/ander', value: 1 }]), null, 'replace needs the member to exist');
  assert.equal(pasPatchToe(doc, [{ op: 'replace', path: '/lijst/1', value: 1 }]), null, 'past the end of a list');
  assert.equal(pasPatchToe(doc, [{ op: 'replace', path: '/lijst/01', value: 1 }]), null, 'not an index (RFC 6901)');
  assert.equal(pasPatchToe(doc, [{ op: 'remove', path: '/jaar' }]), null, 'only test and replace');
  assert.equal(pasPatchToe(doc, [{ op: 'replace', path: '', value: {} }]), null, 'not the whole document');
  assert.equal(pasPatchToe(doc, []), null, 'an empty patch repairs nothing');
  assert.deepEqual(doc, { jaar: 2029, lijst: [1] });
});

test('herstel verandert in de formulierstaat alleen het veld van de patch', () => {
  const staat = uitAanvraag(MEERDERE_FOUTEN, 'nl');
  // The user typed an amount the Dutch way elsewhere: it stays as typed, as do the list keys.
  zet(staat, '/activiteiten/0/begroting/2/bedrag', '€ 50.000');
  const sleutel = staat.activiteiten[0].begroting[1]._sleutel;
  const patch = [
    { op: 'test', path: '/activiteiten/0/begroting/1/jaar', value: 2029 },
    { op: 'replace', path: '/activiteiten/0/begroting/1/jaar', value: 2028 },
  ];
  const nieuw = herstelStaat(staat, patch, 'nl');
  assert.equal(nieuw.activiteiten[0].begroting[1].jaar, '2028');
  assert.equal(nieuw.activiteiten[0].begroting[1]._sleutel, sleutel);
  assert.equal(nieuw.activiteiten[0].begroting[2].bedrag, '€ 50.000');
  const a = naarAanvraag(nieuw, 'nl');
  assert.equal(a.activiteiten[0].begroting[1].jaar, 2028);
  assert.equal(a.activiteiten[0].begroting[2].bedrag, '50000.00');
  // Everything else goes out as before.
  const voor = naarAanvraag(staat, 'nl');
  voor.activiteiten[0].begroting[1].jaar = 2028;
  assert.deepEqual(a, voor);
  assert.equal(staat.activiteiten[0].begroting[1].jaar, '2029', 'the state it came from is unchanged');
});

test('een bedrag dat het bestand anders schreef, wordt na herstel gelezen zoals het formulier leest', () => {
  const staat = uitAanvraag(MEERDERE_FOUTEN, 'nl');
  const pad = '/activiteiten/0/begroting/0/bedrag';
  const nieuw = herstelStaat(staat, [{ op: 'test', path: pad, value: '1.250.000,00' }, { op: 'replace', path: pad, value: '1250000.00' }], 'nl');
  assert.equal(nieuw.activiteiten[0].begroting[0].bedrag, '1.250.000,00');
  assert.equal('bedrag' in (nieuw.activiteiten[0].begroting[0]._rest ?? {}), false, 'no longer kept aside as written');
  assert.equal(naarAanvraag(nieuw, 'nl').activiteiten[0].begroting[0].bedrag, '1250000.00');
  // In English the same amount is shown the English way.
  const en = herstelStaat(uitAanvraag(MEERDERE_FOUTEN, 'en'), [{ op: 'replace', path: pad, value: '1250000.00' }], 'en');
  assert.equal(en.activiteiten[0].begroting[0].bedrag, '1,250,000.00');
  // A patch whose test fails (the form holds another value by now) gives no state.
  assert.equal(herstelStaat(staat, [{ op: 'test', path: pad, value: '1' }, { op: 'replace', path: pad, value: '1.00' }], 'nl'), null);
});

test('elke bevinding krijgt het herstel van dezelfde bevinding, op volgorde', () => {
  const h1 = { nl: 'a', en: 'a', patch: [{ op: 'replace', path: '/x', value: 1 }] };
  const h2 = { nl: 'b', en: 'b', patch: [] };
  const eigen = [
    { code: 'KW-A', pad: '/x' },
    { code: 'KW-A', pad: '/x' },
    { code: 'KW-FORMULIER-002', pad: '/y' },
  ];
  const uitgelegd = { bevindingen: [{ code: 'KW-A', pad: '/x', herstel: h1 }, { code: 'KW-A', pad: '/x', herstel: h2 }] };
  const uit = metHerstel(eigen, uitgelegd);
  assert.deepEqual(uit.map((b) => b.herstel ?? null), [h1, h2, null]);
  assert.deepEqual(metHerstel(eigen, null), eigen);
  assert.equal(herstelPad({ pad: '/x', herstel: h1 }), '/x');
  assert.equal(herstelPad({ pad: '/z', herstel: h2 }), '/z');
});

test('ongedaan maken zet alleen de velden van het herstel terug, en niet als die sindsdien veranderden', () => {
  const staat = uitAanvraag(MEERDERE_FOUTEN, 'nl');
  const pad = '/activiteiten/0/begroting/0/bedrag';
  const patch = [{ op: 'replace', path: pad, value: '1250000.00' }];
  const na = herstelStaat(staat, patch, 'nl');
  const stap = herstelStap(staat, na, patch);
  // Typed after the repair, elsewhere: it stays when the repair is undone.
  zet(na, '/activiteiten/1/naam', 'Mijn naam');
  const terug = maakOngedaan(na, stap);
  assert.equal(terug.activiteiten[0].begroting[0].bedrag, '1.250.000,00');
  assert.equal(terug.activiteiten[0].begroting[0]._rest.bedrag, '1.250.000,00', 'kept as the file wrote it again');
  assert.equal(naarAanvraag(terug, 'nl').activiteiten[0].begroting[0].bedrag, '1.250.000,00');
  assert.equal(terug.activiteiten[1].naam, 'Mijn naam');
  // The repaired field edited since: undo refuses rather than overwrite it.
  zet(na, pad, '1.000.000,00');
  assert.equal(maakOngedaan(na, stap), null);
});
