// Text fingerprints for finding captures of one story among thousands without comparing all
// pairs: word 4-gram shingles (hashed, never joined as strings), a one-permutation MinHash
// signature of 64 bins, LSH bands of 4 bins (a pair with Jaccard 0.6 shares a band ~89% of the
// time, 0.8 always, 0.2 almost never), and whole-paragraph hashes (a capture contained in a longer
// one shares its paragraphs even when their Jaccard is low).
import { flatText } from "./strip-boilerplate.ts";

const SHINGLE_WORDS = 4;
const BINS = 64;
const ROWS = 4;
export const BANDS = BINS / ROWS;
const EMPTY = 0xffffffff;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the whole hash. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function shingles(text: string): Set<number> {
  const words = (text.toLowerCase().match(WORD) ?? []).map(fnv1a);
  const result = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    let hash = 0x9747b28c;
    for (let offset = 0; offset < SHINGLE_WORDS; offset++) hash = Math.imul(hash ^ words[index + offset]!, 0x5bd1e995) >>> 0;
    result.add(mix(hash));
  }
  if (result.size === 0 && words.length) result.add(mix(words.reduce((a, b) => Math.imul(a ^ b, 0x5bd1e995) >>> 0, 0)));
  return result;
}

/**
 * shingles() of a text already in lower case, as a sorted array without repeats: a quarter of a
 * Set's memory, cheap to send between threads, and built without hashing each value into a Set.
 */
export function sortedShingles(lower: string): Uint32Array {
  const words = (lower.match(WORD) ?? []).map(fnv1a);
  if (words.length < SHINGLE_WORDS) return Uint32Array.of(...(words.length ? [mix(words.reduce((a, b) => Math.imul(a ^ b, 0x5bd1e995) >>> 0, 0))] : []));
  const values = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let index = 0; index < values.length; index++) {
    let hash = 0x9747b28c;
    for (let offset = 0; offset < SHINGLE_WORDS; offset++) hash = Math.imul(hash ^ words[index + offset]!, 0x5bd1e995) >>> 0;
    values[index] = mix(hash);
  }
  values.sort();
  let unique = 0;
  for (let index = 0; index < values.length; index++) if (index === 0 || values[index] !== values[unique - 1]) values[unique++] = values[index]!;
  return values.slice(0, unique);
}

/** One-permutation MinHash: the smallest hash in each of 64 bins (by the hash's top 6 bits). */
export function minHash(set: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(BINS).fill(EMPTY);
  for (const value of set) {
    const bin = value >>> 26;
    const rest = value & 0x3ffffff;
    if (rest < signature[bin]!) signature[bin] = rest;
  }
  return signature;
}

/** Keys of the LSH buckets a signature falls in; two texts sharing any key are compared. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = band;
    let empty = true;
    for (let row = band * ROWS; row < band * ROWS + ROWS; row++) {
      hash = Math.imul(hash ^ signature[row]!, 0x5bd1e995) >>> 0;
      if (signature[row] !== EMPTY) empty = false;
    }
    // A band of empty bins says only that both texts are short: no evidence of anything.
    if (!empty) keys.push(band * 2 ** 32 + mix(hash));
  }
  return keys;
}

/** Hashes of a text's paragraphs long enough to be distinctive (15 words or more). */
export function paragraphHashes(paragraphs: string[]): number[] {
  return paragraphs.map(flatText).filter((text) => text.split(" ").length >= 15).map((text) => -1 - fnv1a(text));
}

/** Share of the smaller text's shingles found in the other: 1 when one capture contains the other. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / small.size;
}

/** containment() of two sorted shingle arrays, by one walk through both. */
export function sortedContainment(a: Uint32Array, b: Uint32Array): number {
  const small = a.length <= b.length ? a.length : b.length;
  if (small === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / small;
}
