// Issue 16: a search index cut into shards answers like one index. Pagefind matches every word of a
// query within one index but drops a word that index has no page for; merged shards would then let a
// shard lacking one word answer on the others. And Pagefind loads, for a query word, only the index
// chunk whose range holds it, so a word's longer forms beginning the next chunk were missed, in
// different places in each bundle (search.js, preloadWordFamilies, which reads each bundle's chunk
// ranges: a short word's family can span many chunks). On a generated archive, the search page's
// complete result list (Chromium, the page's own code) must be the same set as one Pagefind index
// of the same pages (in one chunk) returns, for queries of one, two and three words drawn from the
// archive's vocabulary as scripts/bench/search-agreement.ts draws them at 10,000 articles, and for
// a two-letter word whose family fills several chunks of each shard.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { ONE_INDEX_FOLDER, writeOneIndex } from "../../scripts/bench/search-comparison.ts";
import { drawQueries, readArticleWords } from "../../scripts/bench/search-queries.ts";
import { mulberry32 } from "../../scripts/bench/prng.ts";
import { familyProbes, readIndexChunks } from "../../layouts/assets/search-chunks.js";
import { mergedBundles } from "../../scripts/bench/search-agreement.ts";
import { generateCorpus, writeCorpus, writeCorpusRegistry, writeStandInArticles } from "../../scripts/generate-corpus.ts";
import { buildSite, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { compareWithOneIndex, differingSets } from "../helpers/one-index-agreement.ts";
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
  appendFamily(at("articles"));
  const result = await buildSite({
    sourcesDir: at("sources"), registryDir: at("registry"), articlesDir: at("articles"), outDir: at("_site"),
    normalize: false, searchShards: true, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }),
  });
  assert.equal(result.exitCode, 0);
  // One index of every page the bundles hold between them.
  await writeOneIndex(at("_site"));
  return { dir, site: at("_site"), articles: at("articles") };
}

/** An invented word family, "ovar…": hundreds of words sharing four letters, enough of them in
 * each shard to fill several index chunks. Probing the stem followed by each letter (the page
 * before reading the chunk ranges) reached the first and last of those chunks only. */
const FAMILY = "ovar";
function appendFamily(articlesDir: string): void {
  const random = mulberry32(16);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const words = Array.from({ length: 400 }, () => FAMILY + Array.from({ length: 3 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * 26)]).join(""));
  for (const name of fs.readdirSync(articlesDir)) {
    const chosen = Array.from({ length: 40 }, () => words[Math.floor(random() * words.length)]);
    fs.appendFileSync(path.join(articlesDir, name), `\nThe delegates listed ${chosen.join(" ")}.\n`);
  }
}

/** How many index chunks of a bundle (a folder of the site) hold words starting with `stem`. */
async function chunksHolding(bundleDir: string, stem: string): Promise<number> {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as { languages: { en: { hash: string } } };
  const chunks = (await readIndexChunks(fs.readFileSync(path.join(bundleDir, `pagefind.${entry.languages.en.hash}.pf_meta`)))) as [string, string][];
  return (familyProbes(chunks, stem) as string[]).length;
}

let site: SiteInChromium<GeneratedSite>;
before(async () => {
  site = await siteInChromium(buildGeneratedSite);
});
after(() => site?.close());

describe("a sharded search index in Chromium", () => {
  test("is cut into shards (a recent one and older years; the main bundle holds the entity pages)", () => {
    assert.ok(fs.readdirSync(path.join(site.build.site, "pagefind-shards")).length >= 2);
    assert.ok(fs.existsSync(path.join(site.build.site, ONE_INDEX_FOLDER, "pagefind.js")));
  });

  test("returns, for one-, two- and three-word queries, the same articles as one index of the same pages", async () => {
    const articles = readArticleWords(site.build.articles, mergedBundles(site.build.site));
    const queries = drawQueries(articles, 60, 16).map((query) => query.q);
    const comparisons = await compareWithOneIndex(site.browser, site.server.url, queries);
    assert.deepEqual(differingSets(comparisons), []);
    const answered = comparisons.filter((comparison) => comparison.oneIndex > 0).length;
    assert.ok(answered >= 16, `${answered} queries with results`);
  });

  test("returns one index's answer for a two-letter word whose family fills several index chunks of every shard", async () => {
    const shards = fs.readdirSync(path.join(site.build.site, "pagefind-shards")).map((name) => path.join(site.build.site, "pagefind-shards", name));
    const spans = await Promise.all(shards.map((shard) => chunksHolding(shard, "ov")));
    assert.ok(spans.every((span) => span >= 3), `chunks holding "ov…" per shard: ${spans.join(", ")}`);
    const comparisons = await compareWithOneIndex(site.browser, site.server.url, ["ov", "ova", `${FAMILY} delegates`, "ov listed"]);
    assert.deepEqual(differingSets(comparisons), []);
    assert.ok(comparisons.every((comparison) => comparison.oneIndex > 0), "every query has results");
  });
});
