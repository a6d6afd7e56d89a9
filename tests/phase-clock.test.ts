import assert from "node:assert/strict";
import { test } from "node:test";
import { phaseClock, type Phases } from "../src/phase-clock.ts";

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
