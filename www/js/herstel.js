// Applying the engine's proven repairs (`herstel`, issue 14) to the form state: the patch of one
// finding, replayed on the aanvraag the form stands for, and only the fields it names changed in
// the state. No DOM, so the Node unit tests load it as it is.

import { lees, naarAanvraag, tokens, uitAanvraag, zet } from './aanvraag.js';

/** Deep equality of JSON values (RFC 6902 `test`: the same value, key order aside). */
function gelijk(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && gelijk(a[k], b[k]));
}

/**
 * `doc` with `patch` applied, or null when the patch no longer fits it (a `test` that fails, a
 * path that is not there). The engine writes only `test` (the value it saw) and `replace`, and has
 * proven the patch with the json-patch crate before offering it; the page replays those two
 * operations here rather than ship a library for them. Any other operation is refused.
 */
export function pasPatchToe(doc, patch) {
  if (!Array.isArray(patch) || patch.length === 0) return null;
  const uit = structuredClone(doc);
  for (const op of patch) {
    if (!op || typeof op.path !== 'string' || !['test', 'replace'].includes(op.op)) return null;
    const ts = tokens(op.path);
    if (ts.length === 0) return null;
    const naam = ts.pop();
    let ouder = uit;
    for (const t of ts) {
      ouder = ouder !== null && typeof ouder === 'object' ? ouder[t] : undefined;
    }
    if (ouder === null || typeof ouder !== 'object') return null;
    const bestaat = Array.isArray(ouder) ? /^(0|[1-9][0-9]*)$/.test(naam) && Number(naam) < ouder.length : Object.hasOwn(ouder, naam);
    if (!bestaat) return null;
    if (op.op === 'test') {
      if (!gelijk(ouder[naam], op.value)) return null;
    } else {
      ouder[naam] = structuredClone(op.value);
    }
  }
  return uit;
}

/**
 * The form state with a finding's patch applied, or null when it no longer fits what the form
 * holds. Only the fields the patch replaces change: every other field keeps the text as typed and
 * every list item its key (so the messages already shown stay shown). Should the state not give
 * the repaired aanvraag that way (a field the form keeps aside), the whole state is read anew
 * from the repaired aanvraag, as an import would.
 */
export function herstelStaat(staat, patch, taal = 'nl') {
  const doel = pasPatchToe(naarAanvraag(staat, taal), patch);
  if (!doel) return null;
  const vers = uitAanvraag(doel, taal);
  const uit = structuredClone(staat);
  for (const op of patch) {
    if (op.op !== 'replace') continue;
    const ts = tokens(op.path);
    const naam = ts.pop();
    const ouderNieuw = lees(vers, ouderPad(ts));
    const ouderOud = lees(uit, ouderPad(ts));
    if (!ouderNieuw || typeof ouderNieuw !== 'object' || !ouderOud || typeof ouderOud !== 'object' || !(naam in ouderNieuw)) return vers;
    zet(uit, op.path, structuredClone(ouderNieuw[naam]));
    // A value the control cannot show as it goes out is kept aside as written (see uitAanvraag).
    if (ouderNieuw._rest && naam in ouderNieuw._rest) ouderOud._rest = { ...ouderOud._rest, [naam]: structuredClone(ouderNieuw._rest[naam]) };
  }
  return gelijk(naarAanvraag(uit, taal), doel) ? uit : vers;
}

/**
 * The findings of the page's beoordeling, each with the `herstel` the uitleg module found for the
 * same finding (same code and path, in order) in its answer on the same aanvraag.
 */
export function metHerstel(bevindingen, uitgelegd) {
  const lijst = uitgelegd?.bevindingen ?? [];
  const gebruikt = new Set();
  return bevindingen.map((b) => {
    const i = lijst.findIndex((x, j) => !gebruikt.has(j) && x.code === b.code && x.pad === b.pad);
    if (i < 0) return b;
    gebruikt.add(i);
    return lijst[i].herstel ? { ...b, herstel: lijst[i].herstel } : b;
  });
}

/** The first path a patch replaces (the field to put focus on afterwards), or the finding's own. */
export function herstelPad(b) {
  return b?.herstel?.patch?.find((op) => op.op === 'replace')?.path ?? b?.pad ?? '';
}

/**
 * What undoes a repair: per field the patch replaced, the value before (and how the file wrote it,
 * when the form kept that aside) and the value after. Undo touches only those fields, so what the
 * user typed elsewhere after the repair stays.
 */
export function herstelStap(voor, na, patch) {
  return patch
    .filter((op) => op.op === 'replace')
    .map((op) => {
      const ts = tokens(op.path);
      const naam = ts.pop();
      const ouder = lees(voor, ouderPad(ts));
      return {
        pad: op.path,
        voor: structuredClone(lees(voor, op.path)),
        rest: ouder?._rest && naam in ouder._rest ? { waarde: structuredClone(ouder._rest[naam]) } : null,
        na: structuredClone(lees(na, op.path)),
      };
    });
}

/** The state with a repair undone, or null when one of its fields has changed since. */
export function maakOngedaan(staat, stap) {
  const uit = structuredClone(staat);
  for (const v of stap) {
    if (!gelijk(lees(uit, v.pad), v.na)) return null;
  }
  for (const v of stap) {
    zet(uit, v.pad, structuredClone(v.voor));
    if (v.rest) {
      const ts = tokens(v.pad);
      const naam = ts.pop();
      const ouder = lees(uit, ouderPad(ts));
      ouder._rest = { ...ouder._rest, [naam]: structuredClone(v.rest.waarde) };
    }
  }
  return uit;
}

function ouderPad(ts) {
  return ts.map((t) => `/${t.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
