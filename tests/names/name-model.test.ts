import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import { GAZETTEER_FILE, MODEL_FILE, NameModel } from "../../src/names/name-model.ts";
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
