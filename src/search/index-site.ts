// The search step: Pagefind's Node API indexes rendered pages and writes a bundle (index + UI
// files) per folder of the site. A large archive is indexed as shards cut by year (a small recent
// one and runs of older years, see shard-plan.ts; merged in the browser by the search page) plus
// one bundle for the actor, place and outlet pages: less wall time and far less memory than one
// big index, and a rebuild re-indexes only the bundles whose pages changed. Bundles are queued as soon as their pages are on disk, so that
// Pagefind (its own process) indexes on the second core while the build is still rendering.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENTITY_KINDS } from "../site/entity-kinds.ts";
import { minifyInPlace } from "../minify.ts";
import { removeUnusedUi } from "./unused-ui.ts";
import { canonicalizeBundle } from "./canonical-bundle.ts";
import { pagefindInstance } from "./pagefind-instance.ts";
import { waitForBundle } from "./wait-for-bundle.ts";

const ENTITY_FOLDERS = ENTITY_KINDS.map((kind) => kind.folder);
/** The actor, place and outlet pages that are searchable (first pages only), as a test and a glob. */
export const ENTITY_PAGE = new RegExp(`^(${ENTITY_FOLDERS.join("|")})/[^/]+/index\\.html$`);
export const ENTITY_PAGES_GLOB = `{${ENTITY_FOLDERS.join(",")}}/*/index.html`;
/**
 * Every article page (articles/<slug>/index.html); the redirects of retired article addresses
 * there too match, but have no data-pagefind-body, so Pagefind leaves them out.
 */
export const ARTICLE_PAGES_GLOB = "articles/**/*.html";

/** Pagefind's JS API in a bundle, which the search page imports. */
const PAGEFIND_SCRIPT = "pagefind.js";

export interface SearchBundle {
  /** Bundle folder relative to the site folder: "pagefind" or "pagefind-shards/2011-2016". */
  outputDir: string;
  /** Pages to index, relative to the site folder ("articles/<slug>/index.html"). */
  files: string[];
  /** How many of the pages are articles (reported as "indexed"). */
  articleCount: number;
  /**
   * Globs over the site folder that match exactly `files`, when there are such: then Pagefind
   * reads the site itself instead of a folder of links (one mkdir per page saved).
   */
  globs?: string[];
}

export interface IndexSiteResult {
  /** Articles indexed. */
  pageCount: number;
  errors: string[];
}

async function writeBundle(slot: number, source: string, globs: readonly string[], outputPath: string): Promise<string[]> {
  const pagefind = await pagefindInstance(slot);
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...created.errors);
    if (!created.index) return errors.length ? errors : ["pagefind did not create an index"];
    for (const glob of globs) errors.push(...(await created.index.addDirectory({ path: source, glob })).errors);
    const written = await created.index.writeFiles({ outputPath });
    errors.push(...written.errors);
    if (errors.length === 0) {
      await waitForBundle(outputPath);
      // Reproducible bytes: Pagefind orders filter values differently on every run.
      canonicalizeBundle(outputPath);
      removeUnusedUi(outputPath);
      // Pagefind's script comes before a reader's first results: 1.7 KB (gzip) less minified.
      minifyInPlace(path.join(outputPath, PAGEFIND_SCRIPT), "js");
    }
  } finally {
    await pagefind.close();
  }
  return errors;
}

/**
 * A folder of hard links to a bundle's pages, laid out as in the site so URLs stay the same.
 * Folders and links are made on libuv's threads, many at a time (each mkdir can wait on the
 * file system's journal).
 */
async function linkFarm(siteDir: string, farm: string, files: readonly string[]): Promise<void> {
  await fs.promises.mkdir(farm, { recursive: true });
  const sorted = [...files].sort();
  const dirs = [...new Set(sorted.map((file) => path.dirname(file)))];
  await inBatches(dirs, (dir) => fs.promises.mkdir(path.join(farm, dir), { recursive: true }).then(() => undefined));
  await inBatches(sorted, (file) => fs.promises.link(path.join(siteDir, file), path.join(farm, file)));
}

async function inBatches<T>(items: readonly T[], operation: (item: T) => Promise<void>, size = 64): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(operation));
}

/**
 * Indexes bundles two at a time (one Pagefind service per lane) in the order they are added.
 * `add` may be called while pages of later bundles are still being written.
 */
export class BundleQueue {
  private readonly waiting: SearchBundle[] = [];
  private readonly lanes: Promise<void>[] = [];
  private readonly errors: string[] = [];
  private pageCount = 0;
  private wake: (() => void)[] = [];
  private closed = false;
  private readonly farms: string;
  private farmCount = 0;

  constructor(private readonly siteDir: string, laneCount = Math.max(1, Math.min(2, os.availableParallelism()))) {
    this.farms = path.join(path.dirname(siteDir), `${path.basename(siteDir)}.shards-${process.pid}`);
    fs.rmSync(this.farms, { recursive: true, force: true });
    for (let slot = 0; slot < laneCount; slot++) this.lanes.push(this.lane(slot));
  }

  add(bundle: SearchBundle): void {
    if (this.closed) throw new Error("BundleQueue: add after finish");
    this.waiting.push(bundle);
    this.wake.shift()?.();
  }

  private next(): Promise<SearchBundle | undefined> {
    const bundle = this.waiting.shift();
    if (bundle || this.closed) return Promise.resolve(bundle);
    return new Promise((resolve) => this.wake.push(() => resolve(this.next())));
  }

  private async lane(slot: number): Promise<void> {
    for (let bundle = await this.next(); bundle; bundle = await this.next()) {
      const farm = path.join(this.farms, String(this.farmCount++));
      try {
        if (!bundle.globs) await linkFarm(this.siteDir, farm, bundle.files);
        const outputPath = path.join(this.siteDir, bundle.outputDir);
        fs.rmSync(outputPath, { recursive: true, force: true });
        const errors = bundle.globs ? await writeBundle(slot, this.siteDir, bundle.globs, outputPath) : await writeBundle(slot, farm, ["**/*.html"], outputPath);
        this.errors.push(...errors);
        if (errors.length === 0) this.pageCount += bundle.articleCount;
      } catch (error) {
        this.errors.push(`${bundle.outputDir}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        fs.rmSync(farm, { recursive: true, force: true });
      }
    }
  }

  /** Waits for every added bundle; no more can be added. */
  async finish(): Promise<IndexSiteResult> {
    this.closed = true;
    for (const wake of this.wake.splice(0)) wake();
    await Promise.all(this.lanes);
    fs.rmSync(this.farms, { recursive: true, force: true });
    return { pageCount: this.pageCount, errors: [...this.errors] };
  }
}
