// The feed family: the site's feeds and each actor's and place's, Atom and JSON, dated articles only.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SITE_FEED } from "../../../src/site/families/feed-files.ts";
import { buildFamily } from "./unit-site.ts";

test("the site's feed and one per actor and place, each as Atom and JSON with the same reads", () => {
  const { parts, pages } = buildFamily("feeds");
  assert.deepEqual(parts.feeds!.map((feed) => feed.atom), [SITE_FEED.atom, "/actors/masoud-barzani/feed.xml", "/actors/nobody-known/feed.xml", "/places/baghdad/feed.xml", "/places/erbil/feed.xml", "/places/kirkuk/feed.xml", "/places/tehran/feed.xml"]);
  assert.equal(pages.length, parts.feeds!.length * 2);
  for (const feed of parts.feeds!) {
    const atom = pages.find((page) => page.path === feed.atom)!;
    const json = pages.find((page) => page.path === feed.json)!;
    assert.deepEqual([atom.template, json.template, atom.inSitemap], ["feed-atom", "feed-json", false]);
    assert.deepEqual(atom.reads, json.reads);
  }
});

test("feeds leave out undated articles; a feed reads every article it carries and the names in it", () => {
  const { parts, pages } = buildFamily("feeds");
  assert.deepEqual(parts.feeds!.find((feed) => feed.atom === "/places/tehran/feed.xml")!.articles, []);
  const kirkuk = pages.find((page) => page.path === "/places/kirkuk/feed.xml")!.reads;
  for (const key of ["entity:place:kirkuk", "entity-articles:place:kirkuk", "article:kirkuk-talks", "entity:actor:nobody-known"]) assert.ok(kirkuk.includes(key), key);
  assert.equal(pages.find((page) => page.path === SITE_FEED.atom)!.reads[0], "archive:latest");
});
