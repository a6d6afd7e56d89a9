// A saved page's story and metadata (read-html.ts, page-metadata.ts), and an .html capture through
// every stage (read-html-capture.ts, page-evidence.ts): hand-written pages only.
import assert from "node:assert/strict";
import fs from "node:fs";
import { test } from "node:test";
import { readHtmlPage, decodePage } from "../../src/normalize/read-html.ts";
import { captureOf, testContext } from "./helpers.ts";

const PAGE = fs.readFileSync(new URL("./fixtures/html/lantern-talks.html", import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

test("a saved page's story keeps its paragraphs and standfirst, and drops captions, related links, menus, footers and scripts", () => {
  const page = readHtmlPage(new Uint8Array(PAGE));
  assert.ok(page.ok);
  const text = page.blocks.join("\n");
  assert.match(text, /^Officials from both sides met/m);
  assert.match(text, /^Delegations from the Kurdistan Regional Government/m);
  assert.match(text, /^Another round of talks is planned in Erbil/m);
  for (const junk of ["Photo: Lantern staff", "Drought hits the Tigris", "All rights reserved", "Privacy", "Injected by a script", "Monday 2 December 2026"]) assert.doesNotMatch(text, new RegExp(junk));
});

test("a saved page's metadata keeps each value with the field it came from", () => {
  const page = readHtmlPage(new Uint8Array(PAGE));
  assert.ok(page.ok);
  const { metadata } = page;
  assert.deepEqual(metadata.published, { value: "2019-03-14T09:30:00+03:00", source: "json-ld:datePublished" });
  assert.deepEqual(metadata.siteNames[0], { value: "The Evening Lantern", source: "meta:og:site_name" });
  assert.deepEqual(metadata.url, { value: "https://lantern.example/world/water-talks-resume", source: "link:canonical" });
  assert.deepEqual(metadata.authors, ["Dana Rahim"]);
  assert.equal(metadata.lang, "en");
  assert.deepEqual(metadata.h1s, ["Water talks resume between Erbil and Baghdad"]);
});

test("an .html capture gets the page's headline, its declared date over a date in the text, its outlet and URL", () => {
  const capture = captureOf("lantern-talks.html", PAGE.toString("utf8"), testContext());
  assert.equal(capture.title, "Water talks resume between Erbil and Baghdad");
  assert.equal(capture.titleEvidence.rule, "page-h1+json-ld:headline");
  assert.equal(capture.date, "2019-03-14");
  assert.equal(capture.dateEvidence?.rule, "page-json-ld:datePublished");
  assert.equal(capture.outlet, "The Evening Lantern");
  assert.equal(capture.outletEvidence?.rule, "page-meta:og:site_name");
  assert.equal(capture.author, "Dana Rahim");
  assert.equal(capture.header.url, "https://lantern.example/world/water-talks-resume");
  assert.ok(capture.paragraphs.every((paragraph) => paragraph.text !== capture.title), "the headline is not repeated in the story");
});

test("a page with no metadata is dated by the element it marks as its date, not by a comment's", () => {
  const html = `<html><body><div class="comments"><span class="comment-date">5 May 2021</span></div><article><h1>Bridge reopens after repairs</h1><span class="post-date">9 Oct 2018</span>
  <p>The old bridge over the river reopened to traffic on Tuesday after eleven months of repairs that cost more than planned, the city council said in a statement.</p>
  <p>Drivers had been sent on a long detour through the industrial district since the work began, and shops near the bridge said they had lost much of their trade.</p></article></body></html>`;
  const capture = captureOf("bridge.html", html, testContext());
  assert.equal(capture.date, "2018-10-09");
  assert.match(capture.dateEvidence?.rule ?? "", /^page-element:post-date/);
});

test("a <title> with the site's name around it gives the headline without it, never the site's name alone", () => {
  const html = `<html><head><title>The Evening Lantern | Market fire destroys forty stalls</title><meta property="og:site_name" content="The Evening Lantern"></head><body><h1>The Evening Lantern</h1><article>
  <p>A fire that broke out before dawn destroyed forty stalls in the covered market on Friday, traders said, though no one was hurt and the cause is not yet known.</p>
  <p>Firefighters took three hours to bring the blaze under control, and the market will stay closed until engineers have checked that the roof is safe.</p></article></body></html>`;
  const capture = captureOf("fire.html", html, testContext());
  assert.equal(capture.title, "Market fire destroys forty stalls");
});

test("a page's own charset is used: a windows-1251 page reads as Cyrillic, an undeclared UTF-8 page keeps its curly quotes", () => {
  const cyrillic = new Uint8Array([...bytes('<html><head><meta charset="windows-1251"></head><body><p>'), 0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, ...bytes("</p></body></html>")]);
  const decoded = decodePage(cyrillic);
  assert.ok(decoded.ok);
  assert.match(decoded.text, /Новости/);
  const undeclared = decodePage(bytes("<html><body><p>“Quoted” – dash</p></body></html>"));
  assert.ok(undeclared.ok);
  assert.match(undeclared.text, /“Quoted” – dash/);
});

test("a saved page's story is judged by its words only: a list closing it stays, a chrome line inside it goes", () => {
  const html = `<html><head><meta property="og:title" content="Five novels make the prize shortlist"></head><body><article><h1>Five novels make the prize shortlist</h1>
  <p>Five novels were named on Tuesday for this year's national fiction prize, chosen by a panel of three writers from more than two hundred books published last year.</p>
  <p>The winner will be announced at a ceremony in the capital in October and will receive a cash award as well as translation of the book into four languages.</p>
  <p>Share this article</p>
  <p>The shortlisted novels are:</p>
  <p>The Quiet Valley by Ana Reyes</p>
  <p>Letters From The Northern Shore by Omar Aziz</p>
  <p>A House Of Seven Winters by Lena Park</p></article></body></html>`;
  const kept = captureOf("prize.html", html, testContext()).paragraphs.map((paragraph) => paragraph.text);
  for (const title of ["The Quiet Valley by Ana Reyes", "Letters From The Northern Shore by Omar Aziz", "A House Of Seven Winters by Lena Park"]) assert.ok(kept.includes(title), kept.join(" | "));
  assert.ok(!kept.includes("Share this article"), kept.join(" | "));
});

const story = `<p>The regional parliament met on Sunday to debate the budget for the coming year, and members argued late into the night about the money set aside for schools.</p>
<p>A vote is expected next week, after a committee has looked again at the spending on roads and bridges that several members said was far too low.</p>`;

test("an og:title keeps its own dash; a <title> that opens with the <h1> gives the <h1>", () => {
  const dashed = captureOf("dash.html", `<html><head><meta property="og:title" content="Budget debate – members argue late into the night"></head><body><article>${story}</article></body></html>`, testContext());
  assert.equal(dashed.title, "Budget debate – members argue late into the night");
  const opened = captureOf("opened.html", `<html><head><title>Budget debate, part 2 - Evening Lantern - News from the north every day</title></head><body><h1>Budget debate, part 2</h1><article>${story}</article></body></html>`, testContext());
  assert.equal(opened.title, "Budget debate, part 2");
});

test("an app's name that does not name the site's host is not its outlet, and a headline in application-name is not a site name", () => {
  const page = `<html><head><link rel="canonical" href="https://lantern.example/2019/budget"><meta name="application-name" content="Studio Webmakers"><meta property="og:title" content="Budget debate runs late"></head><body><article>${story}</article></body></html>`;
  assert.notEqual(captureOf("app.html", page, testContext()).outlet, "Studio Webmakers");
  const headlineAsApp = `<html><head><title>Budget debate runs late</title><meta name="application-name" content="Budget debate runs late"></head><body><h1>Budget debate runs late</h1><article>${story}</article></body></html>`;
  const capture = captureOf("app-headline.html", headlineAsApp, testContext());
  assert.equal(capture.title, "Budget debate runs late");
  assert.notEqual(capture.outlet, "Budget debate runs late");
});

test("a page that declares no date is dated by the first date after its <h1>, not by a photo's caption or a date the story mentions", () => {
  const html = `<html><body><div class="masthead">Regional news</div><h1>Budget debate runs late</h1>
  <figure><img src="p.jpg"><figcaption>Members in the chamber, 1 March 2021.</figcaption></figure>
  <div>3 March 2021 · Politics</div><article>${story}<p>The last budget, passed on 12 January 2020, was delayed by two months in the same way.</p></article></body></html>`;
  const capture = captureOf("undeclared.html", html, testContext());
  assert.equal(capture.date, "2021-03-03");
  assert.match(capture.dateEvidence?.rule ?? "", /^page-text-after-h1/);
});

test("a blog theme's story shipped in a <script type=text/template> inside its post body is read; a framework's template elsewhere is not", () => {
  const paragraphs = [
    "Over the past year the market traders of Duhok have rebuilt most of the stalls that burned down last spring, the council said.",
    "The council expects the covered market to reopen before winter, when trade is at its busiest and the roads are still open.",
  ];
  const html = `<html><head><title>Market reopens | Example Blog</title></head><body>
    <header><h2>Example Blog</h2><div class="header-desc">The latest news from the Example team</div></header>
    <div class="post" itemscope itemtype="http://schema.org/BlogPosting"><h2 class="title">Market reopens</h2>
      <div class="post-body"><div class="post-content" itemprop="articleBody">
        <script type="text/template">${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n")}</script>
      </div></div></div>
    <script type="text/template"><p>Hello {{ user.name }}, you have {{ count }} new messages waiting for you in your inbox today.</p></script>
  </body></html>`;
  const page = readHtmlPage(bytes(html));
  assert.ok(page.ok);
  assert.deepEqual(page.blocks, paragraphs);
});
