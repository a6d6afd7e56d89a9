// tsx scripts/bench/add-one.ts --project DIR --capture FILE [--runs 3] [--cold] [--profile FILE.cpuprofile]
// The maintainer's loop at the archive's size: add one capture, rebuild, remove it, rebuild. DIR
// holds sources/, articles/ and _site/ of a site already built (registries: --registry, default
// content/registry). Warm (default): every rebuild in this one process, as `npm start` does (its
// options, the warm caches kept between builds). --cold: each add is `scripts/add.ts` in a fresh
// process and each removal `scripts/build.ts`, as a maintainer runs them. Warm, it relaunches itself
// with npm start's V8 flags (heap-size.ts's WARM_PROCESS_FLAGS). Prints every step's
// median milliseconds (the build's own --timings; warm: also its CPU milliseconds, every thread of
// this process) and the wall time of each rebuild (warm: also
// this process's CPU time, the steadier figure on a shared machine; cold: the CPU time of every
// process of the run and the peak resident memory of the largest, from GNU time). --profile
// (warm only): a CPU profile of the adds, not the warm-up build (summarize: scripts/bench/profile.ts).
// Warm, it also prints the main thread's garbage-collection pauses of each rebuild, by kind.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { constants as perfConstants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildSite, PROJECT_ROOT, type BuildTimings } from "../../src/publish/build-site.ts";
import { relaunchWithHeapFor, WARM_PROCESS_FLAGS } from "../../src/publish/heap-size.ts";
import { recordCpuLaps } from "../../src/phase-clock.ts";
import { spreadOf } from "./stats.ts";

const { values } = parseArgs({
  options: {
    project: { type: "string" },
    capture: { type: "string" },
    registry: { type: "string", default: path.join(PROJECT_ROOT, "content/registry") },
    runs: { type: "string", default: "3" },
    cold: { type: "boolean", default: false },
    profile: { type: "string" },
  },
});
if (!values.project || !values.capture) {
  console.error("usage: tsx scripts/bench/add-one.ts --project DIR --capture FILE [--runs 3] [--cold]");
  process.exit(2);
}
const project = path.resolve(values.project);
const capture = path.resolve(values.capture);
const paths = { sourcesDir: path.join(project, "sources"), articlesDir: path.join(project, "articles"), outDir: path.join(project, "_site"), registryDir: path.resolve(values.registry) };
const added = path.join(paths.sourcesDir, `zz-added-${path.basename(capture)}`);
const timingsFile = path.join(project, "add-one-timings.json");
// Warm: with npm start's heap and V8 flags (it relaunches itself the same way).
const relaunched = values.cold ? undefined : relaunchWithHeapFor(paths.sourcesDir, "ample", WARM_PROCESS_FLAGS);
if (relaunched !== undefined) process.exit(relaunched);

/** One rebuild: its wall time and its steps, with what it rendered and re-indexed. */
interface Rebuild {
  wall: number;
  /** CPU time, steadier than wall time on a shared machine. Warm: this process's (every thread; not Pagefind's process); cold: every process of the run (GNU time). */
  cpu?: number;
  /** Cold only: the peak resident bytes of the largest process of the run (GNU time). */
  peakRss?: number;
  /** Warm only: each step's CPU milliseconds of this process (phase-clock.ts's recordCpuLaps). */
  cpuSteps?: Record<string, number>;
  timings: BuildTimings;
  summary: string;
  /** Warm only: the main thread's garbage-collection pauses during the rebuild, milliseconds by kind. */
  gc?: Record<GcKind, number>;
}

type GcKind = "scavenge" | "mark-compact" | "incremental" | "weak callbacks";
const GC_KINDS: Record<number, GcKind> = {
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: "mark-compact",
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
};
/** The pauses V8 reports (perf_hooks' "gc" entries), as the observer is handed them (which empties its buffer). */
const gcEntries: PerformanceEntry[] = [];
const gcPauses = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
gcPauses.observe({ entryTypes: ["gc"] });
/** The pauses since the last call. */
function gcSinceLast(): Record<GcKind, number> {
  const pauses: Record<GcKind, number> = { scavenge: 0, "mark-compact": 0, incremental: 0, "weak callbacks": 0 };
  const entries = gcEntries.splice(0, gcEntries.length).concat(gcPauses.takeRecords());
  for (const entry of entries as Array<PerformanceEntry & { detail?: { kind: number } }>) {
    const kind = GC_KINDS[entry.detail?.kind ?? -1];
    if (kind) pauses[kind] += entry.duration;
  }
  return pauses;
}
const formatGc = (gc: Record<GcKind, number>) => `GC ${Math.round(Object.values(gc).reduce((sum, ms) => sum + ms, 0))} ms: ${Object.entries(gc).filter(([, ms]) => ms >= 1).map(([kind, ms]) => `${kind} ${Math.round(ms)}`).join(", ")}`;

