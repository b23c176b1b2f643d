// The package's entries keep the promise of the docs (issue 15): the checks never throw, not before
// init() (KW-MODULE-001) and not should the module trap (KW-MODULE-002); a failed init() says why.
// Run on pkg/ as built (the tool-chain test does the same from the packed tarball in browsers).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { pkg } from './hulp.mjs';

const wasmBytes = () => readFileSync(join(pkg, 'web', 'kansrijke_wijk_bg.wasm'));

test('index.js before init(): the checks answer KW-MODULE-001, the look-ups say to call init()', async () => {
  const m = await import(`${pathToFileURL(join(pkg, 'index.js')).href}?voor-init`);
  assert.equal(m.isGeladen(), false);
  for (const b of [m.toets({}), m.toetsMetRegels({}, '{}'), JSON.parse(m.toetsJson('{}')), JSON.parse(m.toetsMetRegelsJson('{}', '{}'))]) {
    assert.equal(b.uitkomst, 'voldoet_niet');
    assert.deepEqual(b.bevindingen.map((x) => [x.code, x.ernst, x.pad]), [['KW-MODULE-001', 'fout', '']]);
    assert.match(b.bevindingen[0].melding.en, /call await init\(\) first/);
  }
  assert.equal(m.isRegelsetFout({ fout: {} }), true);
  assert.equal(m.isRegelsetFout(m.toets({})), false);
  for (const f of ['gebieden', 'zoekGebied', 'buurten', 'regels', 'versie']) {
    assert.throws(() => m[f]('x'), new RegExp(`kansrijke-wijk: ${f}\\(\\) needs the module: call await init\\(\\) first`));
  }

  // A failed load names the cause, and the checks then say it too.
  await assert.rejects(m.default({ module_or_path: new Uint8Array([60, 104, 116, 109, 108]) }), /kansrijke-wijk: what was loaded is not WebAssembly/);
  assert.match(m.toets({}).bevindingen[0].melding.nl, /niet geladen.*is not WebAssembly/);
  await assert.rejects(
    m.default({ module_or_path: new Response('niet gevonden', { status: 404, statusText: 'Not Found' }) }),
    /kansrijke-wijk: failed to fetch Wasm: 404 Not Found/,
  );
  await assert.rejects(
    m.default({ module_or_path: new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }) }),
    /not WebAssembly.*optimizeDeps\.exclude/,
  );
  assert.throws(() => m.initSync({ module: new Uint8Array([1, 2, 3, 4]) }), /kansrijke-wijk: what was loaded is not WebAssembly/);

  // Then a good load works, and a second call does nothing.
  await m.default({ module_or_path: wasmBytes() });
  assert.equal(m.isGeladen(), true);
  assert.equal(m.toets({}).bevindingen.some((b) => b.code === 'KW-MODULE-001'), false);
  await m.default({ module_or_path: new Uint8Array(0) });
  assert.equal(m.versie().regels_sha256.length, 64);
});

test('node/index.cjs: a trap in the module is a KW-MODULE-002 beoordeling, never a throw', () => {
  const vereis = createRequire(import.meta.url);
  const glue = vereis(join(pkg, 'node', 'kansrijke_wijk.js'));
  const kw = vereis(join(pkg, 'node', 'index.cjs'));
  const echt = { toets: glue.toets, toetsJson: glue.toetsJson, toetsMetRegels: glue.toetsMetRegels, toetsMetRegelsJson: glue.toetsMetRegelsJson };
  try {
    for (const naam of Object.keys(echt)) {
      glue[naam] = () => {
        throw new WebAssembly.RuntimeError('unreachable');
      };
    }
    for (const b of [kw.toets({}), kw.toetsMetRegels({}, '{}'), JSON.parse(kw.toetsJson('{}')), JSON.parse(kw.toetsMetRegelsJson('{}', '{}'))]) {
      assert.deepEqual(b.bevindingen.map((x) => [x.code, x.ernst, x.pad]), [['KW-MODULE-002', 'fout', '']]);
      assert.match(b.bevindingen[0].melding.en, /The checker failed: RuntimeError: unreachable/);
    }
  } finally {
    Object.assign(glue, echt);
  }
  assert.equal(kw.toets({}).bevindingen.some((b) => b.code.startsWith('KW-MODULE')), false);
  assert.equal(kw.isGeladen(), true);
});
