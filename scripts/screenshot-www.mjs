#!/usr/bin/env node
// The README's picture of the form: fill in the Groningen-Noord example through the form in
// Debian's Chromium and save docs/formulier.png (and, with an argument, other file names).
//
// Usage: npm run screenshot            (builds www/dist first)
//        node scripts/screenshot-www.mjs [out.png]

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VOORBEELD, WORTEL, nieuwePagina, open, start, vulIn } from '../tests/e2e/helpers.mjs';

const uit = resolve(WORTEL, process.argv[2] ?? 'docs/formulier.png');
mkdirSync(dirname(uit), { recursive: true });

const omgeving = await start();
try {
  const { page } = await nieuwePagina(omgeving, { viewport: { width: 1280, height: 1180 } });
  await open(page, omgeving.url);
  await vulIn(page, VOORBEELD);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: uit });
  console.log(`screenshot: ${uit}`);
} finally {
  await omgeving.stop();
}
