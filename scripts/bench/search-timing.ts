// Search as a reader meets it, in Debian's Chromium: the bytes fetched for a first query
// (library, wasm, index chunks, fragments — raw and gzip-estimated), the time from the last
// keystroke to results shown in the page's own UI (debounce included), and the time of the bare
// work — `pagefind.search()` plus the first five results' data — without any UI.
//
// Every time is taken inside the page, on its own clock: from the input event that completes the
// query to the moment the page marks that query's results as shown (#search's data-shown, set by
// layouts/assets/search.js once the results are in the document), so that results of an earlier
// query, still arriving, never count. A run typed slower than the debounce (a gap between two
// keystrokes at least as long: the page searched a prefix meanwhile) is kept but marked, and left
// out of the medians.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumMissing, launchChromium } from "../chromium.ts";
import { startStaticServer, type ServedResponse, type StaticServer } from "./static-server.ts";

/** The queries the bench times (`npm run bench`, search-latency.ts): a rare word, two words, a common word, a phrase with a stop word, a word of one period. */
export const BENCH_QUERIES = ["kirkuk", "peshmerga referendum", "erbil", "ministry of oil", "ceasefire"];
/** Milliseconds between keystrokes: a fast typist, well inside the page's debounce (120 ms). */
export const KEY_DELAY_MS = 60;

export interface FirstQueryBytes {
  query: string;
  /** Everything the page fetched: HTML, CSS, scripts, wasm, index chunks, fragments. */
  bytes: number;
  gzipBytes: number;
  /** Only the files under /pagefind* (the bundle and any shard folders). */
  searchBytes: number;
  searchGzipBytes: number;
  requests: number;
  /**
   * Gzip-estimated bytes and requests served before the first results appeared (a sharded index
   * shows its newest shard's matches first, then loads the rest: `gzipBytes` counts both).
   */
  firstShownGzipBytes: number;
  firstShownRequests: number;
  /** The files served before the first results appeared, in the order served, with their gzip-estimated bytes. */
  firstShownFiles: { path: string; gzipBytes: number }[];
  results: number;
  /** Gzip-estimated bytes by kind of file: html, css, js, wasm, pf_meta, pf_index, pf_filter, pf_fragment, other. */
  gzipBytesByKind: Record<string, number>;
}

export interface KeystrokeTiming {
  query: string;
  /** Last keystroke to results shown, cold page (the box focused and typed in at once: Pagefind
   * loads while the reader types), debounce included; undefined when typed slower than the
   * debounce or no results were shown. */
  coldMs: number | undefined;
  /** The same on a page that has shown one search completely (every shard merged) and then been cleared. */
  warmMs: number | undefined;
  cold: TypedQuery;
  warm: TypedQuery;
}

/** One query typed into the page, as the page saw it. */
export interface TypedQuery {
  query: string;
  /** Last keystroke (its input event) to the page marking the query's results shown; undefined when never shown. */
  shownMs: number | undefined;
  /** The longest gap between two keystrokes: at or beyond the debounce the page searched a prefix. */
  longestGapMs: number;
  /** Files still loading at the last keystroke or asked for after it, until the results showed:
   * ms from the last keystroke to the request and to its end (what the reader waited on). */
  waitedOn: { path: string; startMs: number; endMs: number }[];
}

export interface ApiTiming {
  query: string;
  /** Import + mergeIndex of the page's shards + pagefind.search() + data() of the first five results, on a fresh page. */
  coldMs: number;
  warmMs: number;
  results: number;
  /** Shards merged with mergeIndex (from the page's data-merge-bundles). */
  mergedBundles: number;
}

export interface SearchFigures {
  firstQuery: FirstQueryBytes[];
  keystrokes: KeystrokeTiming[];
  api: ApiTiming[];
  notes: string[];
}

export function searchUnavailable(siteDir: string): string | undefined {
  const missing = chromiumMissing();
  if (missing) return missing;
  if (!fs.existsSync(path.join(siteDir, "search/index.html"))) return `the built site has no search/index.html (${siteDir})`;
  if (!fs.existsSync(path.join(siteDir, "pagefind/pagefind.js"))) return `the built site has no pagefind/pagefind.js (${siteDir})`;
  return undefined;
}

const sum = (responses: ServedResponse[], key: "bytes" | "gzipBytes") => responses.reduce((total, r) => total + r[key], 0);

/** Links to articles in the page's main content: the results shown. */
const RESULT_SIGNATURE = `(() => {
  const scope = document.querySelector("main") || document.body;
  return Array.from(scope.querySelectorAll('a[href*="/articles/"]')).map((a) => a.getAttribute("href")).join("|");
})()`;

/** The search page's state for a query alone, as it writes it into data-shown and data-rendered (search.js, stateQuery). */
export const stateOf = (query: string): string => (query.trim() ? `?${new URLSearchParams({ q: query.trim() })}` : "");

