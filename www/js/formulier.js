// Building the form from the state, with NL Design System (Utrecht) components. Every control gets
// the id of the JSON Pointer it edits (see pad.js) and `data-pad`; buttons get `data-actie`. The
// form holds no logic of its own: main.js listens to it and keeps the state.

import { h, srAlleen, tabelKop } from './dom.js';
import { t, taal, of } from './i18n.js';
import { idVoorPad } from './pad.js';
import { leesBedrag, schrijfBedrag } from './bedrag.js';
import * as motor from './motor.js';
import { zoalsBestand } from './aanvraag.js';

/**
 * Fill `form` with the controls for `staat`.
 * @param {HTMLFormElement} form
 * @param {object} staat the form state (aanvraag.js)
 * @param {{ regeling: string }} ctx the regulation whose themes and years to offer
 */
export function bouwFormulier(form, staat, ctx) {
  form.replaceChildren(
    sectieRegeling(staat),
    sectieGebied(staat),
    sectieAlliantie(staat),
    sectieCoalitie(staat),
    sectieActiviteiten(staat, ctx),
    h(
      'div',
      { class: 'utrecht-button-group formulier__verzenden' },
      h('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action', id: 'knop-controleren' }, t('knop.controleren')),
    ),
  );
}

// ---- building blocks -----------------------------------------------------------------------

/** A labelled field (label, description, messages, control) in Utrecht form-field markup. */
function veld({ pad, label, uitleg, control, extraUitleg, klasse, na }) {
  const id = idVoorPad(pad);
  const beschrijvingen = [];
  if (uitleg) beschrijvingen.push(`${id}-uitleg`);
  if (extraUitleg) beschrijvingen.push(extraUitleg.id);
  markeer(control, pad, beschrijvingen);
  return h(
    'div',
    { class: ['utrecht-form-field', 'utrecht-form-field--text', 'veld', klasse] },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, label)),
    uitleg && h('div', { class: 'utrecht-form-field-description utrecht-form-field__description', id: `${id}-uitleg` }, uitleg),
    extraUitleg,
    h('div', { class: 'meldingen', id: `${id}-meldingen` }),
    h('div', { class: 'utrecht-form-field__input' }, control),
    na,
  );
}

/** Give a control or group its pad-derived id, its messages box and its base descriptions. */
function markeer(el, pad, beschrijvingen = []) {
  const id = idVoorPad(pad);
  el.id = id;
  el.dataset.pad = pad;
  el.dataset.meldingen = `${id}-meldingen`;
  el.dataset.beschrijving = beschrijvingen.join(' ');
  if (beschrijvingen.length) el.setAttribute('aria-describedby', beschrijvingen.join(' '));
  return el;
}

function tekstvak(waarde, { soort = 'tekst', breedte, inputmode, autocomplete = 'off', spellcheck } = {}) {
  return h('input', {
    type: 'text',
    class: ['utrecht-textbox', 'utrecht-textbox--html-input', breedte && `breedte--${breedte}`],
    value: waarde ?? '',
    inputmode,
    autocomplete,
    spellcheck,
    data: { soort },
  });
}

/** A select; a current value that is not among the options is kept as an extra option. */
function keuzelijst(opties, huidig, { leeg, soort = 'tekst', onbekend } = {}) {
  const lijst = [...opties];
  if (huidig && !lijst.some((o) => o.waarde === huidig)) {
    lijst.push({ waarde: huidig, tekst: (onbekend ?? ((w) => t('veld.onbekend', { waarde: w })))(huidig) });
  }
  return h(
    'select',
    { class: 'utrecht-select utrecht-select--html-select', data: { soort } },
    leeg !== undefined && h('option', { value: '', selected: !huidig }, leeg),
    lijst.map((o) => h('option', { value: o.waarde, selected: o.waarde === huidig }, o.tekst)),
  );
}

