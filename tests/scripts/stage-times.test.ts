// The bench's per-stage table (scripts/bench/stage-times.ts): every capture stage, in order, each a
// positive median a capture, on the project's own seed captures.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { CAPTURE_STAGES } from "../../src/normalize/capture-stages.ts";
import { stageTimes } from "../../scripts/bench/stage-times.ts";

const ROOT = path.join(import.meta.dirname, "..", "..");

test("the bench times each capture stage in order, a median per capture over its rounds", () => {
  const rows = stageTimes(path.join(ROOT, "tests/fixtures/seeds"), path.join(ROOT, "content/registry"), 2);
  assert.deepEqual(rows.map((row) => row.figure.trim()), CAPTURE_STAGES.map(([name]) => name));
  for (const row of rows) {
    assert.equal(row.spread?.runs.length, 2, row.figure);
    assert.ok((row.spread?.median ?? 0) > 0, row.figure);
  }
});
