#!/usr/bin/env node
// Build the npm package `kansrijke-wijk` into pkg/ with wasm-pack:
//   wasm-pack build --profile wasm --target web     -> pkg/web   (ES module glue and THE .wasm)
//   wasm-pack build --profile wasm --target nodejs  -> pkg/node  (CommonJS glue, for require)
// wasm-pack runs cargo (the `wasm` profile, tuned for size in Cargo.toml; the release profile is
// for native speed), wasm-bindgen (the pinned CLI on PATH, --mode no-install: nothing is
// downloaded) and wasm-opt (from the npm `binaryen` package, put on PATH) with the flags in
// Cargo.toml's [package.metadata.wasm-pack.profile.custom] (wasm-pack's place for any --profile).
// Both targets give the same .wasm (checked); the package ships it once, in web/, and the CommonJS
// glue reads it from there. Around them come the hand-written files of npm/: the entries (index.js
// for browsers, workers and bundlers; node/index.mjs for Node, Deno and Bun; workerd.js for
// Cloudflare; formulier.js, the form helpers), the types, package.json, README, CHANGELOG and the
// LICENSE of the repository.
//
// Idempotent: wasm-pack runs again only when the compiled library, a tool's version or the flags
// changed (a stamp in pkg/web says what it was made from).
//
// Usage: node scripts/build-wasm.mjs [--force]
//        node scripts/build-wasm.mjs --debug   (wasm-pack build --dev into pkg-debug/: the name
//                                               section kept, no wasm-opt; not the package)

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as leesToml } from 'smol-toml';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(wortel, 'pkg');
const npmBron = join(wortel, 'npm');
const forceer = process.argv.includes('--force');
const debug = process.argv.includes('--debug');

const cargoToml = leesToml(readFileSync(join(wortel, 'Cargo.toml'), 'utf8'));
/** The flags wasm-opt gets (from Cargo.toml, where wasm-pack reads them). */
export const WASM_OPT_VLAGGEN = cargoToml.package.metadata['wasm-pack'].profile.custom['wasm-opt'];
/** The cargo profile of the .wasm (opt-level "z"); native builds use release (opt-level 3). */
const PROFIEL = 'wasm';

function stop(melding) {
  console.error(`build:wasm: ${melding}`);
  process.exit(1);
}

function stap(melding) {
  console.log(`build:wasm: ${melding}`);
}

// cargo, wasm-pack and wasm-bindgen live in ~/.cargo/bin; wasm-opt in node_modules/.bin.
const PATH = [join(wortel, 'node_modules', '.bin'), join(homedir(), '.cargo', 'bin'), process.env.PATH ?? ''].join(delimiter);
const omgeving = { ...process.env, PATH };

function draai(programma, args, opties = {}) {
  const r = spawnSync(programma, args, { cwd: wortel, env: omgeving, stdio: 'inherit', ...opties });
  if (r.error) stop(`${programma} could not be started: ${r.error.message}`);
  if (r.status !== 0) stop(`${programma} ${args.join(' ')} failed (exit ${r.status})`);
  return r;
}

function uitvoer(programma, args) {
  try {
    return execFileSync(programma, args, { cwd: wortel, env: omgeving, encoding: 'utf8' }).trim();
  } catch (e) {
    return null;
  }
}

