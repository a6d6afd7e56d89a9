// /articles/<slug>/: headline, date (or "Undated", with the capture time), outlet, the story, its actors and places, sources,
// related articles and provenance. The story's first mention of each actor and place links to its page. Only the headline and the story are indexed for search.
import { actorTypes } from "../src/site/actor-types.ts";
import type { Archive, ArticleView } from "../src/site/archive-types.ts";
import { UNDATED } from "../src/site/compare.ts";
import { kindInfo } from "../src/site/entity-kinds.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html, raw } from "../src/site/html.ts";
import { linkFirstMentions } from "../src/site/entity-mentions.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleDate, articleList, entityLinks, linker } from "../src/site/partials.ts";
import { newsArticleJsonLd } from "../src/site/structured-data.ts";

interface Data {
  archive: Archive;
  article: ArticleView;
}

export const data = {
  pagination: { data: "archive.articles", size: 1, alias: "article" },
  permalink: (data: Data) => permalinkOf(data.article.path),
};

/**
 * The other names its actors and places are written under ("Kerkuk" for Kirkuk): indexed so that
 * a search under any of them finds the story; not shown, weighted low.
 */
function aliasesForSearch(article: ArticleView) {
  const aliases = article.mentions.flatMap((mention) => mention.names.slice(1));
  return aliases.length === 0 ? "" : html`<span hidden data-pagefind-weight="0.5" data-pagefind-index-attrs="data-names" data-names="${aliases.join(", ")}"></span>`;
}

function provenanceBlock(article: ArticleView) {
  const p = article.provenance;
  const evidence = (label: string, item: NonNullable<typeof p>["title"]) =>
    item
      ? html`<li><strong>${label}</strong>: rule <code>${item.rule}</code>${item.line ? html`, line ${item.line}` : ""}${item.confidence ? html`, ${item.confidence} confidence` : ""}${item.text ? html` — <q>${item.text}</q>` : ""}</li>`
      : "";
  const removed = p?.removed ?? [];
  return html`<section class="provenance" aria-labelledby="provenance-h">
<h2 id="provenance-h">Provenance</h2>
${article.titleDerived ? html`<p>The capture had no headline; this title was derived from the text.</p>` : ""}
${article.date ? "" : html`<p>Nothing in the capture dates the story, so it is shown as undated${article.captured ? "; the date above is when the capture was taken, not when the story was published" : ""}.</p>`}
${p && (p.title || p.date || p.outlet) ? html`<ul>${evidence("Title", p.title)}${evidence("Date", p.date)}${evidence("Outlet", p.outlet)}</ul>` : html`<p>No extraction evidence was recorded.</p>`}
${removed.length > 0
    ? html`<details><summary>${removed.length} line${removed.length === 1 ? "" : "s"} of page junk removed</summary>
<ul class="removed">${removed.map((item) => html`<li><code>${item.source}:${item.line}</code> (${item.rule}${item.evidence ? `: ${item.evidence}` : ""}) <q>${item.text}</q></li>`)}</ul></details>`
    : ""}
</section>`;
}

export function render({ archive, article }: Data): string {
  const u = linker(archive.config);
  const body = html`<article class="article">
<div data-pagefind-body>
<h1 data-pagefind-meta="title" data-pagefind-weight="10">${article.title}</h1>
<p class="byline" data-pagefind-ignore>${article.date
    ? html`<time datetime="${article.date}" data-pagefind-meta="date:${article.date}" data-pagefind-sort="date:${article.date}">${article.dateText}</time>`
    : articleDate(article)}
· ${article.outlet.unidentified ? "Outlet unknown" : html`<a href="${u(article.outlet.path)}" data-pagefind-filter="outlet" data-pagefind-meta="outlet">${article.outlet.name}</a>`}${article.originalOutlet ? html` · originally published by <a href="${u(article.originalOutlet.path)}">${article.originalOutlet.name}</a>` : ""}${article.author ? html` · by ${article.author}` : ""}<span hidden data-pagefind-filter="year">${article.year ?? UNDATED}</span></p>
<div class="story">
${raw(linkFirstMentions(article.bodyHtml, article.mentions, u))}
${aliasesForSearch(article)}
${article.endsMidSentence ? html`<p class="capture-end" data-pagefind-ignore>The capture ends here, mid-sentence${article.originalUrl ? html`; the original is at <a href="${article.originalUrl}" rel="nofollow noopener noreferrer">${article.originalUrl}</a>` : ": the original's address is not known"}.</p>` : ""}
</div>
</div>
<aside class="article-facts" aria-label="About this article">
${article.actors.length > 0 ? html`<section><h2>${kindInfo("actor").plural}</h2>${entityLinks(u, article.actors, "actor")}</section>` : ""}
${article.places.length > 0 ? html`<section><h2>${kindInfo("place").plural}</h2>${entityLinks(u, article.places, "place")}</section>` : ""}
<section><h2>Sources</h2><ul class="sources">${article.sources.map((source) => html`<li>${source.path ? html`<a href="${u(source.path)}">${source.name}</a>` : source.name} (${source.kind})</li>`)}${article.originalUrl ? html`<li><a href="${article.originalUrl}" rel="nofollow noopener noreferrer">Original page</a></li>` : ""}</ul></section>
${article.related.length > 0 ? html`<section><h2>Related articles</h2>${articleList(u, article.related)}</section>` : ""}
${provenanceBlock(article)}
</aside>
</article>`;
  return pageShell({
    config: archive.config,
    path: article.path,
    title: article.title,
    description: article.standfirst || article.title,
    body,
    ogType: "article",
    head: article.date ? html`<meta property="article:published_time" content="${article.date}">\n` : undefined,
    jsonLd: newsArticleJsonLd(archive.config, article, actorTypes(archive)),
    // Marks the search terms when opened from a search result (?highlight=…); loads Pagefind's
    // highlight script only then.
    scripts: ["/assets/search-highlight.js"],
  });
}
