// A rebuild rewrites only what changed, and what it leaves equals a clean build of the same input,
// byte for byte (search bundles included); the in-process renderer writes what Eleventy writes. A
// site the previous build did not leave (replaced, restored from a backup) is rebuilt in full.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSite, type BuildSiteOptions } from "../../src/publish/build-site.ts";
import { readBuildId } from "../../src/publish/site-manifest.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { FIXTURE_DIR, TEST_SITE_URL } from "../helpers/fixture-site.ts";
import { treeHash, treeHashes } from "../helpers/tree-hash.ts";

let dir: string;
let articles: string;
let sources: string;
let cleanPagesWritten = 0;

const NEW_ARTICLE = `---
title: "Peshmerga and Iraqi army meet again near Kirkuk"
date: "2018-03-14"
outlet: "Shafaq News"
actors:
  - "Peshmerga"
  - "Haider al-Abadi"
places:
  - "Kirkuk"
  - "Sulaymaniyah"
sources:
  - "added-capture-9999.txt"
---
Commanders of the Peshmerga and the Iraqi army met again near **Kirkuk** to discuss the border crossings.
`;

function build(out: string, options: BuildSiteOptions = {}) {
  return buildSite({
    sourcesDir: sources,
    registryDir: path.join(FIXTURE_DIR, "registry"),
    articlesDir: articles,
    outDir: path.join(dir, out),
    normalize: false,
    searchShards: true,
    config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
    ...options,
  });
}

/** Empties a folder without removing it (it keeps its inode) and copies another's files in, as `rsync -a --delete from/ to/` does. */
function replaceContents(folder: string, from: string): void {
  const inode = fs.statSync(folder).ino;
  for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name), { recursive: true });
  fs.cpSync(from, folder, { recursive: true, preserveTimestamps: true });
  assert.equal(fs.statSync(folder).ino, inode, "the same folder");
}

