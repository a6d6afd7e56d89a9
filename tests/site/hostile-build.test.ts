// Hostile captures through the whole build: every one is reported, the rest is built, and no
// page carries markup, a script URL or an event handler that came from a capture.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { FIXTURE_DIR } from "../helpers/fixture-site.ts";
import { buildHostileSite, type HostileBuild } from "../helpers/hostile-site.ts";
import { htmlFiles, treeHashes } from "../helpers/tree-hash.ts";

let build: HostileBuild;
let sourcesBefore: Map<string, string>;
const registryDir = path.join(FIXTURE_DIR, "registry");
const registryBefore = treeHashes(registryDir);

before(async () => {
  build = await buildHostileSite();
  sourcesBefore = treeHashes(build.sources);
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("a build from hostile captures", () => {
  test("succeeds (exit 0) and publishes a site from the usable captures", () => {
    assert.equal(build.result.exitCode, 0);
    assert.equal(build.result.written, true);
    assert.ok(build.result.counts.articles >= 5, `${build.result.counts.articles} articles`);
  });

  test("names each unusable capture in a message and in the report", () => {
    const byFile = (name: string) => build.result.messages.filter((m) => path.basename(m.file) === name);
    for (const name of ["empty.txt", "whitespace-only.txt", "image.txt"]) {
      assert.ok(byFile(name).length > 0, `${name} has a message`);
    }
    const report = JSON.parse(fs.readFileSync(path.join(build.site, "report/report.json"), "utf8"));
    const captures = new Map((report.captures as { file: string; article: string | null }[]).map((c) => [c.file, c.article]));
    assert.equal(captures.size, fs.readdirSync(build.sources).length, "every capture is in the report");
    assert.equal(captures.get("empty.txt"), null);
    assert.equal(captures.get("image.txt"), null);
    assert.ok(captures.get("script-injection.txt"), "the hostile capture still became an article");
    assert.ok(captures.get("crawl.warc.gz"), "a web archive is listed with the article its page record became");
    assert.equal(report.outcome, "built-with-warnings");
  });

  test("no page has a script, style, frame, image or handler from a capture", () => {
    for (const file of htmlFiles(build.site)) {
      const page = fs.readFileSync(path.join(build.site, file), "utf8");
      for (const tag of page.matchAll(/<([a-z][a-z0-9-]*)([^<>]*)>/gi)) {
        assert.doesNotMatch(tag[1]!, /^(iframe|img|object|embed|frame|style|base)$/i, `${file}: ${tag[0]}`);
        // Attribute values are double-quoted and escaped, so names can be read off reliably.
        for (const attribute of tag[2]!.matchAll(/\s([^\s="'>/]+)(?:="([^"]*)")?/g)) {
          assert.doesNotMatch(attribute[1]!, /^(on[a-z]+|style|srcdoc)$/i, `${file}: ${tag[0]}`);
          if (/^(href|src|action)$/i.test(attribute[1]!)) assert.doesNotMatch(attribute[2] ?? "", /^\s*(javascript|data|vbscript):/i, `${file}: ${tag[0]}`);
        }
      }
      for (const script of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"/.test(script[1]!)) {
          JSON.parse(script[2]!); // data, and it parses
          assert.doesNotMatch(script[2]!, /<\/?script/i, `${file}: JSON-LD cannot close its element`);
        } else {
          assert.match(script[1]!, /^ src="\/(assets|pagefind)\/[a-z-]+\.js"( defer)?$/, `${file}: ${script[1]}`);
          assert.equal(script[2], "", `${file}: external scripts only`);
        }
      }
    }
  });

  test("hostile text is shown as text", () => {
    const slug = fs.readdirSync(path.join(build.site, "articles")).find((name) => name.startsWith("kirkuk-council-rejects"));
    assert.ok(slug, "the script-injection capture has an article page");
    const page = fs.readFileSync(path.join(build.site, "articles", slug, "index.html"), "utf8");
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(page, /markdown link/);
    assert.doesNotMatch(page, /href="(javascript|data):/i);
  });

  test("the maintainer header's hostile title is escaped and its javascript: url dropped", () => {
    const slug = fs.readdirSync(path.join(build.site, "articles")).find((name) => name.includes("erbil-talks-resume"));
    assert.ok(slug);
    const page = fs.readFileSync(path.join(build.site, "articles", slug, "index.html"), "utf8");
    assert.match(page, /<h1[^>]*>&lt;img src=x onerror=alert\(&#39;title&#39;\)&gt; Erbil talks resume<\/h1>/);
    assert.doesNotMatch(page, /javascript:/);
  });

  test("captures are published as text under safe names, byte for byte, and never modified", () => {
    const published = fs.readdirSync(path.join(build.site, "sources"));
    for (const name of published) assert.match(name, /^[A-Za-z0-9][A-Za-z0-9_-]*\.txt$/, name);
    const fixtures = treeHashes(path.join(FIXTURE_DIR, "hostile-sources"));
    const after = treeHashes(build.sources);
    for (const [file, hash] of fixtures) assert.equal(after.get(file), hash, `${file} unchanged by the build`);
    assert.deepEqual(after, sourcesBefore);
    assert.deepEqual(treeHashes(registryDir), registryBefore, "registries are never modified");
    const original = fs.readFileSync(path.join(build.sources, "script-injection.txt"));
    const copy = fs.readFileSync(path.join(build.site, "sources/script-injection.txt"));
    assert.ok(original.equals(copy));
  });
});

describe("saved pages in a hostile build", () => {
  test("a saved page is never published as HTML: its source link serves the text read from it, with its metadata, and no markup", () => {
    const sourcesDir = path.join(build.site, "sources");
    const published = fs.readdirSync(sourcesDir);
    assert.ok(published.every((name) => name.endsWith(".txt")), `only text under /sources/: ${published.join(", ")}`);
    const text = fs.readFileSync(path.join(sourcesDir, "saved-page-scripts.txt"), "utf8");
    assert.match(text, /^Saved web page: saved-page-scripts\.html/);
    assert.match(text, /site name \(meta:og:site_name\): Hostile Times/);
    assert.match(text, /\d+ {2}The provincial council in Erbil approved the new water budget/);
    assert.doesNotMatch(text, /<script|onerror|onload|javascript:|<iframe/i);
    const article = fs.readdirSync(path.join(build.site, "articles")).map((slug) => path.join(build.site, "articles", slug, "index.html")).filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, "utf8")).find((html) => html.includes("saved-page-scripts.html"));
    assert.ok(article, "the saved page became an article");
    assert.match(article, /saved-page-scripts\.html<\/a> \(text read from the saved page\)/);
    assert.doesNotMatch(article, /alert\(/);
  });

  test("a web archive's page record is published as the text read from it, with its WARC-Target-URI, never as HTML", () => {
    const sourcesDir = path.join(build.site, "sources");
    const record = fs.readdirSync(sourcesDir).find((name) => name.startsWith("crawl-at-"));
    assert.ok(record, "the record's text is published");
    const text = fs.readFileSync(path.join(sourcesDir, record), "utf8");
    assert.match(text, /WARC-Target-URI https:\/\/hostile\.example\/2019\/12\/03\/ferry/);
    assert.match(text, /The ferry between the two river towns resumed/);
    assert.doesNotMatch(text, /<script|alert\(/);
  });

  test("a page nested too deep, one with broken bytes and one with an empty body each get a message naming the file; the build goes on", () => {
    const reasons = (name: string) => build.result.messages.filter((message) => path.basename(message.file) === name).map((message) => message.reason).join(" / ");
    assert.match(reasons("saved-page-deep.html"), /nests elements more than \d+ deep, too deep to read: skipped/);
    assert.match(reasons("saved-page-broken-encoding.html"), /invalid UTF-8|Windows-1252/);
    assert.match(reasons("saved-page-empty-body.htm"), /has no story text/);
    assert.equal(build.result.exitCode, 0);
  });
});
