// Issue 16: a build in a fresh process (npm run add, npm run build) starts from the build state an
// earlier build wrote (src/publish/build-state.ts) and leaves what a clean build of the same input
// leaves, byte for byte (pages, feeds, article files; the search index differs in layout only, as
// tests/site/incremental-captures.test.ts says). Captures are added, edited and removed and a
// registry edit changes an actor's kind; each rebuild is cold (nothing kept in memory: npm start's
// warm state is off). A state that is absent, truncated, not a state or made by other code is
// passed over with one note, and the build is the same.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { after, before, describe, test } from "node:test";
import type { BuildSiteResult } from "../../src/publish/build-site.ts";
import { buildStatePath, readBuildState, writeBuildState, type BuildState } from "../../src/publish/build-state.ts";
import { FIXTURE_DIR, KIRKUK, NEW_CAPTURE } from "../helpers/fixture-site.ts";
import { assertSameAsCleanBuild, fixtureBuild } from "../helpers/rebuild-fixture.ts";

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

const build = fixtureBuild(at);

const stateFile = () => buildStatePath(at("site"));

/** A cold rebuild into site/ (from the state on disk) compared with a clean build; returns the rebuild. */
async function coldRebuildAndCompare(): Promise<BuildSiteResult> {
  const rebuilt = await build("site");
  assert.equal(rebuilt.exitCode, 0, "the cold rebuild succeeds");
  await assertSameAsCleanBuild(at, build, rebuilt, "cold rebuild's");
  return rebuilt;
}

const page = (slug: string) => fs.readFileSync(at("site/articles", slug, "index.html"), "utf8");

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "build-state-"));
  fs.cpSync(path.join(FIXTURE_DIR, "sources"), at("sources"), { recursive: true });
  fs.cpSync(path.join(FIXTURE_DIR, "registry"), at("registry"), { recursive: true });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the build state file", () => {
  test("reads back what was written: key hashes, and each page's template, path, reads (in order, repeats kept) and hash", () => {
    const out = path.join(dir, "round-trip", "_site");
    const state: BuildState = {
      pageInputs: {
        keyHashes: new Map([["article:a", "1"], ["article:b", "2"], ["archive:months", "3"]]),
        pages: new Map([
          ["articles/a/index.html", { template: "article", path: "/articles/a/", reads: ["article:a", "article:b", "entity:actor:gone"], hash: "p1" }],
          ["index.html", { template: "home", path: "/", reads: [], hash: "p2" }],
          ["archive/index.html", { template: "archive", path: "/archive/", reads: ["archive:months", "entity:actor:gone", "archive:months"], hash: "p3" }],
        ]),
      },
    };
    writeBuildState(out, "code", state);
    assert.deepEqual(readBuildState(out, "code"), { state });
    assert.match(readBuildState(out, "other code").note ?? "", /made by other code/);
  });
});

describe("cold rebuilds from the build state", () => {
  test("a clean build writes the state, and says nothing about it", async () => {
    const result = await build("site", { incremental: false });
    assert.equal(result.exitCode, 0, "the first build succeeds");
    assert.ok(fs.existsSync(stateFile()), "the build state is written");
    assert.deepEqual(result.notes, []);
  });

  test("an added capture, which enters another article's related list, equals a clean build", async () => {
    fs.writeFileSync(at("sources/kirkuk-again-1234abcd.txt"), NEW_CAPTURE);
    const added = await coldRebuildAndCompare();
    assert.deepEqual(added.notes, [], "the state was read and used");
    const slug = fs.readdirSync(at("articles")).find((name) => name.startsWith("kirkuk-governor-meets-peshmerga-commanders-again"))?.replace(/\.md$/, "");
    assert.ok(slug, "the new capture's article");
    assert.match(page(KIRKUK), new RegExp(`/articles/${slug}/`), "the older story now lists the new one as related");
  });

  test("an edited capture (its headline) equals a clean build", async () => {
    fs.writeFileSync(at("sources/kirkuk-again-1234abcd.txt"), NEW_CAPTURE.replace('date: "2020-08-02"', 'date: "2020-08-02"\ntitle: "Water for the wheat farmers of the Kirkuk plain"'));
    const edited = await coldRebuildAndCompare();
    assert.deepEqual(edited.notes, []);
    assert.match(page(KIRKUK), /Water for the wheat farmers of the Kirkuk plain/);
  });

  test("a registry edit of an actor's kind is applied: equals a clean build", async () => {
    const registry = at("registry/actors.yaml");
    const text = fs.readFileSync(registry, "utf8");
    const edited = text.replace("- name: Masoud Barzani\n  kind: person", "- name: Masoud Barzani\n  kind: organization");
    assert.notEqual(edited, text);
    fs.writeFileSync(registry, edited);
    const rebuilt = await coldRebuildAndCompare();
    assert.deepEqual(rebuilt.notes, [], "the state is keyed by content: a registry edit leaves it usable");
    assert.match(fs.readFileSync(at("site/actors/masoud-barzani/index.html"), "utf8"), /[Oo]rganization/);
  });

  test("a removed capture equals a clean build", async () => {
    fs.rmSync(at("sources/kirkuk-again-1234abcd.txt"));
    const removed = await coldRebuildAndCompare();
    assert.deepEqual(removed.notes, []);
    assert.doesNotMatch(page(KIRKUK), /Related/);
  });
});

describe("a state the build cannot use", () => {
  const cases: Array<[string, () => void, RegExp]> = [
    ["absent", () => fs.rmSync(stateFile()), /none yet/],
    ["truncated", () => fs.writeFileSync(stateFile(), fs.readFileSync(stateFile()).subarray(0, 200)), /unreadable/],
    ["not a build state", () => fs.writeFileSync(stateFile(), v8.serialize({ key: "x", pageInputs: { keys: [] } })), /unreadable \(not a build state\)/],
    ["made by other code", () => fs.writeFileSync(stateFile(), v8.serialize({ ...(v8.deserialize(fs.readFileSync(stateFile())) as object), key: "other code" })), /made by other code/],
  ];
  for (const [what, spoil, why] of cases) {
    test(`${what}: one note, and the rebuild still equals a clean build`, async () => {
      // A change for the rebuild to make: the capture added and removed by turns.
      const added = at("sources/kirkuk-again-1234abcd.txt");
      if (fs.existsSync(added)) fs.rmSync(added);
      else fs.writeFileSync(added, NEW_CAPTURE);
      spoil();
      const rebuilt = await coldRebuildAndCompare();
      assert.equal(rebuilt.notes.length, 1, `one note: ${rebuilt.notes.join(" | ")}`);
      assert.match(rebuilt.notes[0]!, why);
      assert.match(rebuilt.notes[0]!, /building without it$/);
      const next = await build("site");
      assert.deepEqual(next.notes, [], "the build wrote a state the next one uses");
    });
  }
});
