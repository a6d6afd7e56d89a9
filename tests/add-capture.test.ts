import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import { addCapture, captureFileName, CutOutsideTextError, givenLine, withHeader } from "../src/add-capture.ts";
import { buildSite, PROJECT_ROOT } from "../src/publish/build-site.ts";
import { formatMessage } from "../src/messages.ts";
import { siteConfigFrom } from "../src/site/site-config.ts";

const SEEDS = path.join(PROJECT_ROOT, "tests/fixtures/seeds");

test("a capture's file name is readable, ASCII, and stable for the same content", () => {
  const content = Buffer.from("Some story text.");
  const name = captureFileName("../Downloads/Été à Erbil (copy).txt", content);
  assert.match(name, /^ete-a-erbil-copy-[0-9a-f]{8}\.txt$/);
  assert.equal(captureFileName("other/Été à Erbil (copy).txt", content), name);
  assert.notEqual(captureFileName("Été à Erbil (copy).txt", Buffer.from("Other text.")), name);
});

test("a name that slugs to nothing or to dots still gets a safe file name", () => {
  for (const original of ["...txt", "..", "معلومات.txt", " .hidden"]) {
    const name = captureFileName(original, Buffer.from("x"));
    assert.match(name, /^[a-z0-9-]+\.txt$/, original);
  }
});

test("the header carries the given fields and gray-matter reads them back as strings", () => {
  const out = withHeader(Buffer.from("Body line.\n"), { title: 'A "quoted": title', date: "2021-03-04", url: "https://example.org/a" });
  const parsed = matter(out.toString("utf8"), {});
  assert.equal(parsed.data.title, 'A "quoted": title');
  assert.equal(parsed.data.date, "2021-03-04");
  assert.equal(parsed.data.url, "https://example.org/a");
  assert.equal(parsed.content, "Body line.\n");
});

test("without fields the capture is copied as received", () => {
  const content = Buffer.from("---\nnot a header of ours\n");
  assert.equal(withHeader(content, {}), content);
});

test("adding the same capture twice copies it once", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "add-capture-"));
  const from = path.join(dir, "new story.txt");
  fs.writeFileSync(from, "Text of a new story.");
  const sources = path.join(dir, "sources");
  const first = addCapture(from, sources, {});
  const second = addCapture(from, sources, {});
  assert.equal(first.alreadyPresent, false);
  assert.equal(second.alreadyPresent, true);
  assert.equal(first.to, second.to);
  assert.deepEqual(fs.readdirSync(sources), [path.basename(first.to)]);
});

describe("adding a capture whose text is already there", () => {
  const TEXT = "Headline of a story\n\nFirst paragraph of the story.\nZakho weather 31 C\nLast paragraph.\n";
  function scratch(): { from: string; sources: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "add-capture-"));
    const from = path.join(dir, "story.txt");
    fs.writeFileSync(from, TEXT);
    return { from, sources: path.join(dir, "sources") };
  }

  test("merges the fields given over its header, in place: one file, the text byte for byte, the file time kept", () => {
    const { from, sources } = scratch();
    const first = addCapture(from, sources, { title: "Old title", outlet: "Rudaw" });
    const time = new Date("2017-10-16T08:00:00Z");
    fs.utimesSync(first.to, time, time);
    const second = addCapture(from, sources, { title: "New title", date: "2017-10-15" });
    assert.deepEqual([second.outcome, second.to, second.changed], ["updated", first.to, ["title", "date"]]);
    assert.deepEqual(fs.readdirSync(sources), [path.basename(first.to)]);
    const stored = matter(fs.readFileSync(first.to, "utf8"), {});
    assert.deepEqual(stored.data, { title: "New title", outlet: "Rudaw", date: "2017-10-15" });
    assert.equal(stored.content, TEXT);
    assert.equal(fs.statSync(first.to).mtime.toISOString().slice(0, 19), time.toISOString().slice(0, 19));
    assert.equal(addCapture(from, sources, { title: "New title" }).outcome, "unchanged");
  });

  test("the same text under another name, with CRLF line ends or a header of its own is the same capture", () => {
    const { from, sources } = scratch();
    const first = addCapture(from, sources, {});
    const other = path.join(path.dirname(from), "Other name.txt");
    fs.writeFileSync(other, `---\nauthor: "Jane Roe"\n---\n${TEXT.replaceAll("\n", "\r\n")}`);
    const second = addCapture(other, sources, { date: "2017-10-15" });
    assert.deepEqual([second.outcome, second.to], ["updated", first.to]);
    assert.deepEqual(matter(fs.readFileSync(first.to, "utf8"), {}).data, { author: "Jane Roe", date: "2017-10-15" });
    assert.equal(fs.readdirSync(sources).length, 1);
  });

  test("--cut ranges count lines of the file given; they are renumbered whenever the header changes size", () => {
    const { from, sources } = scratch();
    const added = addCapture(from, sources, { title: "T" }, ["4", "Last paragraph."]);
    assert.equal(added.storedHeaderLines, 4);
    assert.deepEqual(matter(fs.readFileSync(added.to, "utf8"), {}).data.cut, ["8", "Last paragraph."]);
    assert.equal(givenLine(added, 8), 4);
    assert.equal(givenLine(added, 2), undefined, "a line of the header add wrote is in no line of the file given");
    const again = addCapture(from, sources, { date: "2017-10-15", author: "Jane Roe" }, ["4"]);
    assert.equal(again.storedHeaderLines, 6);
    assert.deepEqual(matter(fs.readFileSync(added.to, "utf8"), {}).data.cut, ["10", "Last paragraph."]);
    assert.equal(givenLine(again, 10), 4);
  });

  test("a --cut outside the file given is refused before anything is written", () => {
    const { from, sources } = scratch();
    assert.throws(() => addCapture(from, sources, {}, ["5-9"]), (error: Error) => error instanceof CutOutsideTextError && /story\.txt: --cut 5-9: the file has 5 lines/.test(error.message));
    assert.equal(fs.existsSync(sources), false);
  });
});

