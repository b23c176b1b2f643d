// The package's types from CommonJS (the `require` condition, node/index.d.cts).
import kw = require('kansrijke-wijk');

const b: kw.Beoordeling = kw.toets({ regeling: '2026-2028' });
const t: string = kw.toetsJson('{}');
const klaar: Promise<unknown> = kw.default();
// @ts-expect-error: the outcome is one of three words
const x: 'goed' = b.uitkomst;

export { t, klaar, x };
