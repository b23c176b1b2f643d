// Amounts as people type them, read into the contract's decimal strings ("1250000.00"), and written
// back for people. Pure string work: an amount never passes through a binary float.
//
// Accepted: "1.250.000,00", "€ 1.250.000", "1250000", "1250000.00", "350.000,-", "99,5",
// "1,250,000.00" (English grouping), "EUR 12.500". The rules, Dutch first:
//   - both "." and "," present: the last one is the decimal mark, the other groups thousands;
//   - only ",": one comma is the decimal mark ("99,5"); several group thousands ("1,250,000");
//   - only ".": several dots group thousands ("1.250.000"); one dot followed by exactly three
//     digits groups thousands ("350.000", the Dutch way); otherwise it is the decimal mark ("99.5").
// Thousands groups must have three digits. Anything else is not read: the text then goes to the
// checker as typed, which reports it (KW-BEDRAG-003) at the field.

const SPATIES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Read a typed amount.
 * @param {string} tekst what the user typed
 * @returns {{ waarde: string|null, herkend: boolean }} `waarde` is the contract string when
 *   `herkend`, the trimmed text as typed when not, and null when the field is empty.
 */
export function leesBedrag(tekst) {
  const ruw = String(tekst ?? '').trim();
  if (ruw === '') return { waarde: null, herkend: false };
  let s = ruw.replace(SPATIES, '');
  s = s.replace(/^(€|eur(o)?)/i, '').replace(/(€|eur(o)?)$/i, '');
  s = s.replace(/[.,]-{1,2}$/, ''); // "350.000,-" and "350.000,--"
  let teken = '';
  if (/^[-−]/.test(s)) {
    teken = '-';
    s = s.slice(1);
  }
  s = s.replace(/^(€|eur(o)?)/i, ''); // "-€ 5" as well as "€ -5"
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return { waarde: ruw, herkend: false };

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
    if (heel.includes(decimaal) || !groepenKloppen(heel, groep)) return { waarde: ruw, herkend: false };
    heel = heel.split(groep).join('');
  } else if (komma >= 0 || punt >= 0) {
    const teken1 = komma >= 0 ? ',' : '.';
    const delen = s.split(teken1);
    const alsGroepen = delen.length > 2 || (teken1 === '.' && delen[1].length === 3);
    if (alsGroepen) {
      if (!groepenKloppen(s, teken1)) return { waarde: ruw, herkend: false };
      heel = delen.join('');
    } else {
      [heel, decimalen] = delen;
    }
  } else {
    heel = s;
  }
  if (!/^[0-9]*$/.test(heel) || !/^[0-9]*$/.test(decimalen)) return { waarde: ruw, herkend: false };
  if (heel === '' && decimalen === '') return { waarde: ruw, herkend: false };
  heel = heel.replace(/^0+(?=[0-9])/, '') || '0';
  if (decimalen.length <= 2) decimalen = decimalen.padEnd(2, '0');
  return { waarde: `${teken}${heel}.${decimalen}`, herkend: true };
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
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(String(waarde ?? ''));
  if (!m) return String(waarde ?? '');
  const [, teken, heel, dec = ''] = m;
  const groep = taal === 'en' ? ',' : '.';
  const decimaal = taal === 'en' ? '.' : ',';
  const gegroepeerd = heel.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, groep);
  const decimalen = dec.length <= 2 ? dec.padEnd(2, '0') : dec;
  return taal === 'en'
    ? `${teken}€${gegroepeerd}${decimaal}${decimalen}`
    : `${teken}€ ${gegroepeerd}${decimaal}${decimalen}`;
}
