// The checker (the Rust engine compiled to WebAssembly) and the reference data the form needs:
// the gemeenten and their focus areas, the regulations, their themes, categories and years.
// Everything runs in the page; `init()` fetches only the page's own .wasm file.

import { taal } from './i18n.js';
import init, { gebieden as wasmGebieden, regels as wasmRegels, toets as wasmToets, toetsJson as wasmToetsJson, versie as wasmVersie } from '../pkg/index.js';

let geladen = false;
let gebiedenLijst = [];
let regelingenLijst = [];

/** Load the wasm module and read the reference data. Throws when the module cannot be loaded. */
export async function start() {
  await init();
  gebiedenLijst = wasmGebieden();
  regelingenLijst = wasmRegels().regelingen;
  geladen = true;
}

/** Whether the checker is loaded. */
export function isGeladen() {
  return geladen;
}

/** The engine version and the first 12 hex digits of its rule-set hash (`{ versie: '0.1.0',
 *  hash: '3f2a…' }`), or null before loading. */
export function versie() {
  if (!geladen) return null;
  const { versie: v, regels_sha256: hash } = wasmVersie();
  return { versie: v, hash: `${hash.slice(0, 12)}…` };
}

/**
 * Assess an aanvraag. The engine never throws by contract; should it do so anyway, the page gets
 * a beoordeling with one fout at the root instead of breaking.
 */
export function toets(aanvraag) {
  if (!geladen) return null;
  try {
    return wasmToets(aanvraag);
  } catch (e) {
    return {
      regeling: null,
      uitkomst: 'voldoet_niet',
      focusgebied: null,
      bevindingen: [
        {
          code: 'KW-FORMULIER-001',
          ernst: 'fout',
          pad: '',
          melding: { nl: `De toets liep vast: ${e}`, en: `The checker failed: ${e}` },
        },
      ],
      totalen: { aangevraagd: '0.00', per_geldstroom: {}, per_thema: {} },
    };
  }
}

/**
 * Assess the text of a file as the CLI does (`toetsJson`: the same reader, so a number or a byte
 * order mark reads alike): the beoordeling as an object. Never throws, like `toets`.
 */
export function toetsTekst(tekst) {
  if (!geladen) return null;
  try {
    return JSON.parse(wasmToetsJson(tekst));
  } catch (e) {
    return {
      regeling: null,
      uitkomst: 'voldoet_niet',
      focusgebied: null,
      bevindingen: [{ code: 'KW-FORMULIER-001', ernst: 'fout', pad: '', melding: { nl: `De toets liep vast: ${e}`, en: `The checker failed: ${e}` } }],
      totalen: { aangevraagd: '0.00', per_geldstroom: {}, per_thema: {} },
    };
  }
}

/** The regulations as `regels()` lists them, with every rule, theme and geldstroom (and its plafond). */
export function regelingenVolledig() {
  return regelingenLijst;
}

/** The gemeenten that have a focus area: `[{ code, naam }]`, by name. */
export function gemeenten() {
  const perCode = new Map();
  for (const g of gebiedenLijst) perCode.set(g.gemeentecode, g.gemeente);
  return [...perCode]
    .map(([code, naam]) => ({ code, naam }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl', { ignorePunctuation: true }));
}

/** The focus areas of gemeente `code` (all areas when `code` is empty). */
export function focusgebieden(code) {
  return gebiedenLijst
    .filter((g) => !code || g.gemeentecode === code)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/** The focus area with this id, or undefined. */
export function focusgebied(id) {
  return gebiedenLijst.find((g) => g.id === id);
}

/** Match a typed gemeente (code or name, as an imported file may have it) to a code. */
export function gemeenteCode(waarde) {
  const w = sleutel(waarde);
  if (!w) return '';
  const g = gebiedenLijst.find((x) => sleutel(x.gemeentecode) === w || sleutel(x.gemeente) === w);
  return g ? g.gemeentecode : waarde;
}

/** Match a typed focus area (id, name or variant) to its id. */
export function focusgebiedId(waarde) {
  const w = sleutel(waarde);
  if (!w) return '';
  const g = gebiedenLijst.find(
    (x) => sleutel(x.id) === w || sleutel(x.naam) === w || (x.varianten ?? []).some((v) => sleutel(v) === w),
  );
  return g ? g.id : waarde;
}

function sleutel(tekst) {
  return String(tekst ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

/** A category's name in the page's language (`naam_en` in English, when the engine gives it). */
export function categorieNaam(c) {
  if (!c) return undefined;
  return taal() === 'en' ? c.naam_en ?? c.naam : c.naam;
}

/** The composition of a focus area in the page's language (`samenstelling_en`, when given). */
export function samenstelling(g) {
  if (!g) return '';
  return taal() === 'en' ? g.samenstelling_en ?? g.samenstelling : g.samenstelling;
}

/** The regulations: `[{ id, citeertitel, vindplaats }]`. */
export function regelingen() {
  return regelingenLijst.map(({ id, citeertitel, vindplaats }) => ({ id, citeertitel, vindplaats }));
}

/**
 * The themes of regulation `id`, in the engine's order: `[{ id, naam:{nl,en}, letter, geldstroom,
 * categorieen:[{id,naam}] }]`, as the engine's `regels()` lists them.
 */
export function themas(id) {
  const regeling = regelingenLijst.find((r) => r.id === id);
  return (regeling?.themas ?? []).map((t) => ({
    id: t.id,
    naam: t.naam,
    letter: t.letter ?? null,
    geldstroom: t.geldstroom,
    categorieen: t.categorieen ?? [],
  }));
}

/** The theme `themaId` of regulation `regelingId`, else of any regulation (for names in totals). */
export function thema(regelingId, themaId) {
  return (
    themas(regelingId).find((t) => t.id === themaId) ??
    regelingenLijst.flatMap((r) => themas(r.id)).find((t) => t.id === themaId)
  );
}

/** The allocation years of regulation `id` (rule `jaren`), e.g. `[2026, 2027, 2028]`. */
export function jaren(id) {
  const regeling = regelingenLijst.find((r) => r.id === id);
  const regel = regeling?.regels.find((r) => r.soort === 'regel' && r.id === 'jaren');
  return Array.isArray(regel?.waarde) ? regel.waarde.map(Number) : [];
}
