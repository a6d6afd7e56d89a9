// Stage 7: captures of one story become one article. Candidates come from MinHash/LSH buckets
// (never all pairs); a pair is one story when most of the smaller capture's 4-word shingles are in
// the other and the outlets agree (or one is unknown). The article keeps every capture in its
// sources, the fullest body, the union of names, the best-supported date and the known outlet.
// Articles that share names and words but not text are "similar" (see relate-articles.ts).
import type { RemovedJunk } from "../article-schema.ts";
import type { Evidence } from "./evidence.ts";
import { chooseDate, yieldsToStoryDate, type DateCandidate } from "./find-date.ts";
import type { EntityCapture } from "./find-entities.ts";
import { emptyTermMemory, numberTerms, tfIdfVectors, weightAt, type SparseVector, type TermMemory } from "./term-vectors.ts";
import { BANDS, bandKeys, minHash, paragraphHashes, sortedContainment, sortedShingles } from "./similarity.ts";

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
  /** Articles whose words and names are alike (TF-IDF cosine), most alike first. */
  similar: Array<{ id: string; score: number }>;
  /** Content words and names with their counts, for finding similar articles. */
  terms: Map<string, number>;
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

/**
 * What merging needs of one capture's text, computed where the capture was normalized (a worker)
 * so the merge itself only compares: its shingles (sorted), LSH band keys, paragraph hashes, body
 * length and content-word counts (in order of first use).
 */
export interface CaptureFingerprint {
  shingles: Uint32Array;
  bucketKeys: number[];
  bodyLength: number;
  words: Map<string, number>;
}

export function captureFingerprint(capture: EntityCapture): CaptureFingerprint {
  const body = bodyText(capture);
  const lower = body.toLowerCase();
  const sorted = sortedShingles(lower);
  // Band keys are non-negative, paragraph keys negative: one map holds both kinds of bucket.
  const bucketKeys = bandKeys(minHash(sorted));
  bucketKeys.push(...paragraphHashes(capture.paragraphs.map((paragraph) => paragraph.text)));
  return { shingles: sorted, bucketKeys, bodyLength: body.length, words: wordCounts(lower) };
}

/** The capture an article takes its title from: the first with a headline of its own, else the fullest. */
export function headedCapture(captures: readonly EntityCapture[], primary: EntityCapture): EntityCapture {
  return captures.find((capture) => !capture.titleDerived) ?? primary;
}

/** The candidate a capture's find-date stage chose (its date and evidence), if it chose one. */
function ownDateChoice(capture: EntityCapture): DateCandidate | undefined {
  const evidence = capture.dateEvidence;
  if (!capture.date || !evidence) return undefined;
  return capture.dateCandidates.find((candidate) => candidate.date === capture.date && candidate.evidence.rule === evidence.rule && candidate.evidence.line === evidence.line);
}

function mergeGroup(group: Array<{ capture: EntityCapture; fingerprint: CaptureFingerprint }>): MergedArticle {
  const members = [...group].sort((a, b) => a.capture.name.localeCompare(b.capture.name));
  const captures = members.map((member) => member.capture);
  const primary = members.reduce((a, b) => (b.fingerprint.bodyLength > a.fingerprint.bodyLength ? b : a)).capture;
  const headed = headedCapture(captures, primary);
  // Each capture's own choice (made knowing its headline and its URL's month), then the best of those.
  const chosen = chooseDate(captures.map(ownDateChoice).filter((candidate): candidate is DateCandidate => candidate !== undefined));
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
    yearlessEvent: yieldsToStoryDate(chosen?.date, chosen?.kind) ? yearless : undefined,
    outlet: outletSource?.outlet,
    outletKind: outletSource?.outletKind,
    originalOutlet: outletSource?.originalOutlet,
    author: captures.map((capture) => capture.author).find(Boolean),
    url: captures.map((capture) => capture.header.url).find(Boolean),
    outletEvidence: outletSource?.outletEvidence,
    actors,
    places,
    removed: captures.flatMap((capture) => capture.removed),
    similar: [],
    terms: termCounts(members),
  };
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
const rankOutlet = (capture: EntityCapture) => CONFIDENCE_RANK[capture.outletEvidence?.confidence ?? "low"];

const STOP = new Set("that this with from have been were which their there would about after before into other said says will they them than more also when what while where those these over under such some most only very just being because between against during without within through".split(" "));

/** Content words of five letters or more in one body (in lower case), counted, in order of first use. */
function wordCounts(lower: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of lower.match(/\p{L}{5,}/gu) ?? []) if (!STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Term counts: content words of five letters or more, and names (prefixed "@"). */
function termCounts(members: Array<{ capture: EntityCapture; fingerprint: CaptureFingerprint }>): Map<string, number> {
  if (members.length === 1 && members[0]!.capture.entities.length === 0) return members[0]!.fingerprint.words;
  // One capture (nearly every article): a native copy of its word counts, far quicker than re-adding them.
  const counts = new Map(members[0]!.fingerprint.words);
  const add = (term: string, count = 1) => counts.set(term, (counts.get(term) ?? 0) + count);
  // Words never span the space between bodies, so the counts of the joined bodies are the sums.
  for (const { fingerprint } of members.slice(1)) for (const [word, count] of fingerprint.words) add(word, count);
  for (const { capture } of members) for (const entity of capture.entities) add(`@${entity.name}`, entity.mentions);
  return counts;
}

function outletsAgree(a: EntityCapture, b: EntityCapture): boolean {
  return !a.outlet || !b.outlet || a.outlet === b.outlet;
}

function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += weightAt(a, i++) * weightAt(b, j++);
    else if (x < y) i++;
    else j++;
  }
  return a.norm && b.norm ? dot / (a.norm * b.norm) : 0;
}

