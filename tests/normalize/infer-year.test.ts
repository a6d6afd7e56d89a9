import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { inferYears } from "../../src/normalize/infer-year.ts";
import { mergeDuplicates } from "../../src/normalize/merge-duplicates.ts";
import { relateArticles } from "../../src/normalize/relate-articles.ts";
import { captureOf, testContext } from "./helpers.ts";

const context = testContext();
const REFERENDUM = "The referendum on independence worried Baghdad.";

describe("inferYears", () => {
  test("a yearless story takes its year from the most similar dated article", () => {
    const dated = captureOf("a.txt", `2017-10-15\n${REFERENDUM}\nBarzani said the referendum result stands and the KRG will not cancel the referendum, whatever Baghdad demands of Erbil now.`, context);
    const other = captureOf("b.txt", "2020-07-22\nOil exports through the pipeline to Ceyhan resumed on Tuesday after a pause, the ministry said in a statement.", context);
    const yearless = captureOf("c.txt", `${REFERENDUM} Envoys met Barzani on Sept. 11 and again on Sept. 13 to ask for a delay of the referendum, the KRG said.`, context);
    const { articles } = inferYears(mergeDuplicates([dated, other, yearless]));
    const inferred = articles.find((article) => article.id === "c.txt")!;
    assert.equal(inferred.date, "2017-09-13");
    assert.match(inferred.dateEvidence?.rule ?? "", /year-from-related/);
    assert.equal(inferred.dateEvidence?.confidence, "low");
  });

  test("a page clock yields to a yearless story date once its year is found, and never dates a reference", () => {
    const dated = captureOf("a.txt", `2017-10-15\n${REFERENDUM}\nBarzani said the referendum result stands and the KRG will not cancel the referendum, whatever Baghdad demands of Erbil now.`, context);
    const clocked = captureOf("c.txt", `16:49 GMT 10 July 2020\n${REFERENDUM} Envoys met Barzani on Sept. 11 and again on Sept. 13 to ask for a delay of the referendum, the KRG said.`, context);
    assert.equal(clocked.date, "2020-07-10", "find-date takes the page clock for now");
    assert.ok(clocked.yearlessEvent, "and keeps the story's yearless date for later");
    const merged = mergeDuplicates([dated, clocked]);
    assert.ok(merged.find((article) => article.id === "c.txt")?.yearlessEvent, "the merge keeps it too");
    const { articles } = inferYears(merged);
    assert.equal(articles.find((article) => article.id === "c.txt")!.date, "2017-09-13");
    // A page-clocked article is no reference for another yearless one.
    const clockOnly = captureOf("e.txt", `16:49 GMT 10 July 2020\n${REFERENDUM}\nBarzani said the referendum result stands and the KRG will not cancel the referendum, whatever Baghdad demands of Erbil now.`, context);
    const alone = inferYears(mergeDuplicates([clockOnly, captureOf("f.txt", `${REFERENDUM} Envoys met Barzani on Sept. 11 and again on Sept. 13 to ask for a delay of the referendum, the KRG said.`, context)]));
    assert.equal(alone.articles.find((article) => article.id === "f.txt")!.date, undefined);
  });

  test("the rule is written once, in find-date.ts: the merge and this stage ask yieldsToStoryDate", () => {
    for (const file of ["merge-duplicates.ts", "infer-year.ts"]) {
      const text = fs.readFileSync(path.join(import.meta.dirname, "../../src/normalize", file), "utf8");
      assert.doesNotMatch(text, /page-clock/, file);
      assert.match(text, /yieldsToStoryDate\(/, file);
    }
  });

  test("with nothing to go on, no date: the capture file's time is kept as `captured`, with a warning", () => {
    const lonely = captureOf("d.txt", "Nobody dated this text about a meeting of the council in the city, which ended late at night.", context, "2024-03-05T10:00:00.000Z");
    const { articles, messages } = inferYears(mergeDuplicates([lonely]));
    assert.equal(articles[0]!.date, undefined);
    assert.equal(articles[0]!.captured, "2024-03-05T10:00:00.000Z");
    assert.equal(articles[0]!.dateEvidence, undefined);
    assert.equal(messages[0]?.ruleId, "date-missing");
    assert.equal(messages[0]?.file, "content/sources/d.txt");
    assert.match(messages[0]?.reason ?? "", /undated/);
  });

  test("a day without a year and no related dated article: no year is guessed from the file time", () => {
    const yearless = captureOf("e.txt", "The council met on March 3 to discuss the water shortage in the old quarter, and members argued late into the night.", context, "2024-03-05T10:00:00.000Z");
    assert.ok(yearless.yearlessEvent, "the capture has a yearless event");
    const { articles, messages } = inferYears(mergeDuplicates([yearless]));
    assert.equal(articles[0]!.date, undefined);
    assert.equal(articles[0]!.captured, "2024-03-05T10:00:00.000Z");
    assert.equal(messages[0]?.ruleId, "date-missing");
    assert.match(messages[0]?.reason ?? "", /without a year/);
    assert.equal(messages[0]?.line, 1, "the line of the day without a year");
    assert.deepEqual(messages[0]?.data, { field: "date" });
  });

  test("an undated capture with a maintainer header is pointed at the header, where the date is missing; without one, at no line", () => {
    const headed = captureOf("f.txt", "---\ntitle: A council meeting\n---\nNobody dated this text about a meeting of the council in the city, which ended late at night.", context);
    const bare = captureOf("g.txt", "Nobody dated this other text about a sitting of the assembly in the town, which ended early in the day.", context);
    const { messages } = inferYears(mergeDuplicates([headed, bare]));
    assert.deepEqual(messages.map((message) => [message.file, message.line, message.data?.field]), [
      ["content/sources/f.txt", 1, "date"],
      ["content/sources/g.txt", undefined, "date"],
    ]);
  });

  test("a merged story takes the date one of its captures gives, and is not undated", () => {
    const text = "Envoys from Baghdad and Erbil met at the airport and agreed to reopen the road to Kirkuk for trucks carrying grain and fuel, officials said.";
    const undated = captureOf("f.txt", text, context, "2024-03-05T10:00:00.000Z");
    const dated = captureOf("g.txt", `2019-04-02\n${text}`, context, "2024-03-05T10:00:00.000Z");
    const { articles, messages } = inferYears(mergeDuplicates([undated, dated]));
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.date, "2019-04-02");
    assert.equal(articles[0]!.captured, undefined);
    assert.deepEqual(messages, []);
  });
});