/** A Ja/Nee question as a radio group (a fieldset with role radiogroup). */
function janee(pad, vraag, waarde) {
  const id = idVoorPad(pad);
  const groep = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset janee', role: 'radiogroup' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend janee__vraag' }, vraag),
    h('div', { class: 'meldingen', id: `${id}-meldingen` }),
    h(
      'div',
      { class: 'janee__opties' },
      [
        ['ja', true],
        ['nee', false],
      ].map(([w, b]) =>
        h(
          'div',
          { class: 'utrecht-form-field utrecht-form-field--radio janee__optie' },
          h('input', {
            type: 'radio',
            class: 'utrecht-radio-button utrecht-radio-button--html-input',
            id: `${id}-${w}`,
            name: id,
            value: w,
            checked: waarde === b,
            data: { pad, soort: 'janee' },
          }),
          h('label', { class: 'utrecht-form-label utrecht-form-label--radio', for: `${id}-${w}` }, t(`veld.${w}`)),
        ),
      ),
    ),
  );
  return markeer(groep, pad);
}

function sectie(id, pad, titel, uitleg, ...inhoud) {
  const el = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sectie', 'aria-labelledby': `${id}-kop` },
    h('legend', { class: 'sectie__legend' }, h('h2', { class: 'utrecht-heading-2', id: `${id}-kop` }, titel)),
    uitleg && h('p', { class: 'utrecht-paragraph sectie__uitleg', id: `${id}-uitleg` }, uitleg),
    pad !== null && h('div', { class: 'meldingen', id: `${idVoorPad(pad)}-meldingen` }),
    ...inhoud,
  );
  if (pad !== null) markeer(el, pad);
  else el.id = id;
  return el;
}

function knop(tekst, actie, data = {}, { context, klasse = 'utrecht-button--secondary-action' } = {}) {
  return h(
    'button',
    { type: 'button', class: ['utrecht-button', klasse], data: { actie, ...data } },
    tekst,
    context && srAlleen(` (${context})`),
  );
}

function onleesbaar(pad, item, verwijderActie, data) {
  const el = h(
    'div',
    { class: 'onleesbaar' },
    h('div', { class: 'meldingen', id: `${idVoorPad(pad)}-meldingen` }),
    h('p', { class: 'utrecht-paragraph' }, t('veld.onleesbaar_item', { json: JSON.stringify(item._ruw) })),
    knop(t('veld.onleesbaar_item.verwijderen'), verwijderActie, data),
  );
  return markeer(el, pad);
}

// ---- the sections ----------------------------------------------------------------------------

function sectieRegeling(staat) {
  const opties = motor.regelingen().map((r) => ({ waarde: r.id, tekst: `${r.id}: ${r.citeertitel}` }));
  return sectie(
    'sectie-regeling',
    null,
    t('sectie.regeling'),
    null,
    veld({
      pad: '/regeling',
      label: t('veld.regeling'),
      uitleg: t('veld.regeling.uitleg'),
      control: keuzelijst(opties, staat.regeling, { leeg: t('veld.regeling.automatisch') }),
    }),
    veld({
      pad: '/ingediend_op',
      label: t('veld.ingediend_op'),
      uitleg: t('veld.ingediend_op.uitleg'),
      control: tekstvak(staat.ingediend_op, { soort: 'datum', breedte: 'datum', inputmode: 'numeric' }),
    }),
  );
}

function sectieGebied(staat) {
  const gemeenten = motor.gemeenten().map((g) => ({ waarde: g.code, tekst: g.naam }));
  const samenstelling = h('div', {
    class: 'utrecht-form-field-description utrecht-form-field__description samenstelling',
    id: `${idVoorPad('/focusgebied')}-samenstelling`,
  });
  const el = sectie(
    'sectie-gebied',
    null,
    t('sectie.gebied'),
    null,
    veld({
      pad: '/gemeente',
      label: t('veld.gemeente'),
      control: keuzelijst(gemeenten, staat.gemeente, { leeg: t('veld.gemeente.kies') }),
    }),
    veld({
      pad: '/focusgebied',
      label: t('veld.focusgebied'),
      uitleg: t('veld.focusgebied.uitleg'),
      extraUitleg: samenstelling,
      control: h('select', { class: 'utrecht-select utrecht-select--html-select', data: { soort: 'tekst' } }),
    }),
  );
  vulFocusgebieden(el, staat);
  return el;
}

