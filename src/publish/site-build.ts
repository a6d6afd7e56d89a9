// The state one site build passes from step to step (src/publish/build-site.ts lists the steps):
// its options resolved to paths, the messages, counts and timings it reports, and what each step
// hands to the next. Also the build's options and result, which callers (scripts, tests) use.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RuleId } from "../message-catalog.ts";
import type { Message } from "../messages.ts";
import type { Phases } from "../phase-clock.ts";
import { ledgerFileFor, type AddressLedger } from "../normalize/address-ledger.ts";
import type { NormalizeResult } from "../pipeline.ts";
import type { Registries } from "../registry/load-registries.ts";
import type { SearchIndexing } from "../search/search-indexing.ts";
import type { SearchPlan, ShardChoice } from "../search/search-plan.ts";
import type { Archive } from "../site/archive-types.ts";
import type { PageDeclaration } from "../site/families/page-family.ts";
import type { BodyCache } from "../site/body-cache.ts";
import type { ArticleSource } from "../site/load-articles.ts";
import { siteConfigFrom, type SiteConfig } from "../site/site-config.ts";
import { STOP } from "../run-steps.ts";
import type { PageInputs } from "./page-inputs.ts";
import type { SiteManifest } from "./site-manifest.ts";
import type { WrittenSite } from "./write-site.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildSiteOptions {
  sourcesDir?: string;
  registryDir?: string;
  articlesDir?: string;
  /** The address ledger (default: addresses.jsonl next to articlesDir, i.e. content/addresses.jsonl; see src/normalize/address-ledger.ts). */
  addressesFile?: string;
  outDir?: string;
  /** Normalize the captures first (default); false builds from the articles already in articlesDir. */
  normalize?: boolean;
  /** Index with Pagefind (default true). */
  search?: boolean;
  /** Search bundles split into shards by period (src/search/shard-plan.ts): "auto" (default) does so from SHARD_MIN_ARTICLES (src/search/search-plan.ts) articles on. */
  searchShards?: ShardChoice;
  /**
   * "direct" (default) renders the templates in this process (byte-identical to Eleventy, several
   * times faster, and incremental); "eleventy" runs Eleventy itself over layouts/, always clean.
   */
  renderer?: "direct" | "eleventy";
  /**
   * An incremental build of a sharded site indexes the pages changed since the last full index
   * into a small recent bundle (src/search/recent-additions.ts); true folds it back into the others.
   */
  compactSearch?: boolean;
  /** Reuse the previous site where its inputs are unchanged (default true; false = clean build). */
  incremental?: boolean;
  /** Keep the normalizer's cache in memory for the next build of this process (npm start). */
  keepCacheWarm?: boolean;
  /** Warnings make the build fail (exit code 1); the site is still written. */
  strict?: boolean;
  config?: SiteConfig;
  /** Called between stages; tests use it to interrupt a build. */
  onStage?: (stage: "normalized" | "rendered" | "indexed") => void | Promise<void>;
}

export interface BuildTimings {
  normalize: number;
  render: number;
  index: number;
  total: number;
  /** Each step's milliseconds under its name (build-archive, render/pages, normalize/merge, …). */
  phases: Phases;
}

export interface BuildSiteResult {
  exitCode: 0 | 1;
  /** True when the new site replaced the output folder. */
  written: boolean;
  messages: Message[];
  /** Lines about the build itself, not its input (a build state it could not use); not in the report. */
  notes: string[];
  counts: {
    captures: number; articles: number; pages: number; actors: number; places: number; outlets: number; indexed: number;
    /** Pages (re)written and search bundles (re)indexed: everything on a clean build, what changed on an incremental one. */
    pagesWritten?: number; bundlesIndexed?: number;
    /** Why an incremental build folded the recent search bundle into the others, when it did. */
    searchCompacted?: string;
    /** Pages rendered: those whose declared reads' data changed (every page on a clean build). */
    pagesRendered?: number;
  };
  timings: BuildTimings;
  outDir: string;
}

export interface SitePaths {
  sourcesDir: string;
  registryDir: string;
  articlesDir: string;
  addressesFile: string;
  outDir: string;
  layoutsDir: string;
}

