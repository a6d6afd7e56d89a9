import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { normalizeArchive } from "../../src/pipeline.ts";
import { holdsOn, latestAllowedDay } from "../../src/normalize/find-date.ts";
import { bareContext, captureThrough } from "./helpers.ts";

const NOW = "2026-11-23T12:00:00Z";
const BODY = "Kurdish and Iraqi officials met in Baghdad to discuss the dispute over the budget, officials said on the day.";

function dated(text: string, now = NOW) {
  return captureThrough("find-date", text, { context: bareContext(now) });
}

describe("findDate", () => {
  const datelines: Array<[string, string, string]> = [
    ["2020-07-22 11:11:17", "2020-07-22", "dateline:iso"],
    ["Oct. 31, 2017 9:14 a.m. ET", "2017-10-31", "dateline:month-day-year"],
    ["Published: Wednesday, November 1, 2017", "2017-11-01", "published:month-day-year"],
    ["1.11.2017", "2017-11-01", "dateline:numeric"],
    ["15 октября 2017 г.", "2017-10-15", "dateline:day-month-year"],
    ["Updated: 2 November 2017", "2017-11-02", "updated:day-month-year"],
    ["FEBRUARY 14, 2019 8:15PM (UTC)", "2019-02-14", "dateline:month-day-year"],
    ["22 OCTOBER 2018", "2018-10-22", "dateline:day-month-year"],
    ["By Sam Rivers 12 March 2019", "2019-03-12", "published:day-month-year"],
    ["By Sam Rivers | April 7, 2018", "2018-04-07", "published:month-day-year"],
    ["Thursday, 09 May 2019 10:42 AM WIB", "2019-05-09", "dateline:day-month-year"],
    ["Mon 13 Jan 2020 07.45 GMT", "2020-01-13", "dateline:day-month-year"],
    ["Example Daily 14/03/2019 Jane Roe", "2019-03-14", "dateline:numeric"],
    ["Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02", "2020-02-19", "dateline:day-month-year"],
    ["Créé: 12.12.2019, 07h36", "2019-12-12", "dateline:numeric"],
  ];
  for (const [line, day, rule] of datelines) {
    test(`a dateline "${line}" is the publication date`, () => {
      const result = dated(`${line}\n${BODY}\nIn 2014 the war began.`);
      assert.equal(result.date, day);
      assert.equal(result.dateEvidence?.rule, rule);
      assert.equal(result.dateEvidence?.line, 1);
    });
  }

  test("the stamp over the story beats a later date in a teaser inside it", () => {
    const result = dated(`Budget talks resume\nExample Daily 14/03/2019 Jane Roe\n${BODY}\nWatch: the weather forecast for March 20 - rain and wind\n${BODY}`);
    assert.equal(result.date, "2019-03-14");
  });

  test("a dateline opening the lede is the publication date", () => {
    const result = dated("Erbil talks resume\nERBIL, 1 December 2017 - Talks resumed in Erbil after a pause that began on 3 March 2018, officials said.");
    assert.equal(result.date, "2017-12-01");
    assert.equal(result.dateEvidence?.rule, "dateline:day-month-year");
  });

  test("the maintainer header's date wins", () => {
    const result = dated(`---\ndate: 2017-10-16\n---\n2020-07-22 11:11:17\n${BODY}`);
    assert.equal(result.date, "2017-10-16");
    assert.equal(result.dateEvidence?.confidence, "high");
  });

  test("a page clock alone is used, with low confidence", () => {
    const result = dated(`16:49 GMT10 July 2020\nListen Live\n${BODY}`);
    assert.equal(result.date, "2020-07-10");
    assert.equal(result.dateEvidence?.rule, "page-clock:day-month-year");
    assert.equal(result.dateEvidence?.confidence, "low");
  });

  test("dated tweets in the story beat a newer page clock", () => {
    const result = dated(`16:49 GMT10 July 2020\n${BODY}\nThe meeting ended with good news on national unity.\n— Someone (@someone) 15 октября 2017 г.`);
    assert.equal(result.date, "2017-10-15");
    assert.equal(result.dateEvidence?.rule, "tweet-date:day-month-year");
  });

  test("without a dateline, the latest event the story reports, with the year the text gives", () => {
    const result = dated(`${BODY} Since October 16 fighting spread. On October 27 talks began, and on October 31 the draft came back. The 2017 vote was the cause.`);
    assert.equal(result.date, "2017-10-31");
    assert.match(result.dateEvidence?.rule ?? "", /implied-year/);
  });

  test("an implied year keeps the event before the story's latest full date", () => {
    const result = dated(`${BODY} Fighting resumed on December 29 near the border.\nThe meeting ended with good news on national unity.\n— Someone (@someone) 8 January 2023`);
    assert.equal(result.date, "2023-01-08");
    assert.ok(result.dateCandidates.some((candidate) => candidate.date === "2022-12-29"));
  });

  test("'On 22 June 2018, …' or 'Barzani said on …' is not a dateline", () => {
    const result = dated(`Headline for this story here\nOn 22 June 2018, officials met in Erbil to discuss the budget, and on 30 June 2018 they met again.`);
    assert.equal(result.date, "2018-06-30");
  });

  test("a day the story looks forward to is not the date it reports", () => {
    const result = dated(`${BODY} Ahead of the planned Sept. 25 referendum, envoys met on Sept. 11 and again on Sept. 13. "We oppose the vote on September 25," one said in 2017.`);
    assert.equal(result.date, "2017-09-13");
  });

  test("event dates without any year wait for the year-inference stage", () => {
    const result = dated(`${BODY} Envoys met on Sept. 11 and on Sept. 13.`);
    assert.equal(result.date, undefined);
    assert.deepEqual([result.yearlessEvent?.month, result.yearlessEvent?.day], [9, 13]);
  });

  test("an ambiguous slash dateline is day-first, even when the story quotes a US date", () => {
    assert.equal(dated("10/03/2018\nOfficials met in Erbil to discuss the budget, the oil exports and salaries, officials said.").date, "2018-03-10");
    assert.equal(dated("10/03/2018\nOfficials said a statement issued on Monday 2/26/2018 still stood, and talks on the budget go on.").date, "2018-03-10");
  });

  test("a weekday settles the order of a slash date", () => {
    assert.equal(dated(`${BODY} Talks collapsed on Tuesday 10/31/2017 in the evening.`).date, "2017-10-31");
  });

  test("a future date is never the publication date, and says why", () => {
    const result = dated(`2099-01-01 10:00\n${BODY} The vote was on 3 March 2019.`);
    assert.equal(result.date, "2019-03-03");
    assert.ok(result.messages.some((message) => message.ruleId === "date-in-future" && message.line === 1));
  });

  test("a 1900 date is kept but flagged as unusual", () => {
    const result = dated(`1900-01-01\n${BODY}`);
    assert.equal(result.date, "1900-01-01");
    assert.ok(result.messages.some((message) => message.ruleId === "date-unusual"));
  });

  test("a future header date is kept (the maintainer wins) with a warning", () => {
    const result = dated(`---\ndate: 2030-05-01\n---\n${BODY}`);
    assert.equal(result.date, "2030-05-01");
    assert.ok(result.messages.some((message) => message.ruleId === "date-in-future"));
  });
});

