// The normalizer, readable top to bottom: each capture goes through the per-capture stages of
// normalize/normalize-capture.ts, then captures of one story are merged, missing years inferred,
// each article given its address (the one it was first published under, from the address ledger)
// and written. A capture that fails is a message; the others go on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import type { ArticleFrontMatter } from "./article-schema.ts";
import { listCaptures } from "./list-captures.ts";
import type { Message } from "./messages.ts";
import { phaseClock, type Phases } from "./phase-clock.ts";
import type { NameFinder } from "./normalize/candidate-names.ts";
import { ledgerFileFor, readLedger, writeLedger, type AddressLedger } from "./normalize/address-ledger.ts";
import { CaptureCache, cacheVersion, captureKey, type CachedResult } from "./normalize/capture-cache.ts";
import { normalizeInWorkers } from "./normalize/capture-pool.ts";
import { holdsOn, latestAllowedDay } from "./normalize/find-date.ts";
import type { EntityCapture } from "./normalize/find-entities.ts";
import { inferYears } from "./normalize/infer-year.ts";
import { captureFingerprint, mergeDuplicates, type CaptureFingerprint } from "./normalize/merge-duplicates.ts";
import { captureContext, readAndNormalize, type CaptureContext, type CaptureJob, type CaptureOutcome } from "./normalize/normalize-capture.ts";
import { relateArticles } from "./normalize/relate-articles.ts";
import { assignSlugs, renderArticle, writeArticleFiles, type ArticleFile } from "./normalize/write-article.ts";
import { loadRegistries, RegistryError, registryMessage, type Registries } from "./registry/load-registries.ts";
import { OutletIndex } from "./registry/outlet-index.ts";

export interface NormalizeOptions {
  sourcesDir: string;
  articlesDir: string;
  registryDir: string;
  /** The build's "now" (ISO); dates after it are not publication dates. Defaults to the clock. */
  now?: string;
  /** Write content/articles/ (default true); false only computes the articles. */
  write?: boolean;
  /**
   * Return before the article files are written: `written` settles when they are (the site build
   * renders pages meanwhile; the files are a by-product it does not read).
   */
  deferWrites?: boolean;
  /**
   * The address ledger (default: addresses.jsonl next to articlesDir, i.e. content/addresses.jsonl):
   * read to keep published slugs, written (with write) when it gains or changes an address.
   */
  addressesFile?: string;
  /** Registry aliases only: no unknown names proposed. */
  registryOnly?: boolean;
  /** "capitalised-runs" (default, fast) or "wink-pos" (wink-nlp's tagger, several times slower). */
  nameFinder?: NameFinder;
  /** A folder for the per-capture cache (e.g. .cache/normalize); no cache when absent. */
  cacheDir?: string;
  /**
   * Worker threads for stages 1–6. Default: from WORKER_THRESHOLD captures to run, one worker
   * per core but this one (at most one), and this thread works alongside; fewer captures, or one
   * core, run in this thread only. 0 forces this thread; a number forces that many workers, which
   * then run every capture.
   */
  workers?: number;
}

/** Fewer captures than this are quicker in this thread than the start of a worker (~0.3 s). */
export const WORKER_THRESHOLD = 200;

export interface NormalizedArticle {
  slug: string;
  frontMatter: ArticleFrontMatter;
  body: string;
}

export interface NormalizeResult {
  articles: NormalizedArticle[];
  messages: Message[];
  /** Captures whose stages 1–6 came from the cache. */
  cacheHits?: number;
  /** Milliseconds spent in each step, in order (for --timings and the bench's profile). */
  phases?: Phases;
  /** The address ledger after this run (every address ever published, this run's included). */
  addresses?: AddressLedger;
  /** With deferWrites: the article files' write, and its failures. */
  written?: Promise<Message[]>;
}

/** The captures of the folder (see list-captures.ts); any other file there is reported and left alone. */
function capturesIn(sourcesDir: string, messages: Message[]): string[] {
  if (!fs.existsSync(sourcesDir)) {
    messages.push({ file: displayPath(sourcesDir), severity: "warning", ruleId: "sources-missing", reason: "the captures folder does not exist: nothing to normalize" });
    return [];
  }
  return listCaptures(sourcesDir, (name) =>
    messages.push({ file: displayPath(path.join(sourcesDir, name)), severity: "info", ruleId: "not-a-capture", reason: "not a .txt capture: ignored" }),
  );
}

/** Paths as the site and the scorer see them: relative to the project, with forward slashes. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith("..") ? file : relative).split(path.sep).join("/");
}

/** One curation note per unknown name, not one per capture: "… (in 12 captures)". */
function collapseRepeatedNotes(messages: Message[]): void {
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
      const copy = { ...message };
      first.set(message.reason, { message: copy, count: 1 });
      kept.push(copy);
    }
  }
  for (const { message, count } of first.values()) if (count > 1) message.reason += ` (in ${count} captures)`;
  messages.splice(0, messages.length, ...kept);
}

