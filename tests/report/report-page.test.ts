// The maintainer's report page: titles and dates to check, by capture, most urgent first, with the header field that fixes each.
import assert from "node:assert/strict";
import { test } from "node:test";
import { chromeLikeTitle } from "../../src/report/chrome-title.ts";
import { headerChecks, reportPage, type ReportPageData } from "../../src/report/report-page.ts";
import type { Message } from "../../src/messages.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import type { Archive, ArticleView } from "../../src/site/archive-types.ts";

test("a title that reads like page chrome is flagged with the rule that knows it", () => {
  assert.equal(chromeLikeTitle("Share this article"), "share-prompt");
  assert.equal(chromeLikeTitle("Subscribe to our newsletter"), "newsletter");
  assert.equal(chromeLikeTitle("Home > News > Iraq"), "breadcrumb");
  assert.equal(chromeLikeTitle("Rudaw", "Rudaw"), "outlet-name");
  assert.equal(chromeLikeTitle("Barzani meets the governor of Kirkuk"), undefined);
});

function view(slug: string, more: Partial<ArticleView>): ArticleView {
  return { slug, title: `Story ${slug}`, date: "2020-01-01", titleDerived: false, sources: [{ name: `${slug}.txt` }], outlet: { kind: "outlet", name: "Rudaw", slug: "rudaw", path: "/outlets/rudaw/" }, ...more } as ArticleView;
}

test("checks come most urgent first (a chrome title, then no date, an inferred date, a derived title), then by capture", () => {
  const archive = {
    articles: [
      view("b-derived", { titleDerived: true }),
      view("a-inferred", {}),
      view("c-undated", { date: undefined, captured: "2026-11-20T08:15:00Z" }),
      view("d-chrome", { title: "Share this article" }),
    ],
  } as unknown as Archive;
  const curation = { unknownNames: [], undated: [], merged: [], uncertainDates: [{ article: "a-inferred", date: "2020-01-01", rule: "event-date", confidence: "low" }] };
  const checks = headerChecks(archive, curation);
  assert.deepEqual(checks.map((c) => [c.capture, c.field, c.why]), [
    ["d-chrome.txt", "title", "title looks like page chrome (share-prompt)"],
    ["c-undated.txt", "date", "nothing dates it; captured 2026-11-20"],
    ["a-inferred.txt", "date", "date inferred (event-date, low confidence)"],
    ["b-derived.txt", "title", "title derived from the text: the capture has no headline line"],
  ]);
});

test("a page made after another (its rows kept by capture, article and message) is the page made afresh", () => {
  const config = siteConfigFrom({ SITE_URL: "https://example.org/archive/" });
  const archive = { config, articles: [view("a", {}), view("b", {})] } as unknown as Archive;
  const warning: Message = { file: "content/sources/b.txt", line: 3, severity: "warning", ruleId: "outlet-missing", reason: "no outlet <found>" };
  const page = (captures: ReportPageData["captures"], messages: Message[]): ReportPageData => ({
    outcome: "built-with-warnings",
    counts: { captures: captures.length },
    captures,
    messages,
    curation: { unknownNames: [], undated: [], uncertainDates: [], merged: [] },
  });
  const before = page([{ file: "a.txt", article: "a" }, { file: "b.txt", article: "b" }, { file: "c.txt", article: null }], [warning]);
  // b.txt joined a's story, c.txt went, d.txt came: rows changed, kept, gone and new.
  const after = page([{ file: "a.txt", article: "a" }, { file: "b.txt", article: "a" }, { file: "d.txt", article: "b" }], [warning, { ...warning, file: "content/sources/d.txt" }]);
  reportPage(archive, before);
  const followed = reportPage(archive, after);
  // A page under another path prefix starts its capture rows afresh.
  reportPage({ ...archive, config: siteConfigFrom({ SITE_URL: "https://example.org/other/" }) } as Archive, before);
  assert.equal(followed, reportPage(archive, after));
  assert.ok(followed.includes('<code>b.txt</code></td><td data-label="Article"><a href="/archive/articles/a/">a</a>'), "b.txt's row names the article it is in now");
  assert.ok(!followed.includes("c.txt"), "a capture gone has no row");
  assert.ok(followed.includes("<code>content/sources/d.txt:3</code>"), "the new message has its row");
});
