// The assets as published (src/publish/publish-assets.ts): scripts and style sheets minified, the
// rest as written.
// The minified scripts must still be what the sources are: the stemmer stems the same words the
// same way, and every script compiles as the kind of script it is.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { test } from "node:test";
import { stem } from "../../layouts/assets/search-stem.js";
import { PROJECT_ROOT } from "../../src/publish/site-build.ts";
import { publishAssets } from "../../src/publish/publish-assets.ts";

const SOURCE = path.join(PROJECT_ROOT, "layouts/assets");

test("scripts and style sheets are published minified, every other asset as it is", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
  try {
    assert.equal(publishAssets(SOURCE, out), fs.readdirSync(SOURCE).length);
    for (const name of fs.readdirSync(SOURCE)) {
      const [source, published] = [fs.readFileSync(path.join(SOURCE, name)), fs.readFileSync(path.join(out, name))];
      if (name.endsWith(".js")) {
        assert.ok(published.length < source.length * 0.6, `${name}: ${published.length} of ${source.length} bytes`);
        assert.ok(!published.toString().includes("// "), `${name} keeps no comment`);
      } else if (name.endsWith(".css")) {
        assert.ok(published.length < source.length * 0.9, `${name}: ${published.length} of ${source.length} bytes`);
        assert.ok(!published.toString().includes("/*"), `${name} keeps no comment`);
      } else assert.ok(published.equals(source), `${name} copied as it is`);
    }
    // Classic scripts compile as scripts (an ES module would fail here, and is checked below).
    for (const name of ["search.js", "search-highlight.js"]) new vm.Script(fs.readFileSync(path.join(out, name), "utf8"), { filename: name });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test("the published stemmer stems as its source does", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
  try {
    publishAssets(SOURCE, out);
    // The module is imported from a copy named .mjs: the temporary folder has no package.json saying "module".
    fs.copyFileSync(path.join(out, "search-stem.js"), path.join(out, "search-stem.mjs"));
    const published = (await import(pathToFileURL(path.join(out, "search-stem.mjs")).href)) as { stem: (word: string) => string };
    const words = ["international", "organization", "kirkuk", "ministries", "running", "generously", "skies", "proceed", "hopefully", "peshmerga", "referendum", "ceasefire", "of", "oil"];
    assert.deepEqual(words.map(published.stem), words.map(stem));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
