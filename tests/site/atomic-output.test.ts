// The swap of a finished site into place, and recovery after a build was killed.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { prepareStaging, recoverOutput, removeStaging, removeStagingWhenGone, stagingDir, stopStagingCopies, swapIntoPlace } from "../../src/publish/atomic-output.ts";

function site(dir: string, text: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), text);
}

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max: never a running process
const ATOMIC_OUTPUT = new URL("../../src/publish/atomic-output.ts", import.meta.url).href;

function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => (condition() ? resolve(true) : Date.now() > deadline ? resolve(false) : setTimeout(poll, 50));
    poll();
  });
}

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

  test("a killed build's staging folder is removed (moved aside at once, deleted in the background); a site caught between the two renames is put back", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "recover-"));
    const out = path.join(root, "_site");
    site(path.join(root, `_site.next-${DEAD_PID}`), "half");
    site(path.join(root, `_site.old-${DEAD_PID}-3`), "previous");
    recoverOutput(out);
    assert.equal(fs.readFileSync(path.join(out, "index.html"), "utf8"), "previous");
    assert.ok(!fs.existsSync(path.join(root, `_site.next-${DEAD_PID}`)));
    assert.ok(await until(() => fs.readdirSync(root).join() === "_site", 10_000), fs.readdirSync(root).join());
    // A running build's folders are left alone.
    site(path.join(root, `_site.next-${process.pid}`), "mine");
    recoverOutput(out);
    assert.ok(fs.existsSync(path.join(root, `_site.next-${process.pid}`)));
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a stopping process stops its staging copy and removes the staging folder", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "stop-"));
    const out = path.join(root, "_site");
    for (let page = 0; page < 500; page++) site(path.join(out, "articles", String(page)), `page ${page}`);
    const staging = stagingDir(out);
    const { copying } = prepareStaging(staging, out);
    await stopStagingCopies();
    removeStaging(out);
    assert.equal(await copying, false, "the copy was stopped before it finished");
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(fs.readdirSync(root), ["_site"]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a process killed outright still has its staging folder removed", { skip: process.platform === "win32" && "no detached shell on Windows" }, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "killed-"));
    const out = path.join(root, "_site");
    const script = `const { removeStagingWhenGone, stagingDir } = await import(${JSON.stringify(ATOMIC_OUTPUT)});
      const fs = await import("node:fs");
      removeStagingWhenGone(${JSON.stringify(out)});
      fs.mkdirSync(stagingDir(${JSON.stringify(out)}), { recursive: true });
      console.log(stagingDir(${JSON.stringify(out)}));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    const staging = await new Promise<string>((resolve) => child.stdout.once("data", (chunk) => resolve(String(chunk).trim())));
    assert.ok(fs.existsSync(staging));
    child.kill("SIGKILL");
    assert.ok(await until(() => !fs.existsSync(staging), 5000), `${staging} removed after its process was killed`);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
