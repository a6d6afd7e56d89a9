// Where the memory goes, step by step: with NEWS_ARCHIVE_HEAP_LOG=FILE, every step that runSteps
// runs appends one JSON line to FILE: the live heap after a full collection (when node runs with
// --expose-gc; otherwise what the heap holds, garbage included), the resident memory now and its
// peak so far. Off by default: a forced collection after every step costs time.
import fs from "node:fs";

export const HEAP_LOG_VARIABLE = "NEWS_ARCHIVE_HEAP_LOG";

const MB = 1024 ** 2;

export interface HeapSample {
  step: string;
  /** True when the heap was collected first, so heapUsedMB is what is live. */
  collected: boolean;
  heapUsedMB: number;
  externalMB: number;
  rssMB: number;
  peakRssMB: number;
}

export function sampleHeap(step: string): HeapSample {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const usage = process.memoryUsage();
  const round = (bytes: number) => Math.round(bytes / MB);
  // resourceUsage's maxRSS is in kilobytes.
  return { step, collected: collect !== undefined, heapUsedMB: round(usage.heapUsed), externalMB: round(usage.external), rssMB: round(usage.rss), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/** The logger for this process's steps, or undefined when the variable is unset. */
export function heapLogger(file = process.env[HEAP_LOG_VARIABLE]): ((step: string) => void) | undefined {
  if (!file) return undefined;
  return (step) => fs.appendFileSync(file, `${JSON.stringify(sampleHeap(step))}\n`);
}
