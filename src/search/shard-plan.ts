// How a large archive's articles are cut into search bundles (shards), by year. Two kinds:
// - one "recent" shard with the newest years, or months where a year holds more than it needs,
//   kept small: the search page searches it first and shows its results while the others load,
//   so a first search fetches only its index;
// - older years in runs of consecutive years, so that a full search loads fewer bundles (each
//   sends its own metadata, an index chunk per word and its filter chunks).
// How large a run may be is a trade. Memory would allow ~4,000 articles per Pagefind process
// (it grows ~0.26 MB per article: 789 articles peaked at 216 MiB, 2,917 at 759 MiB, 5,750 at
// 1,501 MiB; the cap is 1.2 GB). But a capture added to an old year re-indexes its whole run, and
// with small index chunks (pagefind-instance.ts) a bundle costs a search little: at 10,000
// articles, runs of 4,000 / 1,500 / one year gave a complete first search of 336 / 357 / 390 KB
// in 54 / 70 / 105 requests (the first results: 145 KB in each), while re-indexing a run took
// 7.4–8.8 / ~2.9 / ~1.7 CPU-s. Runs of 1,500 (two years here) keep both small.
// A year with more articles than a run may hold (tens of thousands of articles in all) is cut at
// month boundaries instead, so that no Pagefind process indexes a whole large year (~7,200
// articles a year at 100,000 peaked at 1.9 GB) and the recent shard stays small.
// Runs are filled from the oldest year, so new articles (nearly always in the newest years) change
// only the recent shard; an article added to an old year re-indexes its run, and moves a year to
// the next run only when the run would pass the cap.
//
// THE INVARIANT the search page's client relies on (layouts/assets/search.js, sortedAcrossBundles):
// the shards hold disjoint periods that together cover every dated article, listed newest first,
// so that every article of a shard is newer than every article of the shards after it. A date
// sort asks each shard alone (Pagefind sorts within one) and concatenates the answers in the
// shards' order (reversed for oldest first). shardOrderProblem states it as code; planSearch
// (search-plan.ts) checks it on every build, and tests/search/shard-plan.test.ts on many plans.

/** The site folder that holds the dated shards' bundles. */
export const SHARDS_FOLDER = "pagefind-shards";

export interface YearCount {
  year: string;
  articles: number;
  /** Articles per month ("2016-07"): a year larger than a run is cut at month boundaries. */
  months?: Record<string, number>;
}

export interface SearchShard {
  /** Site path of the bundle folder: "/pagefind-shards/2017/", "/pagefind-shards/2011-2016/" or "/pagefind-shards/2019-04-2019-06/". */
  path: string;
  /** What it holds, oldest first: whole years ("2016"), or months ("2016-07") of a year too large for one run. */
  periods: string[];
  /** The years it holds in whole or in part, oldest first. */
  years: string[];
  articles: number;
}

/** Whether an article dated `date` (ISO) belongs to `shard`. */
export function shardHolds(shard: SearchShard, date: string): boolean {
  return shard.periods.includes(date.slice(0, 4)) || shard.periods.includes(date.slice(0, 7));
}

export interface ShardPlanOptions {
  /** Articles a run of older years may hold (one Pagefind process each). */
  maxArticles: number;
  /** The recent shard takes the newest years until it holds at least this many articles. */
  recentArticles: number;
  /** A year the recent shard reaches into is taken by months from this many articles on (default:
   * twice recentArticles). The defaults keep a small archive's years whole: there a capture added
   * would move the cut (recentArticles grows with the archive), and a moved cut re-indexes shards. */
  recentMonthsFrom?: number;
}

/** Articles per run of older years (peak of its Pagefind process: ~400 MiB; see above). */
export const SHARD_MAX_ARTICLES = 1500;
/** Enough recent articles to fill a first page for most words, small enough to load fast (its
 * metadata, and its chunk of each word, are what a first search fetches of the index). At 10,000
 * articles: the newest three months, 225 articles instead of 302 at 300, 4.9 KB less before the
 * first results of "ministry of oil" (metadata 4.8 → 3.7 KB, its "of" chunk most of the rest), up
 * to 3.8 KB less on the other bench queries (bench/README.md). */
export const SHARD_RECENT_ARTICLES = 200;
/** A year the recent shard reaches into is cut by months from this many articles on: small
 * archives keep whole years (see recentMonthsFrom). */
export const SHARD_RECENT_MONTHS_FROM = 600;

/** The default sizes for an archive of `total` articles (small archives, sharded in tests, get small shards). */
export function shardPlanOptions(total: number): ShardPlanOptions {
  return {
    maxArticles: SHARD_MAX_ARTICLES,
    recentArticles: Math.max(1, Math.min(SHARD_RECENT_ARTICLES, Math.ceil(total * 0.05))),
    recentMonthsFrom: SHARD_RECENT_MONTHS_FROM,
  };
}

