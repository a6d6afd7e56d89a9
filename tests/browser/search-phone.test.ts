// Search as a reader meets it in Chromium: on a phone (one compact header row, one search box,
// filters behind a "Filters (n)" button, no keyboard hints on a touch screen), under another name
// of an entity (an alias, a near-miss spelling), with no results (next steps), without JavaScript,
// and without Pagefind's ready-made interfaces in the published bundle.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContextOptions } from "playwright-core";
import { READER, buildReaderSite, type ReaderBuild } from "../helpers/reader-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";

let site: SiteInChromium<ReaderBuild>;

before(async () => {
  site = await siteInChromium(buildReaderSite);
});
after(() => site?.close());

const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

async function open(path: string, options: BrowserContextOptions) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  if (path.startsWith("/search/?") && options.javaScriptEnabled !== false) await page.waitForSelector('#search[data-status="ready"]', { timeout: 10_000 });
  return { page, close: () => context.close() };
}

const articleLinks = (page: import("playwright-core").Page) =>
  page.locator('#search-results a[href*="/articles/"]').evaluateAll((links) => [...new Set(links.map((link) => (link.getAttribute("href") ?? "").replace(/\?.*$/, "")))]);

describe("search on a phone", () => {
  test("the header is one compact row with Search among the sections; the search page has one search box", async () => {
    const { page, close } = await open("/", PHONE);
    const header = (await page.locator(".site-header").boundingBox())!;
    const title = (await page.locator(".site-title").boundingBox())!;
    const nav = (await page.locator(".site-header nav").boundingBox())!;
    assert.ok(nav.x > title.x + title.width && nav.y < title.y + title.height, "the sections stand beside the title");
    assert.ok(header.height < 80, `header ${header.height}px high`);
    assert.equal(await page.locator(".site-search").isVisible(), false);
    await page.locator(".nav").getByRole("link", { name: "Search" }).click();
    await page.waitForURL(/\/search\/$/);
    assert.equal(await page.locator('input[type="search"]').count(), 1);
    await close();
    const desktop = await open("/search/", DESKTOP);
    assert.equal(await desktop.page.locator('input[type="search"]').count(), 1, "one box on a wide screen too");
    await desktop.close();
  });

  test("keyboard hints show on a desktop, not on a touch screen", async () => {
    const phone = await open("/search/", PHONE);
    assert.equal(await phone.page.locator(".search__keys").isVisible(), false);
    await phone.close();
    const desktop = await open("/search/", DESKTOP);
    assert.equal(await desktop.page.locator(".search__keys").isVisible(), true);
    await desktop.close();
  });

  test("filters wait behind a 'Filters (n)' button above the results, and open above them", async () => {
    const { page, close } = await open(`/search/?q=Kirkuk&actor=${encodeURIComponent("Masoud Barzani")}`, PHONE);
    const button = page.getByRole("button", { name: "Filters (1)" });
    assert.equal(await page.locator("#search-filters").isVisible(), false);
    const firstResult = (await page.locator("#search-results li").first().boundingBox())!;
    assert.ok((await button.boundingBox())!.y < firstResult.y, "the button is above the results");
    await button.click();
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    const filters = (await page.locator("#search-filters").boundingBox())!;
    assert.ok(filters.y < (await page.locator("#search-results li").first().boundingBox())!.y, "open filters come before the results");
    const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    assert.deepEqual(found.violations.map((v) => v.id), []);
    await close();
  });
});

describe("facets", () => {
  test("a long facet has a box that finds a value among all of them", async () => {
    const { page, close } = await open("/search/?q=Duhok", DESKTOP);
    const outlets = page.locator("#search-facet-outlet li");
    assert.equal(await outlets.count(), 9);
    assert.equal(await page.locator("#search-facet-outlet li:visible").count(), 8, "the first few shown");
    await page.getByRole("searchbox", { name: "Find in this list of outlets" }).fill("simele");
    assert.deepEqual((await page.locator("#search-facet-outlet li:visible").allTextContents()).map((text) => text.trim()), ["Simele Star 1 article"]);
    await page.getByRole("checkbox", { name: /^Simele Star/ }).check();
    await page.waitForSelector('#search[data-status="ready"][data-rendered*="outlet=Simele"]', { timeout: 10_000 });
    assert.equal((await articleLinks(page)).length, 1);
    await close();
  });
});

