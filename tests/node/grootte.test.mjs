// The size budget of each .wasm, gzipped: at most 120 KB with the buurt table (issue 12; 100 KB
// before it, issue 3). scripts/size.mjs prints the
// whole report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_WASM_GZIP, meet } from '../../scripts/size.mjs';

test(`the package's one .wasm is at most ${BUDGET_WASM_GZIP} bytes gzipped`, (t) => {
  const rijen = meet();
  for (const r of rijen) t.diagnostic(`${r.bestand}: ${r.raw} B raw, ${r.gzip} B gzip, ${r.brotli} B brotli`);
  const wasm = rijen.filter((r) => r.bestand.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  for (const r of wasm) {
    assert.ok(r.gzip <= BUDGET_WASM_GZIP, `${r.bestand}: ${r.gzip} B gzipped, over the budget of ${BUDGET_WASM_GZIP} B`);
  }
});
