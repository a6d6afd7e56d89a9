// The archive steps that turn capture files into captures: compile the registries, list the
// captures (a cached result makes a capture's job unnecessary), run stages 1–6 on the others
// (in this thread, or on a worker alongside it from WORKER_THRESHOLD captures) and keep their
// results in the cache. A capture that fails is a message; the others go on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listCaptures } from "../list-captures.ts";
import type { Message } from "../messages.ts";
import { CaptureCache, cacheVersion, captureKey, type CachedResult } from "../normalize/capture-cache.ts";
import { normalizeInWorkers } from "../normalize/capture-pool.ts";
import { holdsOn, latestAllowedDay } from "../normalize/find-date.ts";
import { captureFingerprint } from "../normalize/merge-duplicates.ts";
import { captureContext, readAndNormalize, type CaptureJob, type CaptureOutcome } from "../normalize/normalize-capture.ts";
import { listWarcRecords, parseWarcRecordName, WARC_FILE, warcRecordName } from "../normalize/warc-records.ts";
import { loadRegistries, RegistryError, registryMessage } from "../registry/load-registries.ts";
import { OutletIndex } from "../registry/outlet-index.ts";
import type { ArchiveRun } from "./archive-run.ts";
import { STOP } from "../run-steps.ts";
import { appendAll } from "../append-all.ts";

/** Fewer captures than this are quicker in this thread than the start of a worker (~0.3 s). */
export const WORKER_THRESHOLD = 200;

/** Compiles the registries; a broken one stops the run (nothing is built from half a registry). */
export function loadCaptureContext(run: ArchiveRun): void | typeof STOP {
  const { registryDir } = run.options;
  try {
    const registries = loadRegistries(registryDir);
    const outlets = OutletIndex.fromRegistries(registries, path.join(registryDir, "outlets.yaml"));
    run.messages.push(...outlets.messages);
    run.context = captureContext(run.settings, registries, outlets);
    run.settings.registries = registries;
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    for (const problem of error.problems) run.messages.push(registryMessage(problem));
    return STOP;
  }
}

/**
 * Lists the captures and makes a job of each; with a cache, each capture's key comes from its
 * file's identity and a capture whose result is kept is not read at all.
 */
export async function listCaptureJobs(run: ArchiveRun): Promise<void> {
  const { sourcesDir, cacheDir, registryDir, registryOnly, nameFinder, keepCacheWarm } = run.options;
  // The cache's version covers the code, the registries and every option that changes a result.
  const cache = cacheDir ? CaptureCache.open(cacheDir, cacheVersion(registryDir, { registryOnly, nameFinder }), keepCacheWarm) : undefined;
  // A result found on another day is reused only if no date it saw changes sides of the build date.
  const today = latestAllowedDay(run.context!.now);
  const holdsToday = (result: CachedResult) => !result.capture || holdsOn(result.capture.nowWindow, today);
  run.cache = cache;
  run.captureFiles = await withWarcRecords(sourcesDir, capturesIn(sourcesDir, run.messages), run.messages);
  run.outcomes = new Array(run.captureFiles.length);
  run.captureFiles.forEach((name, index) => {
    const full = path.join(sourcesDir, name);
    const job: CaptureJob = { index, file: displayPath(full), full };
    if (cache) {
      try {
        const stat = fs.statSync(parseWarcRecordName(full)?.file ?? full, { bigint: true });
        job.modifiedAt = stat.mtime.toISOString();
        job.key = captureKey(job.file, stat);
        if (cache.has(job.key, holdsToday)) {
          run.outcomes[index] = { index, key: job.key };
          return;
        }
      } catch (error) {
        run.outcomes[index] = { index, failure: error instanceof Error ? error.message : String(error) };
        return;
      }
    }
    run.jobs.push(job);
  });
}

/** Runs stages 1–6 on every job, then takes each capture's result (run now, or kept in the cache) in listing order. */
export async function runCaptureJobs(run: ArchiveRun): Promise<void> {
  for (const outcome of await runJobs(run)) run.outcomes[outcome.index] = outcome;
  run.jobs = [];
  run.outcomes.forEach((outcome, index) => collectOutcome(run, outcome, run.captureFiles[index]!));
  run.outcomes = [];
  collapseRepeatedNotes(run.messages);
}

/** Writes the cache's changed shards (before the merge: a capture's work is kept whatever comes after). */
export function saveCaptureCache(run: ArchiveRun): void {
  run.cache?.save();
}

