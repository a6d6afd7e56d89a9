import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { countCaptures, heapNeeded, heapToRelaunchWith, relaunchFlags, WARM_PROCESS_FLAGS } from "../../src/publish/heap-size.ts";

const GiB = 1024 ** 3;

describe("the build's heap size", () => {
  test("a small archive keeps Node's default heap", () => {
    assert.equal(heapToRelaunchWith(10_000, 4 * GiB, 24 * GiB), undefined);
  });

  test("a large archive is given the heap it needs, within the machine's memory", () => {
    const megabytes = heapToRelaunchWith(100_000, 4 * GiB, 24 * GiB);
    assert.ok(megabytes !== undefined);
    assert.equal(megabytes, Math.ceil(heapNeeded(100_000) / 1024 ** 2));
    assert.ok(megabytes * 1024 ** 2 <= 24 * GiB * 0.8);
  });

  test("no more than most of the machine's memory, and never less than the current heap", () => {
    assert.equal(heapToRelaunchWith(1_000_000, 4 * GiB, 8 * GiB), Math.ceil((8 * GiB * 0.8) / 1024 ** 2));
    assert.equal(heapToRelaunchWith(1_000_000, 4 * GiB, 4 * GiB), undefined);
  });

  test("a warm process is relaunched with the flags it lacks, and only when it lacks one", () => {
    const small = (execArgv: string[]) => relaunchFlags(10_000, WARM_PROCESS_FLAGS, execArgv, 4 * GiB, 24 * GiB);
    assert.deepEqual(small(["--import", "tsx"]), [...WARM_PROCESS_FLAGS]);
    assert.equal(small(["--import", "tsx", ...WARM_PROCESS_FLAGS]), undefined);
    assert.equal(relaunchFlags(10_000, [], [], 4 * GiB, 24 * GiB), undefined);
    const large = relaunchFlags(100_000, WARM_PROCESS_FLAGS, [...WARM_PROCESS_FLAGS], 4 * GiB, 24 * GiB);
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
