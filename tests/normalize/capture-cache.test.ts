import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { importClosure } from "../../src/import-graph.ts";
import { cacheVersion } from "../../src/normalize/capture-cache.ts";
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
    const cacheDir = path.join(work, "cache");
    const run = () => normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir, cacheDir, now: "2026-11-23T00:00:00Z", write: false });

    const first = await run();
    assert.equal(first.cacheHits, 0);
    const second = await run();
    assert.equal(second.cacheHits, 5);
    assert.deepEqual(second.articles, first.articles);
    assert.deepEqual(second.messages, first.messages);

    const shardBytes = () => new Map(fs.readdirSync(cacheDir).map((name) => [name, fs.readFileSync(path.join(cacheDir, name))]));
    const before = shardBytes();
    fs.appendFileSync(path.join(sourcesDir, "004_466d3275f5354b85.txt"), "\nOne more paragraph about the talks in Erbil was added later.");
    assert.equal((await run()).cacheHits, 4);
    // Only the shards holding the old and the new entry of the changed capture are rewritten.
    const after = shardBytes();
    const changed = [...after.keys()].filter((name) => !before.get(name)?.equals(after.get(name)!));
    assert.ok(changed.length >= 1 && changed.length <= 2, `rewritten shards: ${changed.join(", ")}`);
    assert.ok(after.size >= 3, "entries are spread over several shard files");

    fs.appendFileSync(path.join(registryDir, "places.yaml"), "\n- { name: Atlantis, kind: city, aliases: [], coordinates: [0, 0] }\n");
    assert.equal((await run()).cacheHits, 0);

    for (const name of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, name), "{ not a cache");
    assert.equal((await run()).cacheHits, 0);
    assert.equal((await run()).cacheHits, 5, "unreadable shards are rewritten");
    fs.rmSync(work, { recursive: true });
  });
});

describe("the cache kept warm (npm start)", () => {
  test("the cache's version names files where they stand, not by absolute path: the same registry in another folder is the same version", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "cache-moved-"));
    for (const folder of ["a", "b"]) fs.cpSync(registry, path.join(work, folder, "registry"), { recursive: true });
    assert.equal(cacheVersion(path.join(work, "a", "registry"), {}), cacheVersion(path.join(work, "b", "registry"), {}));
    fs.appendFileSync(path.join(work, "b", "registry", "places.yaml"), "\n# a maintainer's note\n");
    assert.notEqual(cacheVersion(path.join(work, "a", "registry"), {}), cacheVersion(path.join(work, "b", "registry"), {}));
  });

  test("a process that keeps it warm reuses its results without reading the cache folder; one that does not reads the folder", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "cache-warm-"));
    const sourcesDir = path.join(work, "sources");
    fs.cpSync(seeds, sourcesDir, { recursive: true });
    const cacheDir = path.join(work, "cache");
    const run = (keepCacheWarm: boolean) =>
      normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir: registry, cacheDir, keepCacheWarm, now: "2026-11-23T00:00:00Z", write: false });

    const first = await run(true);
    assert.equal(first.cacheHits, 0);
    // The folder emptied behind the process's back: only the warm results can be hits.
    const emptied = () => fs.readdirSync(cacheDir).forEach((name) => fs.rmSync(path.join(cacheDir, name)));
    emptied();
    const warm = await run(true);
    assert.equal(warm.cacheHits, 5);
    assert.deepEqual(warm.articles, first.articles);
    assert.ok(fs.readdirSync(cacheDir).length >= 3, "its save writes the shards it had found missing");

    fs.appendFileSync(path.join(sourcesDir, "004_466d3275f5354b85.txt"), "\nOne more paragraph about the talks in Erbil was added later.");
    assert.equal((await run(true)).cacheHits, 4, "a changed capture is redone");
    emptied();
    assert.equal((await run(false)).cacheHits, 0, "without warmth, the (empty) folder is read");
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe("the per-capture cache across build dates", () => {
  test("results are reused on a later day unless a date they set aside as future has come", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "cache-days-"));
    const sourcesDir = path.join(work, "sources");
    fs.cpSync(seeds, sourcesDir, { recursive: true });
    fs.writeFileSync(
      path.join(sourcesDir, "zz-scheduled.txt"),
      "Talks on the Erbil budget resume\nPublished: 20 November 2026\nUpdated: 1 December 2026\n\nOfficials of the Kurdistan Regional Government and Baghdad said the talks on the budget would resume in Erbil next week.\n",
    );
    const run = (now: string) => normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir: registry, cacheDir: path.join(work, "cache"), now, write: false });

    assert.equal((await run("2026-11-23T00:00:00Z")).cacheHits, 0);
    const nextDay = await run("2026-11-24T00:00:00Z");
    assert.equal(nextDay.cacheHits, 6, "no date changed sides: every result is reused");
    const december = await run("2026-12-05T00:00:00Z");
    assert.equal(december.cacheHits, 5, "the capture whose 1 December date has come is normalized again");
    const fresh = await normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir: registry, now: "2026-12-05T00:00:00Z", write: false });
    assert.deepEqual(december.articles, fresh.articles);
    assert.deepEqual(december.messages, fresh.messages);
    fs.rmSync(work, { recursive: true });
  });
});

describe("the cache's code version", () => {
  test("covers every file that normalizing one capture runs, outside normalize/ too", () => {
    const src = path.resolve(import.meta.dirname, "../../src");
    const closure = importClosure(path.join(src, "normalize", "normalize-capture.ts")).map((file) => path.relative(src, file));
    for (const file of ["normalize/read-capture.ts", "front-matter-field-line.ts", "messages.ts", "registry/entity-index.ts"]) assert.ok(closure.includes(file), `${file} is hashed`);
    assert.ok(!closure.includes("pipeline.ts") && !closure.some((file) => file.startsWith("site/")), "the archive and site code are not");
  });
});
