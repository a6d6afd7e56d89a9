import assert from "node:assert/strict";
import { test } from "node:test";
import { appendAll } from "../src/append-all.ts";

test("appends in order, in place", () => {
  const list = [1, 2];
  assert.equal(appendAll(list, [3, 4]), list);
  assert.deepEqual(list, [1, 2, 3, 4]);
});

test("appends more items than a call can take as arguments", () => {
  const many = Array.from({ length: 500_000 }, (_, at) => at);
  assert.throws(() => [].push(...(many as never[])), RangeError, "a spread of 500,000 overflows the stack (the reason for appendAll)");
  const list: number[] = [];
  appendAll(list, many);
  assert.equal(list.length, 500_000);
  assert.equal(list[499_999], 499_999);
});
