// npm run eval: a clone without ../shared is told that no evaluation set is here, and still exits 0;
// with a set present, its table is printed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";

const evalScript = path.join(PROJECT_ROOT, "scripts/eval.ts");

describe("npm run eval", () => {
  test("says so when the evaluation sets are not beside the checkout", () => {
    const missing = path.join(os.tmpdir(), `no-shared-${process.pid}`);
    const output = execFileSync(process.execPath, ["--import", "tsx", evalScript, "--shared", missing], { cwd: PROJECT_ROOT, encoding: "utf8" });
    assert.match(output, new RegExp(`${missing} is not here: no evaluation set to score`));
  });

  test("normalizes a labelled set into a temporary folder and prints its scorer's summary", () => {
    // A set of our own, shaped like ../shared: the seed fixtures, and a scorer that reports what it was given.
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), "shared-"));
    try {
      fs.cpSync(path.join(PROJECT_ROOT, "tests/fixtures/seeds"), path.join(shared, "seeds"), { recursive: true });
      fs.mkdirSync(path.join(shared, "tools"));
      fs.writeFileSync(
        path.join(shared, "tools/score-normalized.mjs"),
        `import fs from "node:fs";\nconst dir = process.argv[process.argv.indexOf("--articles") + 1];\nconsole.log("per-capture line");\nconsole.log("score: " + fs.readdirSync(dir).filter((n) => n.endsWith(".md")).length + " articles");\n`,
      );
      const output = execFileSync(process.execPath, ["--import", "tsx", evalScript, "--shared", shared, "--only", "seeds"], { cwd: PROJECT_ROOT, encoding: "utf8" });
      assert.match(output, /## seeds: 5 captures → 4 articles/);
      assert.match(output, /^score: 4 articles$/m);
      assert.doesNotMatch(output, /per-capture line/);
    } finally {
      fs.rmSync(shared, { recursive: true, force: true });
    }
  });
});
