// Showing the engine's findings the NL Design System way: at the field (message with id, linked
// from the control by aria-describedby, aria-invalid for errors), and after submit in an error
// summary at the top whose entries link to their fields. Each message says how serious it is in
// words and with an icon of its own shape, and cites its rule: the article as a link to the official
// text, and whether the rule is geverifieerd or afgeleid. A finding the uitleg module found a
// proven repair for shows it, with a "Herstel" button (or, where a person must choose, what to decide).

import { h, icoon, srAlleen } from './dom.js';
import { t, taal, tweetalig } from './i18n.js';
import { groepeerPerVeld } from '../pkg/formulier.js';
import { doelVoorPad, padNaam } from './pad.js';

/** Severities that block the outcome (shown as errors). */
export const FOUTEN = ['fout', 'ontbreekt'];

/** The message text of a finding, with the form's own text for codes it words differently. */
export function meldingTekst(b) {
  if (b.zoalsBestand) return tweetalig(b.melding);
  const eigen = t(`code.${b.code}`);
  return eigen !== `code.${b.code}` ? eigen : tweetalig(b.melding);
}

/** The citation of a finding's rule: link to the source, and the certainty in words. */
export function bronElement(bron) {
  if (!bron) return null;
  const tekst = [bron.vindplaats, bron.artikel ? t('bron.artikel', { artikel: bron.artikel }) : null].filter(Boolean).join(', ');
  return h(
    'span',
    { class: 'melding__bron' },
    `${t('bron.label')}: `,
    bron.url
      ? h('a', { class: 'utrecht-link utrecht-link--external', href: bron.url, target: '_blank', rel: 'noopener noreferrer external' }, tekst, srAlleen(` ${t('bron.nieuwvenster')}`))
      : tekst,
    ' ',
    h('span', { class: `zekerheid zekerheid--${bron.zekerheid}` }, t(`zekerheid.${bron.zekerheid}`)),
    toelichting(bron),
  );
}

/**
 * The note of a rule's source, in the page's language when the engine gives it so (`{nl, en}` or
 * `toelichting_en`); a note in Dutch only is marked `lang="nl"` on an English page.
 */
function toelichting(bron) {
  const w = bron.toelichting;
  if (!w) return null;
  const en = taal() === 'en';
  const tekst = typeof w === 'object' ? tweetalig(w) : en ? bron.toelichting_en ?? w : w;
  const nlAlleen = en && typeof w === 'string' && !bron.toelichting_en;
  return h('span', { class: 'melding__toelichting' }, ' ', h('span', { lang: nlAlleen ? 'nl' : null }, tekst));
}

/** One finding as a message block. `metVeld` adds the field's name (for lists away from the field). */
export function melding(b, { metVeld = false, id } = {}) {
  return h(
    'div',
    { class: ['melding', `melding--${b.ernst}`], id, data: { code: b.code, ernst: b.ernst } },
    icoon(b.ernst),
    h(
      'div',
      { class: 'melding__inhoud' },
      h(
        'p',
        { class: 'melding__tekst' },
        h('strong', { class: 'melding__ernst' }, `${t(`ernst.${b.ernst}`)}: `),
        metVeld ? h('span', { class: 'melding__veld' }, `${padNaam(b.pad)}. `) : null,
        meldingTekst(b),
      ),
      bronElement(b.bron),
      herstelElement(b),
    ),
  );
}

/**
 * The repair of a finding (`herstel`, from the uitleg module): its text and a button that applies
 * the proven patch (main.js, action `herstel`); with an empty patch, what the user must decide.
 */
export function herstelElement(b) {
  const hs = b?.herstel;
  if (!hs) return null;
  if (!hs.patch?.length) {
    return h('p', { class: 'melding__herstel melding__herstel--beslissen' }, h('strong', {}, `${t('herstel.beslissen')}: `), tweetalig(hs));
  }
  return h(
    'p',
    { class: 'melding__herstel' },
    h('strong', {}, `${t('herstel.voorstel')}: `),
    tweetalig(hs),
    ' ',
    h(
      'button',
      // The name says which field, as several such buttons may be on the page; it starts with the
      // visible label (WCAG 2.5.3).
      {
        type: 'button',
        class: ['utrecht-button', 'utrecht-button--secondary-action', 'melding__herstelknop'],
        'aria-label': `${t('herstel.knop')}: ${padNaam(b.pad)}`,
        data: { actie: 'herstel', code: b.code, pad: b.pad },
      },
      t('herstel.knop'),
    ),
  );
}

/** Remove every message shown at a field, and the invalid state of every control. */
export function wisBijVelden(wortel) {
  for (const box of wortel.querySelectorAll('.meldingen')) box.replaceChildren();
  for (const el of wortel.querySelectorAll('[data-pad][aria-invalid], [data-pad][data-meldingen]')) {
    el.removeAttribute('aria-invalid');
    const basis = el.dataset.beschrijving ?? '';
    if (basis) el.setAttribute('aria-describedby', basis);
    else if (el.dataset.meldingen) el.removeAttribute('aria-describedby');
    el.classList.remove('utrecht-textbox--invalid', 'utrecht-select--invalid');
  }
  for (const el of wortel.querySelectorAll('.utrecht-form-field--invalid, .veld--waarschuwing, .veld--info, .groep--invalid')) {
    el.classList.remove('utrecht-form-field--invalid', 'veld--waarschuwing', 'veld--info', 'groep--invalid');
  }
}

