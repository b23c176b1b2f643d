// The assessor's overview in the browser (issue 14 part 3): several exported aanvragen opened at
// once, each checked with the engine as `toets` does, then their sums per geldstroom against the
// ceilings for all areas together. The same semantics and texts as the CLI's `kansrijke-wijk
// overzicht` (src/overzicht_aanvragen/mod.rs), computed here in JavaScript from the wasm's existing
// exports (`toetsJson` per file, `regels()` for the ceilings): the .wasm has no room for more.
// Amounts are added as BigInt cents, never as floats. Nothing is sent anywhere.

import { h, icoon, tabelKop } from './dom.js';
import { t, taal, tweetalig } from './i18n.js';
import { schrijfBedrag } from './bedrag.js';
import { melding } from './bevindingen.js';

const ERNSTEN = ['fout', 'ontbreekt', 'waarschuwing', 'info'];
const ZEKERHEDEN = ['geverifieerd', 'afgeleid', 'onbekend'];

/** The less certain of two zekerheden (the CLI's `max`: geverifieerd < afgeleid < onbekend). */
const minderZeker = (a, b) => ZEKERHEDEN[Math.max(ZEKERHEDEN.indexOf(a), ZEKERHEDEN.indexOf(b))];

/** The ernst of breaking a check of zekerheid `z`: fout, waarschuwing or info (Ernst::voor). */
const ernstVoor = (z) => (z === 'geverifieerd' ? 'fout' : z === 'afgeleid' ? 'waarschuwing' : 'info');

/** Cents as BigInt from a contract amount (`"1234.50"`, `"-5.00"`); null when it is none. */
export function centen(bedrag) {
  const m = /^(-?)([0-9]+)(?:\.([0-9]{1,2}))?$/.exec(String(bedrag ?? ''));
  if (!m) return null;
  const c = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -c : c;
}

