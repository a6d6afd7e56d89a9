// Writes the site into the staging folder: every page of the templates, the published captures,
// the static assets, and the search bundles. Clean: into an empty folder, each search bundle
// queued for Pagefind as soon as its pages are written (indexing overlaps rendering). Incremental:
// into a hard-linked copy of the previous site, rewriting only pages whose bytes differ, captures
// whose input changed, and bundles whose indexed content changed. A file is never written through
// a link (it is unlinked first), so the previous site stays whole until the swap. Last, the folder
// gets a fresh build id, which the manifest names (src/publish/site-manifest.ts).
import fs from "node:fs";
import path from "node:path";
import { phaseClock, type Phases } from "../phase-clock.ts";
import type { Archive } from "../site/archive-types.ts";
import { BundleQueue, type IndexSiteResult, type SearchBundle } from "../search/index-site.ts";
import { planSearch } from "../search/search-plan.ts";
import { copyTree } from "./copy-tree.ts";
import { FolderMaker, loadTemplates } from "./render-pages.ts";
import { contentHash, indexedPart, type SiteManifest, stampSite } from "./site-manifest.ts";

/** Bump when indexing turns the same pages into different bundle bytes. */
const INDEX_VERSION = "pagefind-1.5.2/2";
const WRITES_IN_FLIGHT = 32;

export interface WriteSiteOptions {
  staging: string;
  archive: Archive;
  layoutsDir: string;
  search: boolean;
  /** The manifest of the site the staging folder is a hard-linked copy of (incremental). */
  previous?: SiteManifest;
  /** Filled with the steps' milliseconds (render/pages, render/sources, …). */
  phases?: Phases;
  /** Called when every page and file is written, before waiting for the search index. */
  onRendered?: () => void | Promise<void>;
}

export interface WriteSiteResult {
  manifest: Omit<SiteManifest, "version">;
  pages: number;
  pagesWritten: number;
  bundlesIndexed: number;
  indexed: IndexSiteResult;
  renderMs: number;
  indexMs: number;
}

/** Runs async file operations a bounded number at a time (on libuv's threads, off the render loop). */
class Writer {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  async run(operation: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const task: Promise<void> = operation()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
  }
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await fs.promises.unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** Removes now-empty folders left by deleted files, up to (not including) the site folder. */
function pruneEmptyFolders(root: string, relativeFiles: Iterable<string>): void {
  const dirs = new Set<string>();
  for (const file of relativeFiles) for (let dir = path.posix.dirname(file); dir !== "." && dir !== ""; dir = path.posix.dirname(dir)) dirs.add(dir);
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      fs.rmdirSync(path.join(root, dir));
    } catch {
      // not empty (or already gone)
    }
  }
}

async function publishCapture(from: string, to: string): Promise<void> {
  try {
    await fs.promises.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK" && code !== "ENOTSUP") throw error;
    await fs.promises.copyFile(from, to, fs.constants.COPYFILE_FICLONE);
  }
}

function bundleKey(bundle: SearchBundle, indexed: Record<string, string>): string {
  return contentHash(`${INDEX_VERSION}\n${bundle.outputDir}\n${bundle.files.map((file) => `${file} ${indexed[file]}`).join("\n")}`);
}

