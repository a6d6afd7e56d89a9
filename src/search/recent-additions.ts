// The "recent additions" search bundle (issue 16). An incremental build of a sharded site leaves
// the bundles of the last full index (the "base": the main bundle and the dated shards) untouched
// and indexes the pages added or whose indexed part changed since then into one small bundle,
// RECENT_BUNDLE. The base bundles still hold the old copies of those pages and the pages removed
// since; RECENT_DATA_FILE names those copies (Pagefind's page ids) so that the search page drops
// them from every answer and takes their filter values out of the counts. It also gives each
// recent article's date and the base shard whose period holds it, so that a date sort can place
// it among that shard's results. A clean build or `--compact` folds the recent bundle back into
// the base (re-indexing the bundles that hold changed pages) and empties the file; so does an
// incremental build once the recent bundle would pass RECENT_MAX_PAGES, or when the shards
// themselves are cut differently (a new year), since the search page names them.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PAGEFIND_MAGIC } from "./canonical-bundle.ts";
import type { SearchBundle } from "./index-site.ts";

/** The recent bundle's folder in the site. */
export const RECENT_BUNDLE = "pagefind-recent";
/** The file the search page reads with it (always written on a sharded site, empty after a full index). */
export const RECENT_DATA_FILE = "pagefind-recent.json";

/**
 * An incremental build compacts once more pages than this would be in the recent bundle. What a
 * first search loads grows with it (bench/README.md, 10,000 articles, gzip): a recent bundle of
 * 1 page adds ~5.4 KB (its index chunk, ~3.4 KB, is most of it), 30 pages 7.7–9.8 KB for one- and
 * two-word queries (14.9 KB for "ministry of oil"), 100 pages 13–19 KB (pagefind-recent.json
 * alone: 6.6 KB for 99 superseded pages). An add or an edit changes one page, so a maintainer
 * adding captures one by one compacts about every 30th add; that add re-indexes the shards
 * holding the changed pages, as every add did before the recent bundle (2–9 s a shard at 10,000).
 */
export const RECENT_MAX_PAGES = 30;

/** What the last full index holds: searchable page file → [its bundle folder, hash of its indexed part]. */
export type SearchBase = Record<string, [bundle: string, part: string]>;

/** The base of a fully indexed plan. */
export function searchBaseOf(bundles: readonly SearchBundle[], indexedParts: Readonly<Record<string, string>>): SearchBase {
  const base: SearchBase = {};
  for (const bundle of bundles) for (const file of bundle.files) base[file] = [bundle.outputDir, indexedParts[file] ?? ""];
  return base;
}

export interface RecentFiles {
  /** Pages for the recent bundle: new, changed, or moved to another base bundle since the base. */
  files: string[];
  /** Base copies that must not answer: [bundle folder, page file], for changed, moved and removed pages. */
  superseded: [string, string][];
}

export type RecentPlan = { compact: string } | RecentFiles;

/**
 * Which pages go to the recent bundle, or why the build should compact instead. `bundles` is the
 * build's plan; `baseBundles` the bundle folders of the base (the search page names the shards,
 * so the plan must cut the same ones).
 */
export function planRecent(bundles: readonly SearchBundle[], indexedParts: Readonly<Record<string, string>>, base: SearchBase, baseBundles: readonly string[]): RecentPlan {
  const planned = bundles.map((bundle) => bundle.outputDir).sort();
  if (planned.join("\n") !== [...baseBundles].sort().join("\n")) return { compact: "the search shards are cut differently" };
  const files: string[] = [];
  const superseded: [string, string][] = [];
  const current = new Set<string>();
  for (const bundle of bundles) {
    for (const file of bundle.files) {
      current.add(file);
      const was = base[file];
      if (was && was[0] === bundle.outputDir && was[1] === indexedParts[file]) continue;
      files.push(file);
      if (was) superseded.push([was[0], file]);
    }
  }
  for (const [file, [bundle]] of Object.entries(base)) if (!current.has(file)) superseded.push([bundle, file]);
  if (files.length > RECENT_MAX_PAGES) return { compact: `${files.length} pages changed since the last full index (more than ${RECENT_MAX_PAGES})` };
  return { files: files.sort(), superseded: superseded.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)) };
}

/** What a bundle's page record (its "fragment") says about it. */
export interface IndexedPage {
  id: string;
  filters: Record<string, string[]>;
  date?: string;
}

