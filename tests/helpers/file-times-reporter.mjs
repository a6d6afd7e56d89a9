// A node:test reporter for npm test (scripts/test.sh): after the run, the test files that took
// longest, each with its wall time from start to end of its own process, so that a slow suite is
// seen where CI prints its log. The spec reporter beside it prints the tests themselves.
// Plain JavaScript: node loads a reporter before tsx's loader is registered.
import path from "node:path";

/** How many of the slowest files are listed. */
const SHOWN = 15;

/** @param {AsyncIterable<import("node:test/reporters").TestEvent>} source */
export default async function* fileTimes(source) {
  /** @type {Map<string, number>} */
  const seconds = new Map();
  for await (const event of source) {
    // Each file runs in a process of its own, reported as one test named after the file.
    if (event.type !== "test:complete" || event.data.nesting !== 0 || event.data.name !== event.data.file) continue;
    seconds.set(path.relative(process.cwd(), event.data.file), event.data.details.duration_ms / 1000);
  }
  const slowest = [...seconds].sort((a, b) => b[1] - a[1]);
  const total = slowest.reduce((sum, [, time]) => sum + time, 0);
  yield `# test files by wall time, slowest first (${slowest.length} files, ${total.toFixed(0)} s summed; files run at once overlap)\n`;
  for (const [file, time] of slowest.slice(0, SHOWN)) yield `#   ${time.toFixed(1).padStart(6)} s  ${file}\n`;
}
