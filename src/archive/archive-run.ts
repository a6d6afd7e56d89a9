// What the archive steps (src/pipeline.ts) share: the normalizer's options, the one state every
// step reads and adds to (markdown-it's StateCore), and the result built from it at the end. Each
// step takes what it needs from the state and lets go of what it used up, so at 100,000 captures
// no step's input outlives it.
import { DateTime } from "luxon";
import type { ArticleFrontMatter } from "../article-schema.ts";
import type { Message } from "../messages.ts";
import type { Phases } from "../phase-clock.ts";
import type { AddressLedger, AddressPlan, ReadLedgerResult } from "../normalize/address-ledger.ts";
import type { NameFinder } from "../normalize/candidate-names.ts";
import type { CaptureCache } from "../normalize/capture-cache.ts";
import type { EntityCapture } from "../normalize/find-entities.ts";
import type { DatedArticle } from "../normalize/infer-year.ts";
import type { CaptureFingerprint, MergedArticle } from "../normalize/merge-duplicates.ts";
import type { CaptureContext, CaptureJob, CaptureOutcome, CaptureSettings } from "../normalize/normalize-capture.ts";
import type { RelatedArticle } from "../normalize/relate-articles.ts";
import { SharedWords } from "../normalize/shared-words.ts";
import type { ArticleFile } from "../normalize/write-article.ts";

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
  /** How unknown names are proposed (src/normalize/candidate-names.ts): "name-tagger" by default. */
  nameFinder?: NameFinder;
  /** A folder for the per-capture cache (e.g. .cache/normalize); no cache when absent. */
  cacheDir?: string;
  /** Keep the cache in this process after the run, so the next run need not read it (npm start). */
  keepCacheWarm?: boolean;
  /**
   * Worker threads for stages 1–6. Default: from WORKER_THRESHOLD captures to run, one worker
   * per core but this one (at most one), and this thread works alongside; fewer captures, or one
   * core, run in this thread only. 0 forces this thread; a number forces that many workers, which
   * then run every capture.
   */
  workers?: number;
}

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
  /** Milliseconds spent in each step, in order, under the step's name (for --timings and the bench's profile). */
  phases?: Phases;
  /** The address ledger after this run (every address ever published, this run's included). */
  addresses?: AddressLedger;
  /** With deferWrites: the article files' write, and its failures. */
  written?: Promise<Message[]>;
}

/** The state of one run; each field says which step sets it. */
export interface ArchiveRun {
  readonly options: NormalizeOptions;
  /** What the capture stages need besides the capture (the registries are added by load-registries). */
  readonly settings: CaptureSettings;
  readonly messages: Message[];
  /** load-registries: the compiled registries every capture is read against. */
  context?: CaptureContext;
  /** read-addresses: every address published before. */
  addresses?: ReadLedgerResult;
  /** list-captures: the capture files in listing order, the cache, and the captures left to run. */
  captureFiles: string[];
  cache?: CaptureCache;
  jobs: CaptureJob[];
  /** One per capture file, in listing order: from the cache (list-captures) or run (run-captures). */
  outcomes: CaptureOutcome[];
  /** run-captures: the captures that were read, with what merging needs of each. */
  captures: EntityCapture[];
  fingerprints: CaptureFingerprint[];
  /** run-captures: one string per distinct word of the fingerprints' word counts (shared-words.ts). */
  words: SharedWords;
  /** merge, infer-years, relate: the articles, each step's from the one before. */
  merged: MergedArticle[];
  dated: DatedArticle[];
  related: RelatedArticle[];
  /** plan-addresses: each article's slug, and the ledger with this run's addresses. */
  plan?: AddressPlan;
  /** render-articles: the files to write, by slug. */
  files: ArticleFile[];
  /** write-articles with deferWrites: the files' write. */
  written?: Promise<Message[]>;
}

export function startArchiveRun(options: NormalizeOptions): ArchiveRun {
  const now = options.now ?? DateTime.utc().toISO()!;
  return {
    options,
    settings: { registryDir: options.registryDir, now, registryOnly: options.registryOnly, nameFinder: options.nameFinder },
    messages: [],
    captureFiles: [],
    jobs: [],
    outcomes: [],
    captures: [],
    fingerprints: [],
    words: new SharedWords(),
    merged: [],
    dated: [],
    related: [],
    files: [],
  };
}

/** Whether this run writes content/articles/ and the ledger (not with `write: false`). */
export const writes = (run: ArchiveRun): boolean => run.options.write !== false;

export function archiveResult(run: ArchiveRun, phases: Phases, completed: boolean): NormalizeResult {
  // A stopped run built nothing, and the articles already written stay as they are.
  if (!completed) return { articles: [], messages: run.messages };
  const articles = run.files.map(({ slug, frontMatter, body }) => ({ slug, frontMatter, body }));
  const result: NormalizeResult = { articles, messages: run.messages, cacheHits: run.cache?.hits, phases, addresses: run.plan!.ledger };
  if (run.written) result.written = run.written;
  return result;
}
