// The whole build, in order: registries → normalize → site data → pages (the layouts/*.11ty.ts
// templates, rendered in process or by Eleventy) and static files → Pagefind (overlapping the
// pages) → report → atomic swap into the output folder. A rebuild starts from a hard-linked copy
// of the previous site and rewrites only what changed (src/publish/write-site.ts). Bad input is a
// message; only a build that can produce nothing usable (or cannot write the site) fails, and
// then the previous site is left untouched.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleFrontMatterSchema } from "../article-schema.ts";
import { listCaptures } from "../list-captures.ts";
import { frontMatterFieldLine } from "../front-matter-field-line.ts";
import type { RuleId } from "../message-catalog.ts";
import type { Message } from "../messages.ts";
import type { Phases } from "../phase-clock.ts";
import { ledgerFileFor, readLedger, type AddressLedger } from "../normalize/address-ledger.ts";
import { toYaml } from "../normalize/front-matter-yaml.ts";
import { normalizeArchive } from "../pipeline.ts";
import { loadRegistries, RegistryError, registryMessage, type Registries } from "../registry/load-registries.ts";
import { BundleQueue } from "../search/index-site.ts";
import { planSearch, type ShardChoice, wantsShards } from "../search/search-plan.ts";
import type { Archive } from "../site/archive-types.ts";
import { BodyCache } from "../site/body-cache.ts";
import { buildArchive } from "../site/build-archive.ts";
import { setCurrentArchive } from "../site/current-archive.ts";
import { type ArticleSource, loadArticles, schemaMessage } from "../site/load-articles.ts";
import { siteConfigFrom, type SiteConfig } from "../site/site-config.ts";
import { prepareStaging, recoverOutput, stagingDir, swapIntoPlace } from "./atomic-output.ts";
import { copyTree } from "./copy-tree.ts";
import { forgetManifest, manifestPath, readManifest, writeManifest } from "./site-manifest.ts";
import { writeSite } from "./write-site.ts";
import { createReport, writeReport } from "./write-report.ts";

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
  /** Reuse the previous site where its inputs are unchanged (default true; false = clean build). */
  incremental?: boolean;
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
  /** Steps inside the stages, in milliseconds (normalize/merge, render/archive, …). */
  phases: Phases;
}

export interface BuildSiteResult {
  exitCode: 0 | 1;
  /** True when the new site replaced the output folder. */
  written: boolean;
  messages: Message[];
  counts: {
    captures: number; articles: number; pages: number; actors: number; places: number; outlets: number; indexed: number;
    /** Pages (re)written and search bundles (re)indexed: everything on a clean build, what changed on an incremental one. */
    pagesWritten?: number; bundlesIndexed?: number;
  };
  timings: BuildTimings;
  outDir: string;
}

/** Paths inside the project are shown relative to it (stable across machines); others stay absolute. */
function relativeMessage(message: Message): Message {
  const relative = path.isAbsolute(message.file) ? path.relative(PROJECT_ROOT, message.file) : message.file;
  const file = relative && !relative.startsWith("..") ? relative : message.file;
  return { ...message, file };
}

async function normalizedArticles(
  options: Required<Pick<BuildSiteOptions, "sourcesDir" | "registryDir" | "articlesDir" | "addressesFile">> & { cacheDir?: string },
  normalize: boolean,
  messages: Message[],
  phases: Phases,
): Promise<{ articles: ArticleSource[]; addresses?: AddressLedger; written?: Promise<Message[]> }> {
  if (!normalize) {
    const loaded = loadArticles(options.articlesDir);
    messages.push(...loaded.messages);
    // The articles are the input: the ledger only says which retired addresses lead where.
    const addresses = readLedger(options.addressesFile, "retired addresses get no redirect");
    for (const message of addresses.messages) messages.push(message.severity === "error" ? { ...message, severity: "warning" } : message);
    return { articles: loaded.articles, addresses: addresses.ledger };
  }
  const result = await normalizeArchive({ ...options, deferWrites: true });
  for (const [phase, ms] of Object.entries(result.phases ?? {})) phases[`normalize/${phase}`] = ms;
  messages.push(...result.messages);
  const articles: ArticleSource[] = [];
  for (const article of result.articles) {
    const file = path.join(options.articlesDir, `${article.slug}.md`);
    const checked = ArticleFrontMatterSchema.safeParse(article.frontMatter);
    if (checked.success) articles.push({ slug: article.slug, file, frontMatter: checked.data, body: article.body });
    else {
      // The file as it will be written (see write-article.ts), to point at each field's line.
      const text = `---\n${toYaml(article.frontMatter)}---\n`;
      for (const issue of checked.error.issues) messages.push(schemaMessage(file, issue, frontMatterFieldLine(text, issue.path)));
    }
  }
  return { articles, addresses: result.addresses, written: result.written };
}

