// The one object stages 1–6 read and add to, like unified's vfile: the capture's path and bytes,
// its lines with their line numbers, what each stage found so far with its evidence, and its
// messages, all present from the first stage on. What each stage adds is declared here as its
// own group of fields, so no stage's type extends another's. A new stage declares its fields in
// its own file, as vfile's DataMap is extended:
//   declare module "./capture-file.ts" { interface CaptureFile { readingTime?: number } }
import type { RemovedJunk } from "../article-schema.ts";
import type { Message } from "../messages.ts";
import type { EntityType } from "../registry/entity-index.ts";
import type { Evidence } from "./evidence.ts";

export interface SourceLine {
  text: string;
  /** 1-based line number in the capture file. */
  line: number;
}

export interface CaptureHeader {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  author?: string;
  /** Page junk the maintainer cuts (the entries that apply): a line number, a range "12-18", or a whole line's text. */
  cut?: string[];
}

/** Stage 1, read-capture.ts: who the capture is and what its maintainer header says. */
export interface ReadFields {
  name: string;
  hash: string;
  header: CaptureHeader;
  /** Numbers of the lines the header's `cut` takes out (checked by read-capture, removed by strip-boilerplate). */
  cutLines?: number[];
  /** The line each header field taken is written on, so a later problem with its value can point there. */
  headerLines?: Partial<Record<keyof CaptureHeader, number>>;
}

/** Stage 2, strip-boilerplate.ts: the story's paragraphs, and every line taken out, with its rule. */
export interface CleanFields {
  /** The story's paragraphs, in order, with their line numbers. */
  paragraphs: SourceLine[];
  removed: RemovedJunk[];
  /** The paragraph standing as the headline just above the story's block, when one does. */
  headline?: SourceLine;
  /** The line numbers where the story's block starts and ends (strip-boilerplate.ts), when it has one. */
  storyLines?: { first: number; last: number };
  /** The agency dateline that opens the lede ("ERBIL, Iraq (Reuters) - "): the story's own words, kept in its
   *  paragraph; later stages read it as evidence of the story's place and wire, not as running text. */
  dateline?: SourceLine;
}

/** Stage 3, find-title.ts. */
export interface TitleFields {
  title: string;
  titleDerived: boolean;
  titleEvidence: Evidence;
}

export type DateKind = "header" | "page-metadata" | "url" | "published" | "dateline" | "updated" | "story-date" | "tweet-date" | "event-date" | "page-date" | "page-clock";

export interface DateCandidate {
  /** ISO day; absent for a month and day whose year is not known yet. */
  date?: string;
  month: number;
  day: number;
  kind: DateKind;
  evidence: Evidence;
}

/** Stage 4, find-date.ts. */
export interface DateFields {
  date?: string;
  dateEvidence?: Evidence;
  /** Every dated mention, for merging captures and inferring missing years later. */
  dateCandidates: DateCandidate[];
  /** The latest story event with no year in reach: resolved from related articles later. */
  yearlessEvent?: DateCandidate;
  /**
   * The build dates this result holds for: dates after the build date are set aside, so the result
   * is the same for any latest allowed day L with `from` ≤ L < `until` (ISO days; open when absent).
   * A cached result is reused on another day only inside this window.
   */
  nowWindow: { from?: string; until?: string };
}

/** Stage 5, find-outlet.ts. */
export interface OutletFields {
  outlet?: string;
  outletKind?: string;
  originalOutlet?: string;
  author?: string;
  outletEvidence?: Evidence;
}

export interface FoundEntity {
  name: string;
  type: EntityType;
  known: boolean;
  mentions: number;
}

/** Stage 6, find-entities.ts. */
export interface EntityFields {
  actors: string[];
  places: string[];
  entities: FoundEntity[];
}

/** Everything stages 1–6 find. */
export type FoundFields = ReadFields & CleanFields & TitleFields & DateFields & OutletFields & EntityFields;

/** A capture file as received. */
export interface RawCapture {
  /** Path as shown in messages and written to `sources`, e.g. content/sources/x.txt. */
  file: string;
  bytes: Uint8Array;
  /** When the capture file was last modified, or a web archive's record was captured (ISO): when it was captured, never its date. */
  modifiedAt?: string;
  /** The address the page was captured from, when its container says (a WARC record's WARC-Target-URI). */
  url?: string;
}

export interface CaptureFile extends Partial<FoundFields> {
  readonly file: RawCapture["file"];
  /** Let go once read. */
  bytes?: RawCapture["bytes"];
  modifiedAt?: RawCapture["modifiedAt"];
  url?: RawCapture["url"];
  /** Non-empty lines after the header, whitespace-normalised, with their original numbers (none before stage 1). */
  lines: SourceLine[];
  messages: Message[];
  /** A stage found nothing to make an article of (empty, binary): no later stage runs; its messages say why. */
  skipped?: boolean;
}

/** A capture every stage ran on: what stage 7 (merge-duplicates.ts) reads. */
export type NormalizedCapture = Omit<CaptureFile, "bytes" | "skipped"> & FoundFields;

/** A capture with some of what earlier stages found, for the helpers of a stage that read it. */
export type CaptureWith<K extends keyof FoundFields> = CaptureFile & Pick<FoundFields, K>;

/** A capture before its first stage: no lines, no messages yet. */
export function captureFile(raw: RawCapture): CaptureFile {
  return { file: raw.file, bytes: raw.bytes, modifiedAt: raw.modifiedAt, ...(raw.url ? { url: raw.url } : {}), lines: [], messages: [] };
}

/** Fields a stage has found by the time every stage ran (those optional after their stage are not among them). */
type AlwaysFound = { [K in keyof FoundFields]-?: undefined extends FoundFields[K] ? never : K }[keyof FoundFields];

/**
 * What a stage reads that an earlier stage finds: a stage listed before the one that finds it is a
 * programmer's error, thrown with the field's name.
 */
export function assertFound<K extends AlwaysFound>(capture: CaptureFile, fields: readonly K[]): asserts capture is CaptureWith<K> {
  for (const field of fields) {
    if (capture[field] === undefined) throw new Error(`${capture.file}: no "${field}" yet: the stage that finds it must run earlier in CAPTURE_STAGES`);
  }
}

/**
 * The capture as stage 7 reads it once every stage ran: each field found (a stage missing from the
 * list is a programmer's error), a new stage's fields included, the bytes and raw lines let go (the
 * paragraphs and removed lines carry on; memory, cache size).
 */
export function normalizedCapture(capture: CaptureFile): NormalizedCapture {
  assertFound(capture, ["name", "hash", "header", "paragraphs", "removed", "title", "titleDerived", "titleEvidence", "dateCandidates", "nowWindow", "entities", "actors", "places"]);
  // Left out: the bytes (undefined once read) and `skipped` (never set on a capture that got here).
  const { bytes, skipped, ...found } = capture;
  return { ...found, lines: [] };
}
