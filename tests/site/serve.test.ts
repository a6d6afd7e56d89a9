// npm start: serves the built site with live reload and rebuilds when a registry changes.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { PROJECT_ROOT } from "../../src/build/build-site.ts";
import { FIXTURE_DIR } from "../helpers/fixture-site.ts";

let child: ChildProcess | undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
after(() => {
  child?.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});

function waitFor(output: { text: string }, pattern: RegExp, from: number, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      const match = pattern.exec(output.text.slice(from));
      if (match) resolve(match);
      else if (Date.now() > deadline) reject(new Error(`timed out waiting for ${pattern} in:\n${output.text}`));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

describe("npm start", () => {
  test("serves the site on localhost with live reload and rebuilds when a registry changes", async () => {
    const registry = path.join(dir, "registry");
    fs.cpSync(path.join(FIXTURE_DIR, "registry"), registry, { recursive: true });
    const port = 20000 + (process.pid % 20000);
    child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/serve.ts"), "--port", String(port), "--no-normalize",
        "--sources", path.join(FIXTURE_DIR, "sources"), "--registry", registry, "--articles", path.join(FIXTURE_DIR, "articles"),
        "--out", path.join(dir, "_site")],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    const output = { text: "" };
    child.stdout!.on("data", (chunk) => (output.text += String(chunk)));
    child.stderr!.on("data", (chunk) => (output.text += String(chunk)));
    const [, url] = await waitFor(output, /Server at (http:\/\/localhost:\d+\/)/, 0);
    // fetch() marks itself as a script request (sec-fetch-mode: cors), and the dev server injects
    // its client only into page navigations, so ask as a plain HTTP client does.
    const home = await new Promise<string>((resolve, reject) => {
      http.get(url!, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += String(chunk)));
        response.on("end", () => resolve(body));
      }).on("error", reject);
    });
    assert.match(home, /<script type="module"[^>]*src="\/\.11ty\/reload-client\.js"><\/script>/, `live reload client injected as an external script: ${home.slice(0, 300)}`);
    const before = await (await fetch(`${url}actors/peshmerga/`)).text();
    assert.doesNotMatch(before, /Pêşmerge/);

    const mark = output.text.length;
    const actors = path.join(registry, "actors.yaml");
    fs.writeFileSync(actors, fs.readFileSync(actors, "utf8").replace("- name: Peshmerga\n  kind: organization\n  aliases: []", "- name: Peshmerga\n  kind: organization\n  aliases: [Pêşmerge]"));
    await waitFor(output, /built: 5 articles/, mark);
    const afterChange = await (await fetch(`${url}actors/peshmerga/`)).text();
    assert.match(afterChange, /<dt>Also written<\/dt><dd[^>]*>Pêşmerge<\/dd>/);
  });
});
