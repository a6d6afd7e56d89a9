// Orderings used everywhere, so that output never depends on input or hash-map order.
import { DateTime } from "luxon";

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

/** Newest first, then by slug. */
export function compareNewestFirst(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return instantOf(b.date) - instantOf(a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function dateInWords(isoDate: string): string {
  const parsed = DateTime.fromISO(isoDate, { zone: "utc", setZone: true });
  return parsed.isValid ? parsed.setLocale("en-GB").toFormat("d MMMM yyyy") : isoDate;
}

export function monthLabel(key: string): string {
  const parsed = DateTime.fromFormat(key, "yyyy-MM", { zone: "utc" });
  return parsed.isValid ? parsed.setLocale("en-GB").toFormat("MMMM yyyy") : key;
}
