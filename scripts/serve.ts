// npm start [-- --port 8080 --host 127.0.0.1 --sources DIR --registry DIR --articles DIR --out DIR --no-normalize]:
// builds the site, serves _site/ on 127.0.0.1 (another address only when --host asks for it) with
// live reload (Eleventy's dev server), and rebuilds — normalize, render, search index — whenever a
// capture or a registry really changes. Each rebuild swaps in a complete site, so the server never
// shows half of one; Ctrl-C, even mid-build, leaves no half-built folder behind.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { removeStaging, removeStagingWhenGone, stopStagingCopies } from "../src/publish/atomic-output.ts";
import { buildSite, PROJECT_ROOT, type BuildSiteResult } from "../src/publish/build-site.ts";
import { relaunchWithHeapFor } from "../src/publish/heap-size.ts";
import { changedInputs, snapshotInputs } from "../src/publish/input-snapshot.ts";
import { formatMessage } from "../src/messages.ts";
import { CONTENT_SECURITY_POLICY } from "../src/site/page-shell.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    sources: { type: "string", default: path.join(PROJECT_ROOT, "content/sources") },
    registry: { type: "string", default: path.join(PROJECT_ROOT, "content/registry") },
    articles: { type: "string", default: path.join(PROJECT_ROOT, "content/articles") },
    out: { type: "string", default: path.join(PROJECT_ROOT, "_site") },
    "no-normalize": { type: "boolean", default: false },
  },
});
// The heap is sized for the archive at start; an archive that grows a lot while served needs a restart.
const relaunched = relaunchWithHeapFor(path.resolve(values.sources), "ample");
if (relaunched !== undefined) process.exit(relaunched);

const outDir = path.resolve(values.out);
const options = {
  sourcesDir: values.sources,
  registryDir: values.registry,
  articlesDir: values.articles,
  outDir,
  normalize: !values["no-normalize"],
  keepCacheWarm: true,
};
// Without normalizing, the articles are the input and are watched too.
const watched = [values.sources, values.registry, ...(values["no-normalize"] ? [values.articles] : [])].map((dir) => path.resolve(dir));

/**
 * Eleventy's dev server (2.1) listens on every interface and has no option for the address
 * (11ty/eleventy-dev-server issue #128). Its one listen call, also used to retry the next port
 * when one is taken, is overridden here to listen on `host` only; the start message names it.
 */
class HostDevServer extends EleventyDevServer {
  readonly host: string;

  constructor(host: string, ...args: ConstructorParameters<typeof EleventyDevServer>) {
    super(...args);
    this.host = host;
  }

  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.host });
  }

  override getHosts(): string[] {
    return urlHostsFor(this.host).map((host) => this.getServerUrl(host));
  }
}

/** The hosts a URL can name for a listen address: every address of the machine for a wildcard one. */
function urlHostsFor(host: string): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [host.includes(":") ? `[${host}]` : host];
  const external = Object.values(os.networkInterfaces()).flat().filter((address) => address && !address.internal && address.family === "IPv4");
  return ["localhost", ...external.map((address) => address!.address)];
}

function describeChanges(files: string[]): string {
  const shown = files.slice(0, 3).map((file) => path.relative(PROJECT_ROOT, file));
  return files.length > shown.length ? `${shown.join(", ")} and ${files.length - shown.length} more` : shown.join(", ");
}

function report(result: BuildSiteResult): void {
  for (const message of result.messages) console.error(formatMessage(message));
  const { counts, timings } = result;
  const changed = counts.pagesWritten === undefined ? "" : ` (${counts.pagesRendered} pages rendered, ${counts.pagesWritten} changed, ${counts.bundlesIndexed} search bundles re-indexed${counts.searchCompacted ? `, recent additions folded in: ${counts.searchCompacted}` : ""})`;
  console.log(
    `${result.written ? "built" : "NOT rebuilt (the previous site stays)"}: ${counts.articles} articles, ${counts.pages} pages${changed} in ${(timings.total / 1000).toFixed(2)} s`,
  );
}

/**
 * Ctrl-C or SIGTERM, even in the middle of a build: the build's staging copy is stopped and its
 * folder removed, in the same turn as the exit so that the build cannot write there again.
 */
function stopCleanlyOn(signals: NodeJS.Signals[]): void {
  let stopping = false;
  const exit = (signal: NodeJS.Signals): never => {
    removeStaging(outDir);
    process.exit(128 + os.constants.signals[signal]);
  };
  for (const signal of signals) {
    process.on(signal, () => {
      if (stopping) exit(signal); // a second Ctrl-C does not wait for the copy
      stopping = true;
      void stopStagingCopies().then(() => exit(signal));
    });
  }
}

stopCleanlyOn(["SIGINT", "SIGTERM"]);
// For the ends no handler sees: tsx's CLI killing a busy process, a closed terminal, a crash.
removeStagingWhenGone(outDir);
// Taken before each build reads its inputs, so an edit made during a build is seen after it.
let lastBuilt = snapshotInputs(watched);
report(await buildSite(options));
fs.mkdirSync(outDir, { recursive: true });

const server = new HostDevServer(values.host, "news-archive", outDir, {
  port: Number(values.port),
  domDiff: false,
  headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
});
server.serve(Number(values.port));
// The dev server logs other errors and serves nothing: a --host it cannot listen on ends the run.
server.server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") return; // it tries the next port
  console.error(`cannot listen on ${values.host}; --host takes an address of this machine (default 127.0.0.1)`);
  process.exit(1);
});

let building = false;
let eventsDuringBuild = false;

/** Rebuilds when an input differs from what the last build read; fs.watch's other events are ignored. */
async function rebuildIfChanged(): Promise<void> {
  if (building) {
    eventsDuringBuild = true;
    return;
  }
  const now = snapshotInputs(watched);
  const changed = changedInputs(lastBuilt, now);
  if (changed.length === 0) return;
  console.log(`changed: ${describeChanges(changed)}`);
  lastBuilt = now;
  building = true;
  try {
    const result = await buildSite(options);
    report(result);
    if (result.written) server.reload({ files: [] });
  } finally {
    building = false;
    if (eventsDuringBuild) {
      eventsDuringBuild = false;
      void rebuildIfChanged();
    }
  }
}

let timer: NodeJS.Timeout | undefined;
for (const dir of watched) {
  fs.mkdirSync(dir, { recursive: true });
  fs.watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuildIfChanged(), 200);
  });
}
console.log(`watching ${watched.map((dir) => path.relative(PROJECT_ROOT, dir)).join(" and ")} for changes; Ctrl-C stops`);
// Edits made during the first build, before anything watched.
void rebuildIfChanged();
