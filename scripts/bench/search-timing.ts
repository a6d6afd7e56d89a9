// Search as a reader meets it, in Debian's Chromium: the bytes fetched for a first query
// (library, wasm, index chunks, fragments — raw and gzip-estimated), the time from the last
// keystroke to results shown in the page's own UI (debounce included), and the time of the bare
// work — `pagefind.search()` plus the first five results' data — without any UI.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startStaticServer, type ServedResponse, type StaticServer } from "./static-server.ts";

export const CHROMIUM = "/usr/bin/chromium";
/** The queries the bench times (`npm run bench`, search-latency.ts): a rare word, two words, a common word, a phrase with a stop word, a word of one period. */
export const BENCH_QUERIES = ["kirkuk", "peshmerga referendum", "erbil", "ministry of oil", "ceasefire"];
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

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
  /** Last keystroke to results shown, cold page (index not yet loaded), debounce included. */
  coldMs: number | undefined;
  /** The same on a page that has already run one search. */
  warmMs: number | undefined;
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
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install -y chromium); the bench never downloads a browser`;
  if (!fs.existsSync(path.join(siteDir, "search/index.html"))) return `the built site has no search/index.html (${siteDir})`;
  if (!fs.existsSync(path.join(siteDir, "pagefind/pagefind.js"))) return `the built site has no pagefind/pagefind.js (${siteDir})`;
  return undefined;
}

const sum = (responses: ServedResponse[], key: "bytes" | "gzipBytes") => responses.reduce((total, r) => total + r[key], 0);

/** Links to articles in the page's main content: what "results shown" means here. */
const RESULT_SIGNATURE = `(() => {
  const scope = document.querySelector("main") || document.body;
  return Array.from(scope.querySelectorAll('a[href*="/articles/"]')).map((a) => a.getAttribute("href")).join("|");
})()`;

/**
 * Polls an expression with page.evaluate. (page.waitForFunction evaluates strings inside the page,
 * which the site's Content-Security-Policy rightly forbids.) Times are stamped inside the page, so
 * the polling interval does not blur them.
 */
async function pollUntil(page: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await page.evaluate(expression)) return true;
    await page.waitForTimeout(25);
  }
  return false;
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

/** Stamps (in epoch ms) when result links first appear, before any of the page's own scripts run. */
const FIRST_SHOWN_PROBE = `(() => {
  const signature = () => { const scope = document.querySelector("main") || document.body; return scope ? scope.querySelector('a[href*="/articles/"]') !== null : false; };
  const observer = new MutationObserver(() => {
    if (window.__firstShown || !signature()) return;
    window.__firstShown = performance.timeOrigin + performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

async function firstQueryBytes(browser: Browser, server: StaticServer, query: string): Promise<FirstQueryBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(FIRST_SHOWN_PROBE);
  const from = server.log.length;
  try {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    await pollUntil(page, `${RESULT_SIGNATURE}.length > 0`, 15_000);
    await waitForQuiet(page, server);
    const results = (await page.evaluate(RESULT_SIGNATURE)) as string;
    const firstShown = (await page.evaluate("window.__firstShown || 0")) as number;
    const responses = server.log.slice(from);
    // Server times are this process's performance.now(): both clocks are the same epoch clock.
    const early = responses.filter((r) => performance.timeOrigin + r.at <= firstShown);
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
      firstShownGzipBytes: sum(early, "gzipBytes"),
      firstShownRequests: early.length,
      firstShownFiles: early.map(({ path, gzipBytes }) => ({ path, gzipBytes })),
      results: results ? results.split("|").length : 0,
      gzipBytesByKind,
    };
  } finally {
    await context.close();
  }
}

const INSTALL_PROBE = `(() => {
  const signature = () => ${RESULT_SIGNATURE};
  const state = { lastKey: 0, baseline: "", shown: 0 };
  window.__bench = state;
  document.addEventListener("keydown", () => { state.lastKey = performance.now(); state.baseline = signature(); state.shown = 0; }, true);
  new MutationObserver(() => {
    if (!state.lastKey || state.shown) return;
    const now = signature();
    if (now && now !== state.baseline) state.shown = performance.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

async function typeAndWait(page: Page, input: string, query: string): Promise<number | undefined> {
  await page.fill(input, "");
  await page.focus(input);
  await page.keyboard.type(query, { delay: 60 });
  const shown = await pollUntil(page, "window.__bench && window.__bench.shown > 0", 10_000);
  if (!shown) return undefined;
  return (await page.evaluate("window.__bench.shown - window.__bench.lastKey")) as number;
}

async function keystrokeTiming(browser: Browser, server: StaticServer, query: string, warmQuery: string): Promise<KeystrokeTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/search/`);
    await waitForQuiet(page, server, 300);
    const input = (await page.evaluate(`(() => {
      // The search page's own box first (document order would give the header's form).
      const candidates = [...document.querySelectorAll('main input[type="search"], main input[type="text"], main input:not([type])'), ...document.querySelectorAll('input[name="q"]')];
      const visible = candidates.find((el) => el.offsetParent !== null);
      if (!visible) return "";
      visible.setAttribute("data-bench-input", "");
      return '[data-bench-input]';
    })()`)) as string;
    if (!input) return { query, coldMs: undefined, warmMs: undefined };
    await page.evaluate(INSTALL_PROBE);
    const coldMs = await typeAndWait(page, input, query);
    await waitForQuiet(page, server, 300);
    const warmMs = await typeAndWait(page, input, warmQuery);
    return { query, coldMs, warmMs };
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

/** Serves the site, runs each query in fresh browser contexts, and returns the raw figures. */
export async function measureSearch(siteDir: string, queries: string[]): Promise<SearchFigures> {
  const server = await startStaticServer(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  const figures: SearchFigures = { firstQuery: [], keystrokes: [], api: [], notes: [] };
  try {
    for (const [i, query] of queries.entries()) {
      const warmQuery = queries[(i + 1) % queries.length] as string;
      figures.firstQuery.push(await firstQueryBytes(browser, server, query));
      const keystrokes = await keystrokeTiming(browser, server, query, warmQuery);
      if (keystrokes.coldMs === undefined) figures.notes.push(`no results seen after typing "${query}" (no search input found, or the results did not change)`);
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
