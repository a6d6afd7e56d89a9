// Stage 4: the publication date and its evidence. Ranked kinds of evidence:
// maintainer header > the date in the capture's URL (url-date.ts) > dateline ("Published …", a date-only line) > "Updated …" > what the story
// itself dates (tweets, full dates, events with an implied year) > a page clock. A page clock is
// the time the page was viewed, so any dated evidence from the story beats it. A URL that gives
// only a month ("/2017/10/slug") is a constraint: a date in that month beats any outside it.
import { DateTime } from "luxon";
import { assertFound, type CaptureFile, type CaptureWith, type DateCandidate, type DateFields, type DateKind, type SourceLine } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import { findDateMentions, yearsMentioned, type DateMention } from "./date-patterns.ts";
import { isDateOnlyLine } from "./date-words.ts";
import { evidenceText, type Confidence, type Evidence } from "./evidence.ts";
import { pageDateCandidate } from "./page-evidence.ts";
import { isStoryParagraph } from "./story-block.ts";
import { findUrlDate, type UrlDate } from "./url-date.ts";

export type { DateCandidate, DateKind } from "./capture-file.ts";

export const KIND_RANK: Record<DateKind, number> = {
  // A saved page's declared publication time (page-evidence.ts) beats what its URL and text say.
  header: 0, "page-metadata": 0.5, url: 1, published: 2, dateline: 3, updated: 4, "story-date": 5, "tweet-date": 5, "event-date": 5, "page-date": 6, "page-clock": 6,
};
/** The rank of what the story itself dates: the latest such date is the publication date. */
const STORY_RANK = KIND_RANK["story-date"];
/**
 * Whether a capture or article with this date (of this kind) takes a yearless story date instead,
 * once the year-inference stage finds its year: an undated one does, and so does one dated by a
 * page clock, which says when the page was seen, so any date the story gives beats it. The one
 * rule find-date, merge-duplicates and infer-year follow.
 */
export function yieldsToStoryDate(date: string | undefined, kind: DateKind | undefined): boolean {
  return !date || kind === "page-clock" || kind === "page-date";
}

const CONFIDENCE: Record<DateKind, Confidence> = {
  header: "high", "page-metadata": "high", url: "high", published: "high", dateline: "high", updated: "medium", "story-date": "medium", "tweet-date": "medium", "event-date": "low", "page-date": "low", "page-clock": "low",
};

