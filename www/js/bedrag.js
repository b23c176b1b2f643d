// Amounts as people type them, read into the contract's decimal strings ("1250000.00"), and written
// back for people: the package's form helpers (kansrijke-wijk/formulier, npm/formulier.js), where
// the rules are written down. In the built form they are pkg/formulier.js; in the source tree
// www/pkg links to the package built in pkg/ (npm run build:wasm).

export { leesBedrag, schrijfBedrag, schrijfGetal, tekens, wisselTekens } from '../pkg/formulier.js';
