// Issue 16: a rebuild of a sharded site indexes the pages changed since the last full index into a
// small "recent additions" bundle and leaves the other bundles as they were; the search page drops
// their old copies of changed and removed pages (pagefind-recent.json). After an added article, an
// edited one (headline and body) and a removed one, the search page (Chromium, its own code) must
// return what one Pagefind index of the site's pages returns: the same result sets, the same dates
// in a date sort, the same year counts. A search page that ignored the superseded list would
// return the edited article's old words and the removed article.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { ONE_INDEX_FOLDER, searchPageAnswer, writeOneIndex } from "../../scripts/bench/search-comparison.ts";
import { drawQueries, readArticleWords } from "../../scripts/bench/search-queries.ts";
import { mergedBundles } from "../../scripts/bench/search-agreement.ts";
import { generateCorpus, writeCorpus, writeCorpusRegistry, writeStandInArticles } from "../../scripts/generate-corpus.ts";
import { buildSite, type BuildSiteResult, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { manifestPath, type SiteManifest } from "../../src/publish/site-manifest.ts";
import { RECENT_BUNDLE, RECENT_DATA_FILE, type RecentData } from "../../src/search/recent-additions.ts";
import { ENTITY_KIND_NAMES } from "../../src/site/entity-kinds.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { compareWithOneIndex, differingSets } from "../helpers/one-index-agreement.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";

interface GeneratedSite {
  dir: string;
  site: string;
  articles: string;
}

// A word of the shards ("zelvored", stemmed "zelvor"), whose family the added article holds only
// in a longer form ("zelvorist"): the recent bundle answers for it as one index does, though no
// word of it starts with the word typed.
const SHARD_WORD = "zelvored";
const FAMILY_WORD = "zelvorist";

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

function build(options: { incremental?: boolean; compactSearch?: boolean } = {}): Promise<BuildSiteResult> {
  return buildSite({
    sourcesDir: at("sources"), registryDir: at("registry"), articlesDir: at("articles"), outDir: at("_site"),
    normalize: false, searchShards: true, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }), ...options,
  });
}

async function buildGeneratedSite(): Promise<GeneratedSite> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-recent-"));
  const corpus = generateCorpus({ n: 400, seed: 23, registryDir: path.join(PROJECT_ROOT, "content/registry") });
  writeCorpus(corpus, at("sources"));
  writeCorpusRegistry(corpus, path.join(PROJECT_ROOT, "content/registry"), at("registry"));
  writeStandInArticles(corpus, at("articles"));
  const [first] = fs.readdirSync(at("articles")).sort();
  fs.appendFileSync(at("articles", first!), `\nThe ${SHARD_WORD} were counted again.\n`);
  assert.equal((await build({ incremental: false })).exitCode, 0);
  return { dir, site: at("_site"), articles: at("articles") };
}

let site: SiteInChromium<GeneratedSite>;
before(async () => {
  site = await siteInChromium(buildGeneratedSite);
});
after(() => site?.close());

const recentData = (): RecentData => JSON.parse(fs.readFileSync(at("_site", RECENT_DATA_FILE), "utf8")) as RecentData;

/** Every file of the shard bundles with its inode: a bundle left untouched keeps them all. */
function shardFiles(): Map<string, number> {
  const root = at("_site", "pagefind-shards");
  const files = fs.readdirSync(root, { recursive: true }).map(String).filter((name) => fs.statSync(path.join(root, name)).isFile());
  return new Map(files.map((name) => [name, fs.statSync(path.join(root, name)).ino]));
}

/** An incremental rebuild that must index the recent bundle only (`indexed`: 0 when its pages are the same). */
async function rebuildIntoRecent(indexed: 0 | 1): Promise<void> {
  const before = shardFiles();
  const result = await build();
  assert.equal(result.exitCode, 0);
  assert.equal(result.counts.searchCompacted, undefined);
  assert.equal(result.counts.bundlesIndexed, indexed);
  assert.deepEqual(shardFiles(), before, "the dated shards were re-indexed");
  fs.rmSync(at("_site", ONE_INDEX_FOLDER), { recursive: true, force: true });
  await writeOneIndex(at("_site"));
}

/** Adds an article of the archive with its capture. */
function addArticle(name: string, title: string, date: string, body: string): void {
  fs.writeFileSync(at("sources", `${name}.txt`), `${title}\n\n${body}\n`);
  fs.writeFileSync(at("articles", `${name}.md`), `---\ntitle: "${title}"\ndate: "${date}"\noutlet: "Rudaw"\nactors: []\nplaces: ["Erbil"]\nsources: ["${name}.txt"]\n---\n${body}\n`);
}