/** The version of `naam` in Cargo.lock. */
function lockVersie(naam) {
  const lock = readFileSync(join(wortel, 'Cargo.lock'), 'utf8');
  const m = lock.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${naam}"\\nversion = "([^"]+)"`));
  return m ? m[1] : null;
}

function sha256(...delen) {
  const h = createHash('sha256');
  for (const d of delen) h.update(d);
  return h.digest('hex');
}

// 1. Tools: wasm-pack, the exact wasm-bindgen CLI, and wasm-opt from node_modules.
const wasmPackVersie = uitvoer('wasm-pack', ['--version']);
if (!wasmPackVersie) stop('wasm-pack not found; install it with: cargo install wasm-pack   (or run scripts/setup.sh)');
const wbCrate = lockVersie('wasm-bindgen');
if (!wbCrate) stop('Cargo.lock has no wasm-bindgen; run cargo build once.');
const wbCli = uitvoer('wasm-bindgen', ['--version'])?.split(/\s+/)[1];
if (wbCli !== wbCrate) {
  stop(
    `wasm-bindgen CLI ${wbCli ?? '(not found)'} does not match the wasm-bindgen crate ${wbCrate}.\n` +
      `  Install it with: cargo install wasm-bindgen-cli --version =${wbCrate}   (or run scripts/setup.sh)`,
  );
}
const wasmOpt = join(wortel, 'node_modules', '.bin', process.platform === 'win32' ? 'wasm-opt.cmd' : 'wasm-opt');
if (!existsSync(wasmOpt)) stop('node_modules/.bin/wasm-opt is missing; run "npm ci" (binaryen is a devDependency).');
const wasmOptVersie = uitvoer(wasmOpt, ['--version']) ?? '?';

/** wasm-pack build for one target into `map` (relative to the repository). */
function wasmPack(target, map, profiel, { features = [], naam = 'kansrijke_wijk', opties = {} } = {}) {
  stap(`wasm-pack build ${[profiel].flat().join(' ')} --target ${target} --out-dir ${map} (${wasmPackVersie}, wasm-bindgen ${wbCli}, ${wasmOptVersie})`);
  // --mode no-install: wasm-pack uses the wasm-bindgen on PATH and never downloads one; wasm-opt is
  // found on PATH (node_modules/.bin). --no-pack: the package around it is made below.
  draai('wasm-pack', [
    '--log-level', 'warn',
    'build', ...[profiel].flat(), '--target', target, '--mode', 'no-install', '--no-pack', '--no-typescript',
    '--out-dir', map, '--out-name', naam, '.',
    // The `cli` feature is the CLI's (clap, toml), nothing of the .wasm.
    '--', '--no-default-features', ...features.flatMap((f) => ['--features', f]),
  ].filter((x) => !(x === '--no-typescript' && target === 'web')), opties);
}

if (debug) {
  // A debug build for stack traces: names kept (wasm-bindgen keeps the name section, no wasm-opt).
  rmSync(join(wortel, 'pkg-debug'), { recursive: true, force: true });
  wasmPack('web', 'pkg-debug', '--dev');
  stap('pkg-debug/: the --target web build with the name section (not for the package)');
  process.exit(0);
}

// 2. The library for wasm32 (wasm-pack builds the same again, at once): its hash decides whether
// wasm-pack has to run.
stap(`cargo build --lib --profile ${PROFIEL} --target wasm32-unknown-unknown --no-default-features`);
draai('cargo', ['build', '--lib', '--profile', PROFIEL, '--target', 'wasm32-unknown-unknown', '--no-default-features']);
const metadata = uitvoer('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']);
const doelmap = (metadata && JSON.parse(metadata).target_directory) || join(wortel, 'target');
const invoer = join(doelmap, 'wasm32-unknown-unknown', PROFIEL, 'kansrijke_wijk.wasm');
const stempel = JSON.stringify(
  {
    invoer: sha256(readFileSync(invoer)),
    wasmPack: wasmPackVersie,
    wasmBindgen: wbCli,
    wasmOpt: wasmOptVersie,
    metadata: cargoToml.package.metadata['wasm-pack'].profile.custom,
  },
  null,
  2,
);
const stempelPad = join(pkg, 'web', '.stempel.json');
const WASM = 'kansrijke_wijk_bg.wasm';
const klaar =
  !forceer &&
  ['web/kansrijke_wijk.js', 'web/kansrijke_wijk.d.ts', `web/${WASM}`, 'node/kansrijke_wijk.js'].every((f) => existsSync(join(pkg, f))) &&
  existsSync(stempelPad) &&
  readFileSync(stempelPad, 'utf8') === stempel;

// 3. wasm-pack for both targets into fresh folders, which then replace the old ones.
if (klaar) {
  stap('pkg/web and pkg/node: up to date');
} else {
  const nieuwWeb = join(pkg, '.web.nieuw');
  const nieuwNode = join(pkg, '.node.nieuw');
  rmSync(nieuwWeb, { recursive: true, force: true });
  rmSync(nieuwNode, { recursive: true, force: true });
  wasmPack('web', 'pkg/.web.nieuw', ['--profile', PROFIEL]);
  wasmPack('nodejs', 'pkg/.node.nieuw', ['--profile', PROFIEL]);
  const web = readFileSync(join(nieuwWeb, WASM));
  if (!web.equals(readFileSync(join(nieuwNode, WASM)))) {
    stop('the web and nodejs targets gave different .wasm files; the package ships one, so this must not happen');
  }
  // The CommonJS glue reads the one .wasm from web/.
  const nodeGlue = join(nieuwNode, 'kansrijke_wijk.js');
  const pad = '`${__dirname}/kansrijke_wijk_bg.wasm`';
  const glue = readFileSync(nodeGlue, 'utf8');
  if (!glue.includes(pad)) stop(`the nodejs glue no longer reads ${pad}; scripts/build-wasm.mjs must follow wasm-bindgen`);
  writeFileSync(nodeGlue, glue.replace(pad, "require('path').join(__dirname, '..', 'web', 'kansrijke_wijk_bg.wasm')"));
  rmSync(join(nieuwNode, WASM));
  for (const map of [nieuwWeb, nieuwNode]) {
    for (const f of readdirSync(map)) if (f.endsWith('.gitignore') || f === 'kansrijke_wijk_bg.wasm.d.ts') rmSync(join(map, f));
  }
  if (existsSync(join(nieuwNode, 'kansrijke_wijk.d.ts'))) rmSync(join(nieuwNode, 'kansrijke_wijk.d.ts'));
  writeFileSync(join(nieuwNode, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  writeFileSync(join(nieuwWeb, '.stempel.json'), stempel);
  for (const [nieuw, naam] of [[nieuwWeb, 'web'], [nieuwNode, 'node']]) {
    rmSync(join(pkg, naam), { recursive: true, force: true });
    renameSync(nieuw, join(pkg, naam));
  }
}

// 3b. The uitleg module (issue 14): the same crate with the feature `uitleg` (herstel and getoetst
// added), a second .wasm with glue of its own in pkg/uitleg/, loaded only by the entry uitleg.js.
// Its own stamp, so either module is rebuilt only when its input changed, and a target folder of
// its own (target/uitleg), so the two feature sets do not rebuild each other's .wasm in turn.
const uitlegDoel = join(doelmap, 'uitleg');
const uitlegOmgeving = { env: { ...omgeving, CARGO_TARGET_DIR: uitlegDoel } };
stap(`cargo build --lib --profile ${PROFIEL} --target wasm32-unknown-unknown --no-default-features --features uitleg (in ${uitlegDoel})`);
draai('cargo', ['build', '--lib', '--profile', PROFIEL, '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', 'uitleg'], uitlegOmgeving);
const UITLEG = 'kansrijke_wijk_uitleg';
const uitlegInvoer = join(uitlegDoel, 'wasm32-unknown-unknown', PROFIEL, 'kansrijke_wijk.wasm');
const stempelUitleg = JSON.stringify({ ...JSON.parse(stempel), invoer: sha256(readFileSync(uitlegInvoer)) }, null, 2);
const stempelUitlegPad = join(pkg, 'uitleg', '.stempel.json');
if (
  !forceer &&
  [`uitleg/${UITLEG}.js`, `uitleg/${UITLEG}_bg.wasm`].every((f) => existsSync(join(pkg, f))) &&
  existsSync(stempelUitlegPad) &&
  readFileSync(stempelUitlegPad, 'utf8') === stempelUitleg
) {
  stap('pkg/uitleg: up to date');
} else {
  const nieuw = join(pkg, '.uitleg.nieuw');
  rmSync(nieuw, { recursive: true, force: true });
  wasmPack('web', 'pkg/.uitleg.nieuw', ['--profile', PROFIEL], { features: ['uitleg'], naam: UITLEG, opties: uitlegOmgeving });
  for (const f of readdirSync(nieuw)) {
    if (![`${UITLEG}.js`, `${UITLEG}_bg.wasm`, `${UITLEG}.d.ts`].includes(f)) rmSync(join(nieuw, f));
  }
  writeFileSync(join(nieuw, '.stempel.json'), stempelUitleg);
  rmSync(join(pkg, 'uitleg'), { recursive: true, force: true });
  renameSync(nieuw, join(pkg, 'uitleg'));
}

// 4. The npm package around them.
const versie = cargoToml.package.version;

// The entries, written by hand.
for (const f of ['index.js', 'workerd.js', 'formulier.js', 'formulier.d.ts', 'node/index.mjs', 'uitleg.js', 'uitleg.d.ts']) {
  if (existsSync(join(npmBron, f))) cpSync(join(npmBron, f), join(pkg, f));
}

// The form helpers for require() too: formulier.js has only `export function` declarations, so its
// CommonJS twin is the same text with the exports listed at the end (checked: nothing else exported).
const formulier = readFileSync(join(npmBron, 'formulier.js'), 'utf8');
const formulierNamen = [...formulier.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
if ((formulier.match(/^export /gm) ?? []).length !== formulierNamen.length) {
  stop('npm/formulier.js exports something other than functions; scripts/build-wasm.mjs makes its CommonJS twin');
}
writeFileSync(
  join(pkg, 'formulier.cjs'),
  `'use strict';\n${formulier.replace(/^export function /gm, 'function ')}\n` +
    `module.exports = { ${formulierNamen.join(', ')} };\n`,
);
const formulierTypes = readFileSync(join(npmBron, 'formulier.d.ts'), 'utf8');
if (!formulierTypes.includes("from './index.js';")) stop("npm/formulier.d.ts no longer imports from './index.js'");
writeFileSync(join(pkg, 'formulier.d.cts'), formulierTypes.replace("from './index.js';", "from './node/index.cjs';"));

// The CommonJS entry for require(): the nodejs glue (loaded on require), with init and initSync as
// no-ops so that the same code runs everywhere.
const vereis = createRequire(import.meta.url);
const nodeBouw = join(pkg, 'node', 'kansrijke_wijk.js');
delete vereis.cache[nodeBouw];
/** The checks the docs say never throw. */
const CHECKS = ['toets', 'toetsJson', 'toetsMetRegels', 'toetsMetRegelsJson'];
const namen = Object.keys(vereis(nodeBouw))
  .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !n.startsWith('__'))
  .sort();
writeFileSync(
  join(pkg, 'node', 'index.cjs'),
  `// Generated by scripts/build-wasm.mjs: the CommonJS entry of kansrijke-wijk (require).\n` +
    `'use strict';\nconst wasm = require('./kansrijke_wijk.js');\n` +
    `Object.defineProperty(exports, '__esModule', { value: true });\n` +
    `// The checks never throw: should the module trap, a beoordeling says so (as index.js does).\n` +
    `function vastgelopen(e) {\n` +
    `  return { regeling: null, uitkomst: 'voldoet_niet', focusgebied: null, bevindingen: [{ code: 'KW-MODULE-002', ernst: 'fout', pad: '', ` +
    `melding: { nl: \`De toetser liep vast: \${e}.\`, en: \`The checker failed: \${e}.\` } }], totalen: { aangevraagd: '0.00', per_geldstroom: {}, per_thema: {} } };\n` +
    `}\n` +
    namen
      .map((n) =>
        CHECKS.includes(n)
          ? `exports.${n} = function ${n}(a, b, c) {\n  try {\n    return wasm.${n}(a, b, c);\n  } catch (e) {\n    return ${n.endsWith('Json') ? 'JSON.stringify(vastgelopen(e))' : 'vastgelopen(e)'};\n  }\n};\n`
          : `exports.${n} = wasm.${n};\n`,
      )
      .join('') +
    `/** Loads the module: already done on require, so this resolves at once. */\n` +
    `exports.default = function init() { return Promise.resolve(wasm); };\n` +
    `/** Loads the module synchronously: already done on require. */\n` +
    `exports.initSync = function initSync() { return wasm; };\n` +
    `/** Whether the module is loaded: always, once required. */\n` +
    `exports.isGeladen = function isGeladen() { return true; };\n`,
);

// The types: one file, as index.d.ts (ES module) and node/index.d.cts (CommonJS). The finding
// codes come from src/codes.rs, the list the README's table is checked against.
const codes = [...new Set(readFileSync(join(wortel, 'src', 'codes.rs'), 'utf8').match(/"KW-[A-Z]+-\d{3}"/g) ?? [])];
if (codes.length === 0) stop('no finding codes found in src/codes.rs');
const codeRegel = 'export type Code = string; // {{codes}}';
const sjabloonTypes = readFileSync(join(npmBron, 'kansrijke-wijk.d.ts'), 'utf8');
if (!sjabloonTypes.includes(codeRegel)) stop(`npm/kansrijke-wijk.d.ts lacks the line: ${codeRegel}`);
const types = sjabloonTypes.replace(
  codeRegel,
  `export type Code =\n${[...codes, '"KW-MODULE-001"', '"KW-MODULE-002"'].map((c) => `  | ${c}`).join('\n')};`,
);
writeFileSync(join(pkg, 'index.d.ts'), types);
writeFileSync(join(pkg, 'node', 'index.d.cts'), types);

// package.json from the template, with the crate's version.
const sjabloon = JSON.parse(readFileSync(join(npmBron, 'package.json'), 'utf8'));
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify({ ...sjabloon, version: versie }, null, 2)}\n`);

// README with the usage example inlined verbatim (the same file a test runs); CHANGELOG; LICENSE.
const voorbeeld = readFileSync(join(npmBron, 'voorbeeld.mjs'), 'utf8').trimEnd();
const leesmij = readFileSync(join(npmBron, 'README.md'), 'utf8').replace('{{voorbeeld.mjs}}', voorbeeld);
writeFileSync(join(pkg, 'README.md'), leesmij);
cpSync(join(wortel, 'CHANGELOG.md'), join(pkg, 'CHANGELOG.md'));
cpSync(join(wortel, 'LICENSE'), join(pkg, 'LICENSE'));

// Nothing else belongs in pkg/ (a stale file from an older layout would end up in npm pack).
const verwacht = new Set([
  'web', 'node', 'uitleg', 'uitleg.js', 'uitleg.d.ts', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
  'index.js', 'index.d.ts', 'workerd.js', 'formulier.js', 'formulier.d.ts', 'formulier.cjs', 'formulier.d.cts',
]);
for (const naam of readdirSync(pkg)) {
  // A tarball made by `npm pack` in pkg/ stays (npm pack does not pack .tgz files).
  if (!verwacht.has(naam) && !naam.endsWith('.tgz')) rmSync(join(pkg, naam), { recursive: true, force: true });
}
for (const naam of readdirSync(join(pkg, 'node'))) {
  if (!['kansrijke_wijk.js', 'package.json', 'index.cjs', 'index.mjs', 'index.d.cts'].includes(naam)) {
    rmSync(join(pkg, 'node', naam), { recursive: true, force: true });
  }
}
stap(`pkg/: kansrijke-wijk ${versie} (exports: ${namen.join(', ')})`);