describe("npm run add on a scratch archive", () => {
  // Lines as the maintainer's editor numbers them: 3 is a page clock set in the future (a message
  // with a line), 6 and 8 are junk no rule knows.
  const CAPTURE = [
    "Duhok officials open a new water plant",
    "",
    "Updated: 12 May 2091",
    "Officials in Duhok said on Sunday that the Zakho water plant, financed by the Kurdistan Regional Government, would serve 40,000 families from next month.",
    "",
    "Zakho weather today 31 C and sunny",
    "Masrour Barzani attended the opening, which local engineers called a turning point for the Zakho district's chronic shortages.",
    "Win a weekend in Erbil with our partners",
    "",
  ].join("\n");
  let dir: string;
  let project: { sourcesDir: string; registryDir: string; articlesDir: string; outDir: string };
  let incoming: string;

  const runAdd = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/add.ts", ...args, "--sources", project.sourcesDir, "--registry", project.registryDir, "--articles", project.articlesDir, "--out", project.outDir],
      { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, SITE_URL: "https://archive.example/" } },
    );
  const captures = () => fs.readdirSync(project.sourcesDir).filter((name) => name.startsWith("water-plant-"));
  function articleOf(captureName: string): { slug: string; data: Record<string, unknown>; body: string } {
    for (const name of fs.readdirSync(project.articlesDir).filter((file) => file.endsWith(".md"))) {
      const { data, content } = matter(fs.readFileSync(path.join(project.articlesDir, name), "utf8"), {});
      if ([data.sources ?? []].flat().some((s: string) => path.basename(s) === captureName)) return { slug: name.replace(/\.md$/, ""), data, body: content };
    }
    assert.fail(`no article lists ${captureName}`);
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "add-script-"));
    project = { sourcesDir: path.join(dir, "sources"), registryDir: path.join(dir, "registry"), articlesDir: path.join(dir, "articles"), outDir: path.join(dir, "site") };
    fs.cpSync(SEEDS, project.sourcesDir, { recursive: true, filter: (file) => !file.endsWith(".json") });
    fs.cpSync(path.join(PROJECT_ROOT, "content/registry"), project.registryDir, { recursive: true });
    incoming = path.join(dir, "water plant.txt");
    fs.writeFileSync(incoming, CAPTURE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("prints the article's address, and line numbers of the file passed, not of the copy with a header", () => {
    const run = runAdd(incoming, "--outlet", "Rudaw");
    assert.equal(run.status, 0, run.stderr);
    const [name] = captures();
    assert.ok(name);
    const { slug } = articleOf(name);
    assert.match(run.stdout, new RegExp(`page +/articles/${slug}/ \\(https://archive\\.example/articles/${slug}/\\)`));
    assert.ok(fs.existsSync(path.join(project.outDir, "articles", slug, "index.html")));
    // The stored copy has a 3-line header: the page clock is its line 6, and line 3 of the file passed.
    assert.match(fs.readFileSync(path.join(project.sourcesDir, name), "utf8").split("\n")[5]!, /^Updated: 12 May 2091/);
    assert.match(run.stdout, /water plant\.txt:3 warning date 2091-05-12 is after the build date/);
    assert.doesNotMatch(run.stdout, /:6 warning date 2091/);
  });

  test("a second add of the same capture with --title and --date updates its header: one capture, no duplicate", () => {
    const run = runAdd(incoming, "--title", "Zakho water plant opens", "--date", "2023-04-02");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /updated the header of \S*water-plant-[0-9a-f]{8}\.txt \(title, date\)/);
    assert.doesNotMatch(run.stdout, /likely duplicate/);
    const names = captures();
    assert.equal(names.length, 1, names.join(", "));
    const article = articleOf(names[0]!);
    assert.deepEqual([article.data.title, article.data.date, article.data.outlet, [article.data.sources].flat().length], ["Zakho water plant opens", "2023-04-02", "Rudaw", 1]);
    assert.match(fs.readFileSync(path.join(project.outDir, "articles", article.slug, "index.html"), "utf8"), /<h1[^>]*>Zakho water plant opens<\/h1>/);
  });

  test("--cut by line range of the file passed and by text takes the junk out of the article", () => {
    const run = runAdd(incoming, "--cut", "6", "--cut", "Win a weekend in Erbil with our partners");
    assert.equal(run.status, 0, run.stderr);
    const [name] = captures();
    const stored = matter(fs.readFileSync(path.join(project.sourcesDir, name!), "utf8"), {});
    assert.deepEqual(stored.data.cut, ["12", "Win a weekend in Erbil with our partners"], "line 6 of the file passed is line 12 under the 6-line header (outlet, title, date, cut)");
    const article = articleOf(name!);
    const page = fs.readFileSync(path.join(project.outDir, "articles", article.slug, "index.html"), "utf8");
    // The story's text, without the links to the names it mentions.
    const story = (/<div class="story">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "").replace(/<a class="mention"[^>]*>|<\/a>/g, "");
    assert.match(story, /Masrour Barzani attended the opening/);
    for (const junk of ["Zakho weather", "Win a weekend"]) {
      assert.doesNotMatch(article.body, new RegExp(junk));
      assert.doesNotMatch(story, new RegExp(junk));
    }
    const removed = (article.data.provenance as { removed: Array<{ rule: string; line: number }> }).removed.filter((junk) => junk.rule === "maintainer-cut");
    assert.deepEqual(removed.map((junk) => junk.line), [12, 14]);
  });

  test("a bad cut in a header is a warning with the file and line; every capture still builds", async () => {
    const bad = path.join(project.sourcesDir, "bad-cut.txt");
    fs.writeFileSync(bad, `---\ntitle: "Bad cut"\ncut: ["18-12"]\n---\n${CAPTURE.replace("Duhok officials", "Erbil officials").replace("water plant", "school")}`);
    const built = await buildSite({ ...project, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }) });
    assert.ok(built.messages.map(formatMessage).some((line) => /bad-cut\.txt:3 warning cut "18-12" ignored: a range goes from a first line to a later one/.test(line)));
    assert.deepEqual([built.exitCode, built.written], [0, true]);
    assert.equal(articleOf("bad-cut.txt").data.title, "Bad cut");
    assert.ok(articleOf(captures()[0]!));
    for (const seed of fs.readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) assert.ok(articleOf(seed), seed);
  });

  test("a --cut outside the file passed is refused with the file's name", () => {
    const run = runAdd(incoming, "--cut", "30-31");
    assert.equal(run.status, 2);
    assert.match(run.stderr, /water plant\.txt: --cut 30-31: the file has 8 lines; skipped/);
  });
});

