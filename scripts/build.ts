// npm run build [-- --sources DIR --registry DIR --articles DIR --out DIR --no-normalize --no-search
//                   --clean --compact --eleventy --strict --timings FILE]
// Normalizes the captures, renders the site, indexes it for search and swaps it into _site/.
// A rebuild rewrites only what changed (--clean: everything); --eleventy renders through Eleventy.
// On a sharded site a rebuild indexes the pages changed since the last full index into a small
// "recent additions" search bundle; --compact folds it back into the others (a clean build does too).
// --timings FILE: milliseconds per stage and per step, named as src/publish/build-site.ts lists
// its steps (build-archive, render, render/pages, index, …; normalize/… are the normalizer's).
import fs from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
import { relaunchWithHeapFor } from "../src/publish/heap-size.ts";
import { PROJECT_ROOT } from "../src/publish/site-build.ts";
import { manifestPath } from "../src/publish/site-manifest.ts";

const { values } = parseArgs({
  options: {
    sources: { type: "string" },
    registry: { type: "string" },
    articles: { type: "string" },
    out: { type: "string" },
    "no-normalize": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    clean: { type: "boolean", default: false },
    compact: { type: "boolean", default: false },
    eleventy: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    timings: { type: "string" },
  },
});

// A rebuild over an earlier build holds every capture's cached result besides what a clean build
// holds (~335 MB of heap at 10,000): bounded like a clean build, V8 spent about a quarter of it
// collecting and at times ran out. It takes npm start's heap; a clean or first build stays bounded.
const outDir = path.resolve(values.out ?? path.join(PROJECT_ROOT, "_site"));
const rebuild = !values.clean && !values.eleventy && fs.existsSync(manifestPath(outDir));
const relaunched = relaunchWithHeapFor(path.resolve(values.sources ?? path.join(PROJECT_ROOT, "content/sources")), rebuild ? "ample" : "bounded");
if (relaunched !== undefined) process.exit(relaunched);
// Loaded only now (~1.2 s of CPU): a process that relaunches itself never needs them.
const { buildSite } = await import("../src/publish/build-site.ts");
const { formatMessage } = await import("../src/messages.ts");
const { missingSiteUrlNote } = await import("../src/site/site-config.ts");

const siteUrlNote = missingSiteUrlNote();
if (siteUrlNote) console.error(siteUrlNote);

// Stage progress for a person watching a long build; quiet in CI and when output is piped.
const showProgress = process.stderr.isTTY && !process.env.CI;
const started = performance.now();
const stagesShown = new Set<string>();
const STAGE_TEXT = { normalized: "captures normalized", rendered: "pages written", indexed: "search index built" } as const;
const onStage = (stage: keyof typeof STAGE_TEXT) => {
  if (!showProgress || stagesShown.has(stage)) return;
  stagesShown.add(stage);
  process.stderr.write(`… ${STAGE_TEXT[stage]} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
};

const result = await buildSite({
  sourcesDir: values.sources,
  registryDir: values.registry,
  articlesDir: values.articles,
  outDir: values.out,
  normalize: !values["no-normalize"],
  search: !values["no-search"],
  strict: values.strict,
  incremental: !values.clean,
  compactSearch: values.compact,
  renderer: values.eleventy ? "eleventy" : "direct",
  onStage,
});

for (const note of result.notes) console.error(note);
for (const message of result.messages) console.error(formatMessage(message));
const warnings = result.messages.filter((m) => m.severity === "warning").length;
const errors = result.messages.filter((m) => m.severity === "error").length;
const { counts, timings } = result;
console.log(
  `${result.written ? "built" : "NOT built"} ${result.outDir}: ${counts.articles} articles from ${counts.captures} captures, ${counts.pages} pages, ` +
    `${counts.indexed} indexed for search` +
    (counts.pagesWritten !== undefined ? ` (${counts.pagesRendered} pages rendered, ${counts.pagesWritten} written, ${counts.bundlesIndexed} search bundles indexed)` : "") +
    (counts.searchCompacted ? ` (recent search bundle folded in: ${counts.searchCompacted})` : "") +
    `; ${errors} errors, ${warnings} warnings; ` +
    `${(timings.total / 1000).toFixed(2)} s (normalize ${timings.normalize} ms, render ${timings.render} ms, index ${timings.index} ms)`,
);
if (values.timings) fs.writeFileSync(values.timings, `${JSON.stringify(timings)}\n`);
process.exitCode = result.exitCode;
