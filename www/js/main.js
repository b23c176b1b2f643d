// The page: keeps the form state, saves the draft as the user types, and runs the checker when a
// changed field is left (the `change` event) and on submit, never while typing. Then it shows the
// findings at the fields, the live assessment beside the form, and after submit the error summary.

import * as motor from './motor.js';
import { t, taal, zetTaal } from './i18n.js';
import { h } from './dom.js';
import {
  leegFormulier,
  lees,
  naarAanvraag,
  nieuweActiviteit,
  nieuweBegrotingsregel,
  nieuweSchool,
  stabielPad,
  uitAanvraag,
  zet,
} from './aanvraag.js';
import * as concept from './concept.js';
import { bedragUitleg, bouwFormulier, categorieLijst, scholenTelling, vulFocusgebieden } from './formulier.js';
import { samenvatting, toonBijVelden } from './bevindingen.js';
import { beoordelingBlok, uitkomstTekst } from './beoordeling.js';
import { afdruk } from './afdruk.js';
import { exporteer, leesBestand } from './bestand.js';
import { doelVoorPad, gaNaarVeld, idVoorPad } from './pad.js';

const app = {
  staat: leegFormulier(),
  beoordeling: null,
  /** Stable pads of the fields the user changed and left: their messages may show. */
  getoond: new Set(),
  /** After the first submit every message shows. */
  verstuurd: false,
  /** The beoordeling the error summary was made from (it changes only on submit). */
  samenvattingVan: null,
  /** The state before an import or clear, for undo. */
  vorige: null,
  /** The regulation whose themes and years the form offers now. */
  regeling: '',
};

const $ = (id) => document.getElementById(id);
const form = () => $('formulier');

// ---- start -------------------------------------------------------------------------------

async function start() {
  zetTaal(concept.laadTaal() ?? 'nl');
  vertaalPagina();
  try {
    await motor.start();
  } catch (e) {
    $('motor-status').replaceChildren(alert('error', t('pagina.motorfout', { fout: e?.message ?? e })));
  }
  const bewaard = concept.laad();
  if (bewaard?.formulier) {
    app.staat = bewaard.formulier;
    meldActie(t('concept.hersteld', { moment: moment(bewaard.opgeslagen) }));
  } else if (bewaard?.kapot) {
    meldActie(t('concept.kapot'));
  }
  app.regeling = regelingVoorThemas();
  koppelGebeurtenissen();
  bouw();
  controleer();
  document.body.dataset.klaar = 'true';
}

