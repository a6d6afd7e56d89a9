// Article bodies are untrusted: no raw HTML, no script URLs, no remote images.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createMarkdownRenderer, isSafeLink } from "../../src/site/render-markdown.ts";

const md = createMarkdownRenderer();

describe("createMarkdownRenderer", () => {
  test("raw HTML stays text", () => {
    const out = md.render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)"> <iframe src="https://e.example/"></iframe>');
    assert.doesNotMatch(out, /<script|<img|<iframe/);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  test("only http(s) links become links, with rel=nofollow noopener", () => {
    const out = md.render("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](//evil.example/) [e](https://ok.example/) [f](http://ok.example/)");
    assert.doesNotMatch(out, /href="(javascript|data|vbscript|\/\/)/i);
    assert.match(out, /<a href="https:\/\/ok.example\/" rel="nofollow noopener noreferrer">e<\/a>/);
    assert.match(out, /<a href="http:\/\/ok.example\/" rel="nofollow noopener noreferrer">f<\/a>/);
    assert.equal((out.match(/<a /g) ?? []).length, 2);
  });

  test("images never load: an http(s) image becomes a link, any other stays plain text", () => {
    const out = md.render("![a chart](https://e.example/c.png) ![pixel](data:image/png;base64,AAAA) ![\"><script>](https://e.example/x.png)");
    assert.doesNotMatch(out, /<img/);
    assert.match(out, /<a href="https:\/\/e.example\/c.png" rel="nofollow noopener noreferrer">\[image: a chart\]<\/a>/);
    assert.match(out, / !\[pixel\]\(data:image\/png;base64,AAAA\) /);
    assert.match(out, /\[image: &quot;&gt;&lt;script&gt;\]/);
  });

  test("attribute values are escaped", () => {
    const out = md.render('[x](https://e.example/"onmouseover="alert(1))');
    assert.doesNotMatch(out, /"onmouseover=/);
  });

  test("isSafeLink accepts http and https only", () => {
    assert.ok(isSafeLink("https://a.example/"));
    assert.ok(isSafeLink(" HTTP://A.EXAMPLE/x "));
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "/relative", "mailto:a@b", "ftp://x"]) {
      assert.equal(isSafeLink(url), false, url);
    }
  });
});
