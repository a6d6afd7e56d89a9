import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { generateCorpus, writeCorpus, writeCorpusRegistry } from "../../scripts/generate-corpus.ts";
import { normalizeInWorkers } from "../../src/normalize/capture-pool.ts";
import { normalizeArchive } from "../../src/pipeline.ts";

const projectRegistry = path.join(import.meta.dirname, "..", "..", "content", "registry");

describe("stages 1–6 on worker threads", () => {
  test("worker threads and this thread give the same articles and messages, in the same order", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "workers-"));
    const sourcesDir = path.join(work, "sources");
    const registryDir = path.join(work, "registry");
    const corpus = generateCorpus({ n: 60, seed: 7, registryDir: projectRegistry });
    writeCorpus(corpus, sourcesDir);
    writeCorpusRegistry(corpus, projectRegistry, registryDir);
    // A capture that cannot be read as text is reported the same way on both paths.
    fs.writeFileSync(path.join(sourcesDir, "zz-binary.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const run = (workers: number) =>
      normalizeArchive({ sourcesDir, articlesDir: path.join(work, `articles-${workers}`), registryDir, now: "2026-11-23T00:00:00Z", workers });

    const inThread = await run(0);
    const onWorkers = await run(2);
    assert.ok(inThread.articles.length > 40);
    assert.deepEqual(onWorkers.articles, inThread.articles);
    assert.deepEqual(onWorkers.messages, inThread.messages);
    for (const name of fs.readdirSync(path.join(work, "articles-0")).filter((file) => file.endsWith(".md"))) {
      assert.equal(fs.readFileSync(path.join(work, "articles-2", name), "utf8"), fs.readFileSync(path.join(work, "articles-0", name), "utf8"), name);
    }
    fs.rmSync(work, { recursive: true });
  });

  test("the workers have exited when the captures are done: until then their listeners hold every outcome", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "workers-exit-"));
    const corpus = generateCorpus({ n: 6, seed: 11, registryDir: projectRegistry });
    writeCorpus(corpus, work);
    const jobs = fs.readdirSync(work).sort().map((name, index) => ({ index, file: name, full: path.join(work, name) }));
    // A worker that is still stopping keeps its message port among the process's active resources.
    const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === "MessagePort").length;
    const before = ports();
    const outcomes = await normalizeInWorkers(jobs, { registryDir: projectRegistry, now: "2026-11-23T00:00:00Z" }, 2);
    assert.equal(ports(), before);
    assert.deepEqual(outcomes.map((outcome) => outcome.index), jobs.map((job) => job.index));
    assert.ok(outcomes.every((outcome) => outcome.result?.capture));
    fs.rmSync(work, { recursive: true });
  });
});
