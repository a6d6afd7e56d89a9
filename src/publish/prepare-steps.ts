// The steps of a site build up to its plan, in the order build-site.ts lists them: registries,
// captures, the staging folder, normalization, the articles, the site's data and the search plan.
// Nothing is published yet: a step that finds nothing to build stops the build, and the previous
// site stays untouched.
import fs from "node:fs";
import path from "node:path";
import { listCaptures as listCaptureFiles } from "../list-captures.ts";
import { readLedger } from "../normalize/address-ledger.ts";
import { normalizeArchive } from "../pipeline.ts";
import { withCpuLapPrefix } from "../phase-clock.ts";
import { loadRegistries as loadRegistryFiles, RegistryError, registryMessage } from "../registry/load-registries.ts";
import { planSearch as planSearchBundles, wantsShards } from "../search/search-plan.ts";
import { BodyCache } from "../site/body-cache.ts";
import { buildArchive as buildArchiveData } from "../site/build-archive.ts";
import { loadArticles as loadArticleFiles } from "../site/load-articles.ts";
import { prepareStaging as startStaging, recoverOutput, stagingDir } from "./atomic-output.ts";
import { STOP } from "../run-steps.ts";
import { stopBuild, type SiteBuild, waitForArticleFiles } from "./site-build.ts";
import { readBuildState, stateKey, writeBuildState } from "./build-state.ts";
import { pageInputs } from "./page-inputs.ts";
import { manifestPath, readManifest } from "./site-manifest.ts";
import { appendAll } from "../append-all.ts";

export function loadRegistries(build: SiteBuild): void | typeof STOP {
  try {
    build.registries = loadRegistryFiles(build.paths.registryDir);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    for (const problem of error.problems) build.messages.push(registryMessage(problem, "; nothing was built and the previous site is untouched"));
    return STOP;
  }
}

export function listCaptures(build: SiteBuild): void {
  build.captures = listCaptureFiles(build.paths.sourcesDir);
  build.counts.captures = build.captures.length;
}

/**
 * Empty for a clean build; for an incremental one, a hard-linked copy of the previous site made
 * by `cp -al` in its own process, which runs while the captures are normalized.
 */
export function prepareStaging(build: SiteBuild): void {
  const { outDir } = build.paths;
  build.previous = build.renderer === "direct" && build.incremental ? readManifest(outDir) : undefined;
  recoverOutput(outDir);
  build.staging = stagingDir(outDir);
  build.stagingCopy = startStaging(build.staging, build.previous ? outDir : undefined).copying;
}

/** The normalizer's steps, as the build's timings name them. */
const NORMALIZE_PREFIX = "normalize/";

/** The normalizer's per-capture cache sits next to the site manifest; a clean build skips it. */
export async function normalize(build: SiteBuild): Promise<void> {
  if (build.options.normalize === false) return;
  const cacheDir = build.incremental ? path.join(path.dirname(manifestPath(build.paths.outDir)), "..", "normalize") : undefined;
  const { sourcesDir, registryDir, articlesDir, addressesFile } = build.paths;
  const options = { sourcesDir, registryDir, articlesDir, addressesFile, cacheDir, keepCacheWarm: build.options.keepCacheWarm, deferWrites: true };
  build.normalized = await withCpuLapPrefix(NORMALIZE_PREFIX, () => normalizeArchive(options));
  for (const [phase, ms] of Object.entries(build.normalized.phases ?? {})) build.timings.phases[`${NORMALIZE_PREFIX}${phase}`] = ms;
  appendAll(build.messages, build.normalized.messages);
}

/** The normalizer's articles; or, without normalizing, the article files (checked as they are read). */
export async function loadArticles(build: SiteBuild): Promise<void | typeof STOP> {
  if (build.normalized) takeNormalized(build);
  else readArticleFiles(build);
  await build.options.onStage?.("normalized");
  if (build.articles.length === 0 && build.captures.length > 0) {
    await waitForArticleFiles(build);
    await build.stagingCopy;
    fs.rmSync(build.staging, { recursive: true, force: true });
    const reason = `none of the ${build.captures.length} captures produced an article; the previous site is untouched`;
    return stopBuild(build, { file: build.paths.sourcesDir, ruleId: "no-articles", reason });
  }
}

/** The normalizer's articles, as it wrote them: it checked each against the schema before writing (write-article.ts). */
function takeNormalized(build: SiteBuild): void {
  const normalized = build.normalized!;
  for (const article of normalized.articles) {
    build.articles.push({ slug: article.slug, file: path.join(build.paths.articlesDir, `${article.slug}.md`), frontMatter: article.frontMatter, body: article.body });
  }
  build.addresses = normalized.addresses;
  build.articleFiles = normalized.written;
  // Released: the articles are in build.articles now.
  build.normalized = undefined;
}

function readArticleFiles(build: SiteBuild): void {
  const loaded = loadArticleFiles(build.paths.articlesDir);
  appendAll(build.messages, loaded.messages);
  build.articles = loaded.articles;
  // The articles are the input: the ledger only says which retired addresses lead where.
  const addresses = readLedger(build.paths.addressesFile, "retired addresses get no redirect");
  for (const message of addresses.messages) build.messages.push(message.severity === "error" ? { ...message, severity: "warning" } : message);
  build.addresses = addresses.ledger;
}

export function buildArchive(build: SiteBuild): void {
  const searchShards = wantsShards(build.options.searchShards ?? "auto", build.articles.length, build.search);
  build.bodies = BodyCache.open(build.renderer === "direct" ? path.dirname(manifestPath(build.paths.outDir)) : undefined, build.incremental, build.options.keepCacheWarm);
  const { articles, registries, config, bodies, addresses } = build;
  const built = buildArchiveData({ articles, registries: registries!, sourcesDir: build.paths.sourcesDir, config, searchShards, bodies, addresses, keepWarm: build.options.keepCacheWarm });
  appendAll(build.messages, built.messages);
  build.archive = built.archive;
  build.declarations = built.pages;
  // Released: the archive holds all that the pages show.
  build.articles = [];
  Object.assign(build.counts, { articles: built.archive.articles.length, actors: built.archive.actors.length, places: built.archive.places.length, outlets: built.archive.outlets.length });
}

/**
 * What each page reads, hashed, for the in-process renderer (Eleventy renders everything anyway).
 * A process that keeps its state warm (npm start) starts from its own last build's hashes; any
 * other starts from the build state an earlier build wrote (build-state.ts) and writes its own.
 */
export function planPages(build: SiteBuild): void {
  if (build.renderer === "direct") {
    const { outDir, layoutsDir } = build.paths;
    const warm = build.options.keepCacheWarm;
    const key = warm ? undefined : stateKey(build.config);
    const earlier = key && build.incremental ? readBuildState(outDir, key) : undefined;
    if (earlier?.note) build.notes.push(earlier.note);
    const { made, ...inputs } = pageInputs(build.declarations!, build.archive!, layoutsDir, build.config, warm, earlier?.state?.pageInputs);
    build.pageInputs = inputs;
    if (key) writeBuildState(outDir, key, { pageInputs: made });
  }
  build.declarations = undefined;
}

export function planSearch(build: SiteBuild): void {
  build.searchPlan = planSearchBundles(build.archive!, build.search);
}
