import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";
import { isCaptureName, listCaptures } from "../src/list-captures.ts";
import { buildFixtureSite, FIXTURE_DIR, type FixtureBuild } from "./helpers/fixture-site.ts";

describe("which files of the captures folder are captures", () => {
  test("its .txt files, a leading dot allowed; not a README, another kind of file or an OS leftover", () => {
    for (const name of ["a.txt", "B.TXT", ".leading-dot.txt", "file name with spaces.txt"]) assert.ok(isCaptureName(name), name);
    for (const name of ["README.md", "readme.txt", "README", "notes.md", "x.txt~", "x.txt.tmp-123", ".DS_Store"]) assert.ok(!isCaptureName(name), name);
  });

  test("are listed sorted; other files are passed on except leftovers; folders are not files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "list-captures-"));
    try {
      for (const name of ["b.txt", "a.txt", "README.md", "photo.jpg", ".DS_Store", "a.txt~"]) fs.writeFileSync(path.join(dir, name), "x");
      fs.mkdirSync(path.join(dir, "folder.txt"));
      const others: string[] = [];
      assert.deepEqual(listCaptures(dir, (name) => others.push(name)), ["a.txt", "b.txt"]);
      assert.deepEqual(others.sort(), ["README.md", "photo.jpg"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("none when the folder does not exist", () => {
    assert.deepEqual(listCaptures(path.join(os.tmpdir(), "no-such-captures-folder")), []);
  });

  test("is defined once: no other module lists the captures folder or filters .txt names itself", () => {
    const files = ["src", "scripts"].flatMap((dir) =>
      fs.readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true }).map(String).filter((name) => name.endsWith(".ts")).map((name) => path.join(dir, name)),
    );
    const listing = /readdirSync\([^)]*(sources|captures)|endsWith\("\.txt"\)|\/\\\.txt\$\/i?\.test/i;
    const offenders = files.filter((file) => file !== path.join("src", "list-captures.ts") && listing.test(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")));
    assert.deepEqual(offenders, []);
  });
});

describe("a README in the captures folder", () => {
  let sourcesDir: string;
  let build: FixtureBuild;
  before(async () => {
    sourcesDir = fs.mkdtempSync(path.join(os.tmpdir(), "sources-with-readme-"));
    fs.cpSync(path.join(FIXTURE_DIR, "sources"), sourcesDir, { recursive: true });
    fs.writeFileSync(path.join(sourcesDir, "README.md"), "# Captures\nOne .txt file per capture, as received.\n");
    build = await buildFixtureSite({ sourcesDir });
  });
  after(() => {
    fs.rmSync(sourcesDir, { recursive: true, force: true });
    fs.rmSync(build.dir, { recursive: true, force: true });
  });

  test("is neither built, counted nor reported as a capture that was not built", () => {
    const captures = listCaptures(path.join(FIXTURE_DIR, "sources"));
    assert.equal(build.result.counts.captures, captures.length);
    const report = JSON.parse(fs.readFileSync(path.join(build.site, "report/report.json"), "utf8"));
    assert.deepEqual(report.captures.map((capture: { file: string }) => capture.file), captures);
    assert.equal(report.counts.captures, captures.length);
    assert.ok(!fs.existsSync(path.join(build.site, "sources/README.md")));
  });
});