/** (Re)fill the focus-area select for the chosen gemeente, and describe the chosen area. */
export function vulFocusgebieden(wortel, staat) {
  const select = wortel.querySelector(`#${idVoorPad('/focusgebied')}`);
  if (!select) return;
  const gebieden = staat.gemeente ? motor.focusgebieden(staat.gemeente) : [];
  const opties = gebieden.map((g) => ({ waarde: g.id, tekst: g.naam }));
  const leeg = staat.gemeente ? t('veld.focusgebied.kies') : t('veld.focusgebied.eerstgemeente');
  const nieuw = keuzelijst(opties, staat.focusgebied, { leeg });
  select.replaceChildren(...nieuw.children);
  select.value = staat.focusgebied ?? '';
  const gebied = motor.focusgebied(staat.focusgebied);
  const uitleg = wortel.querySelector(`#${idVoorPad('/focusgebied')}-samenstelling`);
  if (uitleg) uitleg.textContent = gebied ? motor.samenstelling(gebied) : '';
}

function sectieAlliantie(staat) {
  const a = staat.alliantie ?? {};
  return sectie(
    'sectie-alliantie',
    '/alliantie',
    t('sectie.alliantie'),
    t('sectie.alliantie.uitleg'),
    ['voorzitter_burgemeester', 'gebiedsplan', 'uitvoeringsprogramma', 'inwoners_betrokken'].map((k) =>
      janee(`/alliantie/${k}`, t(`veld.${k}`), a[k]),
    ),
  );
}

function sectieCoalitie(staat) {
  const scholen = staat.coalitie?.scholen ?? [];
  const tabelGroep = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset scholen' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t('veld.scholen')),
    h('div', { class: 'meldingen', id: `${idVoorPad('/coalitie/scholen')}-meldingen` }),
    scholen.length === 0
      ? h('p', { class: 'utrecht-paragraph leeg' }, t('veld.scholen.leeg'))
      : h(
          'div',
          { class: 'utrecht-table-container tabel-scroll', role: 'region', tabindex: '0', 'aria-label': t('veld.scholen') },
          h(
            'table',
            { class: 'utrecht-table utrecht-table--html-table' },
            tabelKop(['#', t('veld.school.naam'), t('veld.school.brin'), t('veld.school.binnen_focusgebied'), t('veld.school.actie')]),
            h('tbody', { class: 'utrecht-table__body' }, scholen.map((s, i) => schoolRij(s, i))),
          ),
        ),
    h('p', { class: 'utrecht-paragraph scholen__telling', id: 'scholen-telling' }, scholenTelling(scholen)),
    h('div', { class: 'utrecht-button-group' }, knop(t('veld.school.toevoegen'), 'school-toevoegen')),
  );
  markeer(tabelGroep, '/coalitie/scholen', ['scholen-telling']);
  return sectie('sectie-coalitie', '/coalitie', t('sectie.coalitie'), t('sectie.coalitie.uitleg'), tabelGroep);
}

