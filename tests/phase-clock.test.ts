import assert from "node:assert/strict";
import { test } from "node:test";
import { phaseClock, recordCpuLaps, withCpuLapPrefix, type Phases } from "../src/phase-clock.ts";

test("each step records the time since the one before, in order", async () => {
  const phases: Phases = {};
  const lap = phaseClock(phases);
  await new Promise((resolve) => setTimeout(resolve, 30));
  lap("first");
  lap("second");
  assert.deepEqual(Object.keys(phases), ["first", "second"]);
  assert.ok(phases.first! >= 25, `first: ${phases.first}`);
  assert.ok(phases.second! < phases.first!, "the second step starts where the first ended");
});

test("while asked, each step's CPU time is recorded too: busy work counts, waiting does not", async () => {
  const phases: Phases = {};
  const cpu: Phases = {};
  recordCpuLaps(cpu);
  try {
    const lap = phaseClock(phases);
    // The process's other threads (the compiler, the collector) may work meanwhile: waiting is
    // told apart from spinning by a wide margin, not by zero.
    await new Promise((resolve) => setTimeout(resolve, 300));
    lap("waiting");
    // Busy for 200 ms of CPU, however long a loaded machine takes to give them.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 200_000);
    lap("busy");
  } finally {
    recordCpuLaps(undefined);
  }
  assert.deepEqual(Object.keys(cpu), ["waiting", "busy"]);
  assert.ok(cpu.waiting! < 150, `waiting: ${cpu.waiting} ms of CPU`);
  assert.ok(cpu.busy! >= 190, `busy: ${cpu.busy} ms of CPU`);
  const after: Phases = {};
  phaseClock(after)("unasked");
  assert.equal(cpu.unasked, undefined);
});

test("a stage's own steps take the name its caller reports them under", async () => {
  const cpu: Phases = {};
  recordCpuLaps(cpu);
  try {
    const outer = phaseClock({});
    await withCpuLapPrefix("normalize/", async () => phaseClock({})("merge"));
    outer("normalize");
  } finally {
    recordCpuLaps(undefined);
  }
  assert.deepEqual(Object.keys(cpu), ["normalize/merge", "normalize"]);
});
