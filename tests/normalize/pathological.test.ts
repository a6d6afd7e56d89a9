// Inputs built to make regular expressions backtrack or loops go quadratic (after markdown-it's
// test/pathological): each capture must go through stages 1–6 in bounded time.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { normalizeCapture } from "../../src/normalize/normalize-capture.ts";
import { EntityIndex } from "../../src/registry/entity-index.ts";
import { loadRegistries } from "../../src/registry/load-registries.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { cpuMilliseconds } from "../helpers/cpu-time.ts";

const registries = loadRegistries(path.join(import.meta.dirname, "..", "..", "content", "registry"));
const context = { now: "2026-11-23T00:00:00Z", entities: EntityIndex.fromRegistries(registries), outlets: OutletIndex.fromRegistries(registries) };

const CASES: Record<string, string> = {
  "a long capitalised word before a lede": `${"A".repeat(50_000)} b c d e f g h i j k`,
  "many capitalised words before a slash": `${"Aa ".repeat(20_000)}/ b c d e f g h`,
  "a byline that never ends": `By ${"Ab Cd, ".repeat(10_000)}x`,
  "share words glued together": "sharetweetemail".repeat(5_000),
  "dates that almost match": "1 2 3 4 5 6 7 8 9 10 11 12 October, ".repeat(5_000),
  "numeric dates that almost match": "1.1.1.1.1.1/1/1/1-1-1-".repeat(10_000),
  "an endless parenthesis": `${"(".repeat(50_000)}Reuters) - text`,
  "a tweet attribution without an end": `— ${"Name ".repeat(20_000)}(@x`,
  "quotes that never close": `"We call on ${"the KRG ".repeat(20_000)}`,
  "future words before a date": `${"will planned ".repeat(20_000)}on Sept. 13`,
  "a disclaimer that never ends": `do not necessarily reflect the views of ${"Aa ".repeat(30_000)}`,
  "told an outlet forever": `told ${"Al Monitor ".repeat(20_000)}`,
  "one line of many hyphenated names": "Al-Kiki-Al-Kiki ".repeat(20_000),
  "hyphenated names before a card's MORE link": `${"Al-Kiki-Al-Kiki ".repeat(20_000)} MORE`,
  "glued names before many MORE links": "Jane RoeJane Roe Bakers raise the price of bread again MORE ".repeat(5_000),
};

/** Captures of many lines, not one long line: `make(count)` writes one of `count` units. */
const MANY_LINES: Record<string, { make: (count: number) => string; count: number }> = {
  "thousands of embedded tweets": { count: 4_000, make: (count) => Array.from({ length: count }, (_, index) => `Tweet ${index} about Erbil and Baghdad today, and more\n— Someone (@someone) 15 October 2017`).join("\n") },
  "fifty thousand short paragraphs": { count: 50_000, make: (count) => Array.from({ length: count }, (_, index) => `Line ${index} of the story about Kirkuk, the Peshmerga and the KRG.`).join("\n") },
};

/** CPU milliseconds to normalize a text, the best of two runs (the machine's load moves one run a lot). */
function cpuToNormalize(text: string): number {
  const bytes = new TextEncoder().encode(text);
  return Math.min(...[0, 1].map(() => cpuMilliseconds(() => normalizeCapture({ file: "p.txt", bytes }, context))));
}

describe("pathological captures", () => {
  // Ten times the lines costs about ten times the work, not a hundred (a loop gone quadratic); the
  // ratio of two runs on one machine holds however loaded it is, where a time limit would not.
  for (const [name, { make, count }] of Object.entries(MANY_LINES)) {
    test(name, { timeout: 120_000 }, () => {
      const small = cpuToNormalize(make(count / 10));
      const large = cpuToNormalize(make(count));
      assert.ok(large < small * 30, `${count} lines took ${large.toFixed(0)} ms of CPU, ${count / 10} took ${small.toFixed(0)} ms`);
    });
  }
  for (const [name, text] of Object.entries(CASES)) {
    test(name, { timeout: 20_000 }, () => {
      const cpu = cpuMilliseconds(() => normalizeCapture({ file: "p.txt", bytes: new TextEncoder().encode(`Headline\n${text}\n${text}`) }, context));
      assert.ok(cpu < 5_000, `${Math.round(cpu)} ms of CPU`);
    });
  }
});
