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
