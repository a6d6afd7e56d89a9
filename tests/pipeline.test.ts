// The archive's step list (src/pipeline.ts) is what normalizeArchive runs: every step, in the
// list's order, each timed under its own name.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ARCHIVE_STEPS, normalizeArchive } from "../src/pipeline.ts";

const project = path.join(import.meta.dirname, "..");
const stepNames = ARCHIVE_STEPS.map(([name]) => name);

test("the laps of a run are the archive's step names, in the list's order", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-"));
  try {
    const articlesDir = path.join(work, "articles");
    const result = await normalizeArchive({ sourcesDir: path.join(project, "content/sources"), articlesDir, registryDir: path.join(project, "content/registry"), addressesFile: path.join(work, "addresses.jsonl"), now: "2026-11-23T00:00:00Z", workers: 0 });
    assert.ok(result.articles.length > 0);
    assert.deepEqual(Object.keys(result.phases ?? {}), stepNames);
    assert.ok(fs.readdirSync(articlesDir).some((name) => name.endsWith(".md")), "the last step wrote the articles");
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test("each step has its own name", () => {
  assert.equal(new Set(stepNames).size, stepNames.length);
});

test("a broken address ledger ends the run before any capture is read: no article, only its messages", async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-"));
  try {
    const addressesFile = path.join(work, "addresses.jsonl");
    fs.writeFileSync(addressesFile, "<<<<<<< HEAD\n");
    const result = await normalizeArchive({ sourcesDir: path.join(project, "content/sources"), articlesDir: path.join(work, "articles"), registryDir: path.join(project, "content/registry"), addressesFile, now: "2026-11-23T00:00:00Z", workers: 0 });
    assert.deepEqual(result.articles, []);
    assert.equal(result.phases, undefined);
    assert.ok(result.messages.some((message) => message.severity === "error" && message.file?.endsWith("addresses.jsonl")));
    assert.ok(!fs.existsSync(path.join(work, "articles")));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
