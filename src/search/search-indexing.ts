// Indexes a search plan's bundles into the site being written. A clean build queues each bundle
// as soon as the last of its pages is written (pageWritten), so that Pagefind indexes on the other
// core while the rest renders. An incremental build re-indexes, at finish, only the bundles whose
// key changed (the key covers the part Pagefind reads of each of their pages), and removes the
// bundles of the previous site that are no longer planned.
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import { BundleQueue, type IndexSiteResult, type SearchBundle } from "./index-site.ts";
import type { SearchPlan } from "./search-plan.ts";

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

  /** `previous`: the bundles of the site the staging folder is a hard-linked copy of (incremental). */
  constructor(private readonly siteDir: string, plan: SearchPlan, private readonly previous?: Readonly<Record<string, BundleState>>) {
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
    let indexed: IndexSiteResult = { pageCount: 0, errors: [] };
    let bundlesIndexed = this.bundles.length;
    if (this.queue) {
      const unfinished = this.bundles.filter((_, index) => this.unwritten[index]! > 0).map((bundle) => bundle.outputDir);
      indexed = await this.queue.finish();
      if (unfinished.length > 0) throw new Error(`search bundles with pages no template wrote: ${unfinished.join(", ")}`);
    } else if (this.previous) {
      const stale = this.bundles.filter((bundle, index) => this.previous![bundle.outputDir]?.key !== keys[index]);
      bundlesIndexed = stale.length;
      indexed = await this.reindex(stale);
      for (const bundle of this.bundles) if (!stale.includes(bundle)) indexed.pageCount += bundle.articleCount;
      this.removeUnplanned();
    }
    const bundles = Object.fromEntries(this.bundles.map((bundle, index) => [bundle.outputDir, { key: keys[index]!, articleCount: bundle.articleCount }]));
    return { indexed, bundlesIndexed, bundles };
  }

  private async reindex(stale: readonly SearchBundle[]): Promise<IndexSiteResult> {
    if (stale.length === 0) return { pageCount: 0, errors: [] };
    const queue = new BundleQueue(this.siteDir);
    for (const bundle of stale) queue.add(bundle);
    return queue.finish();
  }

  /** The previous site's bundles that this plan no longer has (all of them when search is off). */
  private removeUnplanned(): void {
    for (const outputDir of Object.keys(this.previous!)) {
      if (!this.bundles.some((bundle) => bundle.outputDir === outputDir)) fs.rmSync(path.join(this.siteDir, outputDir), { recursive: true, force: true });
    }
    if (this.bundles.every((bundle) => !bundle.outputDir.startsWith("pagefind-shards/"))) fs.rmSync(path.join(this.siteDir, "pagefind-shards"), { recursive: true, force: true });
  }
}
