// Every date mention in a line of text, as calendar parts, parsed with luxon in UTC.
// Full dates carry their year; "Sept. 13" or "on October 31" come back without one.
import { DateTime } from "luxon";
import { DATE_LOCALES, MONTHS_EN, WEEKDAYS_EN } from "./date-words.ts";

export interface DateMention {
  year?: number;
  month: number;
  day: number;
  /** Where in the line, for context checks ("planned Sept. 25 referendum"). */
  index: number;
  text: string;
  pattern: string;
  /** A numeric date whose day/month order had to be guessed (read day-first). */
  ambiguous?: boolean;
}

export const EN_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** An English month name as written in a sentence ("March") or in capitals on a dateline ("MARCH"). */
const EN_MONTH = `(${EN_MONTH_NAMES}|${EN_MONTH_NAMES.toUpperCase()})`;

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?![\d-])/g;
const YMD_SLASH = /(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])/g;
/** "2020年7月1日", "2020년 7월 1일": year, month and day in Chinese, Japanese and Korean. */
const CJK_YMD = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/.-]\d)/g;
const WEEKDAY_BEFORE = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+$/;
/** "March 23, 2020", and "March 23, 2020timer" where a page glued the next label to it. */
const MONTH_DAY_YEAR = new RegExp(`\\b${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "g");
/** "(2019, October 22)": the year first, as citations give it ("retrieved 20 January 2020 from …"). */
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4}),\\s+${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");
// A month's name may hold combining marks ("जून", "જૂન").
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+|of\s+)?([\p{L}\p{M}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/gu;
const MONTH_DAY = new RegExp(`\\b${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[,:]?\\s*\\d)`, "g");
const DAY_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}\\b(?!\\.?,?\\s*\\d{4})`, "g");

function valid(year: number | undefined, month: number, day: number): boolean {
  return DateTime.fromObject({ year: year ?? 2000, month, day }, { zone: "UTC" }).isValid;
}

const weekdayNumber = (name: string) => (WEEKDAYS_EN.indexOf(name.toLowerCase()) % 7) + 1;

/** A month word in English or in a luxon locale ("октября", "octobre", "Oktober"). */
function monthOf(word: string, day: number, year: number): number | undefined {
  const english = MONTHS_EN[word.toLowerCase()];
  if (english) return english;
  for (const locale of DATE_LOCALES) {
    for (const format of ["d MMMM yyyy", "d MMM yyyy", "d LLLL yyyy"]) {
      const parsed = DateTime.fromFormat(`${day} ${word} ${year}`, format, { locale, zone: "UTC" });
      if (parsed.isValid) return parsed.month;
    }
  }
  return undefined;
}

/** The zero of each script's digits read here, highest first: Gujarati, Bengali, Devanagari, Persian, Arabic-Indic. */
const DIGIT_ZEROS = [0x0ae6, 0x09e6, 0x0966, 0x06f0, 0x0660];
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0AE6-\u0AEF]/g;

/** Other scripts' digits read as ASCII ones (same length, so offsets hold). */
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero)!);
  });
}

export function findDateMentions(source: string): DateMention[] {
  // Every pattern has a digit: most sentences have none and cost one test.
  if (!/[\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0AE6-\u0AEF]/.test(source)) return [];
  const text = asciiDigits(source);
  const mentions: DateMention[] = [];
  // Characters already part of a mention: a later, weaker pattern may not reuse them.
  const taken = new Uint8Array(text.length);
  const add = (match: RegExpExecArray, pattern: string, parts: Omit<DateMention, "index" | "text" | "pattern">) => {
    const start = match.index;
    const end = start + match[0].length;
    for (let index = start; index < end; index++) if (taken[index]) return;
    if (!valid(parts.year, parts.month, parts.day)) return;
    taken.fill(1, start, end);
    mentions.push({ ...parts, index: start, text: match[0].trim(), pattern });
  };
  for (const match of text.matchAll(ISO)) add(match, "iso", { year: +match[1]!, month: +match[2]!, day: +match[3]! });
  for (const match of text.matchAll(YMD_SLASH)) add(match, "year-month-day", { year: +match[1]!, month: +match[2]!, day: +match[3]! });
  for (const match of text.matchAll(CJK_YMD)) add(match, "year-month-day", { year: +match[1]!, month: +match[2]!, day: +match[3]! });
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    add(match, "month-day-year", { year: +match[3]!, month: MONTHS_EN[match[1]!.toLowerCase()]!, day: +match[2]! });
  }
  for (const match of text.matchAll(YEAR_MONTH_DAY)) {
    add(match, "year-month-day-words", { year: +match[1]!, month: MONTHS_EN[match[2]!.toLowerCase()]!, day: +match[3]! });
  }
  for (const match of text.matchAll(NUMERIC)) {
    const [, first, separator, second, year] = match;
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1];
    const a = +first!;
    const b = +second!;
    // Day-first, as most of the world writes it ("1.11.2017", "17-06-2020", "20/09/2024"); US
    // month-first only when the day cannot be a month ("10/31/2017", "01.21.2020"). A weekday
    // ("Tuesday 10/31/2017") settles any doubt.
    const monthFirst = b > 12 && a <= 12;
    let dayFirst = !monthFirst;
    let ambiguous = separator === "/" && a <= 12 && b <= 12 && a !== b;
    if (weekday && ambiguous) {
      const usDate = DateTime.fromObject({ year: +year!, month: a, day: b }, { zone: "UTC" });
      dayFirst = usDate.weekday !== weekdayNumber(weekday);
      ambiguous = false;
    }
    add(match, "numeric", { year: +year!, month: dayFirst ? b : a, day: dayFirst ? a : b, ambiguous });
  }
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(match[2]!, +match[1]!, +match[3]!);
    if (month) add(match, "day-month-year", { year: +match[3]!, month, day: +match[1]! });
  }
  for (const match of text.matchAll(MONTH_DAY)) add(match, "month-day", { month: MONTHS_EN[match[1]!.toLowerCase()]!, day: +match[2]! });
  for (const match of text.matchAll(DAY_MONTH)) add(match, "day-month", { month: MONTHS_EN[match[2]!.toLowerCase()]!, day: +match[1]! });
  return mentions.sort((x, y) => x.index - y.index);
}

/** Four-digit years a text mentions (1900–2099), e.g. "the referendum in 2017". */
export function yearsMentioned(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,/-])(19\d{2}|20\d{2})(?![\d.,/-]\d)/g)].map((match) => +match[1]!);
}
