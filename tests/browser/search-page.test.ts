// The search page in a real browser: Debian's Chromium against the search fixture project
// (tests/fixtures/search) served on 127.0.0.1. Expected results are computed from the fixtures'
// front matter and text, never written out by hand.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import {
  buildSearchFixture,
  type FixtureArticle,
  searchFixtureArticles,
  type SearchFixtureBuild,
  waitForSearch,
  watchProblems,
  writeBundle,
} from "../helpers/search-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { searchPageData } from "../../src/search/search-plan.ts";
import { type ArchiveYear, type SearchShard, shardHolds, shardsOfYears } from "../../src/search/shard-plan.ts";

let build: SearchFixtureBuild;
let server: StaticServer;
let browser: Browser;
const articles = searchFixtureArticles();
const contexts: BrowserContext[] = [];

const matching = (word: string) => articles.filter((a) => new RegExp(`\\b${word}\\b`, "i").test(a.text));
const titles = (list: readonly FixtureArticle[]) => list.map((a) => a.title).sort();
const query = (params: [string, string][]) => {
  const text = new URLSearchParams(params).toString();
  return text ? `?${text}` : "";
};

/** The fixture articles' years and months, counted as the site's year pages count them. */
function yearsOf(list: readonly FixtureArticle[]): ArchiveYear[] {
  const years = [...new Set(list.map((a) => a.date.slice(0, 4)))].sort();
  return years.map((year) => {
    const inYear = list.filter((a) => a.date.startsWith(year));
    const months = [...new Set(inYear.map((a) => a.date.slice(0, 7)))].sort().map((key) => ({ key, count: inYear.filter((a) => a.date.startsWith(key)).length }));
    return { year, count: inYear.length, months };
  });
}

/** A fresh browser context whose console errors and CSP violations end up in `problems`. */
async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const problems = await watchProblems(context);
  return { page: await context.newPage(), problems };
}

async function shownTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results .search__result-title").allTextContents();
}

async function shownDates(page: Page): Promise<string[]> {
  return page.locator("#search-results .search__result time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
}

async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator("#search-q").pressSequentially(text, { delay: 15 });
  await waitForSearch(page, query([["q", text]]));
}

/** Opens a facet group (actor and place start closed, fetching nothing) and waits for its values. */
async function openFacet(page: Page, facet: string): Promise<void> {
  const opener = page.locator(`#facet-opener-${facet}`);
  if ((await opener.getAttribute("aria-expanded")) !== "true") await opener.click();
  await page.locator(`#facet-body-${facet} input[type="checkbox"]`).first().waitFor();
}

async function checkFacet(page: Page, facet: string, value: string): Promise<void> {
  await openFacet(page, facet);
  await page.locator(`#search-facets input[name="${facet}"][value="${value}"]`).check();
}

before(async () => {
  build = await buildSearchFixture();
  assert.equal(build.result.exitCode, 0, JSON.stringify(build.result.messages));
  assert.deepEqual(build.result.messages, []);
  server = await serveStatic(build.site);
  browser = await launchChromium();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  if (build) fs.rmSync(build.dir, { recursive: true, force: true });
});

