// The site files family: the sitemap lists what the other families declared for it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFamily } from "./unit-site.ts";

test("the sitemap lists the pages declared for it, sorted: no feed, redirect or 404", () => {
  const { draft, parts, pages } = buildFamily("site files");
  assert.deepEqual(parts.pagePaths, draft.pages.filter((page) => page.inSitemap).map((page) => page.path).sort());
  assert.ok(parts.pagePaths!.includes("/") && parts.pagePaths!.includes("/search/") && parts.pagePaths!.includes("/archive/"));
  assert.ok(!parts.pagePaths!.some((sitePath) => sitePath.endsWith(".xml") || sitePath === "/articles/kirkuk-talks-old/"));
  assert.deepEqual(pages.map((page) => [page.path, page.template, page.reads]), [
    ["/sitemap.xml", "sitemap", ["site:pages"]],
    ["/robots.txt", "robots", []],
    ["/_headers", "headers", []],
    ["/404.html", "404", []],
  ]);
});
