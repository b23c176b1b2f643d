// kansrijke-wijk/formulier: helpers for a web form around the checker, the same code the
// project's own form (www/) uses. No WebAssembly, no DOM needed (except doelVoorPad, which takes
// a document). Three concerns:
//
//   1. Paths. A finding names its field by JSON Pointer (RFC 6901): `/activiteiten/0/begroting/1/jaar`.
//      `tokens`/`pointer` read and write pointers (with `~0` for "~" and `~1` for "/"), `idVoorPad`
//      gives the element id of the field (`veld-activiteiten-0-begroting-1-jaar`), `veldVoorPad` and
//      `doelVoorPad` the nearest field or group that exists, `groepeerPerVeld` the findings per
//      field for messages at the fields and an error summary.
//   2. Amounts as people type them, in Dutch or English, read into the contract's decimal strings
//      (`leesBedrag`), and written back for people (`schrijfBedrag`, `schrijfGetal`).
//   3. Dates as people type them, read into ISO 8601 (`leesDatum`), and written back (`schrijfDatum`).
//
// The readers never guess: text they cannot read one way only comes back as typed
// (`herkend: false`), so it goes to the checker, which reports it at its field; an amount that
// could mean two things says so (`dubbelzinnig`) and gives both readings, for the form to ask.
//
// Written by hand in npm/ (moved from www/js/, issue 15); scripts/build-wasm.mjs copies it into
// the package. Types: formulier.d.ts.

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/** The reference tokens of a JSON Pointer (`"/a~1b/0"` -> `["a/b", "0"]`); `""` has none. */
export function tokens(pad) {
  if (pad === '') return [];
  return String(pad)
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The JSON Pointer of reference tokens (`["a/b", 0]` -> `"/a~1b/0"`). */
export function pointer(delen) {
  return delen.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The element id for the control or group that edits `pad`: `veld-` and the tokens joined by
 * `-`, each character other than A-Z, a-z, 0-9 and `_` written as `_`; `""` (the whole aanvraag)
 * gives `formulier`. Both can be changed: `{ voorvoegsel: 'kw-', wortel: 'mijn-formulier' }`.
 */
export function idVoorPad(pad, { voorvoegsel = 'veld-', wortel = 'formulier' } = {}) {
  if (pad === '') return wortel;
  return `${voorvoegsel}${tokens(pad).map((x) => x.replace(/[^A-Za-z0-9_]/g, '_')).join('-')}`;
}

/** The pointer one level up (`""` stays `""`). */
export function ouder(pad) {
  const i = pad.lastIndexOf('/');
  return i <= 0 ? '' : pad.slice(0, i);
}

/**
 * The nearest field for `pad`: `pad` itself when `bestaat(id, pad)` says its field exists, else
 * the nearest pointer above it whose field exists (a finding about `/coalitie/scholen/0` goes to
 * the group `/coalitie/scholen` when the school has no control of its own). `{ pad, id }`, or null
 * when only the whole form fits.
 */
export function veldVoorPad(pad, bestaat, opties) {
  for (let p = pad; p !== ''; p = ouder(p)) {
    const id = idVoorPad(p, opties);
    if (bestaat(id, p)) return { pad: p, id };
  }
  return null;
}

/**
 * The element where findings about `pad` are shown: the control itself, else the nearest group
 * above it; null when only the whole form fits. `isDoel(element)` may narrow which elements count
 * (the project's form takes only those with a `data-pad` attribute).
 */
export function doelVoorPad(pad, document = globalThis.document, { isDoel = () => true, ...opties } = {}) {
  let gevonden = null;
  veldVoorPad(
    pad,
    (id) => {
      const el = document.getElementById(id);
      if (el && isDoel(el)) gevonden = el;
      return gevonden !== null;
    },
    opties,
  );
  return gevonden;
}

const ERNST_VOLGORDE = ['fout', 'ontbreekt', 'waarschuwing', 'info'];

/**
 * The findings per field, for messages at the fields and an error summary: one group per target
 * (what `doel(pad)` gives, by default the finding's own pad; `null` when it has none, for findings
 * about the whole aanvraag), in the order of their first finding (the checker gives document
 * order). Each group has its findings in their order and its most serious `ernst`.
 * @template T
 * @param {readonly object[]} bevindingen the beoordeling's findings
 * @param {(pad: string) => T | null | undefined} [doel] the field of a pad (e.g. `pad => doelVoorPad(pad, document)`)
 * @returns {{ doel: T | null, bevindingen: object[], ernst: string, fouten: number }[]}
 */
export function groepeerPerVeld(bevindingen, doel = (pad) => pad) {
  const groepen = new Map();
  for (const b of bevindingen ?? []) {
    const d = doel(b?.pad ?? '') ?? null;
    let g = groepen.get(d);
    if (!g) {
      g = { doel: d, bevindingen: [], ernst: 'info', fouten: 0 };
      groepen.set(d, g);
    }
    g.bevindingen.push(b);
    if (b.ernst === 'fout' || b.ernst === 'ontbreekt') g.fouten += 1;
    const rang = ERNST_VOLGORDE.indexOf(b.ernst);
    if (rang >= 0 && rang < ERNST_VOLGORDE.indexOf(g.ernst)) g.ernst = b.ernst;
  }
  return [...groepen.values()];
}

// ---------------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------------

// Amounts as people type them, read into the contract's decimal strings ("1250000.00"), and written
// back for people. Pure string work: an amount never passes through a binary float.
//
// The reading follows the chosen language. In Dutch the comma is the decimal mark and the point
// groups thousands ("1.250.000,00", "€ 350.000", "350.000,-"); in English the other way round
// ("1,250,000.00", "€800,000"). The rules, for the language's decimal mark D and group mark G:
//   - both marks present: the last one is the decimal mark, the other groups thousands (the same
//     in both languages: "1.250,5" and "1,250.5" can each be read one way only);
//   - one mark, several times: it groups thousands ("1.250.000", "1,250,000");
//   - G once: followed by exactly three digits it groups thousands ("800,000" in English is
//     800000.00, "350.000" in Dutch 350000.00); followed by one or two digits it can only be a
//     decimal mark ("99,5" in English, "99.5" in Dutch);
//   - D once, followed by exactly three digits after one to three leading digits ("1.250" in
//     English, "1,250" in Dutch): it could mean two amounts (1250.00 or 1.25). The reader does not
//     guess: it says `dubbelzinnig` and gives both readings, and the form asks at the field.
//     ("1,255" in Dutch: 1255.00, or 1.255 with a decimal too many.)
// Thousands groups must have three digits. Anything else is not read: the text then goes to the
// checker as typed, which reports it (KW-BEDRAG-003) at the field.
//
// The rules are symmetric: reading a text in English is reading it in Dutch with "." and ","
// swapped (`wisselTekens`). That is also how typed amounts follow a switch of language.

const SPATIES = /[\s\u00a0\u202f\u2009']/g;

/** The decimal and group marks of a language. */
export function tekens(taal = 'nl') {
  return taal === 'en' ? { decimaal: '.', groep: ',' } : { decimaal: ',', groep: '.' };
}

/** The text with every "." and "," swapped: the same amount, written the other language's way. */
export function wisselTekens(tekst) {
  return String(tekst ?? '').replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/**
 * Read a typed amount in the chosen language.
 * @param {string} tekst what the user typed
 * @param {'nl'|'en'} [taal] the form's language (Dutch by default)
 * @returns {{ waarde: string|null, herkend: boolean, dubbelzinnig?: string[] }} `waarde` is the
 *   contract string when `herkend`, the trimmed text as typed when not, and null when the field is
 *   empty. `dubbelzinnig` (only when not `herkend`) holds the two contract amounts the text could
 *   mean: thousands first ("1250.00"), then cents ("1.25").
 */
export function leesBedrag(tekst, taal = 'nl') {
  const ruw = String(tekst ?? '').trim();
  if (ruw === '') return { waarde: null, herkend: false };
  // Read the Dutch way; an English text is first written the Dutch way.
  const gelezen = leesNederlands(taal === 'en' ? wisselTekens(ruw) : ruw);
  if (!gelezen) return { waarde: ruw, herkend: false };
  if (gelezen.dubbelzinnig) return { waarde: ruw, herkend: false, dubbelzinnig: gelezen.dubbelzinnig };
  return { waarde: gelezen.waarde, herkend: true };
}

function leesNederlands(ruw) {
  let s = ruw.replace(SPATIES, '');
  s = s.replace(/^(€|eur(o)?)/i, '').replace(/(€|eur(o)?)$/i, '');
  s = s.replace(/[.,]-{1,2}$/, ''); // "350.000,-" and "350.000,--"
  let teken = '';
  if (/^[-−]/.test(s)) {
    teken = '-';
    s = s.slice(1);
  }
  s = s.replace(/^(€|eur(o)?)/i, ''); // "-€ 5" as well as "€ -5"
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;

  const punt = s.lastIndexOf('.');
  const komma = s.lastIndexOf(',');
  let heel;
  let decimalen = '';
  if (punt >= 0 && komma >= 0) {
    const decimaal = punt > komma ? '.' : ',';
    const groep = decimaal === '.' ? ',' : '.';
    const plek = s.lastIndexOf(decimaal);
    heel = s.slice(0, plek);
    decimalen = s.slice(plek + 1);
    if (heel.includes(decimaal) || !groepenKloppen(heel, groep)) return null;
    heel = heel.split(groep).join('');
  } else if (punt >= 0) {
    // Only the group mark ("."): several times, or once before three digits, it groups thousands.
    const delen = s.split('.');
    if (delen.length > 2 || delen[1].length === 3) {
      if (!groepenKloppen(s, '.')) return null;
      heel = delen.join('');
    } else {
      [heel, decimalen] = delen;
    }
  } else if (komma >= 0) {
    // Only the decimal mark (","): several times it can only group thousands.
    const delen = s.split(',');
    if (delen.length > 2) {
      if (!groepenKloppen(s, ',')) return null;
      heel = delen.join('');
    } else {
      [heel, decimalen] = delen;
      if (decimalen.length === 3 && /^[1-9][0-9]{0,2}$/.test(heel)) {
        // The cents reading: "1,250" is 1.25; "1,255" would have three decimals (kept, not cut).
        const centen = decimalen.endsWith('0') ? decimalen.slice(0, 2) : decimalen;
        return { dubbelzinnig: [`${teken}${heel}${decimalen}.00`, `${teken}${heel}.${centen}`] };
      }
    }
  } else {
    heel = s;
  }
  if (!/^[0-9]*$/.test(heel) || !/^[0-9]*$/.test(decimalen)) return null;
  if (heel === '' && decimalen === '') return null;
  heel = heel.replace(/^0+(?=[0-9])/, '') || '0';
  if (decimalen.length <= 2) decimalen = decimalen.padEnd(2, '0');
  return { waarde: `${teken}${heel}.${decimalen}` };
}

function groepenKloppen(tekst, scheiding) {
  const delen = tekst.split(scheiding);
  return /^[0-9]{1,3}$/.test(delen[0]) && delen.slice(1).every((d) => /^[0-9]{3}$/.test(d));
}

/**
 * Write a contract amount ("1250000.00") for people: "€ 1.250.000,00" in Dutch, "€1,250,000.00" in
 * English. Text that is not such an amount is returned as it is.
 */
export function schrijfBedrag(waarde, taal = 'nl') {
  const getal = schrijfGetal(waarde, taal);
  if (getal === null) return String(waarde ?? '');
  const teken = getal.startsWith('-') ? '-' : '';
  const rest = teken ? getal.slice(1) : getal;
  return taal === 'en' ? `${teken}€${rest}` : `${teken}€ ${rest}`;
}

/**
 * A contract amount as a person types it in the language, without the euro sign: "1.250.000,00"
 * (Dutch), "1,250,000.00" (English). Amounts with more than two decimals are not grouped
 * ("1,250" in Dutch for "1.250"), so that they read back as what they are. Null for other text.
 */
export function schrijfGetal(waarde, taal = 'nl') {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(String(waarde ?? ''));
  if (!m) return null;
  const [, teken, heel, dec = ''] = m;
  const { decimaal, groep } = tekens(taal);
  if (dec.length > 2) return `${teken}${heel}${decimaal}${dec}`;
  const gegroepeerd = heel.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, groep);
  return `${teken}${gegroepeerd}${decimaal}${dec.padEnd(2, '0')}`;
}


// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

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
