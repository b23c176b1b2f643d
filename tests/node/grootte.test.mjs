// The size budget of each .wasm, gzipped: at most 100 KB (issue 3). scripts/size.mjs prints the
// whole report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_UITLEG_GZIP, BUDGET_WASM_GZIP, meet } from '../../scripts/size.mjs';

test(`the package's one .wasm is at most ${BUDGET_WASM_GZIP} bytes gzipped`, (t) => {
  const rijen = meet();
  for (const r of rijen) t.diagnostic(`${r.bestand}: ${r.raw} B raw, ${r.gzip} B gzip, ${r.brotli} B brotli`);
  const wasm = rijen.filter((r) => r.bestand.endsWith('.wasm') && !r.bestand.includes('uitleg'));
  assert.equal(wasm.length, 1);
  for (const r of wasm) {
    assert.ok(r.gzip <= BUDGET_WASM_GZIP, `${r.bestand}: ${r.gzip} B gzipped, over the budget of ${BUDGET_WASM_GZIP} B`);
  }
});

test(`the uitleg module (loaded on demand, issue 14) is at most ${BUDGET_UITLEG_GZIP} bytes gzipped`, () => {
  const r = meet().find((x) => x.bestand === 'pkg/uitleg/kansrijke_wijk_uitleg_bg.wasm');
  assert.ok(r, 'the uitleg module is measured');
  assert.ok(r.gzip <= BUDGET_UITLEG_GZIP, `${r.bestand}: ${r.gzip} B gzipped, over its ceiling of ${BUDGET_UITLEG_GZIP} B`);
});
