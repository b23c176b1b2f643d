// Export and import of the aanvraag as a JSON file, entirely in the browser: export builds a Blob
// and lets the browser save it; import reads a file the user picks. No request is made.

/** A file name such as `aanvraag-kansrijke-wijk-groningen-noord-2025-07-15.json`. */
export function bestandsnaam(aanvraag) {
  const delen = ['aanvraag-kansrijke-wijk', aanvraag.focusgebied, aanvraag.ingediend_op]
    .filter((d) => typeof d === 'string' && d)
    .map((d) => d.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return `${delen.join('-')}.json`;
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