function schoolRij(school, i) {
  const pad = `/coalitie/scholen/${i}`;
  const n = i + 1;
  if ('_ruw' in school) {
    return h(
      'tr',
      { class: 'utrecht-table__row' },
      h('td', { class: 'utrecht-table__cell' }, String(n)),
      h('td', { class: 'utrecht-table__cell', colspan: 4 }, onleesbaar(pad, school, 'school-verwijderen', { index: i })),
    );
  }
  const cel = (veldPad, label, control) => {
    const id = idVoorPad(veldPad);
    markeer(control, veldPad);
    return h(
      'td',
      { class: 'utrecht-table__cell' },
      h('label', { class: 'sr-alleen', for: id }, `${label}, ${t('veld.school', { n })}`),
      h('div', { class: 'meldingen', id: `${id}-meldingen` }),
      control,
    );
  };
  const rij = h(
    'tr',
    { class: 'utrecht-table__row' },
    h('td', { class: 'utrecht-table__cell' }, String(n), h('div', { class: 'meldingen', id: `${idVoorPad(pad)}-meldingen` })),
    cel(`${pad}/naam`, t('veld.school.naam'), tekstvak(school.naam, { autocomplete: 'off' })),
    cel(`${pad}/brin`, t('veld.school.brin'), tekstvak(school.brin, { breedte: 'kort', spellcheck: 'false' })),
    cel(
      `${pad}/binnen_focusgebied`,
      t('veld.school.binnen_focusgebied'),
      keuzelijst(
        [
          { waarde: 'ja', tekst: t('veld.ja') },
          { waarde: 'nee', tekst: t('veld.nee') },
        ],
        school.binnen_focusgebied === true ? 'ja' : school.binnen_focusgebied === false ? 'nee' : '',
        { leeg: t('veld.kies'), soort: 'janee' },
      ),
    ),
    h(
      'td',
      { class: 'utrecht-table__cell' },
      knop(t('veld.school.verwijderen'), 'school-verwijderen', { index: i }, { context: t('veld.school.verwijderen.context', { n }) }),
    ),
  );
  return markeer(rij, pad);
}

/** "5 van de 7 scholen liggen in het focusgebied (71 %)." */
export function scholenTelling(scholen) {
  const echte = scholen.filter((s) => !('_ruw' in s));
  if (echte.length === 0) return '';
  const binnen = echte.filter((s) => s.binnen_focusgebied === true).length;
  const procent = Math.floor((binnen * 1000) / echte.length) / 10;
  const tekst = taal() === 'en' ? `${procent} %` : `${String(procent).replace('.', ',')} %`;
  return t(binnen === 1 ? 'veld.scholen.telling.een' : 'veld.scholen.telling', { binnen, totaal: echte.length, procent: tekst });
}

function sectieActiviteiten(staat, ctx) {
  const lijst = staat.activiteiten ?? [];
  return sectie(
    'sectie-activiteiten',
    '/activiteiten',
    t('sectie.activiteiten'),
    t('sectie.activiteiten.uitleg'),
    lijst.length === 0
      ? h('p', { class: 'utrecht-paragraph leeg' }, t('veld.activiteiten.leeg'))
      : h('ol', { class: 'activiteiten' }, lijst.map((a, i) => h('li', { class: 'activiteiten__item' }, activiteit(a, i, lijst.length, ctx)))),
    h('div', { class: 'utrecht-button-group' }, knop(t('veld.activiteit.toevoegen'), 'activiteit-toevoegen')),
  );
}

