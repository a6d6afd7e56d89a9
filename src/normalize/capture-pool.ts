// Stages 1–6 on worker threads: each worker compiles the registries once, then takes batches of
// captures as it frees up (a busy core does fewer), and sends back plain results. This thread can
// take batches too, between the workers' replies. Results are put back in listing order, so the
// archive comes out the same as in one thread. Workers end as soon as the captures are done: the
// site build wants the cores next.
import { setImmediate as nextTurn } from "node:timers/promises";
import { startTsWorker } from "../ts-worker.ts";
import type { CaptureJob, CaptureOutcome, CaptureSettings } from "./normalize-capture.ts";

/** Captures a worker takes at a time: small enough to balance two busy cores, large enough to keep messages few. */
const BATCH = 48;

export type WorkerRequest = { settings: CaptureSettings } | { jobs: CaptureJob[] };
export type WorkerReply = { outcomes: CaptureOutcome[] } | { failure: string };


/**
 * Runs every job on `workerCount` workers; with `here`, this thread runs batches as well (it has
 * the registries compiled already, and a worker takes a few hundred milliseconds to start).
 */
export async function normalizeInWorkers(jobs: CaptureJob[], settings: CaptureSettings, workerCount: number, here?: (job: CaptureJob) => CaptureOutcome): Promise<CaptureOutcome[]> {
  const outcomes: CaptureOutcome[] = [];
  let next = 0;
  const runHere = async () => {
    if (!here) return;
    while (next < jobs.length) {
      const batch = jobs.slice(next, next + BATCH);
      next += batch.length;
      for (const job of batch) outcomes.push(here(job));
      // Lets the workers' replies in, so they are sent their next batch without waiting.
      await nextTurn();
    }
  };
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startTsWorker(new URL("./capture-thread.ts", import.meta.url));
      const send = () => {
        if (next >= jobs.length) {
          // Settled once the worker has exited and let go of its listeners: until then they hold
          // every outcome, and the steps after normalizing may not turn the event loop for seconds.
          worker.terminate().then(() => resolve(), reject);
          return;
        }
        const batch = jobs.slice(next, next + BATCH);
        next += batch.length;
        const transfer = batch.flatMap((job) => (job.bytes ? [job.bytes.buffer as ArrayBuffer] : []));
        worker.postMessage({ jobs: batch } satisfies WorkerRequest, transfer);
      };
      worker.on("message", (reply: WorkerReply) => {
        if ("failure" in reply) {
          void worker.terminate();
          reject(new Error(reply.failure));
          return;
        }
        outcomes.push(...reply.outcomes);
        send();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        worker.removeAllListeners();
        if (code !== 0 && code !== 1) reject(new Error(`a normalize worker stopped with exit code ${code}`));
      });
      worker.postMessage({ settings } satisfies WorkerRequest);
      send();
    });
  await Promise.all([...Array.from({ length: Math.max(here ? 0 : 1, Math.min(workerCount, jobs.length)) }, runOne), runHere()]);
  return outcomes.sort((a, b) => a.index - b.index);
}
