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
  fs.writeFileSync(path.join(dir, "report.json"), `${reportJson(report)}\n`);
  fs.writeFileSync(path.join(dir, "index.html"), reportPage(archive, report));
}

/**
 * Each message as `JSON.stringify(report, null, 1)` writes it inside the report's list, by message
 * object: npm start's next build meets most messages again (the captures' and the kept articles',
 * and their relative copies: site-build.ts's relativeMessage), and they were most of the report's
 * serializing (52,779 of them, 26 of its 31 MB at 10,000 captures).
 */
const messageJson = new WeakMap<Message, string>();

/** The report as `JSON.stringify(report, null, 1)`, its messages serialized once per message object. */
export function reportJson(report: BuildReport): string {
  const json = JSON.stringify({ ...report, messages: [] }, null, 1);
  if (report.messages.length === 0) return json;
  const items = report.messages.map((message) => {
    let text = messageJson.get(message);
    if (text === undefined) messageJson.set(message, (text = JSON.stringify(message, null, 1).replaceAll("\n", "\n  ")));
    return text;
  });
  // A newline inside a value is escaped: the list's key at the top level is the only such line.
  return json.replace('\n "messages": []', () => `\n "messages": [\n  ${items.join(",\n  ")}\n ]`);
}
