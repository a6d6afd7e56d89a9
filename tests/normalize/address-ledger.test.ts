import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import {
  formatLedger, parseLedger, planAddresses, readLedger, retiredAddresses, writeLedger, type Addressable, type AddressLedger,
} from "../../src/normalize/address-ledger.ts";
import { cpuMilliseconds } from "../helpers/cpu-time.ts";

const article = (id: string, title: string, ...others: string[]): Addressable => ({ id, title, captures: [id, ...others] });
/** One build: the slugs, the ledger after it, and the redirects its site would carry. */
function publish(articles: Addressable[], ledger?: AddressLedger) {
  const plan = planAddresses(articles, ledger);
  const published = articles.map((item) => ({ slug: plan.slugs.get(item.id)!, captures: item.captures }));
  return { ...plan, redirects: retiredAddresses(plan.ledger, published) };
}
const slugsOf = (result: ReturnType<typeof publish>) => Object.fromEntries(result.slugs);

describe("planAddresses", () => {
  test("new articles get slugs from their titles in id order, recorded in order of publication", () => {
    const first = publish([article("b.txt", "Talks resume"), article("a.txt", "Talks resume")]);
    assert.deepEqual(slugsOf(first), { "b.txt": "talks-resume-2", "a.txt": "talks-resume" });
    assert.deepEqual(first.ledger.entries, [
      { slug: "talks-resume", order: 1, captures: ["a.txt"] },
      { slug: "talks-resume-2", order: 2, captures: ["b.txt"] },
    ]);
    const later = publish([article("a.txt", "Talks resume"), article("b.txt", "Talks resume"), article("0.txt", "Dam repaired")], first.ledger);
    assert.equal(later.ledger.entries.at(-1)?.order, 3, "a later article comes after, whatever its name");
  });

  test("a retitled article keeps its address; its new title's slug stays free", () => {
    const first = publish([article("a.txt", "Talks resume in Erbl")]);
    const retitled = publish([article("a.txt", "Talks resume in Erbil"), article("b.txt", "Talks resume in Erbil")], first.ledger);
    assert.deepEqual(slugsOf(retitled), { "a.txt": "talks-resume-in-erbl", "b.txt": "talks-resume-in-erbil" });
    assert.deepEqual(retitled.redirects, []);
    assert.equal(publish([article("a.txt", "Talks resume in Erbil")], first.ledger).changed, false, "the ledger need not be written");
  });

  test("two published articles merged: the first published address wins, the other redirects to it", () => {
    const first = publish([article("a.txt", "Older story"), article("b.txt", "Newer story")]);
    // The merged article's id is whichever capture the merge lists first: the address does not depend on it.
    for (const merged of [article("a.txt", "Newer story", "b.txt"), article("b.txt", "Newer story", "a.txt")]) {
      const result = publish([merged], first.ledger);
      assert.equal(result.slugs.get(merged.id), "older-story");
      assert.deepEqual(result.redirects, [{ from: "newer-story", to: "older-story" }]);
    }
  });

  test("a merge undone gives each article its own address back, with no redirect", () => {
    const first = publish([article("a.txt", "Older story"), article("b.txt", "Newer story")]);
    const merged = publish([article("a.txt", "Older story", "b.txt")], first.ledger);
    assert.deepEqual(merged.ledger.entries[0]?.captures, ["a.txt", "b.txt"]);
    const split = publish([article("a.txt", "Older story"), article("b.txt", "Newer story")], merged.ledger);
    assert.deepEqual(slugsOf(split), slugsOf(first));
    assert.deepEqual(split.redirects, []);
    assert.equal(formatLedger(split.ledger), formatLedger(first.ledger), "the ledger is as it was");
  });

  test("a capture that joins a published article later moves with it and does not take the address", () => {
    const first = publish([article("a.txt", "Story")]);
    const joined = publish([article("0.txt", "Story", "a.txt")], first.ledger);
    assert.equal(joined.slugs.get("0.txt"), "story");
    assert.deepEqual(joined.ledger.entries[0]?.captures, ["a.txt", "0.txt"], "the founding capture stays first");
    // The founding capture leaves: the address follows it, the newcomer gets its own.
    const apart = publish([article("0.txt", "Story"), article("a.txt", "Story")], joined.ledger);
    assert.deepEqual(slugsOf(apart), { "0.txt": "story-2", "a.txt": "story" });
  });

  test("a withdrawn capture's address serves nothing, stays reserved, and comes back with the capture", () => {
    const first = publish([article("a.txt", "Story"), article("b.txt", "Other")]);
    const withdrawn = publish([article("b.txt", "Other"), article("c.txt", "Story")], first.ledger);
    assert.deepEqual(slugsOf(withdrawn), { "b.txt": "other", "c.txt": "story-2" });
    assert.deepEqual(withdrawn.redirects, [], "a 404, not a redirect to some other story");
    assert.ok(withdrawn.ledger.entries.some((entry) => entry.slug === "story"), "the address is kept");
    const back = publish([article("a.txt", "Story, corrected"), article("b.txt", "Other"), article("c.txt", "Story")], withdrawn.ledger);
    assert.deepEqual(slugsOf(back), { "a.txt": "story", "b.txt": "other", "c.txt": "story-2" });
  });

  test("a merged article's withdrawn founding capture hands the address to the captures left", () => {
    const first = publish([article("a.txt", "Story", "b.txt")]);
    const result = publish([article("b.txt", "Story told again")], first.ledger);
    assert.equal(result.slugs.get("b.txt"), "story");
  });

  test("the same input and ledger give the same slugs and ledger, whatever the articles' order", () => {
    const first = publish([article("a.txt", "One"), article("b.txt", "Two"), article("c.txt", "Three")]);
    const articles = [article("c.txt", "One"), article("a.txt", "Two", "b.txt"), article("d.txt", "Two")];
    const forward = publish(articles, first.ledger);
    const backward = publish([...articles].reverse(), first.ledger);
    assert.deepEqual(slugsOf(forward), slugsOf(backward));
    assert.equal(formatLedger(forward.ledger), formatLedger(backward.ledger));
    assert.deepEqual(forward.redirects, backward.redirects);
  });
});

