// The pages a reader returns to, in Chromium: entity pages (when an entity is named: a timeline by
// month; with whom: counts leading to the shared articles; in which words: the sentence under each
// article), names in stories linked to their pages, no page for an unidentified outlet, a capture
// that stops mid-sentence saying so, the maps, and the lists and archives by date and A–Z.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { READER, buildReaderSite, type ReaderBuild } from "../helpers/reader-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";

let site: SiteInChromium<ReaderBuild>;

before(async () => {
  site = await siteInChromium(buildReaderSite);
});
after(() => site?.close());

async function open(path: string, width = 1280) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return { page, close: () => context.close() };
}

describe("an entity page", () => {
  test("shows its articles per month, each bar leading to its month", async () => {
    const { page, close } = await open(READER.kirkuk);
    const chart = page.getByRole("group", { name: /^Articles naming Kirkuk per month, March 2015 to August 2019$/ });
    await chart.waitFor();
    const bars = chart.getByRole("link");
    assert.equal(await bars.count(), 10 + 5, "ten months with an article, and its five years");
    const year = (await chart.getByRole("link", { name: "2016", exact: true }).boundingBox())!;
    assert.ok(year.width >= 20 && year.height >= 10, `a year is a target a finger can hit: ${year.width}×${year.height}`);
    assert.equal(await page.getByText("Swipe the chart sideways for later months.").isVisible(), false, "a wide screen shows the whole chart");
    await page.getByRole("link", { name: "October 2017: 1 article" }).click();
    await page.waitForURL(/\/archive\/2017\/10\/$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "October 2017");
    await close();
  });

  test("groups a long list by year, newest first, each article with the sentence naming the place", async () => {
    const { page, close } = await open(READER.kirkuk);
    const years = await page.locator(".entity__articles h3").allTextContents();
    assert.deepEqual(years, ["2019", "2018", "2017", "2016", "2015"]);
    const items = page.locator(".entity__articles .article-list li");
    assert.equal(await items.count(), 10);
    const quotes = await items.locator("q").allTextContents();
    assert.equal(quotes.length, 10);
    for (const quote of quotes) assert.match(quote, /\bKirkuk\b/);
    assert.ok(quotes.includes("Masoud Barzani met the governor of Kirkuk on Monday to settle the dispute over the province's share of the budget."));
    await close();
  });

  test("'appears with' counts lead to the articles naming both", async () => {
    const { page, close } = await open(READER.kirkuk);
    const count = page.getByRole("link", { name: "3 articles naming both" });
    assert.equal(await count.getAttribute("title"), "3 articles naming both Kirkuk and Masoud Barzani");
    await count.click();
    await page.waitForSelector('#search[data-status="ready"]', { timeout: 10_000 });
    const titles = await page.locator("#search-results h3, #search-results .search__title").allTextContents();
    const found = await page.locator('#search-results a[href*="/articles/"]').evaluateAll((links) => [...new Set(links.map((link) => (link.getAttribute("href") ?? "").replace(/\?.*$/, "")))]);
    assert.equal(found.length, 3, `three shared articles: ${titles.join(" | ")}`);
    assert.ok(found.some((href) => href.endsWith(READER.talks)));
    await close();
  });

  test("on a wide screen a long list has the facts beside it; a short one has them below, leaving no empty column", async () => {
    for (const [path, beside] of [[READER.kirkuk, true], [READER.barzani, false]] as const) {
      const { page, close } = await open(path);
      const list = (await page.locator(".entity__articles").boundingBox())!;
      const aside = (await page.locator(".entity__aside").boundingBox())!;
      if (beside) assert.ok(aside.x > list.x + list.width - 1, `${path}: the facts stand beside the list`);
      else assert.ok(aside.y >= list.y + list.height - 1 && aside.width > 800, `${path}: the facts run below the list, full width`);
      await close();
    }
  });

  test("has no axe violations, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const path of [READER.kirkuk, READER.barzani, READER.talks, READER.cutShort]) {
        const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${site.server.url}${path}`);
        const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        assert.deepEqual(found.violations.map((v) => `${path} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
        await context.close();
      }
    }
  });
});

