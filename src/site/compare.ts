// Orderings used everywhere, so that output never depends on input or hash-map order.
import { DateTime } from "luxon";
import { TextMemo } from "../text-memo.ts";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** A–Z by name, ignoring case and accents, then by code points so that ties are stable. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const instants = new Map<string, number>();

/** Milliseconds since the epoch of an ISO date; a date without a zone is read as UTC. Cached: sorts call it often. */
export function instantOf(isoDate: string): number {
  let instant = instants.get(isoDate);
  if (instant === undefined) {
    const parsed = DateTime.fromISO(isoDate, { zone: "utc", setZone: true });
    instant = parsed.isValid ? parsed.toMillis() : 0;
    instants.set(isoDate, instant);
  }
  return instant;
}

interface Sortable {
  date?: string;
  captured?: string;
  slug: string;
}

/**
 * Newest first, then by slug. Undated articles come after every dated one (a capture time is not
 * a publication date), among themselves the latest captured first.
 */
export function compareNewestFirst(a: Sortable, b: Sortable): number {
  if (a.date === undefined || b.date === undefined) {
    if (a.date !== b.date) return a.date === undefined ? 1 : -1;
    const captured = (b.captured ? instantOf(b.captured) : 0) - (a.captured ? instantOf(a.captured) : 0);
    if (captured !== 0) return captured;
  } else {
    const newer = instantOf(b.date) - instantOf(a.date);
    if (newer !== 0) return newer;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** What an article list shows for an article without a date. */
export const UNDATED = "Undated";

/**
 * Dates already written out: luxon's parse and format cost ~25 µs and ~10 KB of garbage a call, and
 * every build asks again for each article's date (a few thousand distinct ones at 10,000 articles).
 */
const datesInWords = new TextMemo((isoDate) => {
  const parsed = DateTime.fromISO(isoDate, { zone: "utc", setZone: true });
  return parsed.isValid ? parsed.setLocale("en-GB").toFormat("d MMMM yyyy") : isoDate;
}, 50_000);

export const dateInWords = (isoDate: string): string => datesInWords.get(isoDate);

/** Labels already made: every entity's timeline asks for the same few hundred months. */
const monthLabels = new Map<string, string>();

export function monthLabel(key: string): string {
  let label = monthLabels.get(key);
  if (label === undefined) {
    const parsed = DateTime.fromFormat(key, "yyyy-MM", { zone: "utc" });
    monthLabels.set(key, (label = parsed.isValid ? parsed.setLocale("en-GB").toFormat("MMMM yyyy") : key));
  }
  return label;
}
