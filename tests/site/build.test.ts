// End to end: the fixture project built into a temporary folder, pages and their contract checked.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { CONTENT_SECURITY_POLICY } from "../../src/site/page-shell.ts";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { htmlFiles } from "../helpers/tree-hash.ts";

let build: FixtureBuild;
const read = (file: string) => fs.readFileSync(path.join(build.site, file), "utf8");

before(async () => {
  build = await buildFixtureSite();
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("building the fixture project", () => {
  test("succeeds without messages and counts what it built", () => {
    assert.equal(build.result.exitCode, 0);
    assert.equal(build.result.written, true);
    assert.deepEqual(build.result.messages, []);
    assert.equal(build.result.counts.articles, 5);
    assert.equal(build.result.counts.indexed, 5);
    assert.equal(build.result.counts.actors, 7);
    assert.equal(build.result.counts.places, 7);
    assert.equal(build.result.counts.outlets, 5);
  });

  test("writes every page of the URL contract", () => {
    for (const page of [
      "index.html", "404.html", "search/index.html",
      "articles/krg-calls-for-dialogue/index.html",
      "articles/iran-us-align-against-iraqi-kurdistan-referendum/index.html",
      "actors/index.html", "places/index.html", "outlets/index.html",
      "actors/masoud-barzani/index.html", "actors/bashar-al-kiki/index.html",
      "places/kirkuk/index.html", "outlets/shafaq-news/index.html", "outlets/al-monitor/index.html",
      "archive/index.html", "archive/2017/index.html", "archive/2017/10/index.html",
      "feed.xml", "feed.json", "actors/masoud-barzani/feed.xml", "places/erbil/feed.json",
      "sitemap.xml", "robots.txt", "_headers", "report/report.json", "report/index.html",
      "pagefind/pagefind.js", "pagefind/pagefind-highlight.js", "assets/site.css", "assets/search.js", "assets/search-highlight.js",
      "sources/krg-dialogue-cccc3333.txt",
    ]) {
      assert.ok(fs.existsSync(path.join(build.site, page)), `${page} exists`);
    }
  });

  test("an article page carries date, outlet, entities, sources and search attributes", () => {
    const page = read("articles/iran-us-align-against-iraqi-kurdistan-referendum/index.html");
    assert.match(page, /<h1 data-pagefind-meta="title"[^>]*>Iran, US align against Iraqi Kurdistan Referendum<\/h1>/);
    assert.match(page, /<time datetime="2017-09-20"[^>]*data-pagefind-sort="date:2017-09-20">20 September 2017<\/time>/);
    assert.match(page, /href="\/outlets\/iraq-business-news\/" data-pagefind-filter="outlet"/);
    assert.match(page, /originally published by <a href="\/outlets\/al-monitor\/">Al-Monitor<\/a> · by Fazel Hawramy/);
    assert.match(page, /href="\/actors\/qasem-soleimani\/" data-pagefind-filter="actor">Qasem Soleimani</);
    assert.match(page, /href="\/places\/tehran\/" data-pagefind-filter="place">Tehran</);
    assert.match(page, /data-pagefind-filter="year">2017</);
    assert.match(page, /<a href="\/sources\/iran-us-align-dddd4444.txt">iran-us-align-dddd4444.txt<\/a>/);
    // `related` from the front matter: the one rule for related articles.
    assert.match(page, /Related articles<\/h2><ol class="article-list"><li><a class="article-list__title" href="\/articles\/erbil-rejects-baghdad-demand-to-cancel-referendum\/">/);
    // Only the headline and story are inside the indexed region.
    const body = page.slice(page.indexOf("<div data-pagefind-body>"), page.indexOf('<aside class="article-facts"'));
    assert.ok(body.includes("foreign operations"));
    assert.ok(!body.includes("site-header") && !page.slice(0, page.indexOf("<main")).includes("data-pagefind-body"));
  });

  test("the provenance block shows how the title and date were found and the junk removed", () => {
    const page = read("articles/erbil-rejects-baghdad-demand-to-cancel-referendum/index.html");
    assert.match(page, /<strong>Date<\/strong>: rule <code>dateline:day-month-year<\/code>, line 5, high confidence — <q>ERBIL, 15 October 2017 - Leaders of Iraqi Kurdistan …<\/q>/);
    assert.match(page, /5 lines of page junk removed/);
    assert.match(page, /\(page-tail\) <q>Read more on sputniknews.com<\/q>/);
    assert.match(page, /<code>tests\/fixtures\/site\/sources\/erbil-page-bbbb2222.txt:1<\/code> \(date-line\) <q>16:49 GMT10 July 2020<\/q>/);
  });

  test("entity pages list every article naming them, newest first, with co-occurrences", () => {
    const page = read("actors/peshmerga/index.html");
    const order = [...page.matchAll(/class="article-list__title" href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
    assert.deepEqual(order, ["kirkuk-governor-meets-peshmerga-commanders", "iraqi-army-and-peshmerga-reach-agreement", "krg-calls-for-dialogue"]);
    assert.match(page, /<a href="\/places\/kirkuk\/">Kirkuk<\/a> <a class="count" href="\/search\/\?actor=Peshmerga&amp;place=Kirkuk&amp;sort=newest" aria-label="3 articles naming both"/);
    assert.match(page, /First appearance<\/dt><dd><time datetime="2017-11-02">2 November 2017<\/time>/);
    const place = read("places/erbil/index.html");
    assert.match(place, /<svg viewBox="[^"]+"[^>]*role="group" aria-label="Map of Erbil and \d+ other places? of the archive around it"/);
    assert.match(place, /class="map__here"/);
  });

  test("A–Z indexes show every entity with its article count", () => {
    const actors = read("actors/index.html");
    assert.match(actors, /<a href="\/actors\/masoud-barzani\/">Masoud Barzani<\/a> <span class="count">2<\/span>/);
    assert.match(actors, /<a href="\/actors\/bashar-al-kiki\/">Bashar Al-Kiki<\/a> <span class="count">1<\/span>/);
    const outlets = read("outlets/index.html");
    assert.match(outlets, /<a href="\/outlets\/shafaq-news\/">Shafaq News<\/a> <span class="count">2<\/span>/);
  });

  test("every page has the strict CSP meta tag and a search form, and no inline script or style", () => {
    const pages = htmlFiles(build.site);
    assert.ok(pages.length >= 35, `${pages.length} pages`);
    for (const file of pages) {
      const page = read(file);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1]?.replace(/&#39;/g, "'");
      assert.equal(csp, CONTENT_SECURITY_POLICY, `${file} CSP`);
      // The search page has its own box instead of the header's.
      if (file !== "search/index.html") assert.match(page, /<form class="site-search" action="\/search\/" method="get" role="search">[\s\S]*?name="q"/, `${file} search form`);
      assert.doesNotMatch(page, /<style/i, `${file} style element`);
      for (const tag of page.matchAll(/<[a-z][^<>]*>/gi)) {
        assert.doesNotMatch(tag[0], /\s(style|on[a-z]+)=/i, `${file}: ${tag[0]}`);
      }
      for (const script of page.matchAll(/<script([^>]*)>/g)) {
        assert.match(script[1]!, /src="|type="application\/ld\+json"/, `${file} inline script`);
      }
    }
    assert.ok(read("_headers").includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`));
  });

  test("only the search page and article pages (search-term highlighting) load JavaScript", () => {
    for (const file of htmlFiles(build.site)) {
      const scripts = [...read(file).matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      if (file === "search/index.html") assert.deepEqual(scripts, ["/assets/search.js"]);
      else if (file.startsWith("articles/")) assert.deepEqual(scripts, ["/assets/search-highlight.js"], file);
      else assert.deepEqual(scripts, [], file);
    }
  });

  // The normalizer escapes a capture's markdown, so no link of any scheme is made from one
  // (which schemes the renderer lets through is tests/site/render-markdown.test.ts).
  test("markup and links in a capture stay text", () => {
    const page = read("articles/krg-calls-for-dialogue/index.html");
    const story = page.slice(page.indexOf('<div class="story">'), page.indexOf("</div>", page.indexOf('<div class="story">')));
    assert.ok(story.includes("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"));
    assert.ok(story.includes("&lt;img src=x onerror=alert(1)&gt;"));
    assert.doesNotMatch(story, /<script|<img|<iframe|href="javascript:|href="data:/i);
    assert.deepEqual([...story.matchAll(/<a [^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.startsWith('<a class="mention" href="/')), [], "only the site's own links to the names it mentions");
    assert.ok(story.includes("a [good link](https://gov.krd/english/)"));
    assert.ok(story.includes("an ![image](https://evil.example/pixel.png)"));
  });

  test("the home page links the latest stories, the indexes and each month of the timeline", () => {
    const home = read("index.html");
    for (const href of ["/actors/", "/places/", "/outlets/", "/search/", "/archive/2017/10/", "/archive/2020/07/", "/articles/kirkuk-governor-meets-peshmerga-commanders/"]) {
      assert.ok(home.includes(`href="${href}"`), href);
    }
    assert.match(home, /aria-label="October 2017: 1 article"/);
  });

  test("the report lists each capture with its article", () => {
    const report = JSON.parse(read("report/report.json"));
    assert.equal(report.outcome, "built");
    assert.deepEqual(report.captures.find((c: { file: string }) => c.file === "erbil-page-bbbb2222.txt"), {
      file: "erbil-page-bbbb2222.txt",
      article: "erbil-rejects-baghdad-demand-to-cancel-referendum",
    });
  });

  test("the report names captures merged as one story, on its page and in its JSON", () => {
    const report = JSON.parse(read("report/report.json"));
    const merged = report.curation.merged.find((m: { article: string }) => m.article === "erbil-rejects-baghdad-demand-to-cancel-referendum");
    assert.deepEqual(merged?.sources, ["erbil-page-bbbb2222.txt", "erbil-rejects-aaaa1111.txt"]);
    assert.match(read("report/index.html"), /Captures merged as one story<\/h2>\s*<ul class="report-list"><li><a href="[^"]*\/articles\/erbil-rejects-baghdad-demand-to-cancel-referendum\/">/);
  });

  test("sitemap and robots name every page under the site URL", () => {
    const sitemap = read("sitemap.xml");
    assert.match(sitemap, /<loc>https:\/\/archive.example\/articles\/krg-calls-for-dialogue\/<\/loc>/);
    assert.match(read("robots.txt"), /Sitemap: https:\/\/archive.example\/sitemap.xml/);
  });
});
