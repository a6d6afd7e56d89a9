// A masthead copied with the page: a run of bare names goes, a list the story announces stays.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { markMastheads, MIN_MASTHEAD_NAMES } from "../../src/normalize/masthead.ts";
import type { JunkMarks } from "../../src/normalize/story-block.ts";

const NAMES = ["Jane Roe", "Sam Poe", "Dara Aziz", "Karwan Ali", "Shwan Omar", "Rory Vance", "Lana Q. Hart"];
const lines = (texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
function marks(texts: string[], junk: JunkMarks = texts.map(() => undefined)): JunkMarks {
  markMastheads(lines(texts), junk);
  return junk;
}

describe("markMastheads", () => {
  test("a run of bare names with a desk among them is a masthead; the text around it is not", () => {
    const texts = ["The council met on Monday.", ...NAMES.slice(0, 3), "Operations", ...NAMES.slice(3), "Contact us by mail."];
    assert.deepEqual(marks(texts), [undefined, ...texts.slice(1, -1).map(() => "masthead"), undefined]);
  });

  test(`fewer than ${MIN_MASTHEAD_NAMES} names, or names announced by a colon, are not`, () => {
    assert.ok(marks(NAMES.slice(0, MIN_MASTHEAD_NAMES - 1)).every((mark) => mark === undefined));
    assert.ok(marks(["The new members are:", ...NAMES]).every((mark) => mark === undefined));
  });

  test("a line a rule already took breaks the run, and keeps its own mark", () => {
    const texts = [...NAMES.slice(0, 3), "Advertisement", ...NAMES.slice(3, 6)];
    const junk = marks(texts, texts.map((text) => (text === "Advertisement" ? "advertisement" : undefined)));
    assert.deepEqual(junk, [undefined, undefined, undefined, "advertisement", undefined, undefined, undefined]);
  });
});