/** One build in progress. Fields after `timings` are filled by the steps, in the order listed. */
export interface SiteBuild {
  readonly options: BuildSiteOptions;
  readonly paths: SitePaths;
  readonly config: SiteConfig;
  readonly renderer: "direct" | "eleventy";
  readonly incremental: boolean;
  readonly search: boolean;
  readonly started: number;
  readonly messages: Message[];
  readonly notes: string[];
  readonly counts: BuildSiteResult["counts"];
  readonly timings: BuildTimings;
  registries?: Registries;
  captures: string[];
  staging: string;
  /** The `cp -al` of the previous site into staging, while it runs (incremental). */
  stagingCopy?: Promise<boolean>;
  /** The manifest of the site being copied into staging (incremental). */
  previous?: SiteManifest;
  normalized?: NormalizeResult;
  articles: ArticleSource[];
  /** The normalizer's write of content/articles/, while it runs, and its failures. */
  articleFiles?: Promise<Message[]>;
  addresses?: AddressLedger;
  bodies?: BodyCache;
  archive?: Archive;
  /** The pages the families declared, with what each reads (until plan-pages hashes them). */
  declarations?: readonly PageDeclaration[];
  /** What each page is made from: a page whose inputs the previous build had is not rendered. */
  pageInputs?: PageInputs;
  searchPlan?: SearchPlan;
  indexing?: SearchIndexing;
  written?: WrittenSite;
  manifest?: Omit<SiteManifest, "version">;
}

export function startSiteBuild(options: BuildSiteOptions): SiteBuild {
  const articlesDir = path.resolve(options.articlesDir ?? path.join(PROJECT_ROOT, "content/articles"));
  const paths: SitePaths = {
    sourcesDir: path.resolve(options.sourcesDir ?? path.join(PROJECT_ROOT, "content/sources")),
    registryDir: path.resolve(options.registryDir ?? path.join(PROJECT_ROOT, "content/registry")),
    articlesDir,
    addressesFile: path.resolve(options.addressesFile ?? ledgerFileFor(articlesDir)),
    outDir: path.resolve(options.outDir ?? path.join(PROJECT_ROOT, "_site")),
    layoutsDir: path.join(PROJECT_ROOT, "layouts"),
  };
  return {
    options, paths,
    config: options.config ?? siteConfigFrom(),
    renderer: options.renderer ?? "direct",
    incremental: options.incremental !== false,
    search: options.search !== false,
    started: performance.now(),
    messages: [],
    notes: [],
    counts: { captures: 0, articles: 0, pages: 0, actors: 0, places: 0, outlets: 0, indexed: 0 },
    timings: { normalize: 0, render: 0, index: 0, total: 0, phases: {} },
    captures: [], staging: "", articles: [],
  };
}

/** Each message's relative copy, made once per message: the report serializes each copy once (write-report.ts). */
const relativeCopies = new WeakMap<Message, Message>();

/** Paths inside the project are shown relative to it (stable across machines); others stay absolute. */
export function relativeMessage(message: Message): Message {
  let copy = relativeCopies.get(message);
  if (copy === undefined) {
    const relative = path.isAbsolute(message.file) ? path.relative(PROJECT_ROOT, message.file) : message.file;
    const file = relative && !relative.startsWith("..") ? relative : message.file;
    relativeCopies.set(message, (copy = { ...message, file }));
  }
  return copy;
}

/** A problem that leaves nothing to publish: reported as an error, and the build stops (the previous site stays). */
export function stopBuild(build: SiteBuild, problem: { file: string; ruleId: RuleId; reason: string }): typeof STOP {
  build.messages.push({ file: problem.file, line: undefined, severity: "error", ruleId: problem.ruleId, reason: problem.reason });
  return STOP;
}

/** content/articles/ is written while the pages render; its failures are reported with the rest. */
export async function waitForArticleFiles(build: SiteBuild): Promise<void> {
  build.messages.push(...((await build.articleFiles) ?? []));
  build.articleFiles = undefined;
}

export function buildResult(build: SiteBuild, exitCode: 0 | 1, written: boolean): BuildSiteResult {
  build.timings.total = Math.round(performance.now() - build.started);
  return { exitCode, written, messages: build.messages.map(relativeMessage), notes: build.notes, counts: build.counts, timings: build.timings, outDir: build.paths.outDir };
}
