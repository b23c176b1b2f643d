#!/usr/bin/env node
// The JS boundary (issue 13, item 4): the object API through the walker of src/wasm.rs (the
// package) against serde-wasm-bindgen (a build with the measurement feature `meet-swb`: input
// only; `meet-swb-uit`: input and answer) and against JSON text (`toetsJson`, and
// `JSON.parse(toetsJson(JSON.stringify(x)))`). Speed: median µs per call in interleaved rounds;
// junk: what each gives for the inputs the contract promises to survive. Not a test; the figures
// go to BENCHMARKS.md.
//
// Build the two variants first (wasm-opt from node_modules/.bin on PATH, as build:wasm has it):
//   wasm-pack build --profile wasm --target nodejs --mode no-install --no-pack --no-typescript \
//     --out-dir /tmp/kw-meet-swb --out-name kansrijke_wijk . -- --no-default-features --features meet-swb
//   (and the same with meet-swb-uit into /tmp/kw-meet-swb-uit)
// Usage: node --expose-gc benches/grens.mjs [--swb DIR] [--swb-uit DIR]

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (naam, standaard) => {
  const i = process.argv.indexOf(naam);
  return i > 0 ? process.argv[i + 1] : standaard;
};
const vereis = createRequire(import.meta.url);
const bouwen = {
  walker: { map: join(wortel, 'pkg', 'node'), wasm: join(wortel, 'pkg', 'web', 'kansrijke_wijk_bg.wasm') },
  swb: { map: arg('--swb', '/tmp/kw-meet-swb') },
  'swb-uit': { map: arg('--swb-uit', '/tmp/kw-meet-swb-uit') },
};
for (const b of Object.values(bouwen)) {
  b.m = vereis(join(b.map, 'kansrijke_wijk.js'));
  const wasm = readFileSync(b.wasm ?? join(b.map, 'kansrijke_wijk_bg.wasm'));
  b.grootte = { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
}

function voorbeeld(naam) {
  return JSON.parse(readFileSync(join(wortel, 'examples', `${naam}.json`), 'utf8'));
}
function metActiviteiten(n) {
  const a = voorbeeld('groningen-noord-school-en-omgeving');
  const basis = a.activiteiten[0];
  a.activiteiten = Array.from({ length: n }, (_, i) => ({ ...basis, id: `activiteit-${i}`, naam: `Activiteit ${i}` }));
  return a;
}
const invoer = readdirSync(join(wortel, 'examples'))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => [n.replace(/\.json$/, ''), voorbeeld(n.replace(/\.json$/, ''))]);
invoer.push(['50-activiteiten', metActiviteiten(50)]);

/** A sketch, not in the package: JSON.stringify first (non-finite numbers as their text, as the
 * walker reads them), the walker only when stringify throws (cycle, BigInt, a throwing getter). */
