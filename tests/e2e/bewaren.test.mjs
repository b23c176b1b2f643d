// Browser tests (Debian's Chromium via playwright-core) that nothing typed is ever lost or misread,
// nothing shown is stale, and the form works offline after one visit: English and Dutch amounts,
// undo after a reload, the error summary after a change of structure, two tabs, the layout at
// 320 px and in the side panel, safe file names, the service worker, English throughout, and the
// theme list when a date is typed. Each test does what a person does: type, Tab, click, reload,
// open a second tab, switch the network off.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve-www.mjs';
import { DIST, VOORBEELD, VOORBEELD_PAD, WORTEL, kies, nieuwePagina, open, start, startBrowser, typ, veld } from './helpers.mjs';

const wasm = createRequire(import.meta.url)(join(WORTEL, 'pkg', 'node', 'kansrijke_wijk.js'));

let omgeving;
before(async () => {
  omgeving = await start();
});
after(async () => {
  await omgeving?.stop();
});

async function metVoorbeeld(opties, bestand = VOORBEELD_PAD) {
  const p = await nieuwePagina(omgeving, opties);
  await open(p.page, omgeving.url);
  await p.page.locator('#import-bestand').setInputFiles(bestand);
  await p.page.waitForSelector('#acties-status .utrecht-alert');
  return p;
}

const uitkomst = (page) => page.locator('#beoordeling-paneel .uitkomst').getAttribute('data-uitkomst');
const herlaad = async (page) => {
  await page.reload();
  await page.waitForSelector('body[data-klaar="true"]');
};
async function exporteer(page, knop = /Aanvraag opslaan als bestand|Save application as a file/) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: knop }).click();
  const d = await download;
  return { naam: d.suggestedFilename(), aanvraag: JSON.parse(readFileSync(await d.path(), 'utf8')) };
}

