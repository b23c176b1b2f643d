// The page: keeps the form state, saves the draft as the user types, and runs the checker when a
// changed field is left (the `change` event) and on submit, never while typing. Then it shows the
// findings at the fields, the live assessment beside the form, and after submit the error summary.
// The explanation (uitleg.js: the repairs of findings and what was checked) loads when first needed.

import * as motor from './motor.js';
import { t, taal, tweetalig, zetTaal } from './i18n.js';
import { h } from './dom.js';
import {
  dubbelzinnigeBedragen,
  leegFormulier,
  lees,
  padZoalsBestand,
  naarAanvraag,
  nieuweActiviteit,
  nieuweBegrotingsregel,
  nieuweSchool,
  stabielPad,
  uitAanvraag,
  wisselBedragen,
  zet,
} from './aanvraag.js';
import * as concept from './concept.js';
import { bedragKeuze, bedragUitleg, bouwFormulier, categorieLijst, scholenTelling, vulFocusgebieden } from './formulier.js';
import { schrijfBedrag, schrijfGetal } from './bedrag.js';
import { samenvatting, toonBijVelden } from './bevindingen.js';
import { beoordelingBlok, uitkomstTekst } from './beoordeling.js';
import { afdruk } from './afdruk.js';
import { exporteer, leesBestand } from './bestand.js';
import { bereken, leesBestanden, overzichtBlok } from './overzicht.js';
import { doelVoorPad, gaNaarVeld, idVoorPad, padNaam } from './pad.js';
import * as uitleg from './uitleg.js';
import { herstelPad, herstelStaat, herstelStap, maakOngedaan, metHerstel } from './herstel.js';

const app = {
  staat: leegFormulier(),
  beoordeling: null,
  /** Stable pads of the fields the user changed and left: their messages may show. */
  getoond: new Set(),
  /** After the first submit every message shows. */
  verstuurd: false,
  /** The beoordeling the error summary was made from (it changes only on submit). */
  samenvattingVan: null,
  /** The regulation whose themes and years the form offers now. */
  regeling: '',
  /** The latest draft another tab saved (from the `storage` event), or null. */
  anderTab: null,
  /** The overview of several aanvragen opened at once (overzicht.js), or null. */
  overzicht: null,
  /** The uitleg module's answer on the aanvraag last checked (findings with herstel, getoetst). */
  uitgelegd: null,
  /** Whether the "Wat is getoetst" panel is open. */
  getoetstOpen: false,
  /** The repairs applied, last on top, each as what undoes it (`herstelStap`), while the page is open. */
  herstellingen: [],
};

/** Whether a form state holds nothing typed (an empty form). */
function isLeeg(staat) {
  return JSON.stringify(naarAanvraag(staat)) === JSON.stringify(naarAanvraag(leegFormulier()));
}

/** A kept form in the current language: amounts typed in the other language are rewritten. */
function inTaal(formulier, zijnTaal) {
  if ((zijnTaal ?? 'nl') !== taal()) wisselBedragen(formulier);
  return formulier;
}

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
  let melding = '';
  if (bewaard?.formulier) {
    app.staat = inTaal(bewaard.formulier, bewaard.taal);
    // An empty draft (after clearing) is nothing to announce.
    if (!isLeeg(app.staat)) melding = t('concept.hersteld', { moment: moment(bewaard.opgeslagen) });
  } else if (bewaard?.kapot) {
    melding = t('concept.kapot');
  }
  const vorige = concept.laadVorige();
  if (vorige) meldVorige(vorige, melding);
  else if (melding) meldActie(melding);
  app.regeling = regelingVoorThemas();
  koppelGebeurtenissen();
  koppelTabbladen();
  bouw();
  controleer();
  const ander = concept.laadAnder();
  if (ander) meldAnder(ander, false);
  registreerServiceWorker();
  document.body.dataset.klaar = 'true';
}

/** Offline after one visit: the service worker keeps this build's files (see sw.js). */
function registreerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('sw.js').catch(() => {
    // No offline copy; the form works as long as the page is open.
  });
}