/**
 * Show the findings at their fields.
 * @param {Element} wortel the form
 * @param {object[]} bevindingen the engine's findings
 * @param {(b: object, doel: Element) => boolean} zichtbaar whether a finding may be shown now
 */
export function toonBijVelden(wortel, bevindingen, zichtbaar) {
  wisBijVelden(wortel);
  const getoond = bevindingen.filter((b) => {
    const doel = doelVoorPad(b.pad);
    return doel && wortel.contains(doel) && zichtbaar(b, doel);
  });
  for (const { doel, bevindingen: lijst, fouten } of groepeerPerVeld(getoond, (pad) => doelVoorPad(pad))) {
    const box = document.getElementById(doel.dataset.meldingen);
    if (!box) continue;
    lijst.forEach((b, i) => box.append(melding(b, { id: `${box.id}-${i}`, metVeld: b.pad !== doel.dataset.pad })));
    const isFout = fouten > 0;
    const beschrijving = [doel.dataset.beschrijving, box.id].filter(Boolean).join(' ');
    if (!doel.matches('tr')) doel.setAttribute('aria-describedby', beschrijving);
    if (isFout && doel.matches('input, select, textarea, [role=radiogroup]')) doel.setAttribute('aria-invalid', 'true');
    if (isFout && doel.matches('input')) doel.classList.add('utrecht-textbox--invalid');
    if (isFout && doel.matches('select')) doel.classList.add('utrecht-select--invalid');
    const veld = doel.closest('.utrecht-form-field');
    if (veld && doel.matches('input, select')) {
      veld.classList.add(isFout ? 'utrecht-form-field--invalid' : lijst.some((b) => b.ernst === 'waarschuwing') ? 'veld--waarschuwing' : 'veld--info');
    } else if (isFout) {
      doel.classList.add('groep--invalid');
    }
  }
}

/**
 * The error summary shown after submit: a heading (to be focused) and a list of links, one per
 * error, to its field; warnings and info follow in a list of their own. Returns the element.
 */
export function samenvatting(beoordeling, { opKlik }) {
  const bev = beoordeling?.bevindingen ?? [];
  const fouten = bev.filter((b) => FOUTEN.includes(b.ernst));
  const overig = bev.filter((b) => !FOUTEN.includes(b.ernst));
  const link = (b) =>
    h(
      'li',
      { class: ['samenvatting__item', `samenvatting__item--${b.ernst}`] },
      h(
        'a',
        {
          class: 'utrecht-link',
          href: `#${doelVoorPad(b.pad)?.id ?? 'formulier-kop'}`,
          data: { pad: b.pad, code: b.code },
          on: {
            click: (e) => {
              e.preventDefault();
              opKlik(b.pad);
            },
          },
        },
        icoon(b.ernst),
        h('strong', {}, `${t(`ernst.${b.ernst}`)}: `),
        `${padNaam(b.pad)}: ${meldingTekst(b)}`,
      ),
      herstelElement(b),
    );
  const nFout = fouten.filter((b) => b.ernst === 'fout').length;
  const nOntbreekt = fouten.length - nFout;
  const kop = fouten.length
    ? t('samenvatting.kop.fouten', {
        aantal: t('samenvatting.fouten', {
          fout: nFout,
          foutwoord: t(nFout === 1 ? 'samenvatting.fout.een' : 'samenvatting.fout.meer'),
          ontbreekt: nOntbreekt,
          ontbreektwoord: t(nOntbreekt === 1 ? 'samenvatting.ontbreekt.een' : 'samenvatting.ontbreekt.meer'),
        }),
      })
    : t('samenvatting.kop.voldoet');
  return h(
    'div',
    {
      class: ['utrecht-alert', fouten.length ? 'utrecht-alert--error' : 'utrecht-alert--ok', 'samenvatting'],
      id: 'foutsamenvatting',
      role: 'group',
      'aria-labelledby': 'samenvatting-kop',
      data: { fouten: fouten.length },
    },
    icoon(fouten.length ? 'fout' : 'voldoet'),
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h('h2', { class: 'utrecht-heading-2', id: 'samenvatting-kop', tabindex: '-1' }, kop),
      h('p', { class: 'utrecht-paragraph' }, fouten.length ? t('samenvatting.uitleg') : t('samenvatting.voldoet.uitleg')),
      fouten.length ? h('ul', { class: 'utrecht-unordered-list samenvatting__lijst' }, fouten.map(link)) : null,
      overig.length
        ? [
            h('h3', { class: 'utrecht-heading-3' }, t('samenvatting.overig')),
            h('p', { class: 'utrecht-paragraph' }, t('samenvatting.overig.uitleg')),
            h('ul', { class: 'utrecht-unordered-list samenvatting__lijst samenvatting__lijst--overig' }, overig.map(link)),
          ]
        : null,
    ),
  );
}

/** Every finding, in document order, each with its field's name (for the panel and the print). */
export function alleMeldingen(bevindingen) {
  if (!bevindingen?.length) return h('p', { class: 'utrecht-paragraph' }, t('beoordeling.alle.leeg'));
  return h('ul', { class: 'alle-meldingen' }, bevindingen.map((b) => h('li', {}, melding(b, { metVeld: true }))));
}

