// Writes the site into the staging folder: every page of the templates, the published captures
// and the static assets, handing each page to the search step as it is written (its bundles are
// indexed while the rest renders). Clean: into an empty folder. Incremental: into a hard-linked
// copy of the previous site, rendering only pages whose inputs (page-inputs.ts) differ from the
// previous build's, rewriting those whose bytes differ and captures whose input changed. A file is never written through a link (it is unlinked first), so the previous site
// stays whole until the swap.
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import { capturedPageText, containerOf } from "../normalize/page-provenance.ts";
import { HTML_CAPTURE } from "../normalize/read-html-capture.ts";
import type { Phases } from "../phase-clock.ts";
import { runSteps, type Step } from "../run-steps.ts";
import type { SearchIndexing } from "../search/search-indexing.ts";
import type { Archive } from "../site/archive-types.ts";
import { publishAssets } from "./publish-assets.ts";
import type { PageInputs } from "./page-inputs.ts";
import { FolderMaker, loadTemplates, type PageTemplate } from "./render-pages.ts";
import { indexedPart, type SiteManifest } from "./site-manifest.ts";

const WRITES_IN_FLIGHT = 32;

export interface WriteSiteOptions {
  staging: string;
  archive: Archive;
  layoutsDir: string;
  /** The search step: told of each page written, asked which pages it reads. */
  search: SearchIndexing;
  /** The manifest of the site the staging folder is a hard-linked copy of (incremental). */
  previous?: SiteManifest;
  /** What each page is made from; a page without is always rendered. */
  pageInputs?: PageInputs;
  /** Filled with the steps' milliseconds, as render/<step>. */
  phases: Phases;
}

/** What was written: the manifest's record of pages and captures, and how many pages. */
export interface WrittenSite {
  pages: Record<string, string>;
  renderKey: string;
  inputs: Record<string, string>;
  indexedParts: Record<string, string>;
  sources: Record<string, string>;
  pageCount: number;
  pagesRendered: number;
  pagesWritten: number;
}

interface SiteWrite {
  readonly options: WriteSiteOptions;
  readonly folders: FolderMaker;
  readonly writer: Writer;
  pages: PageTemplate["pages"];
  readonly written: WrittenSite;
}

const WRITE_STEPS: Step<SiteWrite>[] = [
  ["templates", loadPages],
  ["pages", writePages],
  ["gone-pages", removeGonePages],
  ["captures", publishCaptures],
  ["assets", copyAssets],
];

export async function writeSite(options: WriteSiteOptions): Promise<WrittenSite> {
  const renderKey = options.pageInputs?.renderKey ?? "";
  const written: WrittenSite = { pages: {}, renderKey, inputs: {}, indexedParts: {}, sources: {}, pageCount: 0, pagesRendered: 0, pagesWritten: 0 };
  const write: SiteWrite = { options, folders: new FolderMaker(options.staging), writer: new Writer(), pages: [], written };
  await runSteps(WRITE_STEPS, write, options.phases, "render/");
  return written;
}

/** The templates' pages, those of search bundles first, in bundle order: each bundle can then be indexed while the rest renders. */
async function loadPages(write: SiteWrite): Promise<void> {
  const templates = await loadTemplates(write.options.layoutsDir, write.options.archive);
  const pages = templates.flatMap((template) => template.pages);
  const { search } = write.options;
  const order = pages.map((page, index) => ({ page, rank: search.rank(page.file), index }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  write.pages = order.map(({ page }) => page);
  write.written.pageCount = pages.length;
}

/** Renders the pages whose inputs changed; writes those whose bytes differ from the previous site's. */
async function writePages(write: SiteWrite): Promise<void> {
  const { previous, search } = write.options;
  const { written } = write;
  for (const page of write.pages) {
    if (keepsPreviousPage(write, page.file)) continue;
    written.pagesRendered++;
    const content = page.render();
    const hash = contentHash(content);
    written.pages[page.file] = hash;
    if (search.reads(page.file)) {
      const known = previous?.pages[page.file] === hash ? previous.indexedParts[page.file] : undefined;
      written.indexedParts[page.file] = known ?? contentHash(indexedPart(content));
    }
    if (previous?.pages[page.file] === hash) continue;
    written.pagesWritten++;
    await write.writer.run(async () => {
      const file = await write.folders.fileFor(page.file);
      if (previous) await unlinkIfPresent(file);
      await fs.promises.writeFile(file, content);
      search.pageWritten(page.file);
    });
  }
  write.pages = [];
}

/**
 * Records a page's inputs; true when the previous build rendered it from the same inputs under
 * the same templates, so that its file in the hard-linked copy is already this build's page.
 */
function keepsPreviousPage(write: SiteWrite, file: string): boolean {
  const { previous, pageInputs, search } = write.options;
  const { written } = write;
  const inputs = pageInputs?.byFile.get(file);
  if (inputs === undefined) return false;
  written.inputs[file] = inputs;
  const hash = previous?.pages[file];
  if (hash === undefined || previous!.renderKey !== written.renderKey || previous!.inputs[file] !== inputs) return false;
  if (search.reads(file) && previous!.indexedParts[file] === undefined) return false;
  written.pages[file] = hash;
  if (search.reads(file)) written.indexedParts[file] = previous!.indexedParts[file]!;
  return true;
}

/** Pages the previous build wrote and this one does not. */
async function removeGonePages(write: SiteWrite): Promise<void> {
  const { previous, staging } = write.options;
  if (previous) await removeGone(staging, Object.keys(previous.pages).filter((file) => !(file in write.written.pages)));
}

/**
 * Published captures: hard links to the captures (copying 10,000 of them cost ~4 s of kernel
 * time here, linking 0.2 s). The build never writes through a link (it unlinks, then writes),
 * so no build can change a capture; across file systems they are copied.
 */
async function publishCaptures(write: SiteWrite): Promise<void> {
  const { previous, archive, staging } = write.options;
  const { sources } = write.written;
  for (const source of archive.sources) {
    const file = source.path.replace(/^\/+/, "");
    const stat = fs.statSync(containerOf(source.from));
    const key = `${source.from}|${stat.size}|${stat.mtimeMs}`;
    sources[file] = key;
    if (previous?.sources[file] === key) continue;
    await write.writer.run(async () => {
      const target = await write.folders.fileFor(file);
      if (previous) await unlinkIfPresent(target);
      // A saved page is published as the text read from it, never as HTML.
      if (HTML_CAPTURE.test(source.from)) await fs.promises.writeFile(target, capturedPageText(source.from));
      else await publishCapture(source.from, target);
    });
  }
  if (previous) await removeGone(staging, Object.keys(previous.sources).filter((file) => !(file in sources)));
  await write.writer.drain();
}

/** Static assets are few: always copied afresh (never through the previous site's links). */
function copyAssets(write: SiteWrite): void {
  const { staging, layoutsDir } = write.options;
  fs.rmSync(path.join(staging, "assets"), { recursive: true, force: true });
  publishAssets(path.join(layoutsDir, "assets"), path.join(staging, "assets"));
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

/** Removes files of the previous site, then the folders they leave empty. */
async function removeGone(root: string, relativeFiles: readonly string[]): Promise<void> {
  for (const file of relativeFiles) await unlinkIfPresent(path.join(root, file));
  pruneEmptyFolders(root, relativeFiles);
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
