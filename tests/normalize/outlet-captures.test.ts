// Captures shaped like other outlets' pages (Reuters, AP, BBC, Al Jazeera, Rudaw, Kurdistan24, a
// French site, a repost): none is a seed; each checks that the general rules hold on them.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, test } from "node:test";
import { normalizeArchive, type NormalizedArticle } from "../../src/pipeline.ts";

const fixtures = path.join(import.meta.dirname, "fixtures", "outlets");
let articles: Map<string, NormalizedArticle>;

before(async () => {
  const result = await normalizeArchive({ sourcesDir: fixtures, articlesDir: "unused", registryDir: path.join(import.meta.dirname, "..", "..", "content", "registry"), now: "2026-11-23T00:00:00Z", write: false });
  articles = new Map(result.articles.map((article) => [path.basename(article.frontMatter.sources[0]!), article]));
});

interface Expectation {
  title: string;
  date: string;
  outlet: string;
  author?: string;
  bodyStarts: string;
  bodyEnds: string;
  removed: string[];
}

const EXPECTED: Record<string, Expectation> = {
  "reuters-style.txt": {
    title: "Iraqi forces take control of Kirkuk oil fields from Kurds",
    date: "2017-10-16",
    outlet: "Reuters",
    // The agency's dateline opens the story, as it was published.
    bodyStarts: "ERBIL, Iraq (Reuters) - Iraqi government forces took control",
    // The story's closing credit to its reporter and editor stays with it.
    bodyEnds: "Reporting by Maher Chmaytelli; Editing by Peter Graff",
    removed: ["date-line", "share-prompt", "copyright"],
  },
  "ap-style.txt": {
    title: "Iraq's Kurds offer to freeze independence vote results",
    date: "2017-10-25",
    outlet: "Associated Press",
    author: "Susannah George",
    bodyStarts: "BAGHDAD (AP) — Iraq's Kurdish region offered on Wednesday",
    bodyEnds: "from the office of Prime Minister Haider al-Abadi.",
    removed: ["byline", "date-line", "advertisement", "copyright"],
  },
  "bbc-style.txt": {
    title: "Iraqi Kurdistan: Barzani to step down as president",
    date: "2017-10-29",
    outlet: "BBC News",
    // The photo's caption ("Image caption," then its text) is not the story.
    bodyStarts: "Masoud Barzani has said he will step down",
    bodyEnds: "is expected to take over some of his powers.",
    removed: ["date-label", "date-line", "share-prompt", "photo-credit", "photo-credit", "photo-caption", "related-links", "related-links", "related-links", "read-more", "related-links"],
  },
  "aljazeera-style.txt": {
    title: "Iraqi Kurds hold rallies ahead of independence vote",
    date: "2017-09-22",
    outlet: "Al Jazeera",
    bodyStarts: "Thousands gather in Erbil as Barzani urges",
    bodyEnds: "Ankara could impose sanctions on the region.",
    removed: ["date-line", "date-line", "save-prompt", "source-credit"],
  },
  "rudaw-style.txt": {
    title: "Peshmerga and Iraqi army agree on joint coordination centres",
    date: "2020-06-17",
    outlet: "Rudaw",
    bodyStarts: "ERBIL, Kurdistan Region — Peshmerga and Iraqi army commanders",
    bodyEnds: "secretary-general of the ministry, told Rudaw.",
    removed: ["outlet-name-line", "date-line", "follow-us", "tag-line"],
  },
  "kurdistan24-style.txt": {
    title: "KRG calls for dialogue with Baghdad",
    date: "2017-10-31",
    outlet: "Kurdistan24",
    bodyStarts: "ERBIL (Kurdistan 24) – The Kurdistan Regional Government (KRG) on Tuesday called on Baghdad",
    bodyEnds: "Editing by Karzan Sulaivany",
    removed: ["date-line"],
  },
  "french-style.txt": {
    title: "Irak: les Kurdes proposent de geler le résultat du référendum",
    date: "2017-10-25",
    outlet: "Unknown outlet",
    bodyStarts: "Le gouvernement régional du Kurdistan a proposé mercredi",
    bodyEnds: "et le gouvernement fédéral.",
    removed: ["date-line"],
  },
  "telegram-repost-style.txt": {
    title: "Iraqi parliament votes to send troops to disputed areas",
    date: "2017-09-28",
    outlet: "Unknown outlet",
    author: "Ahmed Hussein",
    bodyStarts: "The Iraqi parliament voted on Wednesday",
    bodyEnds: "boycotted by Kurdish members of parliament.",
    removed: ["date-line", "byline", "read-more", "related-links", "related-links", "newsletter", "cookie-notice"],
  },
};

describe("captures shaped like other outlets' pages", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(name, () => {
      const article = articles.get(name);
      assert.ok(article, `no article for ${name}`);
      const front = article.frontMatter;
      assert.equal(front.title, expected.title);
      assert.equal(front.date, expected.date);
      assert.equal(front.outlet, expected.outlet);
      if (expected.author) assert.equal(front.author, expected.author);
      const body = article.body.replace(/\\([\\`*_{}[\]()#+\-.!>~|&<])/g, "$1");
      assert.ok(body.startsWith(expected.bodyStarts), body.slice(0, 80));
      assert.ok(body.endsWith(expected.bodyEnds), body.slice(-80));
      assert.deepEqual(front.provenance?.removed?.map((junk) => junk.rule), expected.removed);
    });
  }
});