function moment(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(taal() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * The regulation whose themes the form lists: the chosen one; else the one that the themes and
 * budget years already chosen belong to; else the one the checker chose (by the date). So typing
 * a date never makes the list jump to another tranche than the themes chosen.
 */
function regelingVoorThemas() {
  const ids = motor.regelingen().map((r) => r.id);
  if (ids.includes(app.staat.regeling)) return app.staat.regeling;
  const acts = (app.staat.activiteiten ?? []).filter((a) => a && !('_ruw' in a));
  const themas = acts.map((a) => a.thema).filter(Boolean);
  const jaren = acts.flatMap((a) => (a.begroting ?? []).map((r) => Number(r?.jaar))).filter((j) => Number.isInteger(j) && j > 0);
  const past = (id) => {
    const eigen = motor.themas(id).map((x) => x.id);
    const eigenJaren = motor.jaren(id);
    return themas.every((x) => eigen.includes(x)) && jaren.every((j) => eigenJaren.includes(j));
  };
  const passend = themas.length || jaren.length ? ids.filter(past) : ids;
  if (passend.length === 1) return passend[0];
  const gekozen = app.beoordeling?.regeling?.id;
  if (passend.includes(gekozen)) return gekozen;
  if (passend.includes(app.regeling)) return app.regeling;
  if (ids.includes(gekozen)) return gekozen;
  return ids.includes(app.regeling) ? app.regeling : ids[ids.length - 1] ?? '';
}

// ---- rendering ----------------------------------------------------------------------------

function vertaalPagina() {
  for (const el of document.querySelectorAll('[data-tekst]')) el.textContent = t(el.dataset.tekst);
  const wissel = $('taalwissel');
  wissel.textContent = t('pagina.taalwissel');
  wissel.lang = t('pagina.taalwissel.taal');
  wissel.setAttribute('aria-label', t('pagina.taalwissel.label'));
  const v = motor.versie();
  $('versie').textContent = v ? t('pagina.versie', v) : '';
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
  app.beoordeling = toets();
  const regeling = regelingVoorThemas();
  if (regeling !== app.regeling) {
    // Other themes and years: rebuild, once focus has moved on (this may run inside a change
    // event that Tab caused), keeping focus where it went.
    app.regeling = regeling;
    setTimeout(() => bouw(), 0);
  }
  toonMeldingen();
  toonGetoetst();
  return toonPaneel();
}

/**
 * The checker's beoordeling of the current state. An amount that could mean two things is not
 * sent (the checker would only see one reading): the form asks about it at the field instead, as
 * an error of its own (KW-FORMULIER-002), in place of the checker's "missing".
 */
function toets() {
  const aanvraag = naarAanvraag(app.staat, taal());
  const twijfel = dubbelzinnigeBedragen(app.staat, taal());
  for (const d of twijfel) {
    const regel = lees(aanvraag, d.pad.replace(/\/bedrag$/, ''));
    if (regel && typeof regel === 'object') delete regel.bedrag;
  }
  const b = motor.toets(aanvraag);
  // A finding at a value kept from a file as written shows the checker's own words: the form's
  // wording of a code assumes the form read the value (see `zoalsBestand`).
  if (b) b.bevindingen = b.bevindingen.map((x) => (padZoalsBestand(app.staat, x.pad) ? { ...x, zoalsBestand: true } : x));
  // Once the uitleg module is loaded, every check explains itself too, so the repairs and the
  // panel "Wat is getoetst" always belong to what the form holds now.
  app.uitgelegd = uitleg.uitleg(aanvraag);
  if (b && app.uitgelegd) b.bevindingen = metHerstel(b.bevindingen, app.uitgelegd);
  if (!b || twijfel.length === 0) return b;
  const bevindingen = [...b.bevindingen];
  for (const d of twijfel) {
    const eigen = {
      code: 'KW-FORMULIER-002',
      ernst: 'fout',
      pad: d.pad,
      melding: {
        nl: t('bedrag.dubbelzinnig.melding', { tekst: d.tekst, a: schrijfBedrag(d.lezingen[0], 'nl'), b: schrijfBedrag(d.lezingen[1], 'nl') }, 'nl'),
        en: t('bedrag.dubbelzinnig.melding', { tekst: d.tekst, a: schrijfBedrag(d.lezingen[0], 'en'), b: schrijfBedrag(d.lezingen[1], 'en') }, 'en'),
      },
    };
    const plek = bevindingen.findIndex((x) => x.pad === d.pad);
    if (plek >= 0) bevindingen.splice(plek, 1, eigen);
    else bevindingen.push(eigen);
    for (let i = bevindingen.length - 1; i >= 0; i -= 1) {
      if (bevindingen[i] !== eigen && bevindingen[i].pad === d.pad) bevindingen.splice(i, 1);
    }
  }
  return { ...b, uitkomst: 'voldoet_niet', bevindingen };
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
  // Made anew in place: focus inside it stays on the same heading, link or button.
  const actief = plek.contains(document.activeElement) ? document.activeElement : null;
  const zelfde = actief && (actief.id ? `#${CSS.escape(actief.id)}` : actief.dataset.pad !== undefined ? `${actief.tagName.toLowerCase()}[data-pad="${CSS.escape(actief.dataset.pad)}"][data-code="${CSS.escape(actief.dataset.code ?? '')}"]` : null);
  plek.replaceChildren(samenvatting(app.samenvattingVan, { opKlik: (pad) => gaNaarVeld(pad) }));
  if (zelfde && !focussen) (plek.querySelector(zelfde) ?? $('samenvatting-kop'))?.focus({ preventScroll: true });
  if (focussen) {
    const kop = $('samenvatting-kop');
    kop.focus({ preventScroll: true });
    kop.scrollIntoView({ block: 'start' });
  }
}

function alert(soort, tekst, ...extra) {
  return h('div', { class: ['utrecht-alert', `utrecht-alert--${soort}`] }, h('div', { class: 'utrecht-alert__content' }, h('p', { class: 'utrecht-paragraph utrecht-alert__message' }, tekst), ...extra));
}

function actieKnop(tekst, actie, { hoofd = false } = {}) {
  return h('button', { type: 'button', class: ['utrecht-button', hoofd ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'], data: { actie } }, tekst);
}

const knoppen = (...k) => h('div', { class: 'utrecht-button-group' }, ...k);

/** Say what an action did, visibly and to screen readers; optionally with an undo button. */
function meldActie(tekst, { ongedaan = false } = {}) {
  $('acties-status').replaceChildren(
    alert('info', tekst, ongedaan ? knoppen(actieKnop(t('acties.ongedaan'), 'ongedaan'), actieKnop(t('acties.vorige.weggooien'), 'vorige-weggooien')) : null),
  );
}

/** Say that a previous form is kept (after a clear or an import, also after a reload), with undo. */
function meldVorige(vorige, ervoor = '') {
  const sleutel = { importeren: 'acties.vorige.importeren', ander: 'acties.vorige.ander', ongedaan: 'acties.vorige.ongedaan' }[vorige.reden] ?? 'acties.vorige.leegmaken';
  const tekst = [ervoor, t(sleutel, { moment: moment(vorige.opgeslagen), naam: vorige.naam ?? '' })].filter(Boolean).join(' ');
  meldActie(tekst, { ongedaan: true });
}

function bewaar() {
  concept.bewaar(app.staat, taal());
}

// ---- other tabs --------------------------------------------------------------------------------

/**
 * Another tab of this form in the same browser: say so when it opens (BroadcastChannel), and when it
 * saves its draft (the `storage` event). Neither tab's work is dropped: concept.js keeps the other
 * tab's last draft apart when this tab saves over it, and the user can open it here.
 */
function koppelTabbladen() {
  if ('BroadcastChannel' in window) {
    const kanaal = new BroadcastChannel('kansrijke-wijk');
    kanaal.addEventListener('message', (e) => {
      // A channel never hears itself: the same id is a duplicated tab, which takes a new id.
      if (e.data?.soort === 'hallo' && e.data.tab === concept.TABBLAD) kanaal.postMessage({ soort: 'dubbel', tab: concept.TABBLAD });
      if (e.data?.soort === 'dubbel' && e.data.tab === concept.TABBLAD) concept.nieuwTabblad();
      if (e.data?.soort === 'hallo') kanaal.postMessage({ soort: 'hier', tab: concept.TABBLAD });
      if (['hallo', 'hier', 'dubbel'].includes(e.data?.soort)) meldTabblad();
    });
    kanaal.postMessage({ soort: 'hallo', tab: concept.TABBLAD });
  }
  window.addEventListener('storage', (e) => {
    if (e.key !== concept.SLEUTELS.CONCEPT) return;
    const r = concept.record(e.newValue);
    if (!r || r.tab === concept.TABBLAD) return;
    app.anderTab = r;
    meldAnder(r, true);
  });
}

function meldTabblad() {
  if ($('tabblad-status').childElementCount) return;
  $('tabblad-status').replaceChildren(alert('warning', t('tabblad.ook_open')));
}

/** Another tab's draft exists: `live` when it just saved, else it is one kept from before. */
function meldAnder(r, live) {
  const tekst = t(live ? 'tabblad.opgeslagen' : 'tabblad.bewaard', { moment: moment(r.opgeslagen) });
  $('tabblad-status').replaceChildren(
    alert('warning', tekst, knoppen(actieKnop(t('tabblad.openen'), 'ander-openen'), live ? null : actieKnop(t('tabblad.weggooien'), 'ander-weggooien'))),
  );
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
    // The repairs join the summary once the uitleg module is loaded (the first time, a moment later).
    if (!uitleg.isGeladen() && app.beoordeling?.bevindingen.length) {
      laadUitleg().then(() => {
        if (!uitleg.isGeladen()) return;
        controleer();
        if (app.samenvattingVan) {
          app.samenvattingVan = app.beoordeling;
          toonSamenvatting(false);
        }
      });
    }
  });
  // A "Herstel" button takes no focus on a mouse press: leaving the field being typed in would check
  // again and redraw the messages, and the button pressed with them, before the click lands.
  document.addEventListener('mousedown', (e) => {
    if (e.target.closest?.('[data-actie="herstel"]')) e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    const knop = e.target.closest('[data-actie]');
    if (knop) actie(knop.dataset.actie, knop.dataset);
  });
  $('taalwissel').addEventListener('click', () => {
    zetTaal(taal() === 'nl' ? 'en' : 'nl');
    concept.bewaarTaal(taal());
    // Typed amounts are rewritten the new language's way, so each reads as the same amount.
    wisselBedragen(app.staat);
    bewaar();
    vertaalPagina();
    bouw();
    controleer();
    if (app.samenvattingVan) app.samenvattingVan = app.beoordeling;
    toonSamenvatting(false);
    $('acties-status').replaceChildren();
    $('tabblad-status').replaceChildren();
    if (app.overzicht) toonOverzicht(false);
  });
  $('import-bestand').addEventListener('change', importeer);
  $('overzicht-bestanden').addEventListener('change', openOverzicht);
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
    toonBedragUitleg(el);
  } else if (/^\/coalitie\/scholen\/[0-9]+\/binnen_focusgebied$/.test(pad)) {
    $('scholen-telling').textContent = scholenTelling(app.staat.coalitie.scholen);
  }
}

/** The hint under an amount: how it is read, or the two amounts it could mean, to choose from. */
function toonBedragUitleg(el) {
  const uitleg = $(`${el.id}-gelezen`);
  if (uitleg) uitleg.textContent = bedragUitleg(el.value);
  const keuze = $(`${el.id}-keuze`);
  if (keuze) keuze.replaceChildren(...bedragKeuze(el.value, el.dataset.pad).children);
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
      const naamBestand = exporteer(naarAanvraag(app.staat, taal()));
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
      // Ask first; what is cleared is kept, and can be brought back, also after a reload.
      $('acties-status').replaceChildren(
        alert('warning', t('acties.leegmaken.vraag'), knoppen(actieKnop(t('acties.leegmaken.ja'), 'leegmaken-ja', { hoofd: true }), actieKnop(t('acties.leegmaken.nee'), 'leegmaken-nee'))),
      );
      $('acties-status').querySelector('[data-actie="leegmaken-ja"]').focus();
      return;
    case 'leegmaken-nee':
      $('acties-status').replaceChildren();
      document.querySelector('[data-actie="leegmaken"]').focus();
      return;
    case 'leegmaken-ja':
      vervangStaat(leegFormulier(), { reden: 'leegmaken' });
      meldActie(t('acties.geleegd'), { ongedaan: true });
      $('acties-status').querySelector('[data-actie="ongedaan"]').focus();
      break;
    case 'ongedaan': {
      const vorige = concept.laadVorige();
      if (!vorige) break;
      concept.vergeet(concept.SLEUTELS.VORIGE);
      // Undo swaps: what the form held (if anything) is kept in its turn.
      vervangStaat(inTaal(vorige.formulier, vorige.taal), { reden: 'ongedaan' });
      if (concept.laadVorige()) meldActie(t('acties.hersteld.bewaard'), { ongedaan: true });
      else meldActie(t('acties.hersteld'));
      break;
    }
    case 'vorige-weggooien':
      concept.vergeet(concept.SLEUTELS.VORIGE);
      meldActie(t('acties.vorige.weggegooid'));
      return;
    case 'ander-openen': {
      const ander = app.anderTab ?? concept.laadAnder();
      if (!ander) return;
      app.anderTab = null;
      concept.vergeet(concept.SLEUTELS.ANDER);
      concept.neemAan(concept.huidigRecord());
      vervangStaat(inTaal(ander.formulier, ander.taal), { reden: 'ander' });
      $('tabblad-status').replaceChildren();
      meldActie(t('tabblad.geopend'), { ongedaan: true });
      break;
    }
    case 'ander-weggooien':
      concept.vergeet(concept.SLEUTELS.ANDER);
      $('tabblad-status').replaceChildren();
      return;
    case 'herstel':
      herstelToepassen(data.code, data.pad);
      return;
    case 'herstel-ongedaan':
      herstelOngedaan();
      return;
    case 'getoetst':
      wisselGetoetst();
      return;
    case 'overzicht-afdrukken':
      // The overview alone (formulier.css, print); back to the application's summary afterwards.
      document.documentElement.classList.add('afdruk-overzicht');
      window.addEventListener('afterprint', () => document.documentElement.classList.remove('afdruk-overzicht'), { once: true });
      window.print();
      return;
    case 'overzicht-sluiten':
      app.overzicht = null;
      $('overzicht').hidden = true;
      $('overzicht').replaceChildren();
      $('overzicht-bestanden').focus();
      return;
    case 'bedrag-kies': {
      const veldEl = $(idVoorPad(data.pad));
      if (!veldEl) return;
      veldEl.value = schrijfGetal(data.waarde, taal()) ?? data.waarde;
      veldEl.dispatchEvent(new Event('change', { bubbles: true }));
      veldEl.focus();
      return;
    }
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
  // Positions changed: a summary made before would link to other fields. Check it anew.
  if (app.samenvattingVan) {
    app.samenvattingVan = app.beoordeling;
    toonSamenvatting(false);
  }
  let el = focusId ? $(focusId) : null;
  for (const s of selectors) el = el ?? form().querySelector(s);
  if (el) focus(el);
}

/**
 * Put another form state in place. The form it replaces is kept (concept.js, `vorige`) unless it
 * was empty, so it can be brought back, also after a reload.
 */
function vervangStaat(nieuw, { reden, naam } = {}) {
  if (!isLeeg(app.staat)) concept.bewaarVorige(app.staat, taal(), reden, naam);
  app.staat = nieuw;
  app.herstellingen = [];
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

/**
 * Several exported aanvragen at once: each checked, then the overview of their sums against the
 * ceilings (overzicht.js). The form itself does not change. A file that cannot be read is listed
 * with its reason; the others are shown all the same.
 */
async function openOverzicht(e) {
  const bestanden = [...(e.target.files ?? [])];
  e.target.value = '';
  if (bestanden.length === 0) return;
  if (!motor.isGeladen()) {
    $('acties-status').replaceChildren(alert('error', t('overzicht.motorfout')));
    return;
  }
  const stukken = await leesBestanden(bestanden);
  app.overzicht = bereken(stukken, { toetsJson: motor.toetsTekst, regelingen: motor.regelingenVolledig() });
  toonOverzicht(true);
}

/** Show the overview; with `focussen`, move focus to its heading (and scroll there). */
function toonOverzicht(focussen) {
  const sectie = $('overzicht');
  sectie.replaceChildren(...overzichtBlok(app.overzicht).flat().filter(Boolean));
  sectie.hidden = false;
  if (focussen) {
    const kop = $('overzicht-kop');
    kop.focus({ preventScroll: true });
    kop.scrollIntoView({ block: 'start' });
  }
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
  const staat = uitAanvraag(gelezen.aanvraag, taal());
  staat.gemeente = motor.gemeenteCode(staat.gemeente);
  staat.focusgebied = motor.focusgebiedId(staat.focusgebied);
  // Checked whole, as on submit: with the repairs (the uitleg module loads first, once).
  await laadUitleg();
  vervangStaat(staat, { reden: 'importeren', naam: bestand.name });
  // An imported application is checked whole, as on submit.
  app.verstuurd = true;
  toonMeldingen();
  meldActie(t('acties.geimporteerd', { naam: bestand.name }), { ongedaan: true });
}

// ---- the explanation: repairs and what was checked (issue 14) ---------------------------------

/** Load the uitleg module when it is first needed; the page works on without it should it fail. */
async function laadUitleg() {
  if (uitleg.isGeladen() || !motor.isGeladen()) return;
  await uitleg.laad();
}

/** Open or close the panel "Wat is getoetst"; opening loads the uitleg module when needed. */
async function wisselGetoetst() {
  app.getoetstOpen = !app.getoetstOpen;
  const knop = document.querySelector('[data-actie="getoetst"]');
  knop.dataset.tekst = app.getoetstOpen ? 'getoetst.verbergen' : 'getoetst.tonen';
  knop.textContent = t(knop.dataset.tekst);
  knop.setAttribute('aria-expanded', String(app.getoetstOpen));
  $('getoetst-inhoud').hidden = !app.getoetstOpen;
  if (!app.getoetstOpen) return;
  toonGetoetst();
  if (!uitleg.isGeladen()) {
    await laadUitleg();
    controleer();
  }
}

/** The panel's content for the current state (called after every check, so it is never stale). */
function toonGetoetst() {
  if (!app.getoetstOpen) return;
  const status = uitleg.isGeladen() ? 'klaar' : uitleg.laadfout() ? 'fout' : 'laden';
  $('getoetst-inhoud').replaceChildren(uitleg.getoetstBlok(app.uitgelegd, { status, fout: uitleg.laadfout() }));
}

/**
 * Apply the proven repair of one finding: only the fields its patch names change, and the form is
 * checked again. "Ongedaan maken" undoes it (and each repair before it, in turn) while the page is
 * open; the form kept from before a clear or an import (concept.js, `vorige`) is not touched.
 */
function herstelToepassen(code, pad) {
  const b = app.beoordeling?.bevindingen.find((x) => x.code === code && x.pad === pad && x.herstel?.patch?.length);
  const staat = b ? herstelStaat(app.staat, b.herstel.patch, taal()) : null;
  if (!staat) {
    controleer();
    meldActie(t('herstel.past_niet'));
    return;
  }
  staat.gemeente = motor.gemeenteCode(staat.gemeente);
  staat.focusgebied = motor.focusgebiedId(staat.focusgebied);
  const veldPad = herstelPad(b);
  app.herstellingen.push({ pad: veldPad, stap: herstelStap(app.staat, staat, b.herstel.patch) });
  app.staat = staat;
  app.getoond.add(stabielPad(app.staat, veldPad));
  naHerstel(veldPad, t('herstel.toegepast', { veld: padNaam(veldPad), waarde: getoondeWaarde(veldPad), tekst: tweetalig(b.herstel) }));
}

/** Undo the last repair, if the fields it changed still hold what it wrote. */
function herstelOngedaan() {
  const laatste = app.herstellingen.at(-1);
  if (!laatste) return;
  const staat = maakOngedaan(app.staat, laatste.stap);
  if (!staat) {
    app.herstellingen = [];
    meldActie(t('herstel.ongedaan.gewijzigd', { veld: padNaam(laatste.pad) }));
    return;
  }
  app.herstellingen.pop();
  app.staat = staat;
  naHerstel(laatste.pad, t('herstel.ongedaan.klaar', { veld: padNaam(laatste.pad), waarde: getoondeWaarde(laatste.pad) }));
}

/** The value of a field as the form shows it (empty when it has none). */
function getoondeWaarde(pad) {
  const w = lees(app.staat, pad);
  return w === null || w === undefined ? '' : String(w);
}

/** After a repair or its undo: rebuild, check, keep the summary, say what changed, focus the field. */
function naHerstel(veldPad, tekst) {
  app.regeling = regelingVoorThemas();
  bouw();
  controleer();
  app.regeling = regelingVoorThemas();
  if (app.samenvattingVan) {
    app.samenvattingVan = app.beoordeling;
    toonSamenvatting(false);
  }
  bewaar();
  $('acties-status').replaceChildren(
    alert('info', tekst, app.herstellingen.length ? knoppen(actieKnop(t('acties.ongedaan'), 'herstel-ongedaan')) : null),
  );
  const el = $(idVoorPad(veldPad));
  if (el && form().contains(el)) focus(el);
  else $('acties-status').querySelector('[data-actie="herstel-ongedaan"]')?.focus();
}

start();
