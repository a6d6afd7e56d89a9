// The search page's stemmer (layouts/assets/search-stem.js) must stem as Pagefind does: the page
// loads the index chunks of a query word's family from the stem it computes (search.js,
// preloadWordFamilies), so a different stem would load the wrong chunks and miss pages.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import * as pagefind from "pagefind";
import { stem } from "../../layouts/assets/search-stem.js";
import { indexedWords, pageWords } from "../../scripts/bench/search-stem-check.ts";

const stemOf = stem as (word: string) => string;

test("stems English words as Snowball's English stemmer does", () => {
  const cases: Record<string, string> = {
    parties: "parti", ties: "tie", cries: "cri", caresses: "caress", gaps: "gap", gas: "gas", kiwis: "kiwi",
    hoping: "hope", hopping: "hop", added: "add", agreed: "agre", dying: "die", flying: "fli", evening: "evening",
    proceed: "proceed", happily: "happili", relational: "relat", conditional: "condit", rational: "ration",
    digitizer: "digit", hopefulness: "hope", electrical: "electr", adjustment: "adjust", adoption: "adopt",
    generously: "generous", international: "internat", organization: "organiz", skies: "sky", news: "news",
    ministry: "ministri", ceasefire: "ceasefir", kirkuk: "kirkuk", by: "by", of: "of", "oil's": "oil",
  };
  assert.deepEqual(Object.fromEntries(Object.keys(cases).map((word) => [word, stemOf(word)])), cases);
});

test("gives, for every word of a page, a stem Pagefind's own index holds, and no other", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-stem-"));
  const content = [
    "The ministries announced new agreements between the parties after weeks of negotiating,",
    "hoping that generously funded reconstruction would proceed. Internationally organized observers",
    "were relieved; flying checkpoints, crying families and the hopelessness of the displaced eased.",
    "Officials' statements emphasized stability, electrification, conditional ceasefires and happily",
    "rebuilt universities, pasted notices, emerging laterally, communicating generally.",
  ].join(" ");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    assert.ok(index, errors.join("; "));
    assert.deepEqual((await index.addCustomRecord({ url: "/a/", content, language: "en" })).errors, []);
    assert.deepEqual((await index.writeFiles({ outputPath: dir })).errors, []);
    assert.deepEqual([...new Set(pageWords(content).map(stemOf))].sort(), [...indexedWords(dir)].sort());
  } finally {
    await pagefind.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
