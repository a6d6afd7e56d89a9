// Runs a named list of steps in order over one state object, markdown-it's ruler style: the list
// is the order of the work, and each step's milliseconds are recorded under its name (`--timings`,
// the bench). A step ends the run early by returning STOP (it has said why in the state).
import { heapLogger } from "./heap-probe.ts";
import { phaseClock, type Phases } from "./phase-clock.ts";

export const STOP = Symbol("stop");

export type Step<State> = readonly [name: string, run: (state: State) => void | typeof STOP | Promise<void | typeof STOP>];

/** Runs `steps` until one returns STOP; true when all ran. Laps are named `<prefix><step name>`. */
export async function runSteps<State>(steps: readonly Step<State>[], state: State, phases: Phases, prefix = ""): Promise<boolean> {
  const lap = phaseClock(phases);
  const logHeap = heapLogger();
  for (const [name, run] of steps) {
    const outcome = await run(state);
    lap(`${prefix}${name}`);
    logHeap?.(`${prefix}${name}`);
    if (outcome === STOP) return false;
  }
  return true;
}
