// Normalizes a folder of captures written for a test (the real archive steps, the project's
// registries, one thread) and reads back the articles it wrote.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { normalizeArchive } from "../../src/pipeline.ts";

const PROJECT = path.join(import.meta.dirname, "../..");

export async function normalizeFolder(prefix: string, files: Record<string, Buffer | string>) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const sourcesDir = path.join(work, "sources");
  fs.mkdirSync(sourcesDir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(sourcesDir, name), content);
  const articlesDir = path.join(work, "articles");
  const result = await normalizeArchive({ sourcesDir, articlesDir, registryDir: path.join(PROJECT, "content/registry"), addressesFile: path.join(work, "addresses.jsonl"), now: "2026-11-23T00:00:00Z", workers: 0 });
  const names = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md")) : [];
  const articles = names.map((name) => matter(fs.readFileSync(path.join(articlesDir, name), "utf8"), {}));
  return { result, articles, sourcesDir, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}
