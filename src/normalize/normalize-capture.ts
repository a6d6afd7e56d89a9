// Stages 1–6 for one capture, the contract between the orchestrator (pipeline.ts) and the worker
// threads (capture-pool.ts): what a capture job is, what comes back, and the function both run.
// The stages go in order, each needing the one before: titles are found after chrome is gone,
// outlets after the lede stamp is cut, names last so they are found in clean text.
import fs from "node:fs";
import type { Message } from "../messages.ts";
import { EntityIndex } from "../registry/entity-index.ts";
import { loadRegistries, type Registries } from "../registry/load-registries.ts";
import { OutletIndex } from "../registry/outlet-index.ts";
import type { NameFinder } from "./candidate-names.ts";
import type { CachedResult } from "./capture-cache.ts";
import { findDate } from "./find-date.ts";
import { findEntities, type EntityCapture } from "./find-entities.ts";
import { findOutlet } from "./find-outlet.ts";
import { findTitle } from "./find-title.ts";
import { captureFingerprint } from "./merge-duplicates.ts";
import { readCapture, type RawCapture } from "./read-capture.ts";
import { stripBoilerplate } from "./strip-boilerplate.ts";

export interface CaptureContext {
  now: string;
  entities: EntityIndex;
  outlets: OutletIndex;
  registryOnly?: boolean;
  nameFinder?: NameFinder;
}

/** What a worker needs to rebuild the capture context on its side. */
export interface CaptureSettings {
  registryDir: string;
  /** The registries as loaded (sent to workers, so they do not parse the YAML again). */
  registries?: Registries;
  now: string;
  registryOnly?: boolean;
  nameFinder?: NameFinder;
}

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

export function captureContext(settings: CaptureSettings, registries: Registries = settings.registries ?? loadRegistries(settings.registryDir), outlets = OutletIndex.fromRegistries(registries)): CaptureContext {
  return { now: settings.now, entities: EntityIndex.fromRegistries(registries), outlets, registryOnly: settings.registryOnly, nameFinder: settings.nameFinder };
}

/** Reads one capture (unless its bytes came with it), runs stages 1–6 on it and fingerprints it for the merge. */
export function readAndNormalize(job: CaptureJob, context: CaptureContext): CaptureOutcome {
  try {
    const modifiedAt = job.modifiedAt ?? fs.statSync(job.full).mtime.toISOString();
    const bytes = job.bytes ?? new Uint8Array(fs.readFileSync(job.full));
    const result: CachedResult = normalizeCapture({ file: job.file, bytes, modifiedAt }, context);
    if (result.capture) result.fingerprint = captureFingerprint(result.capture);
    return { index: job.index, key: job.key, result };
  } catch (error) {
    return { index: job.index, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** Stages 1–6 for one capture. */
export function normalizeCapture(raw: RawCapture, context: CaptureContext): { capture?: EntityCapture; messages: Message[] } {
  const read = readCapture(raw);
  if (!read.capture) return { messages: read.messages };
  const capture = { ...read.capture, messages: read.messages };
  const cleaned = { ...stripBoilerplate(capture, { outletNames: context.outlets.names }), messages: read.messages };
  const titled = findTitle(cleaned);
  const dated = findDate(titled, { now: context.now });
  const attributed = findOutlet(dated, { outlets: context.outlets });
  const named = findEntities(attributed, { index: context.entities, registryOnly: context.registryOnly, nameFinder: context.nameFinder, outletNames: context.outlets.names });
  // The raw lines served stages 1–6; the paragraphs and removed lines carry on (memory, cache size).
  return { capture: { ...named, lines: [] }, messages: named.messages };
}
