// Text fingerprints for finding captures of one story among thousands without comparing all
// pairs: word 4-gram shingles, MinHash signatures, and LSH bands that bucket likely duplicates.
import { flatText } from "./strip-boilerplate.ts";

const SHINGLE_WORDS = 4;
const PERMUTATIONS = 64;
export const BANDS = 32;
const ROWS = PERMUTATIONS / BANDS;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shingles(text: string): Set<number> {
  const words = flatText(text).split(" ").filter(Boolean);
  const result = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) result.add(fnv1a(words.slice(index, index + SHINGLE_WORDS).join(" ")));
  if (result.size === 0 && words.length) result.add(fnv1a(words.join(" ")));
  return result;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, index) => [Math.imul(index + 1, 0x9e3779b1) | 1, Math.imul(index + 7, 0x85ebca6b)] as const);

export function minHash(set: Set<number>): Uint32Array {
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const value of set) {
    for (let index = 0; index < PERMUTATIONS; index++) {
      const [a, b] = SEEDS[index]!;
      let hash = (Math.imul(value, a) + b) >>> 0;
      hash ^= hash >>> 15;
      hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
      if (hash < signature[index]!) signature[index] = hash;
    }
  }
  return signature;
}

/** Keys of the LSH buckets a signature falls in; two texts sharing any key are compared. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) keys.push(`${band}:${Array.from(signature.subarray(band * ROWS, band * ROWS + ROWS)).join(",")}`);
  return keys;
}

/** Share of the smaller text's shingles found in the other: 1 when one capture contains the other. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / small.size;
}
