// The home family: the latest stories and the site's totals.
import assert from "node:assert/strict";
import { test } from "node:test";
import { HOME_PATH } from "../../../src/site/families/home-page.ts";
import { buildFamily } from "./unit-site.ts";

test("the latest twenty stories; the page reads them, the totals and each kind's list", () => {
  const { parts, pages } = buildFamily("home");
  assert.equal(parts.latest!.length, 20);
  assert.deepEqual(pages.map((page) => [page.path, page.template, page.inSitemap]), [[HOME_PATH, "index", true]]);
  assert.deepEqual(pages[0]!.reads.slice(0, 5), ["archive:counts", "archive:latest", "entities:actor", "entities:place", "entities:outlet"]);
  for (const item of parts.latest!) assert.ok(pages[0]!.reads.includes(`article:${item.slug}`), item.slug);
});
