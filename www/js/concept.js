// The draft: the form state kept in this browser's localStorage as the user types, restored on
// reload, and the chosen language. Nothing leaves the browser.
//
// Three slots, so that nothing typed is ever lost:
//   concept/v1     the draft itself (with the language its amounts were typed in, and the tab
//                  that wrote it);
//   concept/vorige the form as it was before it was cleared or replaced by an opened file, kept
//                  until the user brings it back or discards it (also after a reload);
//   concept/ander  the last draft of another tab that this tab's save replaced: two tabs never
//                  silently overwrite each other's work.

import { isFormulier } from './aanvraag.js';

const CONCEPT = 'kansrijke-wijk/concept/v1';
const VORIGE = 'kansrijke-wijk/concept/vorige';
const ANDER = 'kansrijke-wijk/concept/ander';
const KAPOT = 'kansrijke-wijk/concept/onleesbaar';
const TAAL = 'kansrijke-wijk/taal';

export const SLEUTELS = { CONCEPT, VORIGE, ANDER };

function opslag() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the form still works, it just does not remember
  }
}

/**
 * This tab's id: kept in sessionStorage, so a reload is the same tab and a second tab is not. A
 * duplicated tab starts with a copy of the sessionStorage; `nieuwTabblad` then gives it its own id.
 */
export let TABBLAD = '';

export function nieuwTabblad() {
  TABBLAD = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  try {
    window.sessionStorage.setItem('kansrijke-wijk/tabblad', TABBLAD);
  } catch {
    // the id lives as long as the page
  }
}

try {
  TABBLAD = window.sessionStorage.getItem('kansrijke-wijk/tabblad') ?? '';
} catch {
  // no sessionStorage
}
if (!TABBLAD) nieuwTabblad();

function schrijf(sleutel, data) {
  const s = opslag();
  if (!s) return false;
  try {
    s.setItem(sleutel, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

function leesRecord(tekst) {
  try {
    const data = JSON.parse(tekst);
    if (data?.versie === 1 && isFormulier(data.formulier)) return data;
  } catch {
    // fall through
  }
  return null;
}

/** The stored draft record as it is now (another tab may have written it), or null. */
export function huidigRecord() {
  const tekst = opslag()?.getItem(CONCEPT);
  return tekst ? leesRecord(tekst) : null;
}

/** The stored draft this tab last read or wrote ("moment|tab"): anything else is another tab's. */
let gezien = null;
const merk = (r) => (r ? `${r.opgeslagen}|${r.tab ?? ''}` : null);

/** This tab now holds the stored draft `r` (it loaded it). */
export function neemAan(r) {
  gezien = merk(r);
}

/**
 * Save the form state now. When the stored draft was written by another tab since this tab last
 * read or wrote it, that draft is first kept aside (`ander`), so that the other tab's work is not
 * dropped. Returns false when the browser would not store it.
 */
export function bewaar(staat, taal) {
  const oud = huidigRecord();
  if (oud && merk(oud) !== gezien && oud.tab !== TABBLAD && JSON.stringify(oud.formulier) !== JSON.stringify(staat)) schrijf(ANDER, oud);
  const nieuw = { versie: 1, opgeslagen: new Date().toISOString(), tab: TABBLAD, taal, formulier: staat };
  const ok = schrijf(CONCEPT, nieuw);
  if (ok) gezien = merk(nieuw);
  return ok;
}

/**
 * The saved draft: `{ formulier, opgeslagen, taal, tab }`, `null` when there is none, or
 * `{ kapot: true }` when there is one that cannot be read (it is then kept aside, not thrown away).
 */
export function laad() {
  const s = opslag();
  const tekst = s?.getItem(CONCEPT);
  if (!tekst) return null;
  const data = leesRecord(tekst);
  if (data) {
    gezien = merk(data);
    return { formulier: data.formulier, opgeslagen: data.opgeslagen, taal: data.taal, tab: data.tab };
  }
  s.setItem(KAPOT, tekst);
  s.removeItem(CONCEPT);
  return { kapot: true };
}

/** Keep the form as it was before a clear or an import: `reden` is 'leegmaken' or 'importeren'. */
export function bewaarVorige(staat, taal, reden, naam) {
  return schrijf(VORIGE, { versie: 1, opgeslagen: new Date().toISOString(), taal, reden, naam, formulier: staat });
}

/** The kept previous form `{ formulier, taal, reden, naam, opgeslagen }`, or null. */
export function laadVorige() {
  const tekst = opslag()?.getItem(VORIGE);
  return tekst ? leesRecord(tekst) : null;
}

/** The kept draft of another tab `{ formulier, taal, opgeslagen, tab }`, or null. */
export function laadAnder() {
  const tekst = opslag()?.getItem(ANDER);
  return tekst ? leesRecord(tekst) : null;
}

/** Forget a kept form (the user brought it back or discarded it). */
export function vergeet(sleutel) {
  try {
    opslag()?.removeItem(sleutel);
  } catch {
    // nothing to do
  }
}

/** Parse a stored record (from a `storage` event), or null. */
export function record(tekst) {
  return tekst ? leesRecord(tekst) : null;
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