describe("the search page", () => {
  test("the fixtures make the searches below meaningful", () => {
    assert.equal(matching("pomegranate").length, 1);
    assert.ok(matching("talks").length >= 5);
    const talksInErbil = matching("talks").filter((a) => a.places.includes("Erbil"));
    assert.ok(talksInErbil.length >= 3 && talksInErbil.length < matching("talks").length);
    assert.ok(new Set(talksInErbil.map((a) => a.outlet)).size >= 2);
    // Stemming would make "talk", "talked"… answer "talks" too: the fixtures avoid them.
    assert.ok(articles.every((a) => !/\btalk(?!s\b)\w*/i.test(a.text)));
  });

  test("a query only one article answers finds it first", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await typeQuery(page, "pomegranate");
    const [only] = matching("pomegranate");
    assert.deepEqual(await shownTitles(page), [only!.title]);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /^1 article matches “pomegranate”/);
    const first = page.locator("#search-results .search__result").first();
    assert.equal(await first.locator("mark").first().textContent(), "pomegranate");
    assert.match((await first.locator(".search__result-meta").textContent()) ?? "", new RegExp(only!.outlet));
    assert.deepEqual(problems, []);
  });

  test("a headline match ranks above passing mentions; entity pages are shown apart", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await typeQuery(page, "Kirkuk");
    const inHeadline = articles.filter((a) => /kirkuk/i.test(a.title));
    assert.equal(inHeadline.length, 1);
    const shown = await shownTitles(page);
    assert.equal(shown[0], inHeadline[0]!.title);
    assert.deepEqual([...shown].sort(), titles(matching("Kirkuk")));
    const entityLinks = page.locator("#search-entity-list a");
    assert.deepEqual(await entityLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), ["/places/kirkuk/"]);
    assert.equal(await page.locator("#search-results a[href*='/places/']").count(), 0);
    // Found by an alias too.
    await page.locator("#search-q").fill("");
    await waitForSearch(page, "");
    await typeQuery(page, "Hawler");
    assert.deepEqual(await entityLinks.allTextContents(), ["Erbil"]);
    assert.deepEqual(problems, []);
  });

  test("a query many answer, narrowed by a place then an outlet, gives exactly the articles the front matter says", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await typeQuery(page, "talks");
    const talks = matching("talks");
    assert.deepEqual((await shownTitles(page)).sort(), titles(talks));

    const inErbil = talks.filter((a) => a.places.includes("Erbil"));
    await openFacet(page, "place");
    assert.equal((await page.locator('#search-facets input[name="place"][value="Erbil"]').locator("xpath=..").textContent())?.trim(), `Erbil ${inErbil.length} articles`);
    await checkFacet(page, "place", "Erbil");
    await waitForSearch(page, query([["q", "talks"], ["place", "Erbil"]]));
    assert.deepEqual((await shownTitles(page)).sort(), titles(inErbil));

    const outlet = inErbil[0]!.outlet;
    const inErbilFromOutlet = inErbil.filter((a) => a.outlet === outlet);
    await checkFacet(page, "outlet", outlet);
    const narrowed = query([["q", "talks"], ["place", "Erbil"], ["outlet", outlet]]);
    await waitForSearch(page, narrowed);
    assert.deepEqual((await shownTitles(page)).sort(), titles(inErbilFromOutlet));
    assert.equal(new URL(page.url()).search, narrowed);
    assert.match((await page.locator("#search-active").textContent()) ?? "", new RegExp(`Place: Erbil.*Outlet: ${outlet}`));
    assert.deepEqual(problems, []);
  });

  test("sorting newest and oldest orders by date", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await typeQuery(page, "talks");
    const byDate = matching("talks").map((a) => a.date).sort();
    await page.locator("#search-sort").selectOption("newest");
    await waitForSearch(page, query([["q", "talks"], ["sort", "newest"]]));
    assert.deepEqual(await shownDates(page), [...byDate].reverse());
    await page.locator("#search-sort").selectOption("oldest");
    await waitForSearch(page, query([["q", "talks"], ["sort", "oldest"]]));
    assert.deepEqual(await shownDates(page), byDate);
    assert.deepEqual(problems, []);
  });

  test("a deep link restores query, filters and sort", async () => {
    const { page, problems } = await open();
    const state = query([["q", "talks"], ["place", "Erbil"], ["sort", "oldest"]]);
    await page.goto(`${server.url}/search/${state}`);
    await waitForSearch(page, state);
    assert.equal(await page.locator("#search-q").inputValue(), "talks");
    assert.equal(await page.locator("#search-sort").inputValue(), "oldest");
    assert.ok(await page.locator('#search-facets input[name="place"][value="Erbil"]').isChecked());
    const expected = matching("talks").filter((a) => a.places.includes("Erbil")).map((a) => a.date).sort();
    assert.deepEqual(await shownDates(page), expected);
    assert.deepEqual(problems, []);
  });

  test("back and forward step through searches", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await waitForSearch(page, "");
    await typeQuery(page, "talks");
    await checkFacet(page, "place", "Erbil");
    const filtered = query([["q", "talks"], ["place", "Erbil"]]);
    await waitForSearch(page, filtered);

    await page.goBack();
    await waitForSearch(page, "?q=talks");
    assert.equal(await page.locator('#search-facets input[name="place"][value="Erbil"]').isChecked(), false);
    assert.deepEqual((await shownTitles(page)).sort(), titles(matching("talks")));
    await page.goBack();
    await waitForSearch(page, "");
    assert.equal(await page.locator("#search-q").inputValue(), "");
    assert.equal(await page.locator("#search-results li").count(), 0);
    await page.goForward();
    await waitForSearch(page, "?q=talks");
    assert.equal(await page.locator("#search-q").inputValue(), "talks");
    await page.goForward();
    await waitForSearch(page, filtered);
    assert.deepEqual((await shownTitles(page)).sort(), titles(matching("talks").filter((a) => a.places.includes("Erbil"))));
    assert.deepEqual(problems, []);
  });

  test("no results: says so, names the active filters and clears them", async () => {
    const { page, problems } = await open();
    const state = query([["q", "pomegranate"], ["place", "Erbil"]]);
    await page.goto(`${server.url}/search/${state}`);
    await waitForSearch(page, state);
    assert.equal(await page.locator("#search-results li").count(), 0);
    assert.match((await page.locator("#search-status").textContent()) ?? "", /No articles match “pomegranate” with place Erbil/);
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await waitForSearch(page, "?q=pomegranate");
    assert.deepEqual(await shownTitles(page), titles(matching("pomegranate")));
    assert.equal(new URL(page.url()).search, "?q=pomegranate");
    assert.deepEqual(problems, []);
  });

  test("keyboard: / focuses the box, arrow down and enter open a result with the terms highlighted", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await waitForSearch(page, "");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search-q");
    await page.keyboard.type("pomegranate");
    await waitForSearch(page, "?q=pomegranate");
    await page.keyboard.press("ArrowDown");
    const [only] = matching("pomegranate");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), only!.title);
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "solid");
    await Promise.all([page.waitForURL(new RegExp(`${only!.path}\\?highlight=pomegranate$`)), page.keyboard.press("Enter")]);
    const mark = page.locator("[data-pagefind-body] mark");
    await mark.first().waitFor({ timeout: 10_000 });
    assert.equal((await mark.first().textContent())?.toLowerCase(), "pomegranate");
    assert.deepEqual(problems, []);
  });

  test("words shorter than three letters wait for Enter instead of searching as you type", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await waitForSearch(page, "");
    await page.locator("#search-q").pressSequentially("oi", { delay: 15 });
    await page.waitForTimeout(400);
    assert.equal(await page.locator("#search").getAttribute("data-rendered"), "");
    assert.match((await page.locator("#search-status").textContent()) ?? "", /Keep typing/);
    await page.keyboard.press("Enter");
    await waitForSearch(page, "?q=oi");
    assert.equal(new URL(page.url()).search, "?q=oi");
    assert.deepEqual(problems, []);
  });

  test("a word being typed after others waits too while shorter than three letters (its family is most of an index)", async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/search/`);
    await waitForSearch(page, "");
    await page.locator("#search-q").pressSequentially("pomegranate", { delay: 15 });
    await waitForSearch(page, "?q=pomegranate");
    await page.keyboard.type(" oi", { delay: 15 });
    await page.waitForTimeout(400);
    assert.equal(await page.locator("#search").getAttribute("data-rendered"), "?q=pomegranate");
    assert.match((await page.locator("#search-status").textContent()) ?? "", /Keep typing/);
    await page.keyboard.type("l", { delay: 15 });
    await waitForSearch(page, "?q=pomegranate+oil");
    await page.keyboard.type(" of ", { delay: 15 });
    await waitForSearch(page, "?q=pomegranate+oil+of");
    assert.deepEqual(problems, []);
  });

  test("without JavaScript the header form submits to the search page", async () => {
    const { page, problems } = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}${articles[0]!.path}`);
    await page.locator("#site-search-q").fill("Erbil talks");
    await Promise.all([page.waitForURL(/\/search\/\?q=Erbil\+talks$/), page.locator("#site-search-q").press("Enter")]);
    assert.equal(await page.locator("#search-q").count(), 1);
    assert.match((await page.locator("noscript").textContent()) ?? "", /need JavaScript/);
    assert.deepEqual(problems, []);
  });

  test("nothing of the index loads before the reader focuses the box, Pagefind loads then; the first query stays under 150 KB compressed", async (t) => {
    const { page, problems } = await open();
    const before = server.requests.length;
    await page.goto(`${server.url}/search/`);
    await waitForSearch(page, "");
    const focused = server.requests.length;
    assert.deepEqual(server.requests.slice(before, focused).filter((p) => p.startsWith("/pagefind/")), []);
    await page.locator("#search-q").focus();
    // Focus is the reader's intent: Pagefind and its WebAssembly load while they type (the stemmer with the first word's family).
    for (let waited = 0; !server.requests.slice(focused).some((p) => /^\/pagefind\/pagefind\..*\.pf_meta$/.test(p)) && waited < 10_000; waited += 50) await page.waitForTimeout(50);
    const loadedOnFocus = server.requests.slice(focused);
    assert.ok(["/pagefind/pagefind.js", "/pagefind/wasm.en.pagefind"].every((p) => loadedOnFocus.includes(p)), loadedOnFocus.join(" "));
    assert.ok(!loadedOnFocus.some((p) => p.startsWith("/pagefind/index/")), loadedOnFocus.join(" "));
    await typeQuery(page, "talks");
    const fetched = server.requests.slice(focused);
    assert.ok(fetched.includes("/pagefind/pagefind.js") && fetched.includes("/assets/search-stem.js") && fetched.some((p) => p.startsWith("/pagefind/index/")), fetched.join(" "));
    // Bytes as a static host would serve them: gzip, except files Pagefind already compressed.
    const served = (file: string) => {
      const bytes = fs.readFileSync(path.join(build.site, decodeURIComponent(file)));
      return Math.min(bytes.length, zlib.gzipSync(new Uint8Array(bytes), { level: 9 }).length);
    };
    const total = fetched.reduce((sum, file) => sum + served(file), 0);
    t.diagnostic(`first query: ${fetched.length} requests, ${(total / 1024).toFixed(1)} KB compressed: ${fetched.join(" ")}`);
    assert.ok(total < 150 * 1024, `${total} bytes`);
    // Filter chunks so far: the entity type, outlet and year; actor and place wait for their group.
    const chunks = () => server.requests.filter((p) => p.startsWith("/pagefind/filter/")).length;
    const chunksBefore = chunks();
    assert.equal(new Set(fetched.filter((p) => p.startsWith("/pagefind/filter/"))).size, 3, fetched.join(" "));
    await openFacet(page, "actor");
    assert.equal(chunks(), chunksBefore + 1);
    assert.deepEqual(problems, []);
  });

  for (const [state, location] of [
    ["empty", "/search/"],
    ["results", "/search/?q=talks"],
    ["filtered", "/search/?q=talks&place=Erbil&outlet=Rudaw&sort=newest"],
    ["no results", "/search/?q=zzyzx&place=Erbil"],
  ] as const) {
    test(`axe finds no WCAG 2.1 A/AA violations: ${state}`, async () => {
      const { page, problems } = await open();
      await page.goto(`${server.url}${location}`);
      await waitForSearch(page, new URL(location, server.url).search);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
      assert.deepEqual(problems, []);
    });
  }
});

