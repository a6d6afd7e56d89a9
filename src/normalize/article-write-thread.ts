// The writer thread of write-article-files.ts: writes each new article file as it arrives, keeping
// only the record of what it wrote, and answers with it (and any failures) at the end.
import { parentPort } from "node:worker_threads";
import { writeNewFile, type WriterReply, type WriterRequest, type WrittenRecord } from "./write-article-files.ts";

let articlesDir = "";
const record: WrittenRecord = {};
const failures: Extract<WriterReply, { failures: unknown }>["failures"] = [];

parentPort!.on("message", (request: WriterRequest) => {
  try {
    if ("articlesDir" in request) articlesDir = request.articlesDir;
    else if ("file" in request) {
      const written = writeNewFile(articlesDir, request.file);
      if ("entry" in written) record[`${request.file.slug}.md`] = written.entry;
      else failures.push([request.position, written.failure]);
    } else parentPort!.postMessage({ record, failures } satisfies WriterReply);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies WriterReply);
  }
});
