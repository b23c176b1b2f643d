// Types of kansrijke-wijk/uitleg: the checker with the explanation of its answer (issue 14).
import type { Aanvraag, Beoordeling, Bevinding, Tekst, Zekerheid } from './index.js';

/** A URL (string or URL), a Response, bytes or a WebAssembly.Module (no DOM types needed). */
export type InitInput = string | object;

/** Load the uitleg module (uitleg/kansrijke_wijk_uitleg_bg.wasm; in Node read from disk). */
export default function init(options?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<unknown>;
/** Load the uitleg module synchronously from its bytes or a compiled module. */
export function initSync(options?: { module: object }): unknown;
/** Whether the uitleg module is loaded. */
export function isGeladen(): boolean;

/** An RFC 6902 operation; herstel writes only `test` (the old value) and `replace`. */
export interface PatchOperatie {
  op: 'test' | 'replace';
  /** JSON Pointer (RFC 6901) into the aanvraag. */
  path: string;
  value: unknown;
}

/** The repair of one finding: what it does or what to decide, and the proven patch. */
export interface Herstel extends Tekst {
  /** Applying it removes the finding and adds no fout, waarschuwing or ontbreekt (proven by
   *  checking again). Empty when the repair is a choice only a person can make. */
  patch: PatchOperatie[];
}

/** A finding with its repair, when it has one. */
export interface BevindingMetHerstel extends Bevinding {
  herstel?: Herstel;
}

/** How a rule came out for this aanvraag. */
export type Toetsuitkomst = 'voldaan' | 'niet_voldaan' | 'mogelijk_niet_voldaan' | 'niet_te_toetsen';

/** One rule of the regulation applied to the aanvraag. */
export interface Toetsstap {
  /** The rule's id in rules/ (as `regels()` lists it). */
  regel: string;
  /** Article (and lid), when known. */
  artikel?: string;
  /** The themes it is limited to; absent for every theme. */
  themas?: string[];
  zekerheid: Zekerheid;
  uitkomst: Toetsuitkomst;
  /** Why it could not be checked; with `niet_te_toetsen` only. */
  reden?: Tekst;
  /** The fields it looked at (JSON Pointers), then the paths of its findings. */
  paden: string[];
}

/** A beoordeling with each finding's repair and the trace of every rule applied. */
export interface Uitgelegd extends Omit<Beoordeling, 'bevindingen'> {
  bevindingen: BevindingMetHerstel[];
  /** Empty when no regulation could be chosen (or the input could not be read). */
  getoetst: Toetsstap[];
}

/** One change `herstel` made. */
export interface Wijziging extends Tekst {
  /** The code of the finding it fixes. */
  code: string;
  pad: string;
  /** The value before (absent when there was none). */
  oud?: unknown;
  nieuw: unknown;
}

/** The answer of `herstel`. */
export interface Hersteld {
  /** The aanvraag with every proven repair applied; `null` when the input could not be read. */
  aanvraag: unknown;
  wijzigingen: Wijziging[];
  /** The beoordeling of the repaired aanvraag, with what is left to decide in its findings. */
  beoordeling: Omit<Uitgelegd, 'getoetst'>;
  /** Repairs not applied (at most 200 proofs per call): call herstel again on `aanvraag`. */
  niet_toegepast: number;
}

/** `toets` with each finding's proven `herstel` and the trace `getoetst`. Never throws. */
export function toetsUitleg(aanvraag: Aanvraag | unknown): Uitgelegd;
/** `toetsUitleg` for JSON text; the answer as JSON text, as `toets --json --uitleg --compact`. */
export function toetsUitlegJson(aanvraag: string): string;
/** Every proven repair applied, checked again. Never throws. */
export function herstel(aanvraag: Aanvraag | unknown): Hersteld;
/** `herstel` for JSON text; the answer as JSON text. */
export function herstelJson(aanvraag: string): string;
