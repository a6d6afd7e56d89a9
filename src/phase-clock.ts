// The steps of a long stage, timed for --timings and the bench: each call records the
// milliseconds since the previous one (or since the clock started) under a step's name. A stage
// written as a list of named steps (markdown-it's `[name, fn]`) is run and timed by `runSteps`
// (src/run-steps.ts), so the laps always carry the names the list gives.
export type Phases = Record<string, number>;

export function phaseClock(phases: Phases): (phase: string) => void {
  let clock = performance.now();
  return (phase) => {
    const now = performance.now();
    phases[phase] = Math.round(now - clock);
    clock = now;
  };
}
