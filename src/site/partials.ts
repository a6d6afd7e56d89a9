// Small pieces of markup shared by several page templates.
import type { ArticleSummary, CoOccurrence, EntityRef, Pager } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath, type SiteConfig } from "./site-config.ts";

export type Link = (path: string) => string;

export function linker(config: SiteConfig): Link {
  return (path) => sitePath(config, path);
}

export function articleList(u: Link, articles: readonly ArticleSummary[], options: { showOutlet?: boolean } = {}): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles.</p>`;
  return html`<ol class="article-list">${articles.map(
    (article) => html`<li><a class="article-list__title" href="${u(article.path)}">${article.title}</a>
<span class="article-list__meta">${articleDate(article)}${options.showOutlet === false ? "" : html` · <a href="${u(article.outlet.path)}">${article.outlet.name}</a>`}</span></li>`,
  )}</ol>`;
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

export function coOccurrenceList(u: Link, items: readonly CoOccurrence[]): SafeHtml {
  if (items.length === 0) return html`<p class="empty">None.</p>`;
  return html`<ul class="counted">${items.map(
    (item) => html`<li><a href="${u(item.entity.path)}">${item.entity.name}</a> <span class="count">${item.count}</span></li>`,
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