/** Gives an article a new headline and body, its other fields kept. */
function editArticle(file: string, title: string, body: string): void {
  const text = fs.readFileSync(at("articles", file), "utf8");
  const end = text.indexOf("\n---\n", 4) + 5;
  fs.writeFileSync(at("articles", file), `${text.slice(0, end).replace(/^"?title"?: .*$/m, `"title": "${title}"`)}${body}\n`);
}

/** The article files of the corpus, oldest first, with their dates. */
function datedArticles(): { file: string; date: string }[] {
  return fs.readdirSync(at("articles")).filter((name) => name.endsWith(".md")).sort().map((name) => {
    const date = /^"?date"?: "?([0-9-]+)/m.exec(fs.readFileSync(at("articles", name), "utf8"))?.[1] ?? "";
    return { file: name, date };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));
}

/** The articles' words and a sample of queries, as the shards test draws them. */
function sampleQueries(count: number, seed: number): string[] {
  return drawQueries(readArticleWords(at("articles"), mergedBundles(at("_site"))), count, seed).map((query) => query.q);
}

async function assertSameSets(queries: readonly string[]): Promise<void> {
  assert.deepEqual(differingSets(await compareWithOneIndex(site.browser, site.server.url, queries)), []);
}

/** The search page's complete list for `q` in a date sort: each result's id and date. */
async function sortedOnPage(page: Page, q: string, sort: "newest" | "oldest"): Promise<string[]> {
  const query = `?${new URLSearchParams({ q, sort })}`;
  await page.goto(`${site.server.url}/search/${query}`);
  await page.waitForFunction((rendered) => {
    const root = document.getElementById("search");
    return root?.dataset.status === "ready" && root.dataset.rendered === rendered;
  }, query, { timeout: 60_000 });
  return page.evaluate(async () => {
    const root = document.getElementById("search") as HTMLElement & { searchResults?: { data(): Promise<{ meta: { date?: string } }> }[] };
    return Promise.all((root.searchResults ?? []).map(async (result) => (await result.data()).meta.date ?? ""));
  });
}

/** One index's dates for `q` in a date sort (undated last, as the page puts them). */
function sortedInOneIndex(page: Page, q: string, sort: "newest" | "oldest"): Promise<string[]> {
  return page.evaluate(async ([query, direction, kinds, folder]) => {
    const pagefind = await import(`/${folder}/pagefind.js`);
    await pagefind.options({ noWorker: true });
    const articles = { type: { none: kinds } };
    const dated = await pagefind.search(query, { filters: articles, sort: { date: direction } });
    const undated = await pagefind.search(query, { filters: { ...articles, year: { any: ["Undated"] } } });
    const results: { data(): Promise<{ meta: { date?: string } }> }[] = [...dated.results, ...undated.results];
    return Promise.all(results.map(async (result) => (await result.data()).meta.date ?? ""));
  }, [q, sort === "newest" ? "desc" : "asc", [...ENTITY_KIND_NAMES], ONE_INDEX_FOLDER] as const);
}

/** The year counts the page shows for `q`, and one index's. */
async function yearCounts(page: Page, reference: Page, q: string): Promise<[Record<string, number>, Record<string, number>]> {
  await searchPageAnswer(page, site.server.url, q);
  const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#search-facet-year label")].map((label) => [
    (label.querySelector("input") as HTMLInputElement).value, Number(label.querySelector(".count")?.firstChild?.textContent),
  ])));
  const expected = await reference.evaluate(async ([query, kinds, folder]) => {
    const pagefind = await import(`/${folder}/pagefind.js`);
    await pagefind.options({ noWorker: true });
    const found = await pagefind.search(query, { filters: { type: { none: kinds } } });
    return Object.fromEntries(Object.entries(found.filters.year as Record<string, number>).filter(([, n]) => n > 0));
  }, [q, [...ENTITY_KIND_NAMES], ONE_INDEX_FOLDER] as const);
  return [shown, expected];
}

async function assertSortsAndCounts(queries: readonly string[]): Promise<void> {
  const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const reference = await context.newPage();
  await reference.goto(`${site.server.url}/search/`);
  for (const q of queries) {
    for (const sort of ["newest", "oldest"] as const) assert.deepEqual(await sortedOnPage(page, q, sort), await sortedInOneIndex(reference, q, sort), `"${q}", ${sort} first`);
    const [shown, expected] = await yearCounts(page, reference, q);
    assert.deepEqual(shown, expected, `year counts for "${q}"`);
  }
  await context.close();
}

