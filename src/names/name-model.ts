// The trained tagger: an averaged perceptron over the features of name-features.ts, read from
// src/names/data/name-model.json (scripts/train-names.ts writes it), decoding greedily left to
// right with BIO tags ("B-person", "I-person", …, "O"); an I- tag only continues its own kind.
import fs from "node:fs";
import { mayOpenName, NameLists, SentenceFeatures, wordFeatures, type Gazetteers } from "./name-features.ts";
import type { NameToken } from "./name-tokens.ts";

export const MODEL_FILE = new URL("./data/name-model.json", import.meta.url);
export const GAZETTEER_FILE = new URL("./data/gazetteers.json", import.meta.url);

/** The model file's shape: weights are integers (the averaged weights × `scale`). */
export interface NameModelFile {
  about: string;
  classes: string[];
  scale: number;
  commonWords: string[];
  weights: Record<string, number[]>;
}

export interface TaggedToken {
  tag: string;
  /** The best tag's score minus the best other allowed tag's score. */
  margin: number;
}

/** Whether `tag` may follow `previous`: "I-place" only after "B-place" or "I-place". */
export function allowed(previous: string, tag: string): boolean {
  return !tag.startsWith("I-") || previous.slice(2) === tag.slice(2) && previous !== "O";
}

export class NameModel {
  constructor(
    readonly classes: string[],
    readonly weights: Map<string, ArrayLike<number>>,
    readonly commonWords: Set<string>,
    readonly lists: NameLists,
  ) {}

  static fromFiles(modelFile: URL | string = MODEL_FILE, gazetteerFile: URL | string = GAZETTEER_FILE): NameModel {
    const model = JSON.parse(fs.readFileSync(modelFile, "utf8")) as NameModelFile;
    const gazetteers = JSON.parse(fs.readFileSync(gazetteerFile, "utf8")) as Gazetteers;
    const weights = new Map<string, ArrayLike<number>>();
    for (const [feature, values] of Object.entries(model.weights)) weights.set(feature, Float32Array.from(values, (value) => value / model.scale));
    return new NameModel(model.classes, weights, new Set(model.commonWords), new NameLists(gazetteers));
  }

  score(features: string[], scores: Float64Array): void {
    scores.fill(0);
    for (const feature of features) {
      const weights = this.weights.get(feature);
      if (!weights) continue;
      for (let index = 0; index < scores.length; index++) scores[index]! += weights[index]!;
    }
  }

  /** Sums of weights that never change once trained, kept between stories. */
  private readonly cache = new ScoreCache();

  tag(tokens: NameToken[]): TaggedToken[] {
    return decode(new SentenceFeatures(tokens, this.lists, this.commonWords), tokens, this.classes, (feature) => this.weights.get(feature), this.cache);
  }
}

/** Which words the tagger scores at all: a word that can neither open a name nor continue one
 *  (a small word after a capitalised one: "Bank of the Philippine Islands") is "O". */
export function scoredWords(tokens: NameToken[]): boolean[] {
  const scored: boolean[] = [];
  tokens.forEach((token, index) => scored.push(mayOpenName(token.raw) || (index > 0 && scored[index - 1]! && CONTINUING.has(token.raw))));
  return scored;
}
const CONTINUING = new Set(["of", "and", "de", "du", "la", "le", "van", "von", "der", "den", "da", "del", "di", "dos", "y", "al", "el", "bin", "ibn", "for", "the", "&", "on", "in", "-", "'s", "’s", "."]);

/** The best tag sequence (Viterbi over BIO tags, first order) and, per word, how much better the
 *  best sequence is than the best one giving that word another tag (max-marginals). A word that
 *  is not scored is "O" whatever comes before, so each run of scored words is decoded alone. */
