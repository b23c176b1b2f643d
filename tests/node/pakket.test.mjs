// The npm package as a web developer gets it: `npm pack` of pkg/, installed from the tarball into an
// empty project (offline), then imported as an ES module and with require, its browser build
// loaded, its types compiled with `tsc --noEmit` (also against real answers), the README's usage
// example (npm/voorbeeld.mjs) run, and all of it with every network API blocked.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { bouwCli, native, nodeBouw, pkg, ruimOp, wortel } from './hulp.mjs';

let map;
let tarball;
let inhoud;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function draai(programma, args, opties = {}) {
  const r = spawnSync(programma, args, { cwd: map, encoding: 'utf8', ...opties });
  if (r.error) throw r.error;
  return r;
}

function node(args, opties) {
  const r = draai(process.execPath, args, opties);
  assert.equal(r.status, 0, `node ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(() => {
  bouwCli();
  assert.ok(existsSync(join(pkg, 'package.json')), 'pkg/package.json is missing: run "npm run build:wasm" first');
  map = mkdtempSync(join(tmpdir(), 'kw-pakket-'));
  const uit = execFileSync(npm, ['pack', '--json', '--pack-destination', map], {
    cwd: pkg,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
  const [info] = JSON.parse(uit);
  tarball = join(map, info.filename);
  inhoud = info.files.map((f) => f.path).sort();
  writeFileSync(join(map, 'package.json'), JSON.stringify({ name: 'gebruiker', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
    cwd: map,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
});

after(() => {
  ruimOp();
  if (map) rmSync(map, { recursive: true, force: true });
});

test('the tarball holds the .wasm, the uitleg module, the entries, the glue, the types, README, CHANGELOG and LICENSE, nothing else', () => {
  assert.deepEqual(inhoud, [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'formulier.cjs',
    'formulier.d.cts',
    'formulier.d.ts',
    'formulier.js',
    'index.d.ts',
    'index.js',
    'node/index.cjs',
    'node/index.d.cts',
    'node/index.mjs',
    'node/kansrijke_wijk.js',
    'node/package.json',
    'package.json',
    'uitleg.d.ts',
    'uitleg.js',
    'uitleg/kansrijke_wijk_uitleg.d.ts',
    'uitleg/kansrijke_wijk_uitleg.js',
    'uitleg/kansrijke_wijk_uitleg_bg.wasm',
    'web/kansrijke_wijk.d.ts',
    'web/kansrijke_wijk.js',
    'web/kansrijke_wijk_bg.wasm',
    'workerd.js',
  ]);
  const pj = JSON.parse(readFileSync(join(map, 'node_modules', 'kansrijke-wijk', 'package.json'), 'utf8'));
  assert.equal(pj.name, 'kansrijke-wijk');
  assert.equal(pj.version, readFileSync(join(wortel, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1]);
});

const voorbeeldTekst = readFileSync(join(wortel, 'examples', 'groningen-noord-school-en-omgeving.json'), 'utf8');

test('import (ES module) in Node: the native answer', () => {
  writeFileSync(join(map, 'aanvraag.json'), voorbeeldTekst);
  const uit = node([
    '--input-type=module',
    '-e',
    `import init, { toets, toetsJson, versie } from 'kansrijke-wijk';
     import { readFileSync } from 'node:fs';
     await init();
     const tekst = readFileSync('aanvraag.json', 'utf8');
     process.stdout.write(JSON.stringify(toets(JSON.parse(tekst))) + '\\n' + toetsJson(tekst));`,
  ]);
  const [object, tekst] = uit.split('\n');
  assert.equal(object, native(voorbeeldTekst));
  assert.equal(tekst, native(voorbeeldTekst));
});

test('kansrijke-wijk/uitleg from the package in Node: the native toets --json --uitleg answer', () => {
  const uit = node([
    '--input-type=module',
    '-e',
    `import init, { toetsUitlegJson } from 'kansrijke-wijk/uitleg';
     import { readFileSync } from 'node:fs';
     await init();
     process.stdout.write(toetsUitlegJson(readFileSync('aanvraag.json', 'utf8')));`,
  ]);
  assert.equal(uit, native(voorbeeldTekst, ['--uitleg']));
});

test('require (CommonJS) in Node: the native answer', () => {
  const uit = node([
    '-e',
    `const kw = require('kansrijke-wijk');
     const tekst = require('node:fs').readFileSync('aanvraag.json', 'utf8');
     kw.default().then(() => process.stdout.write(kw.toetsJson(tekst)));`,
  ]);
  assert.equal(uit, native(voorbeeldTekst));
});

test('the browser build from the package (kansrijke-wijk/web): the native answer', () => {
  const uit = node([
    '--input-type=module',
    '-e',
    `import init, { toetsJson } from 'kansrijke-wijk/web';
     import { readFileSync } from 'node:fs';
     import { createRequire } from 'node:module';
     const wasm = createRequire(import.meta.url).resolve('kansrijke-wijk/web/kansrijke_wijk_bg.wasm');
     await init({ module_or_path: readFileSync(wasm) });
     process.stdout.write(toetsJson(readFileSync('aanvraag.json', 'utf8')));`,
  ]);
  assert.equal(uit, native(voorbeeldTekst));
});

test('offline: with every network API blocked, both builds load and answer', () => {
  // fetch serves only file: URLs from disk (as a page's own origin would), everything else throws.
  writeFileSync(
    join(map, 'geen-netwerk.mjs'),
    `import net from 'node:net'; import tls from 'node:tls'; import http from 'node:http';
     import https from 'node:https'; import dns from 'node:dns'; import { readFile } from 'node:fs/promises';
     const weg = (wat) => () => { throw new Error('network use: ' + wat); };
     net.connect = net.createConnection = weg('net.connect'); net.Socket.prototype.connect = weg('socket.connect');
     tls.connect = weg('tls.connect'); http.request = http.get = weg('http'); https.request = https.get = weg('https');
     dns.lookup = weg('dns.lookup'); dns.promises.lookup = weg('dns.lookup');
     globalThis.WebSocket = undefined;
     globalThis.fetch = async (doel) => {
       const url = new URL(String(doel instanceof Request ? doel.url : doel));
       if (url.protocol !== 'file:') throw new Error('network use: fetch ' + url);
       return new Response(await readFile(url), { headers: { 'content-type': 'application/wasm' } });
     };`,
  );
  const tekst = readFileSync(join(map, 'aanvraag.json'), 'utf8');
  // The Node entry reads the .wasm from disk on import.
  const uitNode = node([
    '--import',
    './geen-netwerk.mjs',
    '--input-type=module',
    '-e',
    `import init, { toetsJson } from 'kansrijke-wijk';
     import { readFileSync } from 'node:fs';
     await init();
     process.stdout.write(toetsJson(readFileSync('aanvraag.json', 'utf8')));`,
  ]);
  assert.equal(uitNode, native(tekst));
  // The browser entry alone (its own process: in Node both entries share one module), with the
  // default of init(): fetch web/kansrijke_wijk_bg.wasm next to index.js.
  const uitWeb = node([
    '--import',
    './geen-netwerk.mjs',
    '--input-type=module',
    '-e',
    `import initWeb, { toetsJson, isGeladen, toets } from 'kansrijke-wijk/web';
     import { readFileSync } from 'node:fs';
     if (isGeladen() || toets({}).bevindingen[0].code !== 'KW-MODULE-001') throw new Error('loaded before init()');
     await initWeb();
     process.stdout.write(toetsJson(readFileSync('aanvraag.json', 'utf8')));`,
  ]);
  assert.equal(uitWeb, native(tekst));
});

test('the types compile with tsc --noEmit and describe the real answers', () => {
  const m = nodeBouw();
  const voorbeeld = JSON.parse(voorbeeldTekst);
  const aanvulling = {
    bronnen: { B: { vindplaats: 'Fictief', url: 'https://example.org' } },
    regeling: [{ id: '2026-2028', maximum: [{ focusgebied: 'groningen-noord', thema: 'school_en_omgeving', bedrag: '1.00', bron: 'B', zekerheid: 'geverifieerd' }] }],
  };
  // Real answers as typed constants: tsc then checks every key against the types (an object
  // literal may not have keys its type does not name).
  const echt = {
    Beoordeling: [
      ...['groningen-noord-school-en-omgeving', 'meerdere-fouten'].map((n) =>
        m.toets(JSON.parse(readFileSync(join(wortel, 'examples', `${n}.json`), 'utf8'))),
      ),
      m.toets(undefined),
      m.toetsMetRegels(voorbeeld, aanvulling),
    ],
    RegelsetFout: [m.toetsMetRegels(voorbeeld, { regeling: [{ id: 'x' }] }), m.toetsMetRegels(voorbeeld, '{')],
    Gebied: m.gebieden(),
    Plaatsbepaling: ['Den Haag', 'GM0014', 'BU05183620', 'Atlantis'].map((q) => m.zoekGebied(q)),
    Overzicht: [m.regels()],
    Versie: [m.versie()],
  };
  writeFileSync(
    join(map, 'echt.ts'),
    `import type * as KW from 'kansrijke-wijk';\n` +
      Object.entries(echt)
        .map(([type, lijst]) => `export const ${type.toLowerCase()}: KW.${type}[] = ${JSON.stringify(lijst, null, 1)};\n`)
        .join(''),
  );
  copyFileSync(join(wortel, 'tests', 'node', 'types', 'gebruik.ts'), join(map, 'gebruik.ts'));
  copyFileSync(join(wortel, 'tests', 'node', 'types', 'gebruik-cjs.cts'), join(map, 'gebruik-cjs.cts'));
  writeFileSync(
    join(map, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022'],
        types: [],
        skipLibCheck: false,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
      },
      files: ['gebruik.ts', 'gebruik-cjs.cts', 'echt.ts'],
    }),
  );
  const tsc = join(wortel, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = draai(process.execPath, [tsc, '--noEmit', '-p', map]);
  assert.equal(r.status, 0, `tsc --noEmit:\n${r.stdout}${r.stderr}`);
});

test('the usage example of the README (npm/voorbeeld.mjs) runs and prints what its comments say', () => {
  const bron = join(wortel, 'npm', 'voorbeeld.mjs');
  copyFileSync(bron, join(map, 'voorbeeld.mjs'));
  const uit = node(['voorbeeld.mjs']).trimEnd().split('\n');
  const verwacht = readFileSync(bron, 'utf8')
    .split('\n')
    .filter((r) => r.startsWith('// → '))
    .map((r) => r.slice('// → '.length));
  assert.ok(verwacht.length >= 5, 'the example says what it prints');
  assert.deepEqual(uit, verwacht);
  // The package README holds it verbatim.
  const leesmij = readFileSync(join(map, 'node_modules', 'kansrijke-wijk', 'README.md'), 'utf8');
  assert.ok(leesmij.includes(readFileSync(bron, 'utf8').trimEnd()), 'the package README includes npm/voorbeeld.mjs');
});

test('the project README, where it shows the usage example, shows npm/voorbeeld.mjs verbatim', (t) => {
  const leesmij = readFileSync(join(wortel, 'README.md'), 'utf8');
  const voorbeeld = readFileSync(join(wortel, 'npm', 'voorbeeld.mjs'), 'utf8').trimEnd();
  if (!leesmij.includes("from 'kansrijke-wijk'")) {
    t.skip('README.md has no JS usage example yet');
    return;
  }
  assert.ok(leesmij.includes(voorbeeld), 'README.md shows a JS example that is not npm/voorbeeld.mjs verbatim');
});

test('the types name exactly the functions every entry exports', async () => {
  const types = readFileSync(join(pkg, 'index.d.ts'), 'utf8');
  assert.equal(readFileSync(join(pkg, 'node', 'index.d.cts'), 'utf8'), types, 'the CommonJS types are the same');
  const getypt = [...new Set([...types.matchAll(/^export function (\w+)/gm)].map((m) => m[1]))].sort();
  assert.ok(/^export default function init\(/m.test(types));
  const { pathToFileURL } = await import('node:url');
  const { createRequire } = await import('node:module');
  const entrees = {
    'node/index.mjs': await import(pathToFileURL(join(pkg, 'node', 'index.mjs')).href),
    'index.js': await import(pathToFileURL(join(pkg, 'index.js')).href),
    'node/index.cjs': createRequire(import.meta.url)(join(pkg, 'node', 'index.cjs')),
  };
  for (const [entree, m] of Object.entries(entrees)) {
    assert.equal(typeof m.default, 'function', entree);
    const namen = Object.keys(m)
      .filter((n) => n !== 'default' && !n.startsWith('__'))
      .sort();
    assert.deepEqual(namen, getypt, entree);
  }
});
