// Indexes a search plan's bundles into the site being written. A clean build queues each bundle
// as soon as the last of its pages is written (pageWritten), so that Pagefind indexes on the other
// core while the rest renders. An incremental build of a sharded site indexes, at finish, only the
// pages changed since the last full index, into the small recent bundle (recent-additions.ts); it
// compacts instead (asked to, or when recent-additions.ts says so): it re-indexes the bundles whose
// key changed (the key covers the part Pagefind reads of each of their pages) and removes the
// bundles of the previous site that are no longer planned, the recent bundle among them.
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import { BundleQueue, type IndexSiteResult, type SearchBundle } from "./index-site.ts";
import { NO_RECENT_DATA, planRecent, RECENT_BUNDLE, RECENT_DATA_FILE, recentData, type RecentFiles, type SearchBase, searchBaseOf, writeRecentData } from "./recent-additions.ts";
import type { SearchPlan } from "./search-plan.ts";
import { SHARDS_FOLDER } from "./shard-plan.ts";

/** Bump when indexing turns the same pages into different bundle bytes. */
const INDEX_VERSION = "pagefind-1.5.2/2";

/** What a site remembers of a search bundle it holds (kept in the site manifest). */
export interface BundleState {
  key: string;
  articleCount: number;
}

export interface SearchIndexResult {
  indexed: IndexSiteResult;
  /** Bundles (re)indexed by this build. */
  bundlesIndexed: number;
  /** Bundle folder → its state, for the next build. */
  bundles: Record<string, BundleState>;
  /** What the last full index holds (this build's, or the one the recent bundle supplements). */
  base: SearchBase;
  /** Why this incremental build compacted the recent bundle into the others, if it did. */
  compacted?: string;
}

/** What an incremental build knows of the previous site's index (its manifest). */
export interface PreviousIndex {
  bundles: Readonly<Record<string, BundleState>>;
  base: SearchBase;
}

function bundleKey(bundle: SearchBundle, indexedParts: Record<string, string>): string {
  return contentHash(`${INDEX_VERSION}\n${bundle.outputDir}\n${bundle.files.map((file) => `${file} ${indexedParts[file]}`).join("\n")}`);
}

export class SearchIndexing {
  private readonly bundles: readonly SearchBundle[];
  private readonly bundleOf = new Map<string, number>();
  /** Pages of each bundle not written yet (clean build). */
  private readonly unwritten: number[];
  private readonly queue?: BundleQueue;

  /**
   * `previous`: the index of the site the staging folder is a hard-linked copy of (incremental);
   * `compact`: fold any recent bundle in; `url`: a site path as the search page links it.
   */
  constructor(private readonly siteDir: string, plan: SearchPlan, private readonly previous?: PreviousIndex, private readonly options: { compact?: boolean; url?: (sitePath: string) => string } = {}) {
    this.bundles = plan.bundles;
    this.bundles.forEach((bundle, index) => bundle.files.forEach((file) => this.bundleOf.set(file, index)));
    this.unwritten = this.bundles.map((bundle) => bundle.files.length);
    if (!previous && this.bundles.length > 0) {
      this.queue = new BundleQueue(siteDir);
      for (const bundle of this.bundles) if (bundle.files.length === 0) this.queue.add(bundle);
    }
  }

  /** Where a page comes in the writing order: pages of bundles first, in bundle order. */
  rank(file: string): number {
    return this.bundleOf.get(file) ?? this.bundles.length;
  }

  /** Whether Pagefind reads `file` (the build then keeps a hash of the part it reads). */
  reads(file: string): boolean {
    return this.bundleOf.has(file);
  }

  /** `file` is on disk: its bundle is queued once all its pages are. */
  pageWritten(file: string): void {
    const index = this.bundleOf.get(file);
    if (index === undefined || this.queue === undefined) return;
    if (--this.unwritten[index]! === 0) this.queue.add(this.bundles[index]!);
  }

  /** Every page is on disk (a renderer that writes them all at once): queues every bundle left. */
  allPagesWritten(): void {
    this.bundles.forEach((bundle, index) => {
      if (this.queue && this.unwritten[index]! > 0) this.queue.add(bundle);
      this.unwritten[index] = 0;
    });
  }

  /** Waits for the index; `indexedParts`: page file → hash of the part Pagefind reads. */
  async finish(indexedParts: Record<string, string>): Promise<SearchIndexResult> {
    const keys = this.bundles.map((bundle) => bundleKey(bundle, indexedParts));
    const bundles = Object.fromEntries(this.bundles.map((bundle, index) => [bundle.outputDir, { key: keys[index]!, articleCount: bundle.articleCount }]));
    const base = searchBaseOf(this.bundles, indexedParts);
    if (this.queue) {
      const unfinished = this.bundles.filter((_, index) => this.unwritten[index]! > 0).map((bundle) => bundle.outputDir);
      const indexed = await this.queue.finish();
      if (unfinished.length > 0) throw new Error(`search bundles with pages no template wrote: ${unfinished.join(", ")}`);
      this.writeRecentData();
      return { indexed, bundlesIndexed: this.bundles.length, bundles, base };
    }
    if (!this.previous) return { indexed: { pageCount: 0, errors: [] }, bundlesIndexed: 0, bundles, base };
    const recent = this.sharded() && !this.options.compact ? planRecent(this.bundles, indexedParts, this.previous.base, this.baseFolders()) : undefined;
    if (recent && !("compact" in recent)) return this.addToRecent(recent, indexedParts);
    const stale = this.bundles.filter((bundle, index) => this.previous!.bundles[bundle.outputDir]?.key !== keys[index]);
    const indexed = await this.reindex(stale);
    for (const bundle of this.bundles) if (!stale.includes(bundle)) indexed.pageCount += bundle.articleCount;
    this.removeUnplanned();
    this.writeRecentData();
    return { indexed, bundlesIndexed: stale.length, bundles, base, compacted: recent?.compact ?? (this.options.compact ? "asked to (--compact)" : undefined) };
  }

