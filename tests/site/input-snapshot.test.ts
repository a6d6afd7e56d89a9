// The watcher's snapshot of its inputs: hard links change nothing, edits and renames do.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { changedInputs, snapshotInputs } from "../../src/publish/input-snapshot.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "input-snapshot-"));
after(() => fs.rmSync(root, { recursive: true, force: true }));

function project(name: string): { sources: string; registry: string; capture: string } {
  const sources = path.join(root, name, "sources");
  const registry = path.join(root, name, "registry");
  fs.mkdirSync(path.join(sources, "2017"), { recursive: true });
  fs.mkdirSync(registry, { recursive: true });
  const capture = path.join(sources, "2017", "capture.txt");
  fs.writeFileSync(capture, "Erbil, Sept. 25\n");
  fs.writeFileSync(path.join(registry, "actors.yaml"), "- name: Peshmerga\n");
  return { sources, registry, capture };
}

describe("input snapshot", () => {
  test("a hard link made to a capture and removed again changes nothing", () => {
    const { sources, registry, capture } = project("links");
    const before = snapshotInputs([sources, registry]);
    const link = path.join(root, "links", "published.txt");
    fs.linkSync(capture, link);
    assert.deepEqual(changedInputs(before, snapshotInputs([sources, registry])), []);
    fs.unlinkSync(link);
    assert.deepEqual(changedInputs(before, snapshotInputs([sources, registry])), []);
  });

  test("an edit, an addition, a deletion and a rename are each a change", () => {
    const { sources, registry, capture } = project("edits");
    const actors = path.join(registry, "actors.yaml");
    let before = snapshotInputs([sources, registry]);
    const changes = (): string[] => {
      const now = snapshotInputs([sources, registry]);
      const changed = changedInputs(before, now);
      before = now;
      return changed;
    };
    // Same size, later mtime: an edit that replaced one letter.
    fs.writeFileSync(actors, "- name: Peshmergu\n");
    fs.utimesSync(actors, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(changes(), [actors]);
    const added = path.join(sources, "added.txt");
    fs.writeFileSync(added, "new");
    assert.deepEqual(changes(), [added]);
    fs.rmSync(added);
    assert.deepEqual(changes(), [added]);
    const renamed = path.join(sources, "2017", "renamed.txt");
    fs.renameSync(capture, renamed);
    assert.deepEqual(changes(), [capture, renamed]);
  });

  test("a file moved over another keeps its mtime and size, and still counts as a change", () => {
    const { sources, registry, capture } = project("moved");
    const other = path.join(root, "moved", "other.txt");
    fs.writeFileSync(other, "Erbil, Sept. 26\n"); // same size as the capture
    const yesterday = new Date(Date.now() - 86_400_000);
    fs.utimesSync(capture, yesterday, yesterday);
    fs.utimesSync(other, yesterday, yesterday);
    const before = snapshotInputs([sources, registry]);
    fs.renameSync(other, capture);
    assert.deepEqual(changedInputs(before, snapshotInputs([sources, registry])), [capture]);
  });

  test("a missing folder holds no inputs", () => {
    assert.equal(snapshotInputs([path.join(root, "nowhere")]).size, 0);
  });
});
