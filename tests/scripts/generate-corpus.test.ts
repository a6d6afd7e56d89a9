import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { generateCorpus, wordCount, writeCorpus, writeCorpusRegistry } from "../../scripts/generate-corpus.ts";
import { loadRegistries } from "../../src/registry/load-registries.ts";

const corpus = generateCorpus({ n: 50, seed: 42 });

test("the same seed gives the same captures, byte for byte, and another seed gives others", () => {
  const again = generateCorpus({ n: 50, seed: 42 });
  assert.deepEqual(
    again.captures.map((c) => [c.fileName, c.text]),
    corpus.captures.map((c) => [c.fileName, c.text]),
  );
  const other = generateCorpus({ n: 50, seed: 43 });
  assert.notEqual(other.captures[0]?.text, corpus.captures[0]?.text);
});

test("every capture has 300 to 1,200 words, page chrome included", () => {
  for (const capture of corpus.captures) {
    const words = wordCount(capture.text);
    assert.ok(words >= 300 && words <= 1200, `${capture.fileName}: ${words} words`);
  }
});

test("the vocabulary is large: thousands of distinct words, not a few template sentences", () => {
  const distinct = new Set<string>();
  for (const capture of corpus.captures) for (const word of capture.text.toLowerCase().match(/\p{L}+/gu) ?? []) distinct.add(word);
  assert.ok(distinct.size >= 1500, `${distinct.size} distinct words in 50 captures`);
  assert.ok(corpus.vocabularySize >= 5000, `lexicon of ${corpus.vocabularySize} words`);
});

test("datelines come in many formats, and some captures have none", () => {
  const texts = corpus.captures.map((c) => c.text);
  const formats: [string, RegExp][] = [
    ["2020-07-22 11:11:17", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/m],
    ["16:49 GMT10 July 2020", /^\d{2}:\d{2} GMT\d{1,2} [A-Z][a-z]+ \d{4}$/m],
    ["Oct. 31, 2017 9:14 a.m. ET", /^[A-Z][a-z]+\.? \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]\.m\. ET$/m],
    ["1.11.2017", /^\d{1,2}\.\d{1,2}\.\d{4}$/m],
    ["15 октября 2017 г.", /\d{1,2} [а-я]+ \d{4} г\./],
  ];
  for (const [example, pattern] of formats) {
    assert.ok(texts.some((text) => pattern.test(text)), `no dateline like ${example}`);
  }
  const kinds = new Set(corpus.captures.map((c) => c.truth.dateline));
  assert.ok(kinds.size >= 6, `only ${[...kinds].join(", ")}`);
  assert.ok(kinds.has("none"));
});

test("captures carry page junk, bylines, outlet signatures and sometimes a maintainer header", () => {
  const all = corpus.captures.map((c) => c.text).join("\n");
  for (const junk of ["Comments are closed.", "Connecting to %s", "Any opinions expressed"]) assert.ok(all.includes(junk), junk);
  assert.ok(/^[A-Z][\w-]*(?: [\w-]+)* \/ /m.test(all), "an outlet signature like 'Shafaq News / '");
  const headers = corpus.captures.filter((c) => c.text.startsWith("---\n"));
  assert.ok(headers.length > 0 && headers.length < 15, `${headers.length} headers`);
});

test("some captures re-capture an earlier story with near-identical text", () => {
  const many = generateCorpus({ n: 40, seed: 5, duplicateShare: 0.3 });
  const duplicate = many.captures.find((c) => c.truth.duplicateOf !== null);
  assert.ok(duplicate);
  const original = many.captures.find((c) => c.truth.story === duplicate.truth.duplicateOf && c.truth.duplicateOf === null);
  assert.ok(original);
  const sentences = (text: string) => new Set(text.split(/(?<=\.)\s+/).filter((s) => s.length > 40));
  const shared = [...sentences(duplicate.text)].filter((s) => sentences(original.text).has(s)).length;
  assert.ok(shared >= 3, `only ${shared} shared sentences`);
});

test("a few hundred actors and places, dates over ten years, and the bench registry loads and knows every name", () => {
  assert.ok(corpus.entities.actors.length >= 300);
  assert.ok(corpus.entities.places.length >= 200);
  const years = new Set(generateCorpus({ n: 200, seed: 1 }).captures.map((c) => c.truth.date.slice(0, 4)));
  assert.ok(years.size >= 10, `years: ${[...years].sort().join(" ")}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-"));
  try {
    writeCorpus(corpus, path.join(dir, "sources"));
    assert.equal(fs.readdirSync(path.join(dir, "sources")).length, 50);
    writeCorpusRegistry(corpus, undefined, path.join(dir, "registry"));
    const registries = loadRegistries(path.join(dir, "registry"));
    const actors = new Set(registries.actors.map((a) => a.name));
    const places = new Set(registries.places.map((p) => p.name));
    for (const capture of corpus.captures) {
      for (const actor of capture.truth.actors) assert.ok(actors.has(actor), actor);
      for (const place of capture.truth.places) assert.ok(places.has(place), place);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