describe('niets wat u typt gaat verloren of wordt verkeerd gelezen', () => {
  test('1. in het Engels zijn 800,000 en €1,250 duizendtallen; 1.250 is een vraag, geen gok', async () => {
    const { context, page, fouten } = await metVoorbeeld();
    await page.getByRole('button', { name: 'English' }).click();
    const bedrag = '/activiteiten/0/begroting/0/bedrag';
    const hint = page.locator('#veld-activiteiten-0-begroting-0-bedrag-gelezen');
    for (const [tekst, gelezen] of [
      ['800,000', '€800,000.00'],
      ['800,000.00', '€800,000.00'],
      ['€1,250', '€1,250.00'],
      ['€800,000', '€800,000.00'],
    ]) {
      await typ(page, bedrag, tekst);
      assert.equal(await hint.innerText(), `Read as ${gelezen}.`, tekst);
    }
    // €800,000 in the first line: the total is 1,455,000 - 350,000 + 800,000.
    assert.match(await page.locator('table[data-tabel="per-thema"] [data-totaal="aangevraagd"]').innerText(), /€1,905,000\.00/);
    assert.equal((await exporteer(page)).aanvraag.activiteiten[0].begroting[0].bedrag, '800000.00');

    // "1.250" could be €1,250.00 or €1.25: asked at the field, not guessed, and not sent as either.
    await typ(page, bedrag, '1.250');
    assert.equal(await hint.innerText(), 'Unclear: €1,250.00 or €1.25? Choose what you mean.');
    const melding = page.locator('#veld-activiteiten-0-begroting-0-bedrag-meldingen .melding--fout');
    assert.match(await melding.innerText(), /“1\.250” could mean €1,250\.00 or €1\.25/);
    assert.equal(await page.locator(veld(bedrag)).getAttribute('aria-invalid'), 'true');
    assert.equal(await uitkomst(page), 'voldoet_niet');
    await page.getByRole('button', { name: 'Check application' }).click();
    const link = page.locator('#foutsamenvatting a[href="#veld-activiteiten-0-begroting-0-bedrag"]');
    assert.match(await link.innerText(), /could mean/);
    assert.doesNotMatch(await page.locator('table[data-tabel="per-thema"]').innerText(), /€1\.25\b|€1,250\.00/);
    // The print view too gives it as typed, marked, not as one of the two readings.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const afdruk = await page.locator('#afdruk').innerText();
    assert.match(afdruk, /1\.250 \(unclear, see the message\)/);
    assert.match(afdruk, /could mean €1,250\.00 or €1\.25/);
    await page.getByRole('button', { name: 'I mean €1,250.00' }).click();
    assert.equal(await page.locator(veld(bedrag)).inputValue(), '1,250.00');
    assert.equal(await hint.innerText(), 'Read as €1,250.00.');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'veld-activiteiten-0-begroting-0-bedrag');
    assert.equal(await melding.count(), 0);

    // Back to Dutch: the amount typed in English is rewritten the Dutch way, the same amount.
    await typ(page, bedrag, '800,000');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    assert.equal(await page.locator(veld(bedrag)).inputValue(), '800.000');
    assert.equal(await hint.innerText(), 'Gelezen als € 800.000,00.');
    // In Dutch, "1,250" is the question and "800.000" is thousands.
    await typ(page, bedrag, '1,250');
    assert.equal(await hint.innerText(), 'Niet duidelijk: € 1.250,00 of € 1,25? Kies wat u bedoelt.');
    await page.getByRole('button', { name: '€ 1,25 bedoeld' }).click();
    assert.equal(await page.locator(veld(bedrag)).inputValue(), '1,25');
    assert.equal(await hint.innerText(), 'Gelezen als € 1,25.');
    assert.deepEqual(fouten, []);
    await context.close();
  });

  test('2. leegmaken vraagt eerst, en is na herladen nog ongedaan te maken; importeren ook', async () => {
    const { context, page } = await metVoorbeeld();
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    // It asks first; "No" changes nothing.
    await page.getByRole('button', { name: 'Nee, niets veranderen' }).click();
    assert.equal(await page.locator(veld('/activiteiten/1/naam')).inputValue(), VOORBEELD.activiteiten[1].naam);
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    await page.getByRole('button', { name: 'Ja, formulier leegmaken' }).click();
    assert.equal(await page.locator('.activiteiten > li').count(), 0);
    await herlaad(page);
    // After a reload: no "your draft was restored" over an empty form, but the way back.
    const status = page.locator('#acties-status');
    assert.doesNotMatch(await status.innerText(), /concept van .* is teruggezet/);
    assert.match(await status.innerText(), /leeggemaakt.*bewaard en kan terug/s);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.equal(await page.locator(veld('/activiteiten/1/naam')).inputValue(), VOORBEELD.activiteiten[1].naam);
    assert.equal(await uitkomst(page), 'voldoet');

    // Importing a file over typed work: the work comes back after a reload too.
    await typ(page, '/activiteiten/0/naam', 'Mijn eigen naam');
    await page.locator('#import-bestand').setInputFiles(join(WORTEL, 'examples', 'heerlen-noord-re-integratie.json'));
    await page.waitForSelector('#acties-status :text("heerlen-noord")');
    assert.notEqual(await page.locator(veld('/activiteiten/0/naam')).inputValue(), 'Mijn eigen naam');
    await herlaad(page);
    assert.match(await page.locator('#acties-status').innerText(), /heerlen-noord-re-integratie\.json.*kan terug/s);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.equal(await page.locator(veld('/activiteiten/0/naam')).inputValue(), 'Mijn eigen naam');
    // Undo swaps: the opened file is kept in its turn, so undo is never a loss either.
    await herlaad(page);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.equal(await page.locator(veld('/gemeente')).inputValue(), 'GM0917');
    await context.close();
  });

  test('3. na verplaatsen of verwijderen wijzen de links in de foutsamenvatting naar het juiste veld', async () => {
    const { context, page } = await metVoorbeeld();
    await typ(page, '/activiteiten/1/begroting/0/bedrag', 'heel veel');
    await typ(page, '/activiteiten/0/begroting/2/jaar', '2029');
    await page.getByRole('button', { name: 'Aanvraag controleren' }).click();
    const samenvatting = page.locator('#foutsamenvatting');
    const links = async () => samenvatting.locator('.samenvatting__lijst:not(.samenvatting__lijst--overig) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(await links(), ['#veld-activiteiten-0-begroting-2-jaar', '#veld-activiteiten-1-begroting-0-bedrag']);

    // Move the second activity up: the unreadable amount is now in activity 1.
    await page.locator('button[data-actie="activiteit-omhoog"][data-index="1"]').click();
    assert.deepEqual((await links()).sort(), ['#veld-activiteiten-0-begroting-0-bedrag', '#veld-activiteiten-1-begroting-2-jaar']);
    await samenvatting.locator('a[href="#veld-activiteiten-0-begroting-0-bedrag"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.value), 'heel veel');

    // Remove a budget line before the wrong year: the link follows the year to its new place.
    await page.locator('button[data-actie="regel-verwijderen"][data-index="1"][data-regel="0"]').click();
    assert.ok((await links()).includes('#veld-activiteiten-1-begroting-1-jaar'), String(await links()));
    await samenvatting.locator('a[href="#veld-activiteiten-1-begroting-1-jaar"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.value), '2029');
    // Every link lands on a field with a message of its own.
    for (const href of await links()) {
      assert.ok((await page.locator(`${href}-meldingen .melding`).count()) > 0, `${href} has its message`);
    }
    await context.close();
  });

  test('4. twee tabbladen: elk ziet het andere, en geen van beide verliest zijn werk', async () => {
    const { context, page: a } = await nieuwePagina(omgeving);
    await open(a, omgeving.url);
    const b = await context.newPage();
    await open(b, omgeving.url);
    // Each tab says the form is open in another tab too.
    await a.waitForSelector('#tabblad-status :text("ook in een ander tabblad open")');
    await b.waitForSelector('#tabblad-status :text("ook in een ander tabblad open")');

    // Tab A adds an activity; tab B, which does not have it, chooses a gemeente.
    await a.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await a.locator(veld('/activiteiten/0/naam')).pressSequentially('Werk uit tabblad A');
    await b.waitForSelector('#tabblad-status :text("gewijzigd")');
    assert.match(await b.locator('#tabblad-status').innerText(), /In een ander tabblad is dit formulier om .* gewijzigd/);
    await kies(b, '/gemeente', 'GM0344');

    // A reloads: it gets the latest draft (B's), and A's own work is kept, one click away.
    await herlaad(a);
    assert.equal(await a.locator(veld('/gemeente')).inputValue(), 'GM0344');
    assert.match(await a.locator('#tabblad-status').innerText(), /in een ander tabblad werd vervangen, is bewaard/);
    await a.getByRole('button', { name: 'Die versie hier openen' }).click();
    assert.equal(await a.locator(veld('/activiteiten/0/naam')).inputValue(), 'Werk uit tabblad A');
    // And B's work, which that replaced in tab A, can come back with undo.
    await a.getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.equal(await a.locator(veld('/gemeente')).inputValue(), 'GM0344');
    await context.close();
  });

  test('5. de totalen per thema passen in de zijkolom, en op 320 px scrolt de pagina niet opzij', async () => {
    const meer = structuredClone(VOORBEELD);
    meer.activiteiten.push(
      { id: 'samen', naam: 'Samen in de wijk', thema: 'maatschappelijke_samenhang', binnen_focusgebied: true, begroting: [{ jaar: 2026, bedrag: '1250000.00' }, { jaar: 2027, bedrag: '1250000.00' }] },
      { id: 'geld', naam: 'Geldlessen', thema: 'financiele_educatie', binnen_focusgebied: true, begroting: [{ jaar: 2026, bedrag: '250000.00' }, { jaar: 2028, bedrag: '99250000.00' }] },
      { id: 'werk', naam: 'Werk', thema: 're_integratie_en_preventie_geldzorgen', binnen_focusgebied: true, begroting: [{ jaar: 2028, bedrag: '350000.00' }] },
    );
    const bestand = { name: 'meer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(meer)) };
    const { context, page } = await nieuwePagina(omgeving, { viewport: { width: 1280, height: 1000 } });
    await open(page, omgeving.url);
    await page.locator('#import-bestand').setInputFiles(bestand);
    await page.waitForSelector('#acties-status :text("meer.json")');
    const tabel = page.locator('table[data-tabel="per-thema"]');
    for (const breedte of [1280, 1600, 1920]) {
      await page.setViewportSize({ width: breedte, height: 1000 });
      const maat = await tabel.evaluate((t) => ({ tabel: t.getBoundingClientRect().width, bak: t.parentElement.clientWidth }));
      assert.ok(Math.floor(maat.tabel) <= maat.bak, `${breedte} px: the table (${maat.tabel}) fits its column (${maat.bak})`);
    }
    assert.match(await tabel.innerText(), /Financiële educatie/);
    assert.match(await tabel.innerText(), /€ 103\.805\.000,00/);

    // 400 % zoom: 320 CSS px. Nothing but the data tables' own scroll regions may be wider.
    for (const taal of ['nl', 'en']) {
      await page.setViewportSize({ width: 320, height: 800 });
      if (taal === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: /Aanvraag controleren|Check application/ }).click();
      const breed = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breed <= 320, `${taal}: the page is ${breed} px wide at 320 px`);
    }
    await context.close();
  });

  test('6. de bestandsnaam komt uit gebied en een geldige datum, nooit uit wat er getypt staat', async () => {
    const { context, page } = await metVoorbeeld();
    assert.equal((await exporteer(page)).naam, 'aanvraag-kansrijke-wijk-groningen-noord-2025-07-15.json');
    await typ(page, '/ingediend_op', '9'.repeat(10_000));
    const { naam, aanvraag } = await exporteer(page);
    assert.equal(naam, 'aanvraag-kansrijke-wijk-groningen-noord.json');
    assert.equal(aanvraag.ingediend_op.length, 10_000, 'the file itself keeps what was typed');
    await context.close();
  });

  // Needs the engine of issue 9 (naam_en, samenstelling_en, as agreed): fails until that is merged.
  test('8. Engels overal: categorieën, samenstelling van het gebied, de voettekst en de afdruk', async () => {
    const { context, page } = await metVoorbeeld();
    await page.getByRole('button', { name: 'English' }).click();
    const regels = wasm.regels();
    const categorie = regels.regelingen.find((r) => r.id === '2026-2028').themas.find((x) => x.id === 'school_en_omgeving').categorieen.find((c) => c.id === 'ontdeklab');
    const gebied = wasm.gebieden().find((g) => g.id === 'groningen-noord');
    // The engine gives the English names (naam_en, samenstelling_en); the form shows them.
    assert.equal(typeof categorie.naam_en, 'string', 'regels() gives naam_en for categories');
    assert.equal(typeof gebied.samenstelling_en, 'string', 'gebieden() gives samenstelling_en');
    const gekozen = await page.locator(`${veld('/activiteiten/1/categorie')} option:checked`).innerText();
    assert.equal(gekozen, categorie.naam_en);
    assert.equal(await page.locator('#veld-focusgebied-samenstelling').innerText(), gebied.samenstelling_en);
    // The footer is a sentence.
    const voet = await page.locator('#versie').innerText();
    assert.match(voet, /^Checker version [0-9.]+, with the rule set whose fingerprint \(SHA-256\) is [0-9a-f]{12}…\.$/);
    assert.doesNotMatch(voet, /regels/);
    // The print view too.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const afdruk = await page.locator('#afdruk').innerText();
    assert.match(afdruk, /Made on .* with checker version [0-9.]+ \(rule set [0-9a-f]{12}…\)/);
    assert.ok(afdruk.includes(categorie.naam_en), 'the print view names the category in English');
    assert.ok(afdruk.includes(gebied.samenstelling_en), 'the print view gives the composition in English');
    assert.doesNotMatch(afdruk, /Gelezen als|regels [0-9a-f]/i);
    await context.close();
  });

  // The note about the annex of maxima is the engine's text (bron.toelichting, Dutch only today).
  // The form shows it in English once the engine gives it as { nl, en } or toelichting_en; that is
  // not yet agreed with issue 9, so this test is a todo until the engine gives one of them.
  const motorGeeftEngelseNoot = (() => {
    const b = wasm.toets(VOORBEELD).bevindingen.find((x) => x.bron?.toelichting && /bijlage/i.test(JSON.stringify(x.bron.toelichting)));
    return !b || typeof b.bron.toelichting === 'object' || typeof b.bron.toelichting_en === 'string';
  })();
  test('8c. de noot bij de bijlage met maxima staat in het Engels', { todo: motorGeeftEngelseNoot ? false : 'the engine gives bron.toelichting in Dutch only (issue 9)' }, async () => {
    const { context, page } = await metVoorbeeld();
    await page.getByRole('button', { name: 'English' }).click();
    const noot = page.locator('#veld-activiteiten-0-thema-meldingen .melding__toelichting');
    assert.ok((await noot.count()) > 0, 'the theme has a message with a note');
    assert.doesNotMatch(await noot.first().innerText(), /bijlage/i);
    assert.equal(await noot.first().locator('[lang="nl"]').count(), 0);
    await context.close();
  });

  test('8b. Engels overal, los van de motor: de voettekst, de afdruk en een Nederlandse noot als Nederlands gemarkeerd', async () => {
    const { context, page } = await metVoorbeeld();
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await page.locator('#versie').innerText(), /^Checker version [0-9.]+, with the rule set whose fingerprint/);
    // A note the engine gives in Dutch only is marked lang="nl"; one in English is not.
    for (const noot of await page.locator('.melding__toelichting').all()) {
      const tekst = await noot.innerText();
      if (/bijlage/i.test(tekst)) assert.equal(await noot.locator('[lang="nl"]').count(), 1, tekst);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.match(await page.locator('#afdruk').innerText(), /Made on .* with checker version [0-9.]+ \(rule set [0-9a-f]{12}…\)/);
    await context.close();
  });

  test('issue 9: de themalijst springt niet naar de andere tranche als er een datum wordt getypt', async () => {
    const { context, page } = await nieuwePagina(omgeving);
    await open(page, omgeving.url);
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    const themas = () => page.locator(`${veld('/activiteiten/0/thema')} option`).allInnerTexts();
    assert.ok((await themas()).some((x) => /Maatschappelijke samenhang/.test(x)));
    await kies(page, '/activiteiten/0/thema', 'maatschappelijke_samenhang');
    // 1 July 2025: after tranche 1 closed, before tranche 2 opened.
    for (const datum of ['01-07-2025', '15-09-2023']) {
      await typ(page, '/ingediend_op', datum);
      await page.waitForTimeout(200); // a rebuild, if any, runs right after the change
      assert.ok((await themas()).some((x) => /Maatschappelijke samenhang/.test(x)), `${datum}: still the tranche-2 themes`);
      assert.ok(!(await themas()).some((x) => /Preventie armoede en schulden/.test(x)), `${datum}: no tranche-1 themes`);
      assert.equal(await page.locator(veld('/activiteiten/0/thema')).inputValue(), 'maatschappelijke_samenhang');
      assert.doesNotMatch(await page.locator(`${veld('/activiteiten/0/thema')} option:checked`).innerText(), /onbekend/);
    }
    // A budget year of tranche 2 holds the list as well, with a theme both tranches have.
    await kies(page, '/activiteiten/0/thema', 'school_en_omgeving');
    await typ(page, '/activiteiten/0/begroting/0/jaar', '2027');
    await typ(page, '/ingediend_op', '01-09-2023');
    await page.waitForTimeout(200); // a rebuild, if any, runs right after the change
    assert.ok((await themas()).some((x) => /Maatschappelijke samenhang/.test(x)), 'a 2027 budget line keeps tranche 2');
    // With nothing chosen, the date may choose: a new, empty form follows the checker.
    await typ(page, '/activiteiten/0/begroting/0/jaar', '');
    await kies(page, '/activiteiten/0/thema', '');
    await typ(page, '/ingediend_op', '01-09-2023');
    await page.waitForFunction(() => [...document.querySelectorAll('#veld-activiteiten-0-thema option')].some((o) => /Preventie armoede en schulden/.test(o.textContent)));
    await context.close();
  });
});

describe('offline na één bezoek (service worker)', () => {
  let browser;
  let map;
  before(async () => {
    browser = await startBrowser();
    // A copy of the build, so that a "new build" can be made without touching www/dist.
    map = mkdtempSync(join(tmpdir(), 'kw-sw-'));
    cpSync(DIST, map, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    rmSync(map, { recursive: true, force: true });
  });

  /** Wait until the service worker controls the page and has kept this build's files. */
  const klaarVoorOffline = (page) =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      return caches.keys();
    });

  /** The build the worker that controls the page keeps. */
  const bouwVanWerker = (page) =>
    page.evaluate(
      () =>
        new Promise((ok) => {
          navigator.serviceWorker.addEventListener('message', (e) => ok(e.data), { once: true });
          navigator.serviceWorker.controller.postMessage('build');
        }),
    );

  test('7. met het netwerk uit opent het formulier na herladen, en het controleert', async () => {
    const server = await startServer({ root: map, port: 0 });
    const poort = new URL(server.url).port;
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const fouten = [];
    page.on('pageerror', (e) => fouten.push(String(e)));
    await open(page, server.url);
    const build = /const BUILD = '([0-9a-f]+)'/.exec(readFileSync(join(map, 'sw.js'), 'utf8'))[1];
    assert.deepEqual(await klaarVoorOffline(page), [`kansrijke-wijk-${build}`], 'one cache, named after the build');
    assert.deepEqual(await bouwVanWerker(page), { build });
    await kies(page, '/regeling', '2026-2028');
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await page.locator(veld('/activiteiten/0/naam')).pressSequentially('Offline getypt');

    // Network off: the browser is offline and the server is gone.
    await server.close();
    await context.setOffline(true);
    await herlaad(page);
    assert.equal(await page.locator(veld('/activiteiten/0/naam')).inputValue(), 'Offline getypt');
    await typ(page, '/activiteiten/0/begroting/0/jaar', '2031');
    assert.match(await page.locator('#veld-activiteiten-0-begroting-0-jaar-meldingen .melding--fout').innerText(), /2031/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=stylesheet]').length), 3);
    assert.ok(await page.evaluate(() => getComputedStyle(document.querySelector('.kop')).backgroundColor !== 'rgba(0, 0, 0, 0)'), 'the styles came from the cache');

    // A new build on the same address: served at once (not the stale one), and then offline too.
    await context.setOffline(false);
    const nieuw = mkdtempSync(join(tmpdir(), 'kw-sw2-'));
    cpSync(map, nieuw, { recursive: true });
    const html = readFileSync(join(nieuw, 'index.html'), 'utf8').replace('<title>', '<meta name="kw-build" content="nieuw"><title>');
    writeFileSync(join(nieuw, 'index.html'), html);
    writeFileSync(join(nieuw, 'sw.js'), readFileSync(join(nieuw, 'sw.js'), 'utf8').replace(`const BUILD = '${build}'`, "const BUILD = 'nieuw'"));
    const server2 = await startServer({ root: nieuw, port: Number(poort) });
    try {
      await herlaad(page);
      assert.equal(await page.locator('meta[name="kw-build"]').count(), 1, 'the new build is served, not the cached one');
      // The browser found the new worker on that navigation; it takes over and drops the old cache.
      let namen = [];
      for (let i = 0; i < 100 && namen.join() !== 'kansrijke-wijk-nieuw'; i += 1) {
        namen = await page.evaluate(() => caches.keys());
        if (namen.join() !== 'kansrijke-wijk-nieuw') await page.waitForTimeout(100);
      }
      assert.deepEqual(namen, ['kansrijke-wijk-nieuw'], 'the old build\'s cache is gone');
      assert.deepEqual(await bouwVanWerker(page), { build: 'nieuw' });
      await server2.close();
      await context.setOffline(true);
      await herlaad(page);
      assert.equal(await page.locator('meta[name="kw-build"]').count(), 1, 'offline, the new build answers');
      assert.equal(await page.locator(veld('/activiteiten/0/naam')).inputValue(), 'Offline getypt');
    } finally {
      await server2.close();
      rmSync(nieuw, { recursive: true, force: true });
    }
    assert.deepEqual(fouten, []);
    await context.close();
  });
});
