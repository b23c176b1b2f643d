// Writes rules/cbs-buurten-2023/ (one TSV per gemeente) and rules/focusgebieden/ (one TOML per
// area) from the two tables in ../shared/data/. Run once per new delivery of the tables; after
// that the rule files are the source, reviewed and edited by hand like the rest of rules/.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const data = process.argv[2] ?? "../shared/data";
const rijen = (f) => {
  const [kop, ...rest] = readFileSync(`${data}/${f}`, "utf8").trimEnd().split("\n");
  const k = kop.split("\t");
  return rest.map((r) => Object.fromEntries(r.split("\t").map((v, i) => [k[i], v])));
};

// From the README of the data ("List complete?" and "Notes"), per area.
const volledig = {
  "amsterdam-nieuw-west": [true, "stadsdeel F, wijken FA-FQ"],
  "amsterdam-zuidoost": [true, "stadsdeel T; Driemond (SA) onzeker: stadsdeel Weesp since 2022"],
  "arnhem-oost": [true, "Presikhaaf-Oost and all of Malburgen at middel"],
  "breda-noord": [false, "the \"sixteen buurten\" are not public; 10 candidates, all onzeker"],
  "delft-west": [false, "Tanthof-West gedeeltelijk"],
  "den-haag-zuidwest": [true, "the 11 known codes"],
  "dordrecht-west": [true, "Zuidhoven onzeker"],
  "eindhoven-woensel-zuid": [true, "stadsdeel Woensel-Zuid (wijken 41-43); Vaartbroek and Eckart lie in Woensel-Noord"],
  "groningen-noord": [true, "composition itself uncertain; 7 candidates onzeker"],
  "heerlen-noord": [false, "Hoensbroek and Heerlerheide hold 37.5k of the area's 55k inhabitants: more wijken belong, unknown which"],
  "leeuwarden-oost": [true, "5 unnamed buurten of the named wijken onzeker"],
  "lelystad-oost": [true, "Landerijen onzeker"],
  "nieuwegein-centrale-as": [false, "every row gedeeltelijk"],
  "roosendaal-ring": [false, "Westrand has no CBS name of its own"],
  "rotterdam-zuid": [true, "Waalhaven-Eemhaven onzeker"],
  "schiedam-nieuwland-en-oost": [true, "\"Oost\" taken as CBS wijk 01 Oost (middel)"],
  "tilburg-noordwest": [false, "only the Noord part; the West part (about 25k inhabitants) unknown"],
  "utrecht-overvecht": [true, ""],
  "vlaardingen-westwijk": [false, "the \"two adjoining areas\" unknown"],
  "zaandam-oost": [true, "CBS wijken 11-15"],
};
const q = (s) => JSON.stringify(s);

mkdirSync("rules/cbs-buurten-2023", { recursive: true });
const perGemeente = new Map();
for (const r of rijen("cbs-buurten-2023.tsv")) {
  if (!perGemeente.has(r.gemeentecode)) perGemeente.set(r.gemeentecode, []);
  perGemeente.get(r.gemeentecode).push(r);
}
for (const [gm, lijst] of perGemeente) {
  const uit = [
    `# CBS buurten of gemeente ${gm}, indeling 2023. Bron: CBS (StatLine WijkenEnBuurten, tables`,
    "# 47022NED/47024NED), CC BY 4.0. Columns: wijkcode, wijknaam, buurtcode, buurtnaam.",
    ...lijst.map((r) => [r.wijkcode, r.wijknaam, r.buurtcode, r.buurtnaam].join("\t")),
  ];
  writeFileSync(`rules/cbs-buurten-2023/${gm}.tsv`, uit.join("\n") + "\n");
}

mkdirSync("rules/focusgebieden", { recursive: true });
const perGebied = new Map();
for (const r of rijen("focusgebieden-buurten-2023.tsv")) {
  if (!perGebied.has(r.focusgebied)) perGebied.set(r.focusgebied, []);
  perGebied.get(r.focusgebied).push(r);
}
for (const [id, [vol, noot]] of Object.entries(volledig)) {
  const lijst = perGebied.get(id) ?? [];
  const uit = [
    `# The CBS buurten (indeling 2023) of focus area ${id}, matched to the area's composition in`,
    "# spec/areas.md. No official buurt-level delineation is public: every row is afgeleid.",
    "# deel: geheel (binnen), gedeeltelijk or onzeker (both answer onzeker).",
    "# koppeling: how strong the match to the composition is (hoog / middel / laag).",
    "# The build checks each code against rules/cbs-buurten-2023/ and each naam against the CBS name.",
    "",
    `focusgebied = ${q(id)}`,
    "zekerheid = \"afgeleid\"",
    `# Complete: a buurt of the gemeente that is not listed lies outside (else: onzeker).`,
    `lijst_volledig = ${vol}`,
    `notitie = ${q(noot)}`,
  ];
  for (const r of lijst) {
    uit.push("", "[[buurt]]", `code = ${q(r.buurtcode)}`, `naam = ${q(r.buurtnaam)}`,
      `deel = ${q(r.deel)}`, `koppeling = ${q(r.zekerheid_koppeling)}`,
      `toelichting = ${q(r.toelichting)}`);
  }
  writeFileSync(`rules/focusgebieden/${id}.toml`, uit.join("\n") + "\n");
}
