// npm run compare-output [-- --base REF] [--n 1000] [--seed 7] [--only seeds|corpus] [--keep]
// Is the output byte-identical to a base commit's? Builds the same inputs with the base's code (a
// temporary `git worktree`, node_modules symlinked) and with this working tree's, then compares
// the two trees: the normalized articles with their address ledger, and the built site. Inputs:
// (1) the project's own content (content/sources, content/registry, content/addresses.jsonl);
// (2) a generated corpus of N captures: ../shared/tools/make-corpus.mjs when ../shared exists
// (its raw/ captures, content/registry), else scripts/generate-corpus.ts (its captures and its
// registries). Prints each differing file with the first lines of its diff; exits 1 on any
// difference. REF defaults to the merge-base of HEAD and main.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { treeHashes } from "../../tests/helpers/tree-hash.ts";
import { generateCorpus, writeCorpus, writeCorpusRegistry } from "../generate-corpus.ts";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";

const SHARED_CORPUS_TOOL = path.resolve(PROJECT_ROOT, "../shared/tools/make-corpus.mjs");
/**
 * Where each side builds, relative to its own root. Both sides use the same relative paths, so
 * file paths the build writes relative to the root or the working directory (provenance, the
 * report) are the same on both and only the code can make them differ.
 */
const WORK = "bench/work/compare";
/** The normalizer's record of its own writes (sizes and file times): new at every build. */
const ARTICLE_WRITE_RECORD = ".written.json";
const DIFF_LINES = 12;
const SITE_URL = "https://archive.example/";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    n: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);
const git = (...args: string[]) => execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();

interface Input {
  name: string;
  /** Writes content/sources, content/registry (and content/addresses.jsonl when there is one) into `dir`. */
  write(dir: string): void;
}

function copyIfPresent(from: string, to: string): void {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}

const seedsInput: Input = {
  name: "seeds",
  write(dir) {
    fs.cpSync(path.join(PROJECT_ROOT, "content/sources"), path.join(dir, "content/sources"), { recursive: true });
    fs.cpSync(path.join(PROJECT_ROOT, "content/registry"), path.join(dir, "content/registry"), { recursive: true });
    copyIfPresent(path.join(PROJECT_ROOT, "content/addresses.jsonl"), path.join(dir, "content/addresses.jsonl"));
  },
};

/** One corpus, generated once into `cache` and copied into each side's project. */
function corpusInput(n: number, seed: number, cache: string): Input {
  const generated = path.join(cache, `corpus-${n}-${seed}`);
  const ensure = () => {
    if (fs.existsSync(generated)) return;
    if (fs.existsSync(SHARED_CORPUS_TOOL)) {
      const raw = path.join(cache, "make-corpus");
      execFileSync(process.execPath, [SHARED_CORPUS_TOOL, "--n", String(n), "--seed", String(seed), "--out", raw, "--no-md"], { stdio: "inherit" });
      fs.cpSync(path.join(raw, "raw"), path.join(generated, "content/sources"), { recursive: true });
      fs.cpSync(path.join(PROJECT_ROOT, "content/registry"), path.join(generated, "content/registry"), { recursive: true });
    } else {
      const corpus = generateCorpus({ n, seed, registryDir: path.join(PROJECT_ROOT, "content/registry") });
      writeCorpus(corpus, path.join(generated, "content/sources"));
      writeCorpusRegistry(corpus, path.join(PROJECT_ROOT, "content/registry"), path.join(generated, "content/registry"));
    }
  };
  return {
    name: `corpus-${n}`,
    write(dir) {
      ensure();
      fs.cpSync(generated, dir, { recursive: true });
    },
  };
}

interface SideBuild {
  articles: string;
  ledger: string;
  site: string;
}

