// Stage 1 for a saved web page (.html/.htm): the story Readability finds becomes the capture's
// lines, one per block, numbered 1, 2, 3… as in the extracted text the site publishes for it
// (provenance-text.ts), so every later stage runs as on a text capture. The page's metadata is
// kept as `page` for the stages that rank it (find-title, find-date, find-outlet), and its own
// URL becomes the capture's URL (its host and dates are evidence like a text capture's URL).
import crypto from "node:crypto";
import type { RuleId } from "../message-catalog.ts";
import type { Message } from "../messages.ts";
import type { CaptureFile } from "./capture-file.ts";
import type { PageMetadata } from "./page-metadata.ts";
import { readHtmlPage } from "./read-html.ts";

declare module "./capture-file.ts" {
  interface CaptureFile {
    /** What a saved page declares about itself (read-html-capture.ts). */
    page?: PageMetadata;
  }
}

/** A saved web page by its name: an .html/.htm file, or a record of a web archive (warc-records.ts). */
export const HTML_CAPTURE = /\.html?$|\.warc(\.gz)?#at-\d+$/i;

export function readHtmlCapture(capture: CaptureFile): void {
  const { file, bytes = new Uint8Array() } = capture;
  capture.bytes = undefined;
  const skip = (severity: Message["severity"], ruleId: RuleId, reason: string) => {
    capture.messages.push({ file, severity, ruleId, reason });
    capture.skipped = true;
  };
  if (bytes.length === 0) return skip("warning", "capture-empty", "saved page is empty: skipped");
  const page = readHtmlPage(bytes);
  if (!page.ok) return skip("error", "capture-html", `saved page ${page.reason}: skipped`);
  for (const note of page.notes) capture.messages.push({ file, severity: "warning", ruleId: "capture-encoding", reason: note });
  if (page.blocks.length === 0) return skip("warning", "capture-empty", "saved page has no story text (an empty body, or a page whose text needs JavaScript): skipped");
  capture.name = file.split(/[\\/]/).pop() ?? file;
  capture.hash = crypto.createHash("sha256").update(bytes).digest("hex");
  // The archive's record of where the page came from is taken only as a plain http(s) address.
  const url = page.metadata.url?.value ?? (capture.url && /^https?:\/\/[^\s"<>]+$/i.test(capture.url) ? capture.url : undefined);
  capture.header = url ? { url } : {};
  capture.lines = page.blocks.map((text, index) => ({ text, line: index + 1 }));
  capture.page = page.metadata;
}
