// Stages 1–6 for one capture, the contract between the orchestrator (pipeline.ts) and the worker
// threads (capture-pool.ts): what a capture job is, what comes back, and the function both run.
// The stages themselves are the list in capture-stages.ts; this file reads the file, runs the list
// and fingerprints the result for the merge.
import fs from "node:fs";
import type { Message } from "../messages.ts";
import type { CachedResult } from "./capture-cache.ts";
import { captureFile, normalizedCapture, type NormalizedCapture, type RawCapture } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import { runCaptureStages } from "./capture-stages.ts";
import { captureFingerprint } from "./merge-duplicates.ts";
import { MAX_PAGE_BYTES } from "./read-html.ts";
import { parseWarcRecordName, readWarcPage } from "./warc-records.ts";

export type { RawCapture } from "./capture-file.ts";
export { captureContext, type CaptureContext, type CaptureSettings } from "./capture-context.ts";

/** One capture to run: its display path and full path; its file time and cache key when known. */
export interface CaptureJob {
  index: number;
  file: string;
  full: string;
  bytes?: Uint8Array;
  modifiedAt?: string;
  key?: string;
}

export interface CaptureOutcome {
  index: number;
  key?: string;
  /** With the capture's fingerprint, computed alongside so the merge only compares. */
  result?: CachedResult;
  /** Why the capture could not be read or normalized. */
  failure?: string;
}

/** Reads one capture (unless its bytes came with it), runs stages 1–6 on it and fingerprints it for the merge. */
export function readAndNormalize(job: CaptureJob, context: CaptureContext): CaptureOutcome {
  try {
    const record = parseWarcRecordName(job.full);
    let raw: RawCapture;
    if (record) {
      // A web archive's record: its page, its address, and when it was captured (never its date).
      const page = readWarcPage(record.file, record.offset, MAX_PAGE_BYTES);
      raw = { file: job.file, bytes: page.html, modifiedAt: page.capturedAt && /^\d{4}-\d{2}-\d{2}T/.test(page.capturedAt) ? page.capturedAt : job.modifiedAt, url: page.url };
    } else {
      const modifiedAt = job.modifiedAt ?? fs.statSync(job.full).mtime.toISOString();
      raw = { file: job.file, bytes: job.bytes ?? new Uint8Array(fs.readFileSync(job.full)), modifiedAt };
    }
    const result: CachedResult = normalizeCapture(raw, context);
    if (result.capture) result.fingerprint = captureFingerprint(result.capture);
    return { index: job.index, key: job.key, result };
  } catch (error) {
    return { index: job.index, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** Stages 1–6 for one capture: the capture as stage 7 reads it, unless a stage skipped it, and its messages. */
export function normalizeCapture(raw: RawCapture, context: CaptureContext): { capture?: NormalizedCapture; messages: Message[] } {
  const capture = runCaptureStages(captureFile(raw), context);
  if (capture.skipped) return { messages: capture.messages };
  return { capture: normalizedCapture(capture), messages: capture.messages };
}