describe("the ledger file", () => {
  const ledgerOf = (...rows: Array<[string, number, ...string[]]>): AddressLedger => ({ entries: rows.map(([slug, order, ...captures]) => ({ slug, order, captures })) });

  test("one address per line, sorted by slug, read back in order of publication", () => {
    const ledger = ledgerOf(["zebra", 1, "z.txt"], ["apple", 2, "a.txt", "a b ü.txt"]);
    const text = formatLedger(ledger);
    assert.equal(text, '["apple",2,"a.txt","a b ü.txt"]\n["zebra",1,"z.txt"]\n');
    const read = parseLedger("addresses.jsonl", text);
    assert.deepEqual(read.ledger, ledger);
    assert.deepEqual(read.messages, []);
    assert.equal(formatLedger(parseLedger("x", "").ledger), "");
  });

  test("lines of two branches merged by git: ties of order by slug, one address given twice kept by the first", () => {
    const read = parseLedger("addresses.jsonl", '["b-story",5,"b.txt"]\n["a-story",5,"a.txt"]\n["b-story",6,"c.txt"]\n["a-story",5,"a.txt"]\n');
    assert.deepEqual(read.ledger.entries.map((entry) => `${entry.slug} ${entry.captures}`), ["a-story a.txt", "b-story b.txt"]);
    assert.equal(read.broken, false);
    assert.deepEqual(read.messages.map((message) => [message.line, message.severity]), [[3, "warning"]]);
  });

  test("a line that is not an address, or a conflict marker, is an error with its line: the ledger is broken", () => {
    const read = parseLedger("addresses.jsonl", '["ok",1,"a.txt"]\n<<<<<<< HEAD\n["Bad Slug",2,"b.txt"]\n["no-captures",3]\n');
    assert.equal(read.broken, true);
    assert.deepEqual(read.messages.map((message) => [message.line, message.severity]), [[2, "error"], [3, "error"], [4, "error"]]);
    assert.match(read.messages[0]!.reason, /merge conflict marker/);
    assert.deepEqual(read.ledger.entries.map((entry) => entry.slug), ["ok"]);
    assert.match(read.messages[0]!.reason, /; no article was written, so that no address is given twice$/);
  });

  test("a reader with another use of the ledger says its own consequence, not the normalizer's", () => {
    const read = parseLedger("addresses.jsonl", "<<<<<<< HEAD\n", "retired addresses get no redirect");
    assert.deepEqual(read.messages.map((message) => message.reason), ["a git merge conflict marker: keep both sides' lines and delete the markers; retired addresses get no redirect"]);
  });

  test("written atomically, only when it changes; a missing file is an empty ledger", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-"));
    const file = path.join(dir, "content", "addresses.jsonl");
    const missing = readLedger(file);
    assert.deepEqual([missing.ledger.entries, missing.text, missing.broken], [[], "", false]);
    assert.deepEqual(writeLedger(file, ledgerOf(), ""), []);
    assert.ok(!fs.existsSync(file), "an empty ledger is not written over nothing");
    const ledger = ledgerOf(["story", 1, "a.txt"]);
    assert.deepEqual(writeLedger(file, ledger, ""), []);
    const read = readLedger(file);
    assert.deepEqual(read.ledger, ledger);
    fs.utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const before = fs.statSync(file).mtimeMs;
    writeLedger(file, ledger, read.text);
    assert.equal(fs.statSync(file).mtimeMs, before);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ["addresses.jsonl"], "no temporary file left");
    fs.rmSync(dir, { recursive: true });
  });

  test("100,000 addresses: a rebuild reads and plans them in linear time, and formats them only when they change", (t) => {
    const articles = Array.from({ length: 100_000 }, (_, index) => article(`${String(index).padStart(6, "0")}_${((index * 2654435761) % 2 ** 32).toString(16)}.txt`, `Officials in Erbil and Baghdad discuss the budget (${index % 90_000})`));
    let first!: ReturnType<typeof planAddresses>;
    const firstMs = cpuMilliseconds(() => (first = planAddresses(articles)));
    const text = formatLedger(first.ledger);
    let again!: ReturnType<typeof planAddresses>;
    const rebuildMs = cpuMilliseconds(() => (again = planAddresses(articles, parseLedger("addresses.jsonl", text).ledger)));
    t.diagnostic(`first build ${firstMs.toFixed(0)} ms of CPU; rebuild (parse ${(text.length / 1e6).toFixed(1)} MB + plan) ${rebuildMs.toFixed(0)} ms`);
    assert.deepEqual(again.slugs, first.slugs);
    assert.equal(again.changed, false, "nothing to write");
    assert.equal(first.slugs.get(articles[99_999]!.id), "officials-in-erbil-and-baghdad-discuss-the-budget-9999-2");
    // CPU time, generous (quiet: ~0.3 s each); quadratic work would take minutes.
    assert.ok(firstMs < 10_000 && rebuildMs < 10_000, `first build ${firstMs.toFixed(0)} ms of CPU, rebuild ${rebuildMs.toFixed(0)} ms`);
  });
});
