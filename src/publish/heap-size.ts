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
function heapSetByUser(execArgv: readonly string[]): boolean {
  return [...execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((flag) => flag.startsWith(HEAP_FLAG));
}

/** V8 aborts the process when a heap limit is reached ("JavaScript heap out of memory"). */
const OUT_OF_MEMORY_SIGNAL = "SIGABRT";

/**
 * V8 flags of a process that keeps the archive warm and rebuilds it (npm start): a young
 * generation of 64 MB semi-spaces instead of 16. A rebuild at 10,000 captures allocates ~2.5 GB,
 * much of it living through one build step (an archive part, a page plan): with 16 MB, ~150
 * scavenges a rebuild copied ~650 MB of survivors; with 64 MB, ~40 (bench/README.md, "Adding one
 * capture"). At most ~150 MB more memory, in a process that holds well over 1 GB. package.json's
 * start script passes them (relaunching would leave the server running when the parent is killed;
 * tests/site/heap-size.test.ts checks the two agree); add-one's warm bench relaunches with them.
 */
export const WARM_PROCESS_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

/** The heap (MB) to relaunch with, unless the user set one or the current heap will do. */
function heapToSet(captures: number, policy: HeapPolicy, execArgv: readonly string[], limit?: number, machine?: number): number | undefined {
  return heapSetByUser(execArgv) ? undefined : heapToRelaunchWith(captures, policy, limit, machine);
}

/** The flags to relaunch with (`wanted` ones this process lacks, and a heap limit), or undefined when it has what it needs. */
export function relaunchFlags(captures: number, policy: HeapPolicy, wanted: readonly string[], execArgv: readonly string[] = process.execArgv, limit?: number, machine?: number): string[] | undefined {
  const megabytes = heapToSet(captures, policy, execArgv, limit, machine);
  const flags = [...wanted.filter((flag) => !execArgv.includes(flag)), ...(megabytes === undefined ? [] : [`${HEAP_FLAG}=${megabytes}`])];
  return flags.length > 0 ? flags : undefined;
}

/** Why a relaunched build ended without an exit code of its own: it says nothing itself when a signal ends it. */
export function endedBySignal(signal: NodeJS.Signals, flags: readonly string[]): string {
  const heap = flags.find((flag) => flag.startsWith(HEAP_FLAG));
  const why =
    signal === OUT_OF_MEMORY_SIGNAL
      ? `V8 aborts a process that outgrows its heap${heap ? ` (${heap})` : ""}`
      : signal === "SIGKILL"
        ? "the system ends a process so when memory runs out (see dmesg)"
        : "it was stopped from outside, or crashed";
  return `The build was ended by ${signal}: ${why}. The previous site is untouched.`;
}

/**
 * Runs `args` (a script and its arguments) in a node of this one's flags and `flags`; if it runs
 * out of heap, once more with a heap of `fallbackMegabytes` when given. Returns the exit code (1
 * for a process ended by a signal, which is said on stderr).
 */
export function runWithHeap(args: readonly string[], flags: readonly string[], fallbackMegabytes?: number): number {
  const child = spawnSync(process.execPath, [...process.execArgv, ...flags, ...args], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: "1" },
  });
  if (child.error) throw child.error;
  if (child.signal === OUT_OF_MEMORY_SIGNAL && fallbackMegabytes !== undefined) {
    console.error(`The build outgrew its heap: running it again with ${fallbackMegabytes} MB (the previous site is untouched).`);
    return runWithHeap(args, [...flags.filter((flag) => !flag.startsWith(HEAP_FLAG)), `${HEAP_FLAG}=${fallbackMegabytes}`]);
  }
  if (child.signal) console.error(endedBySignal(child.signal, flags));
  return child.status ?? 1;
}

/**
 * Reruns this script with the heap the archive calls for, and with `flags` (e.g.
 * WARM_PROCESS_FLAGS) when it was started without them, and returns its exit code; undefined
 * means "go on here".
 */
export function relaunchWithHeapFor(sourcesDir: string, policy: HeapPolicy, flags: readonly string[] = []): number | undefined {
  if (process.env[RELAUNCHED]) return undefined;
  const captures = countCaptures(sourcesDir);
  const added = relaunchFlags(captures, policy, flags);
  if (added === undefined) return undefined;
  const bounded = policy === "bounded" ? heapToSet(captures, policy, process.execArgv) : undefined;
  const ample = heapToRelaunchWith(captures, "ample") ?? Math.ceil(v8.getHeapStatistics().heap_size_limit / MB);
  const fallback = bounded !== undefined && ample > bounded ? ample : undefined;
  return runWithHeap(process.argv.slice(1), added, fallback);
}