/** A contract amount (`"1234.50"`) from BigInt cents. */
export function uitCenten(c) {
  const teken = c < 0n ? '-' : '';
  const a = c < 0n ? -c : c;
  return `${teken}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

const som = (...bedragen) => uitCenten(bedragen.reduce((s, b) => s + (centen(b) ?? 0n), 0n));
const euro = (b, en) => schrijfBedrag(b, en ? 'en' : 'nl');

/**
 * Read picked files as text. A file that cannot be read or is not UTF-8 gets `onleesbaar` (a
 * reason in Dutch and English), as the CLI reports it; the others get `tekst`.
 * @returns {Promise<Array<{ naam: string, tekst?: string, onleesbaar?: { nl: string, en: string } }>>}
 */
export async function leesBestanden(bestanden) {
  return Promise.all(
    [...bestanden].map(async (f) => {
      let bytes;
      try {
        bytes = await f.arrayBuffer();
      } catch (e) {
        return { naam: f.name, onleesbaar: { nl: `niet te lezen: ${e?.message ?? e}`, en: `cannot be read: ${e?.message ?? e}` } };
      }
      try {
        return { naam: f.name, tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { naam: f.name, onleesbaar: { nl: 'geen UTF-8-tekst', en: 'not UTF-8 text' } };
      }
    }),
  );
}

/**
 * The overview of `stukken` (from `leesBestanden`), in the shape of the CLI's `overzicht --json`:
 * `{ aanvragen, totalen, plafonds, bevindingen, onleesbaar }`. `toetsJson(tekst)` checks one file
 * (the engine's beoordeling as an object); `regelingen` is `regels().regelingen`.
 */
export function bereken(stukken, { toetsJson, regelingen }) {
  // Sorted by name, as the CLI reads a folder.
  const lijst = [...stukken].sort((a, b) => (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0));
  const aanvragen = [];
  const onleesbaar = [];
  for (const s of lijst) {
    if (s.onleesbaar) {
      onleesbaar.push({ bron: s.naam, reden: s.onleesbaar });
      continue;
    }
    const b = toetsJson(s.tekst);
    // Not JSON at all: the engine's one finding KW-INVOER-001 at the root. The CLI never checks
    // such a file; it lists it as unreadable, with the reason.
    if (b.bevindingen.length === 1 && b.bevindingen[0].code === 'KW-INVOER-001' && b.bevindingen[0].pad === '') {
      onleesbaar.push({ bron: s.naam, reden: b.bevindingen[0].melding });
      continue;
    }
    aanvragen.push(rij(s, b));
  }
  const totalen = [];
  const plafonds = [];
  const bevindingen = [];
  for (const r of regelingen) {
    const eigen = aanvragen.filter((a) => a.regeling === r.id);
    if (eigen.length === 0) continue;
    const totaal = somVan(r.id, eigen);
    plafondsVan(r, totaal, plafonds, bevindingen);
    dubbel(r, eigen, bevindingen);
    nietGelezenBevinding(totaal, eigen, bevindingen);
    totalen.push(totaal);
  }
  zonderRegeling(aanvragen, bevindingen);
  return { aanvragen, totalen, plafonds, bevindingen, onleesbaar };
}

const BEDRAG_PAD = /^\/activiteiten\/\d+\/begroting\/\d+\/bedrag$/;
const NIET_GELEZEN_CODES = new Set(['KW-BEDRAG-001', 'KW-BEDRAG-002', 'KW-BEDRAG-003', 'KW-INVOER-002']);

/**
 * The budget lines whose `bedrag` is present but could not be read (the CLI's `niet_gelezen`):
 * the distinct paths `/activiteiten/i/begroting/j/bedrag` with a fout KW-BEDRAG-001/-002/-003 or
 * KW-INVOER-002. Such a line is in none of the engine's totals.
 */
export function nietGelezen(b) {
  const paden = new Set();
  for (const f of b.bevindingen ?? []) {
    if (f.ernst === 'fout' && NIET_GELEZEN_CODES.has(f.code) && BEDRAG_PAD.test(f.pad ?? '')) paden.add(f.pad);
  }
  return paden.size;
}

/** The row of one checked file. */
function rij(stuk, b) {
  const ernst = Object.fromEntries(ERNSTEN.map((e) => [e, b.bevindingen.filter((x) => x.ernst === e).length]));
  let gemeente = b.focusgebied?.gemeente ?? null;
  if (!b.focusgebied) {
    // The area could not be resolved: the text the aanvraag gives, as the CLI shows it.
    try {
      const w = JSON.parse(stuk.tekst.replace(/^\uFEFF/, ''));
      gemeente = typeof w?.gemeente === 'string' ? w.gemeente : null;
    } catch {
      gemeente = null;
    }
  }
  const per_geldstroom = { ...b.totalen.per_geldstroom };
  // Money for a theme with no geldstroom (or no known theme): what is requested minus the streams.
  const zonder = centen(b.totalen.aangevraagd) - Object.values(per_geldstroom).reduce((s, w) => s + (centen(w) ?? 0n), 0n);
  return {
    bron: stuk.naam,
    regeling: b.regeling?.id ?? null,
    focusgebied: b.focusgebied?.id ?? null,
    focusgebied_naam: b.focusgebied?.naam ?? null,
    gemeente,
    uitkomst: b.uitkomst,
    ernst,
    aangevraagd: b.totalen.aangevraagd,
    per_geldstroom,
    zonder_geldstroom: uitCenten(zonder > 0n ? zonder : 0n),
    bedragen_niet_gelezen: nietGelezen(b),
  };
}

/** The sums over the aanvragen of one regulation. */
function somVan(regeling, eigen) {
  const per = {};
  for (const a of eigen) for (const [s, w] of Object.entries(a.per_geldstroom)) per[s] = som(per[s] ?? '0.00', w);
  const gesorteerd = Object.fromEntries(Object.keys(per).sort().map((s) => [s, per[s]]));
  return {
    regeling,
    aanvragen: eigen.length,
    aangevraagd: som(...eigen.map((a) => a.aangevraagd)),
    per_geldstroom: gesorteerd,
    zonder_geldstroom: som(...eigen.map((a) => a.zonder_geldstroom)),
    bedragen_niet_gelezen: eigen.reduce((n, a) => n + a.bedragen_niet_gelezen, 0),
    aanvragen_niet_gelezen: eigen.filter((a) => a.bedragen_niet_gelezen > 0).length,
  };
}

const regel = (r, id) => r.regels.find((x) => x.soort === 'regel' && x.id === id);
const bronVan = (x, { artikel = x?.artikel ?? null, zekerheid, toelichting = null } = {}) => ({
  vindplaats: x?.vindplaats ?? '',
  url: x?.url ?? '',
  artikel,
  zekerheid,
  toelichting,
});

/**
 * Whether the sum is above the ceiling by at least a cent, within it, not checked, or — with
 * amounts not read (`volledig` false) and the known ones within — onvolledig: unread amounts are
 * never counted as zero to call a sum within (the CLI's `stand`).
 */
function stand(plafond, aangevraagd, volledig = true) {
  if (plafond === null) return { status: 'niet_getoetst', boven_plafond: null };
  const over = centen(aangevraagd) - centen(plafond);
  if (over > 0n) return { status: 'boven', boven_plafond: uitCenten(over) };
  return { status: volledig ? 'binnen' : 'onvolledig', boven_plafond: null };
}

/** The subject of a sum of `n` aanvragen of regulation `r`, singular for one (the CLI's `vragen`). */
function vragen(n, r, en) {
  if (n === 1) return en ? `The application of ${r} requests` : `De aanvraag van ${r} vraagt`;
  return en ? `The ${n} applications of ${r} together request` : `De ${n} aanvragen van ${r} vragen samen`;
}

/** `n` with the singular or plural noun: `1 aanvraag`, `2 aanvragen`. */
const aantal = (n, enkel, meervoud) => `${n} ${n === 1 ? enkel : meervoud}`;

/** `3 bedragen in 1 aanvraag niet gelezen` and its English (the CLI's `onvolledig_tekst`). */
export function onvolledigTekst(bedragen, aanvragen) {
  return {
    nl: `${aantal(bedragen, 'bedrag', 'bedragen')} in ${aantal(aanvragen, 'aanvraag', 'aanvragen')} niet gelezen`,
    en: `${aantal(bedragen, 'amount', 'amounts')} in ${aantal(aanvragen, 'application', 'applications')} not read`,
  };
}

/** The ceilings of regulation `r` against the sums `t`, and a finding for each one exceeded. */
function plafondsVan(r, totaal, plafonds, bevindingen) {
  const perStroom = regel(r, 'plafond_per_geldstroom');
  const stromen = r.regels.filter((x) => x.soort === 'geldstroom');
  const onbekend = [];
  let somPlafonds = 0n;
  let allePlafonds = true;
  let somZekerheid = 'geverifieerd';
  const toelichting = perStroom?.toelichting ? { nl: perStroom.toelichting, en: perStroom.toelichting_en ?? perStroom.toelichting } : null;
  for (const s of stromen) {
    const plafond = centen(s.waarde) === null ? null : s.waarde;
    if (plafond === null) allePlafonds = false;
    else somPlafonds += centen(plafond);
    somZekerheid = minderZeker(somZekerheid, s.zekerheid);
    // As the CLI judges it: as certain as the ceiling and as which themes draw on the stream. That
    // coupling is the zekerheid of rule plafond_per_geldstroom here (tranche 2: the ceilings are
    // geverifieerd, the themes' streams afgeleid, so exceeding them warns).
    const zekerheid = plafond === null ? 'onbekend' : minderZeker(s.zekerheid, perStroom?.zekerheid ?? 'afgeleid');
    const aangevraagd = totaal.per_geldstroom[s.id] ?? '0.00';
    const { status, boven_plafond } = stand(plafond, aangevraagd, totaal.bedragen_niet_gelezen === 0);
    const bron = bronVan(s, { artikel: perStroom?.artikel ?? null, zekerheid, toelichting });
    if (status === 'niet_getoetst') onbekend.push(s.id);
    if (status === 'boven') {
      const tekst = (en) =>
        en
          ? `${vragen(totaal.aanvragen, r.id, true)} ${euro(aangevraagd, true)} from funding stream ${s.id}: ${euro(boven_plafond, true)} more than its budget of ${euro(plafond, true)} for all areas together.`
          : `${vragen(totaal.aanvragen, r.id, false)} ${euro(aangevraagd, false)} uit geldstroom ${s.id}: ${euro(boven_plafond, false)} meer dan het budget van ${euro(plafond, false)} voor alle gebieden samen.`;
      bevindingen.push({ code: 'KW-OVERZICHT-001', ernst: ernstVoor(zekerheid), regeling: r.id, aanvragen: [], melding: { nl: tekst(false), en: tekst(true) }, bron });
    }
    plafonds.push({ regeling: r.id, soort: 'geldstroom', geldstroom: s.id, plafond, aangevraagd, boven_plafond, status, regel: perStroom ? 'plafond_per_geldstroom' : null, bron });
  }
  if (onbekend.length) {
    const lijst = onbekend.join(', ');
    bevindingen.push({
      code: 'KW-OVERZICHT-003',
      ernst: 'info',
      regeling: r.id,
      aanvragen: [],
      melding: {
        nl: `Het budget van geldstroom ${lijst} (${r.id}) is onbekend; die som is niet getoetst.`,
        en: `The budget of funding stream ${lijst} (${r.id}) is unknown; that sum was not checked.`,
      },
      bron: perStroom ? bronVan(perStroom, { zekerheid: perStroom.zekerheid }) : null,
    });
  }
  const kandidaten = [];
  const totaalRegel = regel(r, 'totaal_plafond');
  if (totaalRegel) {
    const p = centen(totaalRegel.waarde) === null ? null : totaalRegel.waarde;
    const t2 = totaalRegel.toelichting ? { nl: totaalRegel.toelichting, en: totaalRegel.toelichting_en ?? totaalRegel.toelichting } : null;
    kandidaten.push({ soort: 'totaal', plafond: p, regel: 'totaal_plafond', bron: bronVan(totaalRegel, { zekerheid: p === null ? 'onbekend' : totaalRegel.zekerheid, toelichting: t2 }) });
  }
  if (allePlafonds && stromen.length) {
    const t2 = { nl: 'De som van de budgetten van alle geldstromen samen.', en: 'The sum of the budgets of all funding streams together.' };
    kandidaten.push({ soort: 'som_geldstromen', plafond: uitCenten(somPlafonds), regel: null, bron: bronVan(stromen[0], { artikel: null, zekerheid: somZekerheid, toelichting: t2 }) });
  }
  if (kandidaten.length === 0) kandidaten.push({ soort: 'totaal', plafond: null, regel: null, bron: bronVan(r, { artikel: null, zekerheid: 'onbekend' }) });
  // The regulation's budget caps everything requested; the streams' ceilings together cap only
  // what is requested from a stream (money without one is shown apart, `zonder_geldstroom`).
  const inStromen = som(...Object.values(totaal.per_geldstroom));
  for (const k of kandidaten) {
    const aangevraagd = k.soort === 'som_geldstromen' ? inStromen : totaal.aangevraagd;
    const { status, boven_plafond } = stand(k.plafond, aangevraagd, totaal.bedragen_niet_gelezen === 0);
    if (status === 'boven') {
      const ongeveer = k.bron.zekerheid !== 'geverifieerd' && k.soort === 'totaal';
      const tekst = (en) => {
        const wat = k.soort === 'som_geldstromen' ? (en ? 'the budgets of all funding streams together' : 'de budgetten van alle geldstromen samen') : en ? "the regulation's budget" : 'het budget van de regeling';
        const ong = ongeveer ? (en ? 'about ' : 'ongeveer ') : '';
        return en
          ? `${vragen(totaal.aanvragen, r.id, true)} ${euro(aangevraagd, true)}: ${euro(boven_plafond, true)} more than ${wat} (${ong}${euro(k.plafond, true)}).`
          : `${vragen(totaal.aanvragen, r.id, false)} ${euro(aangevraagd, false)}: ${euro(boven_plafond, false)} meer dan ${wat} (${ong}${euro(k.plafond, false)}).`;
      };
      bevindingen.push({ code: 'KW-OVERZICHT-002', ernst: ernstVoor(k.bron.zekerheid), regeling: r.id, aanvragen: [], melding: { nl: tekst(false), en: tekst(true) }, bron: k.bron });
    }
    plafonds.push({ regeling: r.id, soort: k.soort, geldstroom: null, plafond: k.plafond, aangevraagd, boven_plafond, status, regel: k.regel, bron: k.bron });
  }
}

/** A warning for each focusgebied that two or more aanvragen of one regulation name. */
function dubbel(r, eigen, bevindingen) {
  const aanvrager = regel(r, 'aanvrager_gemeente');
  const bron = aanvrager
    ? bronVan(aanvrager, {
        zekerheid: 'afgeleid',
        toelichting: {
          nl: 'Eén uitkering per gemeente voor haar focusgebied is afgeleid uit de begripsbepaling van gemeente.',
          en: 'One grant per gemeente for its focus area is inferred from the definition of gemeente.',
        },
      })
    : null;
  const perGebied = new Map();
  for (const a of eigen) if (a.focusgebied) perGebied.set(a.focusgebied, [...(perGebied.get(a.focusgebied) ?? []), a]);
  for (const gebied of [...perGebied.keys()].sort()) {
    const lijst = perGebied.get(gebied);
    if (lijst.length < 2) continue;
    const naam = lijst[0].focusgebied_naam ?? gebied;
    const bronnen = lijst.map((a) => a.bron);
    const opsomming = bronnen.join(', ');
    bevindingen.push({
      code: 'KW-OVERZICHT-004',
      ernst: 'waarschuwing',
      regeling: r.id,
      aanvragen: bronnen,
      melding: {
        nl: `${lijst.length} aanvragen voor focusgebied ${naam} in ${r.id} (${opsomming}): de gemeente vraagt één uitkering aan voor haar focusgebied, dus het geld telt dubbel.`,
        en: `${lijst.length} applications for focus area ${naam} in ${r.id} (${opsomming}): the gemeente applies for one grant for its focus area, so the money counts twice.`,
      },
      bron,
    });
  }
}

/**
 * KW-OVERZICHT-006: amounts of the regulation's aanvragen could not be read, so its sums are
 * incomplete and no ceiling can be called met (the CLI's `niet_gelezen_bevinding`).
 */
function nietGelezenBevinding(totaal, eigen, bevindingen) {
  if (totaal.bedragen_niet_gelezen === 0) return;
  const bronnen = eigen.filter((a) => a.bedragen_niet_gelezen > 0).map((a) => a.bron);
  const opsomming = bronnen.join(', ');
  const { nl, en } = onvolledigTekst(totaal.bedragen_niet_gelezen, totaal.aanvragen_niet_gelezen);
  bevindingen.push({
    code: 'KW-OVERZICHT-006',
    ernst: 'waarschuwing',
    regeling: totaal.regeling,
    aanvragen: bronnen,
    melding: {
      nl: `De sommen van ${totaal.regeling} zijn onvolledig: ${nl} (${opsomming}); ze tellen niet mee, dus of de plafonds gehaald worden is niet te zeggen. Herstel die bedragen (zie hun bevindingen KW-BEDRAG-…).`,
      en: `The sums of ${totaal.regeling} are incomplete: ${en} (${opsomming}); they are not counted, so whether the ceilings are met cannot be said. Correct those amounts (see their findings KW-BEDRAG-…).`,
    },
    bron: null,
  });
}

/** A note for the aanvragen without a regulation: their amounts count against no ceiling. */
function zonderRegeling(aanvragen, bevindingen) {
  const zonder = aanvragen.filter((a) => a.regeling === null).map((a) => a.bron);
  if (zonder.length === 0) return;
  const opsomming = zonder.join(', ');
  const [wiensNl, wiensEn] = zonder.length === 1 ? ['de bedragen van deze aanvraag tellen', 'its amounts count'] : ['hun bedragen tellen', 'their amounts count'];
  bevindingen.push({
    code: 'KW-OVERZICHT-005',
    ernst: 'info',
    regeling: null,
    aanvragen: zonder,
    melding: {
      nl: `Zonder regeling (${opsomming}): ${wiensNl} bij geen enkel plafond mee.`,
      en: `Without a regulation (${opsomming}): ${wiensEn} against no ceiling.`,
    },
    bron: null,
  });
}

// ---- the page ---------------------------------------------------------------------------------

const bedrag = (w) => schrijfBedrag(w, taal());

function cel(inhoud, { kop = false, getal = false, scope, data, klasse } = {}) {
  return h(
    kop ? 'th' : 'td',
    {
      class: [kop ? 'utrecht-table__header-cell' : 'utrecht-table__cell', getal && (kop ? 'utrecht-table__header-cell--numeric-column' : 'utrecht-table__cell--numeric-data'), klasse],
      scope,
      data,
    },
    inhoud,
  );
}

/** A table in a named, focusable scrolling region (reachable by keyboard when it scrolls). */
function tabel(id, bijschrift, soort, ...inhoud) {
  return h(
    'div',
    { class: 'utrecht-table-container tabel-scroll overzicht__tabel', role: 'region', tabindex: '0', 'aria-labelledby': id },
    h('table', { class: 'utrecht-table utrecht-table--html-table', data: { tabel: soort } }, h('caption', { class: 'utrecht-table__caption', id }, bijschrift), ...inhoud),
  );
}

/** Every geldstroom of a row or a ceiling, sorted (the columns of the first table). */
function geldstromen(o) {
  const s = new Set();
  for (const a of o.aanvragen) for (const k of Object.keys(a.per_geldstroom)) s.add(k);
  for (const p of o.plafonds) if (p.geldstroom) s.add(p.geldstroom);
  return [...s].sort();
}

function plafondNaam(p) {
  if (p.soort === 'geldstroom') return t('overzicht.plafond.geldstroom', { geldstroom: p.geldstroom });
  return t(`overzicht.plafond.${p.soort}`);
}

/** The status of a ceiling in words, with the ernst of exceeding it (fout / waarschuwing). */
function standTekst(p) {
  if (p.status === 'niet_getoetst') return [icoon('info'), t('overzicht.stand.niet_getoetst')];
  if (p.status === 'binnen') return [icoon('voldoet'), t('overzicht.stand.binnen')];
  if (p.status === 'onvolledig') return [icoon('waarschuwing'), h('strong', {}, t('overzicht.stand.onvolledig'))];
  const e = ernstVoor(p.bron.zekerheid);
  return [icoon(e), h('strong', {}, t('overzicht.stand.boven', { ernst: t(`ernst.${e}`), bedrag: bedrag(p.boven_plafond) }))];
}

function bronTekst(bron) {
  const tekst = [bron.vindplaats, bron.artikel ? t('bron.artikel', { artikel: bron.artikel }) : null].filter(Boolean).join(', ');
  return bron.url ? h('a', { class: 'utrecht-link utrecht-link--external', href: bron.url, target: '_blank', rel: 'noopener noreferrer external' }, tekst, h('span', { class: 'sr-alleen' }, ` ${t('bron.nieuwvenster')}`)) : tekst;
}

/**
 * The overview section's content: heading (focus goes there), the table of aanvragen, the sums
 * against the ceilings, the findings over the aanvragen together, and what could not be read.
 */
export function overzichtBlok(o) {
  const stromen = geldstromen(o);
  const aantal = t(o.aanvragen.length === 1 ? 'overzicht.aantal.1' : 'overzicht.aantal', { n: o.aanvragen.length, m: o.onleesbaar.length });
  return [
    h('h2', { class: 'utrecht-heading-2', id: 'overzicht-kop', tabindex: '-1' }, t('overzicht.kop')),
    h('p', { class: 'utrecht-paragraph', id: 'overzicht-aantal', data: { aanvragen: o.aanvragen.length, onleesbaar: o.onleesbaar.length } }, aantal),
    h('p', { class: 'utrecht-paragraph' }, t('overzicht.uitleg')),
    o.aanvragen.length
      ? tabel(
          'overzicht-aanvragen-bijschrift',
          t('overzicht.aanvragen.bijschrift'),
          'overzicht-aanvragen',
          tabelKop([
            ...['bestand', 'regeling', 'focusgebied', 'gemeente', 'uitkomst'].map((k) => cel(t(`overzicht.kolom.${k}`), { kop: true, scope: 'col' })),
            ...ERNSTEN.map((e) => cel(t(`ernst.${e}`), { kop: true, getal: true, scope: 'col' })),
            ...stromen.map((s) => cel(s, { kop: true, getal: true, scope: 'col' })),
            cel(t('overzicht.kolom.zonder_geldstroom'), { kop: true, getal: true, scope: 'col' }),
            cel(t('beoordeling.totalen.totaal'), { kop: true, getal: true, scope: 'col' }),
            cel(t('overzicht.kolom.niet_gelezen'), { kop: true, getal: true, scope: 'col' }),
          ]),
          h(
            'tbody',
            { class: 'utrecht-table__body' },
            o.aanvragen.map((a) =>
              h(
                'tr',
                { class: 'utrecht-table__row', data: { bron: a.bron } },
                cel(h('code', {}, a.bron), { kop: true, scope: 'row' }),
                cel(a.regeling ?? '–', { klasse: 'overzicht__kort' }),
                cel(a.focusgebied_naam ?? '–'),
                cel(a.gemeente ?? '–'),
                cel(t(`beoordeling.uitkomst.${a.uitkomst}`), { data: { uitkomst: a.uitkomst } }),
                ERNSTEN.map((e) => cel(String(a.ernst[e]), { getal: true, data: { ernst: e } })),
                stromen.map((s) => cel(a.per_geldstroom[s] === undefined ? '–' : bedrag(a.per_geldstroom[s]), { getal: true, data: { geldstroom: s, bedrag: a.per_geldstroom[s] } })),
                cel(bedrag(a.zonder_geldstroom), { getal: true, data: { zonder: 'geldstroom', bedrag: a.zonder_geldstroom } }),
                cel(bedrag(a.aangevraagd), { getal: true, data: { totaal: 'aangevraagd', bedrag: a.aangevraagd } }),
                cel(a.bedragen_niet_gelezen ? h('strong', {}, String(a.bedragen_niet_gelezen)) : '0', { getal: true, data: { nietGelezen: a.bedragen_niet_gelezen } }),
              ),
            ),
          ),
          h(
            'tfoot',
            { class: 'utrecht-table__footer' },
            o.totalen.map((tt) =>
              h(
                'tr',
                { class: 'utrecht-table__row', data: { regeling: tt.regeling } },
                h('th', { class: 'utrecht-table__header-cell', scope: 'row', colspan: 9 }, t(tt.aanvragen === 1 ? 'overzicht.som.1' : 'overzicht.som', { regeling: tt.regeling, n: tt.aanvragen })),
                stromen.map((s) => cel(tt.per_geldstroom[s] === undefined ? '–' : bedrag(tt.per_geldstroom[s]), { getal: true, data: { geldstroom: s, bedrag: tt.per_geldstroom[s] } })),
                cel(bedrag(tt.zonder_geldstroom), { getal: true, data: { zonder: 'geldstroom', bedrag: tt.zonder_geldstroom } }),
                cel(bedrag(tt.aangevraagd), { getal: true, data: { totaal: 'aangevraagd', bedrag: tt.aangevraagd } }),
                cel(tt.bedragen_niet_gelezen ? h('strong', {}, String(tt.bedragen_niet_gelezen)) : '0', {
                  getal: true,
                  data: { nietGelezen: tt.bedragen_niet_gelezen, aanvragenNietGelezen: tt.aanvragen_niet_gelezen },
                }),
              ),
            ),
          ),
        )
      : null,
    o.aanvragen.length
      ? h('p', { class: 'utrecht-paragraph', id: 'overzicht-kolommen-uitleg' }, t('overzicht.zonder_geldstroom.uitleg'), ' ', t('overzicht.niet_gelezen.uitleg'))
      : null,
    o.plafonds.length
      ? tabel(
          'overzicht-plafonds-bijschrift',
          t('overzicht.plafonds.bijschrift'),
          'overzicht-plafonds',
          tabelKop(
            ['plafond', 'regeling', 'aangevraagd', 'bedrag', 'stand', 'zekerheid', 'bron'].map((k) =>
              cel(t(`overzicht.plafonds.${k}`), { kop: true, scope: 'col', getal: ['aangevraagd', 'bedrag'].includes(k) }),
            ),
          ),
          h(
            'tbody',
            { class: 'utrecht-table__body' },
            o.plafonds.map((p) =>
              h(
                'tr',
                {
                  class: ['utrecht-table__row', `overzicht__plafond--${p.status}`],
                  data: { regeling: p.regeling, plafond: p.geldstroom ?? p.soort, status: p.status, aangevraagd: p.aangevraagd, bedrag: p.plafond ?? 'onbekend' },
                },
                cel(plafondNaam(p), { kop: true, scope: 'row' }),
                cel(p.regeling, { klasse: 'overzicht__kort' }),
                cel(bedrag(p.aangevraagd), { getal: true }),
                cel(p.plafond === null ? t('overzicht.onbekend') : bedrag(p.plafond), { getal: true }),
                cel(h('span', { class: 'overzicht__stand' }, standTekst(p))),
                cel(t(`overzicht.zekerheid.${p.bron.zekerheid}`)),
                cel(bronTekst(p.bron)),
              ),
            ),
          ),
        )
      : null,
    o.aanvragen.length ? h('p', { class: 'utrecht-paragraph' }, t('overzicht.geen_jaarplafond')) : null,
    h('h3', { class: 'utrecht-heading-3' }, t('overzicht.bevindingen.kop')),
    o.bevindingen.length
      ? h(
          'ul',
          { class: 'overzicht__bevindingen', data: { aantal: o.bevindingen.length } },
          o.bevindingen.map((b) => h('li', {}, melding({ ...b, pad: '', zoalsBestand: true, melding: { nl: `${b.code}: ${b.melding.nl}`, en: `${b.code}: ${b.melding.en}` } }))),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('overzicht.bevindingen.geen')),
    o.onleesbaar.length
      ? [
          h('h3', { class: 'utrecht-heading-3' }, t('overzicht.onleesbaar.kop')),
          h(
            'ul',
            { class: 'utrecht-unordered-list overzicht__onleesbaar' },
            o.onleesbaar.map((x) => h('li', { class: 'utrecht-unordered-list__item', data: { bron: x.bron } }, h('code', {}, x.bron), `: ${tweetalig(x.reden)}`)),
          ),
        ]
      : null,
    h(
      'div',
      { class: 'utrecht-button-group' },
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', data: { actie: 'overzicht-afdrukken' } }, t('overzicht.afdrukken')),
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', data: { actie: 'overzicht-sluiten' } }, t('overzicht.sluiten')),
    ),
  ];
}
