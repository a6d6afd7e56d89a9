// A saved page's metadata (read-html-capture.ts) as evidence for the headline, the date and the
// outlet, each with the field it came from. find-title, find-date and find-outlet rank it: below
// the maintainer's header, above anything found in the text, because it is what the page says of
// itself rather than a guess from its words.
import { DateTime } from "luxon";
import type { OutletIndex } from "../registry/outlet-index.ts";
import type { CaptureFile, DateCandidate } from "./capture-file.ts";
import { evidenceText, type Evidence } from "./evidence.ts";
import { STARTS_WITH_DATE, type PageMetadata, type PageValue } from "./page-metadata.ts";
import "./read-html-capture.ts";
import { compactName, hostOf, siteLabel } from "./site-name.ts";
import { findUrlDate } from "./url-date.ts";

/** Letters and digits only, for comparing two forms of a headline. */
const flat = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** " | Example News", " - Example", " — Example.com": a site's name after its headline in a page title. */
const TITLE_PARTS = /\s+[|–—-]\s+|\s*[|·•»]\s*/;

/** The names this page's site goes by: its declared names and its host's label, compacted. */
function siteKeys(page: PageMetadata, url: string | undefined): Set<string> {
  const host = url ? hostOf(url) : undefined;
  const names = [...page.siteNames.map((name) => name.value), ...(host ? [host, siteLabel(host)] : [])];
  return new Set(names.flatMap((name) => name.split(TITLE_PARTS)).map((name) => compactName(name)).filter(Boolean));
}

/**
 * A declared headline without the site's name around it: "Talks resume | Example News" → "Talks
 * resume". A <title> whose parts name no known site loses its last part, where sites put their
 * name ("Talks resume - Example"); other fields keep a headline's own dashes.
 */
export function headlineWithoutSite(value: string, sites: Set<string>, isPageTitle = false): string {
  const parts = value.split(TITLE_PARTS);
  if (parts.length < 2) return value;
  const kept = parts.filter((part) => !sites.has(compactName(part)));
  if (kept.length < parts.length) return kept.join(" - ");
  return isPageTitle ? value.slice(0, value.search(new RegExp(`(?:${TITLE_PARTS.source})(?!.*(?:${TITLE_PARTS.source}))`))) : value;
}

/** Whether two forms of a headline agree: the same words, or one holds the other and most of its length. */
function agrees(a: string, b: string): boolean {
  const [x, y] = [flat(a), flat(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // "Talks resume" and "Talks resume - Part 2 - Example site, news every day": a title that opens with the h1.
  return (long.includes(short) && short.length >= long.length * 0.6) || (long.startsWith(`${short} `) && short.split(" ").length >= 3);
}

/**
 * The page's headline: its <h1> when the metadata agrees with it, else the metadata's own
 * (JSON-LD, og:title, twitter:title, <title>) without the site's name. A short line that names the
 * site is never a headline.
 */
export function pageHeadline(capture: CaptureFile): { title: string; evidence: Evidence } | undefined {
  const { page } = capture;
  if (!page) return undefined;
  const sites = siteKeys(page, capture.header?.url);
  const isHeadline = (text: string) => wordCount(text) >= 2 && !sites.has(compactName(text));
  const declared = page.headlines.map((headline) => ({ ...headline, value: headlineWithoutSite(headline.value, sites, headline.source === "title") })).filter((headline) => isHeadline(headline.value));
  for (const h1 of page.h1s) {
    const agreeing = declared.find((headline) => agrees(h1, headline.value));
    if (agreeing && isHeadline(h1)) return { title: h1, evidence: { rule: `page-h1+${agreeing.source}`, text: evidenceText(h1), confidence: "high" } };
  }
  const best = declared[0];
  return best ? { title: best.value, evidence: { rule: `page-${best.source}`, text: evidenceText(best.value), confidence: best.source === "title" ? "medium" : "high" } } : undefined;
}


/**
 * The publication day the page declares, as written (the page's own time zone), as a date
 * candidate. A date only read from the text after the <h1> (page-metadata.ts) yields to a
 * "Published …" line or a dateline the text stage found in the story itself.
 */
export function pageDateCandidate(capture: CaptureFile, fromText: readonly DateCandidate[] = []): DateCandidate | undefined {
  const published = capture.page?.published;
  if (published?.source.startsWith("text-after-h1") && fromText.some((candidate) => candidate.date && (candidate.kind === "published" || candidate.kind === "dateline"))) return undefined;
  const parts = published && STARTS_WITH_DATE.exec(published.value);
  if (!published || !parts) return undefined;
  const [year, month, day] = [+parts[1]!, +(parts[2] ?? parts[4])!, +(parts[3] ?? parts[5])!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // A time in UTC may fall on the next or previous day of the site's own: a day in its URL, a day
  // away, is the site's (find-date takes it as URL evidence).
  const fromUrl = capture.header?.url ? findUrlDate(capture.header.url) : undefined;
  const inUtc = /T[\d:.]+(Z|[+-]00:?00)$/i.test(published.value);
  if (inUtc && fromUrl?.value.length === 10 && !fromUrl.readings && fromUrl.value !== date && Math.abs(DateTime.fromISO(fromUrl.value, { zone: "UTC" }).diff(DateTime.fromISO(date, { zone: "UTC" }), "days").days) <= 1) return undefined;
  return { date, month, day, kind: "page-metadata", evidence: { rule: `page-${published.source}`, text: evidenceText(published.value), confidence: "high" } };
}

/** Site names from an app's metadata rather than the page's own (og:site_name, the JSON-LD publisher). */
const WEAK_SITE_NAME = /^meta:(application-name|al:|twitter:app)/;

/** "Example News | World" → "Example News": a declared site name without a section after it. */
const siteNameOnly = (name: PageValue) => name.value.split(/\s+[|–—-]\s+/)[0]!.trim();

/**
 * The outlet the page declares (og:site_name, the JSON-LD publisher…), as the registry names it.
 * When the registry does not know that name but knows the page's host, the host's entry wins.
 */
export function pageOutlet(capture: CaptureFile, index: OutletIndex): { outlet: string; kind?: string; author?: string; evidence: Evidence } | undefined {
  const { page } = capture;
  const host = capture.header?.url ? hostOf(capture.header.url) : undefined;
  // An app's name (application-name…) is often the site's developer or its app: it counts only when it names the host.
  const namesHost = (name: string) => !host || compactName(name).includes(compactName(siteLabel(host)));
  const declared = page?.siteNames.find((name) => siteNameOnly(name) && !/^https?:/i.test(name.value) && (!WEAK_SITE_NAME.test(name.source) || namesHost(name.value)));
  if (!page || !declared) return undefined;
  const name = siteNameOnly(declared);
  const author = page.authors.find((writer) => compactName(writer) !== compactName(name));
  const evidence: Evidence = { rule: `page-${declared.source}`, text: evidenceText(declared.value), confidence: "high" };
  const known = index.lookup(name);
  if (known) return { outlet: known.name, kind: known.kind, author, evidence };
  const byHost = host ? (index.lookup(host) ?? index.lookupCompact(compactName(siteLabel(host)))) : undefined;
  if (byHost) return { outlet: byHost.name, kind: byHost.kind, author, evidence: { ...evidence, rule: `${evidence.rule}+url-registry-host` } };
  return { outlet: name, author, evidence };
}

/** The page's declared author, for a page whose outlet came from elsewhere. */
export const pageAuthor = (capture: CaptureFile): string | undefined => capture.page?.authors[0];
