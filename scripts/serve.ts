// npm start [-- --port 8080 --sources DIR --registry DIR --articles DIR --out DIR --no-normalize]: builds the site, serves _site/ on localhost with live reload
// (Eleventy's dev server), and rebuilds — normalize, render, search index — whenever a capture
// or a registry changes. Each rebuild swaps in a complete site, so the server never shows half of one.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { buildSite, PROJECT_ROOT, type BuildSiteResult } from "../src/build/build-site.ts";
import { relaunchWithHeapFor } from "../src/build/heap-size.ts";
import { formatMessage } from "../src/messages.ts";
import { CONTENT_SECURITY_POLICY } from "../src/site/page-shell.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    sources: { type: "string", default: path.join(PROJECT_ROOT, "content/sources") },
    registry: { type: "string", default: path.join(PROJECT_ROOT, "content/registry") },
    articles: { type: "string", default: path.join(PROJECT_ROOT, "content/articles") },
    out: { type: "string", default: path.join(PROJECT_ROOT, "_site") },
    "no-normalize": { type: "boolean", default: false },
  },
});
// The heap is sized for the archive at start; an archive that grows a lot while served needs a restart.
const relaunched = relaunchWithHeapFor(path.resolve(values.sources));
if (relaunched !== undefined) process.exit(relaunched);

const outDir = path.resolve(values.out);
const options = {
  sourcesDir: values.sources,
  registryDir: values.registry,
  articlesDir: values.articles,
  outDir,
  normalize: !values["no-normalize"],
};
// Without normalizing, the articles are the input and are watched too.
const watched = [values.sources, values.registry, ...(values["no-normalize"] ? [values.articles] : [])].map((dir) => path.resolve(dir));

function report(result: BuildSiteResult): void {
  for (const message of result.messages) console.error(formatMessage(message));
  const { counts, timings } = result;
  console.log(
    `${result.written ? "built" : "NOT rebuilt (the previous site stays)"}: ${counts.articles} articles, ${counts.pages} pages in ${(timings.total / 1000).toFixed(2)} s`,
  );
}

report(await buildSite(options));
fs.mkdirSync(outDir, { recursive: true });

const server = EleventyDevServer.getServer("news-archive", outDir, {
  port: Number(values.port),
  domDiff: false,
  headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
});
server.serve(Number(values.port));

let timer: NodeJS.Timeout | undefined;
let building = false;
let again = false;

async function rebuild(): Promise<void> {
  if (building) {
    again = true;
    return;
  }
  building = true;
  try {
    const result = await buildSite(options);
    report(result);
    if (result.written) server.reload({ files: [] });
  } finally {
    building = false;
    if (again) {
      again = false;
      void rebuild();
    }
  }
}

for (const dir of watched) {
  fs.mkdirSync(dir, { recursive: true });
  fs.watch(dir, { recursive: true }, (_event, file) => {
    console.log(`changed: ${path.join(path.relative(PROJECT_ROOT, dir), String(file ?? ""))}`);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 200);
  });
}
console.log(`watching ${watched.map((dir) => path.relative(PROJECT_ROOT, dir)).join(" and ")} for changes; Ctrl-C stops`);