export const SIMILAR = 0.05;
/** Candidates come from an article's rarest terms only, each shared by at most this many articles. */
const CANDIDATE_TERMS = 24;
const MAX_POSTING = 60;
const MAX_CANDIDATES = 12;

/** TF-IDF cosine between articles; candidates share a rarer term (an inverted index), never all pairs. */
function findSimilar(articles: MergedArticle[], kept?: MergeMemory): void {
  const terms = articles.map((article) => article.terms);
  const { termIds, documentFrequency } = numberTerms(terms, kept?.terms);
  const vectors = tfIdfVectors(terms, termIds, documentFrequency, kept?.terms);
  const candidatesOf = candidateFinder(terms, termIds, documentFrequency, kept?.candidateTerms);
  articles.forEach((article, index) => {
    article.similar = candidatesOf(index)
      .map((other) => ({ id: articles[other]!.id, score: cosine(vectors[index]!, vectors[other]!) }))
      .filter((item) => item.score >= SIMILAR)
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  });
}

/**
 * An article's candidate terms, by its term counts, with what chose them: its term ids, their
 * document frequencies and the posting limit. The same three choose the same terms.
 */
type CandidateTermMemory = WeakMap<ReadonlyMap<string, number>, { ids: Int32Array; frequencies: Int32Array; limit: number; chosen: number[] }>;

/** Its rarest terms (each used by at least two articles, but not by more than `limit`), at most CANDIDATE_TERMS. */
function candidateTermsOf(terms: ReadonlyMap<string, number>, ids: Int32Array, documentFrequency: readonly number[], limit: number, kept?: CandidateTermMemory): number[] {
  const known = kept?.get(terms);
  if (known && known.limit === limit && sameChoice(known.ids, known.frequencies, ids, documentFrequency)) return known.chosen;
  const chosen = Array.from(ids)
    .filter((id) => documentFrequency[id]! >= 2 && documentFrequency[id]! <= limit)
    .sort((a, b) => documentFrequency[a]! - documentFrequency[b]! || a - b)
    .slice(0, CANDIDATE_TERMS);
  kept?.set(terms, { ids, frequencies: Int32Array.from(ids, (id) => documentFrequency[id]!), limit, chosen });
  return chosen;
}

function sameChoice(keptIds: Int32Array, keptFrequencies: Int32Array, ids: Int32Array, documentFrequency: readonly number[]): boolean {
  if (keptIds.length !== ids.length) return false;
  for (let position = 0; position < ids.length; position++) {
    const id = ids[position]!;
    if (keptIds[position] !== id || keptFrequencies[position] !== documentFrequency[id]) return false;
  }
  return true;
}

/**
 * For an article (by index), the MAX_CANDIDATES others sharing most of its rarest terms (each used by
 * at least two articles, but not by many): the only ones compared with it.
 */
function candidateFinder(terms: readonly ReadonlyMap<string, number>[], termIds: Int32Array[], documentFrequency: number[], kept?: CandidateTermMemory): (index: number) => number[] {
  const total = termIds.length;
  const limit = Math.max(MAX_POSTING, total < 20 ? total : 0);
  const candidateTerms = termIds.map((ids, index) => candidateTermsOf(terms[index]!, ids, documentFrequency, limit, kept));
  const postings = new Map<number, number[]>();
  candidateTerms.forEach((ids, index) => {
    for (const id of ids) (postings.get(id) ?? postings.set(id, []).get(id)!).push(index);
  });
  // Shared-term counts per other article, in one reused array (a Map per article cost ~0.8 s at 10,000).
  const sharedCounts = new Int32Array(total);
  const touched: number[] = [];
  return (index) => {
    for (const id of candidateTerms[index]!) {
      for (const other of postings.get(id) ?? []) {
        if (other === index) continue;
        const seen = sharedCounts[other]!;
        if (seen === 0) touched.push(other);
        sharedCounts[other] = seen + 1;
      }
    }
    const candidates = mostShared(touched, sharedCounts, MAX_CANDIDATES);
    for (const other of touched) sharedCounts[other] = 0;
    touched.length = 0;
    return candidates;
  };
}

