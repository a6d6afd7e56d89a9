// Builds the fixture project (tests/fixtures/site) into a fresh temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, type BuildSiteOptions, type BuildSiteResult, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";

export const FIXTURE_DIR = path.join(PROJECT_ROOT, "tests/fixtures/site");

/** Canonical URLs point at a host that tests never contact. */
export const TEST_SITE_URL = "https://archive.example/";

export interface FixtureBuild {
  dir: string;
  site: string;
  result: BuildSiteResult;
}

export async function buildFixtureSite(options: BuildSiteOptions = {}): Promise<FixtureBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-test-"));
  const site = path.join(dir, "_site");
  const result = await buildSite({
    sourcesDir: path.join(FIXTURE_DIR, "sources"),
    registryDir: path.join(FIXTURE_DIR, "registry"),
    articlesDir: path.join(FIXTURE_DIR, "articles"),
    outDir: site,
    normalize: false,
    config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
    ...options,
  });
  return { dir, site, result };
}

/**
 * Builds captures through the real normalizer with the fixture registries, in a fresh temporary
 * folder whose name starts with `prefix`; `writeSources` fills its sources folder first.
 */
export async function buildSourcesSite(prefix: string, writeSources: (sourcesDir: string) => void, options: BuildSiteOptions = {}): Promise<FixtureBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const sourcesDir = path.join(dir, "sources");
  writeSources(sourcesDir);
  const site = path.join(dir, "_site");
  const result = await buildSite({
    sourcesDir,
    registryDir: path.join(FIXTURE_DIR, "registry"),
    articlesDir: path.join(dir, "articles"),
    outDir: site,
    config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
    ...options,
  });
  return { dir, site, result };
}

/** A fixture article, and a second capture of its story (a new day, an outlet of its own) that rebuild tests add. */
export const KIRKUK = "kirkuk-governor-meets-peshmerga-commanders";
export const NEW_CAPTURE = `---
date: "2020-08-02"
outlet: "Shafaq News"
---
Kirkuk governor meets Peshmerga commanders again, and both promise water for the wheat farmers of the plain this summer.
`;