const eindig = (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
function snel(m, x) {
  let t;
  try {
    t = JSON.stringify(x, eindig);
  } catch {
    return m.toets(x);
  }
  return t === undefined ? m.toets(x) : JSON.parse(m.toetsJson(t));
}
// Junk: what each build answers (first finding), or what it throws.
const kring = { regeling: '2026-2028' };
kring.zelf = kring;
const getter = { regeling: '2026-2028' };
Object.defineProperty(getter, 'gemeente', { enumerable: true, get() { throw new Error('getter gooit'); } });
const nan = metActiviteiten(1);
nan.activiteiten[0].begroting[0].bedrag = NaN;
const groot = metActiviteiten(1);
groot.activiteiten[0].begroting[0].bedrag = 35000000n;
const getallen = metActiviteiten(1);
getallen.activiteiten[0].begroting[0].bedrag = 125000;
const datum = { ...voorbeeld('groningen-noord-school-en-omgeving'), ingediend_op: new Date('2025-07-15T00:00:00Z') };
const junk = {
  'a cycle': () => kring,
  'a throwing getter': () => getter,
  'NaN as bedrag': () => nan,
  'BigInt 35000000n as bedrag': () => groot,
  'number 125000 as bedrag': () => getallen,
  'a Date as ingediend_op (toJSON)': () => datum,
  '10,000 activities': () => metActiviteiten(10_000),
  '2,000,000 values': () => ({ lijst: Array.from({ length: 2_000_001 }, () => 0) }),
};
const eenJunk = process.argv.indexOf('--junk');
if (eenJunk > 0) {
  // One case in one build, in a process of its own: a trap (a stack overflow) leaves a module
  // unusable, so it must not decide the next case.
  const [wat, b] = [process.argv[eenJunk + 1], process.argv[eenJunk + 2]];
  const x = junk[wat]();
  {
    const begin = performance.now();
    let uit;
    try {
      const r = b === 'snel' ? snel(bouwen.walker.m, x) : bouwen[b].m.toets(x);
      const f = r.bevindingen.find((v) => v.ernst === 'fout') ?? r.bevindingen[0];
      uit = `${r.uitkomst}, ${r.bevindingen.length} findings; ${f ? `${f.code} ${f.pad}: ${f.melding.nl.slice(0, 90)}` : ''}`;
    } catch (e) {
      uit = `THREW ${String(e).split('\n')[0].slice(0, 100)}`;
    }
    console.log(`${wat} | ${b} | ${uit} | ${(performance.now() - begin).toFixed(0)} ms`);
  }
  process.exit(0);
}

// Speed: every (entry, input) cell in each round, in turn.
const ingangen = {
  'walker toets(object)': (x) => bouwen.walker.m.toets(x),
  'swb toets(object)': (x) => bouwen.swb.m.toets(x),
  'swb-uit toets(object)': (x) => bouwen['swb-uit'].m.toets(x),
  'sketch: stringify, walker as fallback': (x) => snel(bouwen.walker.m, x),
  'toetsJson(text)': (x, t) => bouwen.walker.m.toetsJson(t),
  'JSON.parse(toetsJson(JSON.stringify(x)))': (x) => JSON.parse(bouwen.walker.m.toetsJson(JSON.stringify(x))),
};
const RONDES = 7;
const PER = 300;
const tijden = {};
for (const [naam, x] of invoer) {
  const t = JSON.stringify(x);
  for (const [ing, f] of Object.entries(ingangen)) {
    tijden[`${naam}|${ing}`] = [];
    for (let i = 0; i < 100; i++) f(x, t);
  }
}
for (let r = 0; r < RONDES; r++) {
  for (const [naam, x] of invoer) {
    const t = JSON.stringify(x);
    for (const [ing, f] of Object.entries(ingangen)) {
      globalThis.gc?.();
      const lijst = tijden[`${naam}|${ing}`];
      for (let i = 0; i < PER; i++) {
        const b = process.hrtime.bigint();
        f(x, t);
        lijst.push(Number(process.hrtime.bigint() - b) / 1000);
      }
    }
  }
}
const mediaan = (l) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
console.log(`median µs per call (${RONDES} rounds of ${PER} calls per cell; a shared, noisy machine)`);
console.log(['input', ...Object.keys(ingangen)].join(' | '));
for (const [naam] of invoer) {
  console.log([naam, ...Object.keys(ingangen).map((ing) => mediaan(tijden[`${naam}|${ing}`]).toFixed(1))].join(' | '));
}

// Same answer on the examples? (the walker's object is the package's, byte for byte native).
for (const [naam, x] of invoer) {
  const w = JSON.stringify(bouwen.walker.m.toets(x));
  for (const b of ['swb', 'swb-uit']) {
    const s = JSON.stringify(bouwen[b].m.toets(x));
    if (s !== w) console.log(`DIFFERENT answer: ${b} on ${naam}`);
  }
}


console.log('\njunk: first finding (code, pad, Dutch message) or what was thrown, and ms; each in a fresh process');
for (const wat of Object.keys(junk)) {
  for (const b of ['walker', 'swb', 'swb-uit', 'snel']) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--junk', wat, b], { encoding: 'utf8' });
    process.stdout.write(r.stdout || `${wat} | ${b} | process ended (status ${r.status}, ${r.signal ?? ''}): ${(r.stderr ?? '').split('\n').find((l) => l.trim()) ?? ''}\n`);
  }
}
console.log('\nsize of the .wasm (raw, gzip -9):');
for (const [b, { grootte }] of Object.entries(bouwen)) console.log(`${b}: ${grootte.raw} B, ${grootte.gzip} B`);
