// Runs a command and measures it the way the bench needs: wall time, and the peak memory (VmHWM)
// and CPU time of every process in its tree, read from /proc while it runs. Polling /proc sees
// processes that their parent never waits for — Pagefind's Node API kills its helper binary on
// close() without reaping it, so `/usr/bin/time` would only report Node's own memory.
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface ProcessPeak {
  pid: number;
  /** Short name: the executable plus the script it runs, e.g. "node scripts/build.ts", "pagefind". */
  label: string;
  peakRssMiB: number;
  cpuSeconds: number;
}

export interface MeasuredRun {
  command: string;
  exitCode: number | null;
  wallMs: number;
  processes: ProcessPeak[];
  /** The largest single-process peak. */
  maxPeakRssMiB: number;
  /** CPU seconds summed over every process seen (user + system). */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

interface ProcStat {
  ppid: number;
  cpuTicks: number;
}

function readStat(pid: number): ProcStat | undefined {
  const text = readText(`/proc/${pid}/stat`);
  if (!text) return undefined;
  // The command name is in parentheses and may contain spaces: split after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

function readPeakKiB(pid: number): number | undefined {
  const match = /VmHWM:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? "");
  return match ? Number(match[1]) : undefined;
}

function labelOf(pid: number): string {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean);
  const executable = (argv[0] ?? readText(`/proc/${pid}/comm`)?.trim() ?? "?").split("/").pop() ?? "?";
  const script = argv.slice(1).find((arg) => /\.(ts|js|mjs|cjs)$/.test(arg) && !arg.includes("node_modules/tsx"));
  return script ? `${executable} ${script.replace(/^.*?(scripts|node_modules)\//, "$1/")}` : executable;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(Number(name));
    children.set(stat.ppid, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Poll interval in ms (default 50). */
  intervalMs?: number;
  /** Echo the child's stderr as it comes (default false). */
  echo?: boolean;
}

export function measureCommand(command: string, args: string[], options: MeasureOptions = {}): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  const seen = new Map<number, ProcessPeak>();
  const poll = () => {
    if (child.pid === undefined) return;
    for (const pid of descendants(child.pid)) {
      const peakKiB = readPeakKiB(pid);
      const stat = readStat(pid);
      if (peakKiB === undefined || !stat) continue;
      const known = seen.get(pid) ?? { pid, label: labelOf(pid), peakRssMiB: 0, cpuSeconds: 0 };
      known.peakRssMiB = Math.max(known.peakRssMiB, peakKiB / 1024);
      known.cpuSeconds = Math.max(known.cpuSeconds, stat.cpuTicks / CLOCK_TICKS);
      seen.set(pid, known);
    }
  };
  const timer = setInterval(poll, options.intervalMs ?? 50);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: unknown) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk: unknown) => {
    stderr += String(chunk);
    if (options.echo) process.stderr.write(String(chunk));
  });
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    // "exit" fires before the pipes close; poll once more while a zombie may still be readable.
    child.on("exit", () => poll());
    child.on("close", (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const processes = [...seen.values()].sort((a, b) => b.peakRssMiB - a.peakRssMiB);
      resolve({
        command: [command, ...args].join(" "),
        exitCode,
        wallMs,
        processes,
        maxPeakRssMiB: processes[0]?.peakRssMiB ?? 0,
        cpuSeconds: processes.reduce((sum, p) => sum + p.cpuSeconds, 0),
        stdout,
        stderr,
      });
    });
  });
}

/** Peak memory per process label: the largest of the processes that share a label. */
export function peaksByLabel(run: MeasuredRun): Record<string, number> {
  const peaks: Record<string, number> = {};
  for (const process of run.processes) peaks[process.label] = Math.max(peaks[process.label] ?? 0, process.peakRssMiB);
  return peaks;
}
