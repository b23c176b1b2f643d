// The size ceiling of each .wasm, gzipped (scripts/size.mjs prints the whole report). The target
// of 100 KB is not met yet; the ceiling stops growth meanwhile.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_WASM_GZIP, DOEL_WASM_GZIP, meet } from '../../scripts/size.mjs';

test(`each .wasm is at most ${BUDGET_WASM_GZIP} bytes gzipped`, (t) => {
  const rijen = meet();
  for (const r of rijen) t.diagnostic(`${r.bestand}: ${r.raw} B raw, ${r.gzip} B gzip, ${r.brotli} B brotli`);
  const wasm = rijen.filter((r) => r.bestand.endsWith('.wasm'));
  assert.equal(wasm.length, 2);
  for (const r of wasm) {
    if (r.gzip > DOEL_WASM_GZIP) t.diagnostic(`${r.bestand}: ${r.gzip - DOEL_WASM_GZIP} B above the 100 KB target`);
    assert.ok(r.gzip <= BUDGET_WASM_GZIP, `${r.bestand}: ${r.gzip} B gzipped, over the budget of ${BUDGET_WASM_GZIP} B`);
  }
});