function moment(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(taal() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
}

/** The regulation whose themes the form lists: the chosen one, else the one the checker chose. */
function regelingVoorThemas() {
  const ids = motor.regelingen().map((r) => r.id);
  if (ids.includes(app.staat.regeling)) return app.staat.regeling;
  if (ids.includes(app.beoordeling?.regeling?.id)) return app.beoordeling.regeling.id;
  return ids[ids.length - 1] ?? '';
}

// ---- rendering ----------------------------------------------------------------------------

function vertaalPagina() {
  for (const el of document.querySelectorAll('[data-tekst]')) el.textContent = t(el.dataset.tekst);
  const wissel = $('taalwissel');
  wissel.textContent = t('pagina.taalwissel');
  wissel.lang = t('pagina.taalwissel.taal');
  wissel.setAttribute('aria-label', t('pagina.taalwissel.label'));
  $('versie').textContent = motor.versie() ? t('pagina.versie', { versie: motor.versie() }) : '';
}

/** Build the form from the state, keeping focus on the same control (or on `focusId`). */
function bouw(focusId) {
  const actief = focusId ?? document.activeElement?.id;
  bouwFormulier(form(), app.staat, { regeling: app.regeling });
  toonMeldingen();
  if (actief) {
    const el = $(actief);
    if (el && form().contains(el)) focus(el);
  }
}

function focus(el) {
  if (!el.matches('input, select, textarea, button, a[href]') && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
}

/**
 * Run the checker on the current state and show the result everywhere. Returns the outcome in
 * words when it changed (for screen readers), else null.
 */
function controleer() {
  app.beoordeling = motor.toets(naarAanvraag(app.staat));
  const regeling = regelingVoorThemas();
  if (regeling !== app.regeling) {
    // Other themes and years: rebuild, once focus has moved on (this may run inside a change
    // event that Tab caused), keeping focus where it went.
    app.regeling = regeling;
    setTimeout(() => bouw(), 0);
  }
  toonMeldingen();
  return toonPaneel();
}

function toonMeldingen() {
  if (!app.beoordeling) return;
  toonBijVelden(form(), app.beoordeling.bevindingen, (b, doel) => {
    if (app.verstuurd) return true;
    const eigen = stabielPad(app.staat, b.pad);
    const groep = stabielPad(app.staat, doel.dataset.pad);
    if (app.getoond.has(eigen) || app.getoond.has(groep)) return true;
    if (doel.matches('input, select')) return false;
    return [...app.getoond].some((p) => p.startsWith(`${groep}/`));
  });
}

let vorigeUitkomst = null;
function toonPaneel() {
  $('beoordeling-paneel').replaceChildren(beoordelingBlok(app.beoordeling, { regeling: app.regeling }));
  const uitkomst = app.beoordeling?.uitkomst ?? null;
  const gewijzigd = uitkomst !== vorigeUitkomst && vorigeUitkomst !== null;
  vorigeUitkomst = uitkomst;
  return gewijzigd ? `${t('beoordeling.uitkomst')}: ${uitkomstTekst(app.beoordeling)}.` : null;
}

/** The text of the messages now shown at the field of `pad`. */
function meldingenBij(pad) {
  const box = $(doelVoorPad(pad)?.dataset.meldingen ?? '');
  return box?.textContent.trim() ?? '';
}

function toonSamenvatting(focussen) {
  const plek = $('samenvatting-plek');
  if (!app.samenvattingVan) {
    plek.replaceChildren();
    return;
  }
  plek.replaceChildren(samenvatting(app.samenvattingVan, { opKlik: (pad) => gaNaarVeld(pad) }));
  if (focussen) {
    const kop = $('samenvatting-kop');
    kop.focus({ preventScroll: true });
    kop.scrollIntoView({ block: 'start' });
  }
}

function alert(soort, tekst, ...extra) {
  return h('div', { class: ['utrecht-alert', `utrecht-alert--${soort}`] }, h('div', { class: 'utrecht-alert__content' }, h('p', { class: 'utrecht-paragraph utrecht-alert__message' }, tekst), ...extra));
}

/** Say what an action did, visibly and to screen readers; optionally with an undo button. */
function meldActie(tekst, { ongedaan = false } = {}) {
  const knop = ongedaan
    ? h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', data: { actie: 'ongedaan' } }, t('acties.ongedaan'))
    : null;
  $('acties-status').replaceChildren(alert('info', tekst, knop));
}

function bewaar() {
  concept.bewaar(app.staat);
}

// ---- reading controls ---------------------------------------------------------------------

function waardeVan(el) {
  if (el.dataset.soort === 'janee') {
    if (el.type === 'radio') return el.value === 'ja';
    return el.value === 'ja' ? true : el.value === 'nee' ? false : null;
  }
  return el.value;
}

function uitControl(el) {
  const pad = el.dataset.pad;
  if (pad === undefined || !el.matches('input, select, textarea')) return null;
  zet(app.staat, pad, waardeVan(el));
  return pad;
}

// ---- events -------------------------------------------------------------------------------

function koppelGebeurtenissen() {
  const f = form();
  // Typing: keep the state and the draft, check nothing.
  f.addEventListener('input', (e) => {
    if (uitControl(e.target) !== null) bewaar();
  });
  // A changed field is left (or a choice is made): check, and let that field show its messages.
  f.addEventListener('change', (e) => {
    const pad = uitControl(e.target);
    if (pad === null) return;
    app.getoond.add(stabielPad(app.staat, pad));
    const voor = meldingenBij(pad);
    naWijziging(e.target, pad);
    bewaar();
    const uitkomst = controleer();
    // The field just left may have new messages: say them (the summary is for submit).
    const na = meldingenBij(pad);
    const bericht = [na !== voor ? na : '', uitkomst].filter(Boolean).join(' ');
    if (bericht) aankondig(bericht);
  });
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    app.verstuurd = true;
    controleer();
    app.samenvattingVan = app.beoordeling;
    toonSamenvatting(true);
  });
  document.addEventListener('click', (e) => {
    const knop = e.target.closest('[data-actie]');
    if (knop) actie(knop.dataset.actie, knop.dataset);
  });
  $('taalwissel').addEventListener('click', () => {
    zetTaal(taal() === 'nl' ? 'en' : 'nl');
    concept.bewaarTaal(taal());
    vertaalPagina();
    bouw();
    toonPaneel();
    toonSamenvatting(false);
    $('acties-status').replaceChildren();
  });
  $('import-bestand').addEventListener('change', importeer);
  window.addEventListener('beforeprint', () => {
    $('afdruk').replaceChildren(afdruk(app.staat, app.beoordeling, app.regeling));
  });
}

