#!/usr/bin/env node
// Build the WebAssembly package into pkg/: the library for wasm32 (release profile, tuned for
// size in Cargo.toml), wasm-bindgen for the browser (pkg/web, --target web) and for Node
// (pkg/node, --target nodejs), wasm-opt from the npm `binaryen` package on each .wasm, and the
// npm package `kansrijke-wijk` around them (package.json, types, README, Node entry points) from
// the hand-written files in npm/.
//
// Idempotent: cargo only rebuilds what changed, and wasm-bindgen and wasm-opt run again only when
// their input, their version or their flags changed (a stamp in each output folder says what it
// was made from). The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in
// Cargo.lock, else the build stops and says how to install it.
//
// Usage: node scripts/build-wasm.mjs [--force]

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(wortel, 'pkg');
const npmBron = join(wortel, 'npm');
const forceer = process.argv.includes('--force');

/** The flags wasm-opt gets. `-Oz` with inlining of single-caller functions turned off: that
 *  inlining saves raw bytes but costs more than it saves after gzip (measured, see BENCHMARKS.md).
 *  The features are those rustc enables for wasm32-unknown-unknown (its `target_features` section
 *  is gone with `strip = true`, so they are named here). */
export const WASM_OPT_VLAGGEN = [
  '-Oz',
  '--one-caller-inline-max-function-size', '0',
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
  '--strip-debug',
  '--strip-producers',
];

const DOELEN = [
  { target: 'web', map: 'web', type: 'module' },
  { target: 'nodejs', map: 'node', type: 'commonjs' },
];

function stop(melding) {
  console.error(`build:wasm: ${melding}`);
  process.exit(1);
}

function stap(melding) {
  console.log(`build:wasm: ${melding}`);
}

// cargo and wasm-bindgen live in ~/.cargo/bin when rustup installed them.
const PATH = [join(homedir(), '.cargo', 'bin'), process.env.PATH ?? ''].join(delimiter);
const omgeving = { ...process.env, PATH };

function draai(programma, args, opties = {}) {
  const r = spawnSync(programma, args, { cwd: wortel, env: omgeving, stdio: 'inherit', ...opties });
  if (r.error) stop(`${programma} could not be started: ${r.error.message}`);
  if (r.status !== 0) stop(`${programma} ${args.join(' ')} failed (exit ${r.status})`);
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

// 1. Tools: the exact wasm-bindgen CLI, and wasm-opt from node_modules.
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

// 2. The library for wasm32, release profile.
stap('cargo build --lib --release --target wasm32-unknown-unknown');
draai('cargo', ['build', '--lib', '--release', '--target', 'wasm32-unknown-unknown']);
// Where cargo puts it (CARGO_TARGET_DIR and .cargo/config.toml may move target/).
const metadata = uitvoer('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']);
const doelmap = (metadata && JSON.parse(metadata).target_directory) || join(wortel, 'target');
const invoer = join(doelmap, 'wasm32-unknown-unknown', 'release', 'kansrijke_wijk.wasm');
const invoerHash = sha256(readFileSync(invoer));

// 3. wasm-bindgen and wasm-opt per target, into a fresh folder that then replaces the old one.
mkdirSync(pkg, { recursive: true });
for (const { target, map, type } of DOELEN) {
  const doel = join(pkg, map);
  const stempel = JSON.stringify({ invoer: invoerHash, wasmBindgen: wbCli, wasmOpt: wasmOptVersie, vlaggen: WASM_OPT_VLAGGEN }, null, 2);
  const stempelPad = join(doel, '.stempel.json');
  const klaar =
    !forceer &&
    existsSync(join(doel, 'kansrijke_wijk.js')) &&
    existsSync(join(doel, 'kansrijke_wijk_bg.wasm')) &&
    existsSync(stempelPad) &&
    readFileSync(stempelPad, 'utf8') === stempel;
  if (klaar) {
    stap(`pkg/${map}: up to date`);
    continue;
  }
  const tijdelijk = join(pkg, `.${map}.nieuw`);
  rmSync(tijdelijk, { recursive: true, force: true });
  stap(`wasm-bindgen --target ${target} --out-dir pkg/${map}`);
  // wasm-bindgen warns that the target_features section is missing (strip = true); the features
  // are named to wasm-opt below instead, so that warning is filtered out.
  const wb = spawnSync('wasm-bindgen', ['--target', target, '--out-dir', tijdelijk, invoer], {
    cwd: wortel,
    env: omgeving,
    encoding: 'utf8',
  });
  const meldingen = `${wb.stdout ?? ''}${wb.stderr ?? ''}`
    .split('\n')
    .filter((r) => r.trim() && !r.includes('`target_features` custom section is missing'));
  if (meldingen.length) console.error(meldingen.join('\n'));
  if (wb.status !== 0) stop(`wasm-bindgen --target ${target} failed (exit ${wb.status})`);
  const wasm = join(tijdelijk, 'kansrijke_wijk_bg.wasm');
  stap(`wasm-opt ${WASM_OPT_VLAGGEN.join(' ')} (pkg/${map})`);
  draai(wasmOpt, [...WASM_OPT_VLAGGEN, wasm, '-o', wasm]);
  // The module type of the folder, whatever the package around it says.
  writeFileSync(join(tijdelijk, 'package.json'), `${JSON.stringify({ type }, null, 2)}\n`);
  writeFileSync(join(tijdelijk, '.stempel.json'), stempel);
  rmSync(doel, { recursive: true, force: true });
  renameSync(tijdelijk, doel);
}