/** What the page probe records, on the page's clock (performance.now()). */
interface PageProbe {
  /** Every input event of the search box: when, and the box's value after it. */
  inputs: { at: number; value: string }[];
  /** When each state's results were first marked shown (data-shown). */
  shown: Record<string, number>;
}

/** Installed before the page's own scripts: stamps the search box's input events and the first
 * time each state's results are marked shown. A MutationObserver runs right after the attribute
 * is set, in the same task, so the stamp is when the results were put into the document. */
const PAGE_PROBE = `(() => {
  const bench = { inputs: [], shown: {} };
  window.__bench = bench;
  document.addEventListener("input", (event) => {
    if (event.target && event.target.id === "search-q") bench.inputs.push({ at: performance.now(), value: event.target.value });
  }, true);
  new MutationObserver((records) => {
    const at = performance.now();
    for (const record of records) {
      const shown = record.target.getAttribute("data-shown");
      if (shown && !(shown in bench.shown)) bench.shown[shown] = at;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-shown"] });
})()`;

const probeOf = () => (globalThis as unknown as { __bench: PageProbe }).__bench;

/** When (page clock) the results of `state` were first shown; undefined when not within the time
 * allowed. Polled with page.evaluate (page.waitForFunction evaluates strings inside the page, which
 * the site's Content-Security-Policy rightly forbids); the time is stamped inside the page, so the
 * polling interval does not blur it. */
async function waitForShown(page: Page, state: string, timeoutMs = 15_000): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const at = await page.evaluate((key) => (globalThis as unknown as { __bench: PageProbe }).__bench.shown[key], state);
    if (at !== undefined) return at;
    await page.waitForTimeout(10);
  }
  return undefined;
}

/** Until the page shows `state` completely (results, counts, facets: data-status="ready"). */
async function waitForSettled(page: Page, state: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const done = await page.evaluate((key) => {
      const root = document.getElementById("search");
      return root?.dataset.status === "ready" && (root.dataset.rendered ?? "") === key;
    }, state);
    if (done) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`the search page did not settle on "${state}" within ${timeoutMs} ms`);
}

async function waitForQuiet(page: Page, server: StaticServer, quietMs = 400, limitMs = 10_000): Promise<void> {
  const started = Date.now();
  let seen = server.log.length;
  let quietSince = Date.now();
  while (Date.now() - started < limitMs) {
    await page.waitForTimeout(50);
    if (server.log.length !== seen) {
      seen = server.log.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
  }
}

/** Each file the page fetched (resource timing, page clock): its path, start and end. */
function fetchedFiles(page: Page): Promise<{ path: string; start: number; end: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
  );
}

async function firstQueryBytes(browser: Browser, server: StaticServer, query: string): Promise<FirstQueryBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const from = server.log.length;
  try {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    const shown = await waitForShown(page, stateOf(query));
    await waitForQuiet(page, server);
    const results = (await page.evaluate(RESULT_SIGNATURE)) as string;
    const responses = server.log.slice(from);
    // Before the first results: the page itself, and each file the page had received by then (its
    // resource timing, on the page's own clock, as the results' mark).
    const received = new Set((await fetchedFiles(page)).filter((file) => shown !== undefined && file.end <= shown).map((file) => file.path));
    const early = shown === undefined ? [] : responses.filter((r, i) => i === 0 || received.has(r.path));
    const search = responses.filter((r) => r.path.startsWith("/pagefind"));
    const gzipBytesByKind: Record<string, number> = {};
    for (const response of responses) {
      const kind = /\.(pf_meta|pf_index|pf_filter|pf_fragment)$/.exec(response.path)?.[1] ?? (/\.pagefind$|\.wasm$/.test(response.path) ? "wasm" : /\.(js|css|json)$/.exec(response.path)?.[1] ?? (response.path.endsWith("/") || response.path.endsWith(".html") ? "html" : "other"));
      gzipBytesByKind[kind] = (gzipBytesByKind[kind] ?? 0) + response.gzipBytes;
    }
    return {
      query,
      bytes: sum(responses, "bytes"),
      gzipBytes: sum(responses, "gzipBytes"),
      searchBytes: sum(search, "bytes"),
      searchGzipBytes: sum(search, "gzipBytes"),
      requests: responses.length,
      firstShownGzipBytes: shown === undefined ? Number.NaN : sum(early, "gzipBytes"),
      firstShownRequests: shown === undefined ? Number.NaN : early.length,
      firstShownFiles: early.map(({ path, gzipBytes }) => ({ path, gzipBytes })),
      results: results ? results.split("|").length : 0,
      gzipBytesByKind,
    };
  } finally {
    await context.close();
  }
}

