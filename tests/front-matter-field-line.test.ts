import assert from "node:assert/strict";
import { test } from "node:test";
import { frontMatterFieldLine } from "../src/front-matter-field-line.ts";

const TEXT = '---\ntitle: "x"\nactors:\n  - "A"\n  - "A"\nprovenance:\n  date:\n    rule: "r"\n    line: -1\n---\nbody\n';

test("a field is found at its key's line, counted from the opening fence", () => {
  assert.equal(frontMatterFieldLine(TEXT, ["title"]), 2);
  assert.equal(frontMatterFieldLine(TEXT, ["actors"]), 3);
  assert.equal(frontMatterFieldLine(TEXT, ["actors", 1]), 5);
  assert.equal(frontMatterFieldLine(TEXT, ["provenance", "date", "line"]), 9);
});

test("an absent nested field gives its nearest written parent; an absent top-level field, nothing", () => {
  assert.equal(frontMatterFieldLine(TEXT, ["provenance", "date", "confidence"]), 7);
  assert.equal(frontMatterFieldLine(TEXT, ["outlet"]), undefined);
  assert.equal(frontMatterFieldLine("no front matter\n", ["title"]), undefined);
});
