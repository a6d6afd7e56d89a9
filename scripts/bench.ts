// npm run bench -- --n 10000 [--runs 3] [--add-runs 1] [--seed 42] [--stand-in] [--profile] [--skip-hugo] [--skip-search] [--skip-add]
// Generates N captures into bench/work/<N>/, builds them from clean several times with
// scripts/build.ts, then measures the add-one-capture rebuild, the search in Chromium and the
// Hugo + Pagefind CLI baseline on the same articles. Prints a table per part and writes all
// figures to bench/results/<date>-n<N>.json. A part that cannot run says why and is skipped.
// --stand-in (or a full build that fails) measures render + index alone: `build.ts --no-normalize`
// on the articles a perfect normalizer would write, generated with the corpus.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import {
  addOneCaptureRuns,
  benchProject,
  buildUnavailable,
  cleanOutputs,
  describeFailure,
  prepareProject,
  runBuild,
  type BuildRun,
} from "./bench/build-runs.ts";
import { hugoUnavailable, hugoVersion, runHugoBaseline, writeHugoSite, type HugoRun } from "./bench/hugo-baseline.ts";
import { peaksByLabel } from "./bench/measure-process.ts";
import { formatProfile, readLargestProfile, summarizeProfile } from "./bench/profile.ts";
import { declaredDebounce } from "./bench/search-latency.ts";
import { BENCH_QUERIES, measureSearch, searchUnavailable, type SearchFigures } from "./bench/search-timing.ts";
import { searchAgreement } from "./bench/search-agreement.ts";
import { MiB } from "./bench/site-stats.ts";
import { STAGE_SAMPLE, stageTimes } from "./bench/stage-times.ts";
import { formatTable, spreadOf, type Row, type Spread } from "./bench/stats.ts";

/** Queries of the shards-against-one-index check (scripts/bench/search-agreement.ts), drawn reproducibly. */
const AGREEMENT_QUERIES = 100;
const AGREEMENT_SEED = 7;
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "42" },
    "skip-hugo": { type: "boolean", default: false },
    "skip-search": { type: "boolean", default: false },
    "skip-add": { type: "boolean", default: false },
    "stand-in": { type: "boolean", default: false },
    "add-runs": { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    queries: { type: "string", default: BENCH_QUERIES.join(",") },
  },
});
const n = Number(values.n);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const queries = (values.queries ?? "").split(",").map((q) => q.trim()).filter(Boolean);

const log = (line: string) => process.stdout.write(`${line}\n`);
const skipped: Record<string, string> = {};
const skip = (part: string, why: string) => {
  skipped[part] = why;
  log(`skipped: ${part} — ${why}`);
};
const seconds = (ms: number) => ms / 1000;
const over = <T>(items: T[], pick: (item: T) => number | undefined): Spread | undefined => {
  const values = items.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return values.length > 0 ? spreadOf(values) : undefined;
};

function machine() {
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  return {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    commit,
  };
}

function buildRows(label: string, builds: BuildRun[]): Row[] {
  const rows: Row[] = [
    { figure: `${label}: wall, whole process`, spread: over(builds, (b) => seconds(b.measured.wallMs)), unit: "s", digits: 2 },
    { figure: `${label}: total (build's own)`, spread: over(builds, (b) => b.timings && seconds(b.timings.total)), unit: "s", digits: 2 },
    { figure: "  normalize", spread: over(builds, (b) => b.timings && seconds(b.timings.normalize)), unit: "s", digits: 2 },
    { figure: "  render", spread: over(builds, (b) => b.timings && seconds(b.timings.render)), unit: "s", digits: 2 },
    { figure: "  index", spread: over(builds, (b) => b.timings && seconds(b.timings.index)), unit: "s", digits: 2 },
    { figure: "CPU time, all processes", spread: over(builds, (b) => b.measured.cpuSeconds), unit: "s", digits: 1 },
    { figure: "peak memory, largest process", spread: over(builds, (b) => b.measured.maxPeakRssMiB), unit: "MiB" },
  ];
  const labels = [...new Set(builds.flatMap((b) => Object.keys(peaksByLabel(b.measured))))];
  for (const name of labels) rows.push({ figure: `  peak: ${name}`, spread: over(builds, (b) => peaksByLabel(b.measured)[name]), unit: "MiB" });
  rows.push(
    { figure: "HTML pages written", spread: over(builds, (b) => b.stats.htmlPages), unit: "" },
    { figure: "output size", spread: over(builds, (b) => b.stats.outputBytes / MiB), unit: "MiB", digits: 1 },
    { figure: "index size (pagefind*/)", spread: over(builds, (b) => b.stats.indexBytes / MiB), unit: "MiB", digits: 1, note: `${builds[0]?.stats.indexFiles ?? 0} files` },
  );
  return rows;
}

