// findCapitalisedRuns on sentences written for these tests: where a run of capitalised words starts and ends.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findCapitalisedRuns } from "../../src/normalize/candidate-names.ts";

const runs = (text: string) => findCapitalisedRuns(text).map((candidate) => candidate.text);

describe("findCapitalisedRuns", () => {
  test("capitalised words and the small words inside a name make one run", () => {
    assert.deepEqual(runs("The Bank of England and the Council of Representatives met in Erbil."), ["The Bank of England", "Council of Representatives", "Erbil"]);
  });

  test("a name's possessive ends its run: what it owns is another name; a common word's possessive is part of the name", () => {
    assert.deepEqual(runs("FC Harbor Vienna's Karl Beispiel scored twice."), ["FC Harbor Vienna's", "Karl Beispiel"]);
    assert.deepEqual(runs("The People's Liberation Army said so."), ["The People's Liberation Army"]);
  });

  test("a person's name does not run on through 'of' into a place", () => {
    assert.deepEqual(runs("Tom West of Scotland beat Karl Weber."), ["Tom West", "Scotland", "Karl Weber"]);
  });

  test("an ordinal after a name is not part of it", () => {
    assert.deepEqual(runs("Jean Dupont 46th minute goal was enough."), ["Jean Dupont"]);
  });
});
