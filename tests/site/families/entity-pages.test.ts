// The entity family: every actor, place and outlet with its pages, and what each page reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ENTITY_KINDS } from "../../../src/site/entity-kinds.ts";
import { article, buildFamily, unitInput } from "./unit-site.ts";

test("fills each kind's Archive field from the kinds' table, names without an entry included", () => {
  const { parts } = buildFamily("entities");
  for (const { kind, field } of ENTITY_KINDS) assert.ok(parts[field]!.every((entity) => entity.kind === kind), field);
  assert.deepEqual(parts.actors!.map((actor) => [actor.name, actor.listed]), [["Masoud Barzani", true], ["Nobody Known", false]]);
});

test("a long list paginates, and each page reads the entity, its list and the articles it shows", () => {
  const { parts, pages } = buildFamily("entities");
  const erbil = pages.filter((page) => page.path.startsWith("/places/erbil/"));
  assert.deepEqual(erbil.map((page) => page.path), ["/places/erbil/", "/places/erbil/page/2/"]);
  const second = parts.entityPages!.find((page) => page.pager.path === "/places/erbil/page/2/")!;
  for (const key of ["entity:place:erbil", "entity-articles:place:erbil", ...second.articles.map((item) => `article:${item.slug}`)]) {
    assert.ok(erbil[1]!.reads.includes(key), key);
  }
  assert.ok(erbil.every((page) => page.template === "entity" && page.inSitemap));
});

test("a page reads its first and last appearance and the names appearing with it; a place's map reads every place", () => {
  const { parts, pages } = buildFamily("entities");
  const erbil = parts.places!.find((place) => place.slug === "erbil")!;
  const reads = pages.find((page) => page.path === "/places/erbil/")!.reads;
  for (const key of [`article:${erbil.first!.slug}`, `article:${erbil.last!.slug}`, "entity:actor:masoud-barzani", "entities:place"]) assert.ok(reads.includes(key), key);
  assert.ok(!pages.find((page) => page.path === "/actors/masoud-barzani/")!.reads.includes("entities:place"));
});

test("actors and places have feeds, outlets none", () => {
  const { parts } = buildFamily("entities");
  assert.deepEqual(parts.places!.find((place) => place.slug === "erbil")!.feeds, { atom: "/places/erbil/feed.xml", json: "/places/erbil/feed.json" });
  assert.ok(parts.outlets!.every((outlet) => outlet.feeds === undefined));
});

test("an unidentified outlet has no page; an entity's timeline counts its articles per month, empty months included", () => {
  const articles = [article("one", { date: "2019-01-05", outlet: "Unknown outlet", places: ["Kirkuk"] }), article("two", { date: "2019-03-09", places: ["Kirkuk"] })];
  const { parts, pages } = buildFamily("entities", unitInput(articles));
  assert.ok(!parts.outlets!.some((outlet) => outlet.name === "Unknown outlet"));
  assert.ok(!pages.some((page) => page.path.includes("unknown-outlet")));
  const kirkuk = parts.places!.find((place) => place.slug === "kirkuk")!;
  assert.deepEqual(kirkuk.timeline.map((month) => [month.key, month.count, month.path]), [["2019-01", 1, "/archive/2019/01/"], ["2019-02", 0, undefined], ["2019-03", 1, "/archive/2019/03/"]]);
});

test("who appears with an entity: the twelve names of the kind most often with it, ties A–Z, the rest left out", () => {
  // Hub appears with "Actor 01" once, "Actor 02" twice, … "Actor 14" 14 times; "Actor 13" and a
  // second actor named after it ("Actor 13b") tie at 13; a place appears with it most of all.
  const names = Array.from({ length: 14 }, (_, i) => `Actor ${String(i + 1).padStart(2, "0")}`);
  const articles = Array.from({ length: 14 }, (_, i) =>
    article(`hub-${String(i).padStart(2, "0")}`, { actors: ["Hub", ...names.slice(i), ...(i < 13 ? ["Actor 13b"] : [])], places: ["Kirkuk"] }),
  );
  const { parts } = buildFamily("entities", unitInput(articles));
  const hub = parts.actors!.find((actor) => actor.name === "Hub")!;
  assert.deepEqual(hub.coActors.map((item) => [item.entity.name, item.count]), [
    ["Actor 14", 14], ["Actor 13", 13], ["Actor 13b", 13], ["Actor 12", 12], ["Actor 11", 11], ["Actor 10", 10],
    ["Actor 09", 9], ["Actor 08", 8], ["Actor 07", 7], ["Actor 06", 6], ["Actor 05", 5], ["Actor 04", 4],
  ]);
  assert.deepEqual(hub.coPlaces.map((item) => [item.entity.name, item.count]), [["Kirkuk", 14]]);
});
