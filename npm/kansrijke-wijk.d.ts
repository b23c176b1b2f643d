// Types of kansrijke-wijk: the SPUK Kansrijke Wijk checker as a WebAssembly module.
// Shapes: the project's contract (the aanvraag and the beoordeling). Written by hand in npm/;
// the build fills in the list of finding codes from src/codes.rs. A test compiles a file that uses
// every entry point with `tsc --noEmit`, and checks real answers of the module against these types.

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/**
 * Where the `.wasm` comes from: a URL (string or `URL`), a `Response` or a promise of one, its
 * bytes (`ArrayBuffer`, `Uint8Array`), or a compiled `WebAssembly.Module`. Written as `string |
 * object` so the types need neither the DOM nor Node's library.
 */
export type InitInput = string | object;

/**
 * Load the module. In a browser or worker it fetches `web/kansrijke_wijk_bg.wasm` next to the
 * package's `index.js` (bundlers ship it), or what `module_or_path` names; in Node, Deno, Bun and
 * Cloudflare workerd the module is loaded on import already and this resolves at once. Call it
 * once, before the functions below; calling it again does nothing. Rejects with an `Error` whose
 * message says why the module could not be loaded: a Content-Security-Policy without
 * `'wasm-unsafe-eval'`, a file that is missing or is not WebAssembly, a bundle without
 * `import.meta.url`.
 */
