// How articles are cut into search shards by year: a small recent shard, then runs of older years
// up to the per-process cap, filled from the oldest year so that new articles move nothing; and
// the invariant the search page's date sort relies on, over many seeded archives.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  planShards, shardHolds, shardOrderProblem, shardPlanOptions, SHARD_MAX_ARTICLES, SHARD_RECENT_ARTICLES, SHARD_RECENT_MONTHS_FROM, type YearCount,
  shardsOfYears,
} from "../../src/search/shard-plan.ts";
import type { YearArchive } from "../../src/site/archive-types.ts";

const counts = (entries: Record<string, number>) => Object.entries(entries).map(([year, articles]) => ({ year, articles }));
const paths = (shards: { path: string }[]) => shards.map((shard) => shard.path);

describe("planShards", () => {
  const options = { maxArticles: 1000, recentArticles: 300 };

  test("the recent shard takes the newest years until it has enough articles", () => {
    const shards = planShards(counts({ 2020: 400, 2021: 400, 2022: 400, 2023: 260, 2024: 50 }), options);
    assert.equal(shards[0]!.path, "/pagefind-shards/2023-2024/");
    assert.deepEqual(shards[0]!.years, ["2023", "2024"]);
    assert.equal(shards[0]!.articles, 310);
  });

  test("older years make runs up to the cap, from the oldest, listed newest first", () => {
    const shards = planShards(counts({ 2011: 10, 2012: 500, 2013: 480, 2014: 600, 2015: 300, 2016: 700, 2017: 400 }), options);
    assert.deepEqual(paths(shards), ["/pagefind-shards/2017/", "/pagefind-shards/2016/", "/pagefind-shards/2014-2015/", "/pagefind-shards/2011-2013/"]);
    assert.deepEqual(shards.map((s) => s.articles), [400, 700, 900, 990]);
    for (const shard of shards) assert.ok(shard.articles <= options.maxArticles);
  });

  test("every year is in exactly one shard; empty years in none", () => {
    const years = counts({ 2010: 0, 2011: 1200, 2012: 5, 2013: 999, 2014: 1, 2015: 700 });
    const shards = planShards(years, options);
    const all = shards.flatMap((s) => s.years).sort();
    assert.deepEqual(all, ["2011", "2012", "2013", "2014", "2015"]);
    // A year over the cap is a run of its own: shards never split a year.
    assert.ok(shards.some((s) => s.path === "/pagefind-shards/2011/" && s.articles === 1200));
  });

  test("an article added to the newest year changes only the recent shard", () => {
    const before = counts({ 2018: 700, 2019: 700, 2020: 700, 2021: 700, 2022: 350 });
    const after = counts({ 2018: 700, 2019: 700, 2020: 700, 2021: 700, 2022: 351 });
    const a = planShards(before, options);
    const b = planShards(after, options);
    assert.deepEqual(paths(a), paths(b));
    assert.deepEqual(a.slice(1), b.slice(1));
  });

  test("one year, or none", () => {
    assert.deepEqual(paths(planShards(counts({ 2020: 3 }), options)), ["/pagefind-shards/2020/"]);
    assert.deepEqual(planShards([], options), []);
  });

  test("default sizes: capped for memory, and a recent shard scaled down for small archives", () => {
    assert.deepEqual(shardPlanOptions(10_000), { maxArticles: SHARD_MAX_ARTICLES, recentArticles: SHARD_RECENT_ARTICLES, recentMonthsFrom: SHARD_RECENT_MONTHS_FROM });
    assert.equal(shardPlanOptions(5).recentArticles, 1);
  });

  test("default sizes at 10,000 articles: the recent shard is the newest months up to SHARD_RECENT_ARTICLES, not the newest year", () => {
    const year = (y: number, perMonth: number) => ({ year: String(y), articles: 12 * perMonth, months: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${y}-${String(i + 1).padStart(2, "0")}`, perMonth])) });
    const [recent] = planShards(Array.from({ length: 11 }, (_, i) => year(2014 + i, 75)), shardPlanOptions(9900));
    assert.deepEqual(recent!.periods, ["2024-10", "2024-11", "2024-12"]);
    assert.ok(recent!.articles >= SHARD_RECENT_ARTICLES && recent!.articles < SHARD_RECENT_ARTICLES + 75, `${recent!.articles} articles`);
  });
});

describe("planShards on a large archive", () => {
  const options = { maxArticles: 1000, recentArticles: 300 };
  const months = (year: string, perMonth: number) =>
    Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${year}-${String(i + 1).padStart(2, "0")}`, perMonth]));

  test("a year larger than a run is cut at month boundaries, and the recent shard takes the newest months", () => {
    const shards = planShards(
      [
        { year: "2019", articles: 600, months: months("2019", 50) },
        { year: "2020", articles: 2400, months: months("2020", 200) },
        { year: "2021", articles: 2400, months: months("2021", 200) },
      ],
      options,
    );
    assert.deepEqual(shards[0]!.periods, ["2021-11", "2021-12"]);
    assert.equal(shards[0]!.path, "/pagefind-shards/2021-11-2021-12/");
    assert.deepEqual(shards[0]!.years, ["2021"]);
    for (const shard of shards) assert.ok(shard.articles <= options.maxArticles, `${shard.path}: ${shard.articles}`);
    // The small year stays whole; every period is in exactly one shard.
    assert.ok(shards.some((shard) => shard.periods.includes("2019")));
    const periods = shards.flatMap((shard) => shard.periods).sort();
    assert.equal(periods.length, new Set(periods).size);
    assert.equal(periods.length, 1 + 12 + 12);
    assert.equal(shards.reduce((sum, shard) => sum + shard.articles, 0), 5400);
  });

  test("the recent shard stops at a month of the newest years when they hold more than twice what it needs", () => {
    const [recent, ...older] = planShards(
      [
        { year: "2022", articles: 600, months: months("2022", 50) },
        { year: "2023", articles: 720, months: months("2023", 60) },
      ],
      options,
    );
    assert.deepEqual(recent!.periods, ["2023-08", "2023-09", "2023-10", "2023-11", "2023-12"]);
    assert.equal(recent!.articles, 300);
    // The newest year's other months go with the older years, in runs up to the cap.
    assert.deepEqual(older.map((shard) => shard.periods), [["2023-07"], ["2022", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]]);
    // A new year with few articles so far: the recent shard reaches into the year before, by months.
    const [early] = planShards(
      [
        { year: "2023", articles: 720, months: months("2023", 60) },
        { year: "2024", articles: 20, months: { "2024-01": 20 } },
      ],
      options,
    );
    assert.deepEqual(early!.periods, ["2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024"]);
    // No more than twice what it needs: the year stays whole.
    assert.deepEqual(planShards([{ year: "2023", articles: 600, months: months("2023", 50) }], options)[0]!.periods, ["2023"]);
  });

  test("an article belongs to the shard of its year, or of its month in a cut year", () => {
    const [recent, older] = planShards(
      [
        { year: "2019", articles: 600, months: months("2019", 50) },
        { year: "2020", articles: 2400, months: months("2020", 200) },
      ],
      options,
    );
    assert.ok(shardHolds(recent!, "2020-12-03T10:00:00Z"));
    assert.ok(!shardHolds(recent!, "2020-01-03"));
    assert.ok(planShards([{ year: "2019", articles: 600 }], options).every((shard) => shardHolds(shard, "2019-05-01")));
    assert.ok(older);
  });
});

/** A small seeded generator (mulberry32): the same seed gives the same archives on every run. */
function seededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

/** An archive's years with gaps, empty years and months; some years large enough to be cut by month. */
function randomYears(random: (below: number) => number): YearCount[] {
  const years: YearCount[] = [];
  for (let year = 1990 + random(20), n = random(14); n > 0; n--, year += 1 + random(3)) {
    const scale = [0, 3, 40, 400, 2500][random(5)]!;
    const months: Record<string, number> = {};
    for (let month = 1; month <= 12; month++) if (random(3) > 0) months[`${year}-${String(month).padStart(2, "0")}`] = random(scale + 1);
    const articles = Object.values(months).reduce((sum, n) => sum + n, 0);
    years.push(random(4) === 0 ? { year: String(year), articles } : { year: String(year), articles, months });
  }
  return years;
}

/** The months ("2016-07") of the articles a plan should hold, each with how many articles it has. */
function monthsWithArticles(years: readonly YearCount[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const year of years) {
    if (year.months) for (const [month, n] of Object.entries(year.months)) if (n > 0) months.set(month, n);
    // A year without month counts is held whole: stand for it by its first month.
    if (!year.months && year.articles > 0) months.set(`${year.year}-01`, year.articles);
  }
  return months;
}

describe("the invariant the search page relies on (disjoint periods covering every article, newest first)", () => {
  test("holds for many seeded year and month distributions and shard sizes", () => {
    const random = seededRandom(20261202);
    for (let run = 0; run < 2000; run++) {
      const years = randomYears(random);
      const options = { maxArticles: 1 + random(3000), recentArticles: 1 + random(800) };
      const shards = planShards(years, options);
      const context = `run ${run}: ${JSON.stringify({ years, options })}`;
      assert.equal(shardOrderProblem(shards), undefined, context);
      // Every month with articles is in exactly one shard, and the shards' articles add up.
      const months = monthsWithArticles(years);
      for (const month of months.keys()) assert.equal(shards.filter((shard) => shardHolds(shard, month)).length, 1, `${context}: ${month}`);
      assert.equal(shards.reduce((sum, shard) => sum + shard.articles, 0), [...months.values()].reduce((sum, n) => sum + n, 0), context);
      // Newest first: each shard's months are all later than the next shard's.
      const held = shards.map((shard) => [...months.keys()].filter((month) => shardHolds(shard, month)).sort());
      for (let i = 1; i < held.length; i++) assert.ok(held[i - 1]![0]! > held[i]!.at(-1)!, `${context}: ${shards[i - 1]!.path} after ${shards[i]!.path}`);
      assert.equal(held.some((list) => list.length === 0), false, `${context}: an empty shard`);
    }
  });

  test("shardOrderProblem names shards out of order and overlapping periods", () => {
    const shards = planShards(counts({ 2015: 900, 2016: 900, 2017: 900, 2018: 50 }), { maxArticles: 1000, recentArticles: 10 });
    assert.equal(shardOrderProblem(shards), undefined);
    assert.match(shardOrderProblem([...shards].reverse()) ?? "", /is not wholly newer than/);
    const overlapping = [{ ...shards[0]!, periods: ["2018", "2018-03"] }, ...shards.slice(1)];
    assert.match(shardOrderProblem(overlapping) ?? "", /overlap/);
  });
});

test("shardsOfYears plans from the archive's years (YearArchive) with the default sizes", () => {
  const month = (key: string, count: number) => ({ key, year: key.slice(0, 4), label: key, path: `/${key}/`, count });
  const years: YearArchive[] = [
    { year: "2019", path: "/2019/", count: 3, months: [month("2019-02", 1), month("2019-05", 2)] },
    { year: "2020", path: "/2020/", count: 40, months: [month("2020-01", 40)] },
  ];
  const planned = planShards([{ year: "2019", articles: 3, months: { "2019-02": 1, "2019-05": 2 } }, { year: "2020", articles: 40, months: { "2020-01": 40 } }], shardPlanOptions(43));
  assert.deepEqual(shardsOfYears(years, 43), planned);
});
