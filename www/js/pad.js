// Findings name their field by JSON Pointer (`/activiteiten/0/begroting/1/jaar`). Every control and
// group of the form has an id derived from the pointer it edits, so a finding finds its field:
//   /gemeente                              -> #veld-gemeente              (select)
//   /activiteiten/0/begroting/1/jaar       -> #veld-activiteiten-0-begroting-1-jaar
//   /coalitie/scholen                      -> #veld-coalitie-scholen      (group)
// A pointer without a control of its own goes to the nearest group above it; "" to the form.

// The pointer -> id scheme, the nearest group and the grouping per field are the package's form
// helpers (kansrijke-wijk/formulier); this module adds what only this form has: its elements carry
// data-pad, and its field names in Dutch and English.

import { doelVoorPad as pakketDoel, idVoorPad, ouder, tokens } from '../pkg/formulier.js';
import { t } from './i18n.js';

export { idVoorPad, ouder };

/**
 * The element where findings about `pad` are shown: the control itself, else the nearest group
 * (fieldset, table) above it; null when only the whole form fits. Only elements with data-pad
 * count (the form's controls and groups).
 */
export function doelVoorPad(pad, document = globalThis.document) {
  return pakketDoel(pad, document, { isDoel: (el) => el.dataset.pad !== undefined });
}

/** The control to focus for a target element: itself, or the first (checked) control in a group. */
export function focusElement(el) {
  if (!el) return null;
  if (el.matches('input, select, textarea, button')) return el;
  return (
    el.querySelector('input[type=radio]:checked') ??
    el.querySelector('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea, button:not([disabled])') ??
    el
  );
}

/** Move focus to the field of `pad` and bring its label into view. */
export function gaNaarVeld(pad) {
  const doel = doelVoorPad(pad);
  const el = focusElement(doel) ?? document.getElementById('formulier-kop');
  if (!el) return;
  if (!el.matches('input, select, textarea, button, a[href]') && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
  const zichtbaar = doel?.closest('.utrecht-form-field, fieldset, tr') ?? el;
  zichtbaar.scrollIntoView({ block: 'start' });
}

const VELDNAMEN = {
  regeling: 'veld.regeling',
  ingediend_op: 'veld.ingediend_op',
  gemeente: 'veld.gemeente',
  focusgebied: 'veld.focusgebied',
  alliantie: 'sectie.alliantie',
  voorzitter_burgemeester: 'veld.voorzitter_burgemeester',
  gebiedsplan: 'veld.gebiedsplan',
  uitvoeringsprogramma: 'veld.uitvoeringsprogramma',
  inwoners_betrokken: 'veld.inwoners_betrokken',
  coalitie: 'sectie.coalitie',
  scholen: 'veld.scholen',
  activiteiten: 'sectie.activiteiten',
  id: 'veld.id',
  naam: 'veld.naam',
  brin: 'veld.school.brin',
  thema: 'veld.thema',
  categorie: 'veld.categorie',
  binnen_focusgebied: 'veld.binnen_focusgebied',
  doelgroep: 'veld.doelgroep',
  leeftijd_van: 'veld.leeftijd_van',
  leeftijd_tot_en_met: 'veld.leeftijd_tot_en_met',
  begroting: 'veld.begroting',
  jaar: 'veld.jaar',
  bedrag: 'veld.bedrag',
  besteding_in: 'veld.besteding_in',
  soort: 'veld.soort',
};

/**
 * A readable name for a pointer in the current language, e.g. "Activiteit 1, begrotingsregel 2,
 * Jaar" for `/activiteiten/0/begroting/1/jaar`.
 */
export function padNaam(pad) {
  const ts = tokens(pad);
  if (ts.length === 0) return t('pad.aanvraag');
  const delen = [];
  for (let i = 0; i < ts.length; i += 1) {
    const tk = ts[i];
    const volgende = ts[i + 1];
    const isIndex = volgende !== undefined && /^[0-9]+$/.test(volgende);
    if (isIndex && ['activiteiten', 'begroting', 'scholen'].includes(tk)) {
      delen.push(t(`pad.${tk}`, { n: Number(volgende) + 1 }));
      i += 1;
    } else if (tk === 'naam' && ts[i - 2] === 'scholen') {
      delen.push(t('veld.school.naam'));
    } else if (tk === 'binnen_focusgebied' && ts[i - 2] === 'scholen') {
      delen.push(t('veld.school.binnen_focusgebied'));
    } else {
      delen.push(VELDNAMEN[tk] ? t(VELDNAMEN[tk]) : tk);
    }
  }
  const tekst = delen.join(', ');
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