export function decode(sentence: SentenceFeatures, tokens: NameToken[], classes: string[], weightsOf: (feature: string) => ArrayLike<number> | undefined, cache?: ScoreCache): TaggedToken[] {
  const scored = scoredWords(tokens);
  const tags: TaggedToken[] = tokens.map(() => ({ tag: "O", margin: Infinity }));
  for (let start = 0; start < tokens.length; ) {
    if (!scored[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < tokens.length && scored[end]) end++;
    decodeRun(sentence, start, end, start === 0 ? "<s>" : "O", classes, weightsOf, tags, cache);
    start = end;
  }
  return tags;
}

/** One run of scored words: the best tags forward (Viterbi), the best scores backward, then the
 *  best sequence read back with each word's max-marginal margin. */
function decodeRun(sentence: SentenceFeatures, start: number, end: number, opening: string, classes: string[], weightsOf: WeightsOf, tags: TaggedToken[], cache?: ScoreCache): void {
  const { local, forward, back } = forwardScores(sentence, start, end, opening, classes, weightsOf, cache);
  const backward = backwardScores(local, end - start, classes.length);
  readBestTags(forward, backward, back, start, end - start, classes, tags);
}

type WeightsOf = (feature: string) => ArrayLike<number> | undefined;

/** Viterbi forward over a run: per word and tag, the best score of a sequence ending there
 *  (`forward`) and the previous tag it came from (`back`). */
function forwardScores(sentence: SentenceFeatures, start: number, end: number, opening: string, classes: string[], weightsOf: WeightsOf, cache = new ScoreCache()): { local: Float64Array; forward: Float64Array; back: Int8Array } {
  const n = end - start;
  const k = classes.length;
  // local[(i * k + p) * k + c]: the score of tag c at word start + i after tag p (p = 0, the
  // opening tag, at i = 0), in one array for the run.
  const local = new Float64Array(n * k * k).fill(-Infinity);
  const forward = new Float64Array(n * k).fill(-Infinity);
  const back = new Int8Array(n * k).fill(-1);
  const emission = new Float64Array(k);
  const follows = allowedAfter(classes, opening);
  const addContext = (name: string, value: string) => addWeights(emission, cache.featureWeights(name, value, weightsOf));
  for (let i = 0; i < n; i++) {
    const previousTags = i === 0 ? [opening] : classes;
    const allowedAt = i === 0 ? follows.opening : follows.classes;
    const row = i * k * k;
    // The word's own features first, summed once per word, then its context's, in at()'s order.
    emission.set(cache.wordWeights(sentence.raw(start + i), k, weightsOf));
    sentence.eachContextFeature(start + i, addContext);
    const shape = sentence.shapeAt(start + i);
    const word = sentence.keys[start + i]!;
    for (let p = 0; p < previousTags.length; p++) {
      const before = i === 0 ? 0 : forward[(i - 1) * k + p]!;
      if (before === -Infinity) continue;
      const previous = previousTags[p]!;
      // "t-1" + "t-1s" (fixed), plus "t-1w" when the model has it, plus the word's emission: the
      // same additions in the same order as summing the features one by one.
      const fixed = cache.fixedTransition(previous, shape, k, weightsOf);
      const afterWord = cache.afterTag(previous, word, weightsOf);
      for (let c = 0; c < k; c++) {
        if (!allowedAt[p * k + c]) continue;
        const score = (afterWord ? fixed[c]! + afterWord[c]! : fixed[c]!) + emission[c]!;
        local[row + p * k + c] = score;
        if (before + score > forward[i * k + c]!) {
          forward[i * k + c] = before + score;
          back[i * k + c] = p;
        }
      }
    }
  }
  return { local, forward, back };
}

const allowedTables = new WeakMap<string[], Map<string, { opening: Uint8Array; classes: Uint8Array }>>();

/** `allowed` as tables, made once per class list and opening: [previous × k + tag] after the
 *  opening tag (one row) and after each class (k rows). */
function allowedAfter(classes: string[], opening: string): { opening: Uint8Array; classes: Uint8Array } {
  let byOpening = allowedTables.get(classes);
  if (!byOpening) allowedTables.set(classes, (byOpening = new Map()));
  let tables = byOpening.get(opening);
  if (!tables) {
    const table = (previous: string[]) => Uint8Array.from(previous.flatMap((before) => classes.map((tag) => (allowed(before, tag) ? 1 : 0))));
    tables = { opening: table([opening]), classes: table(classes) };
    byOpening.set(opening, tables);
  }
  return tables;
}

/** Weights summed once and kept: a word's own features, "t-1=tag" + "t-1s=tag|shape" per tag and
 *  shape, "t-1w=tag|word" per tag and word. Only for a trained model (training changes weights;
 *  it passes none and gets a fresh one per run). Emptied when it grows past MAX_CACHED words. */
export class ScoreCache {
  private readonly words = new Map<string, Float64Array>();
  private readonly transitions = new Map<string, Map<string, Float64Array>>();
  private readonly afterTags = new Map<string, Map<string, ArrayLike<number> | null>>();
  private readonly features = new Map<string, Map<string, ArrayLike<number> | null>>();
  private featureCount = 0;

  /** The weights of the feature `name + value` ("w-1=" + "the"), found by its two parts. */
  featureWeights(name: string, value: string, weightsOf: WeightsOf): ArrayLike<number> | undefined {
    const byValue = inner(this.features, name);
    let weights = byValue.get(value);
    if (weights === undefined) {
      if (++this.featureCount > MAX_CACHED) {
        this.features.clear();
        this.featureCount = 0;
      }
      weights = weightsOf(name + value) ?? null;
      inner(this.features, name).set(value, weights);
    }
    return weights ?? undefined;
  }

  wordWeights(raw: string, k: number, weightsOf: WeightsOf): Float64Array {
    let sum = this.words.get(raw);
    if (!sum) {
      if (this.words.size >= MAX_CACHED) this.words.clear();
      sum = new Float64Array(k);
      for (const feature of wordFeatures(raw)) addWeights(sum, weightsOf(feature));
      this.words.set(raw, sum);
    }
    return sum;
  }

  fixedTransition(previous: string, shape: string, k: number, weightsOf: WeightsOf): Float64Array {
    const byPrevious = inner(this.transitions, shape);
    let fixed = byPrevious.get(previous);
    if (!fixed) {
      fixed = new Float64Array(k);
      addWeights(fixed, weightsOf(`t-1=${previous}`));
      addWeights(fixed, weightsOf(`t-1s=${previous}|${shape}`));
      byPrevious.set(previous, fixed);
    }
    return fixed;
  }

  afterTag(previous: string, word: string, weightsOf: WeightsOf): ArrayLike<number> | undefined {
    if (this.afterTags.size >= MAX_CACHED) this.afterTags.clear();
    const byPrevious = inner(this.afterTags, word);
    let weights = byPrevious.get(previous);
    if (weights === undefined) {
      weights = weightsOf(`t-1w=${previous}|${word}`) ?? null;
      byPrevious.set(previous, weights);
    }
    return weights ?? undefined;
  }
}

/** The map under `key`, made when first asked for: lookups by strings that already exist, none built. */
function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map()));
  return map;
}

