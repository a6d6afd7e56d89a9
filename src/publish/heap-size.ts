// The build's heap, sized to the archive. V8 lets the old generation grow well past what is live
// before a full collection (2.5–4× at 10,000 captures), so without a limit a build's resident
// memory follows the machine's load more than the archive. A one-off build (`npm run build`,
// `npm run add`) therefore relaunches itself with a heap limit of its live peak, estimated from the
// number of captures, times a headroom: V8 then collects before it grows far past what is live.
// Should the estimate fall short, the build is run again with the ample heap rather than fail.
// `npm start` keeps every capture warm between builds: it is only ever given a larger heap.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import v8 from "node:v8";
import { listCaptures } from "../list-captures.ts";

const MB = 1024 ** 2;

/**
 * The live heap of a clean build at its peak (after a full collection, NEWS_ARCHIVE_HEAP_LOG,
 * src/heap-probe.ts; bench/README.md "Memory of the clean build"), from build-archive to the page
 * templates' load: 176 MB at 3,000 captures, 415 MB at 10,000, 747 MB at 20,000 (~33 KB a capture
 * over ~83 MB of code, name model and maps). This line lies 5–10 % above all three: it errs on the
 * side of room.
 */
const LIVE_BASE_BYTES = 88 * MB;
const LIVE_BYTES_PER_CAPTURE = 36 * 1024;
/** The bounded limit over the live peak: the room V8 collects in (the live heap between steps moves by ~10 %). */
const HEADROOM = 1.6;
/** Never bound below this: small archives' builds load the name model, the maps and the code. */
const MIN_BOUNDED_BYTES = 256 * MB;
/** Below this many captures the default heap stays: the peak is small, and a relaunch costs ~0.5 s. */
export const BOUND_FROM_CAPTURES = 2_000;

/** The ample heap (npm start, or a bounded build that outgrew its limit): ~95 MB of heap per 1,000 captures at 10,000 before 2026-12-03, with room. */
const AMPLE_BYTES_PER_CAPTURE = 150 * 1024;
const AMPLE_BASE_BYTES = 512 * MB;
/** The share of the machine's memory the build may take. */
const MACHINE_SHARE = 0.8;
const RELAUNCHED = "NEWS_ARCHIVE_HEAP_SET";

/** "bounded": a one-off build, limited to its live peak with headroom; "ample": npm start's warm process, only ever a larger heap. */
export type HeapPolicy = "bounded" | "ample";

export function liveHeapAtPeak(captures: number): number {
  return LIVE_BASE_BYTES + captures * LIVE_BYTES_PER_CAPTURE;
}

export function boundedHeap(captures: number): number {
  return Math.max(MIN_BOUNDED_BYTES, HEADROOM * liveHeapAtPeak(captures));
}

export function heapNeeded(captures: number): number {
  return AMPLE_BASE_BYTES + captures * AMPLE_BYTES_PER_CAPTURE;
}

/** The --max-old-space-size (MB) to relaunch with, or undefined when the current heap will do. */
export function heapToRelaunchWith(captures: number, policy: HeapPolicy, limit = v8.getHeapStatistics().heap_size_limit, machine = os.totalmem()): number | undefined {
  if (policy === "bounded" && captures >= BOUND_FROM_CAPTURES) return Math.ceil(Math.min(boundedHeap(captures), machine * MACHINE_SHARE) / MB);
  const needed = heapNeeded(captures);
  if (needed <= limit) return undefined;
  const granted = Math.max(limit, Math.min(needed, machine * MACHINE_SHARE));
  return granted > limit ? Math.ceil(granted / MB) : undefined;
}

/** A web archive holds many pages: counted by its size, at a page per this many bytes (a saved news page gzips to ~10–40 KB). */
const WARC_BYTES_PER_PAGE = 10 * 1024;

/** How many captures the folder holds, a web archive's pages estimated from its size (listing them would read it all). */
export function countCaptures(sourcesDir: string): number {
  try {
    return listCaptures(sourcesDir).reduce((count, name) => count + (/\.warc(\.gz)?$/i.test(name) ? Math.max(1, Math.ceil(fs.statSync(path.join(sourcesDir, name)).size / WARC_BYTES_PER_PAGE)) : 1), 0);
  } catch {
    return 0;
  }
}

const HEAP_FLAG = "--max-old-space-size";

/** A heap limit given by the person running the build (node's flags or NODE_OPTIONS) is theirs to keep. */
function heapSetByUser(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((flag) => flag.startsWith(HEAP_FLAG));
}

/** V8 aborts the process when a heap limit is reached ("JavaScript heap out of memory"). */
const OUT_OF_MEMORY_SIGNAL = "SIGABRT";

/**
 * Runs `args` (a script and its arguments) in a node of this one's flags with a heap of
 * `megabytes`; if it runs out of heap, once more with `fallbackMegabytes` when given.
 * Returns the exit code (1 for a process ended by a signal).
 */
export function runWithHeap(args: readonly string[], megabytes: number, fallbackMegabytes?: number): number {
  const child = spawnSync(process.execPath, [...process.execArgv, `${HEAP_FLAG}=${megabytes}`, ...args], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: "1" },
  });
  if (child.signal === OUT_OF_MEMORY_SIGNAL && fallbackMegabytes !== undefined && fallbackMegabytes > megabytes) {
    console.error(`The build outgrew its ${megabytes} MB heap: running it again with ${fallbackMegabytes} MB (the previous site is untouched).`);
    return runWithHeap(args, fallbackMegabytes);
  }
  return child.status ?? 1;
}

/**
 * Reruns this script with the heap the archive calls for, and returns its exit code;
 * undefined means "go on here".
 */
export function relaunchWithHeapFor(sourcesDir: string, policy: HeapPolicy): number | undefined {
  if (process.env[RELAUNCHED] || heapSetByUser()) return undefined;
  const captures = countCaptures(sourcesDir);
  const megabytes = heapToRelaunchWith(captures, policy);
  if (megabytes === undefined) return undefined;
  const current = v8.getHeapStatistics().heap_size_limit;
  const fallback = policy === "bounded" ? (heapToRelaunchWith(captures, "ample") ?? Math.ceil(current / MB)) : undefined;
  return runWithHeap(process.argv.slice(1), megabytes, fallback);
}
