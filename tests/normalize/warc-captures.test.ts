// Web archives in the captures folder (warc-records.ts): each HTML response record is one capture,
// its URL from WARC-Target-URI and its capture time from WARC-Date, never its publication date.
// WARC files are written by the test (tests/helpers/warc-file.ts).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import { normalizeFolder } from "./normalize-folder.ts";
import { listWarcRecords } from "../../src/normalize/warc-records.ts";
import { warcOf } from "../helpers/warc-file.ts";


const STORIES = [
  ["voted on Thursday to rebuild the old market hall, which has stood empty since a fire damaged its roof three winters ago.", "Traders who moved to temporary stalls in the square said they hoped to return before the end of next year."],
  ["agreed that tolls on the new bridge over the river will end in April, two years earlier than the builders had planned.", "Drivers who cross twice a day said the fee had cost them more than a week's wages every month since it opened."],
  ["opened a school for two hundred children in a building that served as a warehouse until the spring floods of last year.", "Teachers said the first lessons were held on folding chairs because the desks ordered in the summer had not yet arrived."],
];

/** A page with one of three unlike stories (like stories would be merged into one article). */
const storyPage = (headline: string, town: string, story = 0, extra = "") => `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>
<p>The council of ${town} ${STORIES[story % 3]![0]} ${extra}</p>
<p>${STORIES[story % 3]![1]}</p></article></body></html>`;

/** The normalized folder, each article as its front matter. */
async function normalizeWarcFolder(files: Record<string, Buffer | string>) {
  const run = await normalizeFolder("warc-captures-", files);
  return { ...run, articles: run.articles.map((article) => article.data) };
}

test("each HTML response of a .warc.gz is a capture with the record's URL; its capture time is never its date", async () => {
  const warc = await warcOf([
    { url: "https://north.example/2021/market-hall", html: storyPage("Council votes to rebuild market hall", "Zakho"), date: "2024-05-06T07:08:09Z" },
    { url: "https://north.example/logo.png", html: "not a page", contentType: "image/png" },
    { url: "https://north.example/bridge", html: storyPage("Bridge tolls to end in spring", "Duhok", 1), date: "2024-05-06T07:09:00Z" },
  ]);
  const run = await normalizeWarcFolder({ "north.warc.gz": warc });
  try {
    assert.equal(run.articles.length, 2);
    const byTitle = new Map(run.articles.map((article) => [article.title, article]));
    const market = byTitle.get("Council votes to rebuild market hall");
    assert.ok(market, [...byTitle.keys()].join(" / "));
    assert.equal(market.url, "https://north.example/2021/market-hall");
    assert.match(market.sources[0], /north\.warc\.gz#at-\d+$/);
    const bridge = byTitle.get("Bridge tolls to end in spring")!;
    assert.equal(bridge.date, undefined, "WARC-Date is when the page was captured, not when it was published");
    assert.match(String(bridge.captured), /^2024-05-06/);
  } finally {
    run.cleanup();
  }
});

test("a truncated .warc.gz gives a message naming it; its whole records are still read and the build goes on", async () => {
  const pages = ["Zakho", "Duhok", "Erbil"].map((town, index) => ({ url: `https://north.example/${index}`, html: storyPage(`News from ${town} number ${index}`, town, index) }));
  const whole = await warcOf(pages);
  const run = await normalizeWarcFolder({ "cut.warc.gz": whole.subarray(0, whole.length - 200), "plain.txt": "Zakho road opens\n\nThe new road between Zakho and Duhok opened on Monday, cutting the journey by an hour, officials said at the ceremony.\n" });
  try {
    const reasons = run.result.messages.filter((message) => message.file.endsWith("cut.warc.gz")).map((message) => message.reason).join(" / ");
    assert.match(reasons, /web archive ends with \d+ byte\(s\) that are not a whole record \(a truncated file\?\)/);
    assert.equal(run.articles.length, 3, "two whole records and the text capture");
  } finally {
    run.cleanup();
  }
});

test("an uncompressed .warc is read the same way", async () => {
  const run = await normalizeWarcFolder({ "plain.warc": await warcOf([{ url: "https://north.example/a", html: storyPage("Council votes to rebuild market hall", "Zakho") }], false) });
  try {
    assert.deepEqual(run.articles.map((article) => article.title), ["Council votes to rebuild market hall"]);
  } finally {
    run.cleanup();
  }
});

/** The garbage collector, reached at run time (the test runner starts node without --expose-gc). */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

test("a WARC of thousands of records is listed by streaming: what it keeps is far smaller than the file", async () => {
  const pages = Array.from({ length: 3000 }, (_, index) => ({ url: `https://north.example/${index}`, html: storyPage(`Market hall report ${index}`, "Zakho", index, "x".repeat(2000)) }));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "warc-many-")), "many.warc");
  fs.writeFileSync(file, await warcOf(pages, false));
  try {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const listing = await listWarcRecords(file);
    collectGarbage();
    assert.equal(listing.records.length, 3000);
    assert.equal(listing.problem, undefined);
    const grew = process.memoryUsage().heapUsed - before;
    assert.ok(grew < fs.statSync(file).size / 3, `heap kept ${grew} bytes after listing a ${fs.statSync(file).size}-byte file`);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
