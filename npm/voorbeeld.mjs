// Check an aanvraag with the kansrijke-wijk package: the same code runs in a browser and in Node.
import init, { toets, toetsJson, versie, zoekGebied } from 'kansrijke-wijk';

await init(); // the browser fetches the .wasm here; in Node it is loaded already

const aanvraag = {
  regeling: '2026-2028',
  ingediend_op: '2025-07-15',
  gemeente: 'GM0014',
  focusgebied: 'Groningen Noord',
  alliantie: { voorzitter_burgemeester: true, gebiedsplan: true, uitvoeringsprogramma: true, inwoners_betrokken: true },
  coalitie: { scholen: [{ naam: 'Het Karrepad', binnen_focusgebied: true }] },
  activiteiten: [
    {
      id: 'ontdeklab',
      naam: 'Ontdeklab',
      thema: 'school_en_omgeving',
      binnen_focusgebied: true,
      begroting: [
        { jaar: 2026, bedrag: '350000.00' },
        { jaar: 2029, bedrag: 125000.5 }, // a number is read from its decimal text, exactly
      ],
    },
  ],
};

const beoordeling = toets(aanvraag); // synchronous, never throws
console.log(beoordeling.uitkomst);
// → voldoet_niet
for (const b of beoordeling.bevindingen.filter((b) => b.ernst === 'fout')) {
  console.log(b.code, b.pad, b.melding.nl); // each finding names its field, rule and source
}
// → KW-JAAR-001 /activiteiten/0/begroting/1/jaar 2029 valt buiten de jaren van deze regeling (2026-2028).
console.log(beoordeling.totalen.aangevraagd); // money is always a decimal string
// → 475000.50

// The JSON text API gives the very bytes of the native CLI (toets FILE --json --compact).
console.log(toetsJson(JSON.stringify(aanvraag)) === JSON.stringify(beoordeling));
// → true

console.log(toets(undefined).bevindingen[0].code); // anything goes in; the answer says what is wrong
// → KW-INVOER-002
console.log(zoekGebied('Den Haag').ligging);
// → onzeker
console.log(/^\d+\.\d+\.\d+$/.test(versie().versie), versie().regels_sha256.length);
// → true 64
