// The date a publisher wrote into a capture's URL: "/2017/10/13/", "/2017-10-13-slug", "/20171013/",
// a month only ("/2017/10/slug", "/2017-10-slug"), or eight digits that read either way ("/01122019/": 1 December or
// 12 January). Only the path counts (a host has no dates); a query's numbers are ids, not days.
import { DateTime } from "luxon";

export interface UrlDate {
  /** "2017-10-13": a whole day; "2017-10": a month, a constraint on the day, never a day itself. */
  value: string;
  /** Which form of URL date it is, for the evidence's rule id. */
  form: "path-ymd" | "ymd" | "compact-ymd" | "path-ym" | "ym" | "compact-dmy";
  /** The part of the URL it was read from. */
  text: string;
  /** Two readings of an eight-digit date ("01122019"), day-first then month-first: the capture decides. */
  readings?: [string, string];
}

const YEAR = "((?:19|20)\\d{2})";
// Each form's digits stand alone: no digit or letter-digit run touches them.
const PATH_YMD = new RegExp(`/${YEAR}/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])`);
const YMD = new RegExp(`(?<![\\d])${YEAR}[-_.](\\d{2})[-_.](\\d{2})(?!\\d)`);
const COMPACT_YMD = new RegExp(`(?<![\\d])${YEAR}(\\d{2})(\\d{2})(?!\\d)`);
const PATH_YM = new RegExp(`/${YEAR}/(\\d{1,2})(?=/|$)`);
/** "/news/2019-10-flint-tools": a year and month opening a slug. */
const YM = new RegExp(`(?<![\\d])${YEAR}[-_](\\d{2})(?=[-_/.][^\\d]|/|$)`);
const COMPACT_DMY = new RegExp(`(?<![\\d])(\\d{2})(\\d{2})${YEAR}(?!\\d)`);

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  const value = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: "UTC" });
  return value.isValid ? value.toISODate()! : undefined;
}

/** The URL's path (with no query or fragment), or undefined when it does not parse. */
function pathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
}

export function findUrlDate(url: string): UrlDate | undefined {
  const path = pathOf(url);
  if (!path) return undefined;
  for (const [form, pattern] of [["path-ymd", PATH_YMD], ["ymd", YMD], ["compact-ymd", COMPACT_YMD]] as const) {
    const match = pattern.exec(path);
    const value = match && day(+match[1]!, +match[2]!, +match[3]!);
    if (value) return { value, form, text: match[0].replace(/^\//, "") };
  }
  for (const [form, pattern] of [["path-ym", PATH_YM], ["ym", YM]] as const) {
    const month = pattern.exec(path);
    if (month && +month[2]! >= 1 && +month[2]! <= 12) return { value: `${month[1]}-${month[2]!.padStart(2, "0")}`, form, text: month[0].replace(/^\//, "") };
  }
  const compact = COMPACT_DMY.exec(path);
  if (compact) {
    const [a, b, year] = [+compact[1]!, +compact[2]!, +compact[3]!];
    const dayFirst = day(year, b, a);
    const monthFirst = day(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { value: dayFirst, form: "compact-dmy", text: compact[0], readings: [dayFirst, monthFirst] };
    const only = dayFirst ?? monthFirst;
    if (only) return { value: only, form: "compact-dmy", text: compact[0] };
  }
  return undefined;
}
