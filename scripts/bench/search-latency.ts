// tsx scripts/bench/search-latency.ts --site DIR [--site DIR2 …] [--runs 3] [--queries "kirkuk,erbil"] [--files] [--out FILE.json]
// Issue 16's first-results figures for one or more built sites, measured in turn (site A, site B,
// site A, …) so that a shared machine's load falls on each alike: per query, the gzip bytes and
// requests before the first results show, and the time from the last keystroke to them (cold
// page and warm page, debounce included, and beyond the debounce), as medians over the runs
// (scripts/bench/search-timing.ts measures; this only repeats and tabulates). --files lists, per
// query, the files served before the first results of the first run, with their gzip bytes.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BENCH_QUERIES, measureSearch, searchUnavailable, type SearchFigures } from "./search-timing.ts";
import { spreadOf } from "./stats.ts";

/** The search page's input debounce, as the built site declares it: on the page
 * (data-debounce-ms), or in the search script of a site built before that (DEBOUNCE_MS = …). */
export function declaredDebounce(siteDir: string): number | undefined {
  const read = (file: string) => (fs.existsSync(path.join(siteDir, file)) ? fs.readFileSync(path.join(siteDir, file), "utf8") : "");
  const declared = /data-debounce-ms="(\d+)"/.exec(read("search/index.html")) ?? /DEBOUNCE_MS\s*=\s*(\d+)/.exec(read("assets/search.js"));
  return declared ? Number(declared[1]) : undefined;
}

interface QueryRow {
  query: string;
  firstKB: number;
  firstRequests: number;
  coldMs: number;
  warmMs: number;
  apiColdMs: number;
}

function rowsOf(runs: SearchFigures[], debounce: number): QueryRow[] {
  const median = (values: (number | undefined)[]) => spreadOf(values.filter((v): v is number => v !== undefined)).median;
  return runs[0]!.firstQuery.map(({ query }, i) => ({
    query,
    firstKB: median(runs.map((r) => r.firstQuery[i]!.firstShownGzipBytes / 1024)),
    firstRequests: median(runs.map((r) => r.firstQuery[i]!.firstShownRequests)),
    coldMs: median(runs.map((r) => r.keystrokes[i]?.coldMs)) - debounce,
    warmMs: median(runs.map((r) => r.keystrokes[i]?.warmMs)) - debounce,
    apiColdMs: median(runs.map((r) => r.api[i]?.coldMs)),
  }));
}

function printRows(site: string, debounce: number, runs: number, rows: QueryRow[]): void {
  console.log(`\n${site} (debounce ${debounce} ms; medians of ${runs} runs)`);
  console.log("| query | first results: KB gzip | requests | keystroke → results beyond the debounce, cold | warm | bare API, cold |");
  console.log("|---|---|---|---|---|---|");
  const ms = (value: number) => `${Math.round(value)} ms`;
  for (const row of rows) console.log(`| ${row.query} | ${row.firstKB.toFixed(1)} | ${row.firstRequests} | ${ms(row.coldMs)} | ${ms(row.warmMs)} | ${ms(row.apiColdMs)} |`);
  const all = (key: keyof Omit<QueryRow, "query">) => spreadOf(rows.map((row) => row[key])).median;
  console.log(`| median of the queries | ${all("firstKB").toFixed(1)} | ${all("firstRequests")} | ${ms(all("coldMs"))} | ${ms(all("warmMs"))} | ${ms(all("apiColdMs"))} |`);
}

/** The files served before the first results, one line each: gzip KB and path (the first run's). */
function printFiles(site: string, runs: SearchFigures[]): void {
  console.log(`\n${site}: files served before the first results (first run, KB gzip)`);
  for (const { query, firstShownFiles } of runs[0]!.firstQuery) {
    console.log(`${query}:`);
    for (const file of firstShownFiles) console.log(`  ${(file.gzipBytes / 1024).toFixed(1).padStart(6)}  ${file.path}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string", multiple: true }, runs: { type: "string", default: "3" }, queries: { type: "string" }, files: { type: "boolean" }, out: { type: "string" } } });
  const sites = (values.site ?? []).map((site) => path.resolve(site));
  for (const site of sites) {
    const why = searchUnavailable(site);
    if (why) throw new Error(why);
  }
  if (sites.length === 0) {
    console.error("usage: tsx scripts/bench/search-latency.ts --site DIR [--site DIR2] [--runs 3] [--queries a,b]");
    process.exit(2);
  }
  const queries = values.queries ? values.queries.split(",") : BENCH_QUERIES;
  const figures = new Map<string, SearchFigures[]>(sites.map((site) => [site, []]));
  for (let run = 0; run < Number(values.runs); run++) {
    for (const site of sites) figures.get(site)!.push(await measureSearch(site, queries));
  }
  if (values.files) for (const site of sites) printFiles(site, figures.get(site)!);
  for (const site of sites) {
    const debounce = declaredDebounce(site) ?? 0;
    printRows(site, debounce, Number(values.runs), rowsOf(figures.get(site)!, debounce));
  }
  if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(Object.fromEntries(figures), null, 2)}\n`);
}
