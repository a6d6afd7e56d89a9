// Where a build's main-thread time goes: one extra build under `node --cpu-prof`, summarized by
// self time per module (a package under node_modules, or a project file) and per function.
// Run from the bench with --profile, or alone: tsx scripts/bench/profile.ts FILE.cpuprofile
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byModule: { module: string; selfMs: number; share: number }[];
  byFunction: { fn: string; selfMs: number; share: number }[];
}

function moduleOf(url: string): string {
  if (!url) return "(native / idle / gc)";
  if (url.startsWith("node:")) return url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const project = /\/(src|layouts|scripts)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : path.basename(url);
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    total += delta;
    const module = node.callFrame.functionName === "(idle)" ? "(idle)" : moduleOf(node.callFrame.url);
    modules.set(module, (modules.get(module) ?? 0) + delta);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${module}:${node.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const rank = <K extends string>(map: Map<string, number>, key: K) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ [key]: name, selfMs: Math.round(ms), share: Number((ms / total).toFixed(3)) }) as { [P in K]: string } & { selfMs: number; share: number });
  return { totalMs: Math.round(total), byModule: rank(modules, "module"), byFunction: rank(functions, "fn") };
}

/** The largest .cpuprofile in a folder: the main thread's (workers write their own, smaller ones). */
export function readLargestProfile(dir: string): CpuProfile | undefined {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")) : [];
  const largest = files.map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  return largest ? (JSON.parse(fs.readFileSync(largest, "utf8")) as CpuProfile) : undefined;
}

export function formatProfile(summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  return [
    `main thread, ${(summary.totalMs / 1000).toFixed(1)} s sampled — self time by module:`,
    ...summary.byModule.map((m) => `  ${pct(m.share)} ${String(m.selfMs).padStart(7)} ms  ${m.module}`),
    "top functions:",
    ...summary.byFunction.map((f) => `  ${pct(f.share)} ${String(f.selfMs).padStart(7)} ms  ${f.fn}`),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx scripts/bench/profile.ts FILE.cpuprofile");
  process.stdout.write(`${formatProfile(summarizeProfile(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile, 25))}\n`);
}
