// The swap of a finished site into place, and recovery after a build was killed.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { recoverOutput, stagingDir, swapIntoPlace } from "../../src/build/atomic-output.ts";

function site(dir: string, text: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), text);
}

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max: never a running process

describe("atomic output", () => {
  test("swaps a finished staging folder in, even while an earlier swap's old folder is still being deleted", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "swap-"));
    const out = path.join(root, "_site");
    site(out, "v1");
    for (const version of ["v2", "v3", "v4"]) {
      // Leftovers that a slow background rm has not removed yet.
      site(path.join(root, `_site.old-${process.pid}`), "stale");
      site(path.join(root, `_site.old-${process.pid}-0`), "stale");
      const staging = stagingDir(out);
      site(staging, version);
      swapIntoPlace(staging, out);
      assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), version);
      assert.ok(!fs.existsSync(staging));
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a killed build's staging folder is removed; a site caught between the two renames is put back", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "recover-"));
    const out = path.join(root, "_site");
    site(path.join(root, `_site.next-${DEAD_PID}`), "half");
    site(path.join(root, `_site.old-${DEAD_PID}-3`), "previous");
    recoverOutput(out);
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), "previous");
    assert.deepEqual(fs.readdirSync(root), ["_site"]);
    // A running build's folders are left alone.
    site(path.join(root, `_site.next-${process.pid}`), "mine");
    recoverOutput(out);
    assert.ok(fs.existsSync(path.join(root, `_site.next-${process.pid}`)));
    fs.rmSync(root, { recursive: true, force: true });
  });
});
