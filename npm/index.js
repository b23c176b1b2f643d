// kansrijke-wijk: the checker for the SPUK Kansrijke Wijk as WebAssembly. The entry for browsers,
// workers and bundlers (Node, Deno and Bun get node/index.mjs, Cloudflare workerd gets workerd.js;
// both load the same .wasm through this file).
//
// A thin layer over wasm-bindgen's glue (web/kansrijke_wijk.js) that
//   - loads web/kansrijke_wijk_bg.wasm next to this file (bundlers see the `new URL(...)` below and
//     ship the file), or what `module_or_path` names;
//   - turns a failed load into an error that says why: a Content-Security-Policy without
//     'wasm-unsafe-eval', a file that is missing or is not WebAssembly (a bundler that did not ship
//     it, a server's fallback page), a bundle without import.meta.url;
//   - keeps the promise of the docs: `toets` and the other checks never throw. Called before the
//     module is loaded they return a beoordeling with the fout KW-MODULE-001 at "" that says so.
//
// Written by hand in npm/; scripts/build-wasm.mjs copies it into the package.

import laadGlue, * as glue from './web/kansrijke_wijk.js';

let geladen = false;
/** Why the last load failed (shown in the KW-MODULE-001 beoordeling). */
let laadfout = null;

function bevinding(code, nl, en) {
  return { code, ernst: 'fout', pad: '', melding: { nl, en } };
}

function beoordelingZonderModule(b) {
  return {
    regeling: null,
    uitkomst: 'voldoet_niet',
    focusgebied: null,
    bevindingen: [b],
    totalen: { aangevraagd: '0.00', per_geldstroom: {}, per_thema: {} },
  };
}

function nietGeladen() {
  const reden = laadfout ? ` (${laadfout.message})` : '';
  return beoordelingZonderModule(
    bevinding(
      'KW-MODULE-001',
      `De toetser is niet geladen: roep eerst await init() aan${reden}.`,
      `The checker is not loaded: call await init() first${reden}.`,
    ),
  );
}

function vastgelopen(e) {
  return beoordelingZonderModule(
    bevinding('KW-MODULE-002', `De toetser liep vast: ${e}.`, `The checker failed: ${e}.`),
  );
}

/** The answer of a check that could not be made: before loading, or should the module trap. */
function zonderModule(e) {
  return geladen ? vastgelopen(e) : nietGeladen();
}

function moetGeladen(naam) {
  if (!geladen) {
    const reden = laadfout ? ` The last load failed: ${laadfout.message}` : '';
    throw new Error(`kansrijke-wijk: ${naam}() needs the module: call await init() first.${reden}`);
  }
}

const MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Whether an error is the browser refusing to compile WebAssembly because of the page's CSP. */
function isCsp(e) {
  return /Content.Security.Policy|\bCSP\b|unsafe-eval|wasm-eval/i.test(String(e?.message ?? e));
}

/** The error of a failed load, saying what to do. */
function duidelijk(e, bron) {
  const waar = typeof bron === 'string' || bron instanceof URL ? ` from ${bron}` : '';
  let uitleg;
  if (isCsp(e)) {
    uitleg =
      "the page's Content-Security-Policy does not allow WebAssembly: add 'wasm-unsafe-eval' to its " +
      "script-src (for example script-src 'self' 'wasm-unsafe-eval')";
  } else if (/magic word|expected magic|not a wasm|wasm validation|BufferSource argument is empty/i.test(String(e?.message))) {
    uitleg =
      `what was loaded${waar} is not WebAssembly: the bundler did not ship kansrijke_wijk_bg.wasm, or the ` +
      "server sent another file (a fall-back page) in its place. Serve the package's " +
      'web/kansrijke_wijk_bg.wasm as application/wasm, or pass its URL or bytes: init({ module_or_path }); ' +
      "with Vite 5, 6 or 7's dev server set optimizeDeps.exclude: ['kansrijke-wijk'] (see the README)";
  } else if (/failed to fetch Wasm/i.test(String(e?.message))) {
    uitleg =
      `${e.message}: the bundler did not ship kansrijke_wijk_bg.wasm next to the script, or the server ` +
      'does not serve it. Copy web/kansrijke_wijk_bg.wasm along and pass its URL: init({ module_or_path: url }) ' +
      '(see the README for esbuild and Rollup)';
  } else {
    uitleg = `the module could not be loaded${waar}: ${e?.message ?? e}`;
  }
  return new Error(`kansrijke-wijk: ${uitleg}`, { cause: e });
}

function bytesVan(bron) {
  if (bron instanceof ArrayBuffer) return new Uint8Array(bron);
  if (ArrayBuffer.isView(bron)) return new Uint8Array(bron.buffer, bron.byteOffset, bron.byteLength);
  return null;
}

function controleerBytes(bron) {
  const bytes = bytesVan(bron);
  if (bytes && !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new WebAssembly.CompileError('expected magic word 00 61 73 6d');
  }
}

/** A response that is not the .wasm (a 404, an HTML fall-back page) is named as such. */
async function controleerAntwoord(antwoord) {
  if (!(typeof Response === 'function' && antwoord instanceof Response)) return antwoord;
  if (!antwoord.ok) throw new Error(`failed to fetch Wasm: ${antwoord.status} ${antwoord.statusText} fetching '${antwoord.url}'`);
  const soort = antwoord.headers.get('Content-Type') ?? '';
  if (/^text\/html/i.test(soort)) throw new WebAssembly.CompileError(`expected magic word 00 61 73 6d (got ${soort})`);
  return antwoord;
}