describe("adding saved pages and web archives", () => {
  let work: string;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "add-saved-"));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  test("a saved page and a .warc.gz are copied as received under a stable name with their own extension, once", () => {
    const sources = path.join(work, "sources");
    const page = path.join(work, "Market Fire (saved).html");
    const warc = path.join(work, "crawl.warc.gz");
    fs.writeFileSync(page, "<html><body><p>A page.</p></body></html>");
    fs.writeFileSync(warc, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    const addedPage = addCapture(page, sources, {});
    assert.equal(addedPage.outcome, "added");
    assert.match(path.basename(addedPage.to), /^market-fire-saved-[0-9a-f]{8}\.html$/);
    assert.deepEqual(fs.readFileSync(addedPage.to), fs.readFileSync(page));
    assert.equal(addCapture(page, sources, {}).outcome, "unchanged");
    assert.match(path.basename(addCapture(warc, sources, {}).to), /^crawl-[0-9a-f]{8}\.warc\.gz$/);
  });

  test("fields or cuts given for a saved page are refused with the reason: no header can go on top of it", () => {
    const page = path.join(work, "story.htm");
    fs.writeFileSync(page, "<html><body><p>A page.</p></body></html>");
    assert.throws(() => addCapture(page, path.join(work, "sources"), { title: "A title" }), /story\.htm: a saved page or web archive is stored as received/);
    assert.throws(() => addCapture(page, path.join(work, "sources"), {}, ["3"]), /--cut apply to text captures only/);
  });
});
