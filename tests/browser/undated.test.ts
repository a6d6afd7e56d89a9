// An undated article in Chromium: date sorts of search put it after every dated result (Pagefind
// leaves a page without the sort key out of a sorted search), also in a search index cut into
// shards (where the main bundle holds it beside the entity pages), and its pages have no axe
// violations.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { type ServedSite, servedSite, siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";
import { UNDATED_SLUG, buildUndatedSite, type UndatedBuild } from "../helpers/undated-site.ts";

let site: SiteInChromium<UndatedBuild>;

before(async () => {
  site = await siteInChromium(buildUndatedSite);
});
after(() => site?.close());

const BRIDGE = "/articles/new-bridge-over-the-zab-opens-to-traffic/";
const MARKET = "/articles/fire-destroys-part-of-the-old-market-in-erbil/";
const ORCHARD = `/articles/${UNDATED_SLUG}/`;

/** The article links of the search results once the page says it has shown them all. */
async function results(page: Page, query: string, origin = site.server.url): Promise<string[]> {
  await page.goto(`${origin}/search/?${query}`);
  await page.waitForSelector('#search[data-status="ready"]', { timeout: 10_000 });
  const hrefs = await page.locator('#search-results a[href*="/articles/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/\?.*$/, ""));
}

describe("an undated article in a search index cut into shards", () => {
  let sharded: ServedSite<UndatedBuild>;
  before(async () => {
    sharded = await servedSite(() => buildUndatedSite({ searchShards: true }));
  });
  after(() => sharded?.close());

  test("the page says the main bundle holds it; search finds it, last in date sorts", async () => {
    assert.match(fs.readFileSync(path.join(sharded.build.site, "search/index.html"), "utf8"), /data-main-articles="1"/);
    const page = await site.browser.newPage();
    assert.deepEqual((await results(page, "q=Kirkuk", sharded.server.url)).sort(), [BRIDGE, MARKET, ORCHARD].sort());
    assert.deepEqual(await results(page, "q=Kirkuk&sort=newest", sharded.server.url), [MARKET, BRIDGE, ORCHARD]);
    await page.close();
  });
});

describe("an undated article in Chromium", () => {
  test("search: newest first and oldest first both put it last; by relevance it is found too", async () => {
    const page = await site.browser.newPage();
    assert.deepEqual(await results(page, "q=Kirkuk&sort=newest"), [MARKET, BRIDGE, ORCHARD]);
    assert.deepEqual(await results(page, "q=Kirkuk&sort=oldest"), [BRIDGE, MARKET, ORCHARD]);
    assert.deepEqual((await results(page, "q=Kirkuk")).sort(), [BRIDGE, MARKET, ORCHARD].sort());
    assert.deepEqual(await results(page, "q=Kirkuk&year=Undated&sort=newest"), [ORCHARD]);
    assert.deepEqual(await results(page, "q=Kirkuk&year=2018&sort=newest"), [BRIDGE]);
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const [name, path] of [["article", ORCHARD], ["undated archive", "/archive/undated/"], ["archive", "/archive/"]] as const) {
      test(`the ${name} page (${path}) has no axe violations, ${colorScheme} mode`, async () => {
        const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${site.server.url}${path}`);
        const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        assert.deepEqual(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
        assert.ok(found.passes.length > 10, "axe actually ran its checks");
        await context.close();
      });
    }
  }
});