/** The `limit` articles sharing the most terms (ties: lower index first), most first, without sorting them all. */
function mostShared(touched: readonly number[], counts: Int32Array, limit: number): number[] {
  const best: number[] = [];
  const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
  for (const other of touched) {
    if (best.length === limit && !before(other, best[limit - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && before(other, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = other;
    if (best.length > limit) best.length = limit;
  }
  return best;
}

/**
 * What a process that keeps its captures (npm start: the same objects from build to build) need
 * not work out again, by capture: the article of a capture that is one alone (its similar list is
 * found anew), and whether two captures are one story (that depends on the two only).
 */
export interface MergeMemory {
  alone: WeakMap<EntityCapture, MergedArticle>;
  sameStory: WeakMap<EntityCapture, WeakMap<EntityCapture, boolean>>;
  /** Term numbers and each article's order of terms (term-vectors.ts). */
  terms: TermMemory;
  /** Each article's candidate terms while its ids and their frequencies are the same. */
  candidateTerms: CandidateTermMemory;
}

export const emptyMergeMemory = (): MergeMemory => ({ alone: new WeakMap(), sameStory: new WeakMap(), terms: emptyTermMemory(), candidateTerms: new WeakMap() });

type Member = { capture: EntityCapture; fingerprint: CaptureFingerprint };

function mergeOrReuse(group: Member[], kept?: MergeMemory): MergedArticle {
  if (!kept || group.length !== 1) return mergeGroup(group);
  const { capture } = group[0]!;
  let merged = kept.alone.get(capture);
  if (!merged) kept.alone.set(capture, (merged = mergeGroup(group)));
  return { ...merged, similar: [] };
}

/** Whether two captures (`a` first by name) are one story: most of the smaller one's shingles in the other, outlets agreeing. */
function oneStory(a: Member, b: Member, kept?: MergeMemory): boolean {
  const known = kept?.sameStory.get(a.capture);
  const before = known?.get(b.capture);
  if (before !== undefined) return before;
  const verdict = outletsAgree(a.capture, b.capture) && sortedContainment(a.fingerprint.shingles, b.fingerprint.shingles) >= SAME_STORY;
  if (kept) (known ?? kept.sameStory.set(a.capture, new WeakMap()).get(a.capture)!).set(b.capture, verdict);
  return verdict;
}

/**
 * The captures (by index) of each bucket, ascending, without repeats. A bucket key is a 32-bit hash
 * in one of BANDS + 1 groups (similarity.ts: band keys are band × 2^32 + hash, paragraph keys
 * −1 − hash), so a key's hash and a capture's index pack into one double, and each group sorts
 * natively: a Map of ~500,000 double keys cost ~1 s at 10,000 captures, this ~0.1 s.
 */
export function bucketsOf(sorted: readonly { fingerprint: Pick<CaptureFingerprint, "bucketKeys"> }[]): number[][] {
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(sorted.length)));
  if (scale > 2 ** 21) throw new Error(`merge: ${sorted.length} captures are more than its buckets can index`);
  const groupOf = (key: number) => (key < 0 ? BANDS : Math.floor(key / 2 ** 32));
  const sizes = new Array<number>(BANDS + 1).fill(0);
  for (const { fingerprint } of sorted) for (const key of fingerprint.bucketKeys) sizes[groupOf(key)]!++;
  const groups = sizes.map((size) => new Float64Array(size));
  const filled = new Array<number>(BANDS + 1).fill(0);
  sorted.forEach(({ fingerprint }, index) => {
    for (const key of fingerprint.bucketKeys) {
      const group = groupOf(key);
      const hash = key < 0 ? -1 - key : key - group * 2 ** 32;
      groups[group]![filled[group]!++] = hash * scale + index;
    }
  });
  const buckets: number[][] = [];
  for (const packed of groups) {
    packed.sort();
    for (let start = 0; start < packed.length; ) {
      const hash = Math.floor(packed[start]! / scale);
      const members: number[] = [];
      let end = start;
      for (; end < packed.length && Math.floor(packed[end]! / scale) === hash; end++) {
        const index = packed[end]! - hash * scale;
        if (members.at(-1) !== index) members.push(index);
      }
      if (members.length >= 2) buckets.push(members);
      start = end;
    }
  }
  return buckets;
}

/** Captures (sorted by name) in groups of one story: candidates share an LSH band or a paragraph (never all pairs). */
function groupStories(sorted: Member[], kept?: MergeMemory): UnionFind {
  const groups = new UnionFind(sorted.length);
  const compared = new Set<number>();
  for (const members of bucketsOf(sorted)) {
    if (members.length > MAX_BUCKET) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        const pair = a * sorted.length + b;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (oneStory(sorted[a]!, sorted[b]!, kept)) groups.union(a, b);
      }
    }
  }
  return groups;
}

/** `kept`: see MergeMemory. */
export function mergeDuplicates(captures: EntityCapture[], fingerprints?: CaptureFingerprint[], kept?: MergeMemory): MergedArticle[] {
  const sorted = captures
    .map((capture, index) => ({ capture, fingerprint: fingerprints?.[index] ?? captureFingerprint(capture) }))
    .sort((a, b) => a.capture.name.localeCompare(b.capture.name));
  const groups = groupStories(sorted, kept);
  const byRoot = new Map<number, Member[]>();
  sorted.forEach((member, index) => {
    const root = groups.find(index);
    (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(member);
  });
  const articles = [...byRoot.values()].map((group) => mergeOrReuse(group, kept));
  findSimilar(articles, kept);
  return articles;
}