describe("an article", () => {
  test("links the first mention of each actor and place in the story to its page, aliases included", async () => {
    const { page, close } = await open(READER.talks);
    const story = page.locator(".story");
    assert.equal(await story.getByRole("link", { name: "Masoud Barzani" }).count(), 1);
    assert.equal(await story.getByRole("link", { name: "Kirkuk" }).getAttribute("href"), "/places/kirkuk/");
    await story.getByRole("link", { name: "Hawler" }).click();
    await page.waitForURL(/\/places\/erbil\/$/);
    await close();
  });

  test("whose outlet nobody identified says so in words, and that outlet has no page, index entry or sitemap line", async () => {
    const { page, close } = await open(READER.unknownOutlet);
    assert.match((await page.locator(".byline").textContent())!, /· Outlet unknown/);
    assert.equal(await page.locator(".byline a").count(), 0, "nothing to follow");
    await page.goto(`${site.server.url}/outlets/`);
    assert.doesNotMatch((await page.locator("main").textContent())!, /Unknown outlet/);
    await page.goto(`${site.server.url}${READER.kirkuk}`);
    assert.match((await page.locator(".article-list li", { hasText: "Power cuts return" }).textContent())!, /outlet unknown/);
    assert.equal(fs.existsSync(path.join(site.build.site, "outlets/unknown-outlet")), false);
    assert.doesNotMatch(fs.readFileSync(path.join(site.build.site, "sitemap.xml"), "utf8"), /unknown-outlet/);
    await close();
  });

  test("from a capture that stops mid-sentence says so at the end, with the original's address", async () => {
    const { page, close } = await open(READER.cutShort, 375);
    const note = page.locator(".story > :last-child");
    assert.match((await note.textContent())!, /^The capture ends here, mid-sentence; the original is at https:\/\/news\.example\/sport\/kirkuk-club\.$/);
    assert.equal(await note.getByRole("link").getAttribute("href"), READER.cutShortUrl);
    const { page: whole, close: closeWhole } = await open(READER.talks);
    assert.equal(await whole.locator(".capture-end").count(), 0, "a complete story has no such note");
    await closeWhole();
    await close();
  });
});

describe("the maps", () => {
  /** Boxes of the map's labels as Chromium lays them out. */
  async function labelBoxes(page: import("playwright-core").Page, selector: string) {
    return page.locator(`${selector} svg text`).evaluateAll((texts) => texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent ?? "", left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }));
  }

  test("a city's map draws the countries around it, its own country apart, other places as linked dots, names that never overlap", async () => {
    const { page, close } = await open(READER.kirkuk);
    const map = page.locator(".place-map");
    const countries = await map.locator("path.map__land title").allTextContents();
    for (const name of ["Iraq", "Iran"]) assert.ok(countries.includes(name), `${name} is drawn: ${countries.join(", ")}`);
    assert.equal(await map.locator("path.map__land--home title").textContent(), "Iraq");
    const labels = await labelBoxes(page, ".place-map");
    assert.ok(labels.some((label) => label.text === "Kirkuk"), "the place is named");
    assert.ok(labels.some((label) => label.text === "Erbil"), "its neighbour named in the same article is named");
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        assert.ok(apart, `"${a.text}" and "${b.text}" overlap`);
      }
    }
    const erbil = map.getByRole("link", { name: /^Erbil/ });
    assert.match((await erbil.locator("title").textContent())!, /^Erbil \(in 1 article with Kirkuk\)$/);
    await erbil.click();
    await page.waitForURL(/\/places\/erbil\/$/);
    assert.equal(await page.locator("script[src]").count(), 0, "the map needs no script");
    await close();
  });

  test("a region's map draws the region as its outline, over its country, with the places inside it", async () => {
    const { page, close } = await open(READER.kurdistan);
    const map = page.locator(".place-map");
    const region = map.locator("path.map__region");
    assert.equal(await region.locator("title").textContent(), "Iraqi Kurdistan");
    assert.equal(await map.locator(".map__here").count(), 0, "no dot stands for the region");
    assert.equal(await map.locator("path.map__land--home title").textContent(), "Iraq");
    assert.match((await map.locator("figcaption").textContent())!, /^Iraqi Kurdistan outlined;/);
    const inside = (name: string) => region.evaluate((element, dot) => {
      const path = element as unknown as SVGGeometryElement;
      const circle = [...path.ownerSVGElement!.querySelectorAll("a")].find((link) => link.querySelector("title")?.textContent?.startsWith(dot))!.querySelector("circle")!;
      return path.isPointInFill(new DOMPoint(circle.cx.baseVal.value, circle.cy.baseVal.value));
    }, name);
    assert.equal(await inside("Erbil"), true, "Erbil lies inside the outline");
    assert.equal(await inside("Kirkuk"), false, "Kirkuk lies outside it");
    await close();
  });

  test("the home page maps where the stories happen, each dot leading to its place", async () => {
    const { page, close } = await open("/", 375);
    const map = page.locator(".archive-map");
    const dot = map.getByRole("link", { name: "Kirkuk: 10 articles" });
    assert.equal(await dot.count(), 1);
    const box = (await map.locator(".map__scroll").boundingBox())!;
    assert.ok(box.width <= 375, "fits a phone (the map scrolls sideways inside its box, names readable)");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, "the page does not scroll sideways");
    await dot.click();
    await page.waitForURL(/\/places\/kirkuk\/$/);
    await close();
  });
});

