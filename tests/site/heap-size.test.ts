import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { BOUND_FROM_CAPTURES, boundedHeap, countCaptures, endedBySignal, heapNeeded, heapToRelaunchWith, liveHeapAtPeak, relaunchFlags, runWithHeap, WARM_PROCESS_FLAGS } from "../../src/publish/heap-size.ts";

const MB = 1024 ** 2;
const GiB = 1024 ** 3;

describe("the build's heap size", () => {
  test("npm start: a small archive keeps Node's default heap", () => {
    assert.equal(heapToRelaunchWith(10_000, "ample", 4 * GiB, 24 * GiB), undefined);
  });

  test("npm start: a large archive is given the heap it needs, within the machine's memory", () => {
    const megabytes = heapToRelaunchWith(100_000, "ample", 4 * GiB, 24 * GiB);
    assert.ok(megabytes !== undefined);
    assert.equal(megabytes, Math.ceil(heapNeeded(100_000) / MB));
    assert.ok(megabytes * MB <= 24 * GiB * 0.8);
  });

  test("npm start: no more than most of the machine's memory, and never less than the current heap", () => {
    assert.equal(heapToRelaunchWith(1_000_000, "ample", 4 * GiB, 8 * GiB), Math.ceil((8 * GiB * 0.8) / MB));
    assert.equal(heapToRelaunchWith(1_000_000, "ample", 4 * GiB, 4 * GiB), undefined);
  });

  test("a one-off build of a small archive keeps the default heap", () => {
    assert.equal(heapToRelaunchWith(BOUND_FROM_CAPTURES - 1, "bounded", 4 * GiB, 24 * GiB), undefined);
  });

  test("a one-off build is limited to its live peak with room, below the default heap at 10,000 captures", () => {
    const megabytes = heapToRelaunchWith(10_000, "bounded", 4 * GiB, 24 * GiB)!;
    assert.ok(megabytes * MB > 1.3 * liveHeapAtPeak(10_000), `${megabytes} MB leaves too little room over the live peak`);
    assert.ok(megabytes * MB < 4 * GiB / 2);
  });

  test("the bound grows with the archive, past the default heap when the archive needs it, within the machine", () => {
    const at = (captures: number) => heapToRelaunchWith(captures, "bounded", 4 * GiB, 24 * GiB)!;
    assert.ok(at(20_000) > at(10_000));
    assert.equal(at(100_000), Math.ceil(boundedHeap(100_000) / MB));
    assert.ok(at(100_000) * MB > 4 * GiB);
    assert.equal(heapToRelaunchWith(1_000_000, "bounded", 4 * GiB, 8 * GiB), Math.ceil((8 * GiB * 0.8) / MB));
  });

  test("a warm process is relaunched with the flags it lacks, and only when it lacks one", () => {
    const small = (execArgv: string[]) => relaunchFlags(10_000, "ample", WARM_PROCESS_FLAGS, execArgv, 4 * GiB, 24 * GiB);
    assert.deepEqual(small(["--import", "tsx"]), [...WARM_PROCESS_FLAGS]);
    assert.equal(small(["--import", "tsx", ...WARM_PROCESS_FLAGS]), undefined);
    assert.equal(relaunchFlags(10_000, "ample", [], [], 4 * GiB, 24 * GiB), undefined);
    const large = relaunchFlags(100_000, "ample", WARM_PROCESS_FLAGS, [...WARM_PROCESS_FLAGS], 4 * GiB, 24 * GiB);
    assert.deepEqual(large, [`--max-old-space-size=${Math.ceil(heapNeeded(100_000) / 1024 ** 2)}`]);
  });

  test("npm start runs with the warm process's flags", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> };
    for (const flag of WARM_PROCESS_FLAGS) assert.ok(scripts.start!.split(" ").includes(flag), `${flag} in ${scripts.start}`);
  });

  test("a web archive counts as the pages its size suggests, not as one capture", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heap-count-"));
    try {
      fs.writeFileSync(path.join(dir, "story.txt"), "A story.");
      fs.writeFileSync(path.join(dir, "crawl.warc.gz"), Buffer.alloc(1024 * 1024));
      assert.equal(countCaptures(dir), 1 + 103);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a build that outgrows its heap", () => {
  // Holds ~100 MB live, then writes a file: it cannot finish in a 40 MB heap.
  const holdsHundredMegabytes = `const kept = []; for (let i = 0; i < 125; i++) kept.push(new Array(100000).fill(i + 0.5));
require("node:fs").writeFileSync(process.argv[2], String(kept.length));`;

  function withScript(check: (script: string, done: string) => void): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heap-retry-"));
    try {
      const script = path.join(dir, "hold.cjs");
      fs.writeFileSync(script, holdsHundredMegabytes);
      check(script, path.join(dir, "done"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test("is run again with the ample heap, and finishes", () => {
    withScript((script, done) => {
      assert.equal(runWithHeap([script, done], ["--max-old-space-size=40"], 400), 0);
      assert.equal(fs.readFileSync(done, "utf8"), "125");
    });
  });

  test("without an ample heap to fall back on, fails with a non-zero code", () => {
    withScript((script, done) => {
      assert.equal(runWithHeap([script, done], ["--max-old-space-size=40"]), 1);
      assert.equal(fs.existsSync(done), false);
    });
  });
});

test("a build ended by a signal says which, and why that may be", () => {
  assert.match(endedBySignal("SIGABRT", ["--max-old-space-size=704"]), /SIGABRT: V8 aborts a process that outgrows its heap \(--max-old-space-size=704\)/);
  assert.match(endedBySignal("SIGKILL", []), /SIGKILL: the system ends a process so when memory runs out/);
  assert.match(endedBySignal("SIGTERM", []), /SIGTERM: it was stopped from outside, or crashed\. The previous site is untouched\./);
});
