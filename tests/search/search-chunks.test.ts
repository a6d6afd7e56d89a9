// The search page loads every index chunk of a query word's family from each bundle's metadata
// (layouts/assets/search-chunks.js, used by search.js's preloadWordFamilies): the chunks it picks
// must be every chunk holding a word that starts with the stem, and each probe must fall inside its
// chunk's range, where Pagefind's own lookup finds it.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { test } from "node:test";
import { familyProbes, readIndexChunks } from "../../layouts/assets/search-chunks.js";
import { PAGEFIND_MAGIC } from "../../src/search/canonical-bundle.ts";
import { decodeCbor, encodeCbor, type CborValue } from "../../src/search/tiny-cbor.ts";
import { mulberry32 } from "../../scripts/bench/prng.ts";

type Range = [string, string];
const probesOf = familyProbes as (chunks: Range[], stem: string) => string[];
const chunksOf = readIndexChunks as (metadata: ArrayBuffer | Uint8Array) => Promise<Range[]>;

test("picks one word inside each chunk a family's words may fall in, and no other chunk", () => {
  const chunks: Range[] = [["ab", "ak"], ["al", "alas"], ["alat", "alhashd"], ["alhashi", "alth"], ["alti", "am"], ["amb", "b"]];
  assert.deepEqual(probesOf(chunks, "al"), ["al", "alat", "alhashi", "alti"]);
  // A stem inside a chunk's range: that chunk from the stem, then the next chunks that start with it.
  assert.deepEqual(probesOf(chunks, "alh"), ["alh", "alhashi"]);
  // A stem between two chunks' ranges (past one's last word, before the next's first): the chunk before may hold it.
  assert.deepEqual(probesOf(chunks, "akz"), ["ak"]);
  assert.deepEqual(probesOf(chunks, "alhashd"), ["alhashd"]);
  // Past the last chunk's last word: the last chunk holds every word up to the end.
  assert.deepEqual(probesOf(chunks, "zz"), ["b"]);
});

test("gives probes that Pagefind reads as they are, for ranges bounded by quoted words", () => {
  // Pagefind drops a query's punctuation: "zakho“" would be read "zakho" and land in the chunk before.
  const chunks: Range[] = [["yes", "zakho"], ["zakho“", "”a"], ["”n", "”not"]];
  assert.deepEqual(probesOf(chunks, "zakho"), ["zakho", "zakho\uffff"]);
  assert.deepEqual(probesOf(chunks, "n"), []);
});

function packed(value: CborValue): Buffer {
  return zlib.gzipSync(Buffer.concat([Buffer.from(PAGEFIND_MAGIC), encodeCbor(value)]));
}

test("reads the chunk ranges from a metadata file, compressed or not", async () => {
  const meta: CborValue = ["1.5.2", [["en_a", 120], ["en_b", 80]], [["01", "al", "en_1"], ["ala", "zz", "en_2"]], [["year", "en_f"]], [["date", [1, 0]]]];
  assert.deepEqual(await chunksOf(packed(meta)), [["01", "al"], ["ala", "zz"]]);
  assert.deepEqual(await chunksOf(zlib.gunzipSync(packed(meta))), [["01", "al"], ["ala", "zz"]]);
  await assert.rejects(chunksOf(zlib.gzipSync(Buffer.from("not pagefind"))), /not a Pagefind metadata file/);
});

function unpack(file: string): CborValue {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  return decodeCbor(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), PAGEFIND_MAGIC.length).value;
}

test("finds, in an index Pagefind wrote, every chunk holding a word of a family that spans many", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-chunks-"));
  // Small chunks, so that the "al" family spans several (a shard of 900 articles: a dozen).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = "300";
  const pagefind = (await import(`${import.meta.resolve("pagefind")}?instance=search-chunks-test`)) as typeof import("pagefind");
  const random = mulberry32(16);
  const word = (prefix: string) => prefix + Array.from({ length: 3 + Math.floor(random() * 5) }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)]).join("");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    assert.ok(index, errors.join("; "));
    for (let page = 0; page < 40; page++) {
      const content = Array.from({ length: 60 }, (_, i) => word(["al", "un", "ak", "am", "b"][i % 5]!)).join(" ");
      assert.deepEqual((await index.addCustomRecord({ url: `/p${page}/`, content, language: "en" })).errors, []);
    }
    assert.deepEqual((await index.writeFiles({ outputPath: dir })).errors, []);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as { languages: { en: { hash: string } } };
    const metaFile = path.join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`);
    const ranges = await chunksOf(fs.readFileSync(metaFile));
    const hashes = ((unpack(metaFile) as CborValue[])[2] as string[][]).map((chunk) => chunk[2]!);
    const wordsOf = hashes.map((hash) => ((unpack(path.join(dir, "index", `${hash}.pf_index`)) as CborValue[][])[0] as CborValue[][]).map((e) => e[0] as string));
    // Each range starts its chunk's first word and its last word (a bundle whose range bounds start
    // with a stem holds a word of that family: search.js, bundlesHolding).
    ranges.forEach(([from, to], i) => {
      const words = [...wordsOf[i]!].sort();
      assert.ok(words[0]!.startsWith(from) && words.at(-1)!.startsWith(to), `chunk ${i} [${from}, ${to}] holds ${words[0]} … ${words.at(-1)}`);
    });
    for (const stem of ["al", "un", "alb", "b"]) {
      const holding = wordsOf.flatMap((words, i) => (words.some((w) => w.startsWith(stem)) ? [i] : []));
      assert.ok(holding.length >= (stem.length === 2 ? 3 : 1), `${stem}: ${holding.length} chunks hold the family`);
      // Pagefind loads, for a preloaded word, the chunk whose range holds it.
      const probed = probesOf(ranges, stem).map((probe) => ranges.findIndex(([from, to]) => from <= probe && probe <= to));
      assert.ok(!probed.includes(-1), `${stem}: a probe outside every chunk's range (${probesOf(ranges, stem)})`);
      assert.deepEqual(holding.filter((i) => !probed.includes(i)), [], `${stem}: chunks holding the family left unprobed`);
      const besides = probed.filter((i) => !holding.includes(i));
      assert.ok(besides.length <= 1 && besides.every((i) => i === holding[0]! - 1), `${stem}: only the chunk before the family's first word may be probed besides (${probed} for ${holding})`);
    }
  } finally {
    await pagefind.close();
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
