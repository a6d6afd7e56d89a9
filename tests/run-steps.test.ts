// The step runner of the normalizer and the site build: steps run in their listed order over one state, each timed
// under its name, and STOP ends the run; a whole build reports its steps' times under their names.
import assert from "node:assert/strict";
import fs from "node:fs";
import { test } from "node:test";
import type { Phases } from "../src/phase-clock.ts";
import { runSteps, STOP, type Step } from "../src/run-steps.ts";
import { buildFixtureSite } from "./helpers/fixture-site.ts";

test("steps run in order over one state, each timed under its name, until one returns STOP", async () => {
  const steps: Step<string[]>[] = [
    ["first", (seen) => void seen.push("first")],
    ["second", async (seen) => void seen.push("second")],
    ["stop", () => STOP],
    ["never", (seen) => void seen.push("never")],
  ];
  const seen: string[] = [];
  const phases: Phases = {};
  assert.equal(await runSteps(steps, seen, phases, "site/"), false);
  assert.deepEqual(seen, ["first", "second"]);
  assert.deepEqual(Object.keys(phases), ["site/first", "site/second", "site/stop"]);
  assert.equal(await runSteps(steps.slice(0, 2), [], {}), true);
});

test("a build's timings name its steps, and its stages add them up", async () => {
  const built = await buildFixtureSite({ searchShards: true });
  try {
    const { phases, render, index } = built.result.timings;
    const steps = ["load-registries", "list-captures", "prepare-staging", "normalize", "load-articles", "build-archive", "plan-pages", "plan-search", "render", "index", "wait-for-article-files", "report", "swap"];
    assert.deepEqual(Object.keys(phases).filter((name) => steps.includes(name)), steps);
    for (const step of ["templates", "pages", "gone-pages", "captures", "assets"]) assert.ok(`render/${step}` in phases, step);
    assert.equal(render, phases["build-archive"]! + phases["plan-pages"]! + phases["plan-search"]! + phases.render!);
    assert.equal(index, phases.index);
  } finally {
    fs.rmSync(built.dir, { recursive: true, force: true });
  }
});