/** Keep dependent controls in step after a change, in place (focus stays where it is). */
function naWijziging(el, pad) {
  if (pad === '/gemeente') {
    const gebied = motor.focusgebied(app.staat.focusgebied);
    if (gebied && gebied.gemeentecode !== app.staat.gemeente) zet(app.staat, '/focusgebied', '');
    vulFocusgebieden(form(), app.staat);
  } else if (pad === '/focusgebied') {
    vulFocusgebieden(form(), app.staat);
  } else if (pad === '/regeling') {
    app.regeling = regelingVoorThemas();
    bouw(el.id);
  } else if (/^\/activiteiten\/[0-9]+\/thema$/.test(pad)) {
    const basis = pad.replace(/\/thema$/, '');
    const select = $(idVoorPad(`${basis}/categorie`));
    if (select) {
      const thema = motor.themas(app.regeling).find((x) => x.id === lees(app.staat, `${basis}/thema`));
      select.replaceChildren(...categorieLijst(thema, lees(app.staat, `${basis}/categorie`)).children);
      select.value = lees(app.staat, `${basis}/categorie`) ?? '';
    }
  } else if (/\/bedrag$/.test(pad)) {
    const uitleg = $(`${el.id}-gelezen`);
    if (uitleg) uitleg.textContent = bedragUitleg(el.value);
  } else if (/^\/coalitie\/scholen\/[0-9]+\/binnen_focusgebied$/.test(pad)) {
    $('scholen-telling').textContent = scholenTelling(app.staat.coalitie.scholen);
  }
}

function aankondig(tekst) {
  $('uitkomst-status').textContent = tekst;
}

