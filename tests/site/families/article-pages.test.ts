// The article family: one page per article, one per retired address, and what each reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { articlePath } from "../../../src/site/families/article-pages.ts";
import { article, buildFamily, unitArticles, unitInput } from "./unit-site.ts";

test("declares a page per article and per retired address, in the sitemap only the articles", () => {
  const { parts, pages } = buildFamily("articles");
  assert.equal(parts.articles!.length, unitArticles().length);
  assert.deepEqual(pages.filter((page) => page.template === "article").map((page) => page.path).sort(), parts.articles!.map((view) => articlePath(view.slug)).sort());
  const moved = pages.filter((page) => page.template === "moved");
  assert.deepEqual(moved.map((page) => [page.path, page.inSitemap]), [["/articles/kirkuk-talks-old/", false]]);
  assert.deepEqual(moved[0]!.reads, ["address:kirkuk-talks-old", "article:kirkuk-talks", "entity:outlet:shafaq-news"]);
});

test("an article page reads itself, the names it shows (canonical), its captures and its related articles", () => {
  const { pages } = buildFamily("articles");
  const reads = pages.find((page) => page.path === "/articles/kirkuk-talks/")!.reads;
  for (const key of ["article:kirkuk-talks", "entity:outlet:shafaq-news", "entity:place:erbil", "entity:place:kirkuk", "entity:actor:masoud-barzani", "source:kirkuk-meeting-ffff6666.txt", "article:erbil-01"]) {
    assert.ok(reads.includes(key), key);
  }
  assert.equal(new Set(reads).size, reads.length, "no key twice");
});

test("a republished article reads its original outlet too", () => {
  const { pages } = buildFamily("articles");
  assert.ok(pages.find((page) => page.path === "/articles/undated-note/")!.reads.includes("entity:outlet:sputnik"));
});

test("a repeated slug is a message and declares no second page", () => {
  const { draft, pages } = buildFamily("articles", unitInput([article("a"), article("a")]));
  assert.deepEqual(pages.map((page) => page.path), ["/articles/a/"]);
  assert.ok(draft.messages.some((message) => message.ruleId === "article-duplicate-slug"));
});

test("a story that stops mid-sentence says so; one that closes on its reporters' credit, without a full stop, does not", () => {
  const { parts } = buildFamily("articles", unitInput([
    article("cut", {}, "The council voted on Tuesday to rebuild the market, and the governor said that the"),
    article("credited", {}, "The council voted on Tuesday to rebuild the market.\n\nReporting by Jane Roe; Editing by Sam Poe"),
  ]));
  const ends = Object.fromEntries(parts.articles!.map((view) => [view.slug, view.endsMidSentence]));
  assert.deepEqual(ends, { cut: true, credited: false });
});
