// The bench project (a generated corpus with its registries under bench/work/<n>/) and the runs
// of scripts/build.ts on it: clean builds, and the maintainer's add-one-capture rebuild.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateCorpus, writeCorpus, writeCorpusRegistry, writeStandInArticles } from "../generate-corpus.ts";
import { measureCommand, type MeasuredRun } from "./measure-process.ts";
import { siteStats, type SiteStats } from "./site-stats.ts";

export interface BenchProject {
  root: string;
  sources: string;
  registry: string;
  articles: string;
  /** Articles as a perfect normalizer would write them, for `--no-normalize` builds. */
  standInArticles: string;
  out: string;
  timingsFile: string;
  n: number;
  seed: number;
}

export interface StageTimings {
  normalize: number;
  render: number;
  index: number;
  total: number;
  /** The steps inside the stages (normalize/merge, render/pages, …), when the build reports them. */
  phases?: Record<string, number>;
}

export interface BuildRun {
  /** HEAD when the build started (the code under test can change between runs). */
  commit: string;
  measured: MeasuredRun;
  /** What the build itself reported with --timings; undefined when it wrote none. */
  timings: StageTimings | undefined;
  stats: SiteStats;
}

export function benchProject(projectRoot: string, n: number, seed: number): BenchProject {
  const root = path.join(projectRoot, "bench/work", String(n));
  return {
    root,
    sources: path.join(root, "content/sources"),
    registry: path.join(root, "content/registry"),
    articles: path.join(root, "content/articles"),
    standInArticles: path.join(root, "stand-in-articles"),
    out: path.join(root, "_site"),
    timingsFile: path.join(root, "timings.json"),
    n,
    seed,
  };
}

/** Generates the corpus and the registries (the project's, plus the corpus's own entities). */
export function prepareProject(project: BenchProject, projectRoot: string): { ms: number; captures: number; standInArticles: number } {
  const started = performance.now();
  fs.rmSync(project.root, { recursive: true, force: true });
  const registryDir = path.join(projectRoot, "content/registry");
  const corpus = generateCorpus({ n: project.n, seed: project.seed, registryDir });
  writeCorpus(corpus, project.sources);
  writeCorpusRegistry(corpus, registryDir, project.registry);
  const standInArticles = writeStandInArticles(corpus, project.standInArticles);
  return { ms: performance.now() - started, captures: corpus.captures.length, standInArticles };
}

/** Why the build cannot be benchmarked yet, or undefined when it can. */
export function buildUnavailable(projectRoot: string): string | undefined {
  const script = path.join(projectRoot, "scripts/build.ts");
  if (!fs.existsSync(script)) return "scripts/build.ts does not exist yet";
  const text = fs.readFileSync(script, "utf8");
  if (!text.includes("--timings") && !text.includes("timings")) return "scripts/build.ts has no --timings flag yet";
  return undefined;
}

/** Removes everything a build leaves behind in the bench project, so the next build starts clean. */
export function cleanOutputs(project: BenchProject): void {
  for (const name of fs.existsSync(project.root) ? fs.readdirSync(project.root) : []) {
    if (name === "_site" || name.startsWith("_site.") || name === ".cache") fs.rmSync(path.join(project.root, name), { recursive: true, force: true });
  }
  fs.rmSync(project.articles, { recursive: true, force: true });
  fs.rmSync(project.timingsFile, { force: true });
}

/** One run of scripts/build.ts; `normalize: false` renders and indexes the stand-in articles only. */
export async function runBuild(project: BenchProject, projectRoot: string, normalize = true, nodeArgs: string[] = []): Promise<BuildRun> {
  fs.rmSync(project.timingsFile, { force: true });
  const args = [
    ...nodeArgs,
    "--import",
    "tsx",
    path.join(projectRoot, "scripts/build.ts"),
    "--sources",
    project.sources,
    "--registry",
    project.registry,
    "--articles",
    normalize ? project.articles : project.standInArticles,
    "--out",
    project.out,
    "--timings",
    project.timingsFile,
    ...(normalize ? [] : ["--no-normalize"]),
  ];
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: projectRoot, encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  // The build runs from the project root (Eleventy resolves its input folder from there).
  const measured = await measureCommand(process.execPath, args, { cwd: projectRoot, env: { ...process.env, CI: "1" } });
  let timings: StageTimings | undefined;
  try {
    timings = JSON.parse(fs.readFileSync(project.timingsFile, "utf8")) as StageTimings;
  } catch {
    timings = undefined;
  }
  return { commit, measured, timings, stats: siteStats(project.out) };
}

export function describeFailure(run: BuildRun): string {
  const tail = (run.measured.stderr || run.measured.stdout).trim().split("\n").slice(-8).join("\n    ");
  return `exit code ${run.measured.exitCode}:\n    ${tail}`;
}

/**
 * The maintainer's loop on a built archive: add one new capture, rebuild, then remove it and
 * rebuild again (which also puts the project back as it was).
 */
export async function addOneCaptureRuns(project: BenchProject, projectRoot: string, normalize = true): Promise<{ add: BuildRun; remove: BuildRun; file: string }> {
  // The corpus is generated in order, so capture n of an n+1 corpus is new to an n corpus.
  const next = generateCorpus({ n: project.n + 1, seed: project.seed, registryDir: path.join(projectRoot, "content/registry") });
  const extra = next.captures[project.n];
  if (!extra) throw new Error("no extra capture generated");
  // With the normalizer: a new capture. Without it: a new stand-in article.
  const file = normalize ? path.join(project.sources, extra.fileName) : path.join(project.standInArticles, `zz-added-${extra.truth.story}.md`);
  if (normalize) fs.writeFileSync(file, extra.text);
  else {
    const dir = fs.mkdtempSync(path.join(project.root, "add-"));
    writeStandInArticles({ ...next, captures: [extra] }, dir);
    const written = fs.readdirSync(dir)[0] as string;
    fs.renameSync(path.join(dir, written), file);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  let add: BuildRun;
  try {
    add = await runBuild(project, projectRoot, normalize);
  } finally {
    fs.rmSync(file, { force: true });
  }
  const remove = await runBuild(project, projectRoot, normalize);
  return { add, remove, file: extra.fileName };
}
