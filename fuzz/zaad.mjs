// Seed corpora for the fuzz targets from the examples and the table cases (made afresh on every
// run, so new cases become seeds by themselves): node fuzz/zaad.mjs DIR
// - toets_tekst: every example and case file, each case's aanvraag / aanvraag_tekst, and its basis
//   with its patch left out;
// - aanvraag: the same texts (read by the structure-aware target as raw bytes for `arbitrary`);
// - regelset: each case's run-time rule set as JSON text, behind the byte 0x01 that selects the
//   text mode of the target, and its bytes as they are for the structure-aware mode;
// - zoek: every name, alias, variant, id and code of rules/gebieden.toml, and near misses.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const wortel = join(dirname(fileURLToPath(import.meta.url)), "..");
const uit = process.argv[2] ?? join(wortel, "fuzz", "corpus");
let n = 0;
function zet(doel, naam, inhoud) {
  mkdirSync(join(uit, doel), { recursive: true });
  writeFileSync(join(uit, doel, `zaad-${naam}`), inhoud);
  n++;
}

const teksten = [];
for (const f of readdirSync(join(wortel, "examples")).filter((f) => f.endsWith(".json"))) {
  teksten.push([f, readFileSync(join(wortel, "examples", f))]);
}
for (const f of readdirSync(join(wortel, "tests/cases")).filter((f) => f.endsWith(".json")).sort()) {
  const tekst = readFileSync(join(wortel, "tests/cases", f), "utf8");
  teksten.push([f, Buffer.from(tekst)]);
  const geval = JSON.parse(tekst);
  if ("aanvraag" in geval) teksten.push([`${f}-aanvraag`, Buffer.from(JSON.stringify(geval.aanvraag))]);
  if (typeof geval.aanvraag_tekst === "string") teksten.push([`${f}-tekst`, Buffer.from(geval.aanvraag_tekst)]);
  if ("regels" in geval) {
    const r = Buffer.from(JSON.stringify(geval.regels));
    zet("regelset", `${f}-tekst`, Buffer.concat([Buffer.from([1]), r]));
    zet("regelset", f, r);
  }
}
for (const [naam, inhoud] of teksten) {
  zet("toets_tekst", naam, inhoud);
  zet("aanvraag", naam, inhoud);
}
const gebieden = readFileSync(join(wortel, "rules/gebieden.toml"), "utf8");
const namen = new Set();
for (const m of gebieden.matchAll(/^(?:code|naam|id|aliassen|varianten|programmanamen|codes)\s*=\s*(.*)$/gm)) {
  for (const s of m[1].matchAll(/"([^"]*)"/g)) namen.add(s[1]);
}
let i = 0;
for (const naam of namen) {
  zet("zoek", `${i++}`, naam);
  zet("zoek", `${i++}`, naam.slice(0, -1)); // a near miss: suggestions
}
console.log(`zaad: ${n} seeds in ${uit}`);
