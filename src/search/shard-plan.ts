// How a large archive's articles are cut into search bundles (shards), by year. Two kinds:
// - one "recent" shard with the newest years, kept small: the search page searches it first and
//   shows its results while the others load, so a first search fetches only its index;
// - older years in runs of consecutive years, so that a full search loads fewer bundles (each
//   sends its own metadata, an index chunk per word and its filter chunks).
// How large a run may be is a trade. Memory would allow ~4,000 articles per Pagefind process
// (it grows ~0.26 MB per article: 789 articles peaked at 216 MiB, 2,917 at 759 MiB, 5,750 at
// 1,501 MiB; the cap is 1.2 GB). But a capture added to an old year re-indexes its whole run, and
// with small index chunks (pagefind-instance.ts) a bundle costs a search little: at 10,000
// articles, runs of 4,000 / 1,500 / one year gave a complete first search of 336 / 357 / 390 KB
// in 54 / 70 / 105 requests (the first results: 145 KB in each), while re-indexing a run took
// 7.4–8.8 / ~2.9 / ~1.7 CPU-s. Runs of 1,500 (two years here) keep both small.
// Runs are filled from the oldest year, so new articles (nearly always in the newest years) change
// only the recent shard; an article added to an old year re-indexes its run, and moves a year to
// the next run only when the run would pass the cap.

export interface YearCount {
  year: string;
  articles: number;
}

export interface SearchShard {
  /** Site path of the bundle folder: "/pagefind-shards/2017/" or "/pagefind-shards/2011-2016/". */
  path: string;
  /** The years it holds, oldest first. */
  years: string[];
  articles: number;
}

export interface ShardPlanOptions {
  /** Articles a run of older years may hold (one Pagefind process each). */
  maxArticles: number;
  /** The recent shard takes the newest years until it holds at least this many articles. */
  recentArticles: number;
}

/** Articles per run of older years (peak of its Pagefind process: ~400 MiB; see above). */
export const SHARD_MAX_ARTICLES = 1500;
/** Enough recent articles to fill a first page for most words, small enough to load fast. */
export const SHARD_RECENT_ARTICLES = 500;

/** The default sizes for an archive of `total` articles (small archives, sharded in tests, get small shards). */
export function shardPlanOptions(total: number): ShardPlanOptions {
  return {
    maxArticles: SHARD_MAX_ARTICLES,
    recentArticles: Math.max(1, Math.min(SHARD_RECENT_ARTICLES, Math.ceil(total * 0.05))),
  };
}

function shard(years: YearCount[]): SearchShard {
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  return {
    path: `/pagefind-shards/${first === last ? first : `${first}-${last}`}/`,
    years: years.map((y) => y.year),
    articles: years.reduce((sum, y) => sum + y.articles, 0),
  };
}

/** The shards of an archive, newest first: the recent shard, then runs of older years. */
export function planShards(yearCounts: readonly YearCount[], options: ShardPlanOptions): SearchShard[] {
  const years = yearCounts.filter((y) => y.articles > 0).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  if (years.length === 0) return [];
  let recentFrom = years.length - 1;
  for (let sum = years[recentFrom]!.articles; sum < options.recentArticles && recentFrom > 0; ) sum += years[--recentFrom]!.articles;
  const runs: YearCount[][] = [];
  let run: YearCount[] = [];
  let inRun = 0;
  for (const year of years.slice(0, recentFrom)) {
    // A year larger than the cap still makes one run: shards never split a year.
    if (run.length > 0 && inRun + year.articles > options.maxArticles) {
      runs.push(run);
      run = [];
      inRun = 0;
    }
    run.push(year);
    inRun += year.articles;
  }
  if (run.length > 0) runs.push(run);
  return [shard(years.slice(recentFrom)), ...runs.reverse().map(shard)];
}
