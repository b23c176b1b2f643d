// The explanation in the web form (issue 14), in a real browser: the uitleg module loads only when
// first needed; a finding with a proven repair has a "Herstel" button that applies it (undoable),
// one without says what to decide; the panel "Wat is getoetst" lists every rule applied, per
// article, and follows every change. Expected values from the regulation (regeling.md, areas.md)
// and examples/meerdere-fouten.json read by hand.
//
// Run: npm run test:e2e   (builds www/dist first; the wasm package must exist: npm run build:wasm)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WORTEL, axe, kies, nieuwePagina, open, start, veld } from './helpers.mjs';

const MEERDERE_FOUTEN = join(WORTEL, 'examples', 'meerdere-fouten.json');

let omgeving;
before(async () => {
  omgeving = await start();
});
after(async () => {
  await omgeving?.stop();
});

const uitleg = (url) => /\/pkg\/uitleg(\.js|\/)/.test(url);
const telling = async (page, ernst) => Number(await page.locator(`#beoordeling-paneel .telling[data-ernst="${ernst}"]`).getAttribute('data-aantal'));
const meldingen = (page, pad) => page.locator(`${veld(pad)}-meldingen`);

async function metMeerdereFouten(opties) {
  const p = await nieuwePagina(omgeving, opties);
  await open(p.page, omgeving.url);
  // Nothing of the uitleg module is fetched before it is needed.
  assert.deepEqual(p.verzoeken.filter(uitleg), [], 'the uitleg module is not loaded with the page');
  await p.page.locator('#import-bestand').setInputFiles(MEERDERE_FOUTEN);
  await p.page.waitForSelector('#acties-status :text("meerdere-fouten.json")');
  return p;
}

