// Rebuilds of the fixture archive under one folder, compared with a clean build of the same input:
// shared by the tests of npm start's warm rebuilds and of cold rebuilds from the build state.
import assert from "node:assert/strict";
import fs from "node:fs";
import { buildSite, type BuildSiteOptions, type BuildSiteResult } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { TEST_SITE_URL } from "./fixture-site.ts";
import { differingFiles } from "./tree-hash.ts";

type At = (...parts: string[]) => string;
export type FixtureBuild = (out: string, options?: BuildSiteOptions) => Promise<BuildSiteResult>;

/** The search index's files: a rebuild may lay them out differently (a recent-additions bundle). */
export const isSearchIndex = (file: string) => /^pagefind[-/.]/.test(file);

/** A build of the captures and registry under `at` into `at(out)`, with sharded search. */
export function fixtureBuild(at: At): FixtureBuild {
  return (out, options = {}) =>
    buildSite({
      sourcesDir: at("sources"),
      registryDir: at("registry"),
      articlesDir: at("articles"),
      outDir: at(out),
      searchShards: true,
      config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
      ...options,
    });
}

/** A clean build of the same input into clean/ (the same address ledger beside both article folders): its pages and article files are the rebuild's in site/, and the rebuild rendered fewer pages. */
export async function assertSameAsCleanBuild(at: At, build: FixtureBuild, rebuilt: BuildSiteResult, what: string): Promise<void> {
  fs.rmSync(at("clean"), { recursive: true, force: true });
  fs.rmSync(at("clean-articles"), { recursive: true, force: true });
  const clean = await build("clean", { incremental: false, articlesDir: at("clean-articles") });
  assert.equal(clean.exitCode, 0, "the clean build succeeds");
  assert.deepEqual(differingFiles(at("site"), at("clean")).filter((file) => !isSearchIndex(file)), [], `the ${what} site differs from a clean build`);
  assert.deepEqual(differingFiles(at("articles"), at("clean-articles")), [], `the ${what} article files differ from a clean build's`);
  assert.ok(rebuilt.counts.pagesRendered! < clean.counts.pagesRendered!, `${rebuilt.counts.pagesRendered} of ${clean.counts.pagesRendered} pages rendered`);
}