describe("the build dates a result holds for", () => {
  const text = `Published: 20 November 2026\nUpdated: 1 December 2026\n${BODY}`;

  test("a result holds from its latest kept date until its earliest set-aside one", () => {
    const result = dated(text, "2026-11-23T12:00:00Z");
    assert.deepEqual(result.nowWindow, { from: "2026-11-20", until: "2026-12-01" });
    assert.ok(holdsOn(result.nowWindow, latestAllowedDay("2026-11-29T00:00:00Z")));
    assert.ok(!holdsOn(result.nowWindow, latestAllowedDay("2026-11-30T00:00:00Z")));
    assert.ok(!holdsOn(result.nowWindow, latestAllowedDay("2026-11-18T00:00:00Z")));
  });

  test("inside the window another build date gives the same result; outside it does not", () => {
    const base = dated(text, "2026-11-23T12:00:00Z");
    const { messages: _m1, ...same } = dated(text, "2026-11-29T00:00:00Z");
    const { messages: _m2, ...expected } = base;
    assert.deepEqual(same, expected);
    const later = dated(text, "2026-11-30T00:00:00Z");
    assert.notDeepEqual(later.dateCandidates, base.dateCandidates, "the 1 December date is no longer set aside");
    assert.ok(base.messages.some((message) => message.ruleId === "date-in-future"));
    assert.ok(!later.messages.some((message) => message.ruleId === "date-in-future"));
  });

  test("a capture with no dates holds on any day", () => {
    assert.deepEqual(dated(`${BODY}\n${BODY}`, "2026-11-23T12:00:00Z").nowWindow, { from: undefined, until: undefined });
  });
});