/** On a worker (and this thread alongside it) from WORKER_THRESHOLD jobs, else here; `workers` forces either. */
async function runJobs(run: ArchiveRun): Promise<CaptureOutcome[]> {
  const { jobs, options } = run;
  const workers = options.workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.min(1, os.availableParallelism() - 1) : 0);
  const here = (job: CaptureJob) => readAndNormalize(job, run.context!);
  if (workers === 0) return jobs.map(here);
  return normalizeInWorkers(jobs, run.settings, workers, options.workers === undefined ? here : undefined);
}

/** One capture's messages and capture (with its merge fingerprint); its result goes into the cache. */
function collectOutcome(run: ArchiveRun, outcome: CaptureOutcome, name: string): void {
  if (outcome.failure !== undefined) {
    const file = displayPath(path.join(run.options.sourcesDir, name));
    run.messages.push({ file, severity: "error", ruleId: "capture-failed", reason: `capture could not be normalized: ${outcome.failure}` });
    return;
  }
  const { cache } = run;
  const result = (outcome.result ? cache?.set(outcome.key!, outcome.result) : cache?.get(outcome.key!)) ?? outcome.result!;
  run.messages.push(...result.messages);
  if (result.capture) {
    run.captures.push(result.capture);
    const fingerprint = result.fingerprint ?? captureFingerprint(result.capture);
    fingerprint.words = run.words.share(fingerprint.words);
    run.fingerprints.push(fingerprint);
  }
}

/** The captures of the folder (see list-captures.ts); any other file there is reported and left alone. */
function capturesIn(sourcesDir: string, messages: Message[]): string[] {
  if (!fs.existsSync(sourcesDir)) {
    messages.push({ file: displayPath(sourcesDir), severity: "warning", ruleId: "sources-missing", reason: "the captures folder does not exist: nothing to normalize" });
    return [];
  }
  return listCaptures(sourcesDir, (name) =>
    messages.push({ file: displayPath(path.join(sourcesDir, name)), severity: "info", ruleId: "not-a-capture", reason: "not a capture (.txt, .html, .htm, .warc, .warc.gz): ignored" }),
  );
}

/** Each web archive of the list stands for its page records, listed by streaming it once (warc-records.ts). */
async function withWarcRecords(sourcesDir: string, names: string[], messages: Message[]): Promise<string[]> {
  const listed: string[] = [];
  for (const name of names) {
    if (!WARC_FILE.test(name)) {
      listed.push(name);
      continue;
    }
    const { records, problem } = await listWarcRecords(path.join(sourcesDir, name));
    if (problem) messages.push({ file: displayPath(path.join(sourcesDir, name)), severity: "warning", ruleId: "capture-warc", reason: `web archive ${problem}` });
    if (records.length === 0 && !problem) messages.push({ file: displayPath(path.join(sourcesDir, name)), severity: "info", ruleId: "capture-warc", reason: "web archive holds no HTML page (response records of text/html): nothing to read" });
    appendAll(listed, records.map((record) => warcRecordName(name, record.offset)));
  }
  return listed;
}

/** Paths as the site and the scorer see them: relative to the project, with forward slashes. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith("..") ? file : relative).split(path.sep).join("/");
}

/**
 * The notes of the last build by their first message, with the count they said: npm start's next
 * build meets the captures' very messages again, and keeps a note that says the same, so the
 * report serializes it once (write-report.ts).
 */
const notesOf = new WeakMap<Message, { count: number; note: Message }>();

/** One curation note per unknown name, not one per capture: "… (in 12 captures)". */
export function collapseRepeatedNotes(messages: Message[]): void {
  const first = new Map<string, { message: Message; count: number }>();
  const kept: Message[] = [];
  for (const message of messages) {
    if (message.ruleId !== "entity-unknown" && message.ruleId !== "outlet-unknown") {
      kept.push(message);
      continue;
    }
    const seen = first.get(message.reason);
    if (seen) seen.count++;
    else {
      first.set(message.reason, { message, count: 1 });
      kept.push(message);
    }
  }
  const notes = new Map([...first.values()].map(({ message, count }) => [message, noteOf(message, count)]));
  messages.length = 0;
  appendAll(messages, kept.map((message) => notes.get(message) ?? message));
}

function noteOf(message: Message, count: number): Message {
  const known = notesOf.get(message);
  if (known?.count === count) return known.note;
  const note = count > 1 ? { ...message, reason: `${message.reason} (in ${count} captures)` } : message;
  notesOf.set(message, { count, note });
  return note;
}
