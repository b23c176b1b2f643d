// The draft: the form state kept in this browser's localStorage as the user types, restored on
// reload, and the chosen language. Nothing leaves the browser.

import { isFormulier } from './aanvraag.js';

const CONCEPT = 'kansrijke-wijk/concept/v1';
const KAPOT = 'kansrijke-wijk/concept/onleesbaar';
const TAAL = 'kansrijke-wijk/taal';

function opslag() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the form still works, it just does not remember
  }
}

/** Save the form state now. Returns false when the browser would not store it. */
export function bewaar(staat) {
  const s = opslag();
  if (!s) return false;
  try {
    s.setItem(CONCEPT, JSON.stringify({ versie: 1, opgeslagen: new Date().toISOString(), formulier: staat }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved draft: `{ formulier, opgeslagen }`, `null` when there is none, or `{ kapot: true }`
 * when there is one that cannot be read (it is then kept aside, not thrown away).
 */
export function laad() {
  const s = opslag();
  const tekst = s?.getItem(CONCEPT);
  if (!tekst) return null;
  try {
    const data = JSON.parse(tekst);
    if (data?.versie === 1 && isFormulier(data.formulier)) {
      return { formulier: data.formulier, opgeslagen: data.opgeslagen };
    }
  } catch {
    // fall through
  }
  s.setItem(KAPOT, tekst);
  s.removeItem(CONCEPT);
  return { kapot: true };
}

/** The saved language, or null. */
export function laadTaal() {
  return opslag()?.getItem(TAAL) ?? null;
}

/** Remember the language. */
export function bewaarTaal(taal) {
  try {
    opslag()?.setItem(TAAL, taal);
  } catch {
    // not remembered; no harm
  }
}
