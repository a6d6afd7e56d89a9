// npm run eval [-- --only NAME --shared DIR --name-finder capitalised-runs|wink-pos|name-tagger]: the normalizer's quality on every labelled corpus this machine has
// (and on the saved pages the text captures lack, made text captures: pages-from-html).
// Each corpus is normalized from scratch into a temporary folder (content/ is never touched) with
// the project's registries, then scored by the evaluation set's own scorer; the tables are printed
// and each scorer's whole output (with the per-capture failures) is written to .cache/eval/<name>.txt.
// The evaluation sets and their scorers live beside a checkout, in ../shared/; a clone without them
// is told so (its own fixtures are checked by `npm test`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { withHeader } from "../src/add-capture.ts";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";
import { listCaptures } from "../src/list-captures.ts";
import { normalizeArchive } from "../src/pipeline.ts";
import { readabilityAlone, readerMsPerPage } from "./eval-html.ts";
import { pagesFromHtml } from "./eval-pages-from-html.ts";
import type { NameFinder } from "../src/normalize/candidate-names.ts";

const { values } = parseArgs({ options: { only: { type: "string" }, shared: { type: "string", default: path.resolve(PROJECT_ROOT, "../shared") }, "name-finder": { type: "string" } } });
const SHARED = path.resolve(values.shared);
const TOOLS = path.join(SHARED, "tools");

interface Corpus {
  name: string;
  captures: string;
  /** The scorer and its arguments; `--articles DIR` is added. */
  scorer: string;
  args: string[];
  /** Capture file name → URL, written into each capture's header (a capture copied with its address). */
  urls?: string;
  /** Saved pages: also score Mozilla Readability alone on them, side by side (eval-html.ts). */
  readabilityBaseline?: boolean;
  /** Makes the captures first; says why not when it cannot. */
  prepare?: () => Promise<string | undefined>;
}

const HELD_OUT = path.join(PROJECT_ROOT, ".cache/eval/pages-from-html");

const corpora: Corpus[] = [
  { name: "seeds", captures: path.join(SHARED, "seeds"), scorer: "score-normalized.mjs", args: ["--expected", path.join(SHARED, "seeds/expected.json")] },
  { name: "pages", captures: path.join(SHARED, "eval/pages/captures"), scorer: "score-pages.mjs", args: [] },
  { name: "pages-with-url", captures: path.join(SHARED, "eval/pages/captures"), scorer: "score-pages.mjs", args: [], urls: path.join(SHARED, "eval/pages/urls.json") },
  // The saved pages that the text captures lack, made text captures here (eval-pages-from-html.ts): pages no rule was read from.
  {
    name: "pages-from-html",
    captures: path.join(HELD_OUT, "captures"),
    scorer: "score-pages.mjs",
    args: ["--labels", path.join(HELD_OUT, "labels.json"), "--bodies", path.join(HELD_OUT, "bodies.json")],
    prepare: async () => ((await pagesFromHtml(SHARED, HELD_OUT)) ? undefined : "no Chromium to render the saved pages (CHROMIUM_PATH or /usr/bin/chromium)"),
  },
  { name: "html", captures: path.join(SHARED, "eval/html"), scorer: "score-html.mjs", args: ["--labels", path.join(SHARED, "eval/html/labels.json")], readabilityBaseline: true },
  { name: "names-dev", captures: path.join(SHARED, "eval/names-dev/captures"), scorer: "score-names.mjs", args: [] },
  { name: "names-dev-all-fields", captures: path.join(SHARED, "eval/names-dev/captures"), scorer: "score-normalized.mjs", args: ["--expected", path.join(SHARED, "eval/names-dev/expected.json")] },
];

/** Each scorer's summary lines (the rest of its output lists the captures one by one). */
const SUMMARY_LINES: Record<string, RegExp> = {
  "score-normalized.mjs": /^(score:|story )/,
  "score-pages.mjs": /^\S+: (group|english|en:|nonEnglish)/,
  "score-html.mjs": /^html: (group|all|english|zyte|htmldate|nonEnglish)/,
  "score-names.mjs": /^(==|  (actors|places|any name|recall|confusion|by category))/,
};

const reportDir = path.join(PROJECT_ROOT, ".cache/eval");
fs.mkdirSync(reportDir, { recursive: true });
if (!fs.existsSync(TOOLS)) {
  console.log(`${SHARED} is not here: no evaluation set to score (the project's own fixtures are checked by npm test: tests/normalize/seeds.test.ts)`);
  process.exit(0);
}

