// kansrijke-wijk for Node, Deno and Bun as an ES module (the export condition "node"): the module
// is read from web/kansrijke_wijk_bg.wasm (the package's one .wasm) and loaded on import, so
// `init()` resolves at once and `toets` can be called straight away. Deno needs --allow-read for
// that file. Written by hand in npm/.
import { readFileSync } from 'node:fs';
import { initSync } from '../index.js';

initSync({ module: readFileSync(new URL('../web/kansrijke_wijk_bg.wasm', import.meta.url)) });

export * from '../index.js';
export { default } from '../index.js';