describe("lists and archives", () => {
  test("on a phone, each month of the home timeline and each year label is a target a finger can hit; the first year is labelled", async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    const chart = page.getByRole("group", { name: "Articles per month, March 2015 to September 2021" });
    const months = chart.getByRole("link", { name: /^\w+ \d{4}: \d+ articles?$/ });
    assert.equal(await months.count(), 19, "one link for each month with articles");
    for (const box of await months.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
      assert.ok(box.width >= 44 && box.height >= 44, `a month is at least 44×44 px: ${box.width}×${box.height}`);
    }
    const years = chart.getByRole("link", { name: /^\d{4}$/ });
    assert.deepEqual(await years.allTextContents(), ["2015", "2016", "2017", "2018", "2019", "2021"], "2020 has no article, so no page to link");
    assert.deepEqual(await chart.locator(".timeline__year").allTextContents(), ["2015", "2016", "2017", "2018", "2019", "2020", "2021"]);
    const yearBoxes = await years.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of yearBoxes) assert.ok(box.width >= 24 && box.height >= 24, `a year is at least 24×24 px: ${box.width}×${box.height}`);
    const firstMonth = (await chart.getByRole("link", { name: "March 2015: 1 article" }).boundingBox())!;
    assert.ok(Math.abs(yearBoxes[0]!.x - firstMonth.x) < 1 && yearBoxes[0]!.y >= firstMonth.y + firstMonth.height, "the first year hangs under the first month");
    assert.ok(await page.getByText("Swipe the chart sideways for later months.").isVisible(), "the phone is told the chart goes on");
    await chart.getByRole("link", { name: "October 2017: 1 article" }).tap();
    await page.waitForURL(/\/archive\/2017\/10\/$/);
    await context.close();
  });

  test("a month lists its articles by day with their standfirsts, calm headlines, and links to the months around it", async () => {
    const { page, close } = await open("/archive/2017/10/");
    const item = page.locator(".article-list li", { hasText: "Leaders meet to settle the budget dispute" });
    assert.match((await item.locator(".article-list__standfirst").textContent())!, /^Masoud Barzani met the governor of Kirkuk on Monday/);
    const headline = item.locator(".article-list__title");
    assert.equal(await headline.evaluate((link) => getComputedStyle(link).textDecorationLine), "none");
    await headline.hover();
    assert.equal(await headline.evaluate((link) => getComputedStyle(link).textDecorationLine), "underline");
    const months = page.getByRole("navigation", { name: "Months" }).first();
    assert.equal(await months.getByRole("link", { name: "September 2016" }).count(), 0, "only months with articles");
    assert.equal(await months.locator('a[rel="prev"]').textContent(), "← November 2016");
    await months.locator('a[rel="next"]').click();
    await page.waitForURL(/\/archive\/2017\/12\/$/);
    await close();
  });

  test("a year lists every article it holds, by month, and links to the years around it", async () => {
    const { page, close } = await open("/archive/2017/", 375);
    const titles = await page.locator(".article-list__title").allTextContents();
    assert.deepEqual(titles, ["Road to the north closed for repairs", "Leaders meet to settle the budget dispute"]);
    const years = page.getByRole("navigation", { name: "Years" }).first();
    assert.equal(await years.locator('a[rel="prev"]').textContent(), "← 2016");
    await years.locator('a[rel="next"]').click();
    await page.waitForURL(/\/archive\/2018\/$/);
    await close();
  });

  test("an A–Z entry never splits across columns", async () => {
    const { page, close } = await open("/places/", 1280);
    const entries = page.locator(".counted--columns li");
    assert.ok((await entries.count()) >= 1);
    for (const lines of await entries.evaluateAll((items) => items.map((item) => ({ style: getComputedStyle(item).breakInside, boxes: new Set([...item.getClientRects()].map((rect) => Math.round(rect.left))).size })))) {
      assert.deepEqual(lines, { style: "avoid", boxes: 1 });
    }
    await close();
  });

  test("on a phone each letter of an A–Z index is a target a finger can hit", async () => {
    const { page, close } = await open("/places/", 375);
    const letters = page.locator(".letters a");
    assert.ok((await letters.count()) >= 3);
    for (const box of await letters.evaluateAll((links) => links.map((link) => ({ text: link.textContent, ...link.getBoundingClientRect().toJSON() as DOMRect })))) {
      assert.ok(box.width >= 24 && box.height >= 24, `${box.text}: ${box.width}×${box.height}`);
    }
    await close();
  });
});

describe("the maintainer's report", () => {
  test("is not in the reader's footer, fits a phone, and starts with what to do first", async () => {
    const { page, close } = await open("/", 375);
    assert.equal(await page.locator("footer a", { hasText: /report/i }).count(), 0);
    await page.goto(`${site.server.url}/report/`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, "no sideways scrolling");
    const sections = await page.locator("main h2").allTextContents();
    assert.deepEqual(sections.slice(0, 4), ["What to do first", "Errors", "Titles and dates to check", "Names no registry knows"]);
    const steps = await page.locator(".report-todo li").allTextContents();
    assert.ok(steps.some((step) => /^\d+ other warnings$/.test(step)), steps.join(" | "));
    const warning = page.locator("#warnings + table tr", { hasText: "kirkuk-unknown-outlet.txt" });
    assert.match((await warning.textContent())!, /no outlet found/);
    await close();
  });
});
