// Stage 7b: a story that dates its events only by month and day ("on Sept. 13") takes its year
// from the most closely related dated article in the archive (same event, other captures); the
// event must not fall after that article by more than a season. A page clock loses to a story
// event whose year is found this way (find-date.ts: yieldsToStoryDate). Nothing else makes a date: an article with no date evidence
// (and a yearless event with no related dated article) stays undated, with a warning, and keeps
// the time its capture was taken as `captured`, which is never its publication date.
import { DateTime } from "luxon";
import type { Message } from "../messages.ts";
import { yieldsToStoryDate } from "./find-date.ts";
import type { MergedArticle } from "./merge-duplicates.ts";
import { headerLine } from "./read-capture.ts";

export interface DatedArticle extends MergedArticle {
  /** When the earliest of its captures was taken (file time, ISO): set only when the article is undated. */
  captured?: string;
}

const isoDay = (year: number, month: number, day: number) => DateTime.fromObject({ year, month, day }, { zone: "UTC" }).toISODate();

/** The year that puts month/day at or before `reference` (within ~two months after it at most). */
function yearNear(reference: string, month: number, day: number): string | undefined {
  const year = +reference.slice(0, 4);
  const same = isoDay(year, month, day);
  if (!same) return undefined;
  const limit = DateTime.fromISO(reference, { zone: "UTC" }).plus({ days: 60 }).toISODate()!;
  return same <= limit ? same : (isoDay(year - 1, month, day) ?? undefined);
}

export function inferYears(articles: MergedArticle[]): { articles: DatedArticle[]; messages: Message[] } {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const messages: Message[] = [];
  const dated = articles.map((article): DatedArticle => {
    const event = article.yearlessEvent;
    if (event && yieldsToStoryDate(article.date, article.dateKind)) {
      const reference = article.similar
        .map((related) => byId.get(related.id))
        .find((other) => other && !yieldsToStoryDate(other.date, other.dateKind) && !other.yearlessEvent);
      const inferred = reference?.date ? yearNear(reference.date, event.month, event.day) : undefined;
      if (inferred) {
        return {
          ...article,
          date: inferred,
          dateKind: "event-date",
          dateEvidence: { ...event.evidence, rule: `${event.evidence.rule}+year-from-related`, confidence: "low" },
          yearlessEvent: undefined,
        };
      }
    }
    if (article.date) return article;
    const captured = article.captures.map((capture) => capture.modifiedAt).filter((time): time is string => Boolean(time)).sort()[0];
    const why = event ? `only a day without a year (${event.evidence.text ?? `${event.month}/${event.day}`}), and no related dated article gives one` : "no date evidence";
    // The capture with the yearless day, at its line; else the primary one's header (line 1), where the date is missing.
    const eventCapture = event ? article.captures.find((capture) => capture.yearlessEvent === event) : undefined;
    messages.push({
      file: eventCapture?.file ?? article.primary.file,
      line: eventCapture ? event?.evidence.line : headerLine(article.primary.header),
      severity: "warning",
      ruleId: "date-missing",
      reason: `${why}: written as undated${captured ? ` (captured ${captured.slice(0, 10)})` : ""}; add a date to the capture's header if it is known`,
      data: { field: "date" },
    });
    return { ...article, yearlessEvent: undefined, ...(captured ? { captured } : {}) };
  });
  return { articles: dated, messages };
}
