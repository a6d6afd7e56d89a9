// The TF-IDF vectors similar articles are found by (merge-duplicates.ts): terms numbered in order
// of first use over the articles, each article's weights in ascending term id. A process that
// keeps its captures warm (npm start) keeps each term's number and each article's order of terms:
// its next build numbers and sorts only what is new, and gives the very numbers, vectors and so
// the very scores a fresh run gives (the ids decide the order of summation and break ties).

/** A sparse TF-IDF vector: term ids ascending, their weights, and its length. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Term counts of one article, in order of first use (a merged article's `terms`). */
export type TermCounts = ReadonlyMap<string, number>;

/**
 * What a warm process keeps, by term-count map (the same object while its article is unchanged):
 * its terms' numbers in the process's own vocabulary, and the order that sorts them by this
 * build's ids, with the ids it sorted.
 */
export interface TermMemory {
  vocabulary: Map<string, number>;
  ownIds: WeakMap<TermCounts, Int32Array>;
  sorted: WeakMap<TermCounts, { ids: Int32Array; order: Uint32Array }>;
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

/** Each article's TF-IDF vector; `memory` keeps each article's sort while its term ids are the same. */
export function tfIdfVectors(articles: readonly TermCounts[], termIds: readonly Int32Array[], documentFrequency: readonly number[], memory?: TermMemory): SparseVector[] {
  const total = articles.length;
  const inverse = Float64Array.from(documentFrequency, (frequency) => Math.log(1 + total / frequency));
  return articles.map((terms, index) => {
    const ids = termIds[index]!;
    const counts = Array.from(terms.values());
    const order = sortedOrder(terms, ids, memory);
    const sortedIds = new Int32Array(order.length);
    const weights = new Float64Array(order.length);
    let sum = 0;
    for (let slot = 0; slot < order.length; slot++) {
      const position = order[slot]!;
      const id = ids[position]!;
      sortedIds[slot] = id;
      weights[slot] = (1 + Math.log(Math.min(counts[position]!, COUNT_CAP))) * inverse[id]!;
      sum += weights[slot]! * weights[slot]!;
    }
    return { ids: sortedIds, weights, norm: Math.sqrt(sum) };
  });
}

/** Positions of an article's terms in ascending id: kept from the last build while its ids are the same. */
function sortedOrder(terms: TermCounts, ids: Int32Array, memory?: TermMemory): Uint32Array {
  const known = memory?.sorted.get(terms);
  if (known && sameIds(known.ids, ids)) return known.order;
  // (id, position) packed in one number and sorted natively: a comparator sort of every article's
  // terms cost ~0.3 s at 10,000.
  const packed = new Float64Array(ids.length);
  for (let position = 0; position < ids.length; position++) packed[position] = ids[position]! * 2 ** 21 + position;
  packed.sort();
  const order = Uint32Array.from(packed, (value) => value % 2 ** 21);
  memory?.sorted.set(terms, { ids, order });
  return order;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
