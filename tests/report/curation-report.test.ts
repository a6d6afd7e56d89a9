import assert from "node:assert/strict";
import { test } from "node:test";
import type { ArticleFrontMatter } from "../../src/article-schema.ts";
import type { Message } from "../../src/messages.ts";
import { curationReport, type ReportArticle } from "../../src/report/curation-report.ts";

function article(slug: string, sources: string[], provenance: ArticleFrontMatter["provenance"]): ReportArticle {
  return { slug, date: "2020-01-02", sources, provenance };
}

const articles = [
  article("merged-story", ["content/sources/a.txt", "content/sources/b.txt"], { date: { rule: "dateline", confidence: "high" } }),
  article("inferred-story", ["content/sources/c.txt"], { date: { rule: "event-date+year-from-related", confidence: "low" } }),
];
const messages: Message[] = [
  { file: "content/sources/c.txt", severity: "info", ruleId: "entity-unknown", reason: '"Jane Roe" looks like a person that no registry knows: kept', data: { name: "Jane Roe", kind: "person", sentence: "Jane Roe said so." } },
  { file: "content/sources/a.txt", severity: "info", ruleId: "entity-unknown", reason: '"Jane Roe" looks like a person that no registry knows: kept', data: { name: "Jane Roe", kind: "person", sentence: "Jane Roe said so." } },
  { file: "content/sources/d.txt", severity: "error", ruleId: "capture-binary", reason: "not text" },
];

test("every capture is listed with its article, or none when it was not built", () => {
  const report = curationReport(["d.txt", "a.txt", "c.txt", "b.txt"], articles, messages);
  assert.deepEqual(report.captures, [
    { file: "a.txt", article: "merged-story" },
    { file: "b.txt", article: "merged-story" },
    { file: "c.txt", article: "inferred-story" },
    { file: "d.txt", article: null },
  ]);
});

test("unknown names are gathered once with every capture that names them", () => {
  const report = curationReport([], articles, messages);
  assert.deepEqual(report.unknownNames, [{ name: "Jane Roe", kind: "person", files: ["content/sources/a.txt", "content/sources/c.txt"] }]);
});

test("unknown names are read from the message's data, not its words: a reworded reason lists them all the same", () => {
  const reworded: Message[] = [
    { file: "content/sources/a.txt", line: 4, severity: "info", ruleId: "entity-unknown", reason: "a name to curate (see the data)", data: { name: "Sinjar Resistance Units", kind: "organization", sentence: "The Sinjar Resistance Units clashed." } },
    // Words that look like an unknown-name note, without the data, are not one.
    { file: "content/sources/b.txt", severity: "info", ruleId: "entity-unknown", reason: '"Not Data" looks like a person that no registry knows: kept' },
  ];
  assert.deepEqual(curationReport([], articles, reworded).unknownNames, [{ name: "Sinjar Resistance Units", kind: "organization", files: ["content/sources/a.txt"] }]);
});

test("only dates found without high confidence are listed for checking", () => {
  assert.deepEqual(curationReport([], articles, messages).uncertainDates.map((entry) => entry.article), ["inferred-story"]);
});

test("merged stories and problems (not notes) are listed", () => {
  const report = curationReport([], articles, messages);
  assert.deepEqual(report.merged, [{ article: "merged-story", sources: ["content/sources/a.txt", "content/sources/b.txt"] }]);
  assert.deepEqual(report.problems.map((m) => m.ruleId), ["capture-binary"]);
});

test("undated articles are listed with their capture time, and not as dates to check", () => {
  const undated: ReportArticle = { slug: "undated-story", captured: "2026-11-20T08:15:00.000Z", sources: ["content/sources/e.txt"], provenance: { title: { rule: "headline-line" } } };
  const report = curationReport([], [...articles, undated], messages);
  assert.deepEqual(report.undated, [{ article: "undated-story", captured: "2026-11-20T08:15:00.000Z", sources: ["content/sources/e.txt"] }]);
  assert.ok(!report.uncertainDates.some((entry) => entry.article === "undated-story"));
});
