// A worker thread of capture-pool.ts: compiles the registries once, then runs stages 1–6 on each
// batch of captures it is sent and posts the results back.
import { parentPort } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./capture-pool.ts";
import { captureContext, type CaptureContext } from "./capture-context.ts";
import { readAndNormalize } from "./normalize-capture.ts";

let context: CaptureContext | undefined;

parentPort!.on("message", (request: WorkerRequest) => {
  try {
    if ("settings" in request) {
      context = captureContext(request.settings);
      return;
    }
    const outcomes = request.jobs.map((job) => readAndNormalize(job, context!));
    parentPort!.postMessage({ outcomes } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
