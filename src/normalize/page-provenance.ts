// What the site publishes for a saved page instead of the page: captured HTML is hostile input and
// is never served from the archive's origin (no script of a captured page ever runs there). The
// reader gets the original URL, the metadata found with its fields, and the extracted text with
// the line numbers that build messages and provenance point at.
import fs from "node:fs";
import path from "node:path";
import { MAX_PAGE_BYTES, readHtmlPage } from "./read-html.ts";
import { parseWarcRecordName, readWarcPage } from "./warc-records.ts";

/** The file a capture's bytes are in: the web archive of a record (`x.warc.gz#at-120`), else the capture itself. */
export const containerOf = (from: string) => parseWarcRecordName(from)?.file ?? from;

/** The published text of a saved page, or of a web archive's record (with the record's address and capture time). */
export function capturedPageText(from: string): string {
  const record = parseWarcRecordName(from);
  if (!record) return pageProvenanceText(path.basename(from), new Uint8Array(fs.readFileSync(from)));
  try {
    const page = readWarcPage(record.file, record.offset, MAX_PAGE_BYTES);
    return pageProvenanceText(path.basename(from), page.html, [`Web archive record: WARC-Target-URI ${page.url ?? "none"}, captured (WARC-Date) ${page.capturedAt ?? "unknown"}`]);
  } catch (error) {
    return `Web archive record: ${path.basename(from)}\nThe record could not be read (${error instanceof Error ? error.message : String(error)}).\n`;
  }
}

export function pageProvenanceText(name: string, bytes: Uint8Array, context: string[] = []): string {
  const page = readHtmlPage(bytes);
  const head = [`Saved web page: ${name}`, ...context, "The archive publishes what it read from the page, never the page itself (its markup and scripts).", ""];
  if (!page.ok) return [...head, `The page ${page.reason}: nothing was read from it.`, ""].join("\n");
  const { metadata } = page;
  const found = [
    ...metadata.headlines.map((value) => `headline (${value.source}): ${value.value}`),
    ...metadata.h1s.map((h1) => `h1: ${h1}`),
    ...(metadata.published ? [`published (${metadata.published.source}): ${metadata.published.value}`] : []),
    ...metadata.siteNames.map((value) => `site name (${value.source}): ${value.value}`),
    ...metadata.authors.map((author) => `author: ${author}`),
    ...(metadata.lang ? [`language: ${metadata.lang}`] : []),
  ];
  return [
    ...head,
    `Original URL: ${metadata.url ? `${metadata.url.value} (${metadata.url.source})` : "not declared by the page"}`,
    `Encoding: ${page.encoding}`,
    "",
    "Metadata found:",
    ...(found.length ? found.map((line) => `  ${line}`) : ["  none"]),
    "",
    "Extracted text (line numbers as in the build's messages):",
    ...page.blocks.map((block, index) => `${String(index + 1).padStart(4)}  ${block}`),
    "",
  ].join("\n");
}
