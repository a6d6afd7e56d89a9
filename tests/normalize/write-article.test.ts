import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { setImmediate as nextTurn } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import matter from "gray-matter";
import { inferYears } from "../../src/normalize/infer-year.ts";
import { mergeDuplicates } from "../../src/normalize/merge-duplicates.ts";
import { relateArticles } from "../../src/normalize/relate-articles.ts";
import { assignSlugs, renderArticle, UNKNOWN_OUTLET, writeArticleFiles, type ArticleFile, type RenderedArticles } from "../../src/normalize/write-article.ts";
import { captureOf, testContext } from "./helpers.ts";
import { WRITER_THREAD_FROM } from "../../src/normalize/write-article-files.ts";

const context = testContext();
const articlesOf = (...captures: Array<[string, string]>) =>
  relateArticles(inferYears(mergeDuplicates(captures.map(([name, text]) => captureOf(name, text, context, "2024-01-01T00:00:00Z")))).articles);

describe("renderArticle", () => {
  const [article] = articlesOf(["a.txt", "2017-10-16\nGet short URL\nBaghdad retakes Kirkuk\nIraqi forces entered Kirkuk on Monday as the Peshmerga withdrew, officials in Erbil said.\nThe KRG called it a betrayal."]);
  const { slugs } = assignSlugs([article!]);
  const { file, messages } = renderArticle(article!, slugs);

  test("writes front matter the contract accepts, with quoted ISO dates and provenance", () => {
    assert.deepEqual(messages, []);
    assert.match(file!.text, /^---\ntitle: "Baghdad retakes Kirkuk"\n/);
    assert.match(file!.text, /\ndate: "2017-10-16"\n/);
    const parsed = matter(file!.text, {});
    assert.equal(parsed.data.date, "2017-10-16", "a quoted date stays a string for every YAML reader");
    assert.deepEqual(parsed.data.sources, ["content/sources/a.txt"]);
    assert.equal(parsed.data.outlet, "Sputnik");
    assert.deepEqual(parsed.data.provenance.removed.map((junk: { rule: string }) => junk.rule), ["date-line", "short-url"]);
    assert.equal(parsed.data.provenance.date.rule, "dateline:iso");
  });

  test("the body is the story's paragraphs, separated by blank lines", () => {
    assert.equal(file!.body, "Iraqi forces entered Kirkuk on Monday as the Peshmerga withdrew, officials in Erbil said.\n\nThe KRG called it a betrayal.");
  });

  test("kept warm, an unchanged article is the same file, and any changed field (a related list, a removed line) is written anew", () => {
    const kept: RenderedArticles = new WeakMap();
    const first = renderArticle(article!, slugs, kept).file!;
    const again = renderArticle({ ...article!, related: [] }, slugs, kept).file!;
    assert.equal(again.text, first.text);
    assert.equal(again.hash, first.hash);
    const withRelated = renderArticle({ ...article!, related: ["other"] }, new Map([...slugs, ["other", "a-related-story"]]), kept).file!;
    assert.match(withRelated.text, /\nrelated:\n {2}- "a-related-story"\n/);
    const removed = [...article!.removed, { rule: "site-chrome", source: "content/sources/a.txt", line: 9, text: "Share this" }];
    const lessJunk = renderArticle({ ...article!, removed }, slugs, kept).file!;
    assert.match(lessJunk.text, /Share this/);
    assert.equal(renderArticle({ ...article!, related: [] }, slugs, kept).file!.text, first.text, "back as it was");
    assert.deepEqual([withRelated.text, lessJunk.text].map((text) => text === first.text), [false, false]);
  });

  test("an article without an outlet says so and is written as an unknown outlet", () => {
    const [lonely] = articlesOf(["b.txt", "2017-10-16\nA town council met on Monday to discuss water shortages and the budget, officials said."]);
    const result = renderArticle(lonely!, assignSlugs([lonely!]).slugs);
    assert.equal(result.file?.frontMatter.outlet, UNKNOWN_OUTLET);
    assert.equal(result.messages[0]?.ruleId, "outlet-missing");
    assert.deepEqual(result.messages[0]?.data, { field: "outlet" });
    assert.equal(result.messages[0]?.line, undefined, "no header, nothing to point at");
  });

  test("a value that breaks the contract is an error at the capture line it came from, naming its field", () => {
    const [article] = articlesOf(["u.txt", "---\ntitle: Council meets\noutlet: Rudaw\nurl: http://[bad\n---\n2017-10-16\nA town council met on Monday to discuss water shortages and the budget, officials said."]);
    const result = renderArticle(article!, assignSlugs([article!]).slugs);
    assert.equal(result.file, undefined);
    const problem = result.messages.find((message) => message.ruleId === "article-schema");
    assert.deepEqual([problem?.severity, problem?.line, problem?.data], ["error", 4, { field: "url" }]);
    assert.match(problem?.reason ?? "", /^article not written: url: /);
  });

  test("in a merged story, a bad value is pointed at the capture it came from", () => {
    const story = "A town council met on Monday to discuss water shortages and the budget for the coming year, officials said in a statement.";
    const [merged] = articlesOf(
      ["v.txt", `2017-10-16\n${story}\nThe mayor added that tankers would bring water to the old quarter every day until the pipes are fixed.`],
      ["w.txt", `---\nauthor: Jane Roe\nurl: http://[bad\n---\n${story}`],
    );
    assert.equal(merged!.captures.length, 2, "one story");
    assert.equal(merged!.primary.file, "content/sources/v.txt");
    const result = renderArticle(merged!, assignSlugs([merged!]).slugs);
    const problem = result.messages.find((message) => message.ruleId === "article-schema");
    assert.deepEqual([problem?.file, problem?.line, problem?.data], ["content/sources/w.txt", 3, { field: "url" }]);
  });

  test("a missing outlet in a capture with a maintainer header points at the header (line 1)", () => {
    const [headed] = articlesOf(["h.txt", "---\ntitle: Council meets\ndate: 2017-10-16\n---\nA town council met on Monday to discuss water shortages and the budget, officials said."]);
    const result = renderArticle(headed!, assignSlugs([headed!]).slugs);
    const missing = result.messages.find((message) => message.ruleId === "outlet-missing");
    assert.equal(missing?.line, 1);
    assert.deepEqual(missing?.data, { field: "outlet" });
  });
});

