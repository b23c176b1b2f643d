// kansrijke-wijk/uitleg: the checker with the explanation of its answer (issue 14), a second
// .wasm (uitleg/kansrijke_wijk_uitleg_bg.wasm) with everything of the first plus the proven
// repairs (`herstel`) and the trace of every rule applied (`getoetst`). The package's own .wasm
// stays under its size ceiling without them; load this one only when the explanation is wanted
// (the web form does so on the first "Herstel" or "Wat is getoetst"). Browsers, workers, bundlers
// and Node (which reads the file itself). Written by hand in npm/.

import laadGlue, * as glue from './uitleg/kansrijke_wijk_uitleg.js';

let geladen = false;
let laadfout = null;

function beoordelingMet(code, nl, en) {
  return {
    regeling: null,
    uitkomst: 'voldoet_niet',
    focusgebied: null,
    bevindingen: [{ code, ernst: 'fout', pad: '', melding: { nl, en } }],
    totalen: { aangevraagd: '0.00', per_geldstroom: {}, per_thema: {} },
    getoetst: [],
  };
}

/** The answer of a call that could not be made: before loading, or should the module trap. */
function zonderModule(e) {
  if (geladen) return beoordelingMet('KW-MODULE-002', `De toetser liep vast: ${e}.`, `The checker failed: ${e}.`);
  const reden = laadfout ? ` (${laadfout.message})` : '';
  return beoordelingMet(
    'KW-MODULE-001',
    `De uitleg-module is niet geladen: roep eerst await init() van kansrijke-wijk/uitleg aan${reden}.`,
    `The uitleg module is not loaded: call await init() of kansrijke-wijk/uitleg first${reden}.`,
  );
}

function herstelZonderModule(e) {
  const { getoetst, ...beoordeling } = zonderModule(e);
  return { aanvraag: null, wijzigingen: [], beoordeling, niet_toegepast: 0 };
}

function isNode() {
  return typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';
}

/**
 * Load the uitleg module: fetches uitleg/kansrijke_wijk_uitleg_bg.wasm next to this file (in Node:
 * reads it), or what `module_or_path` names (a URL, a Response, bytes, a WebAssembly.Module).
 * Once loaded, calling it again does nothing. Rejects with an error that says why.
 */
export default async function init(opties) {
  if (geladen) return glue;
  let bron = opties !== null && typeof opties === 'object' && Object.getPrototypeOf(opties) === Object.prototype
    ? opties.module_or_path
    : opties;
  try {
    if (bron === undefined) {
      const url = new URL('./uitleg/kansrijke_wijk_uitleg_bg.wasm', import.meta.url);
      if (isNode() && url.protocol === 'file:') {
        // A specifier in a variable, so that no bundler pulls node:fs into a browser bundle.
        const fs = 'node:fs/promises';
        bron = await (await import(/* @vite-ignore */ fs)).readFile(url);
      } else {
        bron = url;
      }
    }
    await laadGlue({ module_or_path: bron });
  } catch (e) {
    laadfout = new Error(`kansrijke-wijk/uitleg: the uitleg module could not be loaded: ${e?.message ?? e}`, { cause: e });
    throw laadfout;
  }
  geladen = true;
  laadfout = null;
  return glue;
}

/** Load the uitleg module synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(opties) {
  if (geladen) return glue;
  const module = opties !== null && typeof opties === 'object' && Object.getPrototypeOf(opties) === Object.prototype
    ? opties.module
    : opties;
  try {
    glue.initSync({ module });
  } catch (e) {
    laadfout = new Error(`kansrijke-wijk/uitleg: the uitleg module could not be loaded: ${e?.message ?? e}`, { cause: e });
    throw laadfout;
  }
  geladen = true;
  return glue;
}

/** Whether the uitleg module is loaded. */
export function isGeladen() {
  return geladen;
}

// Never throw: before loading, and should the module trap, the answer says why.

/** `toets` with each finding's proven `herstel` and the trace `getoetst`. */
export function toetsUitleg(aanvraag) {
  try {
    return geladen ? glue.toetsUitleg(aanvraag) : zonderModule();
  } catch (e) {
    return zonderModule(e);
  }
}

/** `toetsUitleg` for JSON text; the answer as JSON text (as `toets --json --uitleg --compact`). */
export function toetsUitlegJson(tekst) {
  try {
    return geladen ? glue.toetsUitlegJson(tekst) : JSON.stringify(zonderModule());
  } catch (e) {
    return JSON.stringify(zonderModule(e));
  }
}

/** Every proven repair applied: `{ aanvraag, wijzigingen, beoordeling, niet_toegepast }`. */
export function herstel(aanvraag) {
  try {
    return geladen ? glue.herstel(aanvraag) : herstelZonderModule();
  } catch (e) {
    return herstelZonderModule(e);
  }
}

/** `herstel` for JSON text; the answer as JSON text. */
export function herstelJson(tekst) {
  try {
    return geladen ? glue.herstelJson(tekst) : JSON.stringify(herstelZonderModule());
  } catch (e) {
    return JSON.stringify(herstelZonderModule(e));
  }
}
