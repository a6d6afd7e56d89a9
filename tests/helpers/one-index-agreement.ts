// The search page against one Pagefind index of the same pages, for many queries, in Chromium
// (scripts/bench/search-comparison.ts answers one query each way). The queries are shared among a
// few lanes, each a context with the search page and the one index open, which work at once: a
// lane mostly waits on its pages' renderers, and each page has its own.
import type { Browser } from "playwright-core";
import { compareAnswers, type Comparison, oneIndexAnswer, searchPageAnswer } from "../../scripts/bench/search-comparison.ts";

/** Lanes at once: two keep both of CI's two cores busy. */
const LANES = 2;

/** Each query's comparison, in the order of `queries`. */
export async function compareWithOneIndex(browser: Browser, origin: string, queries: readonly string[]): Promise<Comparison[]> {
  const comparisons: Comparison[] = new Array(queries.length);
  let next = 0;
  async function lane(): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const reference = await context.newPage();
      await reference.goto(`${origin}/search/`);
      for (let index = next++; index < queries.length; index = next++) {
        const q = queries[index]!;
        comparisons[index] = compareAnswers(q, await oneIndexAnswer(reference, q), await searchPageAnswer(page, origin, q));
      }
    } finally {
      await context.close();
    }
  }
  await Promise.all(Array.from({ length: Math.min(LANES, queries.length) }, lane));
  return comparisons;
}

/** The queries whose result sets differ, each with what differs (empty when all agree). */
export function differingSets(comparisons: readonly Comparison[]): string[] {
  return comparisons.filter((comparison) => !comparison.sameSet).map((comparison) =>
    `"${comparison.q}": one index ${comparison.oneIndex}, search page ${comparison.sharded} (missing ${comparison.missing}, extra ${comparison.extra})`);
}
