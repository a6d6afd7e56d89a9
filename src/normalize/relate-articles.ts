// Stage 7c: articles about the same event from other outlets list each other in `related`:
// similar enough in words and names, and published within a few weeks of each other. An undated
// article relates to none: how far apart the two are cannot be known.
import type { DatedArticle } from "./infer-year.ts";

export const RELATED = 0.1;
export const RELATED_WITHIN_DAYS = 45;

export interface RelatedArticle extends DatedArticle {
  /** Ids of related articles, most alike first. */
  related: string[];
}

/** Days since 1970 of an ISO date, from its numeric parts (no date-string parsing). */
const epochDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const days = (a: string, b: string) => Math.abs(epochDay(a) - epochDay(b));

export function relateArticles(articles: DatedArticle[]): RelatedArticle[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return articles.map((article) => ({
    ...article,
    related: article.similar
      .filter((item) => item.score >= RELATED)
      .filter((item) => {
        const other = byId.get(item.id);
        return other?.date !== undefined && article.date !== undefined && days(other.date, article.date) <= RELATED_WITHIN_DAYS;
      })
      .slice(0, 10)
      .map((item) => item.id),
  }));
}
