// Stages 1–6 for one capture, as a named list (markdown-it's ruler style): each stage reads the
// one capture object (capture-file.ts) and adds what it finds, with its evidence and messages.
// The order matters: titles are found after chrome is gone, outlets after the lede stamp is cut,
// names last so they are found in clean text. A new stage is one file exporting a function of
// (capture, context) and one line in CAPTURE_STAGES.
import type { CaptureFile } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import { findDate } from "./find-date.ts";
import { findEntities } from "./find-entities.ts";
import { findOutlet } from "./find-outlet.ts";
import { findTitle } from "./find-title.ts";
import { readCapture } from "./read-capture.ts";
import { stripBoilerplate } from "./strip-boilerplate.ts";

/** A stage reads the capture and the context and adds to the capture; it may mark it skipped. */
export type CaptureStage = (capture: CaptureFile, context: CaptureContext) => void;
export type CaptureStageList = ReadonlyArray<readonly [name: string, stage: CaptureStage]>;

export const CAPTURE_STAGES = [
  ["read", readCapture],
  ["strip-boilerplate", stripBoilerplate],
  ["find-title", findTitle],
  ["find-date", findDate],
  ["find-outlet", findOutlet],
  ["find-entities", findEntities],
] as const satisfies CaptureStageList;

export type CaptureStageName = (typeof CAPTURE_STAGES)[number][0];

/** Runs the stages on a capture in order until one skips it; `lap`, when given, hears each stage's time (ms). */
export function runCaptureStages(capture: CaptureFile, context: CaptureContext, stages: CaptureStageList = CAPTURE_STAGES, lap?: (stage: string, ms: number) => void): CaptureFile {
  for (const [name, stage] of stages) {
    if (capture.skipped) break;
    if (!lap) {
      stage(capture, context);
      continue;
    }
    const started = performance.now();
    stage(capture, context);
    lap(name, performance.now() - started);
  }
  return capture;
}

/** The stages from the first to `last`, to run a capture part of the way (tests of one stage). */
export function stagesThrough(last: CaptureStageName): CaptureStageList {
  return CAPTURE_STAGES.slice(0, CAPTURE_STAGES.findIndex(([name]) => name === last) + 1);
}
