// The steps of a site build that write it, in the order build-site.ts lists them: render the
// pages into the staging folder (the search step indexing them meanwhile), wait for the index,
// write the report and swap the folder into place. A failure here leaves the previous site as it
// was: the staging folder is removed and the build reports why.
import fs from "node:fs";
import path from "node:path";
import { SearchIndexing } from "../search/search-indexing.ts";
import { setCurrentArchive } from "../site/current-archive.ts";
import { REPORT_PATH } from "../site/families/site-files.ts";
import { linker } from "../site/partials.ts";
import { swapIntoPlace } from "./atomic-output.ts";
import { publishAssets } from "./publish-assets.ts";
import type { STOP } from "../run-steps.ts";
import { PROJECT_ROOT, relativeMessage, stopBuild, type SiteBuild, waitForArticleFiles } from "./site-build.ts";
import { forgetManifest, stampSite, writeManifest } from "./site-manifest.ts";
import { writeSite } from "./write-site.ts";
import { createReport, writeReport } from "./write-report.ts";

/** Every page, capture and asset into the staging folder; the search step indexes pages as they land. */
export async function render(build: SiteBuild): Promise<void> {
  const archive = build.archive!;
  setCurrentArchive(archive);
  if (build.stagingCopy && !(await build.stagingCopy)) {
    // The copy of the previous site failed: build this one from scratch.
    fs.rmSync(build.staging, { recursive: true, force: true });
    fs.mkdirSync(build.staging, { recursive: true });
    build.previous = undefined;
  }
  const previousIndex = build.previous && { bundles: build.previous.bundles, base: build.previous.searchBase };
  build.indexing = new SearchIndexing(build.staging, build.searchPlan!, previousIndex, { compact: build.options.compactSearch, url: linker(build.config) });
  if (build.renderer === "eleventy") await renderWithEleventy(build);
  else {
    const { staging, previous, indexing, pageInputs } = build;
    build.written = await writeSite({ staging, archive, layoutsDir: build.paths.layoutsDir, search: indexing, previous, pageInputs, phases: build.timings.phases });
  }
  build.counts.pages = archive.pagePaths.length + 2; // + 404.html and the report
  await build.options.onStage?.("rendered");
}

/** Eleventy over layouts/, always into an empty folder; then the assets and published captures. */
async function renderWithEleventy(build: SiteBuild): Promise<void> {
  // Loaded only here: importing Eleventy costs ~0.4 s that the default renderer never needs.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const { layoutsDir } = build.paths;
  const eleventy = new Eleventy(layoutsDir, build.staging, { configPath: path.join(PROJECT_ROOT, ".eleventy.ts"), quietMode: true });
  await eleventy.write();
  publishAssets(path.join(layoutsDir, "assets"), path.join(build.staging, "assets"));
  for (const source of build.archive!.sources) {
    const target = path.join(build.staging, source.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // A copy-on-write clone where the file system can (captures are often most of the bytes).
    fs.copyFileSync(source.from, target, fs.constants.COPYFILE_FICLONE);
  }
  build.indexing!.allPagesWritten();
}

/** Waits for the search index; a bundle Pagefind could not write stops the build. */
export async function index(build: SiteBuild): Promise<void | typeof STOP> {
  const written = build.written;
  const result = await build.indexing!.finish(written?.indexedParts ?? {});
  if (written) {
    build.counts.pagesWritten = written.pagesWritten;
    build.counts.pagesRendered = written.pagesRendered;
    build.counts.bundlesIndexed = result.bundlesIndexed;
    if (result.compacted) build.counts.searchCompacted = result.compacted;
    // A fresh id for the staging folder, which the manifest names (site-manifest.ts).
    build.manifest = { buildId: stampSite(build.staging), pages: written.pages, renderKey: written.renderKey, inputs: written.inputs, indexedParts: written.indexedParts, sources: written.sources, bundles: result.bundles, searchBase: result.base };
  }
  if (!build.search) return;
  build.counts.indexed = result.indexed.pageCount;
  if (result.indexed.errors.length > 0) {
    await waitForArticleFiles(build);
    fs.rmSync(build.staging, { recursive: true, force: true });
    return stopBuild(build, { file: build.paths.outDir, ruleId: "pagefind", reason: `search indexing failed: ${result.indexed.errors.join("; ")}` });
  }
  await build.options.onStage?.("indexed");
}

/** The curation report, with every message of the build (the previous site's is replaced). */
export function report(build: SiteBuild): void {
  fs.rmSync(path.join(build.staging, REPORT_PATH), { recursive: true, force: true });
  writeReport(build.staging, build.archive!, createReport(build.archive!, build.captures, build.messages.map(relativeMessage)));
}

/** The staging folder replaces the site; then the manifest and body cache name what it holds. */
export function swap(build: SiteBuild): void {
  const { outDir } = build.paths;
  forgetManifest(outDir);
  swapIntoPlace(build.staging, outDir);
  if (build.manifest) writeManifest(outDir, build.manifest);
  build.bodies!.save();
}
