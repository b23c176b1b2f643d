// The form's state and the aanvraag (contract JSON) it stands for.
//
// The state has the aanvraag's shape, but holds what the user typed: text stays text ("€ 1.250.000",
// "15-07-2025") until `naarAanvraag` reads it into the contract's values. Two extra members keep
// anything the form has no control for, so an imported file loses nothing:
//   _rest   the members of an object that are unknown, or of a type the control cannot show
//           (`"jaar": true`); they are written back as they came, so the checker still reports them;
//           A value the control can show but not write back unchanged ("350.000", a year as text,
//           "") is kept there too, and shown as written: it goes out as it came until edited;
//   _leeg   the empty lists and objects of the file, which would otherwise be left out;
//   _ruw    a list item that is not an object at all.
// Each list item also has a stable `_sleutel`, so messages shown at a field follow it when
// activities are reordered. Members starting with "_" never reach the aanvraag.

import { leesBedrag, schrijfGetal, wisselTekens } from './bedrag.js';
import { leesDatum, schrijfDatum } from './datum.js';
import { tokens } from '../pkg/formulier.js';

/** The shape of the aanvraag: the kind of every field the form edits, in the contract's order. */
export const SCHEMA = {
  soort: 'object',
  velden: {
    regeling: 'tekst',
    ingediend_op: 'datum',
    gemeente: 'tekst',
    focusgebied: 'tekst',
    alliantie: {
      soort: 'object',
      altijd: true,
      velden: {
        voorzitter_burgemeester: 'janee',
        gebiedsplan: 'janee',
        uitvoeringsprogramma: 'janee',
        inwoners_betrokken: 'janee',
      },
    },
    coalitie: {
      soort: 'object',
      velden: {
        scholen: {
          soort: 'lijst',
          item: { soort: 'object', velden: { naam: 'tekst', brin: 'tekst', binnen_focusgebied: 'janee' } },
        },
      },
    },
    activiteiten: {
      soort: 'lijst',
      item: {
        soort: 'object',
        velden: {
          id: 'tekst',
          naam: 'tekst',
          thema: 'tekst',
          categorie: 'tekst',
          binnen_focusgebied: 'janee',
          doelgroep: {
            soort: 'object',
            velden: { leeftijd_van: 'geheel', leeftijd_tot_en_met: 'geheel' },
          },
          begroting: {
            soort: 'lijst',
            item: {
              soort: 'object',
              velden: { jaar: 'geheel', bedrag: 'bedrag', besteding_in: 'geheel', soort: 'soort' },
            },
          },
        },
      },
    },
  },
};

let teller = 0;
/** A key that is unique within this page, for list items. */
export function nieuweSleutel() {
  teller += 1;
  return `k${Date.now().toString(36)}${teller.toString(36)}`;
}

function isObject(w) {
  return w !== null && typeof w === 'object' && !Array.isArray(w);
}

function leeg(schema) {
  if (typeof schema === 'string') return schema === 'janee' ? null : '';
  if (schema.soort === 'lijst') return [];
  const uit = { _rest: {} };
  for (const [k, s] of Object.entries(schema.velden)) uit[k] = leeg(s);
  return uit;
}

/** An empty form. */
export function leegFormulier() {
  return leeg(SCHEMA);
}

/** A new school row. */
export function nieuweSchool() {
  return { ...leeg(SCHEMA.velden.coalitie.velden.scholen.item), _sleutel: nieuweSleutel() };
}

/** A new budget line. */
export function nieuweBegrotingsregel() {
  const s = SCHEMA.velden.activiteiten.item.velden.begroting.item;
  return { ...leeg(s), _sleutel: nieuweSleutel() };
}

/** A new activity with a free id (`activiteit-3`) and one empty budget line. */
export function nieuweActiviteit(activiteiten = []) {
  const ids = new Set(activiteiten.map((a) => a.id));
  let n = activiteiten.length + 1;
  while (ids.has(`activiteit-${n}`)) n += 1;
  const a = { ...leeg(SCHEMA.velden.activiteiten.item), _sleutel: nieuweSleutel() };
  a.id = `activiteit-${n}`;
  a.begroting = [nieuweBegrotingsregel()];
  return a;
}

// ---- aanvraag -> state (import) ----------------------------------------------------------------

/**
 * The form state for an aanvraag (any JSON object). Nothing in it is dropped. Amounts in the
 * contract's notation ("350000.00", a point before the cents) are written the way the form reads
 * them in `taal` ("350.000,00" in Dutch), so that they are read back as the same amount; other text
 * stays as it is.
 */
export function uitAanvraag(json, taal = 'nl') {
  huidigeTaal = taal;
  return uitObject(SCHEMA, isObject(json) ? json : {});
}

let huidigeTaal = 'nl';

