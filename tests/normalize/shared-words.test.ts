import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SharedWords } from "../../src/normalize/shared-words.ts";

describe("word counts keyed by shared strings", () => {
  test("each capture's counts stay the same, in the same order (similarity sums in that order)", () => {
    const words = new SharedWords();
    const first = new Map([["kirkuk", 2], ["ceasefire", 1], ["minister", 3]]);
    const second = new Map([["minister", 1], ["parliament", 4], ["kirkuk", 1]]);
    const sharedFirst = words.share(first);
    const sharedSecond = words.share(second);
    assert.deepEqual([...sharedFirst], [["kirkuk", 2], ["ceasefire", 1], ["minister", 3]]);
    assert.deepEqual([...sharedSecond], [["minister", 1], ["parliament", 4], ["kirkuk", 1]]);
    assert.notEqual(sharedFirst, first);
  });

  test("counts shared once are returned as they are, by this table or another (a warm process meets them again)", () => {
    const shared = new SharedWords().share(new Map([["referendum", 2]]));
    assert.equal(new SharedWords().share(shared), shared);
  });

  test("no words, no counts", () => {
    assert.equal(new SharedWords().share(new Map()).size, 0);
  });
});
