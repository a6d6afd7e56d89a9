// The sharded search against one index of the same pages, in Chromium: the search page's own code
// (layouts/assets/search.js: shards merged, shards lacking a word left out) answers a query, and a
// plain Pagefind index of every page the bundles hold answers it too. Result sets must be the same;
// the top ten of a relevance sort are compared where one index's scores order them (pages tied on
// score in one index may come in any order).
import path from "node:path";
import type { Page } from "playwright-core";
import { ARTICLE_PAGES_GLOB, ENTITY_PAGES_GLOB } from "../../src/search/index-site.ts";
import { ENTITY_KIND_NAMES } from "../../src/site/entity-kinds.ts";

/** Where the one index is written inside the site, beside the bundles it stands for. */
export const ONE_INDEX_FOLDER = "pagefind-one-index";

/**
 * Index chunk size of the one index: all its words in one chunk. Pagefind loads, for a query word,
 * only the chunk whose word range holds it, so a word whose longer forms begin the next chunk
 * ("hossein" | "hosseini…") misses them; the shards and a chunked index each cut their chunks
 * elsewhere. One chunk answers as Pagefind's matching means (every page with a word starting
 * with the query word's stem): the reference both must meet.
 */
const ONE_CHUNK = 100_000_000;

/** Writes one Pagefind index of the pages the site's bundles hold (articles and entity pages); `chunkSize`: Pagefind's index chunk size (default: one chunk). */
export async function writeOneIndex(siteDir: string, chunkSize = ONE_CHUNK): Promise<void> {
  // A Pagefind service of its own, started with this chunk size (see pagefind-instance.ts).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  const pagefind = (await import(`${import.meta.resolve("pagefind")}?instance=one-index-${chunkSize}`)) as typeof import("pagefind");
  const errors: string[] = [];
  try {
    const { index, errors: created } = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...created);
    if (!index) throw new Error(`pagefind did not create an index: ${errors.join("; ")}`);
    for (const glob of [ARTICLE_PAGES_GLOB, ENTITY_PAGES_GLOB]) errors.push(...(await index.addDirectory({ path: siteDir, glob })).errors);
    errors.push(...(await index.writeFiles({ outputPath: path.join(siteDir, ONE_INDEX_FOLDER) })).errors);
  } finally {
    await pagefind.close();
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
  if (errors.length > 0) throw new Error(errors.join("; "));
}

/** One answer: every result's page id and score in order, and the first results' URLs (ten shown; one index: twenty, for ties at the tenth). */
export interface Answer {
  ids: string[];
  scores: number[];
  top: string[];
}

/** The search page's answer to `q` (relevance order), read from the page once it has settled. */
export async function searchPageAnswer(page: Page, origin: string, q: string): Promise<Answer> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  const expected = `?${new URLSearchParams({ q })}`;
  await page.waitForFunction((rendered) => {
    const root = document.getElementById("search");
    return root?.dataset.status === "ready" && root.dataset.rendered === rendered;
  }, expected, { timeout: 60_000 });
  return page.evaluate(async () => {
    const root = document.getElementById("search") as HTMLElement & { searchResults?: { id: string; score: number }[] };
    const results = root.searchResults ?? [];
    const top = [...document.querySelectorAll("#search-results .search__result-title")].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
    return { ids: results.map((r) => r.id), scores: results.map((r) => r.score), top };
  });
}

/** One index's answer to `q`, articles only as the search page asks; `page` has the site open. */
export function oneIndexAnswer(page: Page, q: string): Promise<Answer> {
  return page.evaluate(
    async ([query, kinds, folder]) => {
      const pagefind = await import(`/${folder}/pagefind.js`);
      await pagefind.options({ noWorker: true });
      const found = await pagefind.search(query, { filters: { type: { none: kinds } } });
      const results: { id: string; score: number; data(): Promise<{ url: string }> }[] = found?.results ?? [];
      const top = await Promise.all(results.slice(0, 20).map(async (r) => new URL((await r.data()).url, location.href).pathname));
      return { ids: results.map((r) => r.id), scores: results.map((r) => r.score), top };
    },
    [q, [...ENTITY_KIND_NAMES], ONE_INDEX_FOLDER] as const,
  );
}

export interface Comparison {
  q: string;
  /** Results of one index and of the search page. */
  oneIndex: number;
  sharded: number;
  /** Pages one index finds that the search page does not, and the reverse. */
  missing: number;
  extra: number;
  sameSet: boolean;
  /** The first ten in one index's order (pages tied on its score taken as equal). */
  sameTop: boolean;
}

/** One index's score of each of `urls` (its top ten), so that tied pages compare as equal. */
function scoreSequence(urls: readonly string[], reference: Answer): (number | string)[] {
  const scoreOf = new Map(reference.top.map((url, i) => [url, Math.round(reference.scores[i]! * 1e4) / 1e4]));
  return urls.map((url) => scoreOf.get(url) ?? url);
}

export function compareAnswers(q: string, reference: Answer, sharded: Answer): Comparison {
  const expected = new Set(reference.ids);
  const got = new Set(sharded.ids);
  const missing = [...expected].filter((id) => !got.has(id)).length;
  const extra = [...got].filter((id) => !expected.has(id)).length;
  const sameTop = JSON.stringify(scoreSequence(sharded.top.slice(0, 10), reference)) === JSON.stringify(scoreSequence(reference.top.slice(0, 10), reference));
  return { q, oneIndex: expected.size, sharded: got.size, missing, extra, sameSet: missing === 0 && extra === 0, sameTop };
}
