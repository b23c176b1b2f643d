#!/usr/bin/env node
// The latency budget CI can enforce (issue 13): instructions of one native check, counted with
// valgrind's callgrind, against the ceilings in benches/instructies.json. Wall time on a shared
// machine is too noisy to gate on; an instruction count is the same on every run of the same
// build. Fails (exit 1) when a count is more than 10 % over its ceiling, or when a count is missing.
//
// Counted: the program benches/instructies.rs (cargo profile `instructies`: release, opt-level 3,
// with symbols), one call after a warm-up call, only inside its function `gemeten`
// (callgrind --toggle-collect). Per input (the examples and 50-activiteiten) two figures:
//   toets  kansrijke_wijk::toets over the parsed serde_json::Value
//   tekst  toets_tekst(..).json(): JSON text in, JSON text out (what the CLI and toetsJson do)
// A new rustc or dependency can move the counts; then re-measure and write new ceilings.
//
// Usage: node scripts/instructies.mjs [--json]
//        node scripts/instructies.mjs --schrijf   (writes the counts as the new ceilings)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLAFONDS = join(wortel, 'benches', 'instructies.json');
/** How far over its ceiling a count may be before the tests fail. */
export const MARGE = 0.1;
const SOORTEN = ['toets', 'tekst'];
const omgeving = { ...process.env, PATH: [join(homedir(), '.cargo', 'bin'), process.env.PATH ?? ''].join(delimiter) };

function stop(melding) {
  console.error(`instructies: ${melding}`);
  process.exit(1);
}

function draai(programma, args, opties = {}) {
  const r = spawnSync(programma, args, { cwd: wortel, env: omgeving, encoding: 'utf8', ...opties });
  if (r.error) stop(`${programma} could not be started: ${r.error.message}`);
  if (r.status !== 0) stop(`${programma} ${args.join(' ')} failed (exit ${r.status})\n${r.stderr ?? ''}`);
  return r.stdout ?? '';
}

/** Where cargo builds (CARGO_TARGET_DIR and .cargo/config.toml may move target/). */
function doelmap() {
  const m = draai('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']);
  return JSON.parse(m).target_directory;
}

/** Instructions executed inside `gemeten` for one input and kind. */
function tel(programma, naam, soort, map) {
  const uit = join(map, `${naam}.${soort}.callgrind`);
  draai('valgrind', [
    '--tool=callgrind',
    '--toggle-collect=instructies::gemeten*',
    `--callgrind-out-file=${uit}`,
    programma,
    naam,
    soort,
  ]);
  const m = readFileSync(uit, 'utf8').match(/^summary: (\d+)$/m);
  const n = m ? Number(m[1]) : 0;
  // Zero means callgrind never entered `gemeten` (renamed or inlined): no measurement at all.
  if (!(n > 0)) stop(`no instructions counted for ${naam} ${soort}: is instructies::gemeten still out of line?`);
  return n;
}

function getal(n) {
  return n.toLocaleString('en-US');
}

if (spawnSync('valgrind', ['--version'], { env: omgeving }).status !== 0) {
  stop('valgrind is not installed; scripts/setup.sh --browser installs it (Debian package valgrind)');
}
draai('cargo', ['build', '--quiet', '--profile', 'instructies', '--example', 'instructies'], { stdio: ['ignore', 'inherit', 'inherit'] });
const programma = join(doelmap(), 'instructies', 'examples', 'instructies');
const namen = draai(programma, ['--lijst']).trim().split('\n');
const map = mkdtempSync(join(tmpdir(), 'kw-instructies-'));
const tellingen = {};
try {
  for (const naam of namen) for (const soort of SOORTEN) tellingen[`${soort}/${naam}`] = tel(programma, naam, soort, map);
} finally {
  rmSync(map, { recursive: true, force: true });
}

if (process.argv.includes('--schrijf')) {
  writeFileSync(PLAFONDS, `${JSON.stringify(tellingen, null, 2)}\n`);
  console.log(`instructies: ${Object.keys(tellingen).length} ceilings written to benches/instructies.json`);
  process.exit(0);
}

const plafonds = JSON.parse(readFileSync(PLAFONDS, 'utf8'));
const rijen = Object.entries(tellingen).map(([sleutel, n]) => {
  const plafond = plafonds[sleutel] ?? null;
  const binnen = plafond !== null && n <= plafond * (1 + MARGE);
  return { sleutel, n, plafond, binnen };
});
// A ceiling without a count is a measurement that silently stopped.
const zonder = Object.keys(plafonds).filter((k) => !(k in tellingen));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rijen, null, 2));
} else {
  const kop = ['check/input', 'instructions', 'ceiling', 'vs ceiling'];
  const tabel = rijen.map((r) => [
    r.sleutel,
    getal(r.n),
    r.plafond === null ? '(none)' : getal(r.plafond),
    r.plafond === null ? 'NO CEILING' : `${((r.n / r.plafond - 1) * 100).toFixed(1)} %${r.binnen ? '' : ' OVER'}`,
  ]);
  const breed = kop.map((_, i) => Math.max(kop[i].length, ...tabel.map((t) => t[i].length)));
  const regel = (t) => t.map((c, i) => (i === 0 ? c.padEnd(breed[i]) : c.padStart(breed[i]))).join('  ');
  console.log(regel(kop));
  for (const t of tabel) console.log(regel(t));
}
const over = rijen.filter((r) => !r.binnen);
if (over.length || zonder.length) {
  for (const r of over) {
    console.error(
      r.plafond === null
        ? `instructies: ${r.sleutel} has no ceiling in benches/instructies.json (run with --schrijf)`
        : `instructies: ${r.sleutel} takes ${getal(r.n)} instructions, more than 10 % over its ceiling ${getal(r.plafond)}`,
    );
  }
  for (const k of zonder) console.error(`instructies: ${k} has a ceiling but was not measured`);
  process.exit(1);
}