export default function init(options?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<unknown>;

/** Load the module synchronously from its bytes or a compiled `WebAssembly.Module` (a no-op once loaded). */
export function initSync(options?: { module: object }): unknown;

/**
 * Whether the module is loaded. Before it is, `toets`, `toetsJson`, `toetsMetRegels` and
 * `toetsMetRegelsJson` return a beoordeling with the fout `KW-MODULE-001` at `""` (they never
 * throw); `gebieden`, `zoekGebied`, `regels` and `versie` throw an `Error` that says to call
 * `init()` first.
 */
export function isGeladen(): boolean;

// ---------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------

/**
 * Check an aanvraag against the compiled rules. Synchronous and never throws: any value is
 * accepted (`undefined`, a string, a half-filled form) and what is wrong with it comes back as
 * findings at their paths. A JS number for `bedrag` is read from its shortest decimal text
 * (`99.5`), never through float arithmetic; `NaN` and `Infinity` are reported as unreadable.
 */
export function toets(aanvraag: Aanvraag): Beoordeling;
export function toets(aanvraag: unknown): Beoordeling;

/**
 * Check an aanvraag given as JSON text; the beoordeling as compact JSON text, byte for byte what
 * the native `kansrijke-wijk toets FILE --json --compact` prints (without its newline). Text that
 * is not JSON gives one fout `KW-INVOER-001` at `""`, naming the line and column. Never throws.
 */
export function toetsJson(aanvraag: string): string;

/**
 * Check an aanvraag against the compiled rules filled with a rule set loaded at run time (for
 * instance the values of an award letter): JSON text or an object of the {@link Aanvulling}
 * shape (TOML must be parsed by the caller first); `naam` (default `"regelset"`) names it in the
 * answer's sources, as the CLI names its file. Returns the beoordeling, or a
 * {@link RegelsetFout} when the rule set cannot be read or is inconsistent: tell them apart with
 * `'fout' in antwoord` or {@link isRegelsetFout}. The last rule set is kept, so checking many
 * aanvragen against the same one is cheap. Never throws.
 */
export function toetsMetRegels(aanvraag: Aanvraag | unknown, regelset: Aanvulling | string, naam?: string): Beoordeling | RegelsetFout;

/** As {@link toetsMetRegels}, with the aanvraag as JSON text and the answer as compact JSON text. */
export function toetsMetRegelsJson(aanvraag: string, regelset: Aanvulling | string, naam?: string): string;

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

/** The 20 stedelijke focusgebieden, sorted by id. */
export function gebieden(): Gebied[];

/**
 * Does a place lie in a focus area? `query` is a name (`"Den Haag"`, `"Groningen Noord"`,
 * `"Paddepoel"`), a gemeentecode (`"GM0014"`) or a CBS buurt- or wijkcode (`"BU05183620"`).
 * `gemeente` (a name or code) narrows wijk and buurt names. Never a guessed yes.
 */
export function zoekGebied(query: string, gemeente?: string | null): Plaatsbepaling;

/**
 * Every CBS buurt (indeling 2023) of a gemeente (name or code), with where it lies (afgeleid):
 * what a buurt picker lists. Empty for a gemeente that is not one of the 19.
 */
export function buurten(gemeente: string): BuurtKeuze[];

/**
 * Every rule, theme and funding-stream ceiling with its source and zekerheid, of both regulations
 * or of one (`"2023-2025"`, `"2026-2028"`; an unknown id gives an empty list).
 */
export function regels(regelingId?: RegelingId | string | null): Overzicht;

/** The engine version and the SHA-256 of the compiled rule set an answer rests on. */
export function versie(): Versie;

// ---------------------------------------------------------------------------------------------
// The aanvraag
// ---------------------------------------------------------------------------------------------

/** The tranches. */
export type RegelingId = '2023-2025' | '2026-2028';

/**
 * An aanvraag (application). Every field may be absent (a missing fact, reported as `ontbreekt`)
 * or `null` (the same); a value of the wrong type is reported as a fout at its path.
 */
export interface Aanvraag {
  /** `"2023-2025"` or `"2026-2028"`; when absent, chosen from `ingediend_op`. */
  regeling?: RegelingId | string | null;
  /** Date of submission, `YYYY-MM-DD`. */
  ingediend_op?: string | null;
  /** CBS gemeentecode (`"GM0014"`) or name (`"Den Haag"`). */
  gemeente?: string | null;
  /** Area id (`"groningen-noord"`) or a known name variant. */
  focusgebied?: string | null;
  /** Governance facts of the NPLV-alliantie. */
  alliantie?: Alliantie | null;
  /** The School en Omgeving coalition. */
  coalitie?: Coalitie | null;
  /** The interventions. */
  activiteiten?: Activiteit[] | null;
}

/** Governance facts of the alliance. */
export interface Alliantie {
  voorzitter_burgemeester?: boolean | null;
  gebiedsplan?: boolean | null;
  uitvoeringsprogramma?: boolean | null;
  inwoners_betrokken?: boolean | null;
}

/** The School en Omgeving coalition. */
export interface Coalitie {
  scholen?: School[] | null;
}

/** A school of the coalition. */
export interface School {
  naam?: string | null;
  brin?: string | null;
  binnen_focusgebied?: boolean | null;
  /** Its CBS buurt (`"BU00140900"` or a buurt name of the gemeente): the checker derives where it lies (afgeleid). */
  buurt?: string | null;
}

/** One intervention. */
export interface Activiteit {
  /** Unique within the aanvraag. */
  id?: string | null;
  naam?: string | null;
  /** A theme id of the tranche (`"school_en_omgeving"`). */
  thema?: string | null;
  /** Optional id from the category catalogue. */
  categorie?: string | null;
  /** Whether its results land in the area. */
  binnen_focusgebied?: boolean | null;
  /** The CBS buurten (codes or buurt names of the gemeente) where its results land: the checker derives whether they lie inside (afgeleid). */
  buurten?: (string | null)[] | null;
  /** Age band in whole years. */
  doelgroep?: Doelgroep | null;
  begroting?: Begrotingsregel[] | null;
}

/** Age band in whole years. */
export interface Doelgroep {
  leeftijd_van?: number | null;
  leeftijd_tot_en_met?: number | null;
}

/** One budget line. */
export interface Begrotingsregel {
  /** Allocation year. */
  jaar?: number | null;
  /**
   * Euros: a decimal string with at most two decimals (`"350000.00"`), or a JS number with at
   * most two decimals, read from its shortest decimal text.
   */
  bedrag?: Bedrag | number | null;
  /** Year it will be spent (default: `jaar`). */
  besteding_in?: number | null;
  /** Default `"activiteit"`. */
  soort?: 'activiteit' | 'personeel' | 'opslag' | null;
}

// ---------------------------------------------------------------------------------------------
// The beoordeling
// ---------------------------------------------------------------------------------------------

/** Euros as a decimal string with exactly two decimals in answers (`"1250000.00"`). */
export type Bedrag = string;

/** `voldoet_niet` when any finding is a fout; else `onvolledig` when any is ontbreekt. */
export type Uitkomst = 'voldoet' | 'voldoet_niet' | 'onvolledig';

/** How serious a finding is. */
export type Ernst = 'fout' | 'ontbreekt' | 'waarschuwing' | 'info';

/** How certain a rule or value is. */
export type Zekerheid = 'geverifieerd' | 'afgeleid' | 'onbekend';

/** A text in Dutch and English. */
export interface Tekst {
  nl: string;
  en: string;
}

/** Every finding code the checker can give (stable; never reused for another rule), and the
 *  package's own KW-MODULE-001 (the module is not loaded) and KW-MODULE-002 (it failed). */
export type Code = string; // {{codes}}

/** The assessment of one aanvraag. */
export interface Beoordeling {
  /** The regulation applied; `null` when none could be chosen. */
  regeling: RegelingVerwijzing | null;
  uitkomst: Uitkomst;
  /** The resolved focus area; `null` when it could not be resolved. */
  focusgebied: GebiedVerwijzing | null;
  /** The findings, in document order of their paths. */
  bevindingen: Bevinding[];
  totalen: Totalen;
}

/** One finding about one field. */
export interface Bevinding {
  code: Code;
  ernst: Ernst;
  /** JSON Pointer (RFC 6901) into the aanvraag; `""` is the whole aanvraag. */
  pad: string;
  melding: Tekst;
  /** The rule it rests on; absent for findings about the input itself. */
  bron?: Bron;
}

/** Where a rule comes from and how certain it is. */
export interface Bron {
  /** Citation (`"Stcrt. 2025, 20924"`). */
  vindplaats: string;
  /** Article and lid, when known. */
  artikel?: string;
  /** The same in English, when it reads differently (`"2, second paragraph"`). */
  artikel_en?: string;
  url: string;
  zekerheid: Zekerheid;
  /** Why it has that zekerheid, when the rule says. */
  toelichting?: string;
  /** The same in English, when there is one (for instance the note on the annex of maxima). */
  toelichting_en?: string;
}

/** The regulation an aanvraag was checked against. */
export interface RegelingVerwijzing {
  id: RegelingId | string;
  citeertitel: string;
  vindplaats: string;
}

/** The resolved focus area. */
export interface GebiedVerwijzing {
  id: string;
  naam: string;
  /** Gemeente name. */
  gemeente: string;
  /** CBS gemeentecode. */
  gemeentecode: string;
}

/** Totals of every amount that could be read (also in a year or theme that breaks a rule). */
export interface Totalen {
  aangevraagd: Bedrag;
  /** Per funding stream of the regulation, also those at `"0.00"`. */
  per_geldstroom: Record<string, Bedrag>;
  /** Per theme id, per allocation year (`"onbekend"` for a missing theme or year). */
  per_thema: Record<string, Record<string, Bedrag>>;
}

// ---------------------------------------------------------------------------------------------
// Rule sets loaded at run time
// ---------------------------------------------------------------------------------------------

/**
 * A rule set that fills or overrides values of the compiled one (the shape of
 * `tests/fixtures/beschikking-fictief.toml`, as JSON). Unknown keys make it unreadable.
 */
export interface Aanvulling {
  /** Extra sources the filled values cite, by key. */
  bronnen?: Record<string, BronDefinitie>;
  regeling?: RegelingAanvulling[];
}

/** A source a rule cites. */
export interface BronDefinitie {
  vindplaats: string;
  titel?: string;
  url: string;
}

/** Values to fill or override in one regulation. */
export interface RegelingAanvulling {
  id: RegelingId | string;
  regel?: RegelAanvulling[];
  geldstroom?: GeldstroomAanvulling[];
  maximum?: Maximum[];
}

/** The fields of a rule a rule set may fill. */
export interface RegelAanvulling {
  id: string;
  /** Theme scope; must match the compiled rule's (empty: the general rule). */
  themas?: string[];
  waarde?: unknown;
  zekerheid: Zekerheid;
  bron: string;
  artikel?: string | null;
  toelichting?: string | null;
}

/** A ceiling for one funding stream. */
export interface GeldstroomAanvulling {
  id: string;
  plafond: Bedrag;
  bron: string;
  zekerheid: Zekerheid;
}

/** A maximum for one area and theme (and optionally one year). */
export interface Maximum {
  focusgebied: string;
  thema: string;
  jaar?: number | null;
  bedrag: Bedrag;
  bron: string;
  zekerheid: Zekerheid;
  bestand?: string | null;
}

/** Why a rule set loaded at run time cannot be used. */
export interface RegelsetFout {
  fout: {
    /** `onleesbaar`: not JSON of the {@link Aanvulling} shape; `ongeldig`: the result is inconsistent. */
    soort: 'onleesbaar' | 'ongeldig';
    /** Name of the rule set (`naam`, default `"regelset"`). */
    bron: string;
    /** The whole message (English, for developers). */
    melding: string;
    /** Every problem, for `ongeldig`. */
    problemen: { waar: string; wat: string }[];
  };
}

/** Whether an answer of {@link toetsMetRegels} is a {@link RegelsetFout}. */
export function isRegelsetFout(antwoord: Beoordeling | RegelsetFout): antwoord is RegelsetFout;

// ---------------------------------------------------------------------------------------------
// Reference data shapes
// ---------------------------------------------------------------------------------------------

/** One focus area. */
export interface Gebied {
  id: string;
  /** Name as CBS published it (2026). */
  naam: string;
  /** Gemeente name. */
  gemeente: string;
  /** CBS gemeentecode. */
  gemeentecode: string;
  /** Other names that are recognised. */
  varianten: string[];
  /** Inhabitants on 1 January 2025, in thousands. */
  inwoners_x1000?: number;
  /** Composition in words. */
  samenstelling: string;
  /** Composition in English. */
  samenstelling_en: string;
  samenstelling_zekerheid: Zekerheid;
}

/** Whether a place lies in a focus area. */
export type Ligging = 'binnen' | 'buiten' | 'onzeker';

/** The answer of {@link zoekGebied}. */
export interface Plaatsbepaling {
  /** What was asked. */
  vraag: string;
  /** What the question was read as. */
  soort: 'focusgebied' | 'gemeente' | 'buurtcode' | 'wijkcode' | 'buurt' | 'wijk' | 'buurten' | 'naam' | 'onbekend';
  /** `null` when the question was not understood. */
  ligging: Ligging | null;
  /** The focus area concerned, if any. */
  focusgebied?: string;
  /** The gemeente concerned (CBS code), if any. */
  gemeentecode?: string;
  zekerheid: Zekerheid;
  /** The answer in words. */
  toelichting: Tekst;
  /** The data the answer rests on. */
  gegevens: string;
  /** Closest known names, when the question was not understood. */
  suggesties?: string[];
  /** The CBS name of the buurt or wijk asked about. */
  naam?: string;
  /** For a wijk (or a name standing for several buurten of one gemeente): each buurt. */
  buurten?: { code: string; naam: string; ligging: Ligging; focusgebied?: string }[];
  /** For a wijk or buurt name found in more than one gemeente: each place it may mean. */
  kandidaten?: {
    soort: 'wijk' | 'buurt';
    code: string;
    naam: string;
    gemeentecode: string;
    gemeente: string;
    ligging: Ligging;
    focusgebied?: string;
  }[];
}

/** A buurt as {@link buurten} lists it. */
export interface BuurtKeuze {
  /** CBS buurtcode. */
  code: string;
  naam: string;
  wijkcode: string;
  /** The wijk's name without CBS's numbering. */
  wijk: string;
  /** Where it lies (afgeleid). */
  ligging: Ligging;
  focusgebied?: string;
}

/** Counts per zekerheid. */
export type Telling = Record<Zekerheid, number>;

/** The answer of {@link regels}. */
export interface Overzicht {
  regelingen: RegelingOverzicht[];
  /** Over all listed regulations. */
  telling: Telling;
}

/** The rules of one regulation. */
export interface RegelingOverzicht {
  id: RegelingId | string;
  citeertitel: string;
  vindplaats: string;
  regels: RegelRegel[];
  /** The themes, in the order of the regulation, as a form needs them. */
  themas: ThemaOverzicht[];
  telling: Telling;
}

/** A theme with its names, funding stream and category catalogue. */
export interface ThemaOverzicht {
  /** Theme id (`"school_en_omgeving"`). */
  id: string;
  /** Letter in art. 2, when the law's letter is known (tranche 2); `null` in tranche 1, whose
   *  letter order is only afgeleid. */
  letter: string | null;
  naam: Tekst;
  /** Its article, when known. */
  artikel: string | null;
  /** Funding stream id (`"OCW"`). */
  geldstroom: string;
  /** Intervention categories (catalogue, zekerheid afgeleid), named in Dutch and English. */
  categorieen: { id: string; naam: string; naam_en: string }[];
}

/** One rule, theme or funding-stream ceiling with its provenance. */
export interface RegelRegel {
  soort: 'regel' | 'thema' | 'geldstroom';
  id: string;
  /** Themes it is limited to. */
  themas?: string[];
  artikel?: string;
  omschrijving: Tekst;
  /** Its value (JSON), absent when none or onbekend. */
  waarde?: unknown;
  vindplaats: string;
  url: string;
  zekerheid: Zekerheid;
  toelichting?: string;
  /** The same in English, when there is one. */
  toelichting_en?: string;
  /** The rule file. */
  bestand?: string;
}

/** The answer of {@link versie}. */
export interface Versie {
  /** Engine (crate) version. */
  versie: string;
  /** SHA-256 (hex) of the compiled rule set. */
  regels_sha256: string;
}
