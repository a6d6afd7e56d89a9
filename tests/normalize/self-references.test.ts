// A page with no URL names its own site in its chrome; two different kinds of such lines agreeing
// make it the outlet, one alone does not. Every page here is invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { siteNameFromSelfReferences } from "../../src/normalize/self-references.ts";
import { captureThrough } from "./helpers.ts";

const STORY = [
  "Council votes to rebuild the covered market",
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.",
];
const lines = (texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe("a site's name from its own chrome", () => {
  test("two kinds of line naming the same site make it the outlet, in its most readable spelling", () => {
    const page = [...STORY, "Jane Roe is a senior writer for The Valley Lantern, covering city hall.", "MORE FROM THE VALLEY LANTERN", "Subscribe to The Valley Lantern"];
    const capture = captureThrough("find-outlet", page.join("\n"));
    assert.equal(capture.outlet, "The Valley Lantern");
    assert.equal(capture.outletEvidence?.rule, "self-reference");
  });

  test("one kind of line alone is not enough: a writer's past employer is not the site", () => {
    const page = [...STORY, "Jane Roe was a reporter for The Northern Star and now writes books."];
    assert.equal(siteNameFromSelfReferences(lines(page)), undefined);
    assert.equal(captureThrough("find-outlet", page.join("\n")).outlet, undefined);
  });

  test("sections and pronouns are not sites ('More from Business', 'About Us', 'Follow Us')", () => {
    assert.equal(siteNameFromSelfReferences(lines(["More from Business", "About Us", "Follow Us", "Business Newsletter"])), undefined);
  });
});
