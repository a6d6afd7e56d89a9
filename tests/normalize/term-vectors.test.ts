// The TF-IDF vectors of similar articles: a warm process (npm start) that keeps term numbers and
// each article's order of terms between builds gets exactly what a fresh run gets, build after build.
import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyTermMemory, numberTerms, tfIdfVectors, weightAt, type SparseVector, type TermCounts } from "../../src/normalize/term-vectors.ts";

/** A made-up article's term counts: words drawn from a small vocabulary (so articles share them), deterministic from `seed`. */
function articleTerms(seed: number, size = 40): TermCounts {
  let state = seed * 2654435761 + 1;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const terms = new Map<string, number>();
  while (terms.size < size) terms.set(`word${Math.floor(next() * next() * 300)}`, 1 + Math.floor(next() * 6));
  return terms;
}

/** Each term's TF-IDF weight, in ascending id. */
const weightsOf = (vector: SparseVector) => Array.from(vector.ids, (_, slot) => weightAt(vector, slot));

function vectorsOf(articles: TermCounts[], memory?: ReturnType<typeof emptyTermMemory>) {
  const { termIds, documentFrequency } = numberTerms(articles, memory);
  const vectors = tfIdfVectors(articles, termIds, documentFrequency, memory).map((vector) => ({ ids: [...vector.ids], weights: weightsOf(vector), norm: vector.norm }));
  return { termIds, documentFrequency, vectors };
}

test("with memory, numbers, weights and lengths are a fresh run's exactly, as articles are added, removed and changed anywhere in the list", () => {
  const memory = emptyTermMemory();
  let articles = Array.from({ length: 60 }, (_, i) => articleTerms(i));
  const builds: Array<(list: TermCounts[]) => TermCounts[]> = [
    (list) => list, // the same articles again: everything from memory
    (list) => [articleTerms(1000, 55), ...list], // a new first article: every later term's number moves
    (list) => [...list.slice(0, 30), articleTerms(1001), ...list.slice(30)], // one in the middle
    (list) => list.filter((_, i) => i !== 0 && i !== 17), // two removed
    (list) => list.map((terms, i) => (i === 5 ? new Map([...terms, ["brand-new-term", 3]]) : terms)), // one edited
    (list) => [...list].reverse(), // the order of first use turned round
  ];
  for (const [step, change] of builds.entries()) {
    articles = change(articles);
    assert.deepEqual(vectorsOf(articles, memory), vectorsOf(articles), `build ${step + 1}`);
  }
});

test("ids follow first use over the articles, and a vector's ids ascend with weights (1 + ln count) · ln(1 + N / df)", () => {
  const first = new Map([["kirkuk", 2], ["oil", 1]]);
  const second = new Map([["oil", 3], ["erbil", 1]]);
  const { termIds, documentFrequency, vectors } = vectorsOf([first, second]);
  assert.deepEqual(termIds, [Int32Array.of(0, 1), Int32Array.of(1, 2)]);
  assert.deepEqual(documentFrequency, [1, 2, 1]);
  assert.deepEqual(vectors[1]!.ids, [1, 2]);
  assert.deepEqual(vectors[1]!.weights, [(1 + Math.log(3)) * Math.log(1 + 2 / 2), Math.log(1 + 2 / 1)]);
});
