// Shared helpers for the browser tests of the web form: the local server, Debian's Chromium driven
// by playwright-core, a recorder for every request the page makes, and filling in the form the way
// a person does (typing, choosing, leaving fields with Tab).

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-www.mjs';

export const WORTEL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTATEN = join(WORTEL, 'test-results');
export const VOORBEELD_PAD = join(WORTEL, 'examples', 'groningen-noord-school-en-omgeving.json');
export const VOORBEELD = JSON.parse(readFileSync(VOORBEELD_PAD, 'utf8'));
/** The built form the tests serve: www/dist, or another build (KW_WWW_DIST, e.g. an older one). */
export const DIST = resolve(process.env.KW_WWW_DIST ?? join(WORTEL, 'www', 'dist'));

/** Chromium from Debian (never a downloaded browser), headless and quiet on the network. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** axe-core as a file of the test server's own origin (see `axe`). */
export const AXE_URL = '/test/axe.min.js';
const TEST_BESTANDEN = { [AXE_URL]: join(WORTEL, 'node_modules', 'axe-core', 'axe.min.js') };

/** The browser alone (for tests that run servers of their own). */
export function startBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Start the server on a free port and the browser. Call `stop()` when done. */
export async function start() {
  const browser = await startBrowser();
  const server = await startServer({ root: DIST, port: 0, extra: TEST_BESTANDEN });
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context and page that records every request and every console error.
 * @returns {Promise<{ context, page, verzoeken: string[], fouten: string[] }>}
 */
export async function nieuwePagina(omgeving, { taal = 'nl-NL', viewport = { width: 1280, height: 1000 } } = {}) {
  const context = await omgeving.browser.newContext({ locale: taal, viewport, acceptDownloads: true });
  const page = await context.newPage();
  const verzoeken = [];
  const fouten = [];
  page.on('request', (r) => verzoeken.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  page.on('pageerror', (e) => fouten.push(String(e)));
  return { context, page, verzoeken, fouten };
}

/** Open the form and wait until the checker is loaded and the form is built. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-klaar="true"]');
}

/** The id of the control for a JSON Pointer (same rule as www/js/pad.js). */
export function veld(pad) {
  return `#veld-${pad.slice(1).split('/').join('-')}`;
}

/** Type into a text field and leave it with Tab, as a person does. */
export async function typ(page, pad, tekst) {
  const el = page.locator(veld(pad));
  await el.fill(tekst);
  await el.press('Tab');
}

/** Choose an option of a select. */
export async function kies(page, pad, waarde) {
  await page.locator(veld(pad)).selectOption(waarde);
}

/** Answer a yes/no question. */
export async function janee(page, pad, ja) {
  await page.locator(`${veld(pad)}-${ja ? 'ja' : 'nee'}`).check();
}

/** Amounts typed the Dutch way, in turns: "€ 350.000" and "350.000,00". */
export function nederlandsBedrag(contract, i) {
  const [heel, dec] = contract.split('.');
  const gegroepeerd = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return i % 2 === 0 ? `€ ${gegroepeerd}` : `${gegroepeerd},${dec}`;
}

/** Fill in an aanvraag (the contract's JSON) through the form's controls. */
export async function vulIn(page, a) {
  if (a.regeling) await kies(page, '/regeling', a.regeling);
  if (a.ingediend_op) {
    const [j, m, d] = a.ingediend_op.split('-');
    await typ(page, '/ingediend_op', `${d}-${m}-${j}`);
  }
  await kies(page, '/gemeente', a.gemeente);
  await kies(page, '/focusgebied', a.focusgebied);
  for (const [k, w] of Object.entries(a.alliantie ?? {})) await janee(page, `/alliantie/${k}`, w);
  for (const [i, s] of (a.coalitie?.scholen ?? []).entries()) {
    await page.getByRole('button', { name: /School toevoegen|Add a school/ }).click();
    await typ(page, `/coalitie/scholen/${i}/naam`, s.naam);
    if (s.brin) await typ(page, `/coalitie/scholen/${i}/brin`, s.brin);
    await kies(page, `/coalitie/scholen/${i}/binnen_focusgebied`, s.binnen_focusgebied ? 'ja' : 'nee');
  }
  for (const [i, act] of (a.activiteiten ?? []).entries()) {
    await page.getByRole('button', { name: /Activiteit toevoegen|Add an activity/ }).click();
    const p = `/activiteiten/${i}`;
    await typ(page, `${p}/naam`, act.naam);
    await typ(page, `${p}/id`, act.id);
    await kies(page, `${p}/thema`, act.thema);
    if (act.categorie) await kies(page, `${p}/categorie`, act.categorie);
    await janee(page, `${p}/binnen_focusgebied`, act.binnen_focusgebied);
    if (act.doelgroep) {
      await typ(page, `${p}/doelgroep/leeftijd_van`, String(act.doelgroep.leeftijd_van));
      await typ(page, `${p}/doelgroep/leeftijd_tot_en_met`, String(act.doelgroep.leeftijd_tot_en_met));
    }
    for (const [j, r] of act.begroting.entries()) {
      if (j > 0) await page.locator(`button[data-actie="regel-toevoegen"][data-index="${i}"]`).click();
      const q = `${p}/begroting/${j}`;
      await typ(page, `${q}/jaar`, String(r.jaar));
      await typ(page, `${q}/bedrag`, nederlandsBedrag(r.bedrag, j));
      if (r.besteding_in) await typ(page, `${q}/besteding_in`, String(r.besteding_in));
      if (r.soort && r.soort !== 'activiteit') await kies(page, `${q}/soort`, r.soort);
    }
  }
}

/** Where a test artefact goes (test-results/, created when needed). */
export function artefact(naam) {
  mkdirSync(RESULTATEN, { recursive: true });
  return join(RESULTATEN, naam);
}

/**
 * Run axe-core (from node_modules) in the page with the WCAG 2.1 A and AA tags. It is loaded as a
 * file of the page's own origin (`<script src>`), not injected inline, so it runs under the page's
 * real Content-Security-Policy: no `bypassCSP`.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_URL });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}
