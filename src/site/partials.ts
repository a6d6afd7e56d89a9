// Small pieces of markup shared by several page templates.
import type { ArticleSummary, CoOccurrence, EntityRef, Pager } from "./archive-types.ts";
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
  sentences?: Readonly<Record<string, string>>;
  /** Headings by year ("2017") or by day ("16 October 2017"), once the list is longer than GROUP_FROM. */
  groupBy?: "year" | "day";
}

/** Lists this long or longer are grouped under date headings when asked to. */
export const GROUP_FROM = 8;

function articleItem(u: Link, article: ArticleSummary, options: ArticleListOptions): SafeHtml {
  const sentence = options.sentences?.[article.slug];
  const outlet = article.outlet.unidentified ? html` · outlet unknown` : html` · <a href="${u(article.outlet.path)}">${article.outlet.name}</a>`;
  return html`<li><a class="article-list__title" href="${u(article.path)}">${article.title}</a>
<span class="article-list__meta">${articleDate(article)}${options.showOutlet === false ? "" : outlet}</span>
${sentence ? html`<q class="article-list__quote">${sentence}</q>` : article.standfirst ? html`<p class="article-list__standfirst">${article.standfirst}</p>` : ""}</li>`;
}

/** The heading an article is grouped under: its year or day, or "Undated". */
function groupLabel(article: ArticleSummary, groupBy: "year" | "day"): string {
  if (!article.date) return article.dateText;
  return groupBy === "year" ? article.date.slice(0, 4) : article.dateText;
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