interface Period {
  period: string;
  articles: number;
}

function shard(periods: Period[]): SearchShard {
  const first = periods[0]!.period;
  const last = periods[periods.length - 1]!.period;
  return {
    path: `/${SHARDS_FOLDER}/${first === last ? first : `${first}-${last}`}/`,
    periods: periods.map((p) => p.period),
    years: [...new Set(periods.map((p) => p.period.slice(0, 4)))],
    articles: periods.reduce((sum, p) => sum + p.articles, 0),
  };
}

/** Whole years, but a year is taken month by month where it holds more articles than a run may,
 * or more than recentMonthsFrom (600) when the recent shard reaches into it (the newer years
 * holding fewer): the recent shard then stops at a month. At 10,000 articles it holds 225 articles
 * (the newest three months) instead of the newest year's 898, whose metadata took 10 KB more of a
 * first search and a common word's chunk ("of") 18 KB more. A small archive's years stay whole. */
function periodsOf(years: YearCount[], options: ShardPlanOptions): Period[] {
  let newer = 0;
  const periods: Period[][] = [];
  for (const year of [...years].reverse()) {
    const cap = newer < options.recentArticles ? Math.min(options.recentMonthsFrom ?? 2 * options.recentArticles, options.maxArticles) : options.maxArticles;
    periods.unshift(year.articles > cap && year.months ? monthPeriods(year.months) : [{ period: year.year, articles: year.articles }]);
    newer += year.articles;
  }
  return periods.flat();
}

function monthPeriods(months: Record<string, number>): Period[] {
  return Object.entries(months)
    .filter(([, articles]) => articles > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, articles]) => ({ period, articles }));
}

/** The first and last month ("2016-01", "2016-12") a period ("2016" or "2016-07") covers. */
function monthsOf(period: string): [string, string] {
  return period.length === 4 ? [`${period}-01`, `${period}-12`] : [period, period];
}

/**
 * Why `shards` break the invariant above (periods overlapping, or a shard not wholly newer than
 * the next), or undefined when they keep it. Covering every article is checked against the
 * articles themselves (planSearch).
 */
export function shardOrderProblem(shards: readonly SearchShard[]): string | undefined {
  const spans = shards.map((shard) => shard.periods.map(monthsOf));
  for (const [index, periods] of spans.entries()) {
    if (periods.length === 0) return `${shards[index]!.path} holds no period`;
    for (let i = 1; i < periods.length; i++) {
      if (periods[i]![0] <= periods[i - 1]![1]) return `${shards[index]!.path}: periods ${shards[index]!.periods.join(", ")} overlap or are not oldest first`;
    }
    const older = spans[index + 1];
    if (older && periods[0]![0] <= older.at(-1)![1]) return `${shards[index]!.path} is not wholly newer than ${shards[index + 1]!.path}`;
  }
  return undefined;
}

/** A year of the archive with its months, as the site's year pages count them. */
export interface ArchiveYear {
  year: string;
  count: number;
  months: readonly { key: string; count: number }[];
}

/** The shards of an archive of `articleCount` articles with these years, sized by the defaults. */
export function shardsOfYears(years: readonly ArchiveYear[], articleCount: number): SearchShard[] {
  const counts = years.map((year) => ({ year: year.year, articles: year.count, months: Object.fromEntries(year.months.map((month) => [month.key, month.count])) }));
  return planShards(counts, shardPlanOptions(articleCount));
}

/** The shards of an archive, newest first: the recent shard, then runs of older periods. */
export function planShards(yearCounts: readonly YearCount[], options: ShardPlanOptions): SearchShard[] {
  const years = yearCounts.filter((y) => y.articles > 0).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  const periods = periodsOf(years, options);
  if (periods.length === 0) return [];
  let recentFrom = periods.length - 1;
  for (let sum = periods[recentFrom]!.articles; sum < options.recentArticles && recentFrom > 0; ) sum += periods[--recentFrom]!.articles;
  const runs: Period[][] = [];
  let run: Period[] = [];
  let inRun = 0;
  for (const period of periods.slice(0, recentFrom)) {
    // A period larger than the cap (a year without month counts, or one huge month) is a run of its own.
    if (run.length > 0 && inRun + period.articles > options.maxArticles) {
      runs.push(run);
      run = [];
      inRun = 0;
    }
    run.push(period);
    inRun += period.articles;
  }
  if (run.length > 0) runs.push(run);
  return [shard(periods.slice(recentFrom)), ...runs.reverse().map(shard)];
}