/** Where the build's own time goes: its steps (src/publish/build-site.ts) in the order they ran,
 * each followed by the steps inside it ("render/pages" under "render"), indented. */
function phaseRows(builds: BuildRun[]): Row[] {
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.timings?.phases ?? {})))];
  const parentOf = (name: string) => (name.includes("/") && names.includes(name.split("/")[0]!) ? name.split("/")[0]! : undefined);
  const ordered = names.filter((name) => !parentOf(name)).flatMap((name) => [name, ...names.filter((inner) => parentOf(inner) === name)]);
  return ordered.map((name) => ({
    figure: `${parentOf(name) ? "    " : "  "}${name}`,
    spread: over(builds, (b) => (b.timings?.phases?.[name] !== undefined ? seconds(b.timings.phases[name]) : undefined)),
    unit: "s",
    digits: 2,
  }));
}

function summarizeBuilds(builds: BuildRun[]) {
  return {
    wallMs: over(builds, (b) => b.measured.wallMs),
    normalizeMs: over(builds, (b) => b.timings?.normalize),
    renderMs: over(builds, (b) => b.timings?.render),
    indexMs: over(builds, (b) => b.timings?.index),
    totalMs: over(builds, (b) => b.timings?.total),
    cpuSeconds: over(builds, (b) => b.measured.cpuSeconds),
    maxPeakRssMiB: over(builds, (b) => b.measured.maxPeakRssMiB),
    htmlPages: over(builds, (b) => b.stats.htmlPages),
    outputBytes: over(builds, (b) => b.stats.outputBytes),
    indexBytes: over(builds, (b) => b.stats.indexBytes),
  };
}

function runRecord(b: BuildRun) {
  return {
    commit: b.commit,
    exitCode: b.measured.exitCode,
    wallMs: Math.round(b.measured.wallMs),
    timings: b.timings,
    cpuSeconds: Number(b.measured.cpuSeconds.toFixed(2)),
    processes: b.measured.processes.map((p) => ({ label: p.label, peakRssMiB: Math.round(p.peakRssMiB), cpuSeconds: p.cpuSeconds })),
    stats: b.stats,
    summary: b.measured.stdout.trim().split("\n").slice(-1)[0],
  };
}

