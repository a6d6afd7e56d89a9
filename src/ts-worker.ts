// A worker thread running a TypeScript module under tsx, like the rest of the pipeline: the
// loader is registered in the thread before the module is imported.
import { Worker } from "node:worker_threads";

export function startTsWorker(entry: URL): Worker {
  const loader = new URL(import.meta.resolve("tsx/esm/api")).href;
  const source = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(source, { eval: true });
}
