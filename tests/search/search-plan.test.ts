// The search step's plan: when the index is cut into shards, and what the search page tells its
// client about them (data attributes, newest shard first).
import assert from "node:assert/strict";
import { test } from "node:test";
import { SHARD_MIN_ARTICLES, searchPageData, wantsShards } from "../../src/search/search-plan.ts";
import { planShards } from "../../src/search/shard-plan.ts";

test("shards from SHARD_MIN_ARTICLES articles on when asked for 'auto', never without search", () => {
  assert.equal(wantsShards("auto", SHARD_MIN_ARTICLES - 1, true), false);
  assert.equal(wantsShards("auto", SHARD_MIN_ARTICLES, true), true);
  assert.equal(wantsShards(true, 3, true), true);
  assert.equal(wantsShards(true, 3, false), false);
  assert.equal(wantsShards(false, 1_000_000, true), false);
});

test("the page names the shards newest first and the years of the one a first search waits for", () => {
  const shards = planShards([{ year: "2015", articles: 900 }, { year: "2016", articles: 900 }, { year: "2017", articles: 5 }, { year: "2018", articles: 5 }], { maxArticles: 1000, recentArticles: 10 });
  const data = searchPageData(shards, (sitePath) => `/news${sitePath}`);
  assert.deepEqual(data, {
    mergeBundles: ["/news/pagefind-shards/2017-2018/", "/news/pagefind-shards/2016/", "/news/pagefind-shards/2015/"],
    earlyBundles: 1,
    earlyFrom: "2017",
    earlyTo: "2018",
    recentAdditions: "/news/pagefind-recent.json",
  });
});

test("one shard is merged whole (no early search); no shards, nothing to merge", () => {
  const one = planShards([{ year: "2020", articles: 3 }], { maxArticles: 1000, recentArticles: 10 });
  assert.deepEqual(searchPageData(one, (p) => p), { mergeBundles: ["/pagefind-shards/2020/"], earlyBundles: 0, earlyFrom: "", earlyTo: "", recentAdditions: "/pagefind-recent.json" });
  assert.deepEqual(searchPageData([], (p) => p), { mergeBundles: [], earlyBundles: 0, earlyFrom: "", earlyTo: "", recentAdditions: "" });
});
