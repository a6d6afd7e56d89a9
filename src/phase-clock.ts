// The steps of a long stage, timed for --timings and the bench: each call records the
// milliseconds since the previous one (or since the clock started) under a step's name. A stage
// written as a list of named steps (markdown-it's `[name, fn]`) is run and timed by `runSteps`
// (src/run-steps.ts), so the laps always carry the names the list gives.
export type Phases = Record<string, number>;

/**
 * Where laps' CPU milliseconds go too, under the same names, while a benchmark asks for them
 * (scripts/bench/add-one.ts): on a shared machine a step's wall time is mostly other jobs'. This
 * process's CPU, every thread: garbage collection and the file system's threads count where they run.
 */
let cpuLaps: Phases | undefined;
/** Prepended to the CPU laps' names inside a stage whose steps the build reports under its name ("normalize/merge"). */
let cpuPrefix = "";

export function recordCpuLaps(into: Phases | undefined): void {
  cpuLaps = into;
}

/** Runs a stage whose own steps' laps its caller reports as `<prefix><step>`: their CPU laps take that name too. */
export async function withCpuLapPrefix<T>(prefix: string, stage: () => Promise<T>): Promise<T> {
  const outer = cpuPrefix;
  cpuPrefix = `${outer}${prefix}`;
  try {
    return await stage();
  } finally {
    cpuPrefix = outer;
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export function phaseClock(phases: Phases): (phase: string) => void {
  let clock = performance.now();
  let cpuClock = cpuMs();
  return (phase) => {
    const now = performance.now();
    phases[phase] = Math.round(now - clock);
    clock = now;
    if (!cpuLaps) return;
    const cpuNow = cpuMs();
    cpuLaps[`${cpuPrefix}${phase}`] = Math.round(cpuNow - cpuClock);
    cpuClock = cpuNow;
  };
}
