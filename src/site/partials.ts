// Small pieces of markup shared by several page templates.
import type { ArticleSummary, CoOccurrence, DateNeighbour, EntityRef, Pager } from "./archive-types.ts";
import { monthLabel } from "./compare.ts";
import { SEARCH_PATH } from "./families/search-page.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath, type SiteConfig } from "./site-config.ts";

export type Link = (path: string) => string;

export function linker(config: SiteConfig): Link {
  return (path) => sitePath(config, path);
}

/** A list shows each article's standfirst, or instead the sentence naming the page's entity (by slug). */
export interface ArticleListOptions {
  showOutlet?: boolean;
  /** Headlines and dates only (a year's list is long): no standfirst. */
  compact?: boolean;
  sentences?: Readonly<Record<string, string>>;
  /** Headings by year ("2017"), month ("October 2017") or day ("16 October 2017"), once the list is GROUP_FROM long. */
  groupBy?: "year" | "month" | "day";
}

/** Lists this long or longer are grouped under date headings when asked to. */
export const GROUP_FROM = 8;

/** Letters and digits only, lower case: how a headline and the start of a standfirst are compared. */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The standfirst without the headline it starts with (a title made from the first sentence), or nothing if that is all it says. */
export function standfirstAfterTitle(article: Pick<ArticleSummary, "title" | "standfirst">): string {
  const title = comparable(article.title);
  if (title.length === 0 || !comparable(article.standfirst).startsWith(title)) return article.standfirst;
  // Skip as many characters of the standfirst as it takes to cover the title's letters and digits.
  let seen = 0;
  let cut = 0;
  while (cut < article.standfirst.length && seen < title.length) if (comparable(article.standfirst[cut++]!).length > 0) seen++;
  return article.standfirst.slice(cut).replace(/^[\s.:;,!?—–-]+/, "");
}

function articleItem(u: Link, article: ArticleSummary, options: ArticleListOptions): SafeHtml {
  const sentence = options.sentences?.[article.slug];
  const standfirst = options.compact ? "" : standfirstAfterTitle(article);
  const outlet = article.outlet.unidentified ? html` · outlet unknown` : html` · <a href="${u(article.outlet.path)}">${article.outlet.name}</a>`;
  return html`<li><a class="article-list__title" href="${u(article.path)}">${article.title}</a>
<span class="article-list__meta">${articleDate(article)}${options.showOutlet === false ? "" : outlet}</span>
${sentence ? html`<q class="article-list__quote">${sentence}</q>` : standfirst ? html`<p class="article-list__standfirst">${standfirst}</p>` : ""}</li>`;
}

/** The heading an article is grouped under: its year or day, or "Undated". */
function groupLabel(article: ArticleSummary, groupBy: NonNullable<ArticleListOptions["groupBy"]>): string {
  if (!article.date) return article.dateText;
  if (groupBy === "year") return article.date.slice(0, 4);
  return groupBy === "month" ? monthLabel(article.date.slice(0, 7)) : article.dateText;
}

export function articleList(u: Link, articles: readonly ArticleSummary[], options: ArticleListOptions = {}): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles.</p>`;
  const list = (items: readonly ArticleSummary[]) => html`<ol class="article-list">${items.map((article) => articleItem(u, article, options))}</ol>`;
  if (!options.groupBy || articles.length < GROUP_FROM) return list(articles);
  const groups: { label: string; items: ArticleSummary[] }[] = [];
  for (const article of articles) {
    const label = groupLabel(article, options.groupBy);
    const last = groups[groups.length - 1];
    if (last?.label === label) last.items.push(article);
    else groups.push({ label, items: [article] });
  }
  if (groups.length === 1) return list(articles);
  return html`${groups.map((group) => html`<section class="article-group"><h3 class="article-group__date">${group.label}</h3>${list(group.items)}</section>`)}`;
}

/** The date of an article, or "Undated" and when its capture was taken (never given as its date). */
export function articleDate(article: ArticleSummary): SafeHtml {
  if (article.date) return html`<time datetime="${article.date}">${article.dateText}</time>`;
  return html`<span class="undated">${article.dateText}</span>${article.captured ? html` (captured on <time datetime="${article.captured}">${article.capturedText}</time>)` : ""}`;
}

export function entityLinks(u: Link, entities: readonly EntityRef[], filter?: string): SafeHtml {
  return html`<ul class="chips">${entities.map(
    (entity) =>
      html`<li><a href="${u(entity.path)}"${filter ? html` data-pagefind-filter="${filter}"` : ""}>${entity.name}</a></li>`,
  )}</ul>`;
}

/** Names appearing with `entity`, each with the number of articles naming both, which leads to those articles (a search filtered on both). */
export function coOccurrenceList(u: Link, entity: EntityRef, items: readonly CoOccurrence[]): SafeHtml {
  if (items.length === 0) return html`<p class="empty">None.</p>`;
  const both = (other: EntityRef) => {
    const query = new URLSearchParams([[entity.kind, entity.name], [other.kind, other.name], ["sort", "newest"]]);
    return `${u(SEARCH_PATH)}?${query.toString()}`;
  };
  return html`<ul class="counted">${items.map(
    (item) => html`<li><a href="${u(item.entity.path)}">${item.entity.name}</a> <a class="count" href="${both(item.entity)}" aria-label="${plural(item.count, "article")} naming both" title="${plural(item.count, "article")} naming both ${entity.name} and ${item.entity.name}">${item.count}</a></li>`,
  )}</ul>`;
}

/** Links to the month or year before and after (those with articles), as "← September 2017", "October 2017 →". */
export function dateNav(u: Link, at: { previous?: DateNeighbour; next?: DateNeighbour }, what: "Months" | "Years"): SafeHtml {
  if (!at.previous && !at.next) return html``;
  return html`<nav class="date-nav" aria-label="${what}">
${at.previous ? html`<a rel="prev" href="${u(at.previous.path)}"><span aria-hidden="true">← </span>${at.previous.label}</a>` : html`<span></span>`}
${at.next ? html`<a rel="next" href="${u(at.next.path)}">${at.next.label}<span aria-hidden="true"> →</span></a>` : ""}
</nav>`;
}

/** Previous/next links; lists of articles say "Newer"/"Older", A–Z lists "Previous"/"Next". */
export function pagerNav(u: Link, pager: Pager, labels: [string, string] = ["Newer", "Older"]): SafeHtml {
  if (pager.pageCount <= 1) return html``;
  return html`<nav class="pager" aria-label="Pages">
${pager.previous ? html`<a rel="prev" href="${u(pager.previous)}">${labels[0]}</a>` : ""}
<span>Page ${pager.pageNumber} of ${pager.pageCount}</span>
${pager.next ? html`<a rel="next" href="${u(pager.next)}">${labels[1]}</a>` : ""}
</nav>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
