// The normalizer at the level of the archive, readable top to bottom: a list of named steps
// (markdown-it's `[name, fn]`), run in order over one state (src/archive/archive-run.ts) and each
// timed under its name. Every capture goes through stages 1–6 (normalize/normalize-capture.ts),
// then captures of one story are merged, missing years inferred, related articles chosen, each
// article given its address (the one it was first published under) and written. The cache, the
// worker threads and letting go of each step's input live inside the steps (src/archive/).
import { archiveResult, startArchiveRun, type ArchiveRun, type NormalizeOptions, type NormalizeResult } from "./archive/archive-run.ts";
import { planArticleAddresses, readAddresses, writeAddressLedger } from "./archive/address-steps.ts";
import { inferMissingYears, mergeCaptures, relateSimilarArticles, renderArticleFiles, writeArticles } from "./archive/article-steps.ts";
import { listCaptureJobs, loadCaptureContext, runCaptureJobs, saveCaptureCache } from "./archive/capture-steps.ts";
import { stripSiteChrome } from "./archive/site-chrome-step.ts";
import type { Phases } from "./phase-clock.ts";
import { runSteps, type Step } from "./run-steps.ts";

export type { NormalizeOptions, NormalizeResult, NormalizedArticle } from "./archive/archive-run.ts";
export { WORKER_THRESHOLD } from "./archive/capture-steps.ts";

/**
 * The steps, in order. A broken registry or address ledger stops the run before any capture is
 * read. The cache is saved before the merge, so a capture's work is kept whatever comes after.
 * Site chrome is found across the merged articles (a story captured three times counts once).
 * Years are inferred before articles are related (an undated article relates to none), and every
 * article has its address before any is rendered (a related list names the others' addresses).
 * The ledger is written before the articles that use its addresses.
 */
export const ARCHIVE_STEPS: ReadonlyArray<Step<ArchiveRun>> = [
  ["load-registries", loadCaptureContext],
  ["read-addresses", readAddresses],
  ["list-captures", listCaptureJobs],
  ["run-captures", runCaptureJobs],
  ["save-cache", saveCaptureCache],
  ["merge", mergeCaptures],
  ["site-chrome", stripSiteChrome],
  ["infer-years", inferMissingYears],
  ["relate", relateSimilarArticles],
  ["plan-addresses", planArticleAddresses],
  ["render-articles", renderArticleFiles],
  ["write-addresses", writeAddressLedger],
  ["write-articles", writeArticles],
];

export async function normalizeArchive(options: NormalizeOptions): Promise<NormalizeResult> {
  const run = startArchiveRun(options);
  const phases: Phases = {};
  const completed = await runSteps(ARCHIVE_STEPS, run, phases);
  return archiveResult(run, phases, completed);
}
