// Words that make up datelines in the languages luxon can read: used to recognise a line that
// is nothing but a date (page clock, "Updated …") and to find dates inside sentences.
import { DateTime } from "luxon";

export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/** Locales whose month names luxon knows and that captures in this archive are likely to use. */
export const DATE_LOCALES = ["ru", "fr", "de", "es", "it", "pt", "tr", "ar", "fa", "uk", "pl", "nl", "sv", "cs", "ro", "id", "hi", "gu", "fil"] as const;

const OTHER_DATE_WORDS = [
  "gmt", "utc", "et", "est", "edt", "ast", "cet", "cest", "bst", "msk", "pt", "pst", "pdt", "irst", "trt",
  "ist", "wib", "wita", "myt", "sgt", "hkt", "jst", "kst", "aest", "aedt", "pht", "pkt", "sast",
  "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "at", "on", "of", "the", "г", "г.", "года", "год", "le", "el", "de", "am", "um",
  "updated", "published", "posted", "modified", "last", "first", "date", "time", "st", "nd", "rd", "th",
  // relative times and reading times under a headline ("Updated 2 hours ago", "5 min read")
  "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "read", "just", "now",
  // labels in other languages
  "publié", "publiée", "mis", "à", "jour", "veröffentlicht", "aktualisiert", "publicado", "actualizado", "el", "a", "las",
  "опубликовано", "обновлено", "в", "نشر", "في", "تاريخ", "yayınlanma", "güncelleme",
  "pubblicato", "aggiornato", "il", "ultima", "modifica", "alle", "ore", "créé", "modifié", "erstellt", "geändert", "stand", "um", "uhr",
  "publicada", "actualizada", "atualizado", "atualizada", "em", "às",
];

let localeWords: Set<string> | undefined;

/** Month and weekday names of every DATE_LOCALES locale, lower-cased, read from Intl once. */
function localeDateWords(): Set<string> {
  if (localeWords) return localeWords;
  const words = new Set<string>([...Object.keys(MONTHS_EN), ...WEEKDAYS_EN, ...OTHER_DATE_WORDS]);
  for (const locale of ["en", ...DATE_LOCALES]) {
    for (const style of ["long", "short"] as const) {
      for (let month = 0; month < 12; month++) {
        const date = DateTime.fromObject({ year: 2017, month: month + 1, day: 15 }, { zone: "UTC" }).toJSDate();
        for (const options of [{ month: style }, { month: style, day: "numeric" }] as Intl.DateTimeFormatOptions[]) {
          const text = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
          for (const word of text.toLowerCase().split(/[\s\d.,]+/)) if (word) words.add(word);
        }
      }
      for (let day = 0; day < 7; day++) {
        const date = DateTime.fromObject({ year: 2017, month: 1, day: 2 + day }, { zone: "UTC" }).toJSDate();
        const text = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(date);
        for (const word of text.toLowerCase().split(/[\s.,]+/)) if (word) words.add(word);
      }
    }
  }
  localeWords = words;
  return words;
}

/** Whether a word names a month or a weekday in English or a DATE_LOCALES language ("Januar", "lundi"). */
export const isDateWord = (word: string) => localeDateWords().has(word.toLowerCase());

const TOKEN = /\d{1,2}h\d{2}|[\p{L}.]+|\d+|[^\s\p{L}\d]/gu;

/** True when a short line holds a date or time and nothing else (a page clock, a dateline). */
export function isDateOnlyLine(source: string): boolean {
  if (source.length > 80 || !/\d/.test(source)) return false;
  // A time zone's abbreviation after a time ("11:39 PM MYT", "06.30 WIB") is part of the date.
  // So is one between the time and the day ("5:27 am CST, Wednesday, November 20, 2019").
  const text = source.replace(/(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*\(?)[A-Z]{2,5}(\)?)(?=[\s,]|$)/g, "$1$2");
  const words = localeDateWords();
  let hasDateWordOrShape = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/.test(text);
  for (const token of text.toLowerCase().match(TOKEN) ?? []) {
    if (/^\d+$/.test(token) || /^[^\p{L}\d]$/u.test(token)) continue;
    const bare = token.replace(/\.+$/, "");
    if (words.has(token) || words.has(bare)) {
      if (bare.length > 2) hasDateWordOrShape = true;
      continue;
    }
    // "GMT10" glued to a day number is still a clock; so is "10h15".
    if (/^(gmt|utc)\d*$/.test(bare) || /^\d{1,2}h\d{2}$/.test(bare)) continue;
    return false;
  }
  return hasDateWordOrShape;
}
