// kansrijke-wijk for Cloudflare Workers (workerd): the export condition "workerd" picks this file.
// Workers cannot fetch or compile WebAssembly from bytes at run time; they import the .wasm as a
// compiled module (wrangler does this for every `.wasm` import), so the module is loaded on import
// and `init()` resolves at once. Written by hand in npm/.
import wasm from './web/kansrijke_wijk_bg.wasm';
import { initSync } from './index.js';

initSync({ module: wasm });

export * from './index.js';
export { default } from './index.js';
