// Node's default heap (about 4 GB here) holds a build of some 25,000 captures: the whole archive
// is in memory between the merge and the last page. A larger archive needs a larger heap, so the
// build's scripts relaunch themselves with one sized to the archive, up to most of the machine's
// memory, rather than fail with V8's "heap out of memory" an hour in.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import v8 from "node:v8";
import { listCaptures } from "../list-captures.ts";

/** Heap a build needs per capture (measured: ~95 MB of heap per 1,000 captures at 10,000), with room. */
const BYTES_PER_CAPTURE = 150 * 1024;
const BASE_BYTES = 512 * 1024 ** 2;
/** The share of the machine's memory the build may take. */
const MACHINE_SHARE = 0.8;
const RELAUNCHED = "NEWS_ARCHIVE_HEAP_SET";

export function heapNeeded(captures: number): number {
  return BASE_BYTES + captures * BYTES_PER_CAPTURE;
}

/** The --max-old-space-size (MB) to relaunch with, or undefined when the current heap will do. */
export function heapToRelaunchWith(captures: number, limit = v8.getHeapStatistics().heap_size_limit, machine = os.totalmem()): number | undefined {
  const needed = heapNeeded(captures);
  if (needed <= limit) return undefined;
  const granted = Math.max(limit, Math.min(needed, machine * MACHINE_SHARE));
  return granted > limit ? Math.ceil(granted / 1024 ** 2) : undefined;
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

/** What to relaunch with (flags to add), or undefined when this process has the heap and flags it needs. */
export function relaunchFlags(captures: number, wanted: readonly string[], execArgv: readonly string[] = process.execArgv, limit?: number, machine?: number): string[] | undefined {
  const megabytes = heapToRelaunchWith(captures, limit, machine);
  const flags = [...wanted.filter((flag) => !execArgv.includes(flag)), ...(megabytes === undefined ? [] : [`--max-old-space-size=${megabytes}`])];
  return flags.length > 0 ? flags : undefined;
}

/**
 * Reruns this script with a larger heap when the archive needs one, or with `flags` (e.g.
 * WARM_PROCESS_FLAGS) when it was started without them, and returns its exit code; undefined
 * means "go on here".
 */
export function relaunchWithHeapFor(sourcesDir: string, flags: readonly string[] = []): number | undefined {
  if (process.env[RELAUNCHED]) return undefined;
  const added = relaunchFlags(countCaptures(sourcesDir), flags);
  if (added === undefined) return undefined;
  const child = spawnSync(process.execPath, [...process.execArgv, ...added, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: "1" },
  });
  return child.status ?? 1;
}
