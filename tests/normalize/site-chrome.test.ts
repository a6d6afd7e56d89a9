import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EntityCapture } from "../../src/normalize/find-entities.ts";
import { mergeDuplicates } from "../../src/normalize/merge-duplicates.ts";
import { emptySiteChromeMemory, removeSiteChrome, SITE_CHROME_RULE } from "../../src/normalize/site-chrome.ts";
import { captureOf, testContext } from "./helpers.ts";

// Eight stories of one made-up site, each a different event: no two merge.
const STORIES: Array<[slug: string, headline: string, story: string[]]> = [
  ["ferry", "Ferry fares rise for lorries crossing the lake", ["The lake ferry company will charge lorries a fifth more from April, it told hauliers in a letter on Wednesday, blaming diesel.", "Hauliers who carry fruit to the coast say the rise will fall hardest on small growers who pay by the crossing."]],
  ["school", "Village school to get a new roof after the storms", ["The primary school in Birchford will get a new roof this summer, after January's storms tore away slates above two classrooms.", "The council approved the repairs on Monday evening, and the work will be done during the school holidays."]],
  ["market", "Market hall reopens with twelve new stalls", ["The covered market in Lanfield reopened on Saturday with twelve new stalls, most of them run by bakers from the villages.", "The hall had been closed since the autumn while its heating was replaced, and traders sold from tents outside."]],
  ["bridge", "Old bridge closed to heavy traffic", ["The stone bridge at Harrow Ford was closed to heavy traffic after engineers found cracks in two of its arches.", "Farm vehicles will have to go through Millbank until the repairs are done, which may take most of the summer."]],
  ["library", "Library opens on Sundays from May", ["Lanfield's library will open on Sunday afternoons from May, paid for by a bequest from a retired schoolteacher.", "Volunteers from the reading circle have offered to help the two librarians shelve returns at weekends."]],
  ["hail", "Hail damages apricot blossom", ["A hailstorm on Tuesday night stripped blossom from apricot trees across the upper valley, growers said on Wednesday.", "Insurers have sent assessors to the worst-hit farms, where some expect to lose half of this year's crop."]],
  ["choir", "Choir wins regional contest", ["The Birchford male voice choir won the regional contest in Eastport on Sunday, its first win in eleven years.", "The choir's conductor, a retired postman, said the singers had rehearsed twice a week through the winter."]],
  ["clinic", "Clinic adds evening hours", ["The health clinic in Millbank will stay open until eight on weekdays, after patients complained of long morning queues.", "Two nurses who trained at the county hospital have joined the clinic to staff the evening hours."]],
];

const context = testContext();

/** A capture of story `index` from `host`, with `extra` lines after its first paragraph (a sidebar in reading order). */
function capture(index: number, options: { host?: string; extra?: string[]; tail?: string[]; head?: string[]; name?: string } = {}): EntityCapture {
  const [slug, headline, [first, ...rest]] = STORIES[index]!;
  const host = options.host ?? "lakeside.example";
  const lines = ["---", `url: "https://www.${host}/2021/03/${slug}"`, "---", ...(options.head ?? []), headline, first!, ...(options.extra ?? []), ...rest, ...(options.tail ?? [])];
  return captureOf(options.name ?? `${host}-${slug}.txt`, lines.join("\n"), context);
}

/** A sidebar of teasers with no label: per page, its lines read as a story's subheads. */
const TRENDING = ["Harbour wall repairs finish early", "Cheese fair returns to the square", "New bus route links the valley villages"];
const siteChromeOf = (capture: EntityCapture | { removed: EntityCapture["removed"] }) => capture.removed.filter((junk) => junk.rule === SITE_CHROME_RULE);
const bodyOf = (article: { primary: EntityCapture }) => article.primary.paragraphs.map((paragraph) => paragraph.text);

