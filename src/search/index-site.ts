// The search step: Pagefind's Node API indexes the rendered pages of a built site and writes
// the bundle (index + UI files) to <site>/pagefind/. A large archive is indexed as one bundle
// per year (shards, merged in the browser by the search page), built two at a time: less wall
// time and far less memory than one big index, and a rebuild could re-index one year.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { canonicalizeBundle } from "./canonical-bundle.ts";
import { pagefindInstance } from "./pagefind-instance.ts";
import { waitForBundle } from "./wait-for-bundle.ts";

const ARTICLES = "articles/**/*.html";
const ENTITIES = "{actors,places,outlets}/*/index.html";

export interface SearchShard {
  /** Site path of the shard's bundle, e.g. "/pagefind-shards/2017/". */
  bundlePath: string;
  /** Pages of the shard, relative to the site folder ("articles/<slug>/index.html"). */
  files: string[];
}

export interface IndexSiteOptions {
  siteDir: string;
  /** Which pages to index, relative to siteDir (one bundle, no shards). */
  glob?: string;
  /** Article shards; when given, the main bundle holds only the actor, place and outlet pages. */
  shards?: SearchShard[];
}

export interface IndexSiteResult {
  /** Articles indexed. */
  pageCount: number;
  errors: string[];
}

interface BundleTask {
  /** Folder to index, and globs within it. */
  source: string;
  globs: string[];
  outputPath: string;
  /** Whether its pages count as indexed articles. */
  articles: boolean;
}

async function writeBundle(slot: number, task: BundleTask): Promise<IndexSiteResult> {
  const pagefind = await pagefindInstance(slot);
  const errors: string[] = [];
  let pageCount = 0;
  try {
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...created.errors);
    if (!created.index) return { pageCount, errors: errors.length ? errors : ["pagefind did not create an index"] };
    for (const glob of task.globs) {
      const added = await created.index.addDirectory({ path: task.source, glob });
      errors.push(...added.errors);
      if (task.articles && glob !== ENTITIES) pageCount += added.page_count;
    }
    const written = await created.index.writeFiles({ outputPath: task.outputPath });
    errors.push(...written.errors);
    if (errors.length === 0) {
      await waitForBundle(task.outputPath);
      // Reproducible bytes: Pagefind orders filter values differently on every run.
      canonicalizeBundle(task.outputPath);
    }
  } finally {
    await pagefind.close();
  }
  return { pageCount, errors };
}

/** A folder of hard links to one shard's pages, laid out as in the site so URLs stay the same. */
function linkFarm(siteDir: string, farm: string, files: readonly string[]): void {
  for (const file of [...files].sort()) {
    const target = path.join(farm, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.linkSync(path.join(siteDir, file), target);
  }
}

export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const { siteDir } = options;
  const main = path.join(siteDir, "pagefind");
  if (!options.shards || options.shards.length === 0) {
    const globs = options.glob ? [options.glob] : [ARTICLES, ENTITIES];
    return writeBundle(0, { source: siteDir, globs, outputPath: main, articles: true });
  }
  const farms = path.join(path.dirname(siteDir), `${path.basename(siteDir)}.shards-${process.pid}`);
  fs.rmSync(farms, { recursive: true, force: true });
  try {
    const tasks: BundleTask[] = [{ source: siteDir, globs: [ENTITIES], outputPath: main, articles: false }];
    options.shards.forEach((shard, index) => {
      const farm = path.join(farms, String(index));
      linkFarm(siteDir, farm, shard.files);
      tasks.push({ source: farm, globs: [ARTICLES], outputPath: path.join(siteDir, shard.bundlePath), articles: true });
    });
    // Largest first, so that the two lanes finish close together.
    const queue = [tasks[0]!, ...tasks.slice(1).sort((a, b) => fs.readdirSync(path.join(b.source, "articles")).length - fs.readdirSync(path.join(a.source, "articles")).length)];
    const lanes = Math.max(1, Math.min(2, os.availableParallelism()));
    const results: IndexSiteResult[] = [];
    await Promise.all(
      Array.from({ length: lanes }, async (_, slot) => {
        for (let task = queue.shift(); task; task = queue.shift()) results.push(await writeBundle(slot, task));
      }),
    );
    return {
      pageCount: results.reduce((sum, result) => sum + result.pageCount, 0),
      errors: results.flatMap((result) => result.errors),
    };
  } finally {
    fs.rmSync(farms, { recursive: true, force: true });
  }
}
