// The search fixture project (tests/fixtures/search): built once into a temporary folder, served
// on 127.0.0.1, its articles' front matter read back so tests compute what a search should find.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import * as pagefind from "pagefind";
import type { BrowserContext, Page } from "playwright-core";
import { buildSite, type BuildSiteResult, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";

export const SEARCH_FIXTURE_DIR = path.join(PROJECT_ROOT, "tests/fixtures/search");

export interface FixtureArticle {
  slug: string;
  path: string;
  title: string;
  date: string;
  outlet: string;
  actors: string[];
  places: string[];
  /** Headline and story, as the index sees them. */
  text: string;
}

export function searchFixtureArticles(): FixtureArticle[] {
  const dir = path.join(SEARCH_FIXTURE_DIR, "articles");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const { data, content } = matter(fs.readFileSync(path.join(dir, name), "utf8"), {});
      const slug = name.replace(/\.md$/, "");
      return {
        slug,
        path: `/articles/${slug}/`,
        title: String(data.title),
        date: String(data.date),
        outlet: String(data.outlet),
        actors: (data.actors ?? []) as string[],
        places: (data.places ?? []) as string[],
        text: `${data.title}\n${content}`,
      };
    });
}

export interface SearchFixtureBuild {
  dir: string;
  site: string;
  result: BuildSiteResult;
}

/**
 * `siteUrl` with a path ("https://archive.example/news/") builds the site for that prefix;
 * `searchShards` cuts the index by year as a large archive's is.
 */
export async function buildSearchFixture(siteUrl = "https://archive.example/", options: { searchShards?: boolean } = {}): Promise<SearchFixtureBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-test-"));
  const site = path.join(dir, "_site");
  const result = await buildSite({
    sourcesDir: path.join(SEARCH_FIXTURE_DIR, "sources"),
    registryDir: path.join(SEARCH_FIXTURE_DIR, "registry"),
    articlesDir: path.join(SEARCH_FIXTURE_DIR, "articles"),
    outDir: site,
    normalize: false,
    searchShards: options.searchShards,
    config: siteConfigFrom({ SITE_URL: siteUrl }),
  });
  return { dir, site, result };
}

/** Records console errors, page errors and CSP violations (reported from inside the page). */
export async function watchProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeBinding("__reportCspViolation", (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  context.on("weberror", (error) => problems.push(`page error: ${error.error().message}`));
  return problems;
}

/** Waits until the search page shows the state of `query` (e.g. "?q=talks&place=Erbil") completely. */
export async function waitForSearch(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const root = document.getElementById("search");
      return root?.dataset.status === "ready" && root.dataset.rendered === expected;
    },
    query,
    { timeout: 15_000 },
  );
}

/** Writes one Pagefind bundle of the pages matching `globs` into <site>/<folder>/ (a shard). */
export async function writeBundle(site: string, globs: string[], folder: string): Promise<void> {
  const errors: string[] = [];
  try {
    const { index, errors: created } = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...created);
    if (!index) throw new Error(`no index: ${errors.join("; ")}`);
    for (const glob of globs) errors.push(...(await index.addDirectory({ path: site, glob })).errors);
    errors.push(...(await index.writeFiles({ outputPath: path.join(site, folder) })).errors);
  } finally {
    await pagefind.close();
  }
  if (errors.length > 0) throw new Error(errors.join("; "));
}
