// The build report, published with the site: /report/report.json for tools and /report/ for
// people (src/report/report-page.ts). It lists every capture with the article it went into, and every message.
// Deterministic on purpose: no timestamps or durations (those go to --timings).
import fs from "node:fs";
import path from "node:path";
import type { Message } from "../messages.ts";
import { captureFileOf } from "../normalize/warc-records.ts";
import { type CurationReport, curationReport } from "../report/curation-report.ts";
import type { Archive } from "../site/archive-types.ts";
import { reportPage } from "../report/report-page.ts";
import { REPORT_PATH } from "../site/families/site-files.ts";

export interface BuildReport {
  outcome: "built" | "built-with-warnings";
  counts: { captures: number; articles: number; actors: number; places: number; outlets: number; warnings: number; errors: number };
  captures: { file: string; article: string | null }[];
  messages: Message[];
  curation: Omit<CurationReport, "captures" | "problems">;
}

export function createReport(archive: Archive, captureFiles: readonly string[], messages: readonly Message[]): BuildReport {
  const articleOf = new Map<string, string>();
  // A web archive stands for its records: it is listed with the first article one of them became.
  for (const article of archive.articles) for (const source of article.sources) for (const name of [source.name, captureFileOf(source.name)]) if (!articleOf.has(name)) articleOf.set(name, article.slug);
  const warnings = messages.filter((message) => message.severity === "warning").length;
  const errors = messages.filter((message) => message.severity === "error").length;
  return {
    outcome: warnings + errors > 0 ? "built-with-warnings" : "built",
    counts: {
      captures: captureFiles.length,
      articles: archive.articles.length,
      actors: archive.actors.length,
      places: archive.places.length,
      outlets: archive.outlets.length,
      warnings,
      errors,
    },
    captures: [...captureFiles].sort().map((file) => ({ file, article: articleOf.get(file) ?? null })),
    messages: [...messages],
    curation: (({ unknownNames, undated, uncertainDates, merged }) => ({ unknownNames, undated, uncertainDates, merged }))(
      curationReport(captureFiles, archive.articles.map((a) => ({ slug: a.slug, date: a.date, captured: a.captured, sources: a.sources.map((s) => s.name), provenance: a.provenance })), messages),
    ),
  };
}

export function writeReport(siteDir: string, archive: Archive, report: BuildReport): void {
  const dir = path.join(siteDir, REPORT_PATH);
  fs.mkdirSync(dir, { recursive: true });
  writeReportJson(path.join(dir, "report.json"), report);
  fs.writeFileSync(path.join(dir, "index.html"), reportPage(archive, report));
}

/**
 * Each message as `JSON.stringify(report, null, 1)` writes it inside the report's list, UTF-8
 * encoded, by message object: npm start's next build meets most messages again (the captures' and
 * the kept articles', and their relative copies: site-build.ts's relativeMessage), and they were
 * most of the report's serializing and encoding (51,480 of them, 26 of its 30 MB at 10,000 captures).
 */
const messageJson = new WeakMap<Message, Buffer>();
const MESSAGE_SEPARATOR = Buffer.from(",\n  ");
const NEWLINE = Buffer.from("\n");
/** Where the messages go in the report serialized without them. A newline inside a value is escaped: the list's key at the top level is the only such line. */
const EMPTY_MESSAGES = '\n "messages": []';

/**
 * report.json's bytes, in pieces written one after another (no 30 MB string is made): the report
 * as `JSON.stringify(report, null, 1)` writes it, each message's piece kept by message object.
 */
export function reportJsonParts(report: BuildReport): Buffer[] {
  const json = JSON.stringify({ ...report, messages: [] }, null, 1);
  if (report.messages.length === 0) return [Buffer.from(json)];
  const at = json.indexOf(EMPTY_MESSAGES);
  const parts: Buffer[] = [Buffer.from(`${json.slice(0, at)}\n "messages": [\n  `)];
  report.messages.forEach((message, index) => {
    let bytes = messageJson.get(message);
    if (bytes === undefined) messageJson.set(message, (bytes = Buffer.from(JSON.stringify(message, null, 1).replaceAll("\n", "\n  "))));
    if (index > 0) parts.push(MESSAGE_SEPARATOR);
    parts.push(bytes);
  });
  parts.push(Buffer.from(`\n ]${json.slice(at + EMPTY_MESSAGES.length)}`));
  return parts;
}

/** report.json: the report as `JSON.stringify(report, null, 1)` writes it, and a newline. */
export function writeReportJson(file: string, report: BuildReport): void {
  writeParts(file, [...reportJsonParts(report), NEWLINE]);
}

/** The report as `JSON.stringify(report, null, 1)` writes it (what reportJsonParts writes). */
export const reportJson = (report: BuildReport): string => Buffer.concat(reportJsonParts(report)).toString("utf8");

/** Writes the pieces to a file in order, many to a system call. */
function writeParts(file: string, parts: readonly Buffer[]): void {
  const fd = fs.openSync(file, "w");
  try {
    for (let start = 0; start < parts.length; start += WRITE_BATCH) {
      const batch = parts.slice(start, start + WRITE_BATCH);
      const length = batch.reduce((sum, part) => sum + part.length, 0);
      const written = fs.writevSync(fd, batch);
      // A short write (rare; a full disk throws): the rest of the batch, byte by byte if need be.
      if (written < length) writeAll(fd, Buffer.concat(batch).subarray(written));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Pieces per writev call: within every system's IOV_MAX (1,024 on Linux). */
const WRITE_BATCH = 1024;

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset);
}