describe("a capture nothing dates", () => {
  // A capture from a site never seen before: no dateline, no year, no day in the story.
  const UNDATED = "Ferry service to the islands resumes\nThe harbour authority said the small ferry would sail twice a day again once the repairs to the pier are finished, and that tickets stay at their old price.\nFishermen on the quay welcomed the news.";
  const registry = path.join(import.meta.dirname, "..", "..", "content", "registry");

  test("gets no date, and an info message naming the file", () => {
    const result = captureThrough("find-date", UNDATED, { file: "content/sources/ferry.txt", modifiedAt: "2026-11-20T08:15:00.000Z", context: bareContext(NOW) });
    assert.equal(result.date, undefined);
    assert.equal(result.dateEvidence, undefined);
    assert.equal(result.yearlessEvent, undefined);
    const message = result.messages.find((m) => m.ruleId === "date-none");
    assert.ok(message, "a date-none message");
    assert.equal(message.file, "content/sources/ferry.txt");
    assert.equal(message.severity, "info");
  });

  test("is written undated, with the capture file's time as `captured`, never as its date", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "undated-"));
    const sourcesDir = path.join(work, "sources");
    fs.mkdirSync(sourcesDir);
    const file = path.join(sourcesDir, "ferry.txt");
    fs.writeFileSync(file, UNDATED);
    const taken = new Date(Date.UTC(2026, 10, 20, 8, 15));
    fs.utimesSync(file, taken, taken);
    const result = await normalizeArchive({ sourcesDir, articlesDir: path.join(work, "articles"), registryDir: registry, now: "2026-11-23T12:00:00Z", write: false });
    fs.rmSync(work, { recursive: true });
    assert.equal(result.articles.length, 1);
    const { frontMatter } = result.articles[0]!;
    assert.equal(frontMatter.date, undefined);
    assert.equal(frontMatter.captured, "2026-11-20T08:15:00.000Z");
    assert.equal(frontMatter.provenance?.date, undefined);
    const warning = result.messages.find((m) => m.ruleId === "date-missing");
    assert.ok(warning, "a date-missing warning");
    assert.equal(warning.severity, "warning");
    assert.match(warning.file, /ferry\.txt$/);
    assert.match(warning.reason, /undated \(captured 2026-11-20\)/);
  });
});

