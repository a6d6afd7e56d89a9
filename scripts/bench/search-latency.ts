// tsx scripts/bench/search-latency.ts --site DIR [--site DIR2 …] [--runs 3] [--queries "kirkuk,erbil"] [--files] [--waits] [--bytes-only] [--out FILE.json]
// Issue 16's first-results figures for one or more built sites, measured in turn (site A, site B,
// site A, …) so that a shared machine's load falls on each alike: per query, the gzip bytes and
// requests before the first results show, and the time from the last keystroke to them (cold
// page and warm page, debounce included, and beyond the debounce), as medians over the runs
// (scripts/bench/search-timing.ts measures; this only repeats and tabulates), each followed by
// every run's value, so that spreads show. --files lists, per query, the files served before the
// first results of the first run, with their gzip bytes; --waits, per cold run, the files still
// loading after the last keystroke (where the time beyond the debounce goes); --bytes-only skips
// the timings.
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

/** One figure of one query over the runs: the median, and every run (undefined: left out, see search-timing.ts). */
interface Figure {
  median: number;
  runs: (number | undefined)[];
}

interface QueryRow {
  query: string;
  firstKB: Figure;
  firstRequests: Figure;
  coldMs: Figure;
  warmMs: Figure;
  apiColdMs: Figure;
}

function figureOf(runs: (number | undefined)[]): Figure {
  return { median: spreadOf(runs.filter((v): v is number => v !== undefined && Number.isFinite(v))).median, runs };
}

function rowsOf(runs: SearchFigures[], debounce: number): QueryRow[] {
  const beyond = (ms: number | undefined) => (ms === undefined ? undefined : ms - debounce);
  return runs[0]!.firstQuery.map(({ query }, i) => ({
    query,
    firstKB: figureOf(runs.map((r) => r.firstQuery[i]!.firstShownGzipBytes / 1024)),
    firstRequests: figureOf(runs.map((r) => r.firstQuery[i]!.firstShownRequests)),
    coldMs: figureOf(runs.map((r) => beyond(r.keystrokes[i]?.coldMs))),
    warmMs: figureOf(runs.map((r) => beyond(r.keystrokes[i]?.warmMs))),
    apiColdMs: figureOf(runs.map((r) => r.api[i]?.coldMs)),
  }));
}

/** "56 ms (16, 40, 56, 80, –)": the median, then every run in order ("–": left out). */
function withRuns({ median, runs }: Figure, digits: number, unit = ""): string {
  const one = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits));
  return runs.length > 1 ? `${one(median)}${unit} (${runs.map(one).join(", ")})` : `${one(median)}${unit}`;
}

function printRows(site: string, debounce: number, runs: number, rows: QueryRow[]): void {
  console.log(`\n${site} (debounce ${debounce} ms; medians of ${runs} runs, then each run in order)`);
  console.log("| query | first results: KB gzip | requests | keystroke → results beyond the debounce, cold page | warm page | bare API: every shard merged + search, cold |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(`| ${row.query} | ${withRuns(row.firstKB, 1)} | ${withRuns(row.firstRequests, 0)} | ${withRuns(row.coldMs, 0, " ms")} | ${withRuns(row.warmMs, 0, " ms")} | ${withRuns(row.apiColdMs, 0, " ms")} |`);
  }
  const all = (key: keyof Omit<QueryRow, "query">) => spreadOf(rows.map((row) => row[key].median).filter(Number.isFinite)).median;
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`| median of the queries | ${all("firstKB").toFixed(1)} | ${all("firstRequests")} | ${ms(all("coldMs"))} | ${ms(all("warmMs"))} | ${ms(all("apiColdMs"))} |`);
}

/** What each cold run waited on after its last keystroke: the files still loading or asked for (ms from the keystroke). */
function printWaits(site: string, runs: SearchFigures[]): void {
  console.log(`\n${site}: files the cold page was still loading after the last keystroke, until the first results (start → end, ms after the keystroke)`);
  runs.forEach((run, r) => {
    for (const { query, cold } of run.keystrokes) {
      const files = cold.waitedOn.map((file) => `${file.path} ${file.startMs}→${file.endMs}`).join(", ");
      console.log(`run ${r + 1} "${query}": shown at ${cold.shownMs === undefined ? "–" : Math.round(cold.shownMs)} ms (longest gap between keys ${Math.round(cold.longestGapMs)} ms)${files ? `; ${files}` : ""}`);
    }
  });
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
  const { values } = parseArgs({ options: { site: { type: "string", multiple: true }, runs: { type: "string", default: "3" }, queries: { type: "string" }, files: { type: "boolean" }, waits: { type: "boolean" }, "bytes-only": { type: "boolean" }, out: { type: "string" } } });
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
    for (const site of sites) figures.get(site)!.push(await measureSearch(site, queries, { bytesOnly: values["bytes-only"] }));
  }
  if (values.files) for (const site of sites) printFiles(site, figures.get(site)!);
  if (values.waits) for (const site of sites) printWaits(site, figures.get(site)!);
  for (const site of sites) for (const [run, figure] of figures.get(site)!.entries()) for (const note of figure.notes) console.log(`${site}, run ${run + 1}: ${note}`);
  for (const site of sites) {
    const debounce = declaredDebounce(site) ?? 0;
    printRows(site, debounce, Number(values.runs), rowsOf(figures.get(site)!, debounce));
  }
  if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(Object.fromEntries(figures), null, 2)}\n`);
}
