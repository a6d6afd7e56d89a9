// The five seed captures, field by field against the archivist's expected.json (a copy kept with
// the tests), matched the way ../shared/tools/score-normalized.mjs matches them.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { normalizeArchive, type NormalizedArticle } from "../../src/pipeline.ts";

interface ExpectedEntity {
  name: string;
  aliases?: string[];
}
interface ExpectedArticle {
  title: string | null;
  date_min: string;
  date_max: string;
  dates_also_accepted?: string[];
  outlet: string;
  outlets_also_accepted?: string[];
  author?: string;
  actors: { required: ExpectedEntity[]; optional: ExpectedEntity[] };
  places: { required: ExpectedEntity[]; optional: ExpectedEntity[] };
  must_keep?: string[];
  must_drop?: string[];
}

const fixtures = path.join(import.meta.dirname, "..", "fixtures", "seeds");
const expected = JSON.parse(fs.readFileSync(path.join(fixtures, "expected.json"), "utf8")) as {
  stories: Array<{ story: string; captures: string[] }>;
  articles: Record<string, ExpectedArticle>;
};

/** The scorer's matching: case, diacritics, punctuation, a leading "the" or "al-" ignored. */
function norm(text: string): string {
  return String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^\p{L}\p{N}@]+/gu, " ")
    .split(" ")
    .filter((word) => word && word !== "the" && word !== "al" && word !== "el")
    .join(" ");
}

/** The scorer's view of a body: markdown escapes undone, quotes and dashes plain, spaces single. */
function flat(text: string): string {
  return String(text)
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const keysOf = (entity: ExpectedEntity) => new Set([entity.name, ...(entity.aliases ?? [])].map(norm));

function assertEntities(found: string[], expectedSet: ExpectedArticle["actors"], what: string): void {
  const known = [...expectedSet.required, ...expectedSet.optional].map(keysOf);
  const matched = new Set<number>();
  for (const name of found) {
    const index = known.findIndex((keys) => keys.has(norm(name)));
    assert.ok(index >= 0, `${what}: "${name}" is not an expected name (noise)`);
    assert.ok(!matched.has(index), `${what}: "${name}" names an entity already listed under another spelling`);
    matched.add(index);
  }
  expectedSet.required.forEach((entity, index) => assert.ok(matched.has(index), `${what}: required "${entity.name}" is missing`));
}

for (const nameFinder of ["capitalised-runs", "wink-pos"] as const) {
describe(`the five seed captures against expected.json (names proposed by ${nameFinder})`, () => {
  let bySource: Map<string, NormalizedArticle>;

  before(async () => {
    const result = await normalizeArchive({ sourcesDir: fixtures, articlesDir: "unused", registryDir: path.join(import.meta.dirname, "..", "..", "content", "registry"), now: "2026-11-23T00:00:00Z", write: false, nameFinder });
    bySource = new Map(result.articles.flatMap((article) => article.frontMatter.sources.map((source) => [path.basename(source), article] as const)));
  });

  for (const [capture, exp] of Object.entries(expected.articles)) {
    describe(capture, () => {
      const article = () => {
        const found = bySource.get(capture);
        assert.ok(found, `no article lists ${capture} in its sources`);
        return found;
      };
      test("date falls in the expected range", () => {
        const day = article().frontMatter.date?.slice(0, 10);
        assert.ok(day, "the article is undated");
        assert.ok((day >= exp.date_min && day <= exp.date_max) || (exp.dates_also_accepted ?? []).includes(day), `date ${day} not in [${exp.date_min}, ${exp.date_max}]`);
      });
      test("outlet is the expected one", () => {
        const accepted = [exp.outlet, ...(exp.outlets_also_accepted ?? [])].map(norm);
        assert.ok(accepted.includes(norm(article().frontMatter.outlet)), `outlet ${article().frontMatter.outlet}`);
      });
      if (exp.author) test("author is recorded", () => assert.equal(article().frontMatter.author, exp.author));
      test("title is a real headline (the expected one when the capture has one)", () => {
        const title = article().frontMatter.title;
        assert.ok(title.length >= 10 && title.length <= 140, title);
        assert.ok(norm(title).split(" ").filter((word) => /\p{L}/u.test(word)).length >= 4, title);
        assert.ok(!/^\W*\d{1,2}:\d{2}/.test(title) && !/^\W*\d{4}-\d{2}-\d{2}/.test(title), title);
        for (const junk of exp.must_drop ?? []) assert.ok(!flat(title).includes(flat(junk)), `title holds junk: ${junk}`);
        if (exp.title) assert.ok(norm(title).includes(norm(exp.title)) || norm(exp.title).includes(norm(title)), title);
        else assert.equal(article().frontMatter.title_derived, true);
      });
      test("actors: every required one, no noise, no entity twice", () => {
        // A merged article carries the union of its captures' names; noise is judged per story.
        const sibling = expected.stories.find((story) => story.captures.includes(capture))?.captures ?? [capture];
        const union = {
          required: exp.actors.required,
          optional: sibling.flatMap((name) => [...expected.articles[name]!.actors.required, ...expected.articles[name]!.actors.optional]),
        };
        assertEntities(article().frontMatter.actors, union, "actors");
      });
      test("places: every required one, no noise, no place twice", () => {
        const sibling = expected.stories.find((story) => story.captures.includes(capture))?.captures ?? [capture];
        const union = {
          required: exp.places.required,
          optional: sibling.flatMap((name) => [...expected.articles[name]!.places.required, ...expected.articles[name]!.places.optional]),
        };
        assertEntities(article().frontMatter.places, union, "places");
      });
      test("the story's passages are kept and the page junk is gone", () => {
        const body = flat(article().body);
        for (const passage of exp.must_keep ?? []) assert.ok(body.includes(flat(passage)), `lost: ${passage}`);
        for (const junk of exp.must_drop ?? []) assert.ok(!body.includes(flat(junk)), `leaked: ${junk}`);
      });
    });
  }
  for (const story of expected.stories) {
    test(`story ${story.story} is one article listing every capture`, () => {
      const articles = new Set(story.captures.map((capture) => bySource.get(capture)?.slug));
      assert.equal(articles.size, 1);
      assert.ok(!articles.has(undefined));
    });
  }
});
}
