// Rendered bodies are kept between builds by content hash; a body no build uses any more drops out.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { BodyCache } from "../../src/site/body-cache.ts";

test("a saved body is served from the cache by the next build, and unused bodies are dropped", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-"));
  let renders = 0;
  const render = (markdown: string) => (renders++, `<p>${markdown}</p>\n`);
  const first = BodyCache.open(dir);
  assert.equal(first.render("one\nline\t\"two\"", render), '<p>one\nline\t"two"</p>\n');
  assert.equal(first.render("gone", render), "<p>gone</p>\n");
  first.save();
  assert.equal(renders, 2);

  const second = BodyCache.open(dir);
  assert.equal(second.render("one\nline\t\"two\"", render), '<p>one\nline\t"two"</p>\n');
  assert.equal(renders, 2, "served from the cache");
  second.save();

  const third = BodyCache.open(dir);
  third.render("gone", render);
  assert.equal(renders, 3, "a body the previous build did not use was dropped");
  assert.equal(BodyCache.open(dir, false).render("one\nline\t\"two\"", render), '<p>one\nline\t"two"</p>\n');
  assert.equal(renders, 4, "a clean build does not read the cache");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a process that keeps the bodies warm (npm start) serves them from memory, still saving them for the next process", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-warm-"));
  let renders = 0;
  const render = (markdown: string) => (renders++, `<p>${markdown}</p>\n`);
  const first = BodyCache.open(dir, true, true);
  first.render("kept", render);
  first.save();
  const [file] = fs.readdirSync(dir);
  assert.match(file!, /^bodies-.*\.ndjson$/, "saved for a later process");
  // Damaged on disk: a warm build does not read the file, a cold one starts empty.
  fs.writeFileSync(path.join(dir, file!), "not a cache");
  BodyCache.open(dir, true, true).render("kept", render);
  assert.equal(renders, 1, "served from memory");
  BodyCache.open(dir).render("kept", render);
  assert.equal(renders, 2, "a cold process reads the file");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a build that adds a body appends it; the file is written anew once removed bodies pass a tenth of it, or when it was damaged", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-append-"));
  const render = (markdown: string) => `<p>${markdown}</p>\n`;
  const bodies = Array.from({ length: 20 }, (_, index) => `story ${index}`);
  const build = (stories: readonly string[]) => {
    const cache = BodyCache.open(dir);
    for (const story of stories) cache.render(story, render);
    cache.save();
  };
  const lines = () => fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]!), "utf8").trimEnd().split("\n");
  build(bodies);
  const first = lines();
  build([...bodies, "story added"]);
  assert.deepEqual(lines().slice(0, 20), first, "the file was appended to, not written anew");
  assert.equal(lines().length, 21);
  build([...bodies.slice(1), "story added"]);
  assert.equal(lines().length, 21, "one of twenty-one gone: kept until the gone pass a tenth");
  build(bodies.slice(4));
  assert.equal(lines().length, 16, "written anew with the bodies this build used");
  fs.writeFileSync(path.join(dir, fs.readdirSync(dir)[0]!), "not a cache\n");
  build(bodies.slice(4));
  assert.equal(lines().length, 16, "a damaged file is written anew, not appended to");
  fs.rmSync(dir, { recursive: true, force: true });
});
