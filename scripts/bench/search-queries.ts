// Queries drawn from an archive's own vocabulary, reproducibly (a seeded PRNG), to compare the
// sharded search with one index (search-agreement.ts). Three pools of words: common (in most
// shards), rare (in a handful of articles) and words only one shard has; and one-, two- and
// three-word queries mixing them. Most multi-word queries take their words from one article, so
// that one index answers them; a shard lacking the rarer word must then answer nothing.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { createRandom, type Random } from "./prng.ts";

/** One article as the query drawer sees it: its shard (bundle URL) and its story's words. */
export interface ArticleWords {
  shard: string;
  words: ReadonlySet<string>;
}

export interface DrawnQuery {
  q: string;
  /** Which pools its words came from, e.g. "common+one-shard". */
  kind: string;
}

/** Words of four letters or more, lower case: what a reader would type. */
export function storyWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\b[a-z0-9][a-z0-9.]*[a-z0-9]\b/g) ?? []);
}

/** A bundle folder's span ("/pagefind-shards/2016/", "…/2011-2016/", "…/2019-04-2019-06/") as first and last month. */
export function shardSpan(bundle: string): [string, string] {
  const name = bundle.replace(/\/+$/, "").split("/").at(-1) ?? "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{4})(?:-(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`not a shard folder: ${bundle}`);
  const [, fromYear, fromMonth, toYear, toMonth] = m;
  return [`${fromYear}-${fromMonth ?? "01"}`, `${toYear ?? fromYear}-${toMonth ?? (toYear ? "12" : fromMonth ?? "12")}`];
}

/** The shard holding an article dated `date` (ISO), or "" (undated: the main bundle). */
export function shardOf(shards: readonly string[], date: string | undefined): string {
  if (!date) return "";
  const month = date.slice(0, 7);
  return shards.find((bundle) => {
    const [from, to] = shardSpan(bundle);
    return month >= from && month <= to;
  }) ?? "";
}

/** Each normalized article (articles/*.md) with its shard and story words. */
export function readArticleWords(articlesDir: string, shards: readonly string[]): ArticleWords[] {
  return fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md")).sort().map((name) => {
    const { data, content } = matter(fs.readFileSync(path.join(articlesDir, name), "utf8"), {});
    const date = data.date instanceof Date ? data.date.toISOString() : data.date ? String(data.date) : undefined;
    return { shard: shardOf(shards, date), words: storyWords(`${data.title ?? ""} ${content}`) };
  });
}

interface Pools {
  common: string[];
  rare: Set<string>;
  oneShard: Set<string>;
}

function pools(articles: readonly ArticleWords[]): Pools {
  const count = new Map<string, number>();
  const shards = new Map<string, Set<string>>();
  for (const { shard, words } of articles) {
    for (const word of words) {
      count.set(word, (count.get(word) ?? 0) + 1);
      shards.set(word, (shards.get(word) ?? new Set()).add(shard));
    }
  }
  const shardCount = new Set(articles.map((article) => article.shard)).size;
  const words = [...count.keys()].sort();
  return {
    common: words.filter((word) => shards.get(word)!.size >= Math.max(2, shardCount * 0.8) && count.get(word)! >= articles.length * 0.02),
    rare: new Set(words.filter((word) => count.get(word)! >= 2 && count.get(word)! <= Math.max(3, articles.length * 0.001) && shards.get(word)!.size > 1)),
    oneShard: new Set(words.filter((word) => shards.get(word)!.size === 1)),
  };
}

/** How each query of the cycle is drawn: the pools of its words, in order. */
const QUERY_SHAPES: readonly (readonly ("common" | "rare" | "oneShard")[])[] = [
  ["common"], ["rare"], ["oneShard"],
  ["common", "common"], ["oneShard", "common"], ["common", "rare"],
  ["common", "common", "common"], ["common", "oneShard", "common"], ["rare", "common", "common"],
];

function drawQuery(random: Random, articles: readonly ArticleWords[], pool: Pools, shape: readonly string[]): DrawnQuery | undefined {
  // Words of one article, so that one index has an answer; one word in five from anywhere instead.
  const article = random.pick(articles);
  const fromArticle = (words: Iterable<string>) => [...words].filter((word) => article.words.has(word));
  const anywhere = random.chance(0.2);
  const chosen: string[] = [];
  for (const kind of shape) {
    const all = kind === "common" ? pool.common : [...(kind === "rare" ? pool.rare : pool.oneShard)];
    const candidates = (anywhere ? all : fromArticle(kind === "common" ? pool.common : kind === "rare" ? pool.rare : pool.oneShard)).filter((word) => !chosen.includes(word));
    if (candidates.length === 0) return undefined;
    chosen.push(random.pick(candidates.sort()));
  }
  return { q: chosen.join(" "), kind: shape.join("+") };
}

/** `count` distinct queries cycling through QUERY_SHAPES, the same for the same articles and seed. */
export function drawQueries(articles: readonly ArticleWords[], count: number, seed: number): DrawnQuery[] {
  const random = createRandom(seed);
  const pool = pools(articles);
  const queries: DrawnQuery[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; queries.length < count && attempt < count * 50; attempt++) {
    const query = drawQuery(random, articles, pool, QUERY_SHAPES[queries.length % QUERY_SHAPES.length]!);
    if (!query || seen.has(query.q)) continue;
    seen.add(query.q);
    queries.push(query);
  }
  if (queries.length < count) throw new Error(`drew ${queries.length} of ${count} queries (common ${pool.common.length}, rare ${pool.rare.size}, one-shard ${pool.oneShard.size} words)`);
  return queries;
}