/** "the planned Sept. 25 referendum", "due on October 1": a date the story looks forward to. */
const FUTURE_BEFORE = /\b(planned|scheduled|upcoming|slated|expected|due|set for|will|would|next|to be held|deadline|until|by)\b[^.;,]{0,60}$/i;
const FUTURE_AFTER = /^[^.;]{0,20}\b(will|is expected|is scheduled|is planned|is due)\b/i;
/** "ERBIL, " or "Erbil, Kurdistan Region, " before the date, and a dash after it. */
const LEDE_DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}(?:, [\p{Lu}][\p{L} .'’-]{1,30})?,\s*$/u;
const AFTER_LEDE_DATELINE = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]/;
const TIME_FIRST = /^\d{1,2}:\d{2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?\s*(GMT|UTC|[A-Z]{2,4})?/i;
const DATELINE_LABEL = /^(published|posted|first published|date|publié|publicado|veröffentlicht|опубликовано)/i;
const UPDATED_LABEL = /^(updated|last updated|modified|mis à jour|actualizado|aktualisiert|обновлено)/i;

const isoDay = (year: number, month: number, day: number) => DateTime.fromObject({ year, month, day }, { zone: "UTC" }).toISODate()!;

/** "By Jane Doe " or "By Jane Doe | " opening a line, before its date. */
const BYLINE_BEFORE_DATE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*\s*[|,•·–—-]?\s*$/u;

/** "By Jane Doe 11 February 2020", "By Jane Doe | March 3, 2021": a byline, then the date and nothing else. */
function isBylineDate(text: string): boolean {
  if (text.length > 120 || !/^by\s/i.test(text)) return false;
  const first = findDateMentions(text)[0];
  if (!first) return false;
  // A weekday before the date ("By Jane Doe Wednesday, 8 April 2020") belongs to the date.
  const start = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s*$/.exec(text.slice(0, first.index))?.index ?? first.index;
  return BYLINE_BEFORE_DATE.test(text.slice(0, start)) && isDateOnlyLine(text.slice(start));
}

/** A short line, no sentence, holding one date with its year. */
function isStampLine(text: string): boolean {
  if (text.split(/\s+/).length > 12 || /[.!?]$/.test(text)) return false;
  const mentions = findDateMentions(text);
  return mentions.length === 1 && mentions[0]!.year !== undefined;
}

/** Where a line stands: above the story (its headline, byline and date), in it, or below it (comments, teasers). */
type LinePlace = "head" | "story" | "tail";

/** The items of a box of links beside or below the story: a date under one of them is that item's. */
const LINKED_ITEM_RULES = new Set(["related-links", "related-headline", "teaser", "read-more"]);

/** A line that is only a date, past a label ("Posted: …"), or one the date-line rule removed. */
const isDateOnly = (text: string, removedRule: string | undefined) => removedRule === "date-line" || isDateOnlyLine(text.replace(/^[\p{L} ]{2,20}:\s*/u, ""));

function classifyLine(text: string, removedRule: string | undefined, place: LinePlace, dateOnly: boolean, inList: boolean): DateKind {
  if (removedRule === "tweet-attribution") return "tweet-date";
  // "Using waste carbon dioxide to separate metals" / "Jan 17, 2020": a linked story's date in a list of them.
  if (inList) return "page-date";
  // "By Jane Doe, 11 February 2020": a date signed by its writer is the publication's, like a labelled one.
  if (isBylineDate(text)) return "published";
  if (UPDATED_LABEL.test(text) && (dateOnly || place !== "story")) return "updated";
  if (DATELINE_LABEL.test(text) && (dateOnly || place !== "story")) return "published";
  // A bare "16:49 GMT 10 July 2020" over the page is the site's clock, not the story's date.
  if (dateOnly && TIME_FIRST.test(text)) return "page-clock";
  // A line that is only a date, above the story or in it, is a stamp: the first one dates the story
  // (datelines choose the first), not a date the story mentions in a sentence.
  if (dateOnly && place !== "tail") return "dateline";
  // "The Guardian 02/10/2020 Jane Roe": above the story, a short line that is no sentence and
  // carries a full date is its stamp, with the outlet's or the writer's name beside the date.
  if (place === "head" && isStampLine(text)) return "dateline";
  // Below the story: a comment's time, a teaser's date. Neither dates the story.
  if (place === "tail") return "page-date";
  return "story-date";
}

const ACCESSED_BEFORE = /\b(retrieved|accessed)( on)?\s*:?\s*$/i;
// \b knows ASCII letters only: the end of "обновлено" is found by no letter following it.
const UPDATED_BEFORE = /(?<![\p{L}])(updated|last updated|modified|mis à jour|actualizado|aktualisiert|обновлено)(?![\p{L}])[^\p{L}\d]{0,3}$/iu;

/** One mention's kind in its line: "…/Updated: Aug. 18, 2020" is an update; "By Jane Doe/June 12, 2020 …" the byline's date, signed like a labelled one. */
function mentionKind(text: string, mention: DateMention, lineKind: DateKind, first: boolean): DateKind {
  const before = text.slice(0, mention.index);
  if (UPDATED_BEFORE.test(before)) return "updated";
  // "… retrieved 20 January 2020 from https://…": when someone read the page, not when it was published.
  if (ACCESSED_BEFORE.test(before)) return "page-date";
  if (first && (lineKind === "story-date" || lineKind === "page-date") && /^by\s/i.test(text) && BYLINE_BEFORE_DATE.test(before.replace(/[/|]\s*$/, ""))) return "published";
  return lineKind;
}

function isFutureMarked(text: string, mention: DateMention): boolean {
  return FUTURE_BEFORE.test(text.slice(0, mention.index)) || FUTURE_AFTER.test(text.slice(mention.index + mention.text.length));
}

/** The mention with a little of its sentence, so a reader can check it. */
function around(text: string, mention: DateMention): string {
  const start = Math.max(0, mention.index - 50);
  const end = Math.min(text.length, mention.index + mention.text.length + 30);
  return evidenceText(`${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`);
}

/**
 * The lines (indexes) that date an item of a list, not the story: a date under a linked item of a
 * box (related links, teasers), or one of three or more dates each under its item ("Headline" /
 * "Jan 17, 2020" / "Headline" / "Jan 16, 2020" / …).
 */
function datesOfLists(lines: readonly SourceLine[], removedRule: Map<number, string>, dateOnly: boolean[]): Set<number> {
  const listed = new Set<number>();
  lines.forEach((_, index) => {
    if (!dateOnly[index]) return;
    const ruleAbove = index > 0 ? removedRule.get(lines[index - 1]!.line) : undefined;
    const inRun = (dateOnly[index - 2] && (dateOnly[index - 4] || dateOnly[index + 2])) || (dateOnly[index + 2] && dateOnly[index + 4]);
    if ((ruleAbove && LINKED_ITEM_RULES.has(ruleAbove)) || inRun) listed.add(index);
  });
  return listed;
}

/**
 * `url`: the day or month the capture's URL gives ("2019-10-22", "2019-10"): the year of the events
 * the story dates without one, none of which is after it.
 */
function collectCandidates(capture: CaptureWith<"removed" | "paragraphs">, url?: string): DateCandidate[] {
  const removedRule = new Map(capture.removed.map((junk) => [junk.line, junk.rule]));
  // The head ends at the first paragraph of running text (labels like "Published" do not end it).
  const firstStoryLine = capture.paragraphs.find((paragraph) => isStoryParagraph(paragraph.text))?.line ?? capture.paragraphs[0]?.line ?? Infinity;
  const lastStoryLine = capture.storyLines?.last ?? Infinity;
  const placeOf = (line: number): LinePlace => (line < firstStoryLine ? "head" : line > lastStoryLine ? "tail" : "story");
  const candidates: DateCandidate[] = [];
  const futureDays = new Set<string>();
  const storyText: string[] = [];
  // An ambiguous slash date stays day-first even when the story quotes a US date elsewhere: a
  // page's dateline and the statements it quotes often follow different conventions.
  const dateOnly = capture.lines.map(({ text, line }) => isDateOnly(text, removedRule.get(line)));
  const listed = datesOfLists(capture.lines, removedRule, dateOnly);
  capture.lines.forEach(({ text, line }, index) => {
    const lineKind = classifyLine(text, removedRule.get(line), placeOf(line), dateOnly[index]!, listed.has(index));
    if (lineKind === "story-date") storyText.push(text);
    findDateMentions(text).forEach((mention, index) => {
      const kind = mentionKind(text, mention, lineKind, index === 0);
      const monthDay = `${mention.month}-${mention.day}`;
      if (kind === "story-date" && isFutureMarked(text, mention)) futureDays.add(monthDay);
      // "ERBIL, 1 December 2017 - Talks resumed …": a dateline opening the lede.
      const ledeDateline = kind === "story-date" && line === firstStoryLine && mention.year !== undefined && LEDE_DATELINE.test(text.slice(0, mention.index)) && AFTER_LEDE_DATELINE.test(text.slice(mention.index + mention.text.length));
      const candidateKind: DateKind = ledeDateline ? "dateline" : kind === "story-date" && mention.year === undefined ? "event-date" : kind;
      const confidence = mention.ambiguous ? "low" : CONFIDENCE[candidateKind];
      candidates.push({
        date: mention.year ? isoDay(mention.year, mention.month, mention.day) : undefined,
        month: mention.month,
        day: mention.day,
        kind: candidateKind,
        evidence: { rule: `${candidateKind}:${mention.pattern}`, text: around(text, mention), line, confidence },
      });
    });
  });
  // A day the story looks forward to once ("the planned Sept. 25 vote") is never what it reports.
  const reported = candidates.filter((candidate) => !(KIND_RANK[candidate.kind] === STORY_RANK && futureDays.has(`${candidate.month}-${candidate.day}`)));
  const years = new Set([
    ...reported.filter((candidate) => candidate.kind !== "page-clock" && candidate.kind !== "page-date" && candidate.date).map((candidate) => +candidate.date!.slice(0, 4)),
    ...storyText.flatMap(yearsMentioned),
  ]);
  const impliedYear = url ? +url.slice(0, 4) : years.size ? Math.max(...years) : undefined;
  // The year that keeps the event at or before the story's latest tweet, which is contemporary
  // ("December 29" in a story whose tweets are dated 8 January 2023 is 29 December 2022); full
  // dates in the text may be history, so they do not count here.
  const latestTweet = reported.filter((candidate) => candidate.date && candidate.kind === "tweet-date").map((candidate) => candidate.date!).sort().pop();
  // A URL's month lasts to its last day ("2019-10" → "2019-10-31").
  const urlDay = url && (url.length === 10 ? url : DateTime.fromISO(url, { zone: "UTC" }).endOf("month").toISODate()!);
  const latestFull = urlDay ?? latestTweet;
  return reported.map((candidate) => {
    if (candidate.date || candidate.kind !== "event-date" || impliedYear === undefined) return candidate;
    let date = isoDay(impliedYear, candidate.month, candidate.day);
    if (latestFull && date > latestFull && isoDay(impliedYear - 1, candidate.month, candidate.day) <= latestFull) date = isoDay(impliedYear - 1, candidate.month, candidate.day);
    return { ...candidate, date, evidence: { ...candidate.evidence, rule: `${candidate.evidence.rule}+implied-year` } };
  });
}

/**
 * The best publication date among candidates: lowest rank, then the latest (for story evidence) or
 * the first (for datelines), a line below the headline before one above it (a date over the
 * headline is often the site's "today" in its masthead).
 */
export function chooseDate(candidates: DateCandidate[], headlineLine?: number): DateCandidate | undefined {
  const dated = candidates.filter((candidate) => candidate.date);
  if (dated.length === 0) return undefined;
  const bestRank = Math.min(...dated.map((candidate) => KIND_RANK[candidate.kind]));
  const best = dated.filter((candidate) => KIND_RANK[candidate.kind] === bestRank);
  const sure = (candidate: DateCandidate) => (candidate.evidence.confidence === "low" ? 0 : 1);
  if (bestRank === STORY_RANK) return best.reduce((a, b) => (b.date! > a.date! || (b.date === a.date && sure(b) > sure(a)) ? b : a));
  const belowHeadline = headlineLine === undefined ? undefined : best.find((candidate) => (candidate.evidence.line ?? 0) > headlineLine);
  return belowHeadline ?? best[0];
}

/** The last day a capture may be dated on a build run at `now`: a day ahead, for time zones. */
export function latestAllowedDay(now: string): string {
  return DateTime.fromISO(now, { zone: "UTC" }).plus({ days: 1 }).toISODate()!;
}

/** Whether a result found under one build date still holds on a build whose latest allowed day is `day`. */
export function holdsOn(window: DateFields["nowWindow"], day: string): boolean {
  return (!window.from || window.from <= day) && (!window.until || day < window.until);
}

/**
 * The capture's URL as date evidence: a whole day as a candidate, a month as a constraint ("2017-10").
 * Eight digits that read both ways ("01122019") take the reading another date in the capture
 * confirms (its month and day), and are refused when none or both are confirmed.
 */
function urlDateEvidence(capture: CaptureWith<"header">, found: UrlDate | undefined, candidates: DateCandidate[]): { candidate?: DateCandidate; month?: string } {
  const url = capture.header.url;
  if (!url || !found) return {};
  if (found.value.length === 7) return { month: found.value };
  let value = found.value;
  if (found.readings) {
    const confirmed = found.readings.filter((reading) => candidates.some((candidate) => candidate.month === +reading.slice(5, 7) && candidate.day === +reading.slice(8, 10)));
    if (confirmed.length !== 1) return {};
    value = confirmed[0]!;
  }
  const evidence: Evidence = { rule: `url-date:${found.form}`, text: evidenceText(url), line: capture.headerLines?.url ?? 1, confidence: found.readings ? "medium" : "high" };
  return { candidate: { date: value, month: +value.slice(5, 7), day: +value.slice(8, 10), kind: "url", evidence } };
}

/** The candidates that may be the publication date: none after the build's latest allowed day (a warning each) or before 1900. */
function plausibleCandidates(capture: CaptureFile, all: DateCandidate[], latestAllowed: string): DateCandidate[] {
  return all.filter((candidate) => {
    if (!candidate.date) return true;
    if (candidate.date > latestAllowed) {
      capture.messages.push({ file: capture.file, line: candidate.evidence.line, severity: "warning", ruleId: "date-in-future", reason: `date ${candidate.date} is after the build date: not taken as the publication date` });
      return false;
    }
    if (candidate.date < "1900-01-01") return false;
    return true;
  });
}

/** Every dated mention (and the header's day) is on one side of the latest allowed day; the result holds while each stays on its side. */
function nowWindowOf(days: string[], latestAllowed: string): DateFields["nowWindow"] {
  const kept = days.filter((day) => day <= latestAllowed);
  const setAside = days.filter((day) => day > latestAllowed);
  return {
    from: kept.length > 0 ? kept.reduce((a, b) => (b > a ? b : a)) : undefined,
    until: setAside.length > 0 ? setAside.reduce((a, b) => (b < a ? b : a)) : undefined,
  };
}

export function findDate(capture: CaptureFile, context: Pick<CaptureContext, "now">): void {
  assertFound(capture, ["header", "paragraphs", "removed"]);
  const latestAllowed = latestAllowedDay(context.now);
  const urlDate = capture.header.url ? findUrlDate(capture.header.url) : undefined;
  const all = collectCandidates(capture, urlDate && !urlDate.readings ? urlDate.value : undefined);
  const fromUrl = urlDateEvidence(capture, urlDate, all);
  if (fromUrl.candidate) all.unshift(fromUrl.candidate);
  const fromPage = pageDateCandidate(capture, all);
  if (fromPage) all.unshift(fromPage);
  const plausible = plausibleCandidates(capture, all, latestAllowed);
  const header = capture.header.date;
  if (header) {
    const day = header.slice(0, 10);
    if (day > latestAllowed) capture.messages.push({ file: capture.file, line: 1, severity: "warning", ruleId: "date-in-future", reason: `header date ${day} is in the future (kept: the maintainer's header wins)` });
    plausible.unshift({ date: day, month: +day.slice(5, 7), day: +day.slice(8, 10), kind: "header", evidence: { rule: "maintainer-header", text: header, confidence: "high" } });
  }
  const days = [...all.map((candidate) => candidate.date), header?.slice(0, 10)].filter((day): day is string => Boolean(day));
  // A month in the URL: the dates in that month (and the header's) are the ones to choose from, when there are any.
  const inUrlMonth = fromUrl.month ? plausible.filter((candidate) => candidate.kind === "header" || candidate.date?.startsWith(fromUrl.month!)) : [];
  const chosen = chooseDate(inUrlMonth.some((candidate) => candidate.date) ? inUrlMonth : plausible, capture.headline?.line);
  const storyYearless = plausible.filter((candidate) => !candidate.date && candidate.kind === "event-date");
  const yearlessEvent = storyYearless.length ? storyYearless.reduce((a, b) => (b.month * 40 + b.day > a.month * 40 + a.day ? b : a)) : undefined;
  if (chosen && chosen.date! < "1990-01-01") {
    capture.messages.push({ file: capture.file, line: chosen.evidence.line, severity: "info", ruleId: "date-unusual", reason: `publication date ${chosen.date} is unusually early for a web capture: check it` });
  }
  if (!chosen && !yearlessEvent) {
    capture.messages.push({ file: capture.file, severity: "info", ruleId: "date-none", reason: "nothing in the capture dates the story: undated unless a capture of the same story is dated" });
  }
  capture.date = chosen?.date;
  capture.dateEvidence = chosen?.evidence;
  capture.dateCandidates = plausible;
  // Kept for the year-inference stage when it could replace the date chosen here.
  capture.yearlessEvent = yieldsToStoryDate(chosen?.date, chosen?.kind) ? yearlessEvent : undefined;
  capture.nowWindow = nowWindowOf(days, latestAllowed);
}
