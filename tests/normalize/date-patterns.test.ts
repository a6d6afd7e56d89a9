import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findDateMentions, yearsMentioned } from "../../src/normalize/date-patterns.ts";
import { cpuMilliseconds } from "../helpers/cpu-time.ts";

const parts = (text: string) => findDateMentions(text).map((mention) => [mention.year, mention.month, mention.day]);

describe("findDateMentions", () => {
  const cases: Array<[string, Array<[number | undefined, number, number]>]> = [
    ["2020-07-22 11:11:17", [[2020, 7, 22]]],
    ["16:49 GMT10 July 2020", [[2020, 7, 10]]],
    ["Oct. 31, 2017 9:14 a.m. ET", [[2017, 10, 31]]],
    ["Wednesday, November 1, 2017", [[2017, 11, 1]]],
    ["Tuesday 31 October 2017", [[2017, 10, 31]]],
    ["1.11.2017", [[2017, 11, 1]]],
    ["10/31/2017", [[2017, 10, 31]]],
    ["31/10/2017", [[2017, 10, 31]]],
    ["on the evening of Tuesday 10/31/2017", [[2017, 10, 31]]],
    ["Tuesday 05/06/2018", [[2018, 6, 5]]],
    ["10/03/2018", [[2018, 3, 10]]],
    ["2017/10/31", [[2017, 10, 31]]],
    ["15 октября 2017 г.", [[2017, 10, 15]]],
    ["mardi 31 octobre 2017", [[2017, 10, 31]]],
    ["31. Oktober 2017", [[2017, 10, 31]]],
    ["31 de octubre de 2017", [[2017, 10, 31]]],
    ["the planned Sept. 25 referendum", [[undefined, 9, 25]]],
    ["on October 31 the draft", [[undefined, 10, 31]]],
    ["on the 5th of May", [[undefined, 5, 5]]],
    ["١٥ أكتوبر ٢٠١٧", [[2017, 10, 15]]],
    ["۱۵/۱۰/۲۰۱۷", [[2017, 10, 15]]],
    ["FEBRUARY 14, 2019 8:15PM (UTC)", [[2019, 2, 14]]],
    ["22 OCTOBER 2018", [[2018, 10, 22]]],
    ["SEPT. 4", [[undefined, 9, 4]]],
    ["Thursday, 09 May 2019 10:42 AM WIB", [[2019, 5, 9]]],
    ["03.21.2020 07:00 AM", [[2020, 3, 21]]],
    ["19 sierpnia 2020, 5:16", [[2020, 8, 19]]],
    ["2020年7月1日 10時00分", [[2020, 7, 1]]],
    ["Mon., March 23, 2020timer5 min. read", [[2020, 3, 23]]],
    ["2021년 4월 9일 오후 3:12", [[2021, 4, 9]]],
    ["९ अप्रैल २०२१", [[2021, 4, 9]]],
    ["૯ એપ્રિલ ૨૦૨૧", [[2021, 4, 9]]],
    ["Diposting 9 April 2021 · 12 Maret 2020", [[2021, 4, 9], [2020, 3, 12]]],
    ["9 Hunyo 2021", [[2021, 6, 9]]],
  ];
  for (const [text, expected] of cases) test(`reads "${text}"`, () => assert.deepEqual(parts(text), expected));

  test("marks a slash date that could be either order as ambiguous", () => {
    assert.equal(findDateMentions("05/06/2017")[0]?.ambiguous, true);
  });

  test("rejects impossible dates and plain numbers", () => {
    assert.deepEqual(parts("31.02.2017, 4 security offices, 100 kilometers, 90 percent, the may vote"), []);
  });

  test("reads a 200,000-character line quickly", { timeout: 10_000 }, () => {
    const cpu = cpuMilliseconds(() => {
      findDateMentions("1 2 3 October ".repeat(15_000));
      findDateMentions("a".repeat(200_000));
    });
    assert.ok(cpu < 2000, `${Math.round(cpu)} ms of CPU`);
  });
});

describe("yearsMentioned", () => {
  test("finds four-digit years, not other numbers", () => {
    assert.deepEqual(yearsMentioned("in 2014 and the 2017 vote; 168,000 people; 1.2017; 90 percent"), [2014, 2017]);
  });
});