/** A bundle's pages by page file ("articles/x/index.html"), read from its fragments. */
export function readIndexedPages(bundleDir: string): Map<string, IndexedPage> {
  const pages = new Map<string, IndexedPage>();
  const folder = path.join(bundleDir, "fragment");
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(folder, name))).toString("utf8");
    if (!text.startsWith(PAGEFIND_MAGIC)) throw new Error(`${path.join(folder, name)} is not a Pagefind fragment`);
    const fragment = JSON.parse(text.slice(PAGEFIND_MAGIC.length)) as { url: string; filters?: Record<string, string[]>; meta?: Record<string, string> };
    const file = `${decodeURI(fragment.url).replace(/^\/+/, "")}${fragment.url.endsWith("/") ? "index.html" : ""}`;
    pages.set(file, { id: name.replace(/\.pf_fragment$/, ""), filters: fragment.filters ?? {}, ...(fragment.meta?.date ? { date: fragment.meta.date } : {}) });
  }
  return pages;
}

/** Base bundles' pages, kept while their key is the same (npm start's process reads each once). */
const basePagesMemo = new Map<string, Map<string, IndexedPage>>();

function basePages(siteDir: string, bundle: string, key: string): Map<string, IndexedPage> {
  const memoKey = `${bundle}\n${key}`;
  let pages = basePagesMemo.get(memoKey);
  if (!pages) {
    for (const known of basePagesMemo.keys()) if (known.startsWith(`${bundle}\n`)) basePagesMemo.delete(known);
    pages = readIndexedPages(path.join(siteDir, bundle));
    basePagesMemo.set(memoKey, pages);
  }
  return pages;
}

/** RECENT_DATA_FILE's content, as search.js reads it. Bundles are named by their URL, as data-merge-bundles names them. */
export interface RecentData {
  /** The recent bundle's URL, or null when it holds no page. */
  bundle: string | null;
  /** Its dated articles: page id, date (as the page's date meta), and the base shard whose period holds it. */
  pages: { id: string; date: string; shard: string }[];
  /** Base copies the search must drop: page id, its bundle, its filter values (taken out of the counts). */
  superseded: { id: string; bundle: string; filters: Record<string, string[]> }[];
  /** How many of its pages are not in `pages` (entity pages, undated articles): with none, the
   * search page can leave the bundle out of a first search that no article of it can enter, and
   * tell articles from entity pages by bundle. */
  otherPages: number;
}

export const NO_RECENT_DATA: RecentData = { bundle: null, pages: [], superseded: [], otherPages: 0 };

/**
 * The data for a recent plan, once the recent bundle is written; and the pages whose base copy
 * has the same page id as their recent copy (Pagefind indexed them the same), which the search
 * page could not tell apart. `bundleOf`: page file → its planned bundle; `baseKeys`: base bundle →
 * its key (for the memo); `url`: site path → URL.
 */
export function recentData(siteDir: string, plan: RecentFiles, bundleOf: (file: string) => string | undefined, baseKeys: Readonly<Record<string, string>>, url: (sitePath: string) => string): { data: RecentData; sameAsBase: string[] } {
  const bundleUrl = (folder: string) => url(`/${folder}/`);
  const recent = plan.files.length > 0 ? readIndexedPages(path.join(siteDir, RECENT_BUNDLE)) : new Map<string, IndexedPage>();
  const pages = plan.files.flatMap((file) => {
    const page = recent.get(file);
    const shard = bundleOf(file);
    return page?.date && shard ? [{ id: page.id, date: page.date, shard: bundleUrl(shard) }] : [];
  });
  const sameAsBase: string[] = [];
  const superseded = plan.superseded.flatMap(([bundle, file]) => {
    const page = basePages(siteDir, bundle, baseKeys[bundle] ?? "").get(file);
    if (page && page.id === recent.get(file)?.id) sameAsBase.push(file);
    return page ? [{ id: page.id, bundle: bundleUrl(bundle), filters: page.filters }] : [];
  });
  return { data: { bundle: plan.files.length > 0 ? bundleUrl(RECENT_BUNDLE) : null, pages, superseded, otherPages: plan.files.length - pages.length }, sameAsBase };
}

/** Writes RECENT_DATA_FILE by a rename (the staging folder's copy is a hard link to the live site's). */
export function writeRecentData(siteDir: string, data: RecentData): void {
  const file = path.join(siteDir, RECENT_DATA_FILE);
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, `${JSON.stringify(data)}\n`);
  fs.renameSync(temporary, file);
}