export async function normalizeArchive(options: NormalizeOptions): Promise<NormalizeResult> {
  const messages: Message[] = [];
  const phases: Phases = {};
  const lap = phaseClock(phases);
  let context: CaptureContext;
  let registries: Registries;
  const now = options.now ?? DateTime.utc().toISO()!;
  const settings = { registryDir: options.registryDir, now, registryOnly: options.registryOnly, nameFinder: options.nameFinder };
  try {
    registries = loadRegistries(options.registryDir);
    const outlets = OutletIndex.fromRegistries(registries, path.join(options.registryDir, "outlets.yaml"));
    messages.push(...outlets.messages);
    context = captureContext(settings, registries, outlets);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    // Nothing is built from half a registry, and the articles already written stay as they are.
    for (const problem of error.problems) messages.push(registryMessage(problem));
    return { articles: [], messages };
  }
  lap("registries");
  const addressesFile = options.addressesFile ?? ledgerFileFor(options.articlesDir);
  const addresses = readLedger(addressesFile);
  messages.push(...addresses.messages);
  // Without every published address known, a new article could be given an old one's slug.
  if (addresses.broken) return { articles: [], messages };
  lap("read-addresses");

  // The cache's version covers the code, the registries and every option that changes a result.
  const cache = options.cacheDir
    ? CaptureCache.open(options.cacheDir, cacheVersion(options.registryDir, { registryOnly: options.registryOnly, nameFinder: options.nameFinder }))
    : undefined;
  // A result found on another day is reused only if no date it saw changes sides of the build date.
  const today = latestAllowedDay(context.now);
  const holdsToday = (result: CachedResult) => !result.capture || holdsOn(result.capture.nowWindow, today);
  const names = capturesIn(options.sourcesDir, messages);
  const outcomes: CaptureOutcome[] = new Array(names.length);
  const jobs: CaptureJob[] = [];
  names.forEach((name, index) => {
    const full = path.join(options.sourcesDir, name);
    const job: CaptureJob = { index, file: displayPath(full), full };
    // With a cache, each capture's key comes from its file's identity; only the misses are read and run.
    if (cache) {
      try {
        const stat = fs.statSync(full, { bigint: true });
        job.modifiedAt = stat.mtime.toISOString();
        job.key = captureKey(job.file, stat);
        if (cache.has(job.key, holdsToday)) {
          outcomes[index] = { index, key: job.key };
          return;
        }
      } catch (error) {
        outcomes[index] = { index, failure: error instanceof Error ? error.message : String(error) };
        return;
      }
    }
    jobs.push(job);
  });
  lap("cache-load-and-keys");
  const workers = options.workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.min(1, os.availableParallelism() - 1) : 0);
  const here = (job: CaptureJob) => readAndNormalize(job, context);
  const ran =
    workers > 0
      ? await normalizeInWorkers(jobs, { ...settings, registries }, workers, options.workers === undefined ? here : undefined)
      : jobs.map(here);
  for (const outcome of ran) outcomes[outcome.index] = outcome;
  lap("stages-1-6");

  const captures: EntityCapture[] = [];
  const fingerprints: CaptureFingerprint[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.failure !== undefined) {
      messages.push({ file: displayPath(path.join(options.sourcesDir, names[index]!)), severity: "error", ruleId: "capture-failed", reason: `capture could not be normalized: ${outcome.failure}` });
      return;
    }
    const result = (outcome.result ? cache?.set(outcome.key!, outcome.result) : cache?.get(outcome.key!)) ?? outcome.result!;
    messages.push(...result.messages);
    if (result.capture) {
      captures.push(result.capture);
      fingerprints.push(result.fingerprint ?? captureFingerprint(result.capture));
    }
  });

  lap("collect");
  cache?.save();
  lap("cache-save");
  collapseRepeatedNotes(messages);
  // Each step's input is let go as soon as it is used: at 100,000 captures every copy counts.
  outcomes.length = 0;
  const merged = mergeDuplicates(captures, fingerprints);
  lap("merge");
  captures.length = 0;
  fingerprints.length = 0;
  const { articles: dated, messages: dateMessages } = inferYears(merged);
  merged.length = 0;
  messages.push(...dateMessages);
  const related = relateArticles(dated);
  lap("infer-and-relate");
  dated.length = 0;
  // Term counts served the similarity search only.
  for (const article of related) article.terms = new Map();
  const { slugs, ledger, changed: addressesChanged } = assignSlugs(related, addresses.ledger);
  const files: ArticleFile[] = [];
  for (const article of related) {
    const rendered = renderArticle(article, slugs);
    messages.push(...rendered.messages);
    if (rendered.file) files.push(rendered.file);
  }
  files.sort((a, b) => a.slug.localeCompare(b.slug));
  lap("render-articles");
  const articles = files.map(({ slug, frontMatter, body }) => ({ slug, frontMatter, body }));
  // The ledger is written with the articles it gives addresses to (before the site is).
  if (options.write !== false && (addressesChanged || addresses.rewrite)) messages.push(...writeLedger(addressesFile, ledger, addresses.text));
  lap("write-addresses");
  if (options.write !== false && options.deferWrites) {
    return { articles, messages, cacheHits: cache?.hits, phases, addresses: ledger, written: writeArticleFiles(options.articlesDir, files) };
  }
  if (options.write !== false) messages.push(...(await writeArticleFiles(options.articlesDir, files)));
  lap("write-articles");
  return { articles, messages, cacheHits: cache?.hits, phases, addresses: ledger };
}
