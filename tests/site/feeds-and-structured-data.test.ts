// Feeds parse back with their required fields; JSON-LD parses and names the right entities.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";

let build: FixtureBuild;
/** feedsmith gives Atom text constructs as { value, type }. */
const text = (construct: unknown): string =>
  typeof construct === "string" ? construct : String((construct as { value?: unknown } | undefined)?.value ?? "");
const read = (file: string) => fs.readFileSync(path.join(build.site, file), "utf8");

function jsonLd(file: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read(file));
  assert.ok(match, `${file} has JSON-LD`);
  return JSON.parse(match[1]!);
}

before(async () => {
  build = await buildFixtureSite();
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("feeds", () => {
  test("the archive's Atom feed parses, newest first, with id, title, link, dates and content", () => {
    const feed = parseAtomFeed(read("feed.xml"));
    assert.equal(text(feed.title), "News Archive");
    assert.equal(feed.id, "https://archive.example/");
    assert.equal(feed.updated, "2020-07-30T00:00:00Z");
    assert.equal(feed.entries?.length, 5);
    const first = feed.entries![0]!;
    assert.equal(text(first.title), "Kirkuk governor meets Peshmerga commanders");
    assert.equal(first.id, "https://archive.example/articles/kirkuk-governor-meets-peshmerga-commanders/");
    assert.equal(first.links?.[0]?.href, "https://archive.example/articles/kirkuk-governor-meets-peshmerga-commanders/");
    assert.equal(first.updated, "2020-07-30T00:00:00Z");
    assert.match(text(first.content), /Peshmerga commanders/);
    assert.equal(feed.entries![1]!.published, "2020-07-22T00:00:00Z");
  });

  test("the archive's JSON Feed parses with version, items, urls and dates", () => {
    const feed = parseJsonFeed(read("feed.json"));
    assert.equal(feed.title, "News Archive");
    assert.equal(feed.feed_url, "https://archive.example/feed.json");
    assert.equal(feed.items?.length, 5);
    assert.equal(feed.items![4]!.url, "https://archive.example/articles/iran-us-align-against-iraqi-kurdistan-referendum/");
    assert.equal(feed.items![4]!.authors?.[0]?.name, "Fazel Hawramy");
    assert.equal(feed.items![4]!.date_published, "2017-09-20T00:00:00Z");
  });

  test("an actor's and a place's feeds carry exactly their articles", () => {
    const barzani = parseAtomFeed(read("actors/masoud-barzani/feed.xml"));
    assert.deepEqual(barzani.entries?.map((e) => text(e.title)), ["Erbil rejects Baghdad demand to cancel referendum", "Iran, US align against Iraqi Kurdistan Referendum"]);
    const kirkuk = parseJsonFeed(read("places/kirkuk/feed.json"));
    assert.equal(kirkuk.items?.length, 3);
    assert.equal(kirkuk.home_page_url, "https://archive.example/places/kirkuk/");
  });
});

describe("structured data", () => {
  test("an article is a NewsArticle with publisher, author, about, contentLocation and isBasedOn", () => {
    const data = jsonLd("articles/iran-us-align-against-iraqi-kurdistan-referendum/index.html");
    assert.equal(data["@context"], "https://schema.org");
    assert.equal(data["@type"], "NewsArticle");
    assert.equal(data.headline, "Iran, US align against Iraqi Kurdistan Referendum");
    assert.equal(data.datePublished, "2017-09-20");
    assert.deepEqual(data.publisher, { "@type": "Organization", name: "Iraq Business News", url: "https://archive.example/outlets/iraq-business-news/" });
    assert.deepEqual(data.author, { "@type": "Person", name: "Fazel Hawramy" });
    assert.deepEqual((data.about as { name: string; "@type": string }[]).map((a) => [a["@type"], a.name]), [["Person", "Brett McGurk"], ["Person", "Masoud Barzani"], ["Person", "Qasem Soleimani"]]);
    assert.deepEqual((data.contentLocation as { name: string }[]).map((p) => p.name), ["Baghdad", "Erbil", "Iran", "Iraqi Kurdistan", "Tehran", "United States"]);
    assert.equal((data.isBasedOn as { publisher: { name: string } }).publisher.name, "Al-Monitor");
  });

  test("entity pages describe a Person, an Organization or a Place", () => {
    const barzani = jsonLd("actors/masoud-barzani/index.html");
    assert.equal(barzani["@type"], "Person");
    assert.deepEqual(barzani.alternateName, ["Barzani"]);
    assert.equal(jsonLd("actors/peshmerga/index.html")["@type"], "Organization");
    const erbil = jsonLd("places/erbil/index.html");
    assert.equal(erbil["@type"], "Place");
    assert.deepEqual(erbil.geo, { "@type": "GeoCoordinates", latitude: 36.19, longitude: 44.01 });
    assert.equal(jsonLd("outlets/sputnik/index.html").sameAs, "https://sputniknews.com/");
  });

  test("Open Graph and canonical URLs use the configured site URL", () => {
    const page = read("actors/masoud-barzani/index.html");
    assert.match(page, /<link rel="canonical" href="https:\/\/archive.example\/actors\/masoud-barzani\/">/);
    assert.match(page, /<meta property="og:url" content="https:\/\/archive.example\/actors\/masoud-barzani\/">/);
    assert.match(page, /<meta property="og:type" content="profile">/);
  });
});

describe("a site under a sub-path", () => {
  test("every internal link carries the prefix from SITE_URL", async () => {
    const { siteConfigFrom } = await import("../../src/site/site-config.ts");
    const sub = await buildFixtureSite({ config: siteConfigFrom({ SITE_URL: "https://example.org/archive/" }), search: false });
    const page = fs.readFileSync(path.join(sub.site, "articles/krg-calls-for-dialogue/index.html"), "utf8");
    const hrefs = [...page.matchAll(/(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]!).filter((href) => !href.startsWith("http") && !href.startsWith("#"));
    assert.ok(hrefs.length > 10);
    for (const href of hrefs) assert.ok(href.startsWith("/archive/"), href);
    assert.match(page, /<link rel="canonical" href="https:\/\/example.org\/archive\/articles\/krg-calls-for-dialogue\/">/);
    fs.rmSync(sub.dir, { recursive: true, force: true });
  });
});
