// npm run add reports on the articles of the captures it added, found through the address ledger.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { articleFilesFor } from "../src/article-files-for.ts";

function project(): { articlesDir: string; ledger: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "article-files-for-"));
  const articlesDir = path.join(root, "articles");
  fs.mkdirSync(articlesDir);
  const article = (slug: string, sources: string[]) =>
    fs.writeFileSync(path.join(articlesDir, `${slug}.md`), `---\ntitle: "${slug}"\nsources:\n${sources.map((s) => `  - "content/sources/${s}"`).join("\n")}\n---\nBody.\n`);
  article("water-plant-opens", ["a.txt", "b.txt"]);
  article("other-story", ["d.txt"]);
  article("crawl-page", ["news.warc.gz#at-120"]);
  const ledger = path.join(root, "addresses.jsonl");
  const lines = [["water-plant-opens", 1, "a.txt", "b.txt"], ["b-first-address", 2, "b.txt"], ["deleted-story", 3, "c.txt"], ["other-story", 4, "d.txt"], ["crawl-page", 5, "news.warc.gz#at-120"]];
  fs.writeFileSync(ledger, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
  return { articlesDir, ledger };
}

test("a capture merged into another's article is found in that article, not under its retired address", () => {
  const { articlesDir, ledger } = project();
  const found = articleFilesFor(["b.txt"], articlesDir, ledger);
  assert.deepEqual([...found.keys()], ["b.txt"]);
  assert.equal(path.basename(found.get("b.txt")!.file), "water-plant-opens.md");
  assert.equal(found.get("b.txt")!.data.title, "water-plant-opens");
});

test("a web archive's records are found by the archive's name; a capture with no article finds nothing", () => {
  const { articlesDir, ledger } = project();
  assert.deepEqual([...articleFilesFor(["news.warc.gz"], articlesDir, ledger).keys()], ["news.warc.gz#at-120"]);
  assert.equal(articleFilesFor(["c.txt"], articlesDir, ledger).size, 0);
  assert.equal(articleFilesFor(["never-added.txt"], articlesDir, ledger).size, 0);
});