function activiteit(a, i, aantal, ctx) {
  const pad = `/activiteiten/${i}`;
  const n = i + 1;
  const context = t('veld.activiteit.context', { n });
  const knoppen = h(
    'div',
    { class: 'utrecht-button-group activiteit__knoppen' },
    i > 0 && knop(t('veld.activiteit.omhoog'), 'activiteit-omhoog', { index: i }, { context, klasse: 'utrecht-button--subtle' }),
    i < aantal - 1 && knop(t('veld.activiteit.omlaag'), 'activiteit-omlaag', { index: i }, { context, klasse: 'utrecht-button--subtle' }),
    knop(t('veld.activiteit.verwijderen'), 'activiteit-verwijderen', { index: i }, { context, klasse: 'utrecht-button--subtle' }),
  );
  if ('_ruw' in a) {
    return h(
      'section',
      { class: 'activiteit', 'aria-labelledby': `${idVoorPad(pad)}-kop` },
      h('h3', { class: 'utrecht-heading-3', id: `${idVoorPad(pad)}-kop` }, t('veld.activiteit', { n })),
      onleesbaar(pad, a, 'activiteit-verwijderen', { index: i }),
    );
  }
  const themas = motor.themas(ctx.regeling);
  const thema = themas.find((x) => x.id === a.thema);
  const el = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset activiteit' },
    h('legend', { class: 'activiteit__legend' }, h('h3', { class: 'utrecht-heading-3', id: `${idVoorPad(pad)}-kop` }, t('veld.activiteit', { n }))),
    knoppen,
    h('div', { class: 'meldingen', id: `${idVoorPad(pad)}-meldingen` }),
    h(
      'div',
      { class: 'raster' },
      veld({ pad: `${pad}/naam`, label: t('veld.naam'), control: tekstvak(a.naam), klasse: 'raster__breed' }),
      veld({
        pad: `${pad}/id`,
        label: t('veld.id'),
        uitleg: t('veld.id.uitleg'),
        control: tekstvak(a.id, { breedte: 'middel', spellcheck: 'false' }),
      }),
      veld({
        pad: `${pad}/thema`,
        label: t('veld.thema'),
        control: keuzelijst(
          themas.map((x) => ({ waarde: x.id, tekst: `${x.letter ? `${x.letter}. ` : ''}${x.naam[taal()] ?? x.naam.nl}` })),
          a.thema,
          { leeg: t('veld.thema.kies') },
        ),
      }),
      veld({
        pad: `${pad}/categorie`,
        label: t('veld.categorie'),
        uitleg: t('veld.categorie.uitleg'),
        control: categorieLijst(thema, a.categorie),
      }),
      h('div', { class: 'raster__breed' }, janee(`${pad}/binnen_focusgebied`, t('veld.binnen_focusgebied'), a.binnen_focusgebied)),
      h('div', { class: 'raster__breed' }, doelgroep(`${pad}/doelgroep`, a.doelgroep ?? {})),
      h('div', { class: 'raster__breed' }, begroting(`${pad}/begroting`, a.begroting ?? [], i, ctx)),
    ),
  );
  return markeer(el, pad);
}

/** The category select for a theme; a category of another theme stays, marked as such. */
export function categorieLijst(thema, huidig) {
  return keuzelijst(
    (thema?.categorieen ?? []).map((c) => ({ waarde: c.id, tekst: motor.categorieNaam(c) })),
    huidig,
    { leeg: t('veld.categorie.geen'), onbekend: (w) => t('veld.categorie.ander_thema', { waarde: w }) },
  );
}

function doelgroep(pad, d) {
  const id = idVoorPad(pad);
  const el = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset doelgroep' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t('veld.doelgroep')),
    h('div', { class: 'utrecht-form-field-description', id: `${id}-uitleg` }, t('veld.doelgroep.uitleg')),
    h('div', { class: 'meldingen', id: `${id}-meldingen` }),
    h(
      'div',
      { class: 'naast-elkaar' },
      veld({
        pad: `${pad}/leeftijd_van`,
        label: t('veld.leeftijd_van'),
        control: tekstvak(d.leeftijd_van, { soort: 'geheel', breedte: 'getal', inputmode: 'numeric' }),
      }),
      veld({
        pad: `${pad}/leeftijd_tot_en_met`,
        label: t('veld.leeftijd_tot_en_met'),
        control: tekstvak(d.leeftijd_tot_en_met, { soort: 'geheel', breedte: 'getal', inputmode: 'numeric' }),
      }),
    ),
  );
  return markeer(el, pad, [`${id}-uitleg`]);
}

function begroting(pad, regels, ai, ctx) {
  const id = idVoorPad(pad);
  const jaren = motor.jaren(ctx.regeling);
  const el = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset begroting' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t('veld.begroting')),
    h('div', { class: 'utrecht-form-field-description', id: `${id}-uitleg` }, t('veld.begroting.uitleg', { jaren: of(jaren) })),
    h('div', { class: 'meldingen', id: `${id}-meldingen` }),
    regels.map((r, j) => begrotingsregel(`${pad}/${j}`, r, ai, j)),
    h('div', { class: 'utrecht-button-group' }, knop(t('veld.begrotingsregel.toevoegen'), 'regel-toevoegen', { index: ai })),
  );
  return markeer(el, pad, [`${id}-uitleg`]);
}