for (const corpus of corpora) {
  if (values.only && corpus.name !== values.only) continue;
  const scorer = path.join(TOOLS, corpus.scorer);
  const unprepared = fs.existsSync(path.join(SHARED, "eval/html")) ? await corpus.prepare?.() : undefined;
  if (unprepared) {
    console.log(`\n## ${corpus.name}: ${unprepared}; skipped`);
    continue;
  }
  if (!fs.existsSync(corpus.captures) || !fs.existsSync(scorer)) {
    console.log(`\n## ${corpus.name}: not on this machine (${path.relative(PROJECT_ROOT, corpus.captures)}); skipped`);
    continue;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `eval-${corpus.name}-`));
  try {
    const sourcesDir = copyCaptures(corpus, path.join(work, "sources"));
    const articlesDir = path.join(work, "articles");
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await normalizeArchive({ sourcesDir, articlesDir, registryDir: path.join(PROJECT_ROOT, "content/registry"), nameFinder: values["name-finder"] as NameFinder | undefined });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const reportFile = path.join(reportDir, `${corpus.name}.txt`);
    const output = runScorer(scorer, [...corpus.args, "--articles", articlesDir], reportFile);
    const captures = listCaptures(sourcesDir).length;
    // CPU of every thread of this process (the worker threads' too), model loading included.
    const cpuPerCapture = (cpu.user + cpu.system) / 1000 / Math.max(1, captures);
    console.log(`\n## ${corpus.name}: ${captures} captures → ${result.articles.length} articles in ${seconds.toFixed(1)} s, ${cpuPerCapture.toFixed(1)} ms CPU a capture (failures: ${path.relative(PROJECT_ROOT, reportFile)})`);
    console.log(summaryOf(corpus.scorer, output));
    if (corpus.readabilityBaseline) compareWithReadability(corpus, scorer, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Readability alone on the same pages, scored the same way, and both readers' median ms per page. */
function compareWithReadability(corpus: Corpus, scorer: string, work: string): void {
  const baselineDir = path.join(work, "readability-alone");
  const readabilityMs = readabilityAlone(corpus.captures, baselineDir);
  const readerMs = readerMsPerPage(corpus.captures);
  const output = runScorer(scorer, [...corpus.args, "--articles", baselineDir], path.join(reportDir, `${corpus.name}-readability-alone.txt`));
  console.log(`\n## ${corpus.name}, Mozilla Readability alone on the same pages (its textContent, title, siteName, publishedTime):`);
  console.log(summaryOf(corpus.scorer, output));
  console.log(`median ms per page (parse to story, one page at a time, machine shared: noisy): our reader ${readerMs.toFixed(1)}, Readability alone ${readabilityMs.toFixed(1)}`);
}

function copyCaptures(corpus: Corpus, to: string): string {
  fs.mkdirSync(to, { recursive: true });
  const urls = corpus.urls ? (JSON.parse(fs.readFileSync(corpus.urls, "utf8")) as Record<string, string>) : {};
  for (const name of listCaptures(corpus.captures)) {
    const content = fs.readFileSync(path.join(corpus.captures, name));
    fs.writeFileSync(path.join(to, name), urls[name] ? withHeader(content, { url: urls[name] }) : content);
  }
  return to;
}

/**
 * The scorer's whole output. It goes to a file, not a pipe: a scorer that ends with process.exit()
 * loses what it wrote to a pipe and had not flushed (its per-capture lines and the score itself).
 */
function runScorer(scorer: string, args: string[], outputFile: string): string {
  const fd = fs.openSync(outputFile, "w");
  try {
    const run = spawnSync(process.execPath, [scorer, ...args], { cwd: PROJECT_ROOT, stdio: ["ignore", fd, fd] });
    if (run.error) fs.writeSync(fd, `\n${scorer}: ${run.error.message}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return fs.readFileSync(outputFile, "utf8");
}

function summaryOf(scorer: string, output: string): string {
  const wanted = SUMMARY_LINES[scorer]!;
  // score-pages prefixes its table rows with the articles folder, a temporary path here.
  return output.split("\n").filter((line) => wanted.test(line)).map((line) => line.replace(/^\/\S+: /, "")).join("\n");
}