/** Types `query` into the focused box, a key every KEY_DELAY_MS, and waits for its results. */
async function typeQuery(page: Page, query: string): Promise<TypedQuery> {
  const typedFrom = (await page.evaluate(probeOf)).inputs.length;
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  const shownAt = await waitForShown(page, stateOf(query));
  const inputs = (await page.evaluate(probeOf)).inputs.slice(typedFrom);
  // The keystroke that completed the query (its last input event with the query's value).
  const lastKey = [...inputs].reverse().find((input) => input.value.trim() === query.trim())?.at ?? Number.NaN;
  const longestGapMs = Math.max(0, ...inputs.slice(1).map((input, i) => input.at - inputs[i]!.at));
  const until = shownAt ?? Number.POSITIVE_INFINITY;
  const waitedOn = (await fetchedFiles(page))
    .filter((file) => file.end > lastKey && file.start < until)
    .map((file) => ({ path: file.path, startMs: Math.round(file.start - lastKey), endMs: Math.round(file.end - lastKey) }));
  return { query, shownMs: shownAt === undefined ? undefined : shownAt - lastKey, longestGapMs, waitedOn };
}

/** A time that counts: shown, and typed faster than the debounce. */
const countedMs = (typed: TypedQuery, debounceMs: number) => (typed.longestGapMs < debounceMs ? typed.shownMs : undefined);

async function keystrokeTiming(browser: Browser, server: StaticServer, query: string, warmQuery: string): Promise<KeystrokeTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  try {
    await page.goto(`${server.origin}/search/`);
    await waitForQuiet(page, server, 300);
    const debounceMs = Number(await page.evaluate(() => document.getElementById("search")?.dataset.debounceMs ?? "0"));
    // Cold: the reader focuses the box (the page starts loading Pagefind) and types at once.
    await page.focus("#search-q");
    const cold = await typeQuery(page, query);
    // Warm: once that search has shown completely (every shard merged) and the box is cleared as a
    // reader clears it, the next query.
    await waitForSettled(page, stateOf(query));
    await waitForQuiet(page, server, 300);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await waitForSettled(page, "");
    const warm = await typeQuery(page, warmQuery);
    return { query, coldMs: countedMs(cold, debounceMs), warmMs: countedMs(warm, debounceMs), cold, warm };
  } finally {
    await context.close();
  }
}

async function apiTiming(browser: Browser, server: StaticServer, query: string, warmQuery: string): Promise<ApiTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/search/`);
    const result = (await page.evaluate(`(async () => {
      const started0 = performance.now();
      const bundleHolder = document.querySelector("[data-bundle-path]");
      const bundlePath = (bundleHolder && bundleHolder.getAttribute("data-bundle-path")) || "/pagefind/";
      const pagefind = await import(bundlePath + "pagefind.js");
      const baseHolder = document.querySelector("[data-base-url]");
      await pagefind.options({ baseUrl: (baseHolder && baseHolder.getAttribute("data-base-url")) || "/", excerptLength: 24 });
      await pagefind.init();
      // Shards the page merges in the browser (Pagefind multisite), as the site's UI does.
      const holder = document.querySelector("[data-merge-bundles]");
      const bundles = (holder ? holder.getAttribute("data-merge-bundles") : "").split(" ").filter(Boolean); // (a regex escape would be eaten by this template literal)
      await Promise.all(bundles.map((bundle) => pagefind.mergeIndex(bundle)));
      const setupMs = performance.now() - started0;
      const run = async (q) => {
        const started = performance.now();
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        return { ms: performance.now() - started, results: search.results.length };
      };
      const cold = await run(${JSON.stringify(query)});
      const warm = await run(${JSON.stringify(warmQuery)});
      return { coldMs: cold.ms + setupMs, warmMs: warm.ms, results: cold.results, mergedBundles: bundles.length };
    })()`)) as { coldMs: number; warmMs: number; results: number; mergedBundles: number };
    return { query, ...result };
  } finally {
    await context.close();
  }
}

/** Serves the site, runs each query in fresh browser contexts, and returns the raw figures;
 * `bytesOnly`: only the bytes of a first query (no timings: keystrokes and API lists stay empty). */
export async function measureSearch(siteDir: string, queries: string[], { bytesOnly = false } = {}): Promise<SearchFigures> {
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  const figures: SearchFigures = { firstQuery: [], keystrokes: [], api: [], notes: [] };
  try {
    for (const [i, query] of queries.entries()) {
      const warmQuery = queries[(i + 1) % queries.length] as string;
      figures.firstQuery.push(await firstQueryBytes(browser, server, query));
      if (bytesOnly) continue;
      const keystrokes = await keystrokeTiming(browser, server, query, warmQuery);
      for (const typed of [keystrokes.cold, keystrokes.warm]) {
        if (typed.shownMs === undefined) figures.notes.push(`no results shown after typing "${typed.query}"`);
        else if (typed.shownMs !== (typed === keystrokes.cold ? keystrokes.coldMs : keystrokes.warmMs)) figures.notes.push(`"${typed.query}" typed slower than the debounce (a gap of ${Math.round(typed.longestGapMs)} ms between keys): left out`);
      }
      figures.keystrokes.push(keystrokes);
      try {
        figures.api.push(await apiTiming(browser, server, query, warmQuery));
      } catch (error) {
        figures.notes.push(`pagefind API timing failed for "${query}": ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