describe("the search page under a path prefix", () => {
  let prefixed: SearchFixtureBuild;
  let prefixedServer: StaticServer;

  before(async () => {
    prefixed = await buildSearchFixture("https://archive.example/news/");
    assert.equal(prefixed.result.exitCode, 0);
    // Served as a host would: the site lives under /news/.
    const root = path.join(prefixed.dir, "root");
    fs.mkdirSync(root);
    fs.symlinkSync(prefixed.site, path.join(root, "news"));
    prefixedServer = await serveStatic(root);
  });

  after(async () => {
    await prefixedServer?.close();
    if (prefixed) fs.rmSync(prefixed.dir, { recursive: true, force: true });
  });

  test("loads the index from the prefix, links results under it and highlights on the article", async () => {
    const { page, problems } = await open();
    const state = query([["q", "talks"], ["place", "Erbil"]]);
    await page.goto(`${prefixedServer.url}/news/search/${state}`);
    await waitForSearch(page, state);
    const hrefs = await page.locator("#search-results .search__result-title").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const expected = matching("talks").filter((a) => a.places.includes("Erbil"));
    assert.deepEqual(hrefs.map((href) => href.replace(/\?.*$/, "")).sort(), expected.map((a) => `/news${a.path}`).sort());
    await Promise.all([page.waitForURL(/\/news\/articles\/.*\?highlight=talks$/), page.locator("#search-results .search__result-title").first().click()]);
    await page.locator("[data-pagefind-body] mark").first().waitFor({ timeout: 10_000 });
    assert.ok(prefixedServer.requests.every((p) => p.startsWith("/news/")), prefixedServer.requests.filter((p) => !p.startsWith("/news/")).join(" "));
    assert.deepEqual(problems, []);
  });
});