function begrotingsregel(pad, r, ai, j) {
  const n = j + 1;
  const verwijder = knop(
    t('veld.begrotingsregel.verwijderen'),
    'regel-verwijderen',
    { index: ai, regel: j },
    { context: t('veld.begrotingsregel.context', { n, a: ai + 1 }), klasse: 'utrecht-button--subtle' },
  );
  if ('_ruw' in r) return onleesbaar(pad, r, 'regel-verwijderen', { index: ai, regel: j });
  const bedragId = idVoorPad(`${pad}/bedrag`);
  // An amount kept from a file as written is checked as written: no reading of the form's own.
  const alsBestand = zoalsBestand(r, 'bedrag');
  const gelezen = h(
    'div',
    { class: 'utrecht-form-field-description gelezen', id: `${bedragId}-gelezen` },
    alsBestand ? t('veld.bedrag.zoalsBestand') : bedragUitleg(r.bedrag),
  );
  const keuze = bedragKeuze(alsBestand ? '' : r.bedrag, `${pad}/bedrag`);
  keuze.id = `${bedragId}-keuze`;
  const el = h(
    'fieldset',
    { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset begrotingsregel' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t('veld.begrotingsregel', { n })),
    h('div', { class: 'meldingen', id: `${idVoorPad(pad)}-meldingen` }),
    h(
      'div',
      { class: 'naast-elkaar' },
      veld({ pad: `${pad}/jaar`, label: t('veld.jaar'), control: tekstvak(r.jaar, { soort: 'geheel', breedte: 'getal', inputmode: 'numeric' }) }),
      veld({
        pad: `${pad}/bedrag`,
        label: t('veld.bedrag'),
        extraUitleg: gelezen,
        control: tekstvak(r.bedrag, { soort: 'bedrag', breedte: 'bedrag', inputmode: 'decimal' }),
        na: keuze,
      }),
      veld({
        pad: `${pad}/besteding_in`,
        label: t('veld.besteding_in'),
        control: tekstvak(r.besteding_in, { soort: 'geheel', breedte: 'getal', inputmode: 'numeric' }),
      }),
      veld({
        pad: `${pad}/soort`,
        label: t('veld.soort'),
        control: keuzelijst(
          ['personeel', 'opslag'].map((w) => ({ waarde: w, tekst: t(`veld.soort.${w}`) })),
          r.soort,
          { leeg: t('veld.soort.activiteit') },
        ),
      }),
      h('div', { class: 'begrotingsregel__actie' }, verwijder),
    ),
  );
  return markeer(el, pad);
}

/**
 * "Gelezen als € 1.250.000,00." (or "Read as €1,250,000.00.") for a typed amount, read in the
 * page's language; for an amount that could mean two things, the question. Empty when nothing is
 * typed.
 */
export function bedragUitleg(tekst) {
  const { waarde, herkend, dubbelzinnig } = leesBedrag(tekst, taal());
  if (waarde === null) return '';
  if (dubbelzinnig) return t('veld.bedrag.dubbelzinnig', { a: schrijfBedrag(dubbelzinnig[0], taal()), b: schrijfBedrag(dubbelzinnig[1], taal()) });
  return herkend ? t('veld.bedrag.gelezen', { bedrag: schrijfBedrag(waarde, taal()) }) : t('veld.bedrag.onleesbaar');
}

/** For an amount that could mean two things: one button per reading, which writes it in full. */
export function bedragKeuze(tekst, pad) {
  const { dubbelzinnig } = leesBedrag(tekst, taal());
  return h(
    'div',
    { class: 'utrecht-button-group bedrag-keuze' },
    // Only readings the contract can hold (at most two decimals) can be chosen.
    (dubbelzinnig ?? []).filter((w) => /^-?[0-9]+\.[0-9]{2}$/.test(w)).map((w) =>
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', data: { actie: 'bedrag-kies', pad, waarde: w } }, t('veld.bedrag.kies', { bedrag: schrijfBedrag(w, taal()) })),
    ),
  );
}
