// tsx scripts/bench/search-stem-check.ts --site DIR
// Checks the search page's stemmer (layouts/assets/search-stem.js) against Pagefind's own, over a
// built site: the words Pagefind stored in each bundle's index chunks are stems, and the stems of
// the words of the bundle's pages (their fragments' text) must be exactly those. Prints both
// differences (each stem with words that give it) and exits 1 when they differ.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parseArgs } from "node:util";
import { decodeCbor, type CborValue } from "../../src/search/tiny-cbor.ts";
import { PAGEFIND_MAGIC } from "../../src/search/canonical-bundle.ts";
import { stem } from "../../layouts/assets/search-stem.js";

const stemOf = stem as (word: string) => string;

function unpack(file: string): Uint8Array {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  return new Uint8Array(raw.buffer, raw.byteOffset + PAGEFIND_MAGIC.length, raw.byteLength - PAGEFIND_MAGIC.length);
}

/** The words Pagefind stored in a bundle's index chunks. */
export function indexedWords(bundleDir: string): Set<string> {
  const words = new Set<string>();
  for (const file of fs.readdirSync(path.join(bundleDir, "index"))) {
    const [entries] = decodeCbor(unpack(path.join(bundleDir, "index", file))).value as [CborValue[][]];
    for (const entry of entries) words.add(entry[0] as string);
  }
  return words;
}

/** The text of a bundle's pages, from their fragments. */
export function* pageTexts(bundleDir: string): Generator<string> {
  for (const file of fs.readdirSync(path.join(bundleDir, "fragment"))) {
    yield (JSON.parse(new TextDecoder().decode(unpack(path.join(bundleDir, "fragment", file)))) as { content: string }).content;
  }
}

/** A text's words as Pagefind cleans them (case, punctuation; a hyphenated word also as its parts). */
export function pageWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/\s+/)) {
    for (const part of /[-–—]/.test(raw) ? [raw, ...raw.split(/[-–—]/)] : [raw]) {
      const word = part.replace(/[.`~!@#$%^&*(){}[\]\\|:;'",<>/?\-–—\u200b]/g, "");
      if (word) words.push(word);
    }
  }
  return words;
}

export interface StemCheck {
  indexed: number;
  stems: number;
  /** Stems computed here that Pagefind did not store, with the words that gave them. */
  notIndexed: Map<string, Set<string>>;
  /** Words Pagefind stored that no word's stem computed here gives. */
  notComputed: string[];
}

export function checkStems(bundleDir: string): StemCheck {
  const indexed = indexedWords(bundleDir);
  const byStem = new Map<string, Set<string>>();
  for (const text of pageTexts(bundleDir)) {
    for (const word of pageWords(text)) {
      const s = stemOf(word);
      if (!byStem.has(s)) byStem.set(s, new Set());
      byStem.get(s)!.add(word);
    }
  }
  const notIndexed = new Map([...byStem].filter(([s]) => !indexed.has(s)));
  return { indexed: indexed.size, stems: byStem.size, notIndexed, notComputed: [...indexed].filter((w) => !byStem.has(w)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string" } } });
  if (!values.site) {
    console.error("usage: tsx scripts/bench/search-stem-check.ts --site DIR");
    process.exit(2);
  }
  const site = path.resolve(values.site);
  const bundles = ["pagefind", ...(fs.existsSync(path.join(site, "pagefind-shards")) ? fs.readdirSync(path.join(site, "pagefind-shards")).map((d) => `pagefind-shards/${d}`) : [])];
  let differ = 0;
  for (const bundle of bundles) {
    const check = checkStems(path.join(site, bundle));
    differ += check.notIndexed.size + check.notComputed.length;
    console.log(`${bundle}: ${check.indexed} words indexed, ${check.stems} stems computed; ${check.notIndexed.size} computed but not indexed, ${check.notComputed.length} indexed but not computed`);
    for (const [s, words] of [...check.notIndexed].slice(0, 15)) console.log(`  computed ${s} <- ${[...words].slice(0, 4).join(", ")}`);
    if (check.notComputed.length) console.log(`  indexed: ${check.notComputed.slice(0, 30).join(" ")}`);
  }
  process.exit(differ === 0 ? 0 : 1);
}
