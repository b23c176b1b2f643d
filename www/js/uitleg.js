// The explanation of the checker's answer in the page (issue 14): the uitleg module of the package
// (../pkg/uitleg.js, a .wasm of its own) loaded only when it is first needed, and the "Wat is
// getoetst" panel: every rule of the regulation applied to this aanvraag, per article, with its
// outcome in words, why it could not be checked, and the fields it looked at.

import { h, icoon } from './dom.js';
import { t, taal, tweetalig } from './i18n.js';
import { padNaam } from './pad.js';
import * as motor from './motor.js';

let module = null;
let laden = null;
let fout = null;

/** Whether the uitleg module is loaded. */
export function isGeladen() {
  return module !== null;
}

/** Why the module could not be loaded (the last try), or null. */
export function laadfout() {
  return fout;
}

/**
 * Load the uitleg module (once; later calls share the first). Resolves true when it is loaded,
 * false when it could not be (then `laadfout()` says why; a later call tries again).
 */
export function laad() {
  if (module) return Promise.resolve(true);
  laden ??= import('../pkg/uitleg.js')
    .then(async (m) => {
      await m.default();
      module = m;
      fout = null;
      return true;
    })
    .catch((e) => {
      fout = e?.message ?? String(e);
      laden = null;
      return false;
    });
  return laden;
}

/** The uitleg module's answer on the aanvraag (findings with `herstel`, and `getoetst`), or null. */
export function uitleg(aanvraag) {
  return module ? module.toetsUitleg(aanvraag) : null;
}

/** A sentence ends with one stop: none is added after a question mark (a field named as a question). */
const zin = (tekst) => (/[.?!]$/.test(tekst) ? tekst : `${tekst}.`);

const UITKOMST_ICOON = { voldaan: 'voldoet', niet_voldaan: 'fout', mogelijk_niet_voldaan: 'waarschuwing', niet_te_toetsen: 'ontbreekt' };

/** The description of a rule in the page's language, from the engine's own rule data. */
function omschrijving(regelingId, regelId) {
  const regeling = motor.regelingenVolledig().find((r) => r.id === regelingId);
  const regel = regeling?.regels?.find((r) => r.id === regelId);
  return regel?.omschrijving ? tweetalig(regel.omschrijving) : '';
}

/**
 * The panel's content: the trace of the rules applied, grouped per article in the order the
 * engine gives them (articles first, rules without an article number last).
 * @param {object|null} uitgelegd the uitleg module's answer, or null while it loads
 * @param {{ status: 'laden'|'fout'|'klaar', fout?: string }} opties
 */
export function getoetstBlok(uitgelegd, { status, fout: reden } = {}) {
  if (status === 'laden') return h('p', { class: 'utrecht-paragraph', data: { status: 'laden' } }, t('getoetst.laden'));
  if (status === 'fout') return h('p', { class: 'utrecht-paragraph', data: { status: 'fout' } }, t('getoetst.fout', { fout: reden ?? '' }));
  const stappen = uitgelegd?.getoetst ?? [];
  if (stappen.length === 0) return h('p', { class: 'utrecht-paragraph', data: { status: 'leeg' } }, t('getoetst.leeg'));
  const regeling = uitgelegd.regeling?.id ?? '';
  const artikelen = [];
  for (const s of stappen) if (!artikelen.includes(s.artikel ?? null)) artikelen.push(s.artikel ?? null);
  artikelen.sort((a, b) => (a === null) - (b === null));
  const telling = Object.keys(UITKOMST_ICOON)
    .map((u) => [u, stappen.filter((s) => s.uitkomst === u).length])
    .filter(([, n]) => n > 0)
    .map(([u, n]) => `${t(`getoetst.uitkomst.${u}`)}: ${n}`)
    .join(', ');
  return h(
    'div',
    { class: 'getoetst', data: { status: 'klaar', aantal: stappen.length } },
    h('p', { class: 'utrecht-paragraph' }, t('getoetst.samen', { aantal: stappen.length, telling })),
    artikelen.map((artikel) =>
      h(
        'section',
        { class: 'getoetst__artikel', data: { artikel: artikel ?? '' } },
        // The article as the regulation numbers it, in Dutch on an English page too ("tweede lid").
        h('h3', { class: 'utrecht-heading-3' }, artikel ? [`${t('getoetst.artikel')} `, h('span', { lang: taal() === 'en' ? 'nl' : null }, artikel)] : t('getoetst.zonder_artikel')),
        h(
          'ul',
          { class: 'getoetst__lijst' },
          stappen
            .filter((s) => (s.artikel ?? null) === artikel)
            .map((s) =>
              h(
                'li',
                { class: ['getoetst__regel', `getoetst__regel--${s.uitkomst}`], data: { regel: s.regel, uitkomst: s.uitkomst } },
                icoon(UITKOMST_ICOON[s.uitkomst] ?? 'info'),
                h(
                  'div',
                  {},
                  h('p', { class: 'getoetst__kop' }, h('strong', { class: 'getoetst__uitkomst' }, `${t(`getoetst.uitkomst.${s.uitkomst}`)}: `), omschrijving(regeling, s.regel) || s.regel),
                  h(
                    'p',
                    { class: 'getoetst__details' },
                    h('code', { lang: 'nl' }, s.regel),
                    `, ${t(`zekerheid.${s.zekerheid}`)}`,
                    s.themas?.length ? `, ${t('getoetst.themas', { themas: s.themas.map((id) => motor.thema(regeling, id)?.naam?.[taal()] ?? id).join(', ') })}` : '',
                    '.',
                  ),
                  s.reden ? h('p', { class: 'getoetst__reden' }, `${t('getoetst.reden')}: ${tweetalig(s.reden)}`) : null,
                  s.paden?.length ? h('p', { class: 'getoetst__paden' }, zin(`${t('getoetst.paden')}: ${[...new Set(s.paden.map(padNaam))].join('; ')}`)) : null,
                ),
              ),
            ),
        ),
      ),
    ),
  );
}
