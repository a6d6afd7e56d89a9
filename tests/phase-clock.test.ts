import assert from "node:assert/strict";
import { test } from "node:test";
import { phaseClock, runSteps, type Phases } from "../src/phase-clock.ts";

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

test("runSteps runs the steps in order, each lap under its step's name, and stops after a step that says so", async () => {
  const ran: string[] = [];
  const step = (name: string) => [name, async (state: { stop: boolean }) => {
    ran.push(name);
    if (name === "second") state.stop = true;
  }] as const;
  const phases: Phases = {};
  await runSteps([step("first"), step("second"), step("third")], { stop: false }, phases, (state) => state.stop);
  assert.deepEqual(ran, ["first", "second"]);
  assert.deepEqual(Object.keys(phases), ["first", "second"]);
});