export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const started = performance.now();
  const articlesDir = path.resolve(options.articlesDir ?? path.join(PROJECT_ROOT, "content/articles"));
  const dirs = {
    sourcesDir: path.resolve(options.sourcesDir ?? path.join(PROJECT_ROOT, "content/sources")),
    registryDir: path.resolve(options.registryDir ?? path.join(PROJECT_ROOT, "content/registry")),
    articlesDir,
    addressesFile: path.resolve(options.addressesFile ?? ledgerFileFor(articlesDir)),
  };
  const outDir = path.resolve(options.outDir ?? path.join(PROJECT_ROOT, "_site"));
  const config = options.config ?? siteConfigFrom();
  const messages: Message[] = [];
  const timings: BuildTimings = { normalize: 0, render: 0, index: 0, total: 0, phases: {} };
  const counts: BuildSiteResult["counts"] = { captures: 0, articles: 0, pages: 0, actors: 0, places: 0, outlets: 0, indexed: 0 };
  const finish = (exitCode: 0 | 1, written: boolean): BuildSiteResult => {
    timings.total = Math.round(performance.now() - started);
    return { exitCode, written, messages: messages.map(relativeMessage), counts, timings, outDir };
  };
  const fatal = (file: string, reason: string, ruleId: RuleId, line?: number) => {
    messages.push({ file, line, severity: "error", ruleId, reason });
    return finish(1, false);
  };

  let registries: Registries;
  try {
    registries = loadRegistries(dirs.registryDir);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    for (const problem of error.problems) messages.push(registryMessage(problem, "; nothing was built and the previous site is untouched"));
    return finish(1, false);
  }

  const captures = listCaptures(dirs.sourcesDir);
  counts.captures = captures.length;
  // The staging folder is prepared while normalization runs: empty for a clean build, or a
  // hard-linked copy of the previous site (made by `cp -al` in its own process) for an
  // incremental one.
  const renderer = options.renderer ?? "direct";
  let previous = renderer === "direct" && options.incremental !== false ? readManifest(outDir) : undefined;
  let manifest: Parameters<typeof writeManifest>[1] | undefined;
  recoverOutput(outDir);
  const staging = stagingDir(outDir);
  const staged = prepareStaging(staging, previous ? outDir : undefined);
  const abandon = async () => {
    await staged.copying;
    fs.rmSync(staging, { recursive: true, force: true });
  };
  let phase = performance.now();
  // The normalizer's per-capture cache sits next to the site manifest; a clean build skips it.
  const cacheDir = options.incremental !== false ? path.join(path.dirname(manifestPath(outDir)), "..", "normalize") : undefined;
  const normalized = await normalizedArticles({ ...dirs, cacheDir }, options.normalize !== false, messages, timings.phases);
  const articles = normalized.articles;
  // content/articles/ is written while the pages render; its failures are reported with the rest.
  const articlesWritten = async () => {
    const started = performance.now();
    messages.push(...((await normalized.written) ?? []));
    timings.phases["finish/wait-for-article-files"] = Math.round(performance.now() - started);
  };
  timings.normalize = Math.round(performance.now() - phase);
  await options.onStage?.("normalized");
  if (articles.length === 0 && captures.length > 0) {
    await articlesWritten();
    await abandon();
    return fatal(dirs.sourcesDir, `none of the ${captures.length} captures produced an article; the previous site is untouched`, "no-articles");
  }

  phase = performance.now();
  const searchShards = wantsShards(options.searchShards ?? "auto", articles.length, options.search !== false);
  const bodies = BodyCache.open(renderer === "direct" ? path.dirname(manifestPath(outDir)) : undefined, options.incremental !== false);
  const built = buildArchive({ articles, registries, sourcesDir: dirs.sourcesDir, config, searchShards, bodies, addresses: normalized.addresses });
  timings.phases["render/archive"] = Math.round(performance.now() - phase);
  messages.push(...built.messages);
  const archive: Archive = built.archive;
  counts.articles = archive.articles.length;
  counts.actors = archive.actors.length;
  counts.places = archive.places.length;
  counts.outlets = archive.outlets.length;

  try {
    setCurrentArchive(archive);
    if (staged.copying && !(await staged.copying)) {
      // The copy of the previous site failed: build this one from scratch.
      fs.rmSync(staging, { recursive: true, force: true });
      fs.mkdirSync(staging, { recursive: true });
      previous = undefined;
    }
    let indexed = { pageCount: 0, errors: [] as string[] };
    if (renderer === "eleventy") {
      // Loaded only here: importing Eleventy costs ~0.4 s that the default renderer never needs.
      const { default: Eleventy } = await import("@11ty/eleventy");
      const eleventy = new Eleventy(path.join(PROJECT_ROOT, "layouts"), staging, {
        configPath: path.join(PROJECT_ROOT, ".eleventy.ts"),
        quietMode: true,
      });
      await eleventy.write();
      copyTree(path.join(PROJECT_ROOT, "layouts/assets"), path.join(staging, "assets"));
      for (const source of archive.sources) {
        const target = path.join(staging, source.path);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // A copy-on-write clone where the file system can (captures are often most of the bytes).
        fs.copyFileSync(source.from, target, fs.constants.COPYFILE_FICLONE);
      }
      timings.render = Math.round(performance.now() - phase);
      await options.onStage?.("rendered");
      if (options.search !== false) {
        phase = performance.now();
        const queue = new BundleQueue(staging);
        for (const bundle of planSearch(archive, true).bundles) queue.add(bundle);
        indexed = await queue.finish();
        timings.index = Math.round(performance.now() - phase);
      }
    } else {
      const written = await writeSite({
        staging,
        archive,
        layoutsDir: path.join(PROJECT_ROOT, "layouts"),
        search: options.search !== false,
        previous,
        phases: timings.phases,
        onRendered: async () => {
          timings.render = Math.round(performance.now() - phase);
          await options.onStage?.("rendered");
        },
      });
      timings.index = Math.round(written.indexMs);
      indexed = written.indexed;
      manifest = written.manifest;
      counts.pagesWritten = written.pagesWritten;
      counts.bundlesIndexed = written.bundlesIndexed;
    }
    counts.pages = archive.pagePaths.length + 2; // + 404.html and the report
    if (options.search !== false) {
      counts.indexed = indexed.pageCount;
      if (indexed.errors.length > 0) {
        await articlesWritten();
        fs.rmSync(staging, { recursive: true, force: true });
        return fatal(outDir, `search indexing failed: ${indexed.errors.join("; ")}`, "pagefind");
      }
      await options.onStage?.("indexed");
    }

    await articlesWritten();
    phase = performance.now();
    fs.rmSync(path.join(staging, "report"), { recursive: true, force: true });
    writeReport(staging, archive, createReport(archive, captures, messages.map(relativeMessage)));
    forgetManifest(outDir);
    swapIntoPlace(staging, outDir);
    if (manifest) writeManifest(outDir, manifest);
    bodies.save();
    timings.phases["finish/report-swap-manifest"] = Math.round(performance.now() - phase);
  } catch (error) {
    await normalized.written;
    fs.rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    return fatal(outDir, `the site could not be written: ${reason}`, "write-site");
  }
  const problems = messages.filter((message) => message.severity !== "info").length;
  return finish(options.strict && problems > 0 ? 1 : 0, true);
}