describe("findDate: the date in the capture's URL", () => {
  const withUrl = (url: string, body: string) => dated(`---\nurl: ${url}\n---\n${body}`);
  const forms: Array<[string, string, string]> = [
    ["https://www.example-gazette.com/world/2019/03/07/dam-talks-stall/", "2019-03-07", "url-date:path-ymd"],
    ["https://example-gazette.com/news/2019/3/7/dam-talks-stall", "2019-03-07", "url-date:path-ymd"],
    ["https://example-gazette.com/2019-03-07-dam-talks-stall.html", "2019-03-07", "url-date:ymd"],
    ["https://example-gazette.com/politics/20190307/dam-talks-stall", "2019-03-07", "url-date:compact-ymd"],
    ["https://example-gazette.com/politics/dam-talks-stall-20190307.html", "2019-03-07", "url-date:compact-ymd"],
  ];
  for (const [url, day, rule] of forms) {
    test(`${url} dates the capture ${day}`, () => {
      const result = withUrl(url, `${BODY}\nThe dam was finished in 2012.`);
      assert.deepEqual([result.date, result.dateEvidence?.rule, result.dateEvidence?.line, result.dateEvidence?.confidence], [day, rule, 2, "high"]);
    });
  }

  test("a URL's day outranks a dateline, the header outranks both", () => {
    assert.equal(withUrl("https://example-gazette.com/2019/03/07/dam-talks", `Published: 9 March 2019\n${BODY}`).date, "2019-03-07");
    assert.equal(dated(`---\nurl: https://example-gazette.com/2019/03/07/dam-talks\ndate: 2019-03-06\n---\n${BODY}`).date, "2019-03-06");
  });

  test("a month in the URL is not a day: a capture with no other date stays undated", () => {
    const result = withUrl("https://example-gazette.com/2019/03/dam-talks-stall/", BODY);
    assert.equal(result.date, undefined);
  });

  test("a month in the URL picks the date in that month over a later page clock", () => {
    const result = withUrl("https://example-gazette.com/2019/03/dam-talks-stall/", `Dam talks stall\nPosted 7 March 2019\n${BODY}\nIn May 2019 the talks may resume; the report of 2 May 2019 is due.`);
    assert.equal(result.date, "2019-03-07");
    const outside = withUrl("https://example-gazette.com/2019/03/dam-talks-stall/", `Dam talks stall\n${BODY}\nOn 28 February 2019 the first round ended, and on 4 April 2019 the second began.`);
    assert.equal(outside.date, "2019-04-04");
  });

  test("a year and month opening a slug is a month too", () => {
    const result = withUrl("https://example-gazette.com/news/2019-03-dam-talks-stall.html", `Dam talks stall\n${BODY}\nOn 7 March 2019 the talks stalled; on 2 May 2021 a court ruled.`);
    assert.equal(result.date, "2019-03-07");
  });

  test("the URL's year is the year of the events the story dates without one, none after the URL's day", () => {
    const march = withUrl("https://example-gazette.com/2019/03/dam-talks/", `Dam talks stall\n${BODY} The talks stalled on March 5.\n© 2024 Example Gazette`);
    assert.deepEqual([march.date, march.dateEvidence?.rule], ["2019-03-05", "event-date:month-day+implied-year"]);
    const december = withUrl("https://example-gazette.com/2020/01/04/dam-talks/", `Dam talks stall\n${BODY} The talks stalled on December 28.`);
    assert.ok(december.dateCandidates.some((candidate) => candidate.kind === "event-date" && candidate.date === "2019-12-28"));
  });

  test("eight digits that read both ways take the order another date in the capture confirms", () => {
    const dayFirst = withUrl("https://example-gazette.com/news/01122019/dam-talks", `Dam talks stall\n${BODY} The talks began on 1 December.`);
    assert.deepEqual([dayFirst.date, dayFirst.dateEvidence?.rule], ["2019-12-01", "url-date:compact-dmy"]);
    const monthFirst = withUrl("https://example-gazette.com/news/01122019/dam-talks", `Dam talks stall\n${BODY} The talks began on January 12.`);
    assert.equal(monthFirst.date, "2019-01-12");
  });

  test("eight digits that read both ways and nothing to confirm either: refused", () => {
    const result = withUrl("https://example-gazette.com/news/01122019/dam-talks", `Dam talks stall\n${BODY}`);
    assert.equal(result.date, undefined);
  });

  test("eight digits that read one way only are a day", () => {
    assert.equal(withUrl("https://example-gazette.com/news/25122019/dam-talks", BODY).date, "2019-12-25");
  });

  test("numbers that are not a date, in the query or the host, or a future day, are not taken", () => {
    assert.equal(withUrl("https://example-gazette.com/story?id=20190307", BODY).date, undefined);
    assert.equal(withUrl("https://example-gazette.com/story/123201903071", BODY).date, undefined);
    assert.equal(withUrl("https://example-gazette.com/2019/13/45/story", BODY).date, undefined);
    assert.equal(withUrl("https://example-gazette.com/2031/03/07/story", BODY).date, undefined);
  });
});

