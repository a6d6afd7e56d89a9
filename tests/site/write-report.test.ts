import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import type { Message } from "../../src/messages.ts";
import { type BuildReport, reportJson, writeReportJson } from "../../src/publish/write-report.ts";

const messages: Message[] = [
  { file: "content/sources/a.txt", line: 12, severity: "info", ruleId: "entity-unknown", reason: 'a "quoted" name\nand a line break', data: { name: "Zana Herki", kind: "person", sentence: "Zana said…" } },
  { file: "content/sources/b.txt", line: undefined, severity: "warning", ruleId: "outlet-missing", reason: "no outlet found" },
];
const report = (list: Message[]): BuildReport => ({
  outcome: "built-with-warnings",
  counts: { captures: 2, articles: 2, actors: 1, places: 0, outlets: 1, warnings: 1, errors: 0 },
  captures: [{ file: "a.txt", article: "a" }, { file: "b.txt", article: null }],
  messages: list,
  curation: { unknownNames: [{ name: "Zana Herki", kind: "person", files: ["a.txt"], count: 1 }], undated: [], uncertainDates: [], merged: [] } as unknown as BuildReport["curation"],
});

test("report.json is the report as JSON.stringify writes it, with its messages serialized once each", () => {
  for (const list of [messages, [], [messages[1]!, messages[0]!]]) {
    assert.equal(reportJson(report(list)), JSON.stringify(report(list), null, 1));
    // The second time, each message's text is the one kept from the first.
    assert.equal(reportJson(report(list)), JSON.stringify(report(list), null, 1));
  }
});

test("report.json on disk is the report as JSON.stringify writes it and a newline, however many messages (written in batches of pieces)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-json-"));
  try {
    const many = Array.from({ length: 1500 }, (_, index): Message => ({ ...messages[index % 2]!, line: index + 1, reason: `${index % 3 === 0 ? "Hewlêr, Silêmanî — " : ""}note ${index}` }));
    for (const list of [[], messages, many, many.slice(0, 700)]) {
      const file = path.join(dir, "report.json");
      writeReportJson(file, report(list));
      assert.equal(fs.readFileSync(file, "utf8"), `${JSON.stringify(report(list), null, 1)}\n`, `${list.length} messages`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