function uitObject(schema, obj) {
  const uit = { _rest: {} };
  for (const [k, w] of Object.entries(obj)) {
    if (!(k in schema.velden)) uit._rest[k] = w;
  }
  for (const [k, s] of Object.entries(schema.velden)) {
    const w = obj[k];
    const gelezen = w === undefined ? { ok: true, waarde: leeg(s) } : uitVeld(s, w);
    uit[k] = gelezen.ok ? gelezen.waarde : leeg(s);
    // A part the form always writes (the alliance) stays absent while the file has none and the
    // user has not filled it in.
    if (w === undefined && s.altijd) uit._leeg = { ...uit._leeg, [k]: undefined };
    if (!gelezen.ok) uit._rest[k] = w;
    else if (w !== undefined && typeof s === 'string' && (!zelfde(naarVeld(s, uit[k]), w) || alsTekstBedrag(s, w))) {
      // The control cannot show this value so that it goes out unchanged ("350.000", a year as
      // text, "", a name with spaces around it): it shows the text as written, and the value
      // itself goes out until the user edits the field, so the form checks what the file says.
      if (typeof w === 'string') uit[k] = w;
      uit._rest[k] = w;
    } else if (w !== undefined && typeof s === 'object' && naarVeld(s, uit[k]) === undefined && !s.altijd) {
      // An empty list or object ("begroting": []) is not the same as an absent one.
      uit._leeg = { ...uit._leeg, [k]: w };
    }
  }
  return uit;
}

/**
 * An amount in a file written other than in the contract's notation (a point before at most two
 * decimals): "1,250", "350.000", "abc". The form would read it its own way, perhaps ask about it.
 */
function alsTekstBedrag(schema, w) {
  return schema === 'bedrag' && typeof w === 'string' && !/^-?[0-9]+(\.[0-9]{1,2})?$/.test(w);
}

