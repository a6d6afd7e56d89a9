// Issue 16: a search index cut into shards answers like one index. Pagefind matches every word of a
// query within one index but drops a word that index has no page for; merged shards would then let a
// shard lacking one word answer on the others. On a generated archive, the search page's complete
// results (Chromium, every "show more" followed) must be the same set as one Pagefind index of the
// same pages returns, for one-, two- and three-word queries, several of them pairing a word found
// in one year only with words found in most years.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import type { Page } from "playwright-core";
import { generateCorpus, writeCorpus, writeCorpusRegistry, writeStandInArticles } from "../../scripts/generate-corpus.ts";
import { buildSite, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { ENTITY_KIND_NAMES } from "../../src/site/entity-kinds.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { waitForSearch, writeBundle } from "../helpers/search-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";

interface GeneratedSite {
  dir: string;
  site: string;
  articles: string;
}

async function buildGeneratedSite(): Promise<GeneratedSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-shards-"));
  const at = (name: string) => path.join(dir, name);
  const corpus = generateCorpus({ n: 500, seed: 16, registryDir: path.join(PROJECT_ROOT, "content/registry") });
  writeCorpus(corpus, at("sources"));
  writeCorpusRegistry(corpus, path.join(PROJECT_ROOT, "content/registry"), at("registry"));
  writeStandInArticles(corpus, at("articles"));
  const result = await buildSite({
    sourcesDir: at("sources"), registryDir: at("registry"), articlesDir: at("articles"), outDir: at("_site"),
    normalize: false, searchShards: true, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }),
  });
  assert.equal(result.exitCode, 0);
  // One index of every page the shards hold between them.
  await writeBundle(at("_site"), ["**/*.html"], "one-index");
  return { dir, site: at("_site"), articles: at("articles") };
}

/** Each article's story words (lower case, five letters or more) and its year. */
function articleWords(articlesDir: string): { year: string; words: Set<string> }[] {
  return fs.readdirSync(articlesDir).sort().map((name) => {
    const { data, content } = matter(fs.readFileSync(path.join(articlesDir, name), "utf8"), {});
    return { year: String(data.date).slice(0, 4), words: new Set(content.toLowerCase().match(/[a-z]{5,}/g) ?? []) };
  });
}

/**
 * Queries that make shards differ: a word of one year only, with words of most years found in the
 * same story (one index answers with that story; a shard lacking the rare word would answer with
 * its own stories naming the others), besides common words alone and together.
 */
function queries(articlesDir: string): string[] {
  const articles = articleWords(articlesDir);
  const years = new Map<string, Set<string>>();
  for (const { year, words } of articles) for (const word of words) years.set(word, (years.get(word) ?? new Set()).add(year));
  const allYears = new Set(articles.map((article) => article.year)).size;
  const isCommon = (word: string) => years.get(word)!.size >= allYears * 0.6;
  const isRare = (word: string) => years.get(word)!.size === 1;
  const common = [...years.keys()].filter(isCommon).sort().filter((_, i) => i % 5 === 0).slice(0, 3);
  const mixed: string[] = [];
  for (const { words } of articles.filter((_, i) => i % 9 === 0)) {
    const rare = [...words].filter(isRare).sort()[0];
    const others = [...words].filter(isCommon).sort();
    if (!rare || others.length < 2 || mixed.length >= 8) continue;
    mixed.push(mixed.length % 2 === 0 ? `${others[0]} ${rare}` : `${rare} ${others[1]} ${others[0]}`);
  }
  assert.ok(common.length === 3 && mixed.length === 8, `common ${common.join(",")}; mixed ${mixed.join(" | ")}`);
  return [common[0]!, [...years.keys()].filter(isRare).sort()[3]!, `${common[0]} ${common[1]}`, `${common[0]} ${common[1]} ${common[2]}`, ...mixed];
}

const articlePath = (href: string) => new URL(href, "http://x").pathname;

/** The search page's complete result list for `q`: every "show more" followed. */
async function pageResults(page: Page, base: string, q: string): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await waitForSearch(page, `?${new URLSearchParams({ q })}`);
  const more = page.locator("#search-more");
  while (await more.isVisible()) {
    const shown = await page.locator("#search-results li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, shown);
  }
  const hrefs = await page.locator('#search-results a[href*="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs.map(articlePath))].sort();
}

/** What one index of the same pages answers, articles only (as the search page asks). */
function oneIndexResults(page: Page, q: string): Promise<string[]> {
  return page.evaluate(
    async ([query, kinds]) => {
      const bundle = "/one-index/pagefind.js";
      const pagefind = await import(bundle);
      await pagefind.options({ noWorker: true });
      const found = await pagefind.search(query, { filters: { type: { none: kinds } } });
      const data = await Promise.all(found.results.map((result: { data(): Promise<{ url: string }> }) => result.data()));
      return [...new Set(data.map((item) => new URL(item.url, "http://x").pathname))].sort();
    },
    [q, [...ENTITY_KIND_NAMES]] as const,
  );
}

let site: SiteInChromium<GeneratedSite>;
before(async () => {
  site = await siteInChromium(buildGeneratedSite);
});
after(() => site?.close());

describe("a sharded search index in Chromium", () => {
  test("is cut into shards (a recent one and older years; the main bundle holds the entity pages)", () => {
    assert.ok(fs.readdirSync(path.join(site.build.site, "pagefind-shards")).length >= 2);
  });

  test("returns, for one-, two- and three-word queries, the same articles as one index of the same pages", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const reference = await context.newPage();
    await reference.goto(`${site.server.url}/search/`);
    let answered = 0;
    for (const q of queries(site.build.articles)) {
      const expected = await oneIndexResults(reference, q);
      assert.deepEqual(await pageResults(page, site.server.url, q), expected, `"${q}"`);
      if (expected.length > 0) answered++;
    }
    assert.ok(answered >= 10, `${answered} queries with results`);
    await context.close();
  });
});
