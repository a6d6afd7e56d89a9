// Where the normalizer's time goes, stage by stage: the capture stages (src/normalize/capture-stages.ts)
// run on a sample of the bench corpus in this process, one thread, warm (a first round is left out),
// each stage timed by runCaptureStages' own lap. The issues' per-capture targets ("names ≤ 3 ms a
// capture") are read here; a build's worker threads would mix the stages into one figure.
import fs from "node:fs";
import path from "node:path";
import { listCaptures } from "../../src/list-captures.ts";
import { captureFile } from "../../src/normalize/capture-file.ts";
import { captureContext } from "../../src/normalize/capture-context.ts";
import { runCaptureStages } from "../../src/normalize/capture-stages.ts";
import { spreadOf, type Row } from "./stats.ts";

/** Captures timed: enough for a stable median, few enough to take seconds. */
export const STAGE_SAMPLE = 1_500;

/** Median ms a capture of each stage over `rounds` timed rounds (after one warm-up round), in stage order. */
export function stageTimes(sourcesDir: string, registryDir: string, rounds = 3): Row[] {
  const names = listCaptures(sourcesDir).slice(0, STAGE_SAMPLE);
  const captures = names.map((name) => ({ file: name, bytes: fs.readFileSync(path.join(sourcesDir, name)) }));
  const context = captureContext({ registryDir, now: new Date().toISOString() });
  const perRound = new Map<string, number[]>();
  for (let round = 0; round <= rounds; round++) {
    const laps = new Map<string, number>();
    for (const { file, bytes } of captures) runCaptureStages(captureFile({ file, bytes }), context, undefined, (stage, ms) => laps.set(stage, (laps.get(stage) ?? 0) + ms));
    if (round === 0) continue;
    for (const [stage, ms] of laps) perRound.set(stage, [...(perRound.get(stage) ?? []), ms / captures.length]);
  }
  return [...perRound].map(([stage, values]) => ({ figure: `  ${stage}`, spread: spreadOf(values), unit: "ms", digits: 2 }));
}
