// Shared by the Node tests: the two wasm builds, the native CLI, and the aanvraag text of a case
// file (tests/cases/*.json) built exactly as the Rust table test builds its value.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const wortel = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const pkg = join(wortel, 'pkg');
const vereis = createRequire(import.meta.url);

export const omgeving = {
  ...process.env,
  PATH: [join(homedir(), '.cargo', 'bin'), process.env.PATH ?? ''].join(delimiter),
};

function moetBestaan(pad) {
  if (!existsSync(pad)) {
    throw new Error(`${pad} is missing: run "npm run build:wasm" first (npm run test:node does)`);
  }
}

/** The Node build (pkg/node, wasm-bindgen --target nodejs), loaded as CommonJS. */
export function nodeBouw() {
  const pad = join(pkg, 'node', 'kansrijke_wijk.js');
  moetBestaan(pad);
  return vereis(pad);
}

/** The browser build (pkg/web, --target web), initialised from its bytes as a page would from its URL. */
export async function webBouw() {
  const pad = join(pkg, 'web', 'kansrijke_wijk.js');
  moetBestaan(pad);
  const m = await import(pathToFileURL(pad).href);
  m.initSync({ module: readFileSync(join(pkg, 'web', 'kansrijke_wijk_bg.wasm')) });
  return m;
}

// ---------------------------------------------------------------------------------------------
// The native CLI
// ---------------------------------------------------------------------------------------------

const exe = process.platform === 'win32' ? '.exe' : '';
/** Where cargo builds (CARGO_TARGET_DIR and .cargo/config.toml may move target/). */
function doelmap() {
  const r = spawnSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], {
    cwd: wortel,
    env: omgeving,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return (r.status === 0 && JSON.parse(r.stdout).target_directory) || join(wortel, 'target');
}
export const cli = join(doelmap(), 'debug', `kansrijke-wijk${exe}`);

