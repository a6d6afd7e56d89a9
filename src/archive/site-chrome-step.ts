// The archive step that removes each site's recurring chrome (src/normalize/site-chrome.ts). It runs
// on the merged articles, after the per-capture cache is saved: the cached results stay each
// capture's own, and adding a capture of a site may change the site's other articles, as it should.
// A process that keeps its captures warm (npm start) keeps the counts and patches them.
import { emptySiteChromeMemory, removeSiteChrome } from "../normalize/site-chrome.ts";
import type { ArchiveRun } from "./archive-run.ts";

const warm = emptySiteChromeMemory();

export function stripSiteChrome(run: ArchiveRun): void {
  run.merged = removeSiteChrome(run.merged, run.options.keepCacheWarm ? warm : undefined);
}