function differences(a: string, b: string): string[] {
  const left = treeHashes(path.join(dir, a));
  const right = treeHashes(path.join(dir, b));
  return [...new Set([...left.keys(), ...right.keys()])].filter((file) => left.get(file) !== right.get(file)).sort();
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "incremental-test-"));
  articles = path.join(dir, "articles");
  sources = path.join(dir, "sources");
  fs.cpSync(path.join(FIXTURE_DIR, "articles"), articles, { recursive: true });
  fs.cpSync(path.join(FIXTURE_DIR, "sources"), sources, { recursive: true });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("incremental rebuilds", () => {
  test("the in-process renderer writes the same bytes as Eleventy", async () => {
    const direct = await build("direct", { incremental: false });
    const eleventy = await build("eleventy", { renderer: "eleventy" });
    assert.equal(direct.exitCode, 0);
    assert.equal(eleventy.exitCode, 0);
    assert.deepEqual(differences("direct", "eleventy"), []);
  });

  test("adding an article, then removing it, equals a clean build each time and rewrites only what changed", async () => {
    const first = await build("site");
    assert.equal(first.exitCode, 0);
    const original = treeHash(path.join(dir, "site"));

    fs.writeFileSync(path.join(articles, "peshmerga-and-iraqi-army-meet-again.md"), NEW_ARTICLE);
    fs.writeFileSync(path.join(sources, "added-capture-9999.txt"), "Peshmerga and Iraqi army meet again near Kirkuk\n\nCommanders met.\n");
    const added = await build("site");
    assert.equal(added.exitCode, 0);
    assert.deepEqual(added.messages, []);
    assert.ok(added.counts.pagesWritten! > 0 && added.counts.pagesWritten! < first.counts.pagesWritten!, `${added.counts.pagesWritten} of ${first.counts.pagesWritten} pages rewritten`);
    // 2018 joins 2017 in one run of older years (re-indexed under its new name); the recent shard
    // (2020) is untouched.
    assert.ok(added.counts.bundlesIndexed! < first.counts.bundlesIndexed!, `${added.counts.bundlesIndexed} bundles re-indexed`);
    assert.ok(fs.existsSync(path.join(dir, "site/articles/peshmerga-and-iraqi-army-meet-again/index.html")));
    assert.ok(fs.existsSync(path.join(dir, "site/pagefind-shards/2017-2018/pagefind-entry.json")));
    assert.ok(!fs.existsSync(path.join(dir, "site/pagefind-shards/2017")), "the 2017 bundle it replaces is gone");
    fs.cpSync(path.join(dir, "site"), path.join(dir, "backup-added"), { recursive: true, preserveTimestamps: true });
    await build("clean-added", { incremental: false });
    assert.deepEqual(differences("site", "clean-added"), []);

    fs.rmSync(path.join(articles, "peshmerga-and-iraqi-army-meet-again.md"));
    fs.rmSync(path.join(sources, "added-capture-9999.txt"));
    const removed = await build("site");
    assert.equal(removed.exitCode, 0);
    assert.ok(!fs.existsSync(path.join(dir, "site/articles/peshmerga-and-iraqi-army-meet-again")), "no stale article folder");
    assert.ok(!fs.existsSync(path.join(dir, "site/pagefind-shards/2017-2018")), "no stale search bundle");
    assert.ok(fs.existsSync(path.join(dir, "site/pagefind-shards/2017/pagefind-entry.json")));
    cleanPagesWritten = (await build("clean-removed", { incremental: false })).counts.pagesWritten!;
    assert.deepEqual(differences("site", "clean-removed"), []);
    assert.equal(treeHash(path.join(dir, "site")), original);
  });

  test("an unchanged rebuild rewrites no page and re-indexes nothing, and the previous site is never written through", async () => {
    const before = treeHashes(path.join(dir, "site"));
    const old = path.join(dir, "site/index.html");
    const inode = fs.statSync(old).ino;
    const id = readBuildId(path.join(dir, "site"));
    const again = await build("site");
    assert.equal(again.exitCode, 0);
    assert.equal(again.counts.pagesWritten, 0);
    assert.equal(again.counts.bundlesIndexed, 0);
    assert.deepEqual(treeHashes(path.join(dir, "site")), before);
    assert.equal(fs.statSync(old).ino, inode, "unchanged pages are the same files");
    assert.ok(id && readBuildId(path.join(dir, "site")) !== id, "a new build id");
  });

  // The manifest once named its site by inode, and ext4 often gives a new folder the inode just
  // freed: this test then failed whenever the copy got it (2 runs in 8, four running at once).
  test("a site replaced by another folder (whatever inode it got) is rebuilt from scratch", async () => {
    fs.rmSync(path.join(dir, "site"), { recursive: true });
    fs.cpSync(path.join(dir, "clean-removed"), path.join(dir, "site"), { recursive: true });
    fs.writeFileSync(path.join(dir, "site/stray.html"), "not ours");
    const rebuilt = await build("site");
    assert.equal(rebuilt.exitCode, 0);
    assert.equal(rebuilt.counts.pagesWritten, cleanPagesWritten);
    assert.ok(!fs.existsSync(path.join(dir, "site/stray.html")));
    assert.deepEqual(differences("site", "clean-removed"), []);
  });

  test("the same folder (same inode) holding another build's files is rebuilt in full", async () => {
    replaceContents(path.join(dir, "site"), path.join(dir, "clean-added"));
    const rebuilt = await build("site");
    assert.equal(rebuilt.exitCode, 0);
    assert.equal(rebuilt.counts.pagesWritten, cleanPagesWritten);
    assert.ok(!fs.existsSync(path.join(dir, "site/articles/peshmerga-and-iraqi-army-meet-again")), "no page of the other build's input");
    assert.deepEqual(differences("site", "clean-removed"), []);
  });

  test("a backup of an older build restored in place is rebuilt in full", async () => {
    replaceContents(path.join(dir, "site"), path.join(dir, "backup-added"));
    const rebuilt = await build("site");
    assert.equal(rebuilt.exitCode, 0);
    assert.equal(rebuilt.counts.pagesWritten, cleanPagesWritten);
    assert.ok(!fs.existsSync(path.join(dir, "site/pagefind-shards/2017-2018")), "no search bundle of the older build");
    assert.deepEqual(differences("site", "clean-removed"), []);
  });
});
