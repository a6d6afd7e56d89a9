// End to end: a capture nothing dates is built as an undated article — said so on its page, on
// the undated archive page, last in date-ordered lists, out of the feeds, in the curation report —
// and the pages still pass the HTML checker and the link checker.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { check, LinkState } from "linkinator";
import type { BuildReport } from "../../src/publish/write-report.ts";
import { checkHtml, formatNuHtmlMessage } from "../helpers/nu-html-checker.ts";
import { buildUndatedSite, UNDATED_CAPTURED, UNDATED_SLUG, type UndatedBuild } from "../helpers/undated-site.ts";

let build: UndatedBuild;
const read = (file: string) => fs.readFileSync(path.join(build.site, file), "utf8");
const ARTICLE = `/articles/${UNDATED_SLUG}/`;
/** Article paths in the order a page lists them. */
const listed = (html: string) => [...html.matchAll(/class="article-list__title" href="([^"]+)"/g)].map((match) => match[1]);

before(async () => {
  build = await buildUndatedSite();
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("an undated capture, built", () => {
  test("is written with no date and its capture time, and the build warns about it", () => {
    assert.equal(build.result.exitCode, 0);
    assert.equal(build.result.counts.articles, 3);
    const text = fs.readFileSync(path.join(build.dir, "articles", `${UNDATED_SLUG}.md`), "utf8");
    assert.doesNotMatch(text, /^date:/m);
    assert.match(text, new RegExp(`^captured: "${UNDATED_CAPTURED}"$`, "m"));
    const warning = build.result.messages.find((message) => message.ruleId === "date-missing");
    assert.ok(warning, "a date-missing warning");
    assert.match(warning.file, /orchard-harvest-3333cccc\.txt$/);
  });

  test("its page says Undated and when it was captured, and claims no publication date", () => {
    const page = read(`${ARTICLE.slice(1)}index.html`);
    assert.match(page, /<span class="undated">Undated<\/span> \(captured on <time datetime="2026-11-20T08:15:00.000Z">20 November 2026<\/time>\)/);
    assert.doesNotMatch(page, /article:published_time/);
    assert.doesNotMatch(page, /datePublished/);
    assert.doesNotMatch(page, /data-pagefind-sort/);
    assert.doesNotMatch(page, /data-pagefind-meta="date/);
    assert.match(page, /data-pagefind-filter="year">Undated</);
  });

  test("the undated archive page lists it, and the archive index links there", () => {
    assert.deepEqual(listed(read("archive/undated/index.html")), [ARTICLE]);
    assert.match(read("archive/index.html"), /<a href="\/archive\/undated\/">Undated<\/a> <span class="count">1<\/span>/);
    assert.match(read("sitemap.xml"), /<loc>https:\/\/archive\.example\/archive\/undated\/<\/loc>/);
    assert.ok(!fs.existsSync(path.join(build.site, "archive/2026")), "no year archive from the capture time");
  });

  test("it comes after every dated article on the home page and on entity pages", () => {
    assert.deepEqual(listed(read("index.html")), ["/articles/fire-destroys-part-of-the-old-market-in-erbil/", "/articles/new-bridge-over-the-zab-opens-to-traffic/", ARTICLE]);
    const kirkuk = read("places/kirkuk/index.html");
    assert.deepEqual(listed(kirkuk), ["/articles/fire-destroys-part-of-the-old-market-in-erbil/", "/articles/new-bridge-over-the-zab-opens-to-traffic/", ARTICLE]);
    assert.match(kirkuk, /Latest appearance<\/dt><dd><time datetime="2019-05-06">/, "appearances are dated ones");
  });

  test("the feeds leave it out (it has no date to publish it under)", () => {
    for (const feed of ["feed.xml", "feed.json", "places/kirkuk/feed.xml", "places/kirkuk/feed.json", "actors/peshmerga/feed.xml"]) {
      assert.doesNotMatch(read(feed), new RegExp(UNDATED_SLUG), feed);
    }
    assert.match(read("feed.xml"), /<entry>[\s\S]*new-bridge-over-the-zab/);
    const json = JSON.parse(read("feed.json")) as { items: { date_published?: string }[] };
    assert.deepEqual(json.items.map((item) => item.date_published), ["2019-05-06T00:00:00Z", "2018-03-12T00:00:00Z"]);
  });

  test("the curation report lists it for the maintainer", () => {
    const report = JSON.parse(read("report/report.json")) as BuildReport;
    assert.deepEqual(report.curation.undated, [{ article: UNDATED_SLUG, captured: UNDATED_CAPTURED, sources: ["orchard-harvest-3333cccc.txt"] }]);
    assert.ok(!report.curation.uncertainDates.some((entry) => entry.article === UNDATED_SLUG));
    assert.match(read("report/index.html"), /<h2 id="checks">Titles and dates to check<\/h2>[\s\S]*<code>orchard-harvest-3333cccc.txt<\/code><\/td><td data-label="Now"><a href="[^"]*\/articles\/apricot-growers-near-kirkuk[^"]*">Undated<\/a><\/td><td data-label="Why">nothing dates it; captured 2026-11-20<\/td><td data-label="Fix in its header"><code>date: &quot;YYYY-MM-DD&quot;<\/code>/);
  });

  test("every page validates with the Nu HTML checker", async () => {
    const messages = await checkHtml([build.site]);
    assert.deepEqual(messages.filter((m) => m.type === "error").map(formatNuHtmlMessage), []);
  });

  test("no internal link or fragment is broken", async () => {
    const result = await check({ path: build.site, recurse: true, checkFragments: true, linksToSkip: ["^https?://(?!localhost)"] });
    assert.deepEqual(result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`), []);
  });
});