export async function writeSite(options: WriteSiteOptions): Promise<WriteSiteResult> {
  const started = performance.now();
  const { staging, archive, previous } = options;
  const folders = new FolderMaker(staging);
  const writer = new Writer();
  const lap = phaseClock(options.phases ?? {});
  const templates = await loadTemplates(options.layoutsDir, archive);
  lap("render/templates");
  const pages = templates.flatMap((template) => template.pages);
  const bundles = planSearch(archive, options.search).bundles;

  // Pages of bundles first, in bundle order, so that each bundle can be indexed while the rest renders.
  const bundleOf = new Map<string, number>();
  bundles.forEach((bundle, index) => bundle.files.forEach((file) => bundleOf.set(file, index)));
  const order = pages.map((page, index) => ({ page, rank: bundleOf.get(page.file) ?? bundles.length, index }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);

  const queue = options.search && !previous ? new BundleQueue(staging) : undefined;
  const remaining = bundles.map((bundle) => bundle.files.length);
  const bundleDone = (index: number | undefined) => {
    if (index === undefined || queue === undefined) return;
    if (--remaining[index]! === 0) queue.add(bundles[index]!);
  };
  if (queue) bundles.forEach((bundle, index) => bundle.files.length === 0 && queue.add(bundles[index]!));

  const hashes: Record<string, string> = {};
  const indexed: Record<string, string> = {};
  let pagesWritten = 0;
  for (const { page } of order) {
    const content = page.render();
    const hash = contentHash(content);
    hashes[page.file] = hash;
    const bundle = bundleOf.get(page.file);
    if (bundle !== undefined) {
      indexed[page.file] = previous?.pages[page.file] === hash && previous.indexedParts[page.file] ? previous.indexedParts[page.file]! : contentHash(indexedPart(content));
    }
    if (previous?.pages[page.file] === hash) continue;
    pagesWritten++;
    await writer.run(async () => {
      const file = await folders.fileFor(page.file);
      if (previous) await unlinkIfPresent(file);
      await fs.promises.writeFile(file, content);
      bundleDone(bundle);
    });
  }

  lap("render/pages");
  // Pages the previous build wrote and this one does not.
  if (previous) {
    const gone = Object.keys(previous.pages).filter((file) => !(file in hashes));
    for (const file of gone) await unlinkIfPresent(path.join(staging, file));
    pruneEmptyFolders(staging, gone);
  }

  // Published captures: hard links to the captures (copying 10,000 of them cost ~4 s of kernel
  // time here, linking 0.2 s). The build never writes through a link (it unlinks, then writes),
  // so no build can change a capture; across file systems they are copied.
  const sources: Record<string, string> = {};
  for (const source of archive.sources) {
    const file = source.path.replace(/^\/+/, "");
    const stat = fs.statSync(source.from);
    const key = `${source.from}|${stat.size}|${stat.mtimeMs}`;
    sources[file] = key;
    if (previous?.sources[file] === key) continue;
    await writer.run(async () => {
      const target = await folders.fileFor(file);
      if (previous) await unlinkIfPresent(target);
      await publishCapture(source.from, target);
    });
  }
  if (previous) {
    const gone = Object.keys(previous.sources).filter((file) => !(file in sources));
    for (const file of gone) await unlinkIfPresent(path.join(staging, file));
    pruneEmptyFolders(staging, gone);
  }
  await writer.drain();
  lap("render/sources");

  // Static assets are few: always copied afresh (never through the previous site's links).
  fs.rmSync(path.join(staging, "assets"), { recursive: true, force: true });
  copyTree(path.join(options.layoutsDir, "assets"), path.join(staging, "assets"));
  const renderMs = performance.now() - started;
  await options.onRendered?.();

  // Search bundles: a clean build queued each one as its pages were written; an incremental
  // build re-indexes only those whose key changed, and removes those no longer planned.
  const indexStarted = performance.now();
  const bundleState: SiteManifest["bundles"] = {};
  let bundlesIndexed = bundles.length;
  let result: IndexSiteResult = { pageCount: 0, errors: [] };
  const keys = bundles.map((bundle) => bundleKey(bundle, indexed));
  if (queue) {
    const unfinished = bundles.filter((_, index) => remaining[index]! > 0).map((bundle) => bundle.outputDir);
    result = await queue.finish();
    if (unfinished.length > 0) throw new Error(`search bundles with pages no template wrote: ${unfinished.join(", ")}`);
  }
  else if (previous && options.search) {
    const stale = bundles.filter((bundle, index) => previous.bundles[bundle.outputDir]?.key !== keys[index]);
    bundlesIndexed = stale.length;
    const reindex = stale.length > 0 ? new BundleQueue(staging) : undefined;
    for (const bundle of stale) reindex!.add(bundle);
    if (reindex) result = await reindex.finish();
    for (const bundle of bundles) if (!stale.includes(bundle)) result.pageCount += bundle.articleCount;
  }
  if (previous) {
    for (const outputDir of Object.keys(previous.bundles)) {
      if (!bundles.some((bundle) => bundle.outputDir === outputDir)) fs.rmSync(path.join(staging, outputDir), { recursive: true, force: true });
    }
    if (bundles.every((bundle) => !bundle.outputDir.startsWith("pagefind-shards/"))) fs.rmSync(path.join(staging, "pagefind-shards"), { recursive: true, force: true });
  }
  bundles.forEach((bundle, index) => {
    bundleState[bundle.outputDir] = { key: keys[index]!, articleCount: bundle.articleCount };
  });
  const buildId = stampSite(staging);
  return {
    manifest: { buildId, pages: hashes, indexedParts: indexed, sources, bundles: bundleState },
    pages: pages.length,
    pagesWritten,
    bundlesIndexed: options.search ? bundlesIndexed : 0,
    indexed: result,
    renderMs,
    indexMs: performance.now() - indexStarted,
  };
}
