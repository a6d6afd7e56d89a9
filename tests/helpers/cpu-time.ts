// The CPU milliseconds a piece of work costs this process (every thread of it). Tests that bound
// how long work may take (a pattern that backtracks, a loop gone quadratic) bound this, never the
// wall clock: other jobs and the test files that run at once stretch the wall clock whatever the
// code does.
export function cpuMilliseconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  return millisecondsSince(started);
}

/** The same for asynchronous work; nothing else may run in this process meanwhile. */
export async function cpuMillisecondsOf(work: () => Promise<void>): Promise<number> {
  const started = process.cpuUsage();
  await work();
  return millisecondsSince(started);
}

function millisecondsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
