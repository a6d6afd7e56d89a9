// The per-capture stage list is what runs: in its order, each stage seeing what the earlier ones
// found, a new stage being one more line, and the worker thread running it without the orchestrator.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { importClosure } from "../../src/import-graph.ts";
import { captureFile, normalizedCapture, type CaptureFile } from "../../src/normalize/capture-file.ts";
import { CAPTURE_STAGES, runCaptureStages, type CaptureStageList } from "../../src/normalize/capture-stages.ts";
import { normalizeCapture } from "../../src/normalize/normalize-capture.ts";
import { testContext } from "./helpers.ts";

// A new stage declares the fields it adds in its own file, as vfile's DataMap is extended.
declare module "../../src/normalize/capture-file.ts" {
  interface CaptureFile {
    /** What the look-around stage of a test saw of the stages before it. */
    lookedAround?: { title?: string; date?: string; outlet?: string; actors?: string[] };
  }
}

const TEXT = "Talks resume in Erbil\nKRG and Baghdad officials met in Erbil on 3 March 2021 to discuss the budget dispute, officials said.\nThe talks will continue next week.";
const bytes = new TextEncoder().encode(TEXT);
const names = (stages: CaptureStageList) => stages.map(([name]) => name);

describe("CAPTURE_STAGES", () => {
  test("reads as stages 1–6 in order", () => {
    assert.deepEqual(names(CAPTURE_STAGES), ["read", "strip-boilerplate", "find-title", "find-date", "find-outlet", "find-entities"]);
  });

  test("is what normalizeCapture runs", () => {
    const context = testContext();
    const listed = runCaptureStages(captureFile({ file: "t.txt", bytes }), context);
    assert.deepEqual(normalizeCapture({ file: "t.txt", bytes }, context).capture, normalizedCapture(listed));
  });

  test("runs each stage once, in order, and says how long each took", () => {
    const laps: string[] = [];
    runCaptureStages(captureFile({ file: "t.txt", bytes }), testContext(), CAPTURE_STAGES, (stage, ms) => {
      assert.ok(ms >= 0);
      laps.push(stage);
    });
    assert.deepEqual(laps, names(CAPTURE_STAGES));
  });

  test("a stage inserted in a copy of the list runs in its place and sees what the stages before it found", () => {
    const lookAround = (capture: CaptureFile) => {
      capture.lookedAround = { title: capture.title, date: capture.date, outlet: capture.outlet, actors: capture.actors };
      capture.messages.push({ file: capture.file, severity: "info", ruleId: "date-none", reason: "look-around ran" });
    };
    const stages: CaptureStageList = [...CAPTURE_STAGES.slice(0, 4), ["look-around", lookAround], ...CAPTURE_STAGES.slice(4)];
    const laps: string[] = [];
    const capture = runCaptureStages(captureFile({ file: "t.txt", bytes }), testContext(), stages, (stage) => laps.push(stage));
    assert.deepEqual(laps, ["read", "strip-boilerplate", "find-title", "find-date", "look-around", "find-outlet", "find-entities"]);
    assert.deepEqual(capture.lookedAround, { title: "Talks resume in Erbil", date: "2021-03-03", outlet: undefined, actors: undefined });
    assert.ok(capture.actors?.includes("Kurdistan Regional Government"), "the stages after it still ran");
    assert.ok(capture.messages.some((message) => message.reason === "look-around ran"), "its messages travel with the capture");
    assert.deepEqual(normalizedCapture(capture).lookedAround, capture.lookedAround, "what it found reaches stage 7");
  });

  test("a stage listed before the one that finds what it reads is a programmer's error naming the field", () => {
    const stages: CaptureStageList = [CAPTURE_STAGES[0], CAPTURE_STAGES[2]];
    assert.throws(() => runCaptureStages(captureFile({ file: "t.txt", bytes }), testContext(), stages), /no "paragraphs" yet/);
  });

  test("a list without a stage whose fields stage 7 reads fails when the capture is handed on", () => {
    const capture = runCaptureStages(captureFile({ file: "t.txt", bytes }), testContext(), CAPTURE_STAGES.slice(0, 5));
    assert.throws(() => normalizedCapture(capture), /no "entities" yet/);
  });

  test("a capture a stage skips goes no further, with the reason among its messages", () => {
    const laps: string[] = [];
    const capture = runCaptureStages(captureFile({ file: "empty.txt", bytes: new Uint8Array() }), testContext(), CAPTURE_STAGES, (stage) => laps.push(stage));
    assert.deepEqual(laps, ["read"]);
    assert.equal(capture.skipped, true);
    assert.deepEqual(capture.messages.map((message) => message.ruleId), ["capture-empty"]);
  });

  test("the capture stage 7 receives holds no bytes and no raw lines, and every stage's fields", () => {
    const capture = normalizedCapture(runCaptureStages(captureFile({ file: "t.txt", bytes }), testContext()));
    assert.equal("bytes" in capture, false);
    assert.deepEqual(capture.lines, []);
    assert.equal(capture.title, "Talks resume in Erbil");
    assert.ok(capture.paragraphs.length > 0 && capture.nowWindow && capture.entities.length > 0);
  });
});

describe("the worker thread", () => {
  test("runs the stage list without importing the archive orchestrator (src/pipeline.ts)", () => {
    const src = path.join(import.meta.dirname, "..", "..", "src");
    const closure = importClosure(path.join(src, "normalize", "capture-thread.ts")).map((file) => path.relative(src, file));
    assert.ok(closure.includes(path.join("normalize", "capture-stages.ts")), "the thread runs the list");
    assert.equal(closure.includes("pipeline.ts"), false);
  });
});
