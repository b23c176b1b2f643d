// Uses every entry point of the package with its types; compiled with `tsc --noEmit` by
// tests/node/pakket.test.mjs against the installed tarball (module nodenext, strict, no DOM types).
// The @ts-expect-error lines prove the types are precise, not `any`.

import init, {
  gebieden,
  initSync,
  isRegelsetFout,
  regels,
  toets,
  toetsJson,
  toetsMetRegels,
  toetsMetRegelsJson,
  versie,
  zoekGebied,
} from 'kansrijke-wijk';
import type { Aanvraag, Aanvulling, Beoordeling, Bevinding, Code, Gebied, Overzicht, Plaatsbepaling, RegelsetFout, Uitkomst, Versie } from 'kansrijke-wijk';

await init();
await init({ module_or_path: 'https://example.org/kansrijke_wijk_bg.wasm' });
await init({ module_or_path: new Uint8Array(0) });
// @ts-expect-error: pass an object, as wasm-bindgen's init wants (the bare argument is deprecated)
await init('kansrijke_wijk_bg.wasm');
initSync({ module: new Uint8Array(0) });

const aanvraag: Aanvraag = {
  regeling: '2026-2028',
  ingediend_op: '2025-07-15',
  gemeente: 'GM0014',
  focusgebied: null,
  alliantie: { voorzitter_burgemeester: true },
  coalitie: { scholen: [{ naam: 'Het Karrepad', binnen_focusgebied: true }] },
  activiteiten: [{ id: 'a', naam: 'A', thema: 'school_en_omgeving', begroting: [{ jaar: 2026, bedrag: 99.5, soort: 'personeel' }] }],
};

const b: Beoordeling = toets(aanvraag);
const u: Uitkomst = b.uitkomst;
const eerste: Bevinding | undefined = b.bevindingen[0];
const code: Code | undefined = eerste?.code;
const pad: string | undefined = eerste?.pad;
const zeker: 'geverifieerd' | 'afgeleid' | 'onbekend' | undefined = eerste?.bron?.zekerheid;
const totaal: string = b.totalen.aangevraagd;
const perJaar: Record<string, string> | undefined = b.totalen.per_thema['school_en_omgeving'];
const gemeente: string | undefined = b.focusgebied?.gemeente;
toets(undefined);
toets('tekst');
toets(JSON.parse('{}'));

const tekst: string = toetsJson(JSON.stringify(aanvraag));

const aanvulling: Aanvulling = {
  bronnen: { B: { vindplaats: 'Beschikking', url: 'https://example.org' } },
  regeling: [{ id: '2026-2028', maximum: [{ focusgebied: 'groningen-noord', thema: 'school_en_omgeving', bedrag: '500000.00', bron: 'B', zekerheid: 'geverifieerd' }] }],
};
const antwoord = toetsMetRegels(aanvraag, aanvulling, 'beschikking.toml');
if (isRegelsetFout(antwoord)) {
  const f: RegelsetFout = antwoord;
  const soort: 'onleesbaar' | 'ongeldig' = f.fout.soort;
  const waar: string | undefined = f.fout.problemen[0]?.waar;
} else {
  const u2: Uitkomst = antwoord.uitkomst;
}
if ('fout' in antwoord) {
  const m: string = antwoord.fout.melding;
}
const tekst2: string = toetsMetRegelsJson(tekst, JSON.stringify(aanvulling));

const g: Gebied[] = gebieden();
const inwoners: number | undefined = g[0]?.inwoners_x1000;
const p: Plaatsbepaling = zoekGebied('BU05183620');
const ligging: 'binnen' | 'buiten' | 'onzeker' | null = p.ligging;
const o: Overzicht = regels('2026-2028');
const n: number = o.telling.geverifieerd;
regels();
const v: Versie = versie();
const hash: string = v.regels_sha256;

// @ts-expect-error: the outcome is one of three words
const fout1: 'goed' = b.uitkomst;
// @ts-expect-error: money is a string in answers
const fout2: number = b.totalen.aangevraagd;
// @ts-expect-error: a finding code is a known code
const fout3: Code = 'KW-BESTAAT-NIET-999';
// @ts-expect-error: soort is one of three words
const fout4: Aanvraag = { activiteiten: [{ begroting: [{ soort: 'overhead' }] }] };
// @ts-expect-error: toetsJson takes text
toetsJson({});
// @ts-expect-error: versie has no such field
versie().engine;

export { u, code, pad, zeker, totaal, perJaar, gemeente, tekst2, inwoners, ligging, n, hash, fout1, fout2, fout3, fout4 };

// The uitleg module (kansrijke-wijk/uitleg).
import initUitleg, { herstel, toetsUitleg, toetsUitlegJson } from 'kansrijke-wijk/uitleg';
import type { Hersteld, Toetsstap, Uitgelegd } from 'kansrijke-wijk/uitleg';
await initUitleg();
const uitgelegd: Uitgelegd = toetsUitleg({});
const stap: Toetsstap | undefined = uitgelegd.getoetst[0];
const uitkomstStap: 'voldaan' | 'niet_voldaan' | 'mogelijk_niet_voldaan' | 'niet_te_toetsen' | undefined = stap?.uitkomst;
const patch = uitgelegd.bevindingen[0]?.herstel?.patch ?? [];
const hersteld: Hersteld = herstel({});
const uitlegTekst: string = toetsUitlegJson('{}');
// @ts-expect-error: getoetst is a list of steps, not text
const fout: string = uitgelegd.getoetst;
void [uitkomstStap, patch, hersteld, uitlegTekst, fout];
