// scripts/chromium.ts: the one definition of Chromium's path (CHROMIUM_PATH, else /usr/bin/chromium).
// The path is read when the module loads, so the case with another path loads it in a process of its own.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { CHROMIUM_PATH } from "../../scripts/chromium.ts";

test("without CHROMIUM_PATH the browser is Debian's /usr/bin/chromium", () => {
  assert.equal(CHROMIUM_PATH, process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
});

test("CHROMIUM_PATH names the browser, and a missing one is explained", () => {
  const module = new URL("../../scripts/chromium.ts", import.meta.url).href;
  const script = `const c = await import(${JSON.stringify(module)}); console.log(JSON.stringify({ path: c.CHROMIUM_PATH, missing: c.chromiumMissing() ?? null }));`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" } });
  const { path, missing } = JSON.parse(output) as { path: string; missing: string | null };
  assert.equal(path, "/nonexistent/chromium");
  assert.match(missing ?? "", /^\/nonexistent\/chromium is missing \(apt-get install chromium, or set CHROMIUM_PATH\)/);
});