// Invented words, in no generated article: each query answers only through the changes.
const ADDED_WORD = "qorvandel";
const EDITED_WORD = "zimbrath";

describe("the recent additions bundle, in Chromium", () => {
  let edited: { file: string; date: string; oldTitleWord: string };
  let removedWord: string;

  test("an added article is searchable through it, and the shards are not re-indexed", async () => {
    const oldest = datedArticles()[3]!;
    addArticle("added-article", `Erbil council debates ${ADDED_WORD} water plan`, oldest.date, `The council met in Erbil to debate the ${ADDED_WORD} plan for water.\n\nMembers asked for a vote next month. A ${FAMILY_WORD} spoke.`);
    await rebuildIntoRecent(1);
    const data = recentData();
    assert.equal(data.bundle, `/${RECENT_BUNDLE}/`);
    assert.ok(data.pages.some((page) => page.date === oldest.date && page.shard !== data.bundle), JSON.stringify(data.pages));
    await assertSameSets([ADDED_WORD, `${ADDED_WORD} council`, "council water", "erbil", SHARD_WORD, `${SHARD_WORD} council`, ...sampleQueries(12, 5)]);
    await assertSortsAndCounts(["council", "erbil water"]);
  });

  test("an edited article (headline and body) answers for its new words only", async () => {
    const articles = datedArticles();
    const target = articles[Math.floor(articles.length / 2)]!;
    const text = fs.readFileSync(at("articles", target.file), "utf8");
    const title = /^"?title"?: "(.*)"$/m.exec(text)![1]!;
    const oldTitleWord = title.split(/\s+/).find((word) => word.length > 5)!.toLowerCase().replace(/[^a-z0-9]/g, "");
    editArticle(target.file, `Governor opens the ${EDITED_WORD} bridge`, `The governor opened the ${EDITED_WORD} bridge over the river.`);
    edited = { ...target, oldTitleWord };
    await rebuildIntoRecent(1);
    assert.ok(recentData().superseded.length >= 1);
    await assertSameSets([EDITED_WORD, `${EDITED_WORD} governor`, oldTitleWord, title, ADDED_WORD, ...sampleQueries(12, 6)]);
    await assertSortsAndCounts(["governor", oldTitleWord]);
  });

  test("a removed article answers no more", async () => {
    const articles = datedArticles().filter((article) => article.file !== edited.file && article.file !== "added-article.md");
    const target = articles[Math.floor(articles.length / 3)]!;
    const text = fs.readFileSync(at("articles", target.file), "utf8");
    removedWord = /^"?title"?: "(.*)"$/m.exec(text)![1]!;
    fs.rmSync(at("articles", target.file));
    await rebuildIntoRecent(0);
    await assertSameSets([removedWord, EDITED_WORD, edited.oldTitleWord, ADDED_WORD, ...sampleQueries(12, 7)]);
    await assertSortsAndCounts([removedWord.split(" ")[0]!, "council"]);
  });

  test("--compact folds the recent bundle into the shards", async () => {
    const result = await build({ compactSearch: true });
    assert.equal(result.exitCode, 0);
    assert.match(result.counts.searchCompacted ?? "", /compact/);
    assert.equal(fs.existsSync(at("_site", RECENT_BUNDLE)), false);
    assert.deepEqual(recentData(), { bundle: null, pages: [], superseded: [], otherPages: 0 });
    fs.rmSync(at("_site", ONE_INDEX_FOLDER), { recursive: true, force: true });
    await writeOneIndex(at("_site"));
    await assertSameSets([removedWord, EDITED_WORD, edited.oldTitleWord, ADDED_WORD]);
  });

  test("a page whose indexed part changed in markup only is left to its base copy (same page id)", async () => {
    // As if its markup had changed: the manifest's base remembers another hash of its indexed part.
    const file = manifestPath(at("_site"));
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as SiteManifest;
    const page = `articles/${datedArticles()[5]!.file.replace(/\.md$/, "")}/index.html`;
    const part = manifest.searchBase[page]![1];
    manifest.searchBase[page]![1] = "markup-before";
    fs.writeFileSync(file, JSON.stringify(manifest));
    assert.equal((await build()).exitCode, 0);
    assert.deepEqual(recentData(), { bundle: null, pages: [], superseded: [], otherPages: 0 });
    assert.equal(fs.existsSync(at("_site", RECENT_BUNDLE)), false);
    assert.equal((JSON.parse(fs.readFileSync(file, "utf8")) as SiteManifest).searchBase[page]![1], part);
  });
});
