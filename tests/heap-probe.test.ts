// The step-by-step memory log (NEWS_ARCHIVE_HEAP_LOG): one line per step that runSteps runs, with
// the live heap after a collection when gc is exposed; nothing at all when the variable is unset.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { HEAP_LOG_VARIABLE, heapLogger, sampleHeap, type HeapSample } from "../src/heap-probe.ts";

test("unset, there is no logger", () => {
  assert.equal(heapLogger(""), undefined);
  assert.equal(heapLogger(undefined), undefined);
});

test("a sample reads this process's heap and resident memory", () => {
  const sample = sampleHeap("a step");
  assert.equal(sample.step, "a step");
  assert.ok(sample.heapUsedMB > 0 && sample.rssMB >= sample.heapUsedMB / 2);
  assert.ok(sample.peakRssMB >= sample.rssMB);
});

test("with the variable set, runSteps logs each step; under --expose-gc, after a collection that frees what a step let go", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heap-probe-"));
  try {
    const log = path.join(dir, "heap.jsonl");
    // The first step holds 64 MB, the second lets it go.
    const script = `import { runSteps } from ${JSON.stringify(path.resolve("src/run-steps.ts"))};
const state = { held: [] };
await runSteps([["hold", (s) => { for (let i = 0; i < 8; i++) s.held.push(new Array(1_000_000).fill(i + 0.5)); }], ["let-go", (s) => { s.held = []; }]], state, {});`;
    execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, [HEAP_LOG_VARIABLE]: log } });
    const samples = fs.readFileSync(log, "utf8").trim().split("\n").map((line) => JSON.parse(line) as HeapSample);
    assert.deepEqual(samples.map((sample) => [sample.step, sample.collected]), [["hold", true], ["let-go", true]]);
    assert.ok(samples[0]!.heapUsedMB - samples[1]!.heapUsedMB >= 60, JSON.stringify(samples));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
