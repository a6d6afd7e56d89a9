// The site data computed once per build: entities, ordering, co-occurrence, related, archives, pagination.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import type { ArticleFrontMatter } from "../../src/article-schema.ts";
import { loadRegistries } from "../../src/registry/load-registries.ts";
import { buildArchive, FAMILIES, runFamilies } from "../../src/site/build-archive.ts";
import { type ArticleSource, loadArticles } from "../../src/site/load-articles.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { FIXTURE_DIR } from "../helpers/fixture-site.ts";

const config = siteConfigFrom({ SITE_URL: "https://archive.example/" });
const registries = loadRegistries(path.join(FIXTURE_DIR, "registry"));
const sourcesDir = path.join(FIXTURE_DIR, "sources");
const fixture = loadArticles(path.join(FIXTURE_DIR, "articles"));

function article(slug: string, fm: Partial<ArticleFrontMatter>): ArticleSource {
  return {
    slug,
    file: `${slug}.md`,
    body: `Story of ${slug}.`,
    frontMatter: { title: slug, date: "2020-01-01", outlet: "Shafaq News", actors: [], places: [], sources: [`${slug}.txt`], ...fm },
  };
}

describe("buildArchive", () => {
  const { archive, messages } = buildArchive({ articles: fixture.articles, registries, sourcesDir, config });

  test("loads the fixture without messages and orders articles newest first", () => {
    assert.deepEqual(fixture.messages, []);
    assert.deepEqual(messages, []);
    assert.deepEqual(archive.articles.map((a) => a.date), ["2020-07-30", "2020-07-22", "2017-11-02", "2017-10-15", "2017-09-20"]);
  });

  test("is frozen so that Eleventy shares it instead of copying it", () => {
    assert.ok(Object.isFrozen(archive));
    assert.ok(Object.isFrozen(archive.articles[0]));
    assert.ok(Object.isFrozen(archive.entityPages[0]!.entity.articles));
  });

  test("merges registry facts into entities and keeps names no registry lists", () => {
    const barzani = archive.actors.find((a) => a.name === "Masoud Barzani")!;
    assert.equal(barzani.type, "person");
    assert.deepEqual(barzani.aliases, ["Barzani"]);
    assert.equal(barzani.description, "President of the Kurdistan Region until November 2017.");
    const kiki = archive.actors.find((a) => a.name === "Bashar Al-Kiki")!;
    assert.equal(kiki.listed, false);
    assert.equal(kiki.type, "unlisted");
    const erbil = archive.places.find((p) => p.name === "Erbil")!;
    assert.deepEqual(erbil.coordinates, [36.19, 44.01]);
    assert.equal(archive.outlets.find((o) => o.name === "Sputnik")!.type, "state media");
  });

  test("an outlet page counts republished pieces for their original outlet too", () => {
    const monitor = archive.outlets.find((o) => o.name === "Al-Monitor")!;
    assert.deepEqual(monitor.articles.map((a) => a.slug), ["iran-us-align-against-iraqi-kurdistan-referendum"]);
  });

  test("counts who appears with whom", () => {
    const kirkuk = archive.places.find((p) => p.name === "Kirkuk")!;
    assert.deepEqual(kirkuk.coActors.map((c) => [c.entity.name, c.count]), [["Peshmerga", 3], ["Bashar Al-Kiki", 1], ["Kurdistan Regional Government", 1]]);
    assert.equal(kirkuk.first?.date, "2017-11-02");
    assert.equal(kirkuk.last?.date, "2020-07-30");
  });

  test("related articles are the front matter's, in its order; the site adds none of its own", () => {
    const related = (slug: string) => archive.articles.find((a) => a.slug === slug)!.related.map((r) => r.slug);
    assert.deepEqual(related("iran-us-align-against-iraqi-kurdistan-referendum"), ["erbil-rejects-baghdad-demand-to-cancel-referendum"]);
    // Shares Peshmerga and Kirkuk with two articles, but its front matter lists none.
    assert.deepEqual(related("iraqi-army-and-peshmerga-reach-agreement"), []);
  });

  test("month archives, years and a continuous timeline", () => {
    assert.deepEqual(archive.years.map((y) => [y.year, y.count]), [["2020", 2], ["2017", 3]]);
    assert.deepEqual(archive.monthPages.map((p) => p.pager.path), ["/archive/2017/09/", "/archive/2017/10/", "/archive/2017/11/", "/archive/2020/07/"]);
    assert.equal(archive.timeline.length, 35);
    assert.equal(archive.timeline.filter((m) => m.count > 0).length, 4);
    assert.equal(archive.timeline[1]!.label, "October 2017");
  });

  test("alias spellings in front matter resolve to the registry's canonical entity", () => {
    const { archive: small } = buildArchive({
      articles: [article("a", { actors: ["Barzani"], places: ["Hawler"] }), article("b", { actors: ["Masoud Barzani"], places: ["Erbil"] })],
      registries,
      sourcesDir,
      config,
    });
    assert.deepEqual(small.actors.map((a) => [a.name, a.articles.length]), [["Masoud Barzani", 2]]);
    assert.deepEqual(small.places.map((p) => [p.name, p.articles.length]), [["Erbil", 2]]);
  });

  test("slugs are safe and unique even for names without Latin letters or that collide", () => {
    const { archive: small } = buildArchive({
      articles: [article("a", { actors: ["مسعود بارزانی", "A.B.", "A B", ".."] })],
      registries,
      sourcesDir,
      config,
    });
    const slugs = small.actors.map((a) => a.slug);
    assert.equal(new Set(slugs).size, 4);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9][a-z0-9-]*$/);
  });

  test("lists longer than 50 are paginated", () => {
    const many = Array.from({ length: 120 }, (_, i) => article(`story-${String(i).padStart(3, "0")}`, { date: `2019-01-${String((i % 28) + 1).padStart(2, "0")}`, places: ["Erbil"] }));
    const { archive: big } = buildArchive({ articles: many, registries, sourcesDir, config });
    const erbil = big.entityPages.filter((p) => p.entity.name === "Erbil");
    assert.deepEqual(erbil.map((p) => [p.pager.path, p.articles.length]), [["/places/erbil/", 50], ["/places/erbil/page/2/", 50], ["/places/erbil/page/3/", 20]]);
    assert.equal(erbil[1]!.pager.previous, "/places/erbil/");
    assert.equal(erbil[1]!.pager.next, "/places/erbil/page/3/");
    assert.equal(big.monthPages.length, 3);
  });

  test("a missing source, an unknown related slug and a duplicate slug are messages, not crashes", () => {
    const { archive: small, messages: found } = buildArchive({
      articles: [article("a", { related: ["nope"] }), article("a", {})],
      registries,
      sourcesDir,
      config,
    });
    assert.equal(small.articles.length, 1);
    assert.deepEqual(found.map((m) => m.ruleId).sort(), ["article-duplicate-slug", "related-unknown", "source-missing"]);
    assert.deepEqual(small.articles[0]!.sources, [{ name: "a.txt", path: undefined, kind: "raw capture" }]);
  });
});

