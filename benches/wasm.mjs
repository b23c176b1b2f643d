#!/usr/bin/env node
// Node bench of the wasm build (not a test): median and p95 microseconds per `toets` (object in)
// and `toetsJson` (JSON text in) for every example and for a 50-activity aanvraag, with the Node
// build and the browser build (the package's index.js over the --target web glue); and the time to instantiate the module (compile + instantiate, in a
// fresh process each time) and to the first answer.
// The native figures come from `cargo bench --profile criterion --bench toets` (criterion), on
// the same inputs.
//
// Usage: node --expose-gc benches/wasm.mjs [--json]   (after npm run build:wasm; npm run bench does both)

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(wortel, 'pkg');
const OPWARMEN = 300;
const RONDES = 5;
const PER_RONDE = 600;
const METINGEN = RONDES * PER_RONDE;
const STARTS = 25;

function percentiel(gesorteerd, p) {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

function samenvatting(tijden) {
  const s = [...tijden].sort((a, b) => a - b);
  return { mediaan: percentiel(s, 50), p95: percentiel(s, 95), n: s.length };
}

/** Time `f` per call, in microseconds, appending to `tijden`. */
function meet(f, aantal, tijden) {
  globalThis.gc?.();
  for (let i = 0; i < aantal; i++) {
    const begin = performance.now();
    f();
    tijden.push((performance.now() - begin) * 1000);
  }
}

/** The first example with its first activity repeated `n` times, as benches/toets.rs builds it. */
function metActiviteiten(n) {
  const a = JSON.parse(readFileSync(join(wortel, 'examples', 'groningen-noord-school-en-omgeving.json'), 'utf8'));
  const basis = a.activiteiten[0];
  a.activiteiten = Array.from({ length: n }, (_, i) => ({ ...basis, id: `activiteit-${i}`, naam: `Activiteit ${i}` }));
  return JSON.stringify(a);
}

function invoer() {
  const map = join(wortel, 'examples');
  const lijst = readdirSync(map)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => [n.replace(/\.json$/, ''), readFileSync(join(map, n), 'utf8')]);
  lijst.push(['50-activiteiten', metActiviteiten(50)]);
  return lijst;
}

/** Instantiation in a fresh process: [load + compile + instantiate, then the first toets]. */
function starts() {
  const code = `
    const t0 = performance.now();
    const m = require(${JSON.stringify(join(pkg, 'node', 'kansrijke_wijk.js'))});
    const t1 = performance.now();
    m.toetsJson('{}');
    const t2 = performance.now();
    process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  const webCode = `
    const { readFileSync } = await import('node:fs');
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(join(pkg, 'index.js')).href)});
    await m.default({ module_or_path: readFileSync(${JSON.stringify(join(pkg, 'web', 'kansrijke_wijk_bg.wasm'))}) });
    const t1 = performance.now();
    m.toetsJson('{}');
    const t2 = performance.now();
    process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  const uit = {};
  for (const [naam, args] of [
    ['Node build (require: read, compile, instantiate)', ['-e', code]],
    ['browser build (import + init from bytes: compile, instantiate)', ['--input-type=module', '-e', webCode]],
  ]) {
    const laden = [];
    const eerste = [];
    for (let i = 0; i < STARTS; i++) {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const [a, b] = JSON.parse(r.stdout);
      laden.push(a * 1000);
      eerste.push(b * 1000);
    }
    uit[naam] = { instantiate: samenvatting(laden), eersteToets: samenvatting(eerste) };
  }
  return uit;
}

const node = createRequire(import.meta.url)(join(pkg, 'node', 'kansrijke_wijk.js'));
// The browser build as a page calls it: the package's entry index.js (its layer over the glue).
const web = await import(pathToFileURL(join(pkg, 'index.js')).href);
web.initSync({ module: readFileSync(join(pkg, 'web', 'kansrijke_wijk_bg.wasm')) });

const resultaat = {
  machine: {
    cpu: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    geheugen_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  toets: [],
  start: starts(),
};

// Every input and entry point in turn, in rounds, so that no one of them gets all the quiet (or
// all the garbage collection) of the machine.
const gevallen = [];
for (const [naam, tekst] of invoer()) {
  const object = JSON.parse(tekst);
  const functies = {
    'node toets(object)': () => node.toets(object),
    'node toetsJson(text)': () => node.toetsJson(tekst),
    'web toets(object)': () => web.toets(object),
    'web toetsJson(text)': () => web.toetsJson(tekst),
  };
  for (const f of Object.values(functies)) for (let i = 0; i < OPWARMEN; i++) f();
  gevallen.push({ naam, functies, tijden: Object.fromEntries(Object.keys(functies).map((k) => [k, []])) });
}
for (let ronde = 0; ronde < RONDES; ronde++) {
  for (const g of gevallen) {
    for (const [k, f] of Object.entries(g.functies)) meet(f, PER_RONDE, g.tijden[k]);
  }
}
for (const g of gevallen) {
  resultaat.toets.push({
    invoer: g.naam,
    ...Object.fromEntries(Object.entries(g.tijden).map(([k, t]) => [k, samenvatting(t)])),
  });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(resultaat, null, 2));
} else {
  const m = resultaat.machine;
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.geheugen_gb} GB, Node ${m.node}, ${m.platform}`);
  console.log(`per call, µs (median / p95 of ${METINGEN} calls in ${RONDES} rounds, after ${OPWARMEN} warm-up calls):`);
  const kolommen = Object.keys(resultaat.toets[0]).filter((k) => k !== 'invoer');
  const breed = Math.max(...resultaat.toets.map((r) => r.invoer.length));
  console.log(`${'input'.padEnd(breed)}  ${kolommen.map((k) => k.padStart(22)).join('')}`);
  for (const r of resultaat.toets) {
    console.log(
      `${r.invoer.padEnd(breed)}  ${kolommen.map((k) => `${r[k].mediaan.toFixed(0)} / ${r[k].p95.toFixed(0)}`.padStart(22)).join('')}`,
    );
  }
  console.log(`start-up, ms (median / p95 of ${STARTS} fresh processes):`);
  for (const [naam, s] of Object.entries(resultaat.start)) {
    const ms = (x) => `${(x.mediaan / 1000).toFixed(1)} / ${(x.p95 / 1000).toFixed(1)}`;
    console.log(`  ${naam}: ${ms(s.instantiate)}; first toets: ${ms(s.eersteToets)}`);
  }
}
