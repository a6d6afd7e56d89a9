// The archive-by-date family: /archive/, years, months (paginated), undated, the timeline.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ARCHIVE_PATH, monthPath, UNDATED_PATH, yearPath } from "../../../src/site/families/date-archives.ts";
import { article, buildFamily, unitInput } from "./unit-site.ts";

test("paths of the archive, a year, a month and the undated articles", () => {
  assert.deepEqual([ARCHIVE_PATH, yearPath("2017"), monthPath("2017-10"), UNDATED_PATH], ["/archive/", "/archive/2017/", "/archive/2017/10/", "/archive/undated/"]);
});

test("declares the archive, each year, each month's pages and the undated page", () => {
  const { pages } = buildFamily("archives by date");
  assert.deepEqual(pages.map((page) => [page.template, page.path]), [
    ["archive", "/archive/"],
    ["year", "/archive/2019/"],
    ["year", "/archive/2017/"],
    ["month", "/archive/2017/09/"],
    ["month", "/archive/2017/10/"],
    ["month", "/archive/2019/03/"],
    ["month", "/archive/2019/03/page/2/"],
    ["undated", "/archive/undated/"],
  ]);
});

test("a month page reads its month, which months hold articles (its neighbours) and the articles it lists, not the counts; the archive reads the counts, a year the counts and its articles", () => {
  const { parts, pages } = buildFamily("archives by date");
  const second = parts.monthPages!.find((page) => page.pager.path === "/archive/2019/03/page/2/")!;
  const reads = pages.find((page) => page.path === second.pager.path)!.reads;
  assert.equal(reads[0], "month:2019-03");
  for (const item of second.articles) assert.ok(reads.includes(`article:${item.slug}`), item.slug);
  assert.deepEqual(pages.find((page) => page.path === "/archive/")!.reads, ["archive:counts", "archive:undated"]);
  assert.ok(reads.includes("archive:months"));
  assert.ok(!reads.includes("archive:counts"));
  assert.deepEqual(pages.find((page) => page.path === "/archive/2017/")!.reads, ["archive:counts", "article:kirkuk-talks", "entity:outlet:shafaq-news", "article:erbil-rejects"]);
  assert.deepEqual(pages.find((page) => page.path === UNDATED_PATH)!.reads, ["archive:undated", "article:undated-note", "entity:outlet:al-monitor"]);
});

test("the timeline runs from the first month to the last, empty months included", () => {
  const { parts } = buildFamily("archives by date");
  assert.equal(parts.timeline!.length, 19);
  assert.deepEqual(parts.timeline![0], { key: "2017-09", label: "September 2017", count: 1, path: "/archive/2017/09/" });
});

test("no undated articles, no undated page", () => {
  const { pages } = buildFamily("archives by date", unitInput([article("a")]));
  assert.ok(!pages.some((page) => page.template === "undated"));
});
