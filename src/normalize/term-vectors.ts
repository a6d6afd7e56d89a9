// The TF-IDF vectors similar articles are found by (merge-duplicates.ts): terms numbered in order
// of first use over the articles, each article's weights in ascending term id. A process that
// keeps its captures warm (npm start) keeps each term's number and each article's order of terms:
// its next build numbers and sorts only what is new, and gives the very numbers, vectors and so
// the very scores a fresh run gives (the ids decide the order of summation and break ties).

/**
 * A sparse TF-IDF vector: term ids ascending, each term's count weight (1 + ln count) and the
 * build's IDF table, and its length. A term's weight is its count weight times its IDF
 * (`weightAt`), computed where it is used: the count weights stay the same while an article's
 * counts and ids do, and a warm process keeps them, but every IDF moves with the number of articles.
 */
export interface SparseVector {
  ids: Int32Array;
  countWeights: Float64Array;
  /** ln(1 + N / df) by term id: one table for every vector of a build. */
  inverse: Float64Array;
  norm: number;
}

/** The TF-IDF weight of a vector's term at `slot`: (1 + ln count) · ln(1 + N / df). */
export const weightAt = (vector: SparseVector, slot: number): number => vector.countWeights[slot]! * vector.inverse[vector.ids[slot]!]!;

/** Term counts of one article, in order of first use (a merged article's `terms`). */
export type TermCounts = ReadonlyMap<string, number>;

/**
 * What a warm process keeps, by term-count map (the same object while its article is unchanged):
 * its terms' numbers in the process's own vocabulary, and its terms sorted by this build's ids
 * with their count weights, with the ids it sorted.
 */
export interface TermMemory {
  vocabulary: Map<string, number>;
  ownIds: WeakMap<TermCounts, Int32Array>;
  sorted: WeakMap<TermCounts, SortedTerms>;
}

/** An article's terms in ascending id (`ids`, this build's numbering of `from`) and their count weights. */
interface SortedTerms {
  from: Int32Array;
  ids: Int32Array;
  countWeights: Float64Array;
}

export const emptyTermMemory = (): TermMemory => ({ vocabulary: new Map(), ownIds: new WeakMap(), sorted: new WeakMap() });

/** The vocabulary is started again when it holds this many times the terms a build uses (removed articles' terms). */
const STALE_VOCABULARY = 2;

/** Terms as integer ids in order of first use over the articles, with the number of articles using each. */
export function numberTerms(articles: readonly TermCounts[], memory?: TermMemory): { termIds: Int32Array[]; documentFrequency: number[] } {
  if (!memory) {
    const vocabulary = new Map<string, number>();
    const documentFrequency: number[] = [];
    return { termIds: articles.map((terms) => numbered(terms, vocabulary, documentFrequency)), documentFrequency };
  }
  // The process's own numbers first (new terms get new ones), then this build's by first use.
  const ownIds = articles.map((terms) => memory.ownIds.get(terms) ?? setIn(memory.ownIds, terms, numbered(terms, memory.vocabulary)));
  const renumbered = new Int32Array(memory.vocabulary.size).fill(-1);
  const documentFrequency: number[] = [];
  const termIds = ownIds.map((own) => {
    const ids = new Int32Array(own.length);
    for (let position = 0; position < own.length; position++) {
      let id = renumbered[own[position]!]!;
      if (id < 0) {
        id = renumbered[own[position]!] = documentFrequency.length;
        documentFrequency.push(0);
      }
      documentFrequency[id]!++;
      ids[position] = id;
    }
    return ids;
  });
  if (memory.vocabulary.size > STALE_VOCABULARY * Math.max(documentFrequency.length, 1000)) Object.assign(memory, emptyTermMemory());
  return { termIds, documentFrequency };
}

function setIn<K extends object, V>(map: WeakMap<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

/** A map's terms numbered in `vocabulary` (a new term: the next number); with documentFrequency, each term's use counted. */
function numbered(terms: TermCounts, vocabulary: Map<string, number>, documentFrequency?: number[]): Int32Array {
  const ids = new Int32Array(terms.size);
  let position = 0;
  for (const term of terms.keys()) {
    let id = vocabulary.get(term);
    if (id === undefined) {
      vocabulary.set(term, (id = vocabulary.size));
      documentFrequency?.push(0);
    }
    if (documentFrequency) documentFrequency[id]!++;
    ids[position++] = id;
  }
  return ids;
}

/** Term counts at or above this are capped (no body repeats a word that often). */
const COUNT_CAP = 2 ** 20 - 1;

/** Each article's TF-IDF vector; `memory` keeps each article's sorted terms while its term ids are the same. */
export function tfIdfVectors(articles: readonly TermCounts[], termIds: readonly Int32Array[], documentFrequency: readonly number[], memory?: TermMemory): SparseVector[] {
  const total = articles.length;
  const inverse = Float64Array.from(documentFrequency, (frequency) => Math.log(1 + total / frequency));
  return articles.map((terms, index) => {
    const { ids, countWeights } = sortedTerms(terms, termIds[index]!, memory);
    const vector = { ids, countWeights, inverse, norm: 0 };
    // Summed in ascending id, each weight as weightAt makes it: the same doubles wherever it is computed.
    let sum = 0;
    for (let slot = 0; slot < ids.length; slot++) {
      const weight = weightAt(vector, slot);
      sum += weight * weight;
    }
    vector.norm = Math.sqrt(sum);
    return vector;
  });
}

/** An article's terms in ascending id with their count weights: kept from the last build while its ids are the same. */
function sortedTerms(terms: TermCounts, ids: Int32Array, memory?: TermMemory): SortedTerms {
  const known = memory?.sorted.get(terms);
  if (known && sameIds(known.from, ids)) return known;
  // (id, position) packed in one number and sorted natively: a comparator sort of every article's
  // terms cost ~0.3 s at 10,000.
  const packed = new Float64Array(ids.length);
  for (let position = 0; position < ids.length; position++) packed[position] = ids[position]! * 2 ** 21 + position;
  packed.sort();
  const counts = Array.from(terms.values());
  const sorted: SortedTerms = { from: ids, ids: new Int32Array(ids.length), countWeights: new Float64Array(ids.length) };
  packed.forEach((value, slot) => {
    const position = value % 2 ** 21;
    sorted.ids[slot] = ids[position]!;
    sorted.countWeights[slot] = 1 + Math.log(Math.min(counts[position]!, COUNT_CAP));
  });
  memory?.sorted.set(terms, sorted);
  return sorted;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