  /**
   * Indexes the recent bundle (unless it holds the same pages as before) and names what it
   * supersedes. A page whose base copy Pagefind indexed the same (same page id: its indexed part
   * changed in markup only) is left to its base copy, which the base then stands for: the search
   * page could not tell the two copies apart.
   */
  private async addToRecent(recent: RecentFiles, indexedParts: Record<string, string>, base = this.previous!.base): Promise<SearchIndexResult> {
    const previous = this.previous!;
    const bundle: SearchBundle = { outputDir: RECENT_BUNDLE, files: recent.files, articleCount: recent.files.filter((file) => file.startsWith("articles/")).length };
    const key = bundleKey(bundle, indexedParts);
    const bundles: Record<string, BundleState> = Object.fromEntries(this.bundles.map((planned) => [planned.outputDir, previous.bundles[planned.outputDir]!]));
    const changed = recent.files.length > 0 && previous.bundles[RECENT_BUNDLE]?.key !== key;
    const indexed = changed ? await this.reindex([bundle]) : { pageCount: 0, errors: [] };
    if (recent.files.length > 0) bundles[RECENT_BUNDLE] = { key, articleCount: bundle.articleCount };
    else fs.rmSync(path.join(this.siteDir, RECENT_BUNDLE), { recursive: true, force: true });
    if (indexed.errors.length === 0) {
      const baseKeys = Object.fromEntries(Object.entries(bundles).map(([folder, state]) => [folder, state.key]));
      const bundleOf = (file: string) => this.bundles[this.bundleOf.get(file)!]?.outputDir;
      const { data, sameAsBase } = recentData(this.siteDir, recent, bundleOf, baseKeys, this.options.url ?? ((sitePath) => sitePath));
      if (sameAsBase.length > 0) return this.addToRecent(this.withBaseCopies(sameAsBase, indexedParts, base), indexedParts, this.baseWith(base, sameAsBase, indexedParts));
      this.writeRecentData(data);
    }
    // Articles searchable: every planned one (those of the recent bundle are counted in their base bundle too).
    indexed.pageCount = this.bundles.reduce((sum, planned) => sum + planned.articleCount, 0);
    return { indexed, bundlesIndexed: changed ? 1 : 0, bundles, base };
  }

  /** The base, its copies of `files` standing for their present indexed part. */
  private baseWith(base: SearchBase, files: readonly string[], indexedParts: Record<string, string>): SearchBase {
    const updated = { ...base };
    for (const file of files) updated[file] = [base[file]![0], indexedParts[file]!];
    return updated;
  }

  /** The recent plan again, `files` answered by their base copies (fewer pages, so never a compaction). */
  private withBaseCopies(files: readonly string[], indexedParts: Record<string, string>, base: SearchBase): RecentFiles {
    const replanned = planRecent(this.bundles, indexedParts, this.baseWith(base, files, indexedParts), this.baseFolders());
    if ("compact" in replanned) throw new Error(`recent additions: ${replanned.compact}`);
    return replanned;
  }

  /** The bundle folders of the last full index. */
  private baseFolders(): string[] {
    return Object.keys(this.previous!.bundles).filter((folder) => folder !== RECENT_BUNDLE);
  }

  /** Whether the plan cuts the articles into dated shards (the recent bundle is for those only). */
  private sharded(): boolean {
    return this.bundles.some((bundle) => bundle.outputDir.startsWith(`${SHARDS_FOLDER}/`));
  }

  /** The search page of a sharded site reads RECENT_DATA_FILE; other sites have none. */
  private writeRecentData(data = NO_RECENT_DATA): void {
    if (this.sharded()) writeRecentData(this.siteDir, data);
    else fs.rmSync(path.join(this.siteDir, RECENT_DATA_FILE), { force: true });
  }

  private async reindex(stale: readonly SearchBundle[]): Promise<IndexSiteResult> {
    if (stale.length === 0) return { pageCount: 0, errors: [] };
    const queue = new BundleQueue(this.siteDir);
    for (const bundle of stale) queue.add(bundle);
    return queue.finish();
  }

  /** The previous site's bundles that this plan no longer has (all of them when search is off). */
  private removeUnplanned(): void {
    for (const outputDir of Object.keys(this.previous!.bundles)) {
      if (!this.bundles.some((bundle) => bundle.outputDir === outputDir)) fs.rmSync(path.join(this.siteDir, outputDir), { recursive: true, force: true });
    }
    if (!this.sharded()) fs.rmSync(path.join(this.siteDir, SHARDS_FOLDER), { recursive: true, force: true });
  }
}
