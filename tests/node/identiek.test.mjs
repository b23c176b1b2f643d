// The wasm builds give the native answers byte for byte: every example (examples/*.json) and every
// case file of the Rust table tests (tests/cases/*.json) goes through the native CLI (built in this
// run: `kansrijke-wijk toets FILE --json --compact`), through `toetsJson` of the Node build and of
// the browser build, and, where JSON.parse keeps the aanvraag intact, through the object API
// `toets(JSON.parse(text))`, whose JSON.stringify must be the same bytes.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { andereSleutelvolgorde, bouwCli, invoer, native, nativeBestand, nodeBouw, regelsBestand, ruimOp, waaromNietAlsObject, webBouw } from './hulp.mjs';

const lijst = invoer();
let node;
let web;
const nativeAntwoord = new Map();

before(async () => {
  bouwCli();
  node = nodeBouw();
  web = await webBouw();
});
after(ruimOp);

test('there are examples and case files to compare', () => {
  assert.ok(lijst.filter((x) => x.soort === 'example').length >= 1, 'no examples/*.json');
  assert.ok(lijst.filter((x) => x.soort === 'case').length >= 1, 'no tests/cases/*.json');
});

// A case with a run-time rule set ("regelset"): the native CLI with --regels FILE against
// toetsMetRegelsJson / toetsMetRegels with the same rule set, named by the same path.
for (const x of lijst.filter((x) => x.regelset !== undefined)) {
  describe(`${x.soort} ${x.naam} (with its rule set)`, () => {
    let pad;
    const antwoord = () => {
      pad ??= regelsBestand(x.naam, x.regelset);
      if (!nativeAntwoord.has(x.naam)) nativeAntwoord.set(x.naam, native(x.tekst, ['--regels', pad]));
      return nativeAntwoord.get(x.naam);
    };
    test('toetsMetRegelsJson (Node and browser builds) = native CLI --regels, byte for byte', () => {
      const verwacht = antwoord();
      assert.equal(node.toetsMetRegelsJson(x.tekst, x.regelset, pad), verwacht);
      assert.equal(web.toetsMetRegelsJson(x.tekst, x.regelset, pad), verwacht);
    });
  });
}

for (const x of lijst.filter((x) => x.regelset === undefined)) {
  describe(`${x.soort} ${x.naam}`, () => {
    const antwoord = () => {
      if (!nativeAntwoord.has(x.naam)) {
        nativeAntwoord.set(x.naam, x.bestand ? nativeBestand(x.bestand) : native(x.tekst));
      }
      return nativeAntwoord.get(x.naam);
    };

    test('toetsJson (Node build) = native CLI, byte for byte', () => {
      assert.equal(node.toetsJson(x.tekst), antwoord());
    });

    test('toetsJson (browser build) = native CLI, byte for byte', () => {
      assert.equal(web.toetsJson(x.tekst), antwoord());
    });

    const waarom = waaromNietAlsObject(x.tekst);
    if (waarom) {
      test(`toets(JSON.parse(text)) not compared: ${waarom}`, { skip: waarom }, () => {});
    } else {
      test('JSON.stringify(toets(JSON.parse(text))) = native CLI (Node and browser builds)', (t) => {
        const verwacht = antwoord();
        if (andereSleutelvolgorde(verwacht)) {
          // JS orders integer-like keys first: compare the values, and say so.
          t.diagnostic('JS puts integer-like keys first; compared as values');
          assert.deepEqual(node.toets(JSON.parse(x.tekst)), JSON.parse(verwacht));
          assert.deepEqual(web.toets(JSON.parse(x.tekst)), JSON.parse(verwacht));
          return;
        }
        assert.equal(JSON.stringify(node.toets(JSON.parse(x.tekst))), verwacht);
        assert.equal(JSON.stringify(web.toets(JSON.parse(x.tekst))), verwacht);
      });
    }
  });
}
