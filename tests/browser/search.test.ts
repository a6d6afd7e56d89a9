// Search in a real browser: Debian's Chromium against the fixture site served on 127.0.0.1.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

let site: SiteInChromium<FixtureBuild>;
let build: FixtureBuild;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

/** A page that records console errors, dialogs and requests leaving the site's origin. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) problems.push(`request: ${request.url()}`);
  });
  return { page, problems };
}

// Results are read through the page contract, not one UI's class names: links to articles inside #search.
const RESULT_LINKS = '#search a[href*="/articles/"]';

async function resultTitles(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    ([selector, n]) => new Set([...document.querySelectorAll(selector as string)].map((a) => a.getAttribute("href"))).size === n,
    [RESULT_LINKS, count] as const,
    { timeout: 10_000 },
  );
  const titles = await page.locator(RESULT_LINKS).allTextContents();
  return [...new Set(titles.map((title) => title.trim()))];
}

before(async () => {
  site = await siteInChromium(buildFixtureSite);
  ({ build, server, browser } = site);
  context = await browser.newContext();
});
after(() => site?.close());

describe("search in Chromium", () => {
  test("typing a query that one article answers finds that article", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/search/`);
    await page.locator('#search input[type="search"], #search input[type="text"]').first().pressSequentially("Soleimani", { delay: 20 });
    assert.deepEqual(await resultTitles(page, 1), ["Iran, US align against Iraqi Kurdistan Referendum"]);
    assert.match((await page.locator(RESULT_LINKS).first().getAttribute("href")) ?? "", /^\/articles\/iran-us-align-against-iraqi-kurdistan-referendum\/(\?|$)/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("the header form of any page submits to the search page, which runs the query", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/places/kirkuk/`);
    await page.locator("#site-search-q").fill("Peshmerga");
    await Promise.all([page.waitForURL(/\/search\/\?q=Peshmerga$/), page.locator("#site-search-q").press("Enter")]);
    // The three stories that say "Peshmerga".
    const titles = await resultTitles(page, 3);
    assert.deepEqual([...titles].sort(), [
      "Iraqi army and Peshmerga reach agreement",
      "KRG calls for dialogue",
      "Kirkuk governor meets Peshmerga commanders",
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("the index holds article titles and stories, not navigation, footers or facts", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/search/`);
    const urls = (query: string) =>
      page.evaluate(async (q) => {
        const bundle = "/pagefind/pagefind.js"; // a URL on the served site, not a module tsc can see
        const pagefind = await import(bundle);
        const search = await pagefind.search(q);
        const data = await Promise.all(search.results.map((result: { data(): Promise<{ url: string }> }) => result.data()));
        return data.map((item) => item.url).filter((url) => url.startsWith("/articles/")).sort();
      }, query);
    assert.deepEqual(await urls("revolutionary"), ["/articles/iran-us-align-against-iraqi-kurdistan-referendum/"]);
    assert.deepEqual(await urls("captures"), [], "footer text is not indexed");
    assert.deepEqual(await urls("Provenance"), [], "the provenance block is not indexed");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("the search page runs under the strict CSP with no console error", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/search/?q=Erbil`);
    await resultTitles(page, 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a page built from hostile text opens no dialog, fetches nothing from elsewhere, logs no error", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}/articles/krg-calls-for-dialogue/`);
    await page.waitForLoadState("load");
    assert.equal(await page.locator(".story script, .story img, .story iframe").count(), 0);
    assert.equal(await page.locator('.story a[href^="javascript:"], .story a[href^="data:"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe("search split into shards by year", () => {
  let sharded: FixtureBuild;
  let shardedServer: StaticServer;

  before(async () => {
    sharded = await buildFixtureSite({ searchShards: true });
    shardedServer = await serveStatic(sharded.site);
  });
  after(async () => {
    await shardedServer?.close();
    fs.rmSync(sharded.dir, { recursive: true, force: true });
  });

  test("writes the recent shard and a run of older years, and names them on the search page newest first", () => {
    assert.equal(sharded.result.exitCode, 0);
    assert.equal(sharded.result.counts.indexed, 5);
    for (const year of ["2017", "2020"]) assert.ok(fs.existsSync(`${sharded.site}/pagefind-shards/${year}/pagefind-entry.json`), year);
    const page = fs.readFileSync(`${sharded.site}/search/index.html`, "utf8");
    assert.match(page, /data-merge-bundles="\/pagefind-shards\/2020\/ \/pagefind-shards\/2017\/" data-early-bundles="1" data-early-from="2020" data-early-to="2020"/);
  });

  test("a query finds articles of every year through the merged bundles", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(`${shardedServer.url}/search/?q=Kirkuk`);
    await page.waitForFunction(
      (selector) => new Set([...document.querySelectorAll(selector)].map((a) => a.getAttribute("href")?.split("?")[0])).size >= 3,
      RESULT_LINKS,
      { timeout: 10_000 },
    );
    const hrefs = new Set((await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => a.getAttribute("href")?.split("?")[0]))));
    assert.ok(hrefs.has("/articles/krg-calls-for-dialogue/"), "a 2017 article");
    assert.ok(hrefs.has("/articles/kirkuk-governor-meets-peshmerga-commanders/"), "a 2020 article");
    assert.deepEqual(problems, []);
    await page.close();
  });
});