describe("A–Z index pages", () => {
  test("a long index paginates and every letter link leads to the page holding that letter", () => {
    const names = Array.from({ length: 650 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}name ${String(i).padStart(3, "0")}`);
    const { archive } = buildArchive({
      articles: [article("a", { actors: names })],
      registries,
      sourcesDir,
      config,
    });
    const pages = archive.entityIndexPages.filter((page) => page.index.kind === "actor");
    assert.deepEqual(pages.map((page) => page.pager.path), ["/actors/", "/actors/page/2/", "/actors/page/3/"]);
    assert.deepEqual(pages.map((page) => page.groups.reduce((n, g) => n + g.entities.length, 0)), [300, 300, 50]);
    const letters = pages[0]!.letters;
    assert.equal(letters.length, 26);
    for (const letter of letters) {
      const page = pages.find((candidate) => letter.href.startsWith(`${candidate.pager.path}#`))!;
      assert.ok(page.groups.some((group) => group.letter === letter.letter), letter.href);
    }
    assert.ok(archive.pagePaths.includes("/actors/page/3/"));
  });
});

describe("the page families", () => {
  test("run in a named order, each reading only what the families above it built", () => {
    assert.deepEqual(FAMILIES.map((family) => family.name), ["articles", "entities", "entity indexes", "archives by date", "feeds", "home", "search page", "site files"]);
    const input = { articles: fixture.articles, registries, sourcesDir, config };
    assert.throws(() => runFamilies(input, [FAMILIES[1]!]), /"articles" is read before any family built it/);
  });

  test("buildArchive returns every page's declaration with the archive", () => {
    const { archive: built, pages } = buildArchive({ articles: fixture.articles, registries, sourcesDir, config });
    assert.deepEqual(pages.filter((page) => page.inSitemap).map((page) => page.path).sort(), built.pagePaths);
    assert.ok(!("catalog" in built) && !("summaries" in built), "what families hand each other stays out of the archive");
  });
});
