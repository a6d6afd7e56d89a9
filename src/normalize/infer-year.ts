// Stage 7b: a story that dates its events only by month and day ("on Sept. 13") takes its year
// from the most closely related dated article in the archive (same event, other captures); the
// event must not fall after that article by more than a season. Failing that, from the capture
// file's time, with a warning. A page clock loses to a story event whose year is found this way.
import { DateTime } from "luxon";
import type { Message } from "../messages.ts";
import type { MergedArticle } from "./merge-duplicates.ts";

export interface DatedArticle extends MergedArticle {
  date: string;
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
    if (event && (!article.date || article.dateKind === "page-clock")) {
      const reference = article.similar
        .map((related) => byId.get(related.id))
        .find((other) => other?.date && other.dateKind !== "page-clock" && !other.yearlessEvent);
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
    if (article.date) return article as DatedArticle;
    const file = article.primary.file;
    const fallback = article.primary.modifiedAt?.slice(0, 10);
    const date = event && fallback ? (yearNear(fallback, event.month, event.day) ?? fallback) : fallback ?? "1970-01-01";
    messages.push({ file, severity: "warning", ruleId: "date-missing", reason: `no publication date found in the capture: ${fallback ? `using the capture file's time (${date})` : "using 1970-01-01"}; add a date to its header` });
    return { ...article, date, dateKind: "page-clock", dateEvidence: { rule: fallback ? "capture-file-time" : "no-date", confidence: "low" } };
  });
  return { articles: dated, messages };
}
