// The search step's plan: whether the index is cut into shards (from SHARD_MIN_ARTICLES articles
// on), which pages each Pagefind bundle indexes, and what the search page tells its client about
// the bundles (searchPageData: plain data attributes, read by layouts/assets/search.js). The shards
// themselves are cut by shard-plan.ts, whose invariant (disjoint periods covering every dated
// article, newest first) the client's date sort relies on: planSearch checks it on every build.
import type { Archive } from "../site/archive-types.ts";
import { ARTICLE_PAGES_GLOB, ENTITY_PAGE, ENTITY_PAGES_GLOB, type SearchBundle } from "./index-site.ts";
import { RECENT_DATA_FILE } from "./recent-additions.ts";
import { type SearchShard, shardHolds, shardOrderProblem } from "./shard-plan.ts";

/** From this many articles on, the search index is split by year (measured: one 10k index needs ~2.7 GB). */
export const SHARD_MIN_ARTICLES = 2000;

/** "auto" shards from SHARD_MIN_ARTICLES articles on; no search, no shards. */
export type ShardChoice = boolean | "auto";

export function wantsShards(choice: ShardChoice, articleCount: number, search: boolean): boolean {
  return search && (choice === "auto" ? articleCount >= SHARD_MIN_ARTICLES : choice);
}

export interface SearchPlan {
  /** The bundles to index, the main one ("pagefind") first, then the shards, largest first. */
  bundles: SearchBundle[];
}

const pageFile = (sitePath: string) => `${sitePath.slice(1)}index.html`;

/** The search bundles of an archive: one, or one for entity pages (and undated articles) plus the shards. */
export function planSearch(archive: Archive, search: boolean): SearchPlan {
  if (!search) return { bundles: [] };
  const entities = [...archive.actors, ...archive.places, ...archive.outlets].map((entity) => pageFile(entity.path)).filter((file) => ENTITY_PAGE.test(file)).sort();
  if (archive.searchBundles.length === 0) {
    const files = [...archive.articles.map((a) => pageFile(a.path)).sort(), ...entities];
    return { bundles: [{ outputDir: "pagefind", files, articleCount: archive.articles.length, globs: [ARTICLE_PAGES_GLOB, ENTITY_PAGES_GLOB] }] };
  }
  const shards = shardBundles(archive);
  // Shards are cut by date: undated articles go into the main bundle, beside the entity pages.
  const undated = archive.articles.filter((article) => article.date === undefined).map((a) => pageFile(a.path)).sort();
  const sharded = shards.reduce((sum, shard) => sum + shard.files.length, 0);
  // An article in no shard would be unsearchable (and one in two would break the date sort).
  if (sharded + undated.length !== archive.articles.length) throw new Error(`search shards hold ${sharded + undated.length} of ${archive.articles.length} articles`);
  shards.sort((a, b) => b.files.length - a.files.length || (a.outputDir < b.outputDir ? -1 : 1));
  const main: SearchBundle = undated.length === 0
    ? { outputDir: "pagefind", files: entities, articleCount: 0, globs: [ENTITY_PAGES_GLOB] }
    : { outputDir: "pagefind", files: [...undated, ...entities], articleCount: undated.length };
  return { bundles: [main, ...shards] };
}

/** One bundle per shard of the archive, holding the dated articles of its periods. */
function shardBundles(archive: Archive): SearchBundle[] {
  const problem = shardOrderProblem(archive.searchBundles);
  if (problem) throw new Error(`search shards break the order the search page relies on: ${problem}`);
  return archive.searchBundles.map((shard) => {
    const files = archive.articles.filter((article) => article.date !== undefined && shardHolds(shard, article.date)).map((a) => pageFile(a.path)).sort();
    return { outputDir: shard.path.replace(/^\/+|\/+$/g, ""), files, articleCount: files.length };
  });
}

/** How many articles the main bundle holds (data-main-articles): every article without shards, the
 * undated ones with them (planSearch). Counted from the year counts, which the search page reads;
 * with none, the search page tells articles from entity pages by bundle (search.js, kindsByBundle). */
export function mainBundleArticles(archive: Pick<Archive, "articles" | "years" | "searchBundles">): number {
  if (archive.searchBundles.length === 0) return archive.articles.length;
  return archive.articles.length - archive.years.reduce((sum, year) => sum + year.count, 0);
}

/** How long the search page waits after a keystroke before it searches (data-debounce-ms: the
 * page's script reads it there, and so does the bench, whose figures are beyond it). */
export const SEARCH_DEBOUNCE_MS = 120;

/** What the search page tells its client about the bundles, as its data attributes hold them. */
export interface SearchPageData {
  /** data-merge-bundles: the shards' URLs, newest first (the invariant of shard-plan.ts), space-separated. */
  mergeBundles: string[];
  /** data-early-bundles: how many of them (the newest) a first search waits for before showing results. */
  earlyBundles: 0 | 1;
  /** data-early-from / data-early-to: the first and last year those early shards hold ("" when none). */
  earlyFrom: string;
  earlyTo: string;
  /** data-recent-additions: the URL of the recent bundle's data (recent-additions.ts), "" without shards. */
  recentAdditions: string;
}

/** The search page's data for `shards` (archive.searchBundles); `url` makes a site path a URL. */
export function searchPageData(shards: readonly SearchShard[], url: (sitePath: string) => string): SearchPageData {
  // The newest shard is searched first and its results shown while the older ones load.
  const recent = shards.length > 1 ? shards[0]! : undefined;
  return {
    mergeBundles: shards.map((shard) => url(shard.path)),
    earlyBundles: recent ? 1 : 0,
    earlyFrom: recent?.years[0] ?? "",
    earlyTo: recent?.years.at(-1) ?? "",
    recentAdditions: shards.length > 0 ? url(`/${RECENT_DATA_FILE}`) : "",
  };
}
