// The site manifest describes only the site folder its build wrote: the build id in the folder must
// be the one it names. A folder replaced by other means, whatever its inode, has no manifest.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { BUILD_ID_FILE, manifestPath, readBuildId, readManifest, stampSite, writeManifest } from "../../src/publish/site-manifest.ts";

let root: string;
let out: string;

/** A build of the site in folder: its page, its id, and (for the site in `out`) its manifest. */
function build(folder: string, page: string): string {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "index.html"), page);
  const buildId = stampSite(folder);
  if (folder === out) writeManifest(out, { buildId, pages: { "index.html": page }, renderKey: "", inputs: {}, indexedParts: {}, sources: {}, bundles: {}, searchBase: {} });
  return buildId;
}

/** Empties a folder without removing it (it keeps its inode) and copies another's files in, as `rsync -a --delete from/ to/` does. */
function replaceContents(folder: string, from: string): void {
  const inode = fs.statSync(folder).ino;
  for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name), { recursive: true });
  fs.cpSync(from, folder, { recursive: true, preserveTimestamps: true });
  assert.equal(fs.statSync(folder).ino, inode, "the same folder");
}

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "site-manifest-"));
  out = path.join(root, "_site");
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe("site manifest", () => {
  test("is read back for the site its build wrote, and each build writes a new id", () => {
    const first = build(out, "v1");
    assert.equal(readManifest(out)?.buildId, first);
    const second = build(out, "v2");
    assert.notEqual(second, first);
    assert.equal(readBuildId(out), second);
    assert.equal(readManifest(out)?.pages["index.html"], "v2");
  });

  test("is not trusted for the same folder (same inode) holding another build's files", () => {
    build(out, "v3");
    build(path.join(root, "other"), "v3");
    replaceContents(out, path.join(root, "other"));
    assert.equal(readManifest(out), undefined);
  });

  test("is not trusted for a backup of an older build restored in place or as a new folder", () => {
    build(out, "v4");
    const backup = path.join(root, "backup");
    fs.cpSync(out, backup, { recursive: true, preserveTimestamps: true });
    build(out, "v5");
    replaceContents(out, backup);
    assert.equal(readManifest(out), undefined, "restored in place");

    build(out, "v6");
    fs.rmSync(out, { recursive: true });
    fs.cpSync(backup, out, { recursive: true, preserveTimestamps: true });
    assert.equal(readManifest(out), undefined, "restored as a new folder");
  });

  test("is not trusted for a site without an id, or when the manifest names none", () => {
    build(out, "v7");
    fs.rmSync(path.join(out, BUILD_ID_FILE));
    assert.equal(readManifest(out), undefined, "no id in the site");

    build(out, "v8");
    const manifest = JSON.parse(fs.readFileSync(manifestPath(out), "utf8")) as Record<string, unknown>;
    delete manifest.buildId;
    fs.writeFileSync(manifestPath(out), JSON.stringify(manifest));
    assert.equal(readManifest(out), undefined, "no id in the manifest");
  });

  test("stamping a hard-linked copy of a site leaves the original's id alone", () => {
    const id = build(out, "v9");
    const staging = path.join(root, "_site.next");
    fs.mkdirSync(staging);
    for (const name of fs.readdirSync(out)) fs.linkSync(path.join(out, name), path.join(staging, name));
    const next = stampSite(staging);
    assert.notEqual(next, id);
    assert.equal(readBuildId(out), id);
    assert.equal(readManifest(out)?.buildId, id);
  });
});