describe("where a date stands on the page", () => {
  const STORY = [
    "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
    "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  ];

  test("comments below the story never date it, however late they are", () => {
    const result = dated(["Council votes to rebuild the market", "March 3, 2020", ...STORY, "4 Responses", "Jane Roe June 5, 2021 at 9:14 pm", "I remember that market well.", "Sam Lee July 11, 2022 at 8:02 am", "So do I."].join("\n"));
    assert.equal(result.date, "2020-03-03");
  });

  test("a story dated only in its comments stays undated, its comments' dates kept as page dates", () => {
    const result = dated(["Council votes to rebuild the market", ...STORY, "Leave a comment", "Jane Roe June 5, 2021 at 9:14 pm", "I remember that market well."].join("\n"));
    assert.equal(result.dateEvidence?.rule.split(":")[0], result.date ? "page-date" : undefined);
  });

  test("a labelled publication line beats a bare date at the top of the page (the site's clock)", () => {
    const result = dated(["Thursday, November 9th 2023", "Council votes to rebuild the market", "PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.", ...STORY].join("\n"));
    assert.equal(result.date, "2023-11-08");
    assert.equal(result.dateEvidence?.rule, "published:month-day-year");
  });

  test("a date signed by its byline beats a bare date at the top of the page", () => {
    const result = dated(["October 12, 2020", "Council votes to rebuild the market", "By Jane Roe, August 14, 2020 2:30 pm", ...STORY].join("\n"));
    assert.equal(result.date, "2020-08-14");
    assert.equal(result.dateEvidence?.rule, "published:month-day-year");
  });

  test("a line that is only a date, below the headline inside the story, dates it over later dates the story mentions", () => {
    const result = dated(["Council votes to rebuild the market", STORY[0]!, "November 5, 2023", STORY[1]!, "The council expects the first stalls to reopen by July 4, 2026, in time for the summer."].join("\n"));
    assert.equal(result.date, "2023-11-05");
  });

  test("an update's date in another alphabet is an update ('…, обновлено 12 октября 2017')", () => {
    const result = dated(["Council votes to rebuild the market", "10 октября 2017, обновлено 12 октября 2017", BODY].join("\n"));
    assert.deepEqual(result.dateCandidates?.map((candidate) => [candidate.kind, candidate.date]), [["dateline", "2017-10-10"], ["updated", "2017-10-12"]]);
  });

  test("the dates of a list of linked stories, each under its headline, never date the story", () => {
    // The list stands inside the story's block here (a long reader's question follows it), so only its shape tells it apart.
    const list = ["Oil exports rise again", "Jan 17, 2020", "Budget talks resume in Erbil", "Jan 16, 2020", "Dam repairs begin in Mosul", "Jan 15, 2020"];
    const question = "Why do the traders of the old covered market keep finding new reasons to stay in Duhok year after year?";
    const result = dated(["October 22, 2019 report", "Council votes to rebuild the market", ...STORY, ...list, question].join("\n"));
    assert.equal(result.date, "2019-10-22");
    // A date under one headline of a related-links box is that story's too.
    const box = ["Related Stories", "Oil exports rise again as the pipeline reopens", "Jan 17, 2020", "Budget talks resume in Erbil after a long pause", "Jan 16, 2020"];
    const boxed = dated(["October 22, 2019 report", "Council votes to rebuild the market", ...STORY, ...box, question].join("\n"));
    assert.equal(boxed.date, "2019-10-22");
  });

  test("a bare date over the headline (the masthead's 'today') yields to the stamp below it", () => {
    const result = dated(["Tuesday, (08 Dec 2021)", "Council votes to rebuild the market", "13 Oct 2021 18:29", ...STORY].join("\n"));
    assert.equal(result.date, "2021-10-13");
  });

  test("a citation's year-first date counts; the day it was retrieved does not", () => {
    const result = dated(["Council votes to rebuild the market", ...STORY, "Citation: Council votes to rebuild the market (2021, March 3) retrieved 20 January 2022 from https://gazette.example/news/market"].join("\n"));
    assert.equal(result.date, "2021-03-03");
  });

  test("a byline, its date and an update in one line: the byline's date", () => {
    const result = dated(["Council votes to rebuild the market", "By Jane Roe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", ...STORY].join("\n"));
    assert.equal(result.date, "2020-06-12");
    assert.equal(result.dateEvidence?.rule, "published:month-day-year");
  });
});
