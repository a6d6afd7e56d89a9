// Stage 7: captures of one story become one article. Candidates come from MinHash/LSH buckets
// (never all pairs); a pair is one story when most of the smaller capture's 4-word shingles are in
// the other and the outlets agree (or one is unknown). The article keeps every capture in its
// sources, the fullest body, the union of names, the best-supported date and the known outlet.
// Articles that share names and words but not text are "related" (same event, another outlet).
import type { RemovedJunk } from "../article-schema.ts";
import type { Evidence } from "./evidence.ts";
import { chooseDate, KIND_RANK, type DateCandidate } from "./find-date.ts";
import type { EntityCapture } from "./find-entities.ts";
import { bandKeys, containment, minHash, shingles } from "./similarity.ts";

export interface MergedArticle {
  /** The first capture's name: stable across runs. */
  id: string;
  captures: EntityCapture[];
  primary: EntityCapture;
  title: string;
  titleDerived: boolean;
  titleEvidence: Evidence;
  date?: string;
  dateKind?: DateCandidate["kind"];
  dateEvidence?: Evidence;
  yearlessEvent?: DateCandidate;
  outlet?: string;
  outletKind?: string;
  originalOutlet?: string;
  author?: string;
  url?: string;
  outletEvidence?: Evidence;
  actors: string[];
  places: string[];
  removed: RemovedJunk[];
  /** Ids of other articles about the same event. */
  related: string[];
  relatedScores: Array<{ id: string; score: number }>;
  /** Content words and names, for relating articles and inferring missing years. */
  terms: Set<string>;
}

export const SAME_STORY = 0.5;
const MAX_BUCKET = 200;

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    while (this.parent[index] !== index) index = this.parent[index] = this.parent[this.parent[index]!]!;
    return index;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)].sort((p, q) => p - q);
    this.parent[y!] = x!;
  }
}

const bodyText = (capture: EntityCapture) => capture.paragraphs.map((paragraph) => paragraph.text).join("\n");

function mergeGroup(group: EntityCapture[]): MergedArticle {
  const captures = [...group].sort((a, b) => a.name.localeCompare(b.name));
  const primary = captures.reduce((a, b) => (bodyText(b).length > bodyText(a).length ? b : a));
  const headed = captures.find((capture) => !capture.titleDerived) ?? primary;
  const candidates = captures.flatMap((capture) => capture.dateCandidates);
  const chosen = chooseDate(candidates);
  const yearless = captures.map((capture) => capture.yearlessEvent).find(Boolean);
  const outletSource = captures.filter((capture) => capture.outlet).sort((a, b) => rankOutlet(a) - rankOutlet(b))[0];
  const unique = (names: string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b));
  const actors = unique(captures.flatMap((capture) => capture.actors));
  const places = unique(captures.flatMap((capture) => capture.places));
  return {
    id: captures[0]!.name,
    captures,
    primary,
    title: headed.title,
    titleDerived: headed.titleDerived,
    titleEvidence: headed.titleEvidence,
    date: chosen?.date,
    dateKind: chosen?.kind,
    dateEvidence: chosen?.evidence,
    yearlessEvent: !chosen || chosen.kind === "page-clock" ? yearless : undefined,
    outlet: outletSource?.outlet,
    outletKind: outletSource?.outletKind,
    originalOutlet: outletSource?.originalOutlet,
    author: captures.map((capture) => capture.author).find(Boolean),
    url: captures.map((capture) => capture.header.url).find(Boolean),
    outletEvidence: outletSource?.outletEvidence,
    actors,
    places,
    removed: captures.flatMap((capture) => capture.removed),
    related: [],
    relatedScores: [],
    terms: new Set([...actors, ...places, ...contentWords(captures.map(bodyText).join(" "))]),
  };
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
const rankOutlet = (capture: EntityCapture) => CONFIDENCE_RANK[capture.outletEvidence?.confidence ?? "low"];

const STOP = new Set("that this with from have have been were which their there would about after before into other said says will they them than more also when what while where those these over under such some most only very just being because between against during without within through".split(" "));

function contentWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])].filter((word) => !STOP.has(word));
}

function outletsAgree(a: EntityCapture, b: EntityCapture): boolean {
  return !a.outlet || !b.outlet || a.outlet === b.outlet;
}

/** Weighted overlap of two articles' names and content words (rarer terms weigh more). */
export function relatedness(a: Set<string>, b: Set<string>, documentFrequency: Map<string, number>, total: number): number {
  let shared = 0;
  let all = 0;
  const weight = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? 1));
  for (const term of a) {
    all += weight(term);
    if (b.has(term)) shared += weight(term);
  }
  for (const term of b) if (!a.has(term)) all += weight(term);
  return all ? shared / all : 0;
}

export const RELATED = 0.12;
const MAX_TERM_FREQUENCY = 0.2;

function relate(articles: MergedArticle[]): void {
  const documentFrequency = new Map<string, number>();
  for (const article of articles) for (const term of article.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // Candidates share a rarer term (an inverted index with common terms left out), never all pairs.
  const postings = new Map<string, number[]>();
  const limit = Math.max(2, articles.length * MAX_TERM_FREQUENCY);
  articles.forEach((article, index) => {
    for (const term of article.terms) if ((documentFrequency.get(term) ?? 0) <= limit || articles.length < 20) (postings.get(term) ?? postings.set(term, []).get(term)!).push(index);
  });
  articles.forEach((article, index) => {
    const shared = new Map<number, number>();
    for (const term of article.terms) for (const other of postings.get(term) ?? []) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
    const top = [...shared.entries()].sort((x, y) => y[1] - x[1]).slice(0, 30);
    const scored = top
      .map(([other]) => ({ other, score: relatedness(article.terms, articles[other]!.terms, documentFrequency, articles.length) }))
      .filter((item) => item.score >= RELATED)
      .sort((x, y) => y.score - x.score);
    article.related = scored.slice(0, 10).map((item) => articles[item.other]!.id);
    article.relatedScores = scored.map((item) => ({ id: articles[item.other]!.id, score: item.score }));
  });
}

export function mergeDuplicates(captures: EntityCapture[]): MergedArticle[] {
  const sorted = [...captures].sort((a, b) => a.name.localeCompare(b.name));
  const sets = sorted.map((capture) => shingles(bodyText(capture)));
  const buckets = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const key of bandKeys(minHash(set))) (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(index);
  });
  const groups = new UnionFind(sorted.length);
  const compared = new Set<string>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        const pair = `${a}:${b}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (outletsAgree(sorted[a]!, sorted[b]!) && containment(sets[a]!, sets[b]!) >= SAME_STORY) groups.union(a, b);
      }
    }
  }
  const byRoot = new Map<number, EntityCapture[]>();
  sorted.forEach((capture, index) => (byRoot.get(groups.find(index)) ?? byRoot.set(groups.find(index), []).get(groups.find(index))!).push(capture));
  const articles = [...byRoot.values()].map(mergeGroup);
  relate(articles);
  return articles;
}

export { KIND_RANK };
