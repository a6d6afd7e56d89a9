// `node --import tsx scripts/regenerate-fixtures.ts`: rewrites the articles/ of the site test
// fixtures (tests/fixtures/site, tests/fixtures/search) as the normalizer writes them from each
// fixture's own sources/ and registry/, so the pages are tested on what the normalizer emits.
// Run it, and commit its output, in the same commit as a normalizer change that alters an
// article; tests/generated-fixtures.test.ts fails until then. `--check` writes nothing and exits
// 1 naming the files that differ. Hand-made fixtures (bad input for the site) are not listed here:
// see tests/fixtures/README.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatMessage, type Message } from "../src/messages.ts";
import { normalizeArchive } from "../src/pipeline.ts";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";


/** Fixture folders (relative to the project root) whose articles/ the normalizer writes. */
export const GENERATED_FIXTURES = ["tests/fixtures/site", "tests/fixtures/search"];

/** The build's "now", fixed: what counts as a future date must not change with the day the test runs. */
export const FIXTURE_NOW = "2026-01-01T00:00:00.000Z";

export interface NormalizedFixture {
  /** Article file name → its text, as the normalizer wrote it. */
  articles: Map<string, string>;
  messages: Message[];
}

/**
 * The articles the normalizer writes for one fixture today. It writes them into a temporary folder
 * (with an empty address ledger) and they are read back, so what is compared and checked in is
 * the writer's own bytes. Run from the project root, as `npm run normalize` is: `sources` paths in
 * the front matter are relative to it.
 */
export async function normalizeFixture(fixture: string): Promise<NormalizedFixture> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "fixture-articles-"));
  const previousDir = process.cwd();
  try {
    process.chdir(PROJECT_ROOT);
    const result = await normalizeArchive({
      sourcesDir: path.join(fixture, "sources"),
      registryDir: path.join(fixture, "registry"),
      articlesDir: path.join(workDir, "articles"),
      addressesFile: path.join(workDir, "addresses.jsonl"),
      now: FIXTURE_NOW,
      workers: 0,
    });
    const articlesDir = path.join(workDir, "articles");
    const names = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md")).sort() : [];
    const articles = new Map(names.map((name) => [name, fs.readFileSync(path.join(articlesDir, name), "utf8")]));
    return { articles, messages: result.messages };
  } finally {
    process.chdir(previousDir);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The checked-in articles of a fixture, by file name. */
export function checkedInArticles(fixture: string): Map<string, string> {
  const dir = path.join(PROJECT_ROOT, fixture, "articles");
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".md")).sort() : [];
  return new Map(names.map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]));
}

/** File names that are missing, extra or different between the two sets. */
export function differingArticles(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names].filter((name) => expected.get(name) !== actual.get(name)).sort();
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const fixture of GENERATED_FIXTURES) {
    const { articles, messages } = await normalizeFixture(fixture);
    for (const message of messages) console.log(formatMessage(message));
    const differing = differingArticles(articles, checkedInArticles(fixture));
    stale += differing.length;
    if (check) {
      for (const name of differing) console.log(`${fixture}/articles/${name}: differs from what the normalizer writes`);
      continue;
    }
    const dir = path.join(PROJECT_ROOT, fixture, "articles");
    fs.mkdirSync(dir, { recursive: true });
    for (const name of fs.readdirSync(dir)) if (name.endsWith(".md") && !articles.has(name)) fs.rmSync(path.join(dir, name));
    for (const [name, text] of articles) fs.writeFileSync(path.join(dir, name), text);
    console.log(`${fixture}/articles: ${articles.size} articles, ${differing.length} changed`);
  }
  if (check && stale > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
