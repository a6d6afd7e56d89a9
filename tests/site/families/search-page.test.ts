// The search page family: /search/ and the search bundles its script merges.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SEARCH_PATH } from "../../../src/site/families/search-page.ts";
import { buildFamily, unitArticles, unitInput } from "./unit-site.ts";

test("one search page; no extra bundles unless the index is cut into shards", () => {
  const { parts, pages } = buildFamily("search page");
  assert.deepEqual(parts.searchBundles, []);
  assert.deepEqual(pages, [{ path: SEARCH_PATH, template: "search", reads: ["archive:counts", "search:bundles"], inSitemap: true }]);
  const sharded = buildFamily("search page", unitInput(unitArticles(), { searchShards: true }));
  assert.ok(sharded.parts.searchBundles!.length > 0);
});