/** Build the CLI (a no-op when it is up to date), so the native answers are of this source. */
export function bouwCli() {
  const r = spawnSync('cargo', ['build', '--quiet', '--bin', 'kansrijke-wijk'], {
    cwd: wortel,
    env: omgeving,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`cargo build --bin kansrijke-wijk failed (exit ${r.status})`);
}

let map = null;
/** What `kansrijke-wijk toets FILE --json --compact` prints for `tekst` (without its newline). */
export function native(tekst, extra = []) {
  map ??= mkdtempSync(join(tmpdir(), 'kw-native-'));
  const bestand = join(map, 'aanvraag.json');
  writeFileSync(bestand, tekst);
  return nativeBestand(bestand, extra);
}

/** Write a case's run-time rule set (JSON text) to a file; its path names the rule set. */
export function regelsBestand(naam, tekst) {
  map ??= mkdtempSync(join(tmpdir(), 'kw-native-'));
  const bestand = join(map, `regels-${naam}`);
  writeFileSync(bestand, tekst);
  return bestand;
}

/** As {@link native}, for a file. */
export function nativeBestand(bestand, extra = []) {
  const r = spawnSync(cli, ['toets', bestand, '--json', '--compact', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  if (![0, 1, 2, 3].includes(r.status)) {
    throw new Error(`kansrijke-wijk toets exited with ${r.status}: ${r.stderr}`);
  }
  if (!r.stdout.endsWith('\n')) throw new Error(`kansrijke-wijk toets printed no JSON line: ${r.stderr}`);
  return r.stdout.slice(0, -1);
}

export function ruimOp() {
  if (map) rmSync(map, { recursive: true, force: true });
  map = null;
}

// ---------------------------------------------------------------------------------------------
// JSON with exact numbers: the case files' numbers (1.5e5, 2026.0, 12345678901234567890) must
// reach both builds as written, so they are kept as their text, and objects as Maps (any key,
// also "__proto__", in order).
// ---------------------------------------------------------------------------------------------

/** A JSON number kept as its text. */
export class Getal {
  constructor(tekst) {
    this.tekst = tekst;
  }
}

/** Parse JSON text into Maps, arrays, strings, booleans, null and {@link Getal}s. */
export function leesExact(tekst) {
  let i = 0;
  const fout = (wat) => {
    throw new SyntaxError(`${wat} at offset ${i}`);
  };
  const spatie = () => {
    while (i < tekst.length && ' \t\n\r'.includes(tekst[i])) i++;
  };
  const waarde = () => {
    spatie();
    const c = tekst[i];
    if (c === '{') {
      i++;
      const m = new Map();
      spatie();
      if (tekst[i] === '}') {
        i++;
        return m;
      }
      for (;;) {
        spatie();
        if (tekst[i] !== '"') fout('expected a key');
        const k = tekenreeks();
        spatie();
        if (tekst[i++] !== ':') fout('expected ":"');
        if (m.has(k)) fout('a name given twice');
        m.set(k, waarde());
        spatie();
        const s = tekst[i++];
        if (s === '}') return m;
        if (s !== ',') fout('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const a = [];
      spatie();
      if (tekst[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(waarde());
        spatie();
        const s = tekst[i++];
        if (s === ']') return a;
        if (s !== ',') fout('expected "," or "]"');
      }
    }
    if (c === '"') return tekenreeks();
    for (const [woord, w] of [['true', true], ['false', false], ['null', null]]) {
      if (tekst.startsWith(woord, i)) {
        i += woord.length;
        return w;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(tekst.slice(i, i + 400));
    if (!m) fout('expected a value');
    i += m[0].length;
    return new Getal(m[0]);
  };
  const tekenreeks = () => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/.exec(tekst.slice(i));
    if (!m) fout('bad string');
    i += m[0].length;
    return JSON.parse(m[0]);
  };
  const w = waarde();
  spatie();
  if (i !== tekst.length) fout('trailing text');
  return w;
}

/** Compact JSON text of a value made by {@link leesExact}, numbers as written. */
export function schrijfExact(w) {
  if (w instanceof Getal) return w.tekst;
  if (w instanceof Map) return `{${[...w].map(([k, v]) => `${JSON.stringify(k)}:${schrijfExact(v)}`).join(',')}}`;
  if (Array.isArray(w)) return `[${w.map(schrijfExact).join(',')}]`;
  return JSON.stringify(w);
}

function tokens(pad) {
  if (pad === '') return [];
  if (!pad.startsWith('/')) throw new Error(`pointer ${pad} does not start with "/"`);
  return pad
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function index(t, lengte, magEinde) {
  if (magEinde && t === '-') return lengte;
  if (!/^(0|[1-9]\d*)$/.test(t)) throw new Error(`${t} is not an array index`);
  const i = Number(t);
  if (i > (magEinde ? lengte : lengte - 1)) throw new Error(`index ${i} out of range`);
  return i;
}

/** Deep equality of two values made by {@link leesExact} (numbers by value, as RFC 6902 `test`). */
function gelijk(a, b) {
  if (a instanceof Getal || b instanceof Getal) {
    return a instanceof Getal && b instanceof Getal && Number(a.tekst) === Number(b.tekst);
  }
  if (a instanceof Map) {
    return b instanceof Map && a.size === b.size && [...a].every(([k, v]) => b.has(k) && gelijk(v, b.get(k)));
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => gelijk(v, b[i]));
  return a === b;
}

function kopie(w) {
  if (w instanceof Map) return new Map([...w].map(([k, v]) => [k, kopie(v)]));
  if (Array.isArray(w)) return w.map(kopie);
  return w;
}

/** The value at a JSON Pointer, or undefined. */
function zoek(doc, pad) {
  let w = doc;
  for (const t of tokens(pad)) {
    if (w instanceof Map) w = w.get(t);
    else if (Array.isArray(w) && /^(0|[1-9]\d*)$/.test(t)) w = w[Number(t)];
    else return undefined;
    if (w === undefined) return undefined;
  }
  return w;
}

/** Apply a JSON Patch (RFC 6902: add, remove, replace, move, copy, test), as tests/tabel.rs does
 *  with the json-patch crate. */
export function pasToe(doc, ops) {
  const zet = (soort, pad, waarde) => {
    const t = tokens(pad);
    if (t.length === 0) {
      if (soort === 'remove') throw new Error('cannot remove the whole document');
      const oud = doc;
      doc = waarde;
      return oud;
    }
    const laatste = t.pop();
    const ouder = zoek(doc, t.map((x) => `/${x.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));
    if (ouder instanceof Map) {
      if (soort !== 'add' && !ouder.has(laatste)) throw new Error(`${soort} ${pad}: member does not exist`);
      const oud = ouder.get(laatste);
      if (soort === 'remove') ouder.delete(laatste);
      else ouder.set(laatste, waarde);
      return oud;
    }
    if (Array.isArray(ouder)) {
      const i = index(laatste, ouder.length, soort === 'add');
      if (soort === 'add') return ouder.splice(i, 0, waarde), undefined;
      if (soort === 'replace') return ouder.splice(i, 1, waarde)[0];
      return ouder.splice(i, 1)[0];
    }
    throw new Error(`patch path ${pad}: parent does not exist or is not an object or array`);
  };
  for (const op of ops) {
    const soort = op.get('op');
    const pad = op.get('path');
    if (soort === 'add' || soort === 'replace') zet(soort, pad, op.get('value'));
    else if (soort === 'remove') zet('remove', pad);
    else if (soort === 'move' || soort === 'copy') {
      const van = op.get('from');
      const w = zoek(doc, van);
      if (w === undefined) throw new Error(`${soort} from ${van}: does not exist`);
      if (soort === 'move') zet('remove', van);
      zet('add', pad, soort === 'copy' ? kopie(w) : w);
    } else if (soort === 'test') {
      if (!gelijk(zoek(doc, pad), op.get('value'))) throw new Error(`test ${pad} failed`);
    } else throw new Error(`patch op ${soort} is not known`);
  }
  return doc;
}

/** The aanvraag text of a case file, or its raw `aanvraag_tekst`. */
export function aanvraagTekst(geval) {
  if (geval.has('aanvraag_tekst')) return geval.get('aanvraag_tekst');
  if (geval.has('aanvraag')) return schrijfExact(geval.get('aanvraag'));
  const basis = geval.get('basis');
  const doc = leesExact(readFileSync(join(wortel, basis), 'utf8'));
  return schrijfExact(pasToe(doc, geval.get('patch') ?? []));
}

/** Every case file and every example, sorted, each with the aanvraag text both builds get. */
export function invoer() {
  const lijst = [];
  const examples = join(wortel, 'examples');
  for (const naam of readdirSync(examples).filter((n) => n.endsWith('.json')).sort()) {
    const bestand = join(examples, naam);
    lijst.push({ soort: 'example', naam, bestand, tekst: readFileSync(bestand, 'utf8') });
  }
  const cases = join(wortel, 'tests', 'cases');
  for (const naam of (existsSync(cases) ? readdirSync(cases) : []).filter((n) => n.endsWith('.json')).sort()) {
    const geval = leesExact(readFileSync(join(cases, naam), 'utf8'));
    const vormen = ['basis', 'aanvraag', 'aanvraag_tekst'].filter((k) => geval.has(k));
    // A case that only checks that a rule set is refused has no aanvraag (tests/tabel.rs runs it).
    if (vormen.length === 0) continue;
    const regelset = geval.has('regelset') ? schrijfExact(geval.get('regelset')) : undefined;
    lijst.push({ soort: 'case', naam, tekst: aanvraagTekst(geval), regelset });
  }
  return lijst;
}

// ---------------------------------------------------------------------------------------------
// When does JSON.parse keep an aanvraag intact, so the object API must give the same bytes?
// ---------------------------------------------------------------------------------------------

/**
 * Why `toets(JSON.parse(tekst))` cannot be expected to equal the native answer for `tekst`
 * byte for byte, or null when it can.
 */
export function waaromNietAlsObject(tekst) {
  let w;
  try {
    w = JSON.parse(tekst);
  } catch {
    return 'not JSON, so only the text API applies';
  }
  // Numbers whose text JS does not give back (1.50, 1.5e5, 2026.0, -0, 12345678901234567890).
  let exact;
  try {
    exact = leesExact(tekst);
  } catch (e) {
    // JSON.parse keeps the last of a name given twice; the text API refuses such text, and an
    // object cannot hold the name twice, so only the text API applies.
    if (String(e.message ?? e).includes('a name given twice')) return 'a name given twice: JSON.parse keeps the last, the text API refuses it';
    return 'JSON that the exact reader does not take';
  }
  const anders = [];
  let diepte = 0;
  const loop = (x, d) => {
    diepte = Math.max(diepte, d);
    if (x instanceof Getal) {
      if (String(Number(x.tekst)) !== x.tekst) anders.push(x.tekst);
    } else if (x instanceof Map) for (const v of x.values()) loop(v, d + 1);
    else if (Array.isArray(x)) for (const v of x) loop(v, d + 1);
  };
  loop(exact, 0);
  if (anders.length) return `JS numbers cannot hold ${anders.slice(0, 3).join(', ')} as written`;
  if (diepte >= 128) return `nested ${diepte} deep: the native line and column are those of the text`;
  // Lone surrogates: JSON.parse takes "\ud800", serde_json (rightly) does not.
  const heel = (x) => {
    if (typeof x === 'string') return x.isWellFormed();
    if (x === null || typeof x !== 'object') return true;
    return Object.entries(x).every(([k, v]) => k.isWellFormed() && heel(v));
  };
  if (!heel(w)) return 'holds a lone surrogate, which only JS accepts';
  return null;
}

/**
 * Whether the object API's answer for `native` (JSON text) is written in another key order by
 * JSON.stringify: JS puts integer-like keys ("999", "2026") first, in numeric order.
 */
export function andereSleutelvolgorde(native) {
  const loop = (exact, js) => {
    if (exact instanceof Map) {
      const a = [...exact.keys()];
      const b = Object.keys(js);
      if (a.join('\u0000') !== b.join('\u0000')) return true;
      return a.some((k) => loop(exact.get(k), js[k]));
    }
    if (Array.isArray(exact)) return exact.some((v, i) => loop(v, js[i]));
    return false;
  };
  return loop(leesExact(native), JSON.parse(native));
}
