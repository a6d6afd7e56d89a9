// The site fixtures' articles are the normalizer's output of their captures: a normalizer change
// that alters an article fails here until `node --import tsx scripts/regenerate-fixtures.ts` is
// run and its output committed with the change, so the pages are never tested on front matter
// (rule ids, fields) that the normalizer no longer writes.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkedInArticles, differingArticles, GENERATED_FIXTURES, normalizeFixture } from "../scripts/regenerate-fixtures.ts";

describe("generated site fixtures", () => {
  for (const fixture of GENERATED_FIXTURES) {
    test(`${fixture}/articles is what the normalizer writes from ${fixture}/sources`, async () => {
      const { articles, messages } = await normalizeFixture(fixture);
      const differing = differingArticles(articles, checkedInArticles(fixture));
      assert.deepEqual(differing, [], `stale fixture articles: run node --import tsx scripts/regenerate-fixtures.ts and commit the result`);
      // A fixture is a clean archive: no capture left without its date, outlet or article.
      assert.deepEqual(messages.filter((message) => message.severity !== "info"), []);
      assert.ok(articles.size > 0);
    });
  }
});
