// /actors/<slug>/, /places/<slug>/, /outlets/<slug>/ (+ /page/<n>/): who or what it is,
// its articles per month, every article naming it newest first (grouped by year, each with the
// sentence naming it), who appears with it (leading to the articles naming both), first and last appearance.
import type { Archive, EntityPage, EntityView } from "../src/site/archive-types.ts";
import { kindInfo } from "../src/site/entity-kinds.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html, raw } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, coOccurrenceList, linker, pagerNav, plural } from "../src/site/partials.ts";
import { monthTimeline } from "../src/site/month-timeline.ts";
import { placeMap } from "../src/site/place-map.ts";
import { entityJsonLd } from "../src/site/structured-data.ts";

/** Below this many articles on a page, the facts and co-occurrences go under the list, not beside it (no empty column). */
const SHORT_LIST = 6;

interface Data {
  archive: Archive;
  listPage: EntityPage;
}

export const data = {
  pagination: { data: "archive.entityPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => permalinkOf(data.listPage.pager.path),
};

/** `indexed`: the aliases are part of what search finds (first page only). */
function facts(entity: EntityView, indexed: boolean) {
  return html`<dl class="facts">
<dt>Kind</dt><dd>${entity.listed ? entity.type : "not yet in the registry"}</dd>
${entity.aliases.length > 0 ? html`<dt>Also written</dt><dd${indexed ? raw(" data-pagefind-body") : ""}>${entity.aliases.join(", ")}</dd>` : ""}
<dt>Articles</dt><dd>${entity.articles.length}</dd>
${entity.first ? html`<dt>First appearance</dt><dd><time datetime="${entity.first.date}">${entity.first.dateText}</time></dd>` : ""}
${entity.last ? html`<dt>Latest appearance</dt><dd><time datetime="${entity.last.date}">${entity.last.dateText}</time></dd>` : ""}
${entity.homepage ? html`<dt>Website</dt><dd><a href="${entity.homepage}" rel="nofollow noopener noreferrer">${entity.homepage}</a></dd>` : ""}
</dl>`;
}

export function render({ archive, listPage: page }: Data): string {
  const u = linker(archive.config);
  const { entity, pager } = page;
  const first = pager.pageNumber === 1;
  const title = first ? entity.name : `${entity.name} (page ${pager.pageNumber})`;
  const body = html`<article class="entity">
<header class="entity__header"${first ? raw(" data-pagefind-body") : ""}>
<p class="kicker"${first ? raw(` data-pagefind-filter="type:${entity.kind}" data-pagefind-meta="type:${entity.kind}"`) : ""}>${kindInfo(entity.kind).label}</p>
<h1${first ? raw(' data-pagefind-meta="title" data-pagefind-weight="10"') : ""}>${title}</h1>
${entity.description ? html`<p class="lede">${entity.description}</p>` : ""}
</header>
<div class="entity__grid${page.articles.length < SHORT_LIST ? " entity__grid--short" : ""}">
<section class="entity__articles" aria-labelledby="articles-h">
<h2 id="articles-h">${plural(entity.articles.length, "article")}, newest first</h2>
${entity.timeline.length > 1 ? monthTimeline(u, entity.timeline, `Articles naming ${entity.name}`) : ""}
${articleList(u, page.articles, { showOutlet: entity.kind !== "outlet", sentences: page.sentences, groupBy: "year" })}
${pagerNav(u, pager)}
</section>
<aside class="entity__aside" aria-label="About ${entity.name}">
${facts(entity, first)}
${entity.kind === "place" ? placeMap(u, archive, entity) : ""}
<section><h2>Appears with: ${kindInfo("actor").plural.toLowerCase()}</h2>${coOccurrenceList(u, entity, entity.coActors)}</section>
<section><h2>Appears with: ${kindInfo("place").plural.toLowerCase()}</h2>${coOccurrenceList(u, entity, entity.coPlaces)}</section>
${entity.feeds ? html`<p class="feeds">Follow: <a href="${u(entity.feeds.atom)}">Atom feed</a> · <a href="${u(entity.feeds.json)}">JSON Feed</a></p>` : ""}
</aside>
</div>
</article>`;
  return pageShell({
    config: archive.config,
    path: pager.path,
    title,
    description: entity.description ?? `${plural(entity.articles.length, "article")} naming ${entity.name}, newest first.`,
    body,
    ogType: entity.kind === "actor" && entity.type === "person" ? "profile" : "website",
    section: kindInfo(entity.kind).folder,
    head: entity.feeds
      ? html`<link rel="alternate" type="application/atom+xml" title="${entity.name} (Atom)" href="${u(entity.feeds.atom)}">
<link rel="alternate" type="application/feed+json" title="${entity.name} (JSON Feed)" href="${u(entity.feeds.json)}">\n`
      : undefined,
    jsonLd: first ? entityJsonLd(archive.config, entity) : undefined,
  });
}
