import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { bucketsOf, emptyMergeMemory, mergeDuplicates } from "../../src/normalize/merge-duplicates.ts";
import { BANDS } from "../../src/normalize/similarity.ts";
import { captureOf, testContext } from "./helpers.ts";
import { cpuMilliseconds } from "../helpers/cpu-time.ts";

const PARAGRAPHS = [
  "Leaders of the Kurdistan Region have rejected the demand of Baghdad to cancel the outcome of the vote, an aide to Masoud Barzani said on Sunday.",
  "He said that the region rejects what its authorities consider to be military threats from Baghdad against the Peshmerga fighters in Kirkuk.",
  "However, according to him, the region renewed its offer to resolve the crisis that erupted as a result of the vote peacefully and soon.",
  "Erbil's decision was made at a meeting to discuss the situation in the town attended by Barzani and the President among others.",
];

describe("mergeDuplicates", () => {
  const context = testContext();

  test("two captures of one story become one article with both sources, the fullest body and the known outlet", () => {
    const short = captureOf("a.txt", PARAGRAPHS.slice(0, 3).join("\n"), context);
    const full = captureOf("b.txt", `16:49 GMT10 July 2020\nGet short URL\n${PARAGRAPHS.join("\n\n")}\nThe tensions rose after the September 25 vote.`, context);
    const [article, ...rest] = mergeDuplicates([full, short]);
    assert.equal(rest.length, 0);
    assert.deepEqual(article!.captures.map((capture) => capture.name), ["a.txt", "b.txt"]);
    assert.equal(article!.id, "a.txt");
    assert.equal(article!.primary.name, "b.txt");
    assert.equal(article!.outlet, "Sputnik");
    assert.ok(article!.removed.some((junk) => junk.source === "content/sources/b.txt"));
  });

  test("the union of names, each once", () => {
    const one = captureOf("a.txt", `${PARAGRAPHS.join("\n")}\nThe KRG agreed.`, context);
    const two = captureOf("b.txt", `${PARAGRAPHS.join("\n")}\nOfficials in Arbil agreed.`, context);
    const [article] = mergeDuplicates([one, two]);
    assert.deepEqual(article!.actors, ["Kurdistan Regional Government", "Masoud Barzani", "Peshmerga"]);
    assert.deepEqual(article!.places, ["Baghdad", "Erbil", "Kirkuk"]);
  });

  test("story evidence of one capture beats the other's page clock", () => {
    const clocked = captureOf("b.txt", `16:49 GMT10 July 2020\nGet short URL\n${PARAGRAPHS.join("\n")}`, context);
    const tweeted = captureOf("a.txt", `${PARAGRAPHS.join("\n")}\nGood news on unity today in the region and beyond it.\n— An Aide (@aide) 15 October 2017`, context);
    assert.equal(mergeDuplicates([clocked, tweeted])[0]!.date, "2017-10-15");
  });

  test("an article keeps the date its capture chose under its headline, not the page clock above it", () => {
    const page = captureOf("c.txt", ["Tuesday, (08 Dec 2020)", "About", "Contact", "Region rejects call to cancel the vote", "13 Oct 2020 18:29", ...PARAGRAPHS].join("\n"), context);
    assert.equal(page.date, "2020-10-13");
    assert.equal(mergeDuplicates([page])[0]!.date, "2020-10-13");
  });

  test("the same text from two known outlets stays two articles", () => {
    const rudaw = captureOf("r.txt", `Rudaw / ${PARAGRAPHS.join("\n")}`, context);
    const k24 = captureOf("k.txt", `Kurdistan24 / ${PARAGRAPHS.join("\n")}`, context);
    const articles = mergeDuplicates([rudaw, k24]);
    assert.equal(articles.length, 2);
    assert.ok(articles[0]!.similar.some((item) => item.id === articles[1]!.id));
  });

  test("kept one-capture articles (npm start's warm process) merge as afresh, and still merge with a new capture of their story", () => {
    const rudaw = captureOf("r.txt", `Rudaw / ${PARAGRAPHS.join("\n")}`, context);
    const k24 = captureOf("k.txt", `Kurdistan24 / ${PARAGRAPHS.join("\n")}`, context);
    const kept = emptyMergeMemory();
    const first = mergeDuplicates([rudaw, k24], undefined, kept);
    const firstAsReturned = structuredClone(first);
    assert.equal(kept.alone.has(rudaw), true);
    assert.equal(kept.sameStory.get(k24)?.get(rudaw), false, "two known outlets: never one story");
    assert.deepEqual(mergeDuplicates([rudaw, k24], undefined, kept), first);
    const again = captureOf("a.txt", PARAGRAPHS.slice(0, 3).join("\n"), context);
    const grown = mergeDuplicates([rudaw, k24, again], undefined, kept);
    assert.deepEqual(grown, mergeDuplicates([rudaw, k24, again]), "the same articles as without what was kept");
    // The capture without an outlet is one story with each: the three merge.
    assert.deepEqual(grown.map((article) => article.captures.map((capture) => capture.name)), [["a.txt", "k.txt", "r.txt"]]);
    assert.deepEqual(first, firstAsReturned, "what was returned before is left as it was");
  });

  test("a warm process's similar lists are a fresh run's as captures sharing rare words are added, edited and removed", () => {
    // Made-up words, each in a handful of stories, so that one capture more or less moves which terms are rare enough to find candidates by.
    const syllables = ["ka", "ro", "mi", "ta", "ne", "su", "la", "do", "ri", "ve"];
    const word = (n: number) => `${syllables[n % 10]}${syllables[Math.floor(n / 10) % 10]}${syllables[Math.floor(n / 100) % 10]}${syllables[n % 7]}`;
    const story = (seed: number, words = 60) =>
      Array.from({ length: words }, (_, position) => word(createHash("md5").update(`${seed}:${position}`).digest().readUInt16BE(0) % 400)).join(" ") + ".";
    const capture = (name: string, seed: number) => captureOf(name, story(seed), context);
    const similarLists = (captures: ReturnType<typeof capture>[], kept?: ReturnType<typeof emptyMergeMemory>) =>
      mergeDuplicates(captures, undefined, kept).map((article) => [article.id, article.similar.map((item) => `${item.id} ${item.score}`)]);
    const kept = emptyMergeMemory();
    let captures = Array.from({ length: 40 }, (_, index) => capture(`s${String(index).padStart(2, "0")}.txt`, index));
    const changes: Array<[string, (list: typeof captures) => typeof captures]> = [
      ["the same captures", (list) => list],
      ["one added last", (list) => [...list, capture("t-added.txt", 1000)]],
      ["one added first", (list) => [capture("a-added.txt", 1001), ...list]],
      ["one edited", (list) => list.map((item, index) => (index === 7 ? capture(item.name, 2000) : item))],
      ["two removed", (list) => list.filter((_, index) => index !== 3 && index !== 20)],
      ["the first added removed again", (list) => list.filter((item) => item.name !== "t-added.txt")],
    ];
    for (const [change, apply] of changes) {
      captures = apply(captures);
      const warm = similarLists(captures, kept);
      assert.ok(warm.some(([, similar]) => similar!.length > 0), `${change}: some articles are similar`);
      assert.deepEqual(warm, similarLists(captures), change);
    }
  });

  test("different stories stay apart", () => {
    const other = captureOf("c.txt", "Oil exports through the pipeline to Ceyhan resumed on Tuesday after a pause of six months, the ministry said in a statement issued late at night.\nBuyers welcomed the news, and prices fell.", context);
    assert.equal(mergeDuplicates([captureOf("a.txt", PARAGRAPHS.join("\n"), context), other]).length, 2);
  });

  test("thousands of captures are bucketed, not compared pair by pair", () => {
    const syllables = ["ka", "ro", "mi", "ta", "ne", "su", "la", "do", "ri", "ve", "zo", "pe"];
    const word = (n: number) => syllables[n % 12]! + syllables[Math.floor(n / 12) % 12]! + syllables[Math.floor(n / 144) % 12]!;
    const captures = Array.from({ length: 1500 }, (_, index) => {
      const text = Array.from({ length: 80 }, (_, position) => word(createHash("md5").update(`${index}:${position}`).digest().readUInt16BE(0) % 1728)).join(" ");
      return captureOf(`${String(index).padStart(5, "0")}.txt`, `${text}.`, context);
    });
    captures.push(captureOf("dup.txt", captures[0]!.paragraphs[0]!.text, context));
    let articles!: ReturnType<typeof mergeDuplicates>;
    const cpu = cpuMilliseconds(() => (articles = mergeDuplicates(captures)));
    assert.ok(cpu < 10_000, `${Math.round(cpu)} ms of CPU`);
    assert.equal(articles.length, 1500);
  });

  test("buckets hold the captures of each key, ascending and once each, as a map of keys would", () => {
    // Few hashes, so that keys recur; band keys are band × 2^32 + hash, paragraph keys −1 − hash (similarity.ts).
    const hashOf = (n: number) => createHash("md5").update(String(n)).digest().readUInt32BE(0) % 50;
    const fingerprints = Array.from({ length: 300 }, (_, index) => {
      const bands = Array.from({ length: BANDS }, (_, band) => band * 2 ** 32 + hashOf(index * 100 + band) * 80_000_000);
      const paragraphs = [0, 1, 1].map((n) => -1 - hashOf(index * 7 + n) * 76_543_210);
      return { fingerprint: { bucketKeys: [...bands, ...paragraphs] } };
    });
    const byKey = new Map<number, number[]>();
    fingerprints.forEach(({ fingerprint }, index) => {
      for (const key of fingerprint.bucketKeys) {
        const members = byKey.get(key) ?? byKey.set(key, []).get(key)!;
        if (members.at(-1) !== index) members.push(index);
      }
    });
    const expected = [...byKey.values()].filter((members) => members.length >= 2);
    const asText = (buckets: number[][]) => buckets.map((members) => members.join(",")).sort();
    assert.ok(expected.length > 100);
    assert.deepEqual(asText(bucketsOf(fingerprints)), asText(expected));
  });
});
