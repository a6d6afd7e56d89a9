// The archive-by-date family: /archive/ (every year and month with its count), /archive/<year>/,
// /archive/<year>/<month>/ (+ /page/<n>/) and /archive/undated/ (+ /page/<n>/); and the timeline
// of every month from the first to the last article, which the home page draws.
import type { ArticleSummary, ArticleView, DateNeighbour, MonthArchive, MonthPage, TimelineMonth, UndatedPage, YearArchive, YearPage } from "../archive-types.ts";
import { monthLabel } from "../compare.ts";
import { paginate } from "../paginate.ts";
import { built, declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { COUNTS_READ, monthRead, MONTHS_READ, summaryReads, UNDATED_READ } from "./read-keys.ts";

export const ARCHIVE_PATH = "/archive/";
export const UNDATED_PATH = `${ARCHIVE_PATH}undated/`;
export const yearPath = (year: string) => `${ARCHIVE_PATH}${year}/`;
/** Site path of a month ("2017-10" → "/archive/2017/10/"). */
export const monthPath = (key: string) => `${yearPath(key.slice(0, 4))}${key.slice(5, 7)}/`;

/** Each month's articles (newest first, as the views are) and the undated ones. */
function articlesByMonth(views: readonly ArticleView[], summaries: ReadonlyMap<string, ArticleSummary>): { byMonth: Map<string, ArticleSummary[]>; undated: ArticleSummary[] } {
  const byMonth = new Map<string, ArticleSummary[]>();
  const undated: ArticleSummary[] = [];
  for (const view of views) {
    if (view.month === undefined) {
      undated.push(summaries.get(view.slug)!);
      continue;
    }
    const list = byMonth.get(view.month);
    if (list) list.push(summaries.get(view.slug)!);
    else byMonth.set(view.month, [summaries.get(view.slug)!]);
  }
  return { byMonth, undated };
}

/** Every month from the first to the last of `counts` (month key → articles), empty ones included, each with articles linked to its page. */
export function timelineOf(counts: ReadonlyMap<string, number>): TimelineMonth[] {
  const timeline: TimelineMonth[] = [];
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return timeline;
  let [year, month] = keys[0]!.split("-").map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    const count = counts.get(key) ?? 0;
    timeline.push({ key, label: monthLabel(key), count, path: count > 0 ? monthPath(key) : undefined });
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return timeline;
}

/** Links each item to the one before and after it (`items` in time order). */
function linkNeighbours<T extends { previous?: DateNeighbour; next?: DateNeighbour }>(items: readonly T[], neighbour: (item: T) => DateNeighbour): void {
  items.forEach((item, i) => {
    if (i > 0) item.previous = neighbour(items[i - 1]!);
    if (i < items.length - 1) item.next = neighbour(items[i + 1]!);
  });
}

function yearsOf(months: readonly MonthArchive[]): YearArchive[] {
  const years: YearArchive[] = [...new Set(months.map((month) => month.year))].sort().map((year) => {
    const inYear = months.filter((month) => month.year === year);
    return { year, path: yearPath(year), count: inYear.reduce((sum, month) => sum + month.count, 0), months: inYear };
  });
  linkNeighbours(years, (year) => ({ label: year.year, path: year.path }));
  return years.reverse();
}

/** Each year with its articles, newest first (its months' lists, latest month first). */
function yearPagesOf(years: readonly YearArchive[], byMonth: ReadonlyMap<string, ArticleSummary[]>): YearPage[] {
  return years.map((year) => ({ year, articles: [...year.months].reverse().flatMap((month) => byMonth.get(month.key)!) }));
}

function declarations(yearPages: readonly YearPage[], monthPages: readonly MonthPage[], undatedPages: readonly UndatedPage[]): PageDeclaration[] {
  return [
    declarePage(ARCHIVE_PATH, "archive", () => [COUNTS_READ, UNDATED_READ], true),
    ...yearPages.map((page) => declarePage(page.year.path, "year", () => [COUNTS_READ, ...page.articles.flatMap(summaryReads)], true)),
    // A month links the months before and after it that hold articles; its count is its list's.
    ...monthPages.map((page) => declarePage(page.pager.path, "month", () => [monthRead(page.month.key), MONTHS_READ, ...page.articles.flatMap(summaryReads)], true)),
    ...undatedPages.map((page) => declarePage(page.pager.path, "undated", () => [UNDATED_READ, ...page.articles.flatMap(summaryReads)], true)),
  ];
}

export const dateArchives: PageFamily = {
  name: "archives by date",
  build(draft) {
    const { byMonth, undated } = articlesByMonth(built(draft, "articles"), built(draft, "summaries"));
    const months: MonthArchive[] = [...byMonth.keys()].sort().map((key) => ({ key, year: key.slice(0, 4), label: monthLabel(key), path: monthPath(key), count: byMonth.get(key)!.length }));
    linkNeighbours(months, (month) => ({ label: month.label, path: month.path }));
    const monthPages: MonthPage[] = months.flatMap((month) => paginate(byMonth.get(month.key)!, month.path).map((page) => ({ month, pager: page.pager, articles: page.items })));
    const undatedPages: UndatedPage[] = undated.length === 0 ? [] : paginate(undated, UNDATED_PATH).map((page) => ({ pager: page.pager, count: undated.length, articles: page.items }));
    const years = yearsOf(months);
    const yearPages = yearPagesOf(years, byMonth);
    return { parts: { years, yearPages, monthPages, undatedPages, timeline: timelineOf(new Map(months.map((month) => [month.key, month.count]))) }, pages: declarations(yearPages, monthPages, undatedPages) };
  },
};