describe("search under other names", () => {
  test("a registered alias finds the articles naming the entity", async () => {
    const { page, close } = await open("/search/?q=Arbil", DESKTOP);
    assert.deepEqual(await articleLinks(page), [READER.talks], "the story names Erbil as Hawler; Arbil is its other alias");
    await close();
  });

  test("a near-miss spelling gets no result but the name it is near, which finds the articles", async () => {
    const { page, close } = await open("/search/?q=Barzanni", DESKTOP);
    assert.equal(await page.locator("#search-results li").count(), 0);
    const suggestion = page.locator("#search-suggest").getByRole("link", { name: "Masoud Barzani" });
    await suggestion.waitFor();
    const steps = page.locator("#search-none");
    for (const name of ["Actors A–Z", "Places A–Z", "by month"]) assert.equal(await steps.getByRole("link", { name }).count(), 1, name);
    await suggestion.click();
    await page.waitForSelector('#search[data-status="ready"][data-rendered*="Masoud"]', { timeout: 10_000 });
    assert.equal((await articleLinks(page)).length, 3);
    assert.equal(await page.locator("#search-none").isVisible(), false);
    await close();
  });
});

describe("search results arriving", () => {
  /** Layout shifts the reader did not cause (Lighthouse's CLS) from loading a search until it settles. */
  async function shiftsWhileSearching(options: BrowserContextOptions) {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const before = site.server.requests.length;
    await page.goto(`${site.server.url}/search/?q=Kirkuk`);
    await page.waitForSelector('#search[data-status="ready"]', { timeout: 10_000 });
    assert.ok(await page.locator("#search-entities").isVisible(), "the place's own page is found above the articles");
    assert.ok(await page.locator(".search__filters-button:visible, .search__filters:visible").count() > 0, "the filters or their button came");
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    const wasm = site.server.requests.slice(before).filter((request) => request.endsWith(".pagefind") && request.includes("/wasm."));
    await context.close();
    return { shift: shifts.reduce((a, b) => a + b, 0), wasm };
  }

  test("push nothing on screen out of place, on a phone or a wide screen; the WebAssembly is asked for once", async () => {
    for (const [name, options] of [["phone", PHONE], ["wide screen", DESKTOP]] as const) {
      const { shift, wasm } = await shiftsWhileSearching(options);
      assert.ok(shift < 0.015, `${name}: layout shift ${shift.toFixed(4)} (the filters, their button or the entity pages moved what was shown)`);
      assert.deepEqual(wasm, ["/pagefind/wasm.en.pagefind"], `${name}: preloaded and used, not fetched twice`);
    }
  });
});

describe("search without JavaScript, and what the bundle ships", () => {
  test("the note that search needs JavaScript comes first, with ways to browse", async () => {
    const { page, close } = await open("/search/?q=Kirkuk", { ...PHONE, javaScriptEnabled: false });
    const note = page.locator(".search__noscript");
    assert.match((await note.textContent())!, /^Search results need JavaScript/);
    assert.ok((await note.boundingBox())!.y < (await page.locator("#search-q").boundingBox())!.y, "above the search box");
    assert.ok((await note.boundingBox())!.y < 300, "in the first screen");
    assert.equal(await page.locator("#search-q").inputValue(), "", "a static host cannot put the query back without a script");
    const footer = (await page.locator(".site-footer").boundingBox())!;
    assert.ok(footer.y < 600, `no room kept for results that cannot come: the footer starts at ${footer.y}px`);
    await close();
  });

  test("Pagefind's ready-made interfaces, which the site never loads, are not published", () => {
    const bundle = fs.readdirSync(path.join(site.build.site, "pagefind"));
    assert.ok(bundle.includes("pagefind.js") && bundle.includes("pagefind-highlight.js"), bundle.join(", "));
    assert.deepEqual(bundle.filter((name) => /-ui\.(js|css)$/.test(name)), []);
  });
});
