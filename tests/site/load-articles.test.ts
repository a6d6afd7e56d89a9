import assert from "node:assert/strict";
import { test } from "node:test";
import { parseArticle } from "../../src/site/load-articles.ts";

const GOOD = ['title: "Talks resume"', 'date: "2017-10-16"', 'outlet: "Rudaw"', "actors: []", "places: []", "sources:", '  - "content/sources/a.txt"'];
const article = (lines: string[]) => `---\n${lines.join("\n")}\n---\nThe story.\n`;

test("a contract-abiding article is read with no message", () => {
  const { article: read, messages } = parseArticle("content/articles/talks.md", article(GOOD));
  assert.equal(read?.slug, "talks");
  assert.deepEqual(messages, []);
});

test("each schema problem is its own message at the offending field's line, with the field as data", () => {
  const lines = [...GOOD];
  lines[0] = 'title: ""';
  lines[3] = "actors:\n  - \"KRG\"\n  - \"KRG\"";
  const { article: read, messages } = parseArticle("content/articles/bad.md", article(lines));
  assert.equal(read, undefined);
  assert.deepEqual(messages.map((message) => [message.line, message.data?.field, message.ruleId]), [
    [2, "title", "article-schema"],
    [5, "actors", "article-schema"],
  ]);
  assert.match(messages[0]!.reason, /: title: /);
});

test("a missing field has no line to point at: the message names the field", () => {
  const { messages } = parseArticle("content/articles/bad.md", article(GOOD.filter((line) => !line.startsWith("outlet"))));
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.line, undefined);
  assert.deepEqual(messages[0]!.data, { field: "outlet" });
  assert.match(messages[0]!.reason, /: outlet: /);
});

test("front matter that does not parse is pointed at the line of the YAML error", () => {
  const { messages } = parseArticle("content/articles/bad.md", article([...GOOD.slice(0, 2), "outlet: [Rudaw", ...GOOD.slice(3)]));
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.ruleId, "article-front-matter");
  assert.ok((messages[0]!.line ?? 0) >= 4, `line ${messages[0]!.line} is at or after the broken field`);
});
