// What a maintainer should look at after a build: every capture and where it went, names no
// registry knows, articles nothing dates, dates that are only inferred, captures merged as one
// story, and problems.
import path from "node:path";
import type { ArticleFrontMatter } from "../article-schema.ts";
import type { Message } from "../messages.ts";
import { captureFileOf } from "../normalize/warc-records.ts";

/** What the report needs of an article, whether fresh from the normalizer or from the site data. */
export interface ReportArticle {
  slug: string;
  /** Absent: the article is undated. */
  date?: string;
  /** An undated article's capture time. */
  captured?: string;
  sources: readonly string[];
  provenance?: ArticleFrontMatter["provenance"];
}

export interface CurationReport {
  captures: { file: string; article: string | null }[];
  unknownNames: { name: string; kind: string; files: string[] }[];
  /** Articles nothing in their captures dates: the site shows them as "Undated". */
  undated: { article: string; captured: string | null; sources: string[] }[];
  uncertainDates: { article: string; date: string; rule: string; confidence: string }[];
  merged: { article: string; sources: string[] }[];
  problems: Message[];
}

export function curationReport(captureFiles: readonly string[], articles: readonly ReportArticle[], messages: readonly Message[]): CurationReport {
  const articleOf = new Map<string, string>();
  // A web archive stands for its records: it is listed with the first article one of them became.
  for (const article of articles) for (const source of article.sources) for (const name of [path.basename(source), captureFileOf(path.basename(source))]) if (!articleOf.has(name)) articleOf.set(name, article.slug);

  const unknown = new Map<string, { name: string; kind: string; files: Set<string> }>();
  for (const message of messages) {
    // The name and its kind travel as data: the reason's words are for people and may change.
    if (message.ruleId !== "entity-unknown" || !message.data?.name) continue;
    const { name, kind = "name" } = message.data;
    const entry = unknown.get(name) ?? { name, kind, files: new Set<string>() };
    entry.files.add(message.file);
    unknown.set(name, entry);
  }

  const uncertainDates = articles
    .flatMap(({ slug, date, provenance }) => (date === undefined ? [] : [{ article: slug, date, rule: provenance?.date?.rule ?? "unknown", confidence: provenance?.date?.confidence ?? "low" }]))
    .filter((entry) => entry.confidence !== "high");
  const undated = articles
    .filter(({ date }) => date === undefined)
    .map(({ slug, captured, sources }) => ({ article: slug, captured: captured ?? null, sources: [...sources] }))
    .sort((a, b) => a.article.localeCompare(b.article));

  return {
    captures: [...captureFiles].sort().map((file) => ({ file, article: articleOf.get(path.basename(file)) ?? null })),
    unknownNames: [...unknown.values()]
      .map((entry) => ({ name: entry.name, kind: entry.kind, files: [...entry.files].sort() }))
      .sort((a, b) => b.files.length - a.files.length || a.name.localeCompare(b.name)),
    undated,
    uncertainDates: uncertainDates.sort((a, b) => a.article.localeCompare(b.article)),
    merged: articles
      .filter(({ sources }) => sources.length > 1)
      .map(({ slug, sources }) => ({ article: slug, sources: [...sources] })),
    problems: messages.filter((message) => message.severity !== "info"),
  };
}