function zelfde(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the field at `naam` of `item` still holds a text value from an imported file that the
 * form does not read its own way (see `uitObject`): then the checker reads it as written.
 */
export function zoalsBestand(item, naam) {
  return Boolean(item?._rest) && naam in item._rest && typeof item._rest[naam] === 'string';
}

/** The same for the field at JSON Pointer `pad` of the state. */
export function padZoalsBestand(staat, pad) {
  const ts = tokens(pad);
  const naam = ts.pop();
  if (naam === undefined) return false;
  let w = staat;
  for (const t of ts) w = w !== null && typeof w === 'object' ? w[t] : undefined;
  return zoalsBestand(w, naam);
}

function uitVeld(schema, w) {
  if (typeof schema === 'string') {
    switch (schema) {
      case 'janee':
        return w === null ? { ok: true, waarde: null } : { ok: typeof w === 'boolean', waarde: w };
      case 'geheel':
        if (w === null) return { ok: true, waarde: '' };
        if (Number.isInteger(w)) return { ok: true, waarde: String(w) };
        return { ok: typeof w === 'string', waarde: w };
      case 'bedrag':
        if (w === null) return { ok: true, waarde: '' };
        if (typeof w === 'number' && Number.isFinite(w)) return { ok: true, waarde: schrijfGetal(String(w), huidigeTaal) ?? String(w) };
        if (typeof w === 'string') return { ok: true, waarde: schrijfGetal(w, huidigeTaal) ?? w };
        return { ok: false, waarde: w };
      case 'datum':
        if (w === null) return { ok: true, waarde: '' };
        if (typeof w === 'string' && leesDatum(w).herkend) return { ok: true, waarde: schrijfDatum(leesDatum(w).waarde) };
        return { ok: typeof w === 'string', waarde: w };
      case 'soort':
        if (w === null || w === 'activiteit') return { ok: true, waarde: '' };
        return { ok: typeof w === 'string', waarde: w };
      default:
        if (w === null) return { ok: true, waarde: '' };
        return { ok: typeof w === 'string', waarde: w };
    }
  }
  if (schema.soort === 'lijst') {
    if (!Array.isArray(w)) return { ok: w === null, waarde: [] };
    return {
      ok: true,
      waarde: w.map((item) =>
        isObject(item)
          ? { ...uitObject(schema.item, item), _sleutel: nieuweSleutel() }
          : { _ruw: item, _sleutel: nieuweSleutel() },
      ),
    };
  }
  if (!isObject(w)) return { ok: w === null, waarde: leeg(schema) };
  return { ok: true, waarde: uitObject(schema, w) };
}

// ---- state -> aanvraag ---------------------------------------------------------------------

/**
 * The aanvraag (contract JSON) that the form state stands for, with amounts read in `taal`. An
 * amount that could mean two things (`dubbelzinnigeBedragen`) goes out as typed.
 */
export function naarAanvraag(staat, taal = 'nl') {
  huidigeTaal = taal;
  return naarObject(SCHEMA, staat ?? leegFormulier()) ?? {};
}

/** The budget lines of the state, with their pads: `[{ pad, regel }]`. */
function begrotingsregels(staat) {
  const uit = [];
  (staat?.activiteiten ?? []).forEach((a, i) => {
    if (!a || '_ruw' in a) return;
    (a.begroting ?? []).forEach((r, j) => {
      if (r && !('_ruw' in r)) uit.push({ pad: `/activiteiten/${i}/begroting/${j}`, regel: r });
    });
  });
  return uit;
}

/**
 * The amounts that could mean two things in `taal` ("1.250" in English, "1,250" in Dutch):
 * `[{ pad, tekst, lezingen: [thousands, cents] }]`, to be asked at the field.
 */
export function dubbelzinnigeBedragen(staat, taal = 'nl') {
  const uit = [];
  for (const { pad, regel } of begrotingsregels(staat)) {
    if (zoalsBestand(regel, 'bedrag')) continue;
    const gelezen = leesBedrag(regel.bedrag, taal);
    if (gelezen.dubbelzinnig) uit.push({ pad: `${pad}/bedrag`, tekst: String(regel.bedrag).trim(), lezingen: gelezen.dubbelzinnig });
  }
  return uit;
}

/**
 * Write every typed amount the other language's way ("800,000" becomes "800.000"), so that after a
 * switch of language each still reads as the same amount (or is still asked about).
 */
export function wisselBedragen(staat) {
  for (const { regel } of begrotingsregels(staat)) {
    if (typeof regel.bedrag === 'string' && !zoalsBestand(regel, 'bedrag')) regel.bedrag = wisselTekens(regel.bedrag);
  }
}

function naarObject(schema, staat) {
  const rest = staat._rest ?? {};
  const uit = {};
  for (const [k, s] of Object.entries(schema.velden)) {
    // A value kept from the file goes out as it came (until the user edits the field: `zet`).
    if (k in rest) {
      uit[k] = rest[k];
      continue;
    }
    const v = naarVeld(s, staat[k]);
    const leegNu = v === undefined || (s.altijd && isObject(v) && Object.keys(v).length === 0);
    const w = staat._leeg && k in staat._leeg && leegNu ? staat._leeg[k] : v;
    if (w !== undefined) uit[k] = w;
  }
  for (const [k, w] of Object.entries(rest)) {
    if (!(k in schema.velden)) uit[k] = w;
  }
  return uit;
}

function naarVeld(schema, w) {
  if (typeof schema === 'string') {
    if (schema === 'janee') return typeof w === 'boolean' ? w : undefined;
    const tekst = String(w ?? '').trim();
    if (tekst === '') return undefined;
    switch (schema) {
      case 'geheel':
        return /^-?[0-9]{1,9}$/.test(tekst) ? Number(tekst) : tekst;
      case 'bedrag':
        return leesBedrag(tekst, huidigeTaal).waarde;
      case 'datum':
        return leesDatum(tekst).waarde;
      default:
        return tekst;
    }
  }
  if (schema.soort === 'lijst') {
    if (!Array.isArray(w) || w.length === 0) return undefined;
    return w.map((item) => ('_ruw' in item ? item._ruw : naarObject(schema.item, item)));
  }
  if (!w) return schema.altijd ? {} : undefined;
  const obj = naarObject(schema, w);
  return Object.keys(obj).length > 0 || schema.altijd ? obj : undefined;
}

// ---- editing the state by JSON Pointer --------------------------------------------------------

// The tokens of a JSON Pointer (RFC 6901), from the package's form helpers.
export { tokens };

/** The value at `pad` in the state (undefined when there is none). */
export function lees(staat, pad) {
  let w = staat;
  for (const t of tokens(pad)) {
    if (w === null || typeof w !== 'object') return undefined;
    w = w[t];
  }
  return w;
}

/**
 * Set the value at `pad` (the user edited that control). Whatever the imported file had there that
 * the control could not show is dropped from `_rest`: the user's new value replaces it.
 */
export function zet(staat, pad, waarde) {
  const ts = tokens(pad);
  const laatste = ts.pop();
  let w = staat;
  for (const t of ts) {
    if (w[t] === null || typeof w[t] !== 'object') w[t] = { _rest: {} };
    w = w[t];
  }
  w[laatste] = waarde;
  if (w._rest) delete w._rest[laatste];
}

/** The pad with every list index replaced by that item's stable key. */
export function stabielPad(staat, pad) {
  let w = staat;
  const uit = [];
  for (const t of tokens(pad)) {
    const item = w?.[t];
    uit.push(Array.isArray(w) && item?._sleutel ? `@${item._sleutel}` : t);
    w = item;
  }
  return uit.length ? `/${uit.join('/')}` : '';
}

/** Check a restored draft: is it a form state this page can show? */
export function isFormulier(w) {
  return (
    isObject(w) &&
    isObject(w._rest) &&
    isObject(w.alliantie) &&
    isObject(w.coalitie) &&
    Array.isArray(w.coalitie.scholen) &&
    Array.isArray(w.activiteiten) &&
    w.activiteiten.every((a) => isObject(a) && ('_ruw' in a || (Array.isArray(a.begroting) && isObject(a.doelgroep))))
  );
}