async function main(): Promise<void> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive whole number, got ${values.n}`);
  const started = new Date();
  const result: Record<string, unknown> = { date: started.toISOString(), n, seed, runs, machine: machine(), skipped };
  log(`bench: n=${n} seed=${seed} runs=${runs} on ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(2)}`);

  const project = benchProject(PROJECT_ROOT, n, seed);
  const prepared = prepareProject(project, PROJECT_ROOT);
  log(`corpus: ${prepared.captures} captures and registries in ${path.relative(PROJECT_ROOT, project.root)} (${Math.round(prepared.ms)} ms)`);
  result.corpus = { captures: prepared.captures, generateMs: Math.round(prepared.ms), dir: path.relative(PROJECT_ROOT, project.root) };

  const tables: string[] = [];
  const cleanBuilds = async (normalize: boolean): Promise<BuildRun[]> => {
    const done: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      cleanOutputs(project);
      const build = await runBuild(project, PROJECT_ROOT, normalize);
      log(`clean build ${run}/${runs}${normalize ? "" : " (stand-in)"}: ${(build.measured.wallMs / 1000).toFixed(2)} s, exit ${build.measured.exitCode}; ${build.measured.stdout.trim().split("\n").slice(-1)[0] ?? ""}`);
      if (build.measured.exitCode !== 0 || build.stats.htmlPages === 0) {
        skip(normalize ? "clean build" : "clean build (stand-in)", `scripts/build.ts failed — ${describeFailure(build)}`);
        return [];
      }
      done.push(build);
    }
    return done;
  };
  if (fs.existsSync(path.join(PROJECT_ROOT, ".cache"))) {
    log("note: the project has a .cache/ folder; if scripts/build.ts caches there, the \"clean\" builds below may be warm (the bench clears only its own bench/work/<n>/.cache)");
  }
  let builds: BuildRun[] = [];
  let normalize = !values["stand-in"];
  const unavailable = buildUnavailable(PROJECT_ROOT);
  if (unavailable) skip("clean build", unavailable);
  else {
    if (normalize) builds = await cleanBuilds(true);
    if (builds.length === 0) {
      log(`measuring render + index alone: build.ts --no-normalize on ${prepared.standInArticles} stand-in articles (what a perfect normalizer would write)`);
      normalize = false;
      builds = await cleanBuilds(false);
    }
  }
  const mode = normalize ? "normalize + render + index" : "render + index only (stand-in articles, no normalizer)";
  result.mode = mode;
  if (builds.length > 0) {
    tables.push(formatTable(`Clean build, n=${n}: ${mode} (${builds.length} runs)`, buildRows("clean build", builds)));
    const phases = phaseRows(builds);
    if (phases.length > 0) tables.push(formatTable(`Clean build, n=${n}: steps (the build's own --timings; indexing overlaps render, "index" is what is left after it)`, phases));
    result.build = { summary: summarizeBuilds(builds), runs: builds.map(runRecord) };
  }

  if (normalize && builds.length > 0) {
    const stages = stageTimes(project.sources, project.registry).map((row) => (row.figure.trim() === "find-entities" ? { ...row, note: "names: target ≤ 3 ms" } : row));
    tables.push(formatTable(`Normalizer stages, n=${n}: ms a capture (${Math.min(STAGE_SAMPLE, prepared.captures)} captures, one thread, warm, 3 rounds)`, stages));
    result.stages = Object.fromEntries(stages.map((row) => [row.figure.trim(), row.spread]));
  }

  if (builds.length > 0 && values.profile) {
    // One more clean build under --cpu-prof (slower than the measured ones; not in their figures).
    const profileDir = path.join(project.root, "cpu-profile");
    fs.rmSync(profileDir, { recursive: true, force: true });
    cleanOutputs(project);
    const profiled = await runBuild(project, PROJECT_ROOT, normalize, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
    const profile = readLargestProfile(profileDir);
    if (profiled.measured.exitCode !== 0 || !profile) skip("profile", `the profiled build failed or wrote no profile (${profileDir})`);
    else {
      const summary = summarizeProfile(profile, 20);
      tables.push(`\nProfile of one clean build (node --cpu-prof, profiles in ${path.relative(PROJECT_ROOT, profileDir)}; timings ${JSON.stringify(profiled.timings)})\n${formatProfile(summary)}`);
      result.profile = { timings: profiled.timings, ...summary };
    }
  }

  if (builds.length > 0 && !values["skip-add"]) {
    const adds: BuildRun[] = [];
    const removes: BuildRun[] = [];
    const addRuns = Math.max(1, Number(values["add-runs"]));
    for (let run = 1; run <= addRuns; run++) {
      const { add, remove, file } = await addOneCaptureRuns(project, PROJECT_ROOT, normalize);
      log(`add one capture ${run}/${addRuns} (${file}): ${(add.measured.wallMs / 1000).toFixed(2)} s; remove it again: ${(remove.measured.wallMs / 1000).toFixed(2)} s`);
      if (add.measured.exitCode !== 0) {
        skip("add one capture", `the rebuild failed — ${describeFailure(add)}`);
        break;
      }
      adds.push(add);
      removes.push(remove);
    }
    if (adds.length > 0) {
      const full = over(builds, (b) => b.measured.wallMs)?.median ?? Number.NaN;
      const rows: Row[] = [
        ...buildRows("add one + rebuild", adds).slice(0, 7),
        { figure: "remove it + rebuild: wall", spread: over(removes, (b) => seconds(b.measured.wallMs)), unit: "s", digits: 2 },
        {
          figure: "add one / clean build",
          spread: over(adds, (b) => b.measured.wallMs / full),
          unit: "×",
          digits: 2,
          note: "target ≤ 0.10 and < 2 s",
        },
      ];
      tables.push(formatTable(`Add one ${normalize ? "capture" : "stand-in article"} to n=${n} and rebuild (${adds.length} runs)`, rows));
      const addPhases = phaseRows(adds);
      if (addPhases.length > 0) tables.push(formatTable(`Add one to n=${n}: steps`, addPhases));
      result.addOne = { summary: summarizeBuilds(adds), removeSummary: summarizeBuilds(removes), runs: adds.map(runRecord), removeRuns: removes.map(runRecord) };
    }
  } else if (values["skip-add"]) skip("add one capture", "--skip-add");
  else skip("add one capture", "no clean build to add to");

  let search: SearchFigures | undefined;
  const searchWhy = values["skip-search"] ? "--skip-search" : builds.length === 0 ? "no built site" : searchUnavailable(project.out);
  if (searchWhy) skip("search in Chromium", searchWhy);
  else {
    try {
      const measured = await measureSearch(project.out, queries);
      search = measured;
      for (const note of measured.notes) log(`search: ${note}`);
      const kb = (bytes: number) => bytes / 1024;
      const debounceMs = declaredDebounce(project.out);
      tables.push(
        formatTable(`Search in Chromium, n=${n} (${queries.length} queries: ${queries.join(", ")})`, [
          { figure: "first results shown: bytes, gzip estimate", spread: over(measured.firstQuery, (q) => kb(q.firstShownGzipBytes)), unit: "KB", digits: 1, note: "target < 150 KB" },
          { figure: "first results shown: requests", spread: over(measured.firstQuery, (q) => q.firstShownRequests), unit: "" },
          { figure: "first query complete: all bytes, gzip", spread: over(measured.firstQuery, (q) => kb(q.gzipBytes)), unit: "KB", digits: 1, note: "every shard merged" },
          { figure: "first query: all bytes, raw", spread: over(measured.firstQuery, (q) => kb(q.bytes)), unit: "KB", digits: 1 },
          { figure: "first query: /pagefind* only, gzip", spread: over(measured.firstQuery, (q) => kb(q.searchGzipBytes)), unit: "KB", digits: 1 },
          { figure: "first query: requests", spread: over(measured.firstQuery, (q) => q.requests), unit: "" },
          ...[...new Set(measured.firstQuery.flatMap((q) => Object.keys(q.gzipBytesByKind)))].map((kind) => ({
            figure: `  gzip: ${kind}`,
            spread: over(measured.firstQuery, (q) => kb(q.gzipBytesByKind[kind] ?? 0)),
            unit: "KB",
            digits: 1,
          })),
          { figure: "keystroke → results, cold page", spread: over(measured.keystrokes, (k) => k.coldMs), unit: "ms", note: "includes the UI's debounce" },
          { figure: "keystroke → results, warm page", spread: over(measured.keystrokes, (k) => k.warmMs), unit: "ms", note: "includes the UI's debounce" },
          ...(debounceMs === undefined
            ? []
            : [
                { figure: `  beyond the ${debounceMs} ms debounce, cold`, spread: over(measured.keystrokes, (k) => k.coldMs && k.coldMs - debounceMs), unit: "ms", note: "target < 50 ms" },
                { figure: `  beyond the ${debounceMs} ms debounce, warm`, spread: over(measured.keystrokes, (k) => k.warmMs && k.warmMs - debounceMs), unit: "ms" },
              ]),
          { figure: "pagefind.search() + 5 results, cold", spread: over(measured.api, (a) => a.coldMs), unit: "ms", note: "the work, no UI" },
          { figure: "pagefind.search() + 5 results, warm", spread: over(measured.api, (a) => a.warmMs), unit: "ms" },
        ]),
      );
      result.search = { ...search, debounceMs };
      // Issue 16: the merged shards must answer as one index of the same pages would.
      const agreement = await searchAgreement(project.out, normalize ? project.articles : project.standInArticles, AGREEMENT_QUERIES, AGREEMENT_SEED);
      tables.push(
        formatTable(`Search across shards against one Pagefind index, n=${n} (${agreement.queries} queries of 1-3 words, seed ${AGREEMENT_SEED}; ${agreement.answered} with results)`, [
          { figure: "same result set", spread: spreadOf([agreement.sameSet]), unit: "", note: `target: all ${agreement.queries}` },
          { figure: "same top ten (relevance, ties allowed)", spread: spreadOf([agreement.sameTop]), unit: "" },
        ]),
      );
      result.searchAgreement = { queries: agreement.queries, sameSet: agreement.sameSet, sameTop: agreement.sameTop, answered: agreement.answered };
    } catch (error) {
      skip("search in Chromium", `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }

  const hugoWhy = values["skip-hugo"] ? "--skip-hugo" : hugoUnavailable();
  const articlesDir = normalize ? project.articles : project.standInArticles;
  const articleCount = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((f) => f.endsWith(".md")).length : 0;
  if (hugoWhy) skip("Hugo + Pagefind baseline", hugoWhy);
  else if (articleCount === 0) skip("Hugo + Pagefind baseline", `no normalized articles in ${path.relative(PROJECT_ROOT, articlesDir)} to render`);
  else {
    const hugoDir = path.join(project.root, "hugo");
    writeHugoSite(articlesDir, hugoDir);
    const hugoRuns: HugoRun[] = [];
    try {
      for (let run = 1; run <= runs; run++) {
        const baseline = await runHugoBaseline(hugoDir, PROJECT_ROOT);
        log(`hugo + pagefind ${run}/${runs}: hugo ${(baseline.hugo.wallMs / 1000).toFixed(2)} s, pagefind ${(baseline.pagefind.wallMs / 1000).toFixed(2)} s`);
        hugoRuns.push(baseline);
      }
    } catch (error) {
      skip("Hugo + Pagefind baseline", `failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (hugoRuns.length > 0) {
      const total = over(hugoRuns, (h) => seconds(h.hugo.wallMs + h.pagefind.wallMs));
      const rows: Row[] = [
        { figure: "hugo --quiet: wall", spread: over(hugoRuns, (h) => seconds(h.hugo.wallMs)), unit: "s", digits: 2 },
        { figure: "  peak memory (hugo)", spread: over(hugoRuns, (h) => h.hugo.maxPeakRssMiB), unit: "MiB" },
        { figure: "  CPU time", spread: over(hugoRuns, (h) => h.hugo.cpuSeconds), unit: "s", digits: 1 },
        { figure: "pagefind CLI, clean folder: wall", spread: over(hugoRuns, (h) => seconds(h.pagefind.wallMs)), unit: "s", digits: 2 },
        { figure: "  peak memory (largest process)", spread: over(hugoRuns, (h) => h.pagefind.maxPeakRssMiB), unit: "MiB" },
        { figure: "  CPU time", spread: over(hugoRuns, (h) => h.pagefind.cpuSeconds), unit: "s", digits: 1 },
        { figure: "hugo + pagefind: wall", spread: total, unit: "s", digits: 2, note: "the time to beat" },
        { figure: "HTML pages (without page/1 redirects)", spread: over(hugoRuns, (h) => h.stats.htmlPages), unit: "" },
        { figure: "index size (pagefind/)", spread: over(hugoRuns, (h) => h.stats.indexBytes / MiB), unit: "MiB", digits: 1 },
      ];
      const ours = over(builds, (b) => seconds(b.measured.wallMs));
      if (ours && total) rows.push({ figure: "our clean build / hugo + pagefind", spread: spreadOf([ours.median / total.median]), unit: "×", digits: 2, note: "target < 1" });
      tables.push(formatTable(`Baseline: ${hugoVersion()} + Pagefind CLI on the same ${articleCount} articles (${hugoRuns.length} runs)`, rows));
      result.hugo = {
        version: hugoVersion(),
        articles: articleCount,
        hugoWallMs: over(hugoRuns, (h) => h.hugo.wallMs),
        pagefindWallMs: over(hugoRuns, (h) => h.pagefind.wallMs),
        totalWallMs: over(hugoRuns, (h) => h.hugo.wallMs + h.pagefind.wallMs),
        runs: hugoRuns.map((h) => ({
          hugo: { wallMs: Math.round(h.hugo.wallMs), cpuSeconds: h.hugo.cpuSeconds, processes: h.hugo.processes },
          pagefind: { wallMs: Math.round(h.pagefind.wallMs), cpuSeconds: h.pagefind.cpuSeconds, processes: h.pagefind.processes },
          stats: h.stats,
        })),
      };
    }
  }

  for (const table of tables) log(table);
  if (Object.keys(skipped).length > 0) log(`\nskipped:\n${Object.entries(skipped).map(([part, why]) => `  ${part}: ${why}`).join("\n")}`);
  const resultsDir = path.join(PROJECT_ROOT, "bench/results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${started.toISOString().slice(0, 10)}-n${n}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  log(`\nfigures: ${path.relative(PROJECT_ROOT, file)}`);
}

await main();