describe("removeSiteChrome", () => {
  test("a box in the middle of four stories of a site is taken out of each, with its evidence; a quote two of them share stays", () => {
    const quote = '"We cannot sell what we cannot keep cool," said Mira Solberg, who chairs the growers\' cooperative.';
    const captures = [0, 1, 2, 3].map((index) => capture(index, { extra: [...TRENDING, ...(index < 2 ? [quote] : [])] }));
    // Per page, the box reads as a story's subheads: it is there before this step.
    assert.ok(captures.every((one) => one.paragraphs.some((paragraph) => paragraph.text === "Cheese fair returns to the square")));
    const articles = removeSiteChrome(mergeDuplicates(captures));
    assert.equal(articles.length, 4);
    for (const article of articles) {
      const body = bodyOf(article);
      for (const line of TRENDING) assert.ok(!body.includes(line), `"${line}" left in ${article.id}`);
      assert.deepEqual(siteChromeOf(article).map((junk) => [junk.text, junk.evidence]), TRENDING.map((line) => [line, "recurs in 4 of 4 stories from lakeside.example"]));
      assert.ok(body.length >= 2, `${article.id} keeps its story`);
    }
    assert.equal(articles.filter((article) => bodyOf(article).includes(quote)).length, 2);
  });

  test("lines are counted per site: the same box on one page of another site stays there", () => {
    const captures = [0, 1, 2].map((index) => capture(index, { extra: TRENDING }));
    const elsewhere = capture(3, { host: "hillgazette.example", extra: TRENDING });
    const articles = removeSiteChrome(mergeDuplicates([...captures, elsewhere]));
    const other = articles.find((article) => article.primary.file.includes("hillgazette"))!;
    assert.deepEqual(siteChromeOf(other), []);
    assert.equal(articles.filter((article) => siteChromeOf(article).length === TRENDING.length).length, 3);
    assert.ok(bodyOf(other).includes("Cheese fair returns to the square"));
  });

  test("three captures of one story count once: none of its paragraphs is taken, the box all three stories show is", () => {
    const same = [0, 1, 2].map((copy) => capture(0, { name: `ferry-${copy}.txt`, extra: TRENDING }));
    const articles = removeSiteChrome(mergeDuplicates([...same, capture(1, { extra: TRENDING }), capture(2, { extra: TRENDING })]));
    assert.equal(articles.length, 3);
    const ferry = articles.find((article) => article.id === "ferry-0.txt")!;
    assert.deepEqual(bodyOf(ferry), STORIES[0]![2]);
    assert.ok(siteChromeOf(ferry).every((junk) => TRENDING.includes(junk.text) && junk.evidence === "recurs in 3 of 3 stories from lakeside.example"));
    assert.ok(articles.every((article) => TRENDING.every((line) => !bodyOf(article).includes(line))));
  });

  test("a sentence in three of eight stories is the outlet's story text; a sentence on every page is the site's", () => {
    const background = "The valley's growers' cooperative was founded in 1921 and now has about four hundred members.";
    const footer = "The Lakeside Evening Post is published in Lanfield by the Valley Press Cooperative.";
    const wrapped = ["The harbour master said the crossing would stay open while the", "repairs went on, officials said."];
    const captures = STORIES.map((_, index) => capture(index, { extra: index < 3 ? [background, ...wrapped] : [], tail: [footer] }));
    const articles = removeSiteChrome(mergeDuplicates(captures));
    const bodies = articles.map(bodyOf);
    assert.equal(bodies.filter((body) => body.includes(background)).length, 3);
    assert.equal(bodies.filter((body) => body.includes(wrapped[0]!)).length, 3);
    assert.equal(bodies.filter((body) => body.includes(wrapped[1]!)).length, 3);
    assert.ok(bodies.every((body) => !body.includes(footer)));
    assert.ok(articles.every((article) => siteChromeOf(article).some((junk) => junk.text === footer && junk.evidence === "recurs in 8 of 8 stories from lakeside.example")));
  });

  test("a headline taken from the site's banner gives way to the next candidate", () => {
    const bannered = [0, 1, 2, 3].map((index) => {
      const [slug, , story] = STORIES[index]!;
      return captureOf(`${slug}.txt`, ["---", `url: "https://www.lakeside.example/2021/03/${slug}"`, "---", "Lakeside Evening Post", ...story].join("\n"), context);
    });
    assert.ok(bannered.every((one) => one.title === "Lakeside Evening Post"), "per page, the banner is the headline");
    const articles = removeSiteChrome(mergeDuplicates(bannered));
    for (const article of articles) {
      assert.notEqual(article.title, "Lakeside Evening Post");
      assert.equal(article.titleEvidence.rule, "derived-from-lede");
      assert.ok(siteChromeOf(article).some((junk) => junk.text === "Lakeside Evening Post" && junk.line === 4));
    }
    assert.equal(articles.find((article) => article.id === "ferry.txt")!.title, "The lake ferry company will charge lorries a fifth more from April, it told hauliers in a letter on Wednesday");
  });

  test("a story's own headline, listed in the site's other pages, stays its headline and leaves the others", () => {
    const ferryHeadline = STORIES[0]![1];
    const teasers = [ferryHeadline, "Harbour wall repairs finish early"];
    const articles = removeSiteChrome(mergeDuplicates([capture(0), ...[1, 2, 3].map((index) => capture(index, { extra: teasers }))]));
    const ferry = articles.find((article) => article.primary.file.endsWith("lakeside.example-ferry.txt"))!;
    assert.equal(ferry.title, ferryHeadline);
    assert.equal(ferry.titleEvidence.rule, "headline-line");
    for (const article of articles.filter((one) => one !== ferry)) assert.ok(!bodyOf(article).includes(ferryHeadline));
  });

  test("a page that is nothing but its site's recurring lines keeps them: no article is emptied", () => {
    // Three stories carry the teasers, three others a box of notices; a section front shows both. (The
    // merge would join such a page to a story whose chrome it shares: it is merged on its own here.)
    const notices = ["Roadworks on the ring road this weekend", "Swimming pool closed for cleaning", "Blood donors wanted at the town hall"];
    const front = captureOf("front.txt", ["---", 'url: "https://www.lakeside.example/news/"', "---", ...TRENDING, ...notices].join("\n"), context);
    const stories = [0, 1, 2, 3, 4, 5].map((index) => capture(index, { extra: index < 3 ? TRENDING : notices }));
    const articles = removeSiteChrome([...mergeDuplicates([front]), ...mergeDuplicates(stories)]);
    assert.equal(articles.length, 7);
    const kept = articles.find((article) => article.id === "front.txt")!;
    assert.ok(bodyOf(kept).length > 0);
    assert.deepEqual(bodyOf(kept), front.paragraphs.map((paragraph) => paragraph.text));
    assert.equal(articles.filter((article) => siteChromeOf(article).length === 3).length, 6);
  });

  test("a warm process's counts, patched build after build, take out what a fresh count takes out", () => {
    const kept = emptySiteChromeMemory();
    const ferryAgain = capture(0, { name: "ferry-again.txt", extra: TRENDING });
    let captures = [0, 1, 2].map((index) => capture(index, { extra: TRENDING }));
    const changes: Array<[string, (list: EntityCapture[]) => EntityCapture[]]> = [
      ["three stories with the box", (list) => list],
      ["a fourth story with it: '4 of 4'", (list) => [...list, capture(3, { extra: TRENDING })]],
      ["a second capture of a story, which counts once", (list) => [...list, ferryAgain]],
      ["a story of another site", (list) => [...list, capture(4, { host: "hillgazette.example", extra: TRENDING })]],
      ["a story without the box: '4 of 5'", (list) => [...list, capture(5)]],
      ["one edited to lose the box", (list) => list.map((one) => (one.name === "lakeside.example-hail.txt" ? capture(5, { tail: ["Corrected on Friday."] }) : one.name === "lakeside.example-market.txt" ? capture(2) : one))],
      ["two removed: the box in two stories is theirs again", (list) => list.filter((one) => one.name !== "lakeside.example-ferry.txt" && one.name !== "ferry-again.txt" && one.name !== "lakeside.example-bridge.txt")],
    ];
    for (const [change, apply] of changes) {
      captures = apply(captures);
      const merged = mergeDuplicates(captures);
      const warm = removeSiteChrome(merged, kept);
      assert.deepEqual(warm, removeSiteChrome(merged), change);
      assert.ok(warm.some((article) => siteChromeOf(article).length > 0) || change.startsWith("two removed"), `${change}: some chrome is found`);
    }
    assert.ok(removeSiteChrome(mergeDuplicates(captures), kept).every((article) => siteChromeOf(article).length === 0), "two stories with the box: none taken");
  });

  test("the captures given are left as they were (they may be the cache's own)", () => {
    const captures = [0, 1, 2].map((index) => capture(index, { extra: TRENDING }));
    const before = structuredClone(captures);
    const articles = removeSiteChrome(mergeDuplicates(captures));
    assert.deepEqual(captures, before);
    assert.ok(articles.every((article) => !captures.includes(article.primary)));
  });
});
