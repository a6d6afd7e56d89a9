// Issue 14, chrome across captures: four stories of one made-up site (tests/fixtures/site-chrome)
// carry the same box of teasers in the middle of the story and the same footer sentence, which the
// per-page rules leave in; two of them quote the same person. Built through the real normalizer and
// read in Chromium: the stories show without the box and the footer, the shared quote stays, the
// provenance says why each line went, and searching the box's words finds no story.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { buildSourcesSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";

const SOURCES = path.join(PROJECT_ROOT, "tests/fixtures/site-chrome/sources");
const BOX = ["Popular this week", "Ferry timetable changes for the summer season", "Hail damages apricot blossom in the upper valley", "Library reopens after two years of roof repairs"];
const FOOTER = "The Quince Valley Courier is published in Lanfield by the Valley Press Cooperative.";
const QUOTE = '"We cannot sell what we cannot keep cool," said Mira Solberg, who chairs the growers\' cooperative.';
const COURIER = ["cold-store", "ferry-fares", "school-roof", "market-hall"];

let site: SiteInChromium<FixtureBuild>;

before(async () => {
  site = await siteInChromium(() => buildSourcesSite("site-chrome-", (sourcesDir) => fs.cpSync(SOURCES, sourcesDir, { recursive: true })));
});
after(() => site?.close());

/** The written articles by capture name ("cold-store"), with their front matter and body. */
function articles(): Map<string, { data: Record<string, any>; content: string }> {
  const dir = path.join(site.build.dir, "articles");
  const read = fs.readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => matter(fs.readFileSync(path.join(dir, name), "utf8"), {}));
  return new Map(read.map((article) => [path.basename(article.data.sources[0], ".txt"), { data: article.data, content: article.content }]));
}

/** The article links of the search results once the search page says it has shown them all. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search[data-status="ready"]', { timeout: 10_000 });
  return page.locator('#search-results a[href*="/articles/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

describe("chrome that recurs across a site's captures, built and read in Chromium", () => {
  test("the written articles lack the box and the footer, keep their stories and the quote two of them share", () => {
    assert.equal(site.build.result.exitCode, 0);
    const written = articles();
    assert.equal(written.size, 5);
    for (const name of COURIER) {
      const { content, data } = written.get(name)!;
      for (const line of [...BOX, FOOTER]) assert.ok(!content.includes(line.replace(/"/g, "")), `"${line}" left in ${name}`);
      assert.ok(content.split("\n\n").length >= 3, `${name} keeps its story`);
      const removed = data.provenance.removed.filter((junk: { rule: string }) => junk.rule === "site-chrome");
      assert.ok(removed.some((junk: { text: string; evidence: string }) => junk.text === FOOTER && junk.evidence === "recurs in 4 of 4 stories from quincecourier.example"));
    }
    assert.deepEqual([...written].filter(([, article]) => article.content.includes("We cannot sell what we cannot keep cool")).map(([name]) => name).sort(), ["cold-store", "ferry-fares"]);
    assert.match(written.get("other-site")!.content, /Harrow Ford/);
  });

  test("a story's page shows the story without the box, and its provenance says why each line went", async () => {
    const page = await site.browser.newPage();
    const slug = path.basename(written("school-roof"), ".md");
    await page.goto(`${site.server.url}/articles/${slug}/`);
    const story = await page.locator(".story").innerText();
    assert.match(story, /new roof this summer/);
    assert.match(story, /village hall across the road/);
    for (const line of [...BOX, FOOTER]) assert.ok(!story.includes(line), `"${line}" shown in the story`);
    await page.locator(".provenance summary").click();
    const provenance = await page.locator(".provenance .removed").innerText();
    assert.match(provenance, /site-chrome: recurs in 4 of 4 stories from quincecourier\.example\) “?Hail damages apricot blossom in the upper valley/);
    await page.close();
  });

  test("search finds a story by its own words only, not by the box or the footer it showed", async () => {
    // Pagefind answers a word no page has with a shorter word's pages, so each query is a word that
    // one story really uses and the box or footer of all four had.
    const page = await site.browser.newPage();
    const found = async (query: string) => (await results(page, query)).map((href) => href.replace(/\?.*$/, "")).sort();
    assert.deepEqual(await found("timetable"), ["/articles/ferry-fares-rise-for-lorries-crossing-the-lake/"]);
    assert.deepEqual(await found("cooperative"), ["/articles/ferry-fares-rise-for-lorries-crossing-the-lake/", "/articles/orchard-cooperative-buys-a-cold-store-for-the-spring-harvest/"]);
    await page.close();
  });
});

/** The slug of the article written for a capture ("school-roof"). */
function written(capture: string): string {
  const dir = path.join(site.build.dir, "articles");
  return fs.readdirSync(dir).find((name) => name.endsWith(".md") && fs.readFileSync(path.join(dir, name), "utf8").includes(`/${capture}.txt`))!;
}
