// The maintainer's report page: titles and dates to check, by capture, most urgent first, with the header field that fixes each.
import assert from "node:assert/strict";
import { test } from "node:test";
import { chromeLikeTitle } from "../../src/report/chrome-title.ts";
import { headerChecks } from "../../src/report/report-page.ts";
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