describe("assignSlugs", () => {
  test("stable, unique and readable; the file name when the title has no ASCII letters", () => {
    const articles = articlesOf(
      ["b.txt", "Talks resume in Erbil\nDelegations met in Erbil on Monday to discuss oil exports and salaries for teachers."],
      ["a.txt", "Talks resume in Erbil\nA different story about the water of the Tigris near Mosul and a dam that may fail."],
      ["c d.txt", "اجتماع في أربيل\nالتقى مسؤولون من بغداد وأربيل يوم الاثنين لمناقشة الميزانية الاتحادية وصادرات النفط."],
    );
    const { slugs } = assignSlugs(articles);
    assert.deepEqual([slugs.get("a.txt"), slugs.get("b.txt"), slugs.get("c d.txt")], ["talks-resume-in-erbil", "talks-resume-in-erbil-2", "c-d"]);
  });
});

describe("assignSlugs with an address ledger", () => {
  const story = (title: string) => `${title}\nDelegations from Baghdad and Erbil met on Monday to discuss oil exports, salaries for teachers and the budget for the coming year.`;

  test("a corrected headline keeps the address the article was first published under", () => {
    const first = assignSlugs(articlesOf(["a.txt", story("Talks resume in Erbl")]));
    assert.equal(first.slugs.get("a.txt"), "talks-resume-in-erbl");
    const corrected = assignSlugs(articlesOf(["a.txt", story("Talks resume in Erbil")]), first.ledger);
    assert.equal(corrected.slugs.get("a.txt"), "talks-resume-in-erbl");
    assert.deepEqual(corrected.ledger, first.ledger, "nothing new to record");
  });

  test("a new article with the headline of an old one never takes its address", () => {
    const first = assignSlugs(articlesOf(["b.txt", story("Talks resume in Erbil")]));
    const later = assignSlugs(articlesOf(["a.txt", "Talks resume in Erbil\nA different story about the water of the Tigris near Mosul and a dam that may fail."], ["b.txt", story("Oil talks resume in Erbil")]), first.ledger);
    assert.deepEqual([later.slugs.get("a.txt"), later.slugs.get("b.txt")], ["talks-resume-in-erbil-2", "talks-resume-in-erbil"]);
  });
});