describe('herstel en wat is getoetst in het formulier', () => {
  test('een jaar buiten het tijdvak: "Herstel" zet het laatste jaar, "Ongedaan maken" zet het terug', async () => {
    const { context, page, verzoeken, fouten } = await metMeerdereFouten();
    assert.ok(verzoeken.some((u) => u.endsWith('/pkg/uitleg/kansrijke_wijk_uitleg_bg.wasm')), 'an import loads the uitleg module');
    const pad = '/activiteiten/0/begroting/1/jaar';
    // 2029 lies outside tranche 2 (the years 2026, 2027 and 2028, regeling.md): the last, 2028, repairs it.
    assert.equal(await page.locator(veld(pad)).inputValue(), '2029');
    const knop = meldingen(page, pad).getByRole('button', { name: /^Herstel/ });
    assert.equal(await knop.count(), 1);
    assert.match(await knop.getAttribute('data-code'), /^KW-JAAR-001$/);
    const foutenVoor = await telling(page, 'fout');
    await knop.click();
    assert.equal(await page.locator(veld(pad)).inputValue(), '2028');
    assert.equal(await meldingen(page, pad).locator('[data-code="KW-JAAR-001"]').count(), 0, 'the finding is gone');
    // The patch is proven to add no fout: exactly the one fout fewer.
    assert.equal(await telling(page, 'fout'), foutenVoor - 1);
    assert.match(await page.locator('#acties-status').innerText(), /Hersteld/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), veld(pad).slice(1), 'focus goes to the repaired field');

    await page.locator('#acties-status').getByRole('button', { name: 'Ongedaan maken' }).click();
    assert.equal(await page.locator(veld(pad)).inputValue(), '2029');
    assert.equal(await telling(page, 'fout'), foutenVoor);
    assert.equal(await meldingen(page, pad).getByRole('button', { name: /^Herstel/ }).count(), 1, 'the finding and its repair are back');
    assert.deepEqual(fouten, []);
    await context.close();
  });

  test('herstellingen worden een voor een ongedaan gemaakt; het formulier van voor het openen blijft bewaard', async () => {
    const { context, page, fouten } = await nieuwePagina(omgeving);
    await open(page, omgeving.url);
    // Something typed before the file is opened: the form keeps it (concept/vorige) for undo.
    await page.locator(veld('/ingediend_op')).fill('15-07-2025');
    await page.locator(veld('/ingediend_op')).press('Tab');
    await page.locator('#import-bestand').setInputFiles(MEERDERE_FOUTEN);
    await page.waitForSelector('#acties-status :text("meerdere-fouten.json")');
    await page.getByRole('button', { name: 'Aanvraag controleren' }).click();
    const inSamenvatting = () => page.locator('#foutsamenvatting li').count();
    const voor = await inSamenvatting();
    // Typing in another field without leaving it, then pressing "Herstel": the repair applies, and
    // what was typed stays.
    await page.locator(veld('/activiteiten/1/naam')).fill('Mijn naam');
    await meldingen(page, '/activiteiten/1/thema').getByRole('button', { name: /^Herstel/ }).click();
    assert.equal(await page.locator(veld('/activiteiten/1/thema')).inputValue(), 'maatschappelijke_samenhang');
    assert.equal(await page.locator(veld('/activiteiten/1/naam')).inputValue(), 'Mijn naam');
    await page.locator('#foutsamenvatting').getByRole('button', { name: /^Herstel: Activiteit 1, begrotingsregel 2, Jaar/ }).click();
    assert.equal(await page.locator(veld('/activiteiten/0/begroting/1/jaar')).inputValue(), '2028');
    assert.match(await page.locator('#acties-status').innerText(), /^Hersteld: Activiteit 1, begrotingsregel 2, Jaar, nu “2028”\./);
    // Undo, twice: the year, then the theme; the name typed in between stays, the summary too.
    const ongedaan = page.locator('#acties-status').getByRole('button', { name: 'Ongedaan maken' });
    await ongedaan.click();
    assert.equal(await page.locator(veld('/activiteiten/0/begroting/1/jaar')).inputValue(), '2029');
    assert.equal(await page.evaluate(() => document.activeElement?.id), veld('/activiteiten/0/begroting/1/jaar').slice(1));
    await ongedaan.click();
    assert.equal(await page.locator(veld('/activiteiten/1/thema')).inputValue(), 'veerkracht_en_weerbaarheid');
    assert.equal(await page.locator(veld('/activiteiten/1/naam')).inputValue(), 'Mijn naam');
    assert.equal(await ongedaan.count(), 0, 'nothing left to undo');
    // The summary is still there, with the name's fout gone (KW-ACTIVITEIT-003): one entry fewer.
    assert.equal(await inSamenvatting(), voor - 1);
    const vorige = await page.evaluate(() => JSON.parse(localStorage.getItem('kansrijke-wijk/concept/vorige')));
    assert.equal(vorige.reden, 'importeren');
    assert.equal(vorige.formulier.ingediend_op, '15-07-2025');
    assert.deepEqual(fouten, []);
    await context.close();
  });

  test('een thema van de eerste tranche krijgt zijn opvolger; een bedrag in drie decimalen de centen', async () => {
    const { context, page } = await metMeerdereFouten();
    // veerkracht en weerbaarheid (tranche 1) is maatschappelijke samenhang in tranche 2 (regeling.md).
    await meldingen(page, '/activiteiten/1/thema').getByRole('button', { name: /^Herstel/ }).click();
    assert.equal(await page.locator(veld('/activiteiten/1/thema')).inputValue(), 'maatschappelijke_samenhang');
    // 25000.005 rounded to cents, half up (as the fix says), is 25000.01, shown the Dutch way.
    await meldingen(page, '/activiteiten/1/begroting/0/bedrag').getByRole('button', { name: /^Herstel/ }).click();
    assert.equal(await page.locator(veld('/activiteiten/1/begroting/0/bedrag')).inputValue(), '25.000,01');
    // "1.250.000,00" is the grouped Dutch reading of 1250000.00.
    await meldingen(page, '/activiteiten/0/begroting/0/bedrag').getByRole('button', { name: /^Herstel/ }).click();
    assert.equal(await page.locator(veld('/activiteiten/0/begroting/0/bedrag')).inputValue(), '1.250.000,00');
    assert.equal(await meldingen(page, '/activiteiten/0/begroting/0/bedrag').locator('[data-code="KW-BEDRAG-003"]').count(), 0);
    // What only a person can choose has no button, but says what to decide.
    const gebied = meldingen(page, '/focusgebied');
    assert.equal(await gebied.getByRole('button', { name: /^Herstel/ }).count(), 0);
    assert.match(await gebied.locator('.melding__herstel--beslissen').innerText(), /^Te beslissen: Beslis welk focusgebied bedoeld is/);
    assert.match(await meldingen(page, '/activiteiten/1/naam').locator('.melding__herstel--beslissen').innerText(), /Te beslissen/);
    await context.close();
  });

  test('"Wat is getoetst" toont elke regel per artikel, en volgt een wijziging', async () => {
    const { context, page } = await nieuwePagina(omgeving);
    await open(page, omgeving.url);
    await page.locator('#import-bestand').setInputFiles(MEERDERE_FOUTEN);
    await page.waitForSelector('#acties-status :text("meerdere-fouten.json")');
    const knop = page.getByRole('button', { name: 'Toon wat is getoetst' });
    await knop.click();
    assert.equal(await page.locator('[data-actie="getoetst"]').getAttribute('aria-expanded'), 'true');
    const paneel = page.locator('#getoetst-inhoud');
    await paneel.locator('.getoetst[data-status="klaar"]').waitFor();
    const regel = (id) => paneel.locator(`.getoetst__regel[data-regel="${id}"]`).first();
    // Rotterdam-Zuid does not lie in 's-Gravenhage (areas.md): art. 1, not met.
    assert.equal(await regel('focusgebied_in_gemeente').getAttribute('data-uitkomst'), 'niet_voldaan');
    assert.match(await regel('focusgebied_in_gemeente').innerText(), /Niet voldaan: Het focusgebied waarvoor wordt aangevraagd ligt in de aanvragende gemeente\./);
    assert.match(await paneel.locator('.getoetst__artikel[data-artikel="1"] h3').innerText(), /^Artikel 1$/);
    // The file says nothing of inwoners_betrokken: that rule could not be checked, and says why.
    assert.equal(await regel('alliantie_inwoners_betrokken').getAttribute('data-uitkomst'), 'niet_te_toetsen');
    assert.match(await regel('alliantie_inwoners_betrokken').innerText(), /Waarom niet: /);
    // The years 2026, 2027 and 2028 (regeling.md, GNU-2025-05): 2029 is not among them.
    assert.equal(await regel('jaren').getAttribute('data-uitkomst'), 'niet_voldaan');

    // Choosing Rotterdam makes the area lie in the gemeente: the panel follows at once.
    await kies(page, '/gemeente', 'GM0599');
    await page.locator(veld('/gemeente')).press('Tab');
    await paneel.locator('.getoetst__regel[data-regel="focusgebied_in_gemeente"][data-uitkomst="voldaan"]').waitFor();
    assert.match(await regel('focusgebied_in_gemeente').innerText(), /^Voldaan: /);

    const schendingen = await axe(page);
    assert.deepEqual(schendingen, [], JSON.stringify(schendingen, null, 2));
    await page.getByRole('button', { name: 'Verberg wat is getoetst' }).click();
    assert.equal(await paneel.isHidden(), true);
    await context.close();
  });

  test('in het Engels: "Fix" en "What was checked"', async () => {
    const { context, page } = await metMeerdereFouten();
    await page.locator('#taalwissel').click();
    const knop = meldingen(page, '/activiteiten/0/begroting/1/jaar').getByRole('button', { name: /^Fix/ });
    assert.equal(await knop.count(), 1);
    assert.match(await meldingen(page, '/activiteiten/1/naam').locator('.melding__herstel--beslissen').innerText(), /^To decide: /);
    await page.getByRole('button', { name: 'Show what was checked' }).click();
    await page.locator('#getoetst-inhoud .getoetst[data-status="klaar"]').waitFor();
    assert.match(await page.locator('#getoetst-inhoud .getoetst__regel[data-regel="jaren"]').first().innerText(), /^Not met: /);
    await knop.click();
    assert.equal(await page.locator(veld('/activiteiten/0/begroting/1/jaar')).inputValue(), '2028');
    assert.match(await page.locator('#acties-status').innerText(), /^Fixed: /);
    await context.close();
  });
});
