// The search page family: /search/, whose script searches the Pagefind index, and the extra
// search bundles (shards cut by year) that it merges when the index is split.
import { planShards, shardPlanOptions } from "../../search/shard-plan.ts";
import { built, declarePage, type PageFamily } from "./page-family.ts";
import { COUNTS_READ, SEARCH_BUNDLES_READ } from "./read-keys.ts";

export const SEARCH_PATH = "/search/";

export const searchPage: PageFamily = {
  name: "search page",
  build(draft) {
    const { input } = draft;
    const years = built(draft, "years");
    const views = built(draft, "articles");
    const searchBundles = input.searchShards
      ? planShards(years.map((year) => ({ year: year.year, articles: year.count, months: Object.fromEntries(year.months.map((month) => [month.key, month.count])) })), shardPlanOptions(views.length))
      : [];
    return { parts: { searchBundles }, pages: [declarePage(SEARCH_PATH, "search", () => [COUNTS_READ, SEARCH_BUNDLES_READ], true)] };
  },
};
