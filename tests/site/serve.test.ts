// npm start: builds once and then stays idle, rebuilds and reloads the open page when a capture
// or a registry really changes, listens on 127.0.0.1 only, and leaves no staging folder behind
// when stopped in the middle of a build.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildSite, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { FIXTURE_DIR } from "../helpers/fixture-site.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-test-"));
const children = new Set<ChildProcess>();
let browser: Browser | undefined;
after(async () => {
  for (const child of children) child.kill("SIGKILL");
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const BASE_PORT = 20000 + (process.pid % 20000);
const ARTICLE = "articles/krg-calls-for-dialogue/";
/** Addresses of this machine other than loopback; link-local IPv6 ones need a scope and are left out. */
const OTHER_ADDRESSES = Object.values(os.networkInterfaces())
  .flat()
  .filter((address) => address && !address.internal && !address.address.startsWith("fe80:"))
  .map((address) => address!.address);

interface Project {
  sources: string;
  registry: string;
  articles: string;
  site: string;
}

interface Served {
  child: ChildProcess;
  output: { text: string };
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A copy of the fixture project's captures and registries, to edit freely. */
function project(name: string): Project {
  const root = path.join(dir, name);
  const sources = path.join(root, "sources");
  const registry = path.join(root, "registry");
  fs.cpSync(path.join(FIXTURE_DIR, "sources"), sources, { recursive: true });
  fs.cpSync(path.join(FIXTURE_DIR, "registry"), registry, { recursive: true });
  return { sources, registry, articles: path.join(root, "articles"), site: path.join(root, "_site") };
}

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

function until(condition: () => boolean, timeoutMs: number, pollMs = 50): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      if (condition()) resolve(true);
      else if (Date.now() > deadline) resolve(false);
      else setTimeout(poll, pollMs);
    };
    poll();
  });
}

function startServe(port: number, { sources, registry, articles, site }: Project, extra: string[] = []): Omit<Served, "url"> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/serve.ts"), "--port", String(port),
      "--sources", sources, "--registry", registry, "--articles", articles, "--out", site, ...extra],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.add(child);
  const output = { text: "" };
  child.stdout!.on("data", (chunk) => (output.text += String(chunk)));
  child.stderr!.on("data", (chunk) => (output.text += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, output, exited };
}

async function serve(port: number, at: Project, extra: string[] = []): Promise<Served> {
  const started = startServe(port, at, extra);
  const [, url] = await waitFor(started.output, /Server at (http:\/\/127\.0\.0\.1:\d+\/)/, 0);
  return { ...started, url: url! };
}

function builds(output: { text: string }): number {
  return output.text.match(/^built: /gm)?.length ?? 0;
}

