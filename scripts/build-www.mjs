#!/usr/bin/env node
// Assemble the web form into www/dist/: the page's own files (www/index.html, www/js, www/css,
// www/favicon.svg), the npm package kansrijke-wijk as the browser gets it (pkg/, from
// `npm run build:wasm`: its entry index.js, the form helpers formulier.js, web/ with the glue and
// the .wasm), the NL Design System CSS from node_modules. Everything the page loads is then a file of its own origin.
//
// Last, the service worker (www/sw.js) gets the list of every file and a build id, the SHA-256 of
// all of them: each build has a cache of its own, and a new build replaces the old one.
//
// Usage: node scripts/build-www.mjs      (KW_PKG_DIR=... to take the npm package from elsewhere)

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bron = join(wortel, 'www');
const doel = join(bron, 'dist');
const pakket = resolve(wortel, process.env.KW_PKG_DIR ?? 'pkg');
/**
 * The package's files the page loads: its browser entry, the form helpers, the glue and the .wasm;
 * and the uitleg module (its entry, glue and .wasm), which the page loads only when first needed.
 */
const PAKKET = [
  'index.js',
  'formulier.js',
  'web/kansrijke_wijk.js',
  'web/kansrijke_wijk_bg.wasm',
  'uitleg.js',
  'uitleg/kansrijke_wijk_uitleg.js',
  'uitleg/kansrijke_wijk_uitleg_bg.wasm',
];
const modules = join(wortel, 'node_modules');

function stop(melding) {
  console.error(`build:www: ${melding}`);
  process.exit(1);
}

for (const bestand of PAKKET) {
  if (!existsSync(join(pakket, bestand))) {
    stop(`${join(pakket, bestand)} is missing; run "npm run build:wasm" first (or set KW_PKG_DIR).`);
  }
}

rmSync(doel, { recursive: true, force: true });
mkdirSync(join(doel, 'css'), { recursive: true });
mkdirSync(join(doel, 'pkg'), { recursive: true });

// 1. The page's own files.
cpSync(join(bron, 'index.html'), join(doel, 'index.html'));
cpSync(join(bron, 'favicon.svg'), join(doel, 'favicon.svg'));
cpSync(join(bron, 'js'), join(doel, 'js'), { recursive: true });
cpSync(join(bron, 'css'), join(doel, 'css'), { recursive: true });

// 2. The engine and the form helpers: the npm package's browser files (www/js imports ../pkg/...;
// in the source tree www/pkg is a link to pkg/, so the Node unit tests load the same files).
for (const bestand of PAKKET) {
  mkdirSync(dirname(join(doel, 'pkg', bestand)), { recursive: true });
  cpSync(join(pakket, bestand), join(doel, 'pkg', bestand));
}

// 3. NL Design System: Utrecht design tokens and component CSS (EUPL-1.2), from local packages.
const css = [
  ['@utrecht/design-tokens/dist/theme.css', 'utrecht-design-tokens.css'],
  ['@utrecht/component-library-css/dist/index.css', 'utrecht-componenten.css'],
];
for (const [pakket, naam] of css) {
  const pad = join(modules, pakket);
  if (!existsSync(pad)) stop(`${pad} is missing; run "npm ci" first.`);
  const tekst = readFileSync(pad, 'utf8');
  if (/url\(\s*["']?(https?:)?\/\//i.test(tekst) || /@import/i.test(tekst)) {
    stop(`${pakket} refers to another origin; the page must load only its own files.`);
  }
  writeFileSync(join(doel, 'css', naam), `/* ${pakket} (EUPL-1.2, NL Design System) */\n${tekst}`);
}

// 4. The service worker: the files to keep for offline use, and the build id that names the cache.
function bestanden(map) {
  return readdirSync(map)
    .sort()
    .flatMap((naam) => {
      const pad = join(map, naam);
      return statSync(pad).isDirectory() ? bestanden(pad) : [pad];
    });
}
const lijst = bestanden(doel).map((p) => relative(doel, p).split(sep).join('/'));
const hash = createHash('sha256');
for (const b of lijst) hash.update(`${b}\0`).update(readFileSync(join(doel, b)));
const build = hash.digest('hex').slice(0, 16);
const sw = readFileSync(join(bron, 'sw.js'), 'utf8')
  .replace("const BUILD = '__KW_BUILD__';", `const BUILD = '${build}';`)
  .replace("const BESTANDEN = ['./'];", `const BESTANDEN = ${JSON.stringify(['./', ...lijst])};`);
if (!sw.includes(build)) stop('www/sw.js has no BUILD line to fill in.');
writeFileSync(join(doel, 'sw.js'), sw);

console.log(`build:www: www/dist ready, build ${build} (package from ${pakket})`);
