// A page copied without its URL gives its own web address in its chrome: a known host there names
// the outlet, even as the only evidence; one the story mentions does not. Every page is invented.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { captureContext } from "../../src/normalize/capture-context.ts";
import { ownHostsIn } from "../../src/normalize/own-hosts.ts";
import { captureThrough } from "./helpers.ts";

const HEADLINE = "Council votes to rebuild the covered market";
const PARAGRAPHS = [
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.",
];
const lines = (texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
/** A page of three chrome lines, the headline (line 4), the story (lines 5–7), then the lines given. */
const page = (top: string[], bottom: string[] = []) => [...top, HEADLINE, ...PARAGRAPHS, ...bottom];
const STORY = { storyLines: new Set([5, 6, 7]), headlineLine: 4 };
const hostsOf = (texts: string[], parts = STORY) => ownHostsIn(lines(texts), parts).map(({ host, kind }) => `${kind} ${host}`);

/** A maintainer's registry with one invented outlet whose alias is its host. */
const context = captureContext({
  registryDir: "/nonexistent",
  registries: { actors: [], places: [], outlets: [{ name: "Harbour Gazette", kind: "newspaper", aliases: ["harbourgazette.co.uk"], signatures: [] }] },
  now: "2026-11-23",
});
const outletOf = (texts: string[]) => captureThrough("find-outlet", texts.join("\n"), { context });

describe("the forms in which a page's chrome gives its own host", () => {
  test("an address at its domain, the address alone or first on a line, a logo line, a print footer, a link above the story", () => {
    assert.deepEqual(hostsOf(page(["Menu", "HARBOURGAZETTE.NET TV", "Search"], ["Write to us: letters@harbourgazette.net", "HARBOURGAZETTE.CO.UK", "www.harbourgazette.com / Dec 6, 2020", "Printed from https://www.harbourgazette.org/news/1234"])), [
      "host-logo harbourgazette.net",
      "mail-domain harbourgazette.net",
      "host-line harbourgazette.co.uk",
      "host-stamp harbourgazette.com",
      "host-line harbourgazette.org",
    ]);
    assert.deepEqual(hostsOf(page(["https://www.harbourgazette.com/", "Menu", "Search"])), ["own-link harbourgazette.com"]);
  });

  test("not a host the story mentions, a logo-shaped line below the headline, a link below the story, a mail service", () => {
    const inStory = [...page(["Menu", "News", "Search"])];
    inStory[5] = "Readers can send photos to photos@harbourgazette.com or post them at HARBOURGAZETTE.COM, the council said.";
    assert.deepEqual(hostsOf(inStory), []);
    assert.deepEqual(hostsOf(page(["Menu", "News", "Search"], ["HARBOURGAZETTE.NET TV", "https://www.harbourgazette.com/other-story", "tips.desk@gmail.com"])), []);
  });
});

describe("the outlet a known host in the page's chrome names", () => {
  test("the registry's outlet, from one address at its domain alone", () => {
    const capture = outletOf(page(["Menu", "News", "Search"], ["Send your letters to editor@harbourgazette.co.uk", "Terms of use"]));
    assert.equal(capture.outlet, "Harbour Gazette");
    assert.equal(capture.outletEvidence?.rule, "own-host");
  });

  test("a well-known outlet's, from its address alone on a line or opening a stamp (a stamp the story block keeps too)", () => {
    assert.equal(outletOf(page(["Menu", "THEGUARDIAN.COM", "Search"])).outlet, "The Guardian");
    assert.equal(outletOf(page(["Menu", "Search", "WSVN.COM / Dec 6, 2020"])).outlet, "WSVN 7News");
  });

  test("none from a host only the story mentions", () => {
    const texts = page(["Menu", "News", "Search"]);
    texts[6] = "Shop owners wrote to editor@harbourgazette.co.uk and to the paper's website, which had asked for the work to start before winter.";
    assert.equal(outletOf(texts).outlet, undefined);
  });

  test("none from a sister site's address, nor from a footer that lists two sites' as often", () => {
    assert.equal(outletOf(page(["Menu", "News", "Search"], ["tips@marathi.harbourgazette.co.uk"])).outlet, undefined);
    assert.equal(outletOf(page(["Menu", "News", "Search"], ["Our sites", "theguardian.com", "harbourgazette.co.uk"])).outlet, undefined);
    assert.equal(outletOf(page(["Menu", "News", "Search"], ["Our sites", "theguardian.com", "harbourgazette.co.uk", "Contact: desk@harbourgazette.co.uk"])).outlet, "Harbour Gazette");
  });
});
