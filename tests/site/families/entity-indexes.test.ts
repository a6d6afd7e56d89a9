// The A–Z index family: one index per entity kind, in the table's order, and what its pages read.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ENTITY_KINDS } from "../../../src/site/entity-kinds.ts";
import { letterId } from "../../../src/site/families/entity-indexes.ts";
import { article, buildFamily, unitInput } from "./unit-site.ts";

test("one index per kind, at the kind's path, in the table's order", () => {
  const { parts, pages } = buildFamily("entity indexes");
  assert.deepEqual(parts.entityIndexes!.map((index) => [index.kind, index.path]), ENTITY_KINDS.map(({ kind, folder }) => [kind, `/${folder}/`]));
  assert.deepEqual(pages.map((page) => page.path), ENTITY_KINDS.map(({ folder }) => `/${folder}/`));
});

test("a page reads its kind's list and each listed entity with its count", () => {
  const { pages } = buildFamily("entity indexes");
  const actors = pages.find((page) => page.path === "/actors/")!;
  assert.deepEqual(actors.reads, ["entities:actor", "entity:actor:masoud-barzani", "entity-articles:actor:masoud-barzani", "entity:actor:nobody-known", "entity-articles:actor:nobody-known"]);
  assert.ok(pages.every((page) => page.template === "entity-index" && page.inSitemap));
});

test("a letter's anchor is a valid fragment", () => {
  assert.equal(letterId("K"), "letter-K");
  assert.equal(letterId("#"), "letter-other");
});

test("an index paginates only when long, and never leaves a few names alone on its last page", () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Person ${String(i).padStart(3, "0")}`);
  const pagesFor = (n: number) => buildFamily("entity indexes", unitInput([article("one", { actors: names(n) })])).pages.filter((page) => page.path.startsWith("/actors/"));
  assert.equal(pagesFor(301).length, 1, "one name over a page joins the page before");
  const two = pagesFor(340);
  assert.deepEqual(two.map((page) => page.path), ["/actors/", "/actors/page/2/"]);
});