/** Builds one input from clean with the code in `root`, as `npm run build` there would. */
function buildAt(root: string, input: Input, label: string): SideBuild {
  const dir = path.join(root, WORK, input.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  input.write(dir);
  const articles = path.join(dir, "content/articles");
  const site = path.join(dir, "_site");
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build.ts", "--sources", path.join(dir, "content/sources"), "--registry", path.join(dir, "content/registry"), "--articles", articles, "--out", site, "--clean"],
    { cwd: root, encoding: "utf8", env: { ...process.env, CI: "1", SITE_URL }, maxBuffer: 1 << 28 },
  );
  log(`${label}: ${input.name} built in ${((performance.now() - started) / 1000).toFixed(1)} s (exit ${run.status})`);
  if (run.status !== 0 && !fs.existsSync(site)) throw new Error(`${label}: the build of ${input.name} failed:\n${run.stderr.slice(-2000)}`);
  return { articles, ledger: path.join(dir, "content/addresses.jsonl"), site };
}

function hashesOf(build: SideBuild): Map<string, string> {
  const all = new Map<string, string>();
  for (const [file, hash] of treeHashes(build.articles)) if (file !== ARTICLE_WRITE_RECORD) all.set(`content/articles/${file}`, hash);
  if (fs.existsSync(build.ledger)) all.set("content/addresses.jsonl", treeHashes(path.dirname(build.ledger)).get("addresses.jsonl")!);
  for (const [file, hash] of treeHashes(build.site)) all.set(`_site/${file}`, hash);
  return all;
}

function pathOf(build: SideBuild, file: string): string {
  if (file.startsWith("_site/")) return path.join(build.site, file.slice("_site/".length));
  return path.join(path.dirname(path.dirname(build.articles)), file);
}

/** The first lines of a unified diff of one file (git's, which needs no repository here). */
function diffHead(base: string, head: string): string {
  const run = spawnSync("git", ["diff", "--no-index", "--no-color", "--unified=1", "--", base, head], { encoding: "utf8", maxBuffer: 1 << 26 });
  const lines = run.stdout.split("\n").filter((line) => !line.startsWith("diff --git") && !line.startsWith("index "));
  const shown = lines.slice(2, 2 + DIFF_LINES).map((line) => `    ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
  return shown.join("\n") + (lines.length > 2 + DIFF_LINES ? "\n    …" : "");
}

/** Prints the differences; returns how many files differ. */
function compare(input: Input, base: SideBuild, head: SideBuild): number {
  const before = hashesOf(base);
  const after = hashesOf(head);
  const files = [...new Set([...before.keys(), ...after.keys()])].sort();
  const differing = files.filter((file) => before.get(file) !== after.get(file));
  log(`${input.name}: ${files.length} files, ${differing.length} differ`);
  for (const file of differing) {
    if (!before.has(file)) log(`  only in the working tree: ${file}`);
    else if (!after.has(file)) log(`  only at base: ${file}`);
    else log(`  differs: ${file}\n${diffHead(pathOf(base, file), pathOf(head, file))}`);
  }
  return differing.length;
}

const baseRef = values.base ?? git("merge-base", "HEAD", "main");
const baseCommit = git("rev-parse", "--short", `${baseRef}^{commit}`);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "compare-output-"));
const baseRoot = path.join(scratch, "base");
const inputs = [seedsInput, corpusInput(Number(values.n), Number(values.seed), scratch)].filter((input) => !values.only || input.name.startsWith(values.only));
let differ = 0;
try {
  git("worktree", "add", "--detach", "--quiet", baseRoot, baseCommit);
  fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(baseRoot, "node_modules"));
  log(`base: ${baseCommit} (${baseRef}) in ${baseRoot}; working tree: ${PROJECT_ROOT} (HEAD ${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? ", with uncommitted changes" : ""})`);
  for (const input of inputs) {
    const base = buildAt(baseRoot, input, `base ${baseCommit}`);
    const head = buildAt(PROJECT_ROOT, input, "working tree");
    differ += compare(input, base, head);
    if (!values.keep) fs.rmSync(path.join(PROJECT_ROOT, WORK, input.name), { recursive: true, force: true });
  }
} finally {
  if (values.keep) log(`kept: ${baseRoot} and ${path.join(PROJECT_ROOT, WORK)}`);
  else {
    spawnSync("git", ["worktree", "remove", "--force", baseRoot], { cwd: PROJECT_ROOT });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
log(differ === 0 ? "identical: the working tree's output is byte-identical to the base's" : `${differ} files differ from base ${baseCommit}`);
if (differ > 0) process.exitCode = 1;