async function laad(bron) {
  let b = await bron;
  if (typeof b === 'string' || b instanceof URL || (typeof Request === 'function' && b instanceof Request)) {
    b = await fetch(b);
  }
  b = await controleerAntwoord(b);
  controleerBytes(b);
  await laadGlue({ module_or_path: b });
}

/** Where the .wasm is when this file runs from Vite's pre-bundled dependencies (.vite/deps/). */
function viteUrl() {
  let hier;
  try {
    hier = new URL(import.meta.url);
  } catch {
    return null;
  }
  if (!/\/\.vite\/deps(_[a-z]+)?\//.test(hier.pathname)) return null;
  // Built from parts, so that no bundler takes it for a file to ship.
  return new URL(['', 'node_modules', 'kansrijke-wijk', 'web', 'kansrijke_wijk_bg.wasm'].join('/'), hier);
}

/**
 * Load the module: fetches web/kansrijke_wijk_bg.wasm next to this file, or what
 * `module_or_path` names (a URL, a Response, bytes, a WebAssembly.Module). Once loaded, calling it
 * again does nothing. Rejects with an error that says why when the module cannot be loaded.
 */
export default async function init(opties) {
  if (geladen) return glue;
  let bron = opties !== null && typeof opties === 'object' && Object.getPrototypeOf(opties) === Object.prototype
    ? opties.module_or_path
    : opties;
  const standaard = bron === undefined;
  try {
    if (bron === undefined) {
      try {
        bron = new URL('./web/kansrijke_wijk_bg.wasm', import.meta.url);
      } catch (e) {
        throw new Error(
          'kansrijke-wijk: this script has no import.meta.url (an iife or CommonJS bundle), so it cannot find ' +
            'kansrijke_wijk_bg.wasm: ship that file and pass its URL, init({ module_or_path: url }) (see the README for esbuild)',
          { cause: e },
        );
      }
    }
    try {
      await laad(bron);
    } catch (e) {
      if (String(e?.message).startsWith('kansrijke-wijk:')) throw e;
      // Vite 5, 6 and 7's dev server pre-bundle this file into .vite/deps/ without the .wasm,
      // which stays where it was: /node_modules/kansrijke-wijk/web/ (when node_modules is in the
      // Vite root). Only then, and only for the default URL, that one is tried.
      const vite = standaard ? viteUrl() : null;
      if (!vite) throw duidelijk(e, bron);
      try {
        await laad(vite);
      } catch {
        throw duidelijk(e, bron);
      }
    }
  } catch (e) {
    laadfout = e;
    throw e;
  }
  geladen = true;
  laadfout = null;
  return glue;
}

/** Load the module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(opties) {
  if (geladen) return glue;
  const module = opties !== null && typeof opties === 'object' && Object.getPrototypeOf(opties) === Object.prototype
    ? opties.module
    : opties;
  try {
    controleerBytes(module);
    glue.initSync({ module });
  } catch (e) {
    laadfout = duidelijk(e);
    throw laadfout;
  }
  geladen = true;
  laadfout = null;
  return glue;
}

/** Whether the module is loaded (after `init()` or `initSync()`; at once in Node and workerd). */
export function isGeladen() {
  return geladen;
}

// The checks never throw: before loading, and should the module trap, a beoordeling says why.

export function toets(aanvraag) {
  if (geladen) {
    try {
      return glue.toets(aanvraag);
    } catch (e) {
      return zonderModule(e);
    }
  }
  return nietGeladen();
}

export function toetsJson(tekst) {
  if (geladen) {
    try {
      return glue.toetsJson(tekst);
    } catch (e) {
      return JSON.stringify(zonderModule(e));
    }
  }
  return JSON.stringify(nietGeladen());
}

export function toetsMetRegels(aanvraag, regelset, naam) {
  if (geladen) {
    try {
      return glue.toetsMetRegels(aanvraag, regelset, naam);
    } catch (e) {
      return zonderModule(e);
    }
  }
  return nietGeladen();
}

export function toetsMetRegelsJson(tekst, regelset, naam) {
  if (geladen) {
    try {
      return glue.toetsMetRegelsJson(tekst, regelset, naam);
    } catch (e) {
      return JSON.stringify(zonderModule(e));
    }
  }
  return JSON.stringify(nietGeladen());
}

export function isRegelsetFout(antwoord) {
  if (geladen) return glue.isRegelsetFout(antwoord);
  return antwoord !== null && typeof antwoord === 'object' && 'fout' in antwoord;
}

export function gebieden() {
  moetGeladen('gebieden');
  return glue.gebieden();
}

export function zoekGebied(query, gemeente) {
  moetGeladen('zoekGebied');
  return glue.zoekGebied(query, gemeente);
}

export function buurten(gemeente) {
  moetGeladen('buurten');
  return glue.buurten(gemeente);
}

export function regels(regelingId) {
  moetGeladen('regels');
  return glue.regels(regelingId);
}

export function versie() {
  moetGeladen('versie');
  return glue.versie();
}