describe("writeArticleFiles", () => {
  const file = (slug: string, text: string): ArticleFile => ({ slug, text, body: "", frontMatter: {} as ArticleFile["frontMatter"] });

  test("writes atomically, removes stale .md files only, and leaves unchanged files untouched", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    fs.writeFileSync(path.join(dir, "stale.md"), "old");
    fs.writeFileSync(path.join(dir, "keep.txt"), "not mine");
    fs.writeFileSync(path.join(dir, "same.md"), "same\n");
    const before = fs.statSync(path.join(dir, "same.md")).mtimeMs;
    const messages = await writeArticleFiles(dir, [file("new", "new\n"), file("same", "same\n")]);
    assert.deepEqual(messages, []);
    assert.deepEqual(fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort(), ["keep.txt", "new.md", "same.md"]);
    assert.equal(fs.statSync(path.join(dir, "same.md")).mtimeMs, before);
    fs.rmSync(dir, { recursive: true });
  });

  test("a file changed by hand since the last write is written again, even at the same size", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    await writeArticleFiles(dir, [file("a", "alpha\n"), file("b", "bravo\n")]);
    fs.writeFileSync(path.join(dir, "a.md"), "ALPHA\n");
    fs.writeFileSync(path.join(dir, "b.md"), "something longer\n");
    const untouched = fs.statSync(path.join(dir, "a.md")).mtimeMs;
    await writeArticleFiles(dir, [file("a", "alpha\n"), file("b", "bravo\n")]);
    assert.equal(fs.readFileSync(path.join(dir, "a.md"), "utf8"), "alpha\n");
    assert.equal(fs.readFileSync(path.join(dir, "b.md"), "utf8"), "bravo\n");
    const rewritten = fs.statSync(path.join(dir, "a.md")).mtimeMs;
    await writeArticleFiles(dir, [file("a", "alpha\n"), file("b", "bravo\n")]);
    assert.equal(fs.statSync(path.join(dir, "a.md")).mtimeMs, rewritten, "an unchanged file is left alone");
    assert.ok(rewritten >= untouched);
    fs.rmSync(dir, { recursive: true });
  });

  test("each file is let go once written, before the last is (a site build renders its pages meanwhile)", async () => {
    v8.setFlagsFromString("--expose-gc");
    const collectGarbage = vm.runInNewContext("gc") as () => void;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    let files: ArticleFile[] | undefined = Array.from({ length: 400 }, (_, index) => file(`a${index}`, `article ${index}\n`.repeat(50)));
    const written = files.map((one) => new WeakRef(one));
    const writing = writeArticleFiles(dir, files);
    files = undefined;
    let done = false;
    void writing.then(() => (done = true));
    let letGoBeforeTheEnd = 0;
    while (!done) {
      await nextTurn();
      collectGarbage();
      if (!done) letGoBeforeTheEnd = written.filter((one) => one.deref() === undefined).length;
    }
    assert.deepEqual(await writing, []);
    assert.ok(letGoBeforeTheEnd > 0, "no file was let go before the last was written");
    assert.equal(fs.readdirSync(dir).filter((name) => name.endsWith(".md")).length, 400);
    fs.rmSync(dir, { recursive: true });
  });

  test("many new files are written on a thread of their own, let go here at once; a file it cannot write is a message", async () => {
    v8.setFlagsFromString("--expose-gc");
    const collectGarbage = vm.runInNewContext("gc") as () => void;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    fs.writeFileSync(path.join(dir, "a0.md"), "article 0\n");
    fs.mkdirSync(path.join(dir, `.a7.md.tmp-${process.pid}`));
    const count = WRITER_THREAD_FROM + 5;
    let files: ArticleFile[] | undefined = Array.from({ length: count }, (_, index) => file(`a${index}`, `article ${index}\n`));
    const posted = files.map((one) => new WeakRef(one));
    const writing = writeArticleFiles(dir, files);
    files = undefined;
    let done = false;
    void writing.then(() => (done = true));
    await nextTurn();
    collectGarbage();
    assert.equal(posted.filter((one) => one.deref() !== undefined).length, 0, "every file is let go here once posted");
    assert.equal(done, false, "let go before the thread has written them");
    const messages = await writing;
    assert.deepEqual(messages.map((message) => [message.file, message.ruleId]), [[path.join(dir, "a7.md"), "article-write"]]);
    assert.equal(fs.readdirSync(dir).filter((name) => name.endsWith(".md")).length, count - 1);
    assert.equal(fs.readFileSync(path.join(dir, `a${count - 1}.md`), "utf8"), `article ${count - 1}\n`);
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, ".written.json"), "utf8")) as Record<string, unknown>;
    assert.equal(Object.keys(recorded).length, count - 1, "the record holds the thread's files and this thread's");
    fs.rmSync(dir, { recursive: true });
  });

  test("a file that cannot be written is a message, not a crash", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    fs.mkdirSync(path.join(dir, "blocked.md"));
    const messages = await writeArticleFiles(dir, [file("blocked", "x")]);
    assert.equal(messages[0]?.ruleId, "article-write");
    assert.ok(!fs.readdirSync(dir).some((name) => name.includes(".tmp-")));
    fs.rmSync(dir, { recursive: true });
  });
});
