import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DatedArticle } from "../../src/normalize/infer-year.ts";
import { RELATED, RELATED_WITHIN_DAYS, relateArticles } from "../../src/normalize/relate-articles.ts";

const article = (id: string, date: string | undefined, similar: [string, number][] = []) => ({ id, date, similar: similar.map(([other, score]) => ({ id: other, score })) }) as unknown as DatedArticle;
const relatedOf = (articles: DatedArticle[], id: string) => relateArticles(articles).find((item) => item.id === id)!.related;

describe("relateArticles", () => {
  test("relates similar articles alike enough and published within the window, most alike first", () => {
    const articles = [
      article("a", "2017-10-16", [["near", 0.4], ["weak", RELATED - 0.01], ["far", 0.9], ["edge", RELATED]]),
      article("near", "2017-10-20"),
      article("weak", "2017-10-16"),
      article("far", "2018-02-01"),
      article("edge", "2017-11-30"), // 45 days after
    ];
    assert.equal(RELATED_WITHIN_DAYS, 45);
    assert.deepEqual(relatedOf(articles, "a"), ["near", "edge"]);
  });

  test("an undated article relates to none, and none to it; an id no article has is skipped", () => {
    const articles = [article("a", "2017-10-16", [["undated", 0.9], ["gone", 0.9], ["b", 0.5]]), article("undated", undefined, [["a", 0.9]]), article("b", "2017-10-01")];
    assert.deepEqual(relatedOf(articles, "a"), ["b"]);
    assert.deepEqual(relatedOf(articles, "undated"), []);
  });

  test("keeps the ten most alike", () => {
    const others = Array.from({ length: 12 }, (_, i) => article(`o${i}`, "2017-10-16"));
    const articles = [article("a", "2017-10-16", others.map((other, i) => [other.id, 0.9 - i * 0.01] as [string, number])), ...others];
    assert.deepEqual(relatedOf(articles, "a"), others.slice(0, 10).map((other) => other.id));
  });
});