/** Local addresses listening on a port, read from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, portHex] = (local ?? "").split(":");
      if (state !== "0A" || Number.parseInt(portHex ?? "", 16) !== port) continue; // 0A: LISTEN
      // Each 32-bit word of the address is printed in the machine's (little-endian) byte order.
      const bytes = Buffer.from(hex!, "hex");
      for (let word = 0; word < bytes.length; word += 4) bytes.subarray(word, word + 4).reverse();
      addresses.push(bytes.length === 4 ? [...bytes].join(".") : bytes.toString("hex").replace(/(.{4})(?!$)/g, "$1:"));
    }
  }
  return addresses;
}

function connectionError(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve("timeout");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

// One normalizing server with one open page, shared by the tests that watch it.
const captures = project("captures");
let idle: { served: Served; page: Page; loads: () => number } | undefined;

async function idleServer(): Promise<NonNullable<typeof idle>> {
  if (idle) return idle;
  // A site from an earlier run: the server's first build is then incremental (a hard-linked copy
  // of it, later removed), the case in which every build used to set off the next.
  const earlier = await buildSite({ sourcesDir: captures.sources, registryDir: captures.registry, articlesDir: captures.articles, outDir: captures.site });
  assert.equal(earlier.exitCode, 0);
  const served = await serve(BASE_PORT, captures);
  browser = await launchChromium();
  const page = await browser.newPage();
  let loads = 0;
  page.on("load", () => loads++);
  await page.goto(`${served.url}${ARTICLE}`);
  idle = { served, page, loads: () => loads };
  return idle;
}

describe("npm start", () => {
  test("an idle server builds once and never reloads the open page (10 s)", async () => {
    const { served, loads } = await idleServer();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    assert.equal(builds(served.output), 1, `one build, then quiet:\n${served.output.text}`);
    assert.equal(loads(), 1, "the open page was loaded once and never reloaded");
  });

  test("an edit to a capture rebuilds and reloads the open page", async () => {
    const { served, page, loads } = await idleServer();
    const mark = served.output.text.length;
    const capture = path.join(captures.sources, "krg-dialogue-cccc3333.txt");
    fs.appendFileSync(capture, "\nThe regional government asked for talks within a week.\n");
    await waitFor(served.output, /changed: \S*krg-dialogue-cccc3333\.txt\n[^]*built: 5 articles/, mark, 30_000);
    assert.ok(await until(() => loads() === 2, 10_000), `the open page reloaded once (loads: ${loads()})`);
    assert.match(await page.content(), /asked for talks within a week/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(builds(served.output), 2, `one rebuild for one edit:\n${served.output.text.slice(mark)}`);
  });

  test("listens on 127.0.0.1 only: the kernel's table of listening sockets", { skip: !fs.existsSync("/proc/net/tcp") && "no /proc/net/tcp on this system to read the bound address from" }, async () => {
    const { served } = await idleServer();
    assert.deepEqual(listeningAddresses(Number(new URL(served.url).port)), ["127.0.0.1"]);
  });

  test("refuses connections on the machine's other addresses", { skip: OTHER_ADDRESSES.length === 0 && "this machine has no non-loopback address to try a connection on" }, async () => {
    const { served } = await idleServer();
    const port = Number(new URL(served.url).port);
    assert.equal(await connectionError("127.0.0.1", port), "connected");
    for (const address of OTHER_ADDRESSES) assert.equal(await connectionError(address, port), "ECONNREFUSED", `connection on ${address}:${port}`);
  });

  test("SIGTERM during a build removes the build's staging folder and exits", async () => {
    if (idle) {
      idle.served.child.kill("SIGTERM");
      await idle.served.exited;
    }
    // The site is there from the tests above (or from scratch): the first build stages a copy of it.
    const started = startServe(BASE_PORT + 20, captures);
    const staging = `${captures.site}.next-${started.child.pid}`;
    assert.ok(await until(() => fs.existsSync(staging), 30_000, 5), `the build staged into ${staging}:\n${started.output.text}`);
    started.child.kill("SIGTERM");
    const exited = await Promise.race([started.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 10_000))]);
    assert.notEqual(exited, "still running", `the server exited on SIGTERM:\n${started.output.text}`);
    // Anything still writing into the staging folder would show within this time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const leftovers = fs.readdirSync(path.dirname(captures.site)).filter((name) => name.startsWith("_site.next-"));
    assert.deepEqual(leftovers, []);
  });

  test("serves the site with live reload and rebuilds when a registry changes", async () => {
    const fixed = { ...project("articles"), articles: path.join(FIXTURE_DIR, "articles") };
    const served = await serve(BASE_PORT + 40, fixed, ["--no-normalize"]);
    // fetch() marks itself as a script request (sec-fetch-mode: cors), and the dev server injects
    // its client only into page navigations, so ask as a plain HTTP client does.
    const home = await new Promise<string>((resolve, reject) => {
      http.get(served.url, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += String(chunk)));
        response.on("end", () => resolve(body));
      }).on("error", reject);
    });
    assert.match(home, /<script type="module"[^>]*src="\/\.11ty\/reload-client\.js"><\/script>/, `live reload client injected as an external script: ${home.slice(0, 300)}`);
    const before = await (await fetch(`${served.url}actors/peshmerga/`)).text();
    assert.doesNotMatch(before, /Pêşmerge/);

    const mark = served.output.text.length;
    const actors = path.join(fixed.registry, "actors.yaml");
    fs.writeFileSync(actors, fs.readFileSync(actors, "utf8").replace("- name: Peshmerga\n  kind: organization\n  aliases: []", "- name: Peshmerga\n  kind: organization\n  aliases: [Pêşmerge]"));
    await waitFor(served.output, /built: 5 articles/, mark);
    const afterChange = await (await fetch(`${served.url}actors/peshmerga/`)).text();
    assert.match(afterChange, /<dt>Also written<\/dt><dd[^>]*>Pêşmerge<\/dd>/);
    served.child.kill("SIGTERM");
    await served.exited;
  });
});