describe("inferYears' message of a merged story", () => {
  test("points at the capture that has the day without a year, not at the primary one", () => {
    const text = "Envoys from Baghdad and Erbil met at the airport and agreed to reopen the road to Kirkuk for trucks carrying grain and fuel, officials said.";
    const longer = captureOf("m.txt", `${text}\nThe governor welcomed the decision and said more roads would open within weeks if the calm held.`, context);
    const yearless = captureOf("n.txt", `A page heading\n\nThe talks were held on March 3.\n${text}`, context);
    assert.ok(yearless.yearlessEvent && !longer.yearlessEvent);
    const { articles, messages } = inferYears(mergeDuplicates([longer, yearless]));
    assert.equal(articles.length, 1, "one story");
    assert.equal(articles[0]!.primary.file, "content/sources/m.txt");
    const missing = messages.find((message) => message.ruleId === "date-missing");
    assert.deepEqual([missing?.file, missing?.line], ["content/sources/n.txt", yearless.yearlessEvent.evidence.line]);
  });
});

describe("relateArticles", () => {
  test("two outlets' reports of one event list each other; a report years apart does not", () => {
    const rudaw = captureOf("r.txt", `2017-10-16\nRudaw / The referendum crisis with Baghdad deepened as Peshmerga commanders in Kirkuk reported clashes; Barzani met the KRG cabinet in Erbil.`, context);
    const k24 = captureOf("k.txt", `2017-10-17\nKurdistan24 / Peshmerga commanders in Kirkuk said the referendum crisis with Baghdad deepened after the vote, as Barzani met the KRG in Erbil.`, context);
    const late = captureOf("l.txt", `2021-01-01\nYears later Barzani recalled the referendum crisis with Baghdad in a speech in Erbil to the KRG and the Peshmerga.`, context);
    const related = relateArticles(inferYears(mergeDuplicates([rudaw, k24, late])).articles);
    const byId = new Map(related.map((article) => [article.id, article.related]));
    assert.deepEqual(byId.get("r.txt"), ["k.txt"]);
    assert.deepEqual(byId.get("k.txt"), ["r.txt"]);
    assert.deepEqual(byId.get("l.txt"), []);
  });
});
