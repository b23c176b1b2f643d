#!/usr/bin/env node
// Size report of the wasm package: raw, gzip (level 9) and brotli (quality 11) bytes of the one
// .wasm (pkg/web, used by every entry), its JS glue for the browser (pkg/web) and for require()
// (pkg/node), and the package's own entry (pkg/index.js) and form helpers (pkg/formulier.js).
// Fails (exit 1) when the .wasm is over BUDGET_WASM_GZIP bytes gzipped: the budget of issue 3
// (100 KB); and when the uitleg module (pkg/uitleg/, issue 14, loaded on demand) is over its own
// BUDGET_UITLEG_GZIP.
// The Node harness runs the same check (tests/node/grootte.test.mjs). BENCHMARKS.md says where
// the bytes go.
//
// Usage: node scripts/size.mjs [--json]     (after npm run build:wasm)

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The budget of issue 3: at most 100 KB (100 000 bytes) gzipped for the package's .wasm. */
export const BUDGET_WASM_GZIP = 100_000;
/** The uitleg module (issue 14), loaded only on demand: a ceiling of its own, 160 000 B gzipped,
 *  set at about 5 % over its first measurement (152 294 B; BENCHMARKS.md "The uitleg module"). */
export const BUDGET_UITLEG_GZIP = 160_000;

export const BESTANDEN = [
  'pkg/web/kansrijke_wijk_bg.wasm',
  'pkg/web/kansrijke_wijk.js',
  'pkg/index.js',
  'pkg/formulier.js',
  'pkg/node/kansrijke_wijk.js',
  'pkg/uitleg/kansrijke_wijk_uitleg_bg.wasm',
  'pkg/uitleg/kansrijke_wijk_uitleg.js',
  'pkg/uitleg.js',
];

/** Raw, gzip and brotli sizes of each file, and whether it is within its budget. */
export function meet() {
  return BESTANDEN.map((bestand) => {
    const pad = join(wortel, bestand);
    if (!existsSync(pad)) throw new Error(`${bestand} is missing; run "npm run build:wasm" first`);
    const data = readFileSync(pad);
    const gzip = gzipSync(data, { level: 9 }).length;
    const brotli = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length;
    const budget = bestand.endsWith('_uitleg_bg.wasm') ? BUDGET_UITLEG_GZIP : bestand.endsWith('.wasm') ? BUDGET_WASM_GZIP : null;
    return { bestand, raw: data.length, gzip, brotli, budget, binnen: budget === null || gzip <= budget };
  });
}

function kb(n) {
  return `${(n / 1000).toFixed(1)} kB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let rijen;
  try {
    rijen = meet();
  } catch (e) {
    console.error(`size: ${e.message}`);
    process.exit(1);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rijen, null, 2));
  } else {
    const kop = ['file', 'raw', 'gzip -9', 'brotli 11', 'budget (gzip)'];
    const tabel = rijen.map((r) => [
      r.bestand,
      `${r.raw} B`,
      `${r.gzip} B`,
      `${r.brotli} B`,
      r.budget === null ? '' : `${r.budget} B ${r.binnen ? `ok, ${kb(r.budget - r.gzip)} to spare` : `OVER by ${kb(r.gzip - r.budget)}`}`,
    ]);
    const breed = kop.map((_, i) => Math.max(kop[i].length, ...tabel.map((t) => t[i].length)));
    const regel = (t) => t.map((c, i) => (i === 0 ? c.padEnd(breed[i]) : c.padStart(breed[i]))).join('  ');
    console.log(regel(kop));
    for (const t of tabel) console.log(regel(t));
  }
  const over = rijen.filter((r) => !r.binnen);
  if (over.length) {
    console.error(
      `size: over budget: ${over.map((r) => `${r.bestand} is ${r.gzip} B gzipped (budget ${r.budget} B)`).join('; ')}`,
    );
    process.exit(1);
  }
}