describe("the search page with extra index bundles (per-year shards)", () => {
  let sharded: SearchFixtureBuild;
  let shardServer: StaticServer;
  const split = "2019";

  before(async () => {
    // A copy of the site the tests above search (the same build), re-indexed here.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-test-"));
    fs.cpSync(build.site, path.join(dir, "_site"), { recursive: true });
    sharded = { dir, site: path.join(dir, "_site"), result: build.result };
    // Re-index as two bundles: articles before 2019 (+ entity pages) in /pagefind/, the rest in /pagefind-recent/.
    const older = articles.filter((a) => a.date < split).map((a) => a.slug);
    const recent = articles.filter((a) => a.date >= split).map((a) => a.slug);
    fs.rmSync(path.join(sharded.site, "pagefind"), { recursive: true });
    await writeBundle(sharded.site, [`articles/{${older.join(",")}}/index.html`, "{actors,places,outlets}/*/index.html"], "pagefind");
    await writeBundle(sharded.site, [`articles/{${recent.join(",")}}/index.html`], "pagefind-recent");
    const page = path.join(sharded.site, "search/index.html");
    fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace('data-merge-bundles=""', 'data-merge-bundles="/pagefind-recent/"'));
    shardServer = await serveStatic(sharded.site);
  });

  after(async () => {
    await shardServer?.close();
    if (sharded) fs.rmSync(sharded.dir, { recursive: true, force: true });
  });

  test("merges them into one search: results and facet counts span every bundle", async () => {
    const { page, problems } = await open();
    await page.goto(`${shardServer.url}/search/?q=talks`);
    await waitForSearch(page, "?q=talks");
    assert.deepEqual((await shownTitles(page)).sort(), titles(matching("talks")));
    await checkFacet(page, "place", "Erbil");
    await waitForSearch(page, query([["q", "talks"], ["place", "Erbil"]]));
    assert.deepEqual((await shownTitles(page)).sort(), titles(matching("talks").filter((a) => a.places.includes("Erbil"))));
    assert.ok(shardServer.requests.some((p) => p.startsWith("/pagefind-recent/index/")));
    assert.deepEqual(problems, []);
  });

  test("sorts by date across bundles", async () => {
    const { page, problems } = await open();
    const byDate = matching("talks").map((a) => a.date).sort();
    for (const [sort, expected] of [["newest", [...byDate].reverse()], ["oldest", byDate]] as const) {
      const state = query([["q", "talks"], ["sort", sort]]);
      await page.goto(`${shardServer.url}/search/${state}`);
      await waitForSearch(page, state);
      assert.deepEqual(await shownDates(page), expected, sort);
    }
    assert.deepEqual(problems, []);
  });
});

