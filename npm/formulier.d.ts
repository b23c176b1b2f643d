// Types of kansrijke-wijk/formulier: helpers for a web form around the checker (no WebAssembly).
// Written by hand in npm/.

import type { Bevinding, Ernst } from './index.js';

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/** The reference tokens of a JSON Pointer (`"/a~1b/0"` gives `["a/b", "0"]`); `""` has none. */
export function tokens(pad: string): string[];

/** The JSON Pointer of reference tokens (`["a/b", 0]` gives `"/a~1b/0"`). */
export function pointer(delen: ReadonlyArray<string | number>): string;

/** How pointers become element ids. */
export interface IdOpties {
  /** Put before the tokens (default `"veld-"`). */
  voorvoegsel?: string;
  /** The id for `""`, the whole aanvraag (default `"formulier"`). */
  wortel?: string;
}

/**
 * The element id for the control or group that edits `pad`:
 * `/activiteiten/0/begroting/1/jaar` gives `veld-activiteiten-0-begroting-1-jaar`; every
 * character other than `A-Z a-z 0-9 _` in a token is written as `_`; `""` gives `formulier`.
 */
export function idVoorPad(pad: string, opties?: IdOpties): string;

/** The pointer one level up (`""` stays `""`). */
export function ouder(pad: string): string;

/**
 * The nearest field for `pad`: itself when `bestaat(id, pad)`, else the nearest pointer above it
 * whose field exists; null when only the whole form fits.
 */
export function veldVoorPad(
  pad: string,
  bestaat: (id: string, pad: string) => boolean,
  opties?: IdOpties,
): { pad: string; id: string } | null;

/** A document, as far as {@link doelVoorPad} needs one. */
export interface MetElementen<E> {
  getElementById(id: string): E | null;
}

/**
 * The element where findings about `pad` are shown: the control itself, else the nearest group
 * above it; null when only the whole form fits. `isDoel` narrows which elements count.
 */
export function doelVoorPad<E = Element>(
  pad: string,
  document?: MetElementen<E>,
  opties?: IdOpties & { isDoel?: (element: E) => boolean },
): E | null;

/** One field's findings (see {@link groepeerPerVeld}). */
export interface Veldgroep<T, B = Bevinding> {
  /** The field: what `doel(pad)` gave; `null` for findings without one (the whole aanvraag). */
  doel: T | null;
  /** Its findings, in the checker's (document) order. */
  bevindingen: B[];
  /** The most serious `ernst` among them. */
  ernst: Ernst;
  /** How many are errors (`fout` or `ontbreekt`). */
  fouten: number;
}

/**
 * The findings per field, for messages at the fields and an error summary, in the order of each
 * field's first finding. `doel` maps a finding's pad to its field (default: the pad itself), for
 * instance `(pad) => doelVoorPad(pad, document)`.
 */
export function groepeerPerVeld<B extends { pad: string; ernst: Ernst | string }>(bevindingen: readonly B[]): Veldgroep<string, B>[];
export function groepeerPerVeld<T, B extends { pad: string; ernst: Ernst | string } = Bevinding>(
  bevindingen: readonly B[],
  doel: (pad: string) => T | null | undefined,
): Veldgroep<T, B>[];

// ---------------------------------------------------------------------------------------------
// Amounts and dates
// ---------------------------------------------------------------------------------------------

/** The form's languages. */
export type Taal = 'nl' | 'en';

/** What a reader made of a typed text. */
export interface Gelezen {
  /**
   * The contract value when `herkend` (`"1250000.00"`, `"2025-07-15"`); the trimmed text as typed
   * when not (to go to the checker, which reports it at the field); `null` when the text is empty.
   */
  waarde: string | null;
  herkend: boolean;
}

/** What {@link leesBedrag} made of a typed amount. */
export interface GelezenBedrag extends Gelezen {
  /**
   * Only when not `herkend`: the two contract amounts the text could mean, thousands first
   * (`"1250.00"`), then cents (`"1.25"`): `1,250` in Dutch, `1.250` in English. Ask, never guess.
   */
  dubbelzinnig?: [string, string];
}

/** The decimal and group marks of a language: `,` and `.` in Dutch, `.` and `,` in English. */
export function tekens(taal?: Taal): { decimaal: string; groep: string };

/** The text with every `.` and `,` swapped: the same amount written the other language's way. */
export function wisselTekens(tekst: string): string;

/**
 * Read an amount as people type it into the contract's decimal string, following the language:
 * `1.250.000,00`, `€ 350.000`, `350.000,-` in Dutch; `1,250,000.00`, `€800,000` in English.
 * Never through a binary float; never a guess.
 */
export function leesBedrag(tekst: string | null | undefined, taal?: Taal): GelezenBedrag;

/** A contract amount for people: `€ 1.250.000,00` (Dutch), `€1,250,000.00` (English); other text as it is. */
export function schrijfBedrag(waarde: string | null | undefined, taal?: Taal): string;

/** A contract amount as typed in the language, without the euro sign; null for other text. */
export function schrijfGetal(waarde: string | null | undefined, taal?: Taal): string | null;

/**
 * Read a date as people type it into ISO 8601: `2025-07-15`, or day, month, year (`15-07-2025`,
 * `15/7/2025`, `15.07.2025`) in both languages. A date that does not exist is not read.
 */
export function leesDatum(tekst: string | null | undefined): Gelezen;

/** An ISO date for people: `15-07-2025`; other text as it is. */
export function schrijfDatum(iso: string | null | undefined): string;