function actie(naam, data) {
  const i = Number(data.index);
  const acts = app.staat.activiteiten;
  switch (naam) {
    case 'activiteit-toevoegen': {
      acts.push(nieuweActiviteit(acts));
      na(idVoorPad(`/activiteiten/${acts.length - 1}/naam`));
      aankondig(t('veld.activiteit.toegevoegd', { n: acts.length }));
      break;
    }
    case 'activiteit-verwijderen': {
      acts.splice(i, 1);
      na(acts.length ? `${idVoorPad(`/activiteiten/${Math.min(i, acts.length - 1)}`)}-kop` : null, '[data-actie="activiteit-toevoegen"]');
      aankondig(t('veld.activiteit.verwijderd', { n: i + 1 }));
      break;
    }
    case 'activiteit-omhoog':
    case 'activiteit-omlaag': {
      const j = naam === 'activiteit-omhoog' ? i - 1 : i + 1;
      if (j < 0 || j >= acts.length) return;
      [acts[i], acts[j]] = [acts[j], acts[i]];
      na(null, `[data-actie="${naam}"][data-index="${j}"]`, `[data-actie="${naam === 'activiteit-omhoog' ? 'activiteit-omlaag' : 'activiteit-omhoog'}"][data-index="${j}"]`);
      aankondig(t('veld.activiteit.verplaatst', { naam: acts[j].naam || acts[j].id || j + 1, n: j + 1, totaal: acts.length }));
      break;
    }
    case 'regel-toevoegen': {
      acts[i].begroting.push(nieuweBegrotingsregel());
      na(idVoorPad(`/activiteiten/${i}/begroting/${acts[i].begroting.length - 1}/jaar`));
      break;
    }
    case 'regel-verwijderen': {
      acts[i].begroting.splice(Number(data.regel), 1);
      na(null, `[data-actie="regel-toevoegen"][data-index="${i}"]`);
      break;
    }
    case 'school-toevoegen': {
      app.staat.coalitie.scholen.push(nieuweSchool());
      delete app.staat.coalitie._rest?.scholen;
      na(idVoorPad(`/coalitie/scholen/${app.staat.coalitie.scholen.length - 1}/naam`));
      break;
    }
    case 'school-verwijderen': {
      app.staat.coalitie.scholen.splice(i, 1);
      na(null, '[data-actie="school-toevoegen"]');
      break;
    }
    case 'exporteren': {
      const naamBestand = exporteer(naarAanvraag(app.staat));
      meldActie(t('acties.geexporteerd', { naam: naamBestand }));
      break;
    }
    case 'importeren':
      $('import-bestand').click();
      break;
    case 'afdrukken':
      window.print();
      break;
    case 'leegmaken':
      vervangStaat(leegFormulier());
      meldActie(t('acties.geleegd'), { ongedaan: true });
      break;
    case 'ongedaan':
      if (app.vorige) {
        const terug = app.vorige;
        app.vorige = null;
        vervangStaat(terug, { bewaarVorige: false });
        meldActie(t('acties.hersteld'));
      }
      break;
    default:
      return;
  }
  if (!['exporteren', 'importeren', 'afdrukken'].includes(naam)) bewaar();
}

/** After a change of structure: rebuild, check, and put focus on the first target that exists. */
function na(focusId, ...selectors) {
  app.regeling = regelingVoorThemas();
  bouw(focusId ?? undefined);
  controleer();
  let el = focusId ? $(focusId) : null;
  for (const s of selectors) el = el ?? form().querySelector(s);
  if (el) focus(el);
}

function vervangStaat(nieuw, { bewaarVorige = true } = {}) {
  if (bewaarVorige) app.vorige = app.staat;
  app.staat = nieuw;
  app.getoond.clear();
  app.verstuurd = false;
  app.samenvattingVan = null;
  toonSamenvatting(false);
  app.regeling = regelingVoorThemas();
  bouw();
  controleer();
  app.regeling = regelingVoorThemas();
  bewaar();
}

async function importeer(e) {
  const bestand = e.target.files?.[0];
  e.target.value = '';
  if (!bestand) return;
  const gelezen = await leesBestand(bestand);
  if (!gelezen.ok) {
    const sleutel = gelezen.reden === 'json' ? 'acties.importfout.json' : 'acties.importfout.object';
    $('acties-status').replaceChildren(alert('error', t(sleutel, { naam: bestand.name, fout: gelezen.fout })));
    return;
  }
  const staat = uitAanvraag(gelezen.aanvraag);
  staat.gemeente = motor.gemeenteCode(staat.gemeente);
  staat.focusgebied = motor.focusgebiedId(staat.focusgebied);
  vervangStaat(staat);
  // An imported application is checked whole, as on submit.
  app.verstuurd = true;
  toonMeldingen();
  meldActie(t('acties.geimporteerd', { naam: bestand.name }), { ongedaan: true });
}

start();
