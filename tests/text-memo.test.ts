// What is derived from a text is derived once while builds keep meeting the text, and forgotten
// after a build that did not meet it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TextMemo } from "../src/text-memo.ts";

test("a text met in this round or the one before is not derived again; one missed for a whole round is", () => {
  const derived: string[] = [];
  const memo = new TextMemo((text) => (derived.push(text), text.length));
  assert.equal(memo.get("kirkuk"), 6);
  assert.equal(memo.get("kirkuk"), 6);
  memo.nextRound();
  assert.equal(memo.get("kirkuk"), 6);
  assert.equal(memo.get("erbil"), 5);
  memo.nextRound();
  memo.get("erbil");
  memo.nextRound();
  memo.get("kirkuk");
  assert.deepEqual(derived, ["kirkuk", "erbil", "kirkuk"]);
});

test("a memo given a round's size starts a round when it is full, so it holds at most two rounds of texts", () => {
  const derived: string[] = [];
  const memo = new TextMemo((text) => (derived.push(text), text.length), 2);
  for (const text of ["a", "bb", "ccc", "a", "dddd", "eeeee", "ffffff", "a"]) memo.get(text);
  // "a" is still held after "ccc" starts a round (it was in the round before), and forgotten two rounds on.
  assert.deepEqual(derived, ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "a"]);
});
