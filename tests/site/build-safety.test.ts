// The build's promises about its output: deterministic, atomic, and never built from half a registry.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { MESSAGE_CATALOG } from "../../src/message-catalog.ts";
import { buildFixtureSite, FIXTURE_DIR, type FixtureBuild } from "../helpers/fixture-site.ts";
import { treeHash, treeHashes } from "../helpers/tree-hash.ts";

const builds: FixtureBuild[] = [];
after(() => {
  for (const build of builds) fs.rmSync(build.dir, { recursive: true, force: true });
});

async function fixture(options: Parameters<typeof buildFixtureSite>[0] = {}): Promise<FixtureBuild> {
  const build = await buildFixtureSite(options);
  builds.push(build);
  return build;
}

describe("build output", () => {
  test("two clean builds of the same input are byte-identical, search index included", async () => {
    const first = await fixture();
    const second = await fixture();
    const a = treeHashes(first.site);
    const b = treeHashes(second.site);
    assert.ok([...a.keys()].filter((file) => file.startsWith("pagefind/filter/")).length >= 4, "the bundle has filter files");
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [file, hash] of a) assert.equal(b.get(file), hash, `${file} differs between builds`);
    assert.equal(treeHash(first.site), treeHash(second.site));
  });

  test("builds with one search bundle per year are byte-identical too", async () => {
    const first = await fixture({ searchShards: true });
    const second = await fixture({ searchShards: true });
    assert.ok([...treeHashes(first.site).keys()].some((file) => file.startsWith("pagefind-shards/2017/filter/")));
    assert.equal(treeHash(first.site), treeHash(second.site));
    assert.ok(!fs.readdirSync(first.dir).some((name) => name.includes(".shards-")), "the link farms are gone");
  });

  test("a registry that does not parse fails the build, names file and line, and leaves the previous site whole", async () => {
    const good = await fixture();
    const before = treeHash(good.site);
    const registry = path.join(good.dir, "registry");
    fs.cpSync(path.join(FIXTURE_DIR, "registry"), registry, { recursive: true });
    fs.appendFileSync(path.join(registry, "places.yaml"), "- name: [unclosed\n");
    const broken = await buildFixtureSite({ registryDir: registry, outDir: good.site });
    assert.equal(broken.result.exitCode, 1);
    assert.equal(broken.result.written, false);
    const message = broken.result.messages.find((m) => m.ruleId === "registry");
    assert.ok(message, "a registry message");
    assert.match(message.file, /places\.yaml$/);
    assert.ok(message.line !== undefined && message.line >= 21, `line ${message.line} is in the appended entry`);
    assert.match(message.reason, /^YAML does not parse: .*; nothing was built and the previous site is untouched$/, "the reason is the problem's own, with no file or severity left in it");
    assert.equal(treeHash(good.site), before);
    fs.rmSync(broken.dir, { recursive: true, force: true });
  });

  test("--strict turns warnings into a failing exit code, and the site is still written", async () => {
    const dir = await fixture();
    const articles = path.join(dir.dir, "articles");
    fs.cpSync(path.join(FIXTURE_DIR, "articles"), articles, { recursive: true });
    fs.writeFileSync(path.join(articles, "broken.md"), '---\ntitle: ""\n---\nno date\n');
    const lenient = await buildFixtureSite({ articlesDir: articles, outDir: dir.site });
    assert.equal(lenient.result.exitCode, 0);
    assert.ok(lenient.result.messages.some((m) => m.ruleId === "article-schema" && m.file.endsWith("broken.md")));
    const strict = await buildFixtureSite({ articlesDir: articles, outDir: dir.site, strict: true });
    assert.equal(strict.result.exitCode, 1);
    assert.equal(strict.result.written, true);
    const report = JSON.parse(fs.readFileSync(path.join(dir.site, "report/report.json"), "utf8"));
    assert.equal(report.outcome, "built-with-warnings");
    const page = fs.readFileSync(path.join(dir.site, "report/index.html"), "utf8");
    assert.ok(page.includes(MESSAGE_CATALOG["article-schema"].fix), "the report says what to do about the message, from the catalog");
    fs.rmSync(lenient.dir, { recursive: true, force: true });
    fs.rmSync(strict.dir, { recursive: true, force: true });
  });

  test("killing a build partway leaves the previous site whole; the next build cleans up", async () => {
    const good = await fixture();
    const before = treeHash(good.site);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/build.ts"), "--no-normalize",
        "--sources", path.join(FIXTURE_DIR, "sources"), "--registry", path.join(FIXTURE_DIR, "registry"),
        "--articles", path.join(FIXTURE_DIR, "articles"), "--out", good.site],
      { cwd: PROJECT_ROOT, stdio: "ignore", env: { ...process.env, SITE_URL: "https://other.example/" } },
    );
    const staging = `${good.site}.next-${child.pid}`;
    // Kill as soon as the build has started writing its staging folder.
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(path.join(staging, "index.html")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    assert.ok(fs.existsSync(staging), "the build wrote into a staging folder");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    assert.equal(treeHash(good.site), before, "previous site untouched");
    assert.ok(fs.existsSync(staging), "the killed build left its staging folder");
    const next = await buildFixtureSite({ outDir: good.site });
    assert.equal(next.result.exitCode, 0);
    assert.ok(!fs.existsSync(staging), "the next build removed the leftover");
    fs.rmSync(next.dir, { recursive: true, force: true });
  });
});
