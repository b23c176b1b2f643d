// Dates as people type them ("15-07-2025", "15/7/2025", "2025-07-15") read into ISO 8601, and
// ISO dates written back the Dutch way. Text that is not a date goes to the checker as typed, which
// reports it (KW-DATUM-001) at the field.

/**
 * @param {string} tekst what the user typed
 * @returns {{ waarde: string|null, herkend: boolean }} ISO `JJJJ-MM-DD` when read, the trimmed text
 *   when not, null when empty.
 */
export function leesDatum(tekst) {
  const ruw = String(tekst ?? '').trim();
  if (ruw === '') return { waarde: null, herkend: false };
  let m = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(ruw);
  let jaar;
  let maand;
  let dag;
  if (m) {
    [, jaar, maand, dag] = m;
  } else {
    m = /^([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{4})$/.exec(ruw);
    if (!m) return { waarde: ruw, herkend: false };
    [, dag, maand, jaar] = m;
  }
  const iso = `${jaar}-${maand.padStart(2, '0')}-${dag.padStart(2, '0')}`;
  return bestaat(iso) ? { waarde: iso, herkend: true } : { waarde: ruw, herkend: false };
}

function bestaat(iso) {
  const [j, m, d] = iso.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const dagen = [31, j % 4 === 0 && (j % 100 !== 0 || j % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dagen[m - 1];
}

/** An ISO date for people: `15-07-2025` (both languages; the format is unambiguous). */
export function schrijfDatum(iso) {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(String(iso ?? ''));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : String(iso ?? '');
}
