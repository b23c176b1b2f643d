// The uitleg module (pkg/uitleg.js, issue 14): its answers are the native CLI's byte for byte
// (`toets --json --uitleg --compact`) on every example and case file, and every patch it offers is
// proven here again with a patch applier of this test's own: applied to the aanvraag and checked by
// the package's main module, the finding is gone and no fout, waarschuwing or ontbreekt is new.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { bouwCli, invoer, native, nodeBouw, pkg, ruimOp, wortel } from './hulp.mjs';

const lijst = invoer().filter((x) => x.regelset === undefined);
let uitleg;
let kern;

before(async () => {
  bouwCli();
  kern = nodeBouw();
  uitleg = await import(pathToFileURL(join(pkg, 'uitleg.js')).href);
  assert.equal(uitleg.isGeladen(), false);
  // Before init: an answer that says so, no exception.
  assert.equal(uitleg.toetsUitleg({}).bevindingen[0].code, 'KW-MODULE-001');
  assert.equal(JSON.parse(uitleg.herstelJson('{}')).beoordeling.bevindingen[0].code, 'KW-MODULE-001');
  await uitleg.default();
  assert.equal(uitleg.isGeladen(), true);
});
after(ruimOp);

/** RFC 6901 pointer to [parent, key]; only what herstel writes (objects and arrays). */
function ouder(doc, pad) {
  const delen = pad.split('/').slice(1).map((d) => d.replaceAll('~1', '/').replaceAll('~0', '~'));
  const sleutel = delen.pop();
  let w = doc;
  for (const d of delen) w = w[Array.isArray(w) ? Number(d) : d];
  return [w, Array.isArray(w) ? Number(sleutel) : sleutel];
}

/** Apply `test` and `replace` operations (all herstel writes); a failed test throws. */
function pasToe(doc, patch) {
  const kopie = structuredClone(doc);
  for (const op of patch) {
    const [o, k] = ouder(kopie, op.path);
    if (op.op === 'test') assert.deepEqual(o[k], op.value, `test at ${op.path}`);
    else if (op.op === 'replace') {
      assert.ok(k in o, `replace at ${op.path}: nothing there`);
      o[k] = op.value;
    } else assert.fail(`unexpected operation ${op.op}`);
  }
  return kopie;
}

const sleutel = (b) => `${b.ernst} ${b.code} ${b.pad}`;

for (const x of lijst) {
  describe(`${x.soort} ${x.naam}`, () => {
    test('toetsUitlegJson = native toets --json --uitleg --compact, byte for byte', () => {
      assert.equal(uitleg.toetsUitlegJson(x.tekst), native(x.tekst, ['--uitleg']));
    });

    test('without herstel and getoetst it is the beoordeling of toetsJson', () => {
      const u = JSON.parse(uitleg.toetsUitlegJson(x.tekst));
      assert.ok(Array.isArray(u.getoetst));
      delete u.getoetst;
      for (const b of u.bevindingen) delete b.herstel;
      assert.deepEqual(u, JSON.parse(kern.toetsJson(x.tekst)));
    });

    test('every patch offered removes its finding and adds no fout, waarschuwing or ontbreekt', () => {
      let doc;
      try {
        doc = JSON.parse(x.tekst);
      } catch {
        return; // not JSON: nothing to patch (the answer has no herstel, checked above)
      }
      const u = uitleg.toetsUitleg(doc);
      const voor = new Set(u.bevindingen.map(sleutel));
      for (const f of u.bevindingen.filter((b) => b.herstel?.patch.length)) {
        const na = JSON.parse(kern.toetsJson(JSON.stringify(pasToe(doc, f.herstel.patch))));
        const nu = na.bevindingen.filter((b) => b.code === f.code && b.pad === f.pad);
        assert.equal(nu.length, 0, `${f.code} at ${f.pad} still there after its patch`);
        const nieuw = na.bevindingen.filter((b) => b.ernst !== 'info' && !voor.has(sleutel(b)));
        assert.deepEqual(nieuw.map(sleutel), [], `the patch of ${f.code} at ${f.pad} adds findings`);
      }
    });
  });
}

test('meerdere-fouten: the fouten a patch can fix are fixed, the rest are decisions', () => {
  const tekst = readFileSync(join(wortel, 'examples', 'meerdere-fouten.json'), 'utf8');
  const h = uitleg.herstel(JSON.parse(tekst));
  // The CLI's herstel gives the same repaired aanvraag.
  const cli = spawnSync(join(wortel, 'target', 'debug', 'kansrijke-wijk'), ['herstel', join(wortel, 'examples', 'meerdere-fouten.json')], { encoding: 'utf8' });
  assert.deepEqual(h.aanvraag, JSON.parse(cli.stdout));
  assert.ok(h.wijzigingen.length > 0);
  for (const w of h.wijzigingen) assert.ok(w.nl && w.en && w.pad.startsWith('/'), JSON.stringify(w));
  // What is left: no fout that still carries a patch (a repair nobody applied).
  const over = h.beoordeling.bevindingen.filter((b) => b.ernst === 'fout');
  assert.ok(over.length > 0);
  for (const b of over) assert.ok(!b.herstel?.patch.length, `${b.code} at ${b.pad} has a patch left`);
  // Checking the repaired aanvraag again gives the same beoordeling.
  const opnieuw = JSON.parse(kern.toetsJson(JSON.stringify(h.aanvraag)));
  assert.deepEqual(opnieuw.bevindingen.map(sleutel), h.beoordeling.bevindingen.map(sleutel));
});

test('junk never throws: a cycle, a BigInt, text that is not JSON', () => {
  const kring = {};
  kring.zelf = kring;
  for (const w of [kring, { bedrag: 10n }, undefined, () => 1]) {
    const u = uitleg.toetsUitleg(w);
    assert.equal(typeof u.uitkomst, 'string');
    assert.ok(Array.isArray(u.getoetst));
  }
  assert.equal(JSON.parse(uitleg.toetsUitlegJson('{')).bevindingen[0].code, 'KW-INVOER-001');
  assert.equal(JSON.parse(uitleg.herstelJson('{')).aanvraag, null);
});
