// The steps of a long stage, timed for --timings and the bench: each call records the
// milliseconds since the previous one (or since the clock started) under a step's name. A stage
// written as a list of named steps (markdown-it's `[name, fn]`) is run and timed by `runSteps`,
// so the laps always carry the names the list gives.
export type Phases = Record<string, number>;

export function phaseClock(phases: Phases): (phase: string) => void {
  let clock = performance.now();
  return (phase) => {
    const now = performance.now();
    phases[phase] = Math.round(now - clock);
    clock = now;
  };
}

/** One step of a stage: its name (the lap's) and what it does to the state every step shares. */
export type NamedStep<State> = readonly [name: string, step: (state: State) => void | Promise<void>];

/**
 * Runs the steps in order, each timed under its own name, and returns after the last one or
 * after the first step that leaves the state `stopped` (the steps after it are neither run nor timed).
 */
export async function runSteps<State>(steps: ReadonlyArray<NamedStep<State>>, state: State, phases: Phases, stopped: (state: State) => boolean = () => false): Promise<void> {
  const lap = phaseClock(phases);
  for (const [name, step] of steps) {
    await step(state);
    lap(name);
    if (stopped(state)) return;
  }
}
