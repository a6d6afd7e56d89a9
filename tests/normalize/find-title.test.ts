import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { deriveTitle, firstSentence, MAX_DERIVED_TITLE } from "../../src/normalize/find-title.ts";
import { captureThrough } from "./helpers.ts";

const titled = (text: string) => captureThrough("find-title", text);

describe("findTitle", () => {
  test("takes a short first line without a full stop as the headline and out of the body", () => {
    const result = titled("Iran, US align against Iraqi Kurdistan Referendum\n\nMilitary commanders from Iran and the United States are swarming Iraqi Kurdistan this week.");
    assert.equal(result.title, "Iran, US align against Iraqi Kurdistan Referendum");
    assert.equal(result.titleDerived, false);
    assert.deepEqual(result.titleEvidence, { rule: "headline-line", text: result.title, line: 1, confidence: "high" });
    assert.equal(result.paragraphs.length, 1);
  });

  test("the maintainer header's title wins", () => {
    const result = titled('---\ntitle: "From the header"\n---\nHeadline in the text\n\nA body sentence that is long enough to count as the story text here.');
    assert.equal(result.title, "From the header");
    assert.equal(result.titleEvidence.rule, "maintainer-header");
  });

  test("derives a title from the lede when the capture has no headline, and marks it", () => {
    const result = titled("Leaders of Iraqi Kurdistan have rejected the demand of Baghdad to cancel the outcome of the independence referendum, an aide said.\nMore text follows here in a second paragraph of the story.");
    assert.equal(result.titleDerived, true);
    assert.ok(result.title.length <= MAX_DERIVED_TITLE);
    assert.match(result.title, /^Leaders of Iraqi Kurdistan have rejected the demand of Baghdad/);
    assert.equal(result.titleEvidence.rule, "derived-from-lede");
    assert.equal(result.paragraphs.length, 2, "a derived title leaves the lede in the body");
  });

  test("a quoted first line is not a headline", () => {
    const result = titled('"We will not support you"\nA Gorran official told reporters about a meeting with the American ambassador on Monday.');
    assert.equal(result.titleDerived, true);
  });
});

describe("findTitle: a wire story's headline over its dateline", () => {
  test("a headline ending in a full stop, over a place and a date, is the headline", () => {
    const result = titled("FOOTBALL - HARBOUR TOWN SIGN NEW COACH.\n\nPORTSMOUTH 2001-03-14\n\nHarbour Town named a former midfielder as their coach on Wednesday after a run of nine games without a win, the club said in a statement.\n\nThe new coach starts on Monday.");
    assert.equal(result.title, "FOOTBALL - HARBOUR TOWN SIGN NEW COACH.");
    assert.equal(result.titleDerived, false);
    assert.ok(!result.paragraphs.some((paragraph) => paragraph.text === result.title), "the headline leaves the body");
  });

  test("a sentence with no date under it stays the story's first paragraph", () => {
    const result = titled("The council met.\n\nIt voted to rebuild the covered market in the old town before the winter, the mayor told reporters on the steps of the hall.");
    assert.equal(result.titleDerived, true);
  });
});

describe("deriveTitle", () => {
  test("cuts at a word boundary without a trailing function word or punctuation", () => {
    const title = deriveTitle("The demand by the Iraqi authorities to cancel the results of the Iraqi Kurdistan independence referendum has been rejected by the regional government in Erbil on Sunday.");
    assert.ok(title.length <= MAX_DERIVED_TITLE, title);
    assert.doesNotMatch(title, /\s(the|of|to|by|in|on)$|[,;:.]$/);
  });

  test("does not split a noun phrase: backs off to the last preposition", () => {
    assert.equal(
      deriveTitle("Leaders of Iraqi Kurdistan have rejected the demand of Baghdad to cancel the outcome of the independence referendum and its results."),
      "Leaders of Iraqi Kurdistan have rejected the demand of Baghdad to cancel the outcome",
    );
  });

  test("puts the main clause first after an opening subordinate clause", () => {
    assert.equal(
      deriveTitle("Following the aggressive actions since October 16, which resulted in deaths, the Kurdistan Regional Government (KRG) issued a call for dialogue."),
      "The Kurdistan Regional Government issued a call for dialogue",
    );
  });

  test("lets a named subject lead instead of its description", () => {
    assert.match(deriveTitle("Member of the Council of Representatives for the party, Bashar Al-Kiki, revealed on Wednesday that an agreement was reached."), /^Bashar Al-Kiki revealed on Wednesday/);
  });

  test("a short lede is the title as is, without its full stop", () => {
    assert.equal(deriveTitle("Kirkuk governor meets Peshmerga commanders."), "Kirkuk governor meets Peshmerga commanders");
  });
});

describe("firstSentence", () => {
  test("is not fooled by abbreviations", () => {
    assert.equal(firstSentence("Maj. Gen. Qasem Soleimani met U.S. envoys on Sept. 11 in Erbil. Then he left."), "Maj. Gen. Qasem Soleimani met U.S. envoys on Sept. 11 in Erbil.");
  });
});
