// The search page family: /search/, whose script searches the Pagefind index, and the extra
// search bundles (shards cut by year) that it merges when the index is split.
import { shardsOfYears } from "../../search/shard-plan.ts";
import { built, declarePage, type PageFamily } from "./page-family.ts";
import { COUNTS_READ, SEARCH_BUNDLES_READ } from "./read-keys.ts";

export const SEARCH_PATH = "/search/";

export const searchPage: PageFamily = {
  name: "search page",
  build(draft) {
    const { input } = draft;
    const years = built(draft, "years");
    const views = built(draft, "articles");
    // The shard plan is the search step's (src/search/shard-plan.ts); the page only shows it.
    const searchBundles = input.searchShards ? shardsOfYears(years, views.length) : [];
    return { parts: { searchBundles }, pages: [declarePage(SEARCH_PATH, "search", () => [COUNTS_READ, SEARCH_BUNDLES_READ], true)] };
  },
};