describe("the search page on a sharded index (the newest shard first, then the rest)", () => {
  let sharded: SearchFixtureBuild;
  let shardServer: StaticServer;
  let recentYears: string[];
  /** The shard a first search waits for (the newest months or years). */
  let recentShard: SearchShard;
  let olderBundles: string[];

  before(async () => {
    sharded = await buildSearchFixture("https://archive.example/", { searchShards: true });
    assert.equal(sharded.result.exitCode, 0, JSON.stringify(sharded.result.messages));
    const page = fs.readFileSync(path.join(sharded.site, "search/index.html"), "utf8");
    const bundles = (/data-merge-bundles="([^"]*)"/.exec(page)?.[1] ?? "").split(" ");
    assert.ok(bundles.length >= 2, bundles.join(" "));
    assert.match(page, /data-early-bundles="1"/);
    const from = /data-early-from="(\d{4})"/.exec(page)![1]!;
    const to = /data-early-to="(\d{4})"/.exec(page)![1]!;
    recentYears = [...new Set(articles.map((a) => a.date.slice(0, 4)))].filter((y) => y >= from && y <= to);
    recentShard = shardsOfYears(yearsOf(articles), articles.length)[0]!;
    assert.equal(bundles[0], recentShard.path);
    olderBundles = bundles.slice(1);
    shardServer = await serveStatic(sharded.site);
  });

  after(async () => {
    await shardServer?.close();
    if (sharded) fs.rmSync(sharded.dir, { recursive: true, force: true });
  });

  const inRecent = (list: readonly FixtureArticle[]) => list.filter((a) => shardHolds(recentShard, a.date));

  /** Holds every request to the older shards until the returned function is called. */
  async function holdOlderShards(page: Page): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    for (const bundle of olderBundles) await page.route(`**${bundle}**`, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test("what the client reads from the page is the shard plan, and its bundles hold disjoint periods, newest first", async () => {
    const { page } = await open();
    await page.goto(`${shardServer.url}/search/`);
    // The attributes as the client reads them (root.dataset in layouts/assets/search.js).
    const data = await page.locator("#search").evaluate((root) => ({ ...(root as HTMLElement).dataset }));
    const shards = shardsOfYears(yearsOf(articles), articles.length);
    const planned = searchPageData(shards, (sitePath) => sitePath);
    assert.deepEqual(
      { mergeBundles: data.mergeBundles, earlyBundles: data.earlyBundles, earlyFrom: data.earlyFrom, earlyTo: data.earlyTo },
      { mergeBundles: planned.mergeBundles.join(" "), earlyBundles: String(planned.earlyBundles), earlyFrom: planned.earlyFrom, earlyTo: planned.earlyTo },
    );
    // The invariant sortedAcrossBundles relies on, on the site's own articles: each article is in
    // exactly one merged bundle, and each bundle's articles are all newer than the next bundle's.
    const merged = data.mergeBundles!.split(" ");
    const held = merged.map((bundle) => articles.filter((a) => shardHolds(shards.find((shard) => shard.path === bundle)!, a.date)).map((a) => a.date).sort());
    assert.equal(held.flat().length, articles.length);
    for (let i = 1; i < held.length; i++) assert.ok(held[i - 1]![0]! > held[i]!.at(-1)!, `${merged[i - 1]} then ${merged[i]}`);
    for (const bundle of merged) assert.ok(fs.existsSync(path.join(sharded.site, bundle, "pagefind-entry.json")), bundle);
  });

  test("the fixtures put matches of a query in the recent shard and in older ones", () => {
    const talks = matching("talks");
    assert.ok(inRecent(talks).length >= 1 && inRecent(talks).length < talks.length);
  });

  /** The year facet's values with their counts, as shown ("2021 2 articles"). */
  async function yearCounts(page: Page): Promise<string[]> {
    return (await page.locator("#search-facet-year label").allTextContents()).map((text) => text.trim());
  }

  function expectedYearCounts(list: readonly FixtureArticle[]): string[] {
    const years = [...new Set(list.map((a) => a.date.slice(0, 4)))].sort().reverse();
    return years.map((year) => {
      const n = list.filter((a) => a.date.startsWith(year)).length;
      return `${year} ${n} article${n === 1 ? "" : "s"}`;
    });
  }

  test("the bundles tell articles from entity pages: no filter chunk before the first results, entity pages apart", async () => {
    // Every fixture article is dated, so the main bundle holds only entity pages.
    assert.match(fs.readFileSync(path.join(sharded.site, "search/index.html"), "utf8"), /data-main-articles="0"/);
    const { page, problems } = await open();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const release = await holdOlderShards(page);
    await page.goto(`${shardServer.url}/search/?q=talks`);
    await page.locator('#search[data-partial="true"]').waitFor({ timeout: 10_000 });
    assert.deepEqual((await shownTitles(page)).sort(), titles(inRecent(matching("talks"))));
    assert.deepEqual(requested.filter((file) => file.includes("/filter/")), []);
    release();
    await waitForSearch(page, "?q=talks");
    await page.goto(`${shardServer.url}/search/?q=Kirkuk`);
    await waitForSearch(page, "?q=Kirkuk");
    assert.deepEqual((await shownTitles(page)).sort(), titles(matching("Kirkuk")));
    const entityLinks = page.locator("#search-entity-list a");
    assert.deepEqual(await entityLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), ["/places/kirkuk/"]);
    assert.equal(await page.locator("#search-results a[href*='/places/']").count(), 0);
    assert.deepEqual(problems, []);
  });

  test("a first search shows the recent shard's matches, then every shard's, with counts for all", async () => {
    const { page, problems } = await open();
    const release = await holdOlderShards(page);
    await page.goto(`${shardServer.url}/search/?q=talks`);
    await page.locator('#search[data-partial="true"]').waitFor({ timeout: 10_000 });
    const talks = matching("talks");
    assert.deepEqual((await shownTitles(page)).sort(), titles(inRecent(talks)));
    assert.match((await page.locator("#search-status").textContent()) ?? "", /so far; searching earlier years/);
    assert.notEqual(await page.locator("#search").getAttribute("data-status"), "ready");
    release();
    await waitForSearch(page, "?q=talks");
    assert.deepEqual((await shownTitles(page)).sort(), titles(talks));
    assert.match((await page.locator("#search-status").textContent()) ?? "", new RegExp(`^${talks.length} articles match “talks”`));
    assert.equal(await page.locator("#search").getAttribute("data-partial"), null);
    // The year facet counts every shard's articles.
    assert.deepEqual(await yearCounts(page), expectedYearCounts(talks));
    assert.deepEqual(problems, []);
  });

  test("sort, filters and counts are right once every shard is in, whatever the first search showed", async () => {
    const { page, problems } = await open();
    const talks = matching("talks");
    const byDate = talks.map((a) => a.date).sort();
    for (const [sort, expected] of [["newest", [...byDate].reverse()], ["oldest", byDate]] as const) {
      const state = query([["q", "talks"], ["sort", sort]]);
      await page.goto(`${shardServer.url}/search/${state}`);
      await waitForSearch(page, state);
      assert.deepEqual(await shownDates(page), expected, sort);
      assert.deepEqual(await yearCounts(page), expectedYearCounts(talks), sort);
    }
    // A place filter, then (on the same page, every shard now loaded) an outlet too.
    const inErbil = talks.filter((a) => a.places.includes("Erbil"));
    const erbilState = query([["q", "talks"], ["place", "Erbil"]]);
    await page.goto(`${shardServer.url}/search/${erbilState}`);
    await waitForSearch(page, erbilState);
    assert.deepEqual((await shownTitles(page)).sort(), titles(inErbil));
    const outlet = inErbil[0]!.outlet;
    await openFacet(page, "outlet");
    const outletCount = (await page.locator(`#search-facets input[name="outlet"][value="${outlet}"]`).locator("xpath=..").textContent())?.trim();
    assert.equal(outletCount, `${outlet} ${inErbil.filter((a) => a.outlet === outlet).length} article${inErbil.filter((a) => a.outlet === outlet).length === 1 ? "" : "s"}`);
    await checkFacet(page, "outlet", outlet);
    const both = query([["q", "talks"], ["place", "Erbil"], ["outlet", outlet]]);
    await waitForSearch(page, both);
    assert.deepEqual((await shownTitles(page)).sort(), titles(inErbil.filter((a) => a.outlet === outlet)));
    assert.equal(new URL(page.url()).search, both);
    assert.deepEqual(problems, []);
  });

  test("a year filter outside the recent shard waits for the shard holding it", async () => {
    const { page, problems } = await open();
    const old = matching("talks").filter((a) => !recentYears.includes(a.date.slice(0, 4)));
    const year = old[0]!.date.slice(0, 4);
    const state = query([["q", "talks"], ["year", year]]);
    await page.goto(`${shardServer.url}/search/${state}`);
    await waitForSearch(page, state);
    assert.deepEqual((await shownTitles(page)).sort(), titles(old.filter((a) => a.date.startsWith(year))));
    assert.deepEqual(problems, []);
  });
});
