// Issue 16: a rebuild renders only the pages whose declared reads' data changed, and what it
// leaves equals a clean build of the same captures, byte for byte (pages and feeds; the search index
// differs in layout only: a rebuild indexes changed pages into a recent bundle, which
// tests/browser/search-recent.test.ts holds to one index's answers, and `--compact` folds it back
// into the bundles a clean build writes, byte for byte).
// Captures are added, edited and removed, one addition changes another article's related list, one
// makes a line its site's chrome in two other articles, and a registry edit changes an actor's kind; after each, the incremental site (built as npm start
// builds, keeping its state warm) is compared with a clean build of the same input.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { BuildSiteResult } from "../../src/publish/build-site.ts";
import { FIXTURE_DIR, KIRKUK, NEW_CAPTURE } from "../helpers/fixture-site.ts";
import { assertSameAsCleanBuild, fixtureBuild } from "../helpers/rebuild-fixture.ts";
import { differingFiles } from "../helpers/tree-hash.ts";

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

const build = fixtureBuild(at);

/**
 * Builds the same input incrementally into site/, in this one process with what npm start keeps
 * warm between builds (the captures, their merged and rendered articles), and cleanly into clean/;
 * returns the incremental result.
 */
async function rebuildAndCompare(): Promise<BuildSiteResult> {
  const incremental = await build("site", { keepCacheWarm: true });
  assert.equal(incremental.exitCode, 0);
  await assertSameAsCleanBuild(at, build, incremental, "incremental");
  return incremental;
}

const page = (slug: string) => fs.readFileSync(at("site/articles", slug, "index.html"), "utf8");

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "incremental-captures-"));
  fs.cpSync(path.join(FIXTURE_DIR, "sources"), at("sources"), { recursive: true });
  fs.cpSync(path.join(FIXTURE_DIR, "registry"), at("registry"), { recursive: true });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("rebuilds after captures change", () => {
  test("the first build", async () => {
    assert.equal((await build("site", { keepCacheWarm: true })).exitCode, 0);
    assert.doesNotMatch(page(KIRKUK), /Related/);
  });

  test("an added capture, which enters another article's related list, equals a clean build", async () => {
    fs.writeFileSync(at("sources/kirkuk-again-1234abcd.txt"), NEW_CAPTURE);
    const added = await rebuildAndCompare();
    const slug = fs.readdirSync(at("articles")).find((name) => name.startsWith("kirkuk-governor-meets-peshmerga-commanders-again"))?.replace(/\.md$/, "");
    assert.ok(slug, "the new capture's article");
    assert.match(page(KIRKUK), new RegExp(`/articles/${slug}/`), "the older story now lists the new one as related");
    assert.ok(added.counts.pagesRendered! > 0);
  });

  test("an edited capture (its headline) equals a clean build", async () => {
    const file = at("sources/kirkuk-again-1234abcd.txt");
    fs.writeFileSync(file, NEW_CAPTURE.replace('date: "2020-08-02"', 'date: "2020-08-02"\ntitle: "Water for the wheat farmers of the Kirkuk plain"'));
    await rebuildAndCompare();
    assert.match(page(KIRKUK), /Water for the wheat farmers of the Kirkuk plain/);
  });

  test("a registry edit of an actor's kind equals a clean build", async () => {
    const registry = at("registry/actors.yaml");
    const before = fs.readFileSync(registry, "utf8");
    const after = before.replace("- name: Masoud Barzani\n  kind: person", "- name: Masoud Barzani\n  kind: organization");
    assert.notEqual(after, before);
    fs.writeFileSync(registry, after);
    await rebuildAndCompare();
    assert.match(fs.readFileSync(at("site/actors/masoud-barzani/index.html"), "utf8"), /[Oo]rganization/);
  });

  test("a removed capture equals a clean build", async () => {
    fs.rmSync(at("sources/kirkuk-again-1234abcd.txt"));
    await rebuildAndCompare();
    assert.doesNotMatch(page(KIRKUK), /Related/);
  });

  test("a compacted search index equals a clean build's, byte for byte", async () => {
    fs.writeFileSync(at("sources/kirkuk-again-1234abcd.txt"), NEW_CAPTURE);
    await rebuildAndCompare();
    assert.ok(fs.existsSync(at("site/pagefind-recent/pagefind-entry.json")), "the rebuild indexed the new article into the recent bundle");
    const compacted = await build("site", { keepCacheWarm: true, compactSearch: true });
    assert.equal(compacted.exitCode, 0);
    assert.deepEqual(differingFiles(at("site"), at("clean")), []);
    assert.equal(fs.existsSync(at("site/pagefind-recent")), false);
  });

  test("a third story of a site with the same box takes the box out of the other two, and its removal puts it back; each equals a clean build", async () => {
    // The box sits between a story's paragraphs, as a sidebar does in reading order.
    const story = (slug: string, headline: string, text: string) => `---
url: "https://www.lakeside.example/2021/03/${slug}"
date: "2021-03-0${slug.length % 9}"
---
${headline}
${text.replace("\n", "\nHarbour wall repairs finish early\nCheese fair returns to the square\nNew bus route links the valley villages\n")}
`;
    // In the story's text (a removed line is listed in the page's provenance, not as a paragraph).
    const box = /<p>Cheese fair returns to the square<\/p>/;
    fs.writeFileSync(at("sources/lakeside-ferry.txt"), story("ferry", "Ferry fares rise for lorries crossing the lake", "The lake ferry company will charge lorries a fifth more from April, it told hauliers in a letter on Wednesday, blaming diesel.\nHauliers who carry fruit to the coast say the rise will fall hardest on small growers who pay by the crossing."));
    fs.writeFileSync(at("sources/lakeside-school.txt"), story("school", "Village school to get a new roof", "The primary school in Birchford will get a new roof this summer, after storms tore away slates above two classrooms.\nThe council approved the repairs on Monday evening, and the work will be done during the school holidays."));
    await rebuildAndCompare();
    const ferry = () => page(fs.readdirSync(at("articles")).find((name) => name.startsWith("ferry-fares"))!.replace(/\.md$/, ""));
    assert.match(ferry(), box, "in two stories, the box is story text");
    fs.writeFileSync(at("sources/lakeside-market.txt"), story("market", "Market hall reopens with twelve stalls", "The covered market in Lanfield reopened on Saturday with twelve new stalls, most of them run by bakers from the villages.\nThe hall had been closed since the autumn while its heating was replaced, and traders sold from tents outside."));
    await rebuildAndCompare();
    assert.doesNotMatch(ferry(), box, "in three stories of the site, the box is its chrome");
    assert.match(ferry(), /site-chrome: recurs in 3 of 3 stories from lakeside\.example\) <q>Cheese fair returns to the square<\/q>/);
    fs.rmSync(at("sources/lakeside-market.txt"));
    await rebuildAndCompare();
    assert.match(ferry(), box);
    for (const name of ["lakeside-ferry.txt", "lakeside-school.txt"]) fs.rmSync(at("sources", name));
  });
});
