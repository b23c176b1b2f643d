// The assessment at a glance: the outcome, the count of messages per severity, and the totals per
// theme and year and per funding stream, straight from the engine's beoordeling. Used live beside
// the form and in the print view.

import { h, icoon, tabelKop } from './dom.js';
import { t, taal } from './i18n.js';
import { schrijfBedrag } from './bedrag.js';
import { alleMeldingen } from './bevindingen.js';
import * as motor from './motor.js';

const ERNSTEN = ['fout', 'ontbreekt', 'waarschuwing', 'info'];

/** The outcome in words (`voldoet` -> "Voldoet"), or "not checked yet" for no beoordeling. */
export function uitkomstTekst(beoordeling) {
  return t(`beoordeling.uitkomst.${beoordeling?.uitkomst ?? 'geen'}`);
}

/** Cents as BigInt from a contract amount ("350000.00"); amounts are added without floats. */
function centen(bedrag) {
  const m = /^(-?)([0-9]+)(?:\.([0-9]{1,2}))?$/.exec(String(bedrag ?? ''));
  if (!m) return 0n;
  const c = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -c : c;
}

function uitCenten(c) {
  const teken = c < 0n ? '-' : '';
  const a = c < 0n ? -c : c;
  return `${teken}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

const bedrag = (w) => schrijfBedrag(w, taal());

/**
 * The assessment block.
 * @param {object|null} b the beoordeling
 * @param {{ regeling: string, kop: string, metMeldingen: boolean }} opties
 */
export function beoordelingBlok(b, { regeling, kop = 'h2', metMeldingen = false, idPrefix = 'beoordeling' } = {}) {
  const uitkomst = b?.uitkomst ?? 'geen';
  const tellingen = ERNSTEN.map((e) => [e, (b?.bevindingen ?? []).filter((x) => x.ernst === e).length]);
  return h(
    'div',
    { class: 'beoordeling' },
    h(kop, { class: kop === 'h2' ? 'utrecht-heading-2' : 'utrecht-heading-3', id: `${idPrefix}-kop` }, t('beoordeling.kop')),
    h(
      'p',
      { class: ['uitkomst', `uitkomst--${uitkomst}`], data: { uitkomst } },
      icoon(uitkomst === 'voldoet' ? 'voldoet' : uitkomst === 'voldoet_niet' ? 'fout' : uitkomst === 'onvolledig' ? 'ontbreekt' : 'info'),
      h('span', {}, `${t('beoordeling.uitkomst')}: `),
      h('strong', { class: 'uitkomst__waarde' }, uitkomstTekst(b)),
    ),
    h(
      'dl',
      { class: 'beoordeling__gegevens' },
      h('dt', {}, t('beoordeling.regeling')),
      h('dd', {}, b?.regeling ? `${b.regeling.citeertitel} (${b.regeling.vindplaats})` : t('beoordeling.regeling.geen')),
      b?.focusgebied ? [h('dt', {}, t('beoordeling.focusgebied')), h('dd', {}, `${b.focusgebied.naam} (${b.focusgebied.gemeente})`)] : null,
      h('dt', {}, t('beoordeling.tellingen')),
      h(
        'dd',
        {},
        h(
          'ul',
          { class: 'tellingen' },
          tellingen.map(([e, n]) => h('li', { class: `telling telling--${e}`, data: { ernst: e, aantal: n } }, icoon(e), `${t(`ernst.${e}`)}: ${n}`)),
        ),
      ),
    ),
    totalenPerThema(b, regeling, idPrefix),
    totalenPerGeldstroom(b, idPrefix),
    metMeldingen ? [h(kop === 'h2' ? 'h3' : 'h4', { class: 'utrecht-heading-3' }, t('beoordeling.alle', { aantal: b?.bevindingen?.length ?? 0 })), alleMeldingen(b?.bevindingen)] : null,
  );
}

function cel(inhoud, { kop = false, getal = false, scope, data } = {}) {
  return h(
    kop ? 'th' : 'td',
    {
      class: [kop ? 'utrecht-table__header-cell' : 'utrecht-table__cell', getal && (kop ? 'utrecht-table__header-cell--numeric-column' : 'utrecht-table__cell--numeric-data')],
      scope,
      data,
    },
    inhoud,
  );
}

/**
 * Requested per theme and year: one group of rows per theme (a year per row, then the theme's
 * total), then the totals per year and the grand total. Three narrow columns (theme, year, amount),
 * so the table fits the side panel at any width; a theme name wraps, an amount does not.
 */
function totalenPerThema(b, regelingId, idPrefix) {
  const perThema = b?.totalen?.per_thema ?? {};
  const themaIds = Object.keys(perThema);
  if (themaIds.length === 0) {
    return h('div', { class: 'totalen' }, h('p', { class: 'utrecht-paragraph totalen__leeg' }, h('strong', {}, `${t('beoordeling.totalen.thema')}: `), t('beoordeling.totalen.leeg')));
  }
  const regeling = b?.regeling?.id ?? regelingId;
  const naam = (id) => {
    const th = motor.thema(regeling, id);
    return th ? `${th.naam[taal()] ?? th.naam.nl}${th.geldstroom ? ` (${th.geldstroom})` : ''}` : id;
  };
  const jarenVan = (id) => Object.keys(perThema[id]).sort();
  const alleJaren = [...new Set(themaIds.flatMap(jarenVan))].sort();
  const somJaar = (j) => themaIds.reduce((s, id) => s + centen(perThema[id][j]), 0n);
  const somThema = (id) => Object.values(perThema[id]).reduce((s, w) => s + centen(w), 0n);
  const meerdere = themaIds.length > 1;
  const totaal = h('strong', { data: { totaal: 'aangevraagd' } }, bedrag(b.totalen.aangevraagd));
  return h(
    'div',
    // A scrolling container must be reachable by keyboard: it is a named, focusable region.
    { class: 'utrecht-table-container tabel-scroll totalen', role: 'region', tabindex: '0', 'aria-labelledby': `${idPrefix}-thema` },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table totalen__tabel totalen__tabel--thema', data: { tabel: 'per-thema' } },
      h('caption', { class: 'utrecht-table__caption', id: `${idPrefix}-thema` }, t('beoordeling.totalen.thema')),
      tabelKop([
        cel(t('beoordeling.totalen.thema.kolom'), { kop: true, scope: 'col' }),
        cel(t('veld.jaar'), { kop: true, scope: 'col' }),
        cel(t('beoordeling.totalen.bedrag'), { kop: true, getal: true, scope: 'col' }),
      ]),
      themaIds.map((id) => {
        const jaren = jarenVan(id);
        return h(
          'tbody',
          { class: 'utrecht-table__body', data: { thema: id } },
          jaren.map((j, i) =>
            h(
              'tr',
              { class: 'utrecht-table__row', data: { jaar: j } },
              i === 0 ? h('th', { class: 'utrecht-table__header-cell totalen__thema', scope: 'rowgroup', rowspan: jaren.length + (meerdere ? 1 : 0) }, naam(id)) : null,
              cel(j, { kop: true, scope: 'row' }),
              cel(bedrag(perThema[id][j]), { getal: true }),
            ),
          ),
          meerdere
            ? h('tr', { class: 'utrecht-table__row totalen__subtotaal' }, cel(t('beoordeling.totalen.totaal'), { kop: true, scope: 'row' }), cel(bedrag(uitCenten(somThema(id))), { getal: true }))
            : null,
        );
      }),
      h(
        'tfoot',
        { class: 'utrecht-table__footer' },
        meerdere
          ? alleJaren.map((j) =>
              h('tr', { class: 'utrecht-table__row', data: { jaar: j } }, h('th', { class: 'utrecht-table__header-cell', scope: 'row', colspan: 2 }, t('beoordeling.totalen.jaar', { jaar: j })), cel(bedrag(uitCenten(somJaar(j))), { getal: true })),
            )
          : null,
        h('tr', { class: 'utrecht-table__row' }, h('th', { class: 'utrecht-table__header-cell', scope: 'row', colspan: 2 }, t('beoordeling.totalen.totaal')), cel(totaal, { getal: true })),
      ),
    ),
  );
}

function totalenPerGeldstroom(b, idPrefix) {
  const stromen = Object.entries(b?.totalen?.per_geldstroom ?? {});
  if (stromen.length === 0) return null;
  return h(
    'div',
    { class: 'utrecht-table-container totalen' },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table totalen__tabel', data: { tabel: 'per-geldstroom' } },
      h('caption', { class: 'utrecht-table__caption', id: `${idPrefix}-geldstroom` }, t('beoordeling.totalen.geldstroom')),
      tabelKop([
        cel(t('beoordeling.totalen.geldstroom.kolom'), { kop: true, scope: 'col' }),
        cel(t('beoordeling.totalen.bedrag'), { kop: true, getal: true, scope: 'col' }),
      ]),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        stromen.map(([s, w]) => h('tr', { class: 'utrecht-table__row', data: { geldstroom: s } }, cel(s, { kop: true, scope: 'row' }), cel(bedrag(w), { getal: true }))),
      ),
      h(
        'tfoot',
        { class: 'utrecht-table__footer' },
        h('tr', { class: 'utrecht-table__row' }, cel(t('beoordeling.totalen.totaal'), { kop: true, scope: 'row' }), cel(bedrag(b.totalen.aangevraagd), { getal: true })),
      ),
    ),
  );
}
