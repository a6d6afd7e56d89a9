import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { normalizeArchive } from "../../src/pipeline.ts";

const seeds = path.join(import.meta.dirname, "..", "fixtures", "seeds");
const registry = path.join(import.meta.dirname, "..", "..", "content", "registry");

describe("the per-capture cache", () => {
  test("a second run reuses every capture and writes the same articles; a changed capture or registry is redone", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "cache-"));
    const sourcesDir = path.join(work, "sources");
    const registryDir = path.join(work, "registry");
    fs.cpSync(seeds, sourcesDir, { recursive: true });
    fs.cpSync(registry, registryDir, { recursive: true });
    const run = () => normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir, cacheDir: path.join(work, "cache"), now: "2026-11-23T00:00:00Z", write: false });

    const first = await run();
    assert.equal(first.cacheHits, 0);
    const second = await run();
    assert.equal(second.cacheHits, 5);
    assert.deepEqual(second.articles, first.articles);
    assert.deepEqual(second.messages, first.messages);

    fs.appendFileSync(path.join(sourcesDir, "004_466d3275f5354b85.txt"), "\nOne more paragraph about the talks in Erbil was added later.");
    assert.equal((await run()).cacheHits, 4);

    fs.appendFileSync(path.join(registryDir, "places.yaml"), "\n- { name: Atlantis, kind: city, aliases: [], coordinates: [0, 0] }\n");
    assert.equal((await run()).cacheHits, 0);

    fs.writeFileSync(path.join(work, "cache", "captures.json"), "{ not json");
    assert.equal((await run()).cacheHits, 0);
    fs.rmSync(work, { recursive: true });
  });
});