/** Words (and tag-word pairs) kept by a ScoreCache: a few MB at most. */
const MAX_CACHED = 200_000;

/** The best score from each word and tag to the run's end (a run ends before an "O" or at the end). */
function backwardScores(local: Float64Array, n: number, k: number): Float64Array {
  const backward = new Float64Array(n * k).fill(-Infinity);
  for (let c = 0; c < k; c++) backward[(n - 1) * k + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < k; c++) {
      let best = -Infinity;
      for (let next = 0; next < k; next++) best = Math.max(best, local[((i + 1) * k + c) * k + next]! + backward[(i + 1) * k + next]!);
      backward[i * k + c] = best;
    }
  }
  return backward;
}

/** The best sequence read back from its last tag; each word's margin is the best sequence's score
 *  minus the best one giving that word another tag. */
function readBestTags(forward: Float64Array, backward: Float64Array, back: Int8Array, start: number, n: number, classes: string[], tags: TaggedToken[]): void {
  const k = classes.length;
  let c = 0;
  for (let candidate = 1; candidate < k; candidate++) if (forward[(n - 1) * k + candidate]! > forward[(n - 1) * k + c]!) c = candidate;
  for (let i = n - 1; i >= 0; i--) {
    const best = forward[i * k + c]! + backward[i * k + c]!;
    let second = -Infinity;
    for (let other = 0; other < k; other++) if (other !== c) second = Math.max(second, forward[i * k + other]! + backward[i * k + other]!);
    tags[start + i] = { tag: classes[c]!, margin: best - second };
    c = back[i * k + c]!;
  }
}

function addWeights(target: Float64Array, weights: ArrayLike<number> | undefined): void {
  if (weights) for (let c = 0; c < target.length; c++) target[c]! += weights[c]!;
}
