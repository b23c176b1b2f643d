// Export and import of the aanvraag as a JSON file, entirely in the browser: export builds a Blob
// and lets the browser save it; import reads a file the user picks. No request is made.

/**
 * A safe, short file name such as `aanvraag-kansrijke-wijk-groningen-noord-2025-07-15.json`: the
 * focus area (at most 40 characters of a-z, 0-9 and "-") and the submission date only when it is a
 * valid ISO date; else `aanvraag-kansrijke-wijk.json`. Never longer than 80 characters.
 */
export function bestandsnaam(aanvraag) {
  const gebied =
    typeof aanvraag?.focusgebied === 'string'
      ? aanvraag.focusgebied
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 40)
          .replace(/^-+|-+$/g, '')
      : '';
  const datum = typeof aanvraag?.ingediend_op === 'string' && isDatum(aanvraag.ingediend_op) ? aanvraag.ingediend_op : '';
  return `${['aanvraag-kansrijke-wijk', gebied, datum].filter(Boolean).join('-')}.json`;
}

function isDatum(tekst) {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(tekst);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === tekst;
}

/** Let the browser save `aanvraag` as pretty-printed JSON. Returns the file name. */
export function exporteer(aanvraag) {
  const naam = bestandsnaam(aanvraag);
  const blob = new Blob([`${JSON.stringify(aanvraag, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return naam;
}

/**
 * Read a picked file as an aanvraag.
 * @returns {Promise<{ ok: true, aanvraag: object } | { ok: false, reden: 'json'|'object', fout?: string }>}
 */
export async function leesBestand(bestand) {
  const tekst = await bestand.text();
  let data;
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reden: 'json', fout: e.message };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reden: 'object' };
  return { ok: true, aanvraag: data };
}