// 4. The npm package around the two builds.
const cargo = readFileSync(join(wortel, 'Cargo.toml'), 'utf8');
const versie = cargo.match(/^version = "([^"]+)"/m)?.[1] ?? '0.0.0';

// Node entry points: CommonJS and ES module, with the same names as the web build, so that
// `await init()` followed by the checks runs unchanged in both (init is a no-op in Node: the
// nodejs build instantiates itself on load).
const vereis = createRequire(import.meta.url);
const nodeBouw = join(pkg, 'node', 'kansrijke_wijk.js');
delete vereis.cache[nodeBouw];
const namen = Object.keys(vereis(nodeBouw))
  .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !n.startsWith('__'))
  .sort();
const kop = '// Generated by scripts/build-wasm.mjs: the Node entry of kansrijke-wijk.\n';
writeFileSync(
  join(pkg, 'node', 'index.cjs'),
  `${kop}'use strict';\nconst wasm = require('./kansrijke_wijk.js');\n` +
    `Object.defineProperty(exports, '__esModule', { value: true });\n` +
    namen.map((n) => `exports.${n} = wasm.${n};\n`).join('') +
    `/** Loads the module: already done in Node, so this resolves at once. */\n` +
    `exports.default = function init() { return Promise.resolve(); };\n` +
    `/** Loads the module synchronously: already done in Node. */\n` +
    `exports.initSync = function initSync() {};\n`,
);
writeFileSync(
  join(pkg, 'node', 'index.mjs'),
  `${kop}import wasm from './kansrijke_wijk.js';\n\n` +
    namen.map((n) => `export const ${n} = wasm.${n};\n`).join('') +
    `\n/** Loads the module: already done in Node, so this resolves at once. */\n` +
    `export default function init() {\n  return Promise.resolve();\n}\n\n` +
    `/** Loads the module synchronously: already done in Node. */\n` +
    `export function initSync() {}\n`,
);

// The types (one file, as .d.ts for bundlers, .d.mts and .d.cts for Node's two module systems).
// The finding codes come from src/codes.rs, the list the README's table is checked against.
const codes = [...new Set(readFileSync(join(wortel, 'src', 'codes.rs'), 'utf8').match(/"KW-[A-Z]+-\d{3}"/g) ?? [])];
if (codes.length === 0) stop('no finding codes found in src/codes.rs');
const codeRegel = 'export type Code = string; // {{codes}}';
const sjabloonTypes = readFileSync(join(npmBron, 'kansrijke-wijk.d.ts'), 'utf8');
if (!sjabloonTypes.includes(codeRegel)) stop(`npm/kansrijke-wijk.d.ts lacks the line: ${codeRegel}`);
const types = sjabloonTypes.replace(codeRegel, `export type Code =\n${codes.map((c) => `  | ${c}`).join('\n')};`);
for (const naam of ['kansrijke-wijk.d.ts', 'kansrijke-wijk.d.mts', 'kansrijke-wijk.d.cts']) {
  writeFileSync(join(pkg, naam), types);
}

// package.json from the template, with the crate's version.
const sjabloon = JSON.parse(readFileSync(join(npmBron, 'package.json'), 'utf8'));
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify({ ...sjabloon, version: versie }, null, 2)}\n`);

// README with the usage example inlined verbatim (the same file a test runs).
const voorbeeld = readFileSync(join(npmBron, 'voorbeeld.mjs'), 'utf8').trimEnd();
const leesmij = readFileSync(join(npmBron, 'README.md'), 'utf8').replace('{{voorbeeld.mjs}}', voorbeeld);
writeFileSync(join(pkg, 'README.md'), leesmij);

// Nothing else belongs in pkg/ (a stale file from an older layout would end up in npm pack).
const verwacht = new Set(['web', 'node', 'package.json', 'README.md', 'kansrijke-wijk.d.ts', 'kansrijke-wijk.d.mts', 'kansrijke-wijk.d.cts']);
// A tarball made by `npm pack` in pkg/ stays (npm pack does not pack .tgz files).
for (const naam of readdirSync(pkg)) {
  if (!verwacht.has(naam) && !naam.endsWith('.tgz')) rmSync(join(pkg, naam), { recursive: true, force: true });
}
stap(`pkg/: kansrijke-wijk ${versie} (exports: ${namen.join(', ')})`);
