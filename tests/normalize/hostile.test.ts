// Issue 7's capture cases, end to end through normalizeArchive: every hostile capture is a
// message or a safe article, the others are not disturbed, and no script survives into a page.
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import MarkdownIt from "markdown-it";
import type { Message } from "../../src/messages.ts";
import { normalizeArchive, type NormalizedArticle } from "../../src/pipeline.ts";
import { parseArticle } from "../../src/site/load-articles.ts";
import { cpuMillisecondsOf } from "../helpers/cpu-time.ts";

const fixtures = path.join(import.meta.dirname, "..", "fixtures", "hostile");
const registryDir = path.join(import.meta.dirname, "..", "..", "content", "registry");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
const sourcesDir = path.join(work, "sources");
const articlesDir = path.join(work, "articles");
const PWNED = path.join(os.tmpdir(), "pwned-by-capture");

let articles: NormalizedArticle[];
let messages: Message[];

const treeHash = (dir: string) => {
  const hash = crypto.createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  return hash.digest("hex");
};
const bySource = (name: string) => articles.find((article) => article.frontMatter.sources.some((source) => path.basename(source) === name));
const messagesOf = (name: string) => messages.filter((message) => path.basename(message.file) === name);

before(async () => {
  fs.cpSync(fixtures, sourcesDir, { recursive: true });
  fs.mkdirSync(articlesDir);
  fs.writeFileSync(path.join(articlesDir, "stale-article-of-a-removed-capture.md"), "---\ntitle: old\n---\nold");
  fs.writeFileSync(path.join(articlesDir, "notes.txt"), "not an article: left alone");
  fs.rmSync(PWNED, { force: true });
  const sourcesBefore = treeHash(sourcesDir);
  ({ articles, messages } = await normalizeArchive({ sourcesDir, articlesDir, registryDir, now: "2026-11-23T00:00:00Z" }));
  assert.equal(treeHash(sourcesDir), sourcesBefore, "captures are never modified");
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

describe("hostile captures", () => {
  test("empty and whitespace-only captures are warnings and produce nothing", () => {
    for (const name of ["empty.txt", "whitespace-only.txt"]) {
      assert.equal(bySource(name), undefined);
      assert.equal(messagesOf(name)[0]?.ruleId, "capture-empty");
    }
  });

  test("an image named .txt is an error naming the file, and is skipped", () => {
    assert.equal(bySource("photo-named-as-text.txt"), undefined);
    assert.deepEqual(messagesOf("photo-named-as-text.txt").map((message) => [message.severity, message.ruleId]), [["error", "capture-binary"]]);
  });

  test("invalid UTF-8 is read as Windows-1252 with a warning, every character kept", () => {
    const article = bySource("invalid-utf8-windows-1252.txt")!;
    assert.equal(article.frontMatter.title, "Café owners protest in Erbil");
    assert.match(article.body, /“We agreed”, the minister said on Monday – officials/);
    assert.equal(messagesOf("invalid-utf8-windows-1252.txt")[0]?.ruleId, "capture-encoding");
  });

  test("UTF-16 with a BOM, CRLF and lone CR line ends read like any other capture", () => {
    const cases: Array<[string, string]> = [
      ["utf16-le-bom.txt", "Budget talks resume in Erbil"],
      ["utf16-be-bom.txt", "Pipeline talks in Baghdad"],
      ["crlf-line-ends.txt", "Checkpoints agreed in Kirkuk"],
      ["lone-cr-line-ends.txt", "Dam talks in Duhok"],
    ];
    for (const [name, title] of cases) {
      const article = bySource(name)!;
      assert.equal(article.frontMatter.title, title);
      assert.ok(!article.body.includes("\r"));
      assert.equal(article.body.split("\n\n").length, 2);
    }
  });

  test("NUL bytes are removed with a warning", () => {
    assert.ok(!bySource("nul-bytes.txt")!.body.includes("\u0000"));
    assert.ok(messagesOf("nul-bytes.txt").some((message) => message.reason.includes("NUL")));
  });

  test("`---` fences in the body are text, never front matter", () => {
    const article = bySource("yaml-fences-in-body.txt")!;
    assert.equal(article.frontMatter.title, "Rebuilding plan for Mosul agreed");
    assert.notEqual(article.frontMatter.outlet, "Fake News");
    assert.match(article.body, /title: injected/);
  });

  test("a ---js header is never run; a tagged or broken YAML header is refused with its line", () => {
    assert.ok(!fs.existsSync(PWNED), "the capture's script ran");
    assert.equal(messagesOf("malicious-header.txt")[0]?.ruleId, "capture-header");
    const yamlHeader = bySource("malicious-yaml-header.txt")!;
    assert.equal(yamlHeader.frontMatter.url, undefined);
    assert.equal(messagesOf("malicious-yaml-header.txt")[0]?.ruleId, "capture-header");
    const broken = messagesOf("broken-header.txt")[0]!;
    assert.deepEqual([broken.ruleId, typeof broken.line], ["capture-header", "number"]);
    assert.ok(bySource("broken-header.txt"), "a capture with a broken header is still normalized");
  });

  test("scripts, frames, javascript: and data: links and markdown in the text stay literal text", () => {
    const body = bySource("script-and-links.txt")!.body;
    for (const html of [new MarkdownIt({ html: false }).render(body), new MarkdownIt({ html: true }).render(body)]) {
      assert.doesNotMatch(html, /<(script|img|iframe|b|h1|strong|code)\b/i);
      assert.doesNotMatch(html, /href=/);
      assert.match(html, /&lt;script&gt;alert\('x'\)&lt;\/script&gt;/);
      assert.match(html, /\[click me\]\(javascript:alert\(1\)\)/);
    }
  });

  test("a headline that slugs to nothing or to '..' falls back to the capture's file name", () => {
    assert.equal(bySource("headline-slugs-to-nothing.txt")!.slug, "headline-slugs-to-nothing");
    assert.equal(bySource("headline-dot-dot.txt")!.slug, "headline-dot-dot");
    assert.equal(bySource("headline-dot-dot.txt")!.frontMatter.title, "..");
  });

  test("two stories with one headline get two slugs", () => {
    assert.deepEqual(
      [bySource("duplicate-headline-a.txt")!.slug, bySource("duplicate-headline-b.txt")!.slug],
      ["talks-resume-between-baghdad-and-erbil", "talks-resume-between-baghdad-and-erbil-2"],
    );
  });

  test("right-to-left Arabic and Kurdish text is kept as is", () => {
    const article = bySource("rtl-arabic-kurdish.txt")!;
    assert.equal(article.frontMatter.title, "اجتماع في أربيل حول الميزانية");
    assert.equal(article.slug, "rtl-arabic-kurdish");
    assert.match(article.body, /کۆبوونەوەیەک لە هەولێر/);
    assert.deepEqual(article.frontMatter.places, ["Baghdad", "Erbil"]);
  });

  test("a future dateline is not the publication date; a 1900 date is flagged", () => {
    assert.equal(bySource("future-date.txt")!.frontMatter.date, "2019-03-03");
    assert.ok(messagesOf("future-date.txt").some((message) => message.ruleId === "date-in-future" && message.line === 1));
    assert.equal(bySource("date-1900.txt")!.frontMatter.date, "1900-01-01");
    assert.ok(messagesOf("date-1900.txt").some((message) => message.ruleId === "date-unusual"));
  });

  test("file names with spaces, unicode or a leading dot are captures like any other", () => {
    for (const name of ["file name with spaces.txt", "ünïcödé-名前.txt", ".leading-dot.txt"]) {
      const article = bySource(name)!;
      assert.ok(article.frontMatter.sources.some((source) => source.endsWith(`/${name}`)));
    }
  });

  test("files that are not .txt captures are reported and ignored", () => {
    assert.deepEqual(messagesOf("README.md").map((message) => message.ruleId), ["not-a-capture"]);
  });

  test("every slug is a safe ASCII file name", () => {
    for (const article of articles) assert.match(article.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("every written file keeps the contract, as the site reads it back", () => {
    const written = fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md"));
    assert.equal(written.length, articles.length);
    for (const name of written) {
      const { article, messages } = parseArticle(path.join(articlesDir, name), fs.readFileSync(path.join(articlesDir, name), "utf8"));
      assert.deepEqual(messages, []);
      assert.ok(article);
    }
  });

  test("stale articles are removed, other files and no temp files are left", () => {
    const names = fs.readdirSync(articlesDir);
    assert.ok(!names.includes("stale-article-of-a-removed-capture.md"));
    assert.ok(names.includes("notes.txt"));
    assert.ok(!names.some((name) => name.includes(".tmp-")));
  });

  test("a second run writes byte-identical articles", async () => {
    const first = treeHash(articlesDir);
    await normalizeArchive({ sourcesDir, articlesDir, registryDir, now: "2026-11-23T00:00:00Z" });
    assert.equal(treeHash(articlesDir), first);
  });
});

describe("registry errors", () => {
  test("a registry with a YAML error is one message with its line, and nothing is written or removed", async () => {
    const brokenRegistry = path.join(work, "registry");
    fs.mkdirSync(brokenRegistry);
    fs.writeFileSync(path.join(brokenRegistry, "places.yaml"), "- name: Erbil\n  kind: city\n- name: [Baghdad\n  kind: city\n");
    const before = treeHash(articlesDir);
    const result = await normalizeArchive({ sourcesDir, articlesDir, registryDir: brokenRegistry, now: "2026-11-23T00:00:00Z" });
    assert.deepEqual(result.articles, []);
    assert.equal(result.messages.length, 1);
    assert.deepEqual([result.messages[0]!.severity, result.messages[0]!.ruleId], ["error", "registry"]);
    assert.match(result.messages[0]!.file, /places\.yaml$/);
    assert.ok((result.messages[0]!.line ?? 0) >= 3);
    assert.equal(treeHash(articlesDir), before);
  });

  test("every registry problem is its own message with its file, line and bare reason", async () => {
    const brokenRegistry = path.join(work, "registry-many");
    fs.mkdirSync(brokenRegistry);
    fs.writeFileSync(path.join(brokenRegistry, "actors.yaml"), "- { name: A, kind: person }\n- { name: B, kind: planet }\n");
    fs.writeFileSync(path.join(brokenRegistry, "places.yaml"), "- name: Erbil\n  coordinates: [95, 10]\n");
    const result = await normalizeArchive({ sourcesDir, articlesDir, registryDir: brokenRegistry, now: "2026-11-23T00:00:00Z", write: false });
    assert.deepEqual(result.articles, []);
    assert.deepEqual(result.messages.map((message) => [path.basename(message.file), message.line, message.ruleId, message.data?.field]), [
      ["actors.yaml", 2, "registry", "kind"],
      ["places.yaml", 2, "registry", "coordinates.0"],
    ]);
    for (const message of result.messages) assert.match(message.reason, /^entry \d+: /);
  });

  test("a signature that is not a regular expression is a warning naming the outlets file actually read", async () => {
    const registry = path.join(work, "registry-signature");
    fs.mkdirSync(registry);
    fs.writeFileSync(path.join(registry, "outlets.yaml"), '- name: Rudaw\n  signatures: ["(unclosed"]\n');
    const result = await normalizeArchive({ sourcesDir, articlesDir, registryDir: registry, now: "2026-11-23T00:00:00Z", write: false });
    const warning = result.messages.find((message) => message.ruleId === "outlet-signature");
    assert.equal(warning?.file, path.join(registry, "outlets.yaml"));
  });
});

describe("size", () => {
  test("a 5 MB capture and a 200,000-character line finish in bounded time", { timeout: 60_000 }, async () => {
    const big = path.join(work, "big");
    fs.mkdirSync(big);
    const paragraph = "Officials in Erbil and Baghdad met again on Monday to discuss the budget, salaries and oil exports, a spokesman said. ";
    fs.writeFileSync(path.join(big, "five-megabytes.txt"), `Huge capture headline\n${`${paragraph.repeat(8)}\n`.repeat(5_500)}`);
    fs.writeFileSync(path.join(big, "one-long-line.txt"), `Long line headline\n${"word (and) [more] <x> ".repeat(9_100)}`);
    fs.writeFileSync(path.join(big, "no-spaces.txt"), `No spaces\n${"a".repeat(200_000)}`);
    fs.writeFileSync(path.join(big, "capitalised-line.txt"), `Capitalised line\n${"Erbil Baghdad Al-Kiki Maj. Gen. Omar, ".repeat(5_300)}`);
    // Four captures: normalized on this thread, so the process's CPU time is theirs.
    let result!: Awaited<ReturnType<typeof normalizeArchive>>;
    const cpu = await cpuMillisecondsOf(async () => {
      result = await normalizeArchive({ sourcesDir: big, articlesDir: path.join(work, "big-articles"), registryDir, now: "2026-11-23T00:00:00Z" });
    });
    assert.ok(cpu < 20_000, `${Math.round(cpu)} ms of CPU`);
    assert.equal(result.articles.length, 4);
  });
});
