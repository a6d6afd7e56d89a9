import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import { GAZETTEER_FILE, MODEL_FILE, NameModel } from "../../src/names/name-model.ts";
import { SentenceFeatures, wordFeatures } from "../../src/names/name-features.ts";
import { tokenizeNames } from "../../src/names/name-tokens.ts";

describe("the shipped name model", () => {
  test("its files exist and load", () => {
    assert.ok(fs.existsSync(MODEL_FILE) && fs.existsSync(GAZETTEER_FILE));
    const model = NameModel.fromFiles();
    assert.deepEqual(model.classes, ["O", "B-person", "I-person", "B-organization", "I-organization", "B-place", "I-place"]);
    assert.ok(model.weights.size > 1000);
  });

  test("tags every word, and an I- tag only continues its own kind", () => {
    const model = NameModel.fromFiles();
    const tokens = tokenizeNames("Yesterday the mayor of Dunmore, Claire Whitfield, visited the Halden Steel Works.");
    const tags = model.tag(tokens).map((token) => token.tag);
    assert.equal(tags.length, tokens.length);
    tags.forEach((tag, index) => {
      if (tag.startsWith("I-")) assert.equal(tags[index - 1]!.slice(2), tag.slice(2));
    });
  });
});

describe("tokenizeNames", () => {
  test("keeps initials and abbreviations whole and splits a possessive", () => {
    assert.deepEqual(tokenizeNames("J. R. Hale's firm, Hale Corp., moved to the U.S. in 1990.").map((token) => token.raw), ["J.", "R.", "Hale", "'s", "firm", ",", "Hale", "Corp.", ",", "moved", "to", "the", "U.S.", "in", "1990", "."]);
  });

  test("marks the words that open sentences", () => {
    assert.deepEqual(tokenizeNames("It rained. Then it stopped.").filter((token) => token.sentenceStart).map((token) => token.raw), ["It", "Then"]);
  });
});

describe("the tagger's cached sums", () => {
  test("a cache warmed by other stories changes no tag and no margin", () => {
    const story = tokenizeNames("Harald Brekke of Norvik Shipping Ltd met the mayor of Dunmore, Claire Whitfield, in Oslo on Tuesday.");
    const fresh = NameModel.fromFiles().tag(story);
    const warm = NameModel.fromFiles();
    for (const other of ["Norvik beat Dunmore 3-1 on Saturday.", "Claire Whitfield said Norvik Shipping would hire.", "OSLO 2026-01-02", "Brekke, Whitfield and Oslo."]) warm.tag(tokenizeNames(other));
    assert.deepEqual(warm.tag(story), fresh);
  });

  test("a word's features are its own, then its context's, under the names the shipped model was trained with", () => {
    const tokens = tokenizeNames("Mayor Claire Whitfield spoke.");
    const sentence = new SentenceFeatures(tokens, NameModel.fromFiles().lists, new Set());
    assert.deepEqual(sentence.at(2), [
      ...wordFeatures("Whitfield"),
      ...sentence.contextFeatures(2),
    ]);
    assert.deepEqual(wordFeatures("Whitfield"), ["b", "w=whitfield", "s=Xx", "x3=eld", "x2=ld", "p2=wh"]);
    assert.deepEqual(sentence.contextFeatures(2).slice(0, 9), ["w-1=claire", "w+1=spoke", "w-2=mayor", "w+2=.", "s-1=Xx", "s+1=x", "s-1s+1=Xx|Xx|x", "w-1s=claire|Xx", "ws+1=Xx|spoke"]);
    assert.ok(sentence.contextFeatures(2).includes("run=3|false") && sentence.contextFeatures(2).includes("cap|common=false"));
  });
});
