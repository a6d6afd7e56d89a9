import assert from "node:assert/strict";
import { describe, test } from "node:test";
import MarkdownIt from "markdown-it";
import { escapeMarkdown } from "../../src/normalize/escape-markdown.ts";

const render = (text: string) => new MarkdownIt({ html: true, linkify: true }).render(escapeMarkdown(text));

describe("escapeMarkdown", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    "[click](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "# not a heading",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "**not bold** and _not em_ and `not code`",
    "| a | b |",
    "&lt;script&gt; stays as typed",
  ];
  for (const text of hostile) {
    test(`keeps ${JSON.stringify(text)} as text, even with html enabled`, () => {
      const html = render(text);
      assert.doesNotMatch(html, /<(script|img|iframe|h1|ul|ol|blockquote|strong|em|code|table)\b/);
      // linkify may turn a bare https URL into a link; never a javascript: or data: one.
      assert.doesNotMatch(html, /href="(?!https?:)/);
      assert.match(html, /^<p>/);
    });
  }

  test("leaves ordinary text readable", () => {
    assert.equal(escapeMarkdown("Erbil's decision (KRG) was 100% clear: 90 percent voted."), "Erbil's decision (KRG) was 100% clear: 90 percent voted.");
  });
});
