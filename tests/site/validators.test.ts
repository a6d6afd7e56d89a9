// The built site passes the Nu HTML checker (vnu-jar) with zero errors and linkinator finds no
// broken internal link or fragment.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import { check, LinkState } from "linkinator";
import { PROJECT_ROOT } from "../../src/build/build-site.ts";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { htmlFiles } from "../helpers/tree-hash.ts";

const run = promisify(execFile);
let build: FixtureBuild;

before(async () => {
  build = await buildFixtureSite();
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("validators", () => {
  test("every page validates with the Nu HTML checker", async () => {
    const vnu = path.join(PROJECT_ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
    const { stdout, stderr } = await run("java", ["-jar", vnu, "--skip-non-html", "--errors-only", "--format", "json", build.site], { maxBuffer: 1 << 24 }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    const messages = (JSON.parse(stderr || stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] }).messages;
    assert.deepEqual(messages.filter((m) => m.type === "error").map((m) => `${m.url}: ${m.message}`), []);
    assert.ok(htmlFiles(build.site).length >= 35);
  });

  test("the checker does find errors (it is not silently skipping pages)", async () => {
    const broken = path.join(build.dir, "broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, "index.html"), "<!doctype html><html lang=en><title>x</title><p><div></span>");
    const vnu = path.join(PROJECT_ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
    const failed = await run("java", ["-jar", vnu, "--skip-non-html", "--errors-only", broken]).then(() => false, () => true);
    assert.ok(failed);
  });

  test("no internal link or fragment is broken", async () => {
    // Canonical URLs and outbound links point at other hosts; only the local site is checked.
    const result = await check({ path: build.site, recurse: true, checkFragments: true, linksToSkip: ["^https?://(?!localhost)"] });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`);
    assert.deepEqual(broken, []);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    assert.ok(checked > 60, `${checked} links checked`);
  });
});