/** Profiles the adds of a warm run (the warm-up build left out), when --profile asks. */
const profiler = values.profile && !values.cold ? new Session() : undefined;
async function profiling<T>(during: () => Promise<T> | T): Promise<T> {
  if (!profiler) return during();
  await profiler.post("Profiler.start");
  try {
    return await during();
  } finally {
    const { profile } = await profiler.post("Profiler.stop");
    const file = values.profile!.replace(/(\.cpuprofile)?$/, `-${Date.now()}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
  }
}

async function warmBuild(): Promise<Rebuild> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const cpuSteps: Record<string, number> = {};
  recordCpuLaps(cpuSteps);
  gcSinceLast();
  const result = await buildSite({ ...paths, keepCacheWarm: true });
  const { user, system } = process.cpuUsage(cpuBefore);
  const { counts } = result;
  recordCpuLaps(undefined);
  return { wall: performance.now() - started, cpu: (user + system) / 1000, cpuSteps, gc: gcSinceLast(), timings: result.timings, summary: `${counts.pagesRendered} rendered, ${counts.pagesWritten} written, ${counts.bundlesIndexed} bundles` };
}

let storedCopy: string | undefined;

/** GNU time's record of a cold run: CPU seconds (user, system) and peak resident KB of the script and every process it waited for. */
const usageFile = path.join(project, "add-one-usage.txt");
const GNU_TIME = "/usr/bin/time";

function coldRun(script: string, args: string[]): Rebuild {
  const started = performance.now();
  const command = [process.execPath, "--import", "tsx", path.join(PROJECT_ROOT, "scripts", script), ...args, "--timings", timingsFile];
  // Under GNU time when the machine has it: the CPU of the relaunched build and of Pagefind's process count too.
  const timed = fs.existsSync(GNU_TIME);
  const [program, ...rest] = timed ? [GNU_TIME, "-o", usageFile, "-f", "%U %S %M", ...command] : command;
  const out = execFileSync(program!, rest, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const timings = JSON.parse(fs.readFileSync(timingsFile, "utf8")) as BuildTimings;
  // npm run add names the copy it stored ("added p/sources/…"): the removal deletes that file.
  storedCopy = /^added (\S+)/m.exec(out)?.[1] ?? storedCopy;
  const usage = timed ? fs.readFileSync(usageFile, "utf8").trim().split(/\s+/).map(Number) : undefined;
  const [user, system, peakKb] = usage ?? [];
  const cpu = usage ? (user! + system!) * 1000 : undefined;
  return { wall: performance.now() - started, cpu, peakRss: peakKb === undefined ? undefined : peakKb * 1024, timings, summary: out.trim().split("\n").at(-1) ?? "" };
}

const buildArgs = ["--sources", paths.sourcesDir, "--articles", paths.articlesDir, "--out", paths.outDir, "--registry", paths.registryDir];
const addOne = (): Promise<Rebuild> | Rebuild => {
  if (!values.cold) {
    fs.copyFileSync(capture, added);
    return profiling(warmBuild);
  }
  return coldRun("add.ts", [capture, ...buildArgs]);
};
const removeOne = (): Promise<Rebuild> | Rebuild => {
  if (values.cold) {
    if (storedCopy) fs.rmSync(path.resolve(project, storedCopy));
    return coldRun("build.ts", buildArgs);
  }
  fs.rmSync(added, { force: true });
  return warmBuild();
};

profiler?.connect();
if (profiler) await profiler.post("Profiler.enable");
if (!values.cold) console.log(`warm-up build: ${(await warmBuild()).summary}`);
const runs: Record<"add" | "remove", Rebuild[]> = { add: [], remove: [] };
for (let run = 0; run < Number(values.runs); run++) {
  for (const [kind, step] of [["add", addOne], ["remove", removeOne]] as const) {
    const rebuild = await step();
    runs[kind].push(rebuild);
    const cpu = rebuild.cpu === undefined ? "" : `, CPU ${(rebuild.cpu / 1000).toFixed(2)} s${rebuild.peakRss === undefined ? "" : `, peak RSS ${Math.round(rebuild.peakRss / 1024 ** 2)} MB`}`;
    const gc = rebuild.gc ? `; ${formatGc(rebuild.gc)}` : "";
    console.log(`${kind} ${run + 1}: ${(rebuild.wall / 1000).toFixed(2)} s${cpu} (${rebuild.summary})${gc}`);
  }
}
for (const kind of ["add", "remove"] as const) {
  const wall = spreadOf(runs[kind].map((rebuild) => rebuild.wall));
  console.log(`\n${kind}, ${values.cold ? "cold process" : "warm process"}: median ${(wall.median / 1000).toFixed(2)} s (${wall.runs.map((ms) => (ms / 1000).toFixed(2)).join(", ")})`);
  if (runs[kind].every((rebuild) => rebuild.cpu !== undefined)) {
    const cpu = spreadOf(runs[kind].map((rebuild) => rebuild.cpu!));
    console.log(`  CPU of ${values.cold ? "every process of the run" : "this process"}: median ${(cpu.median / 1000).toFixed(2)} s (${cpu.runs.map((ms) => (ms / 1000).toFixed(2)).join(", ")})`);
  }
  if (!values.cold) {
    const gc = spreadOf(runs[kind].map((rebuild) => Object.values(rebuild.gc!).reduce((sum, ms) => sum + ms, 0)));
    console.log(`  GC pauses of the main thread: median ${Math.round(gc.median)} ms (${gc.runs.map(Math.round).join(", ")})`);
  }
  const steps = Object.keys(runs[kind][0]!.timings.phases);
  for (const step of steps) {
    const spread = spreadOf(runs[kind].map((rebuild) => rebuild.timings.phases[step] ?? 0));
    const cpu = values.cold ? undefined : spreadOf(runs[kind].map((rebuild) => rebuild.cpuSteps![step] ?? 0));
    const cpuText = cpu ? `   CPU ${String(Math.round(cpu.median)).padStart(6)} ms  (${cpu.runs.map(Math.round).join(", ")})` : "";
    if (spread.max >= 20) console.log(`  ${step.padEnd(34)} ${String(Math.round(spread.median)).padStart(6)} ms  (${spread.runs.map(Math.round).join(", ")})${cpuText}`);
  }
}
