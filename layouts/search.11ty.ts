// /search/: a plain GET form that works without JavaScript (the header form of every page posts
// here too), enhanced by /assets/search.js on Pagefind's JS API: results as you type, facets with
// counts, sort, state in the URL, keyboard use. Everything dynamic is filled into the empty
// containers below; nothing inline, so the page keeps its strict Content-Security-Policy.
import { mainBundleArticles, SEARCH_DEBOUNCE_MS, searchPageData } from "../src/search/search-plan.ts";
import type { Archive } from "../src/site/archive-types.ts";
import { ENTITY_KINDS, kindPath, searchKindsAttribute } from "../src/site/entity-kinds.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { SEARCH_PATH } from "../src/site/families/search-page.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker } from "../src/site/partials.ts";

export const data = { permalink: permalinkOf(SEARCH_PATH) };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  // The shards the client merges into the main index, newest first (src/search/search-plan.ts); none by default.
  const search = searchPageData(archive.searchBundles, u);
  // Results come before the filters in the page: on phones the filters then appear under them,
  // so showing them never pushes results down (layout shift); wide screens place them left.
  const browse = html`${ENTITY_KINDS.map(({ kind, plural }, i) => html`${i > 0 ? ", " : ""}<a href="${u(kindPath(kind))}">${plural} A–Z</a>`)} or <a href="${u(ARCHIVE_PATH)}">by month</a>`;
  const body = html`<h1>Search the archive</h1>
<noscript><p class="search__noscript">Search results need JavaScript, which is off in this browser. Browse ${browse} instead.</p></noscript>
<div id="search" class="search" data-bundle-path="${u("/pagefind/")}" data-base-url="${u("/")}" data-merge-bundles="${search.mergeBundles.join(" ")}" data-early-bundles="${search.earlyBundles}" data-early-from="${search.earlyFrom}" data-early-to="${search.earlyTo}" data-recent-additions="${search.recentAdditions}" data-main-articles="${mainBundleArticles(archive)}" data-article-count="${archive.articles.length}" data-debounce-ms="${SEARCH_DEBOUNCE_MS}" data-entity-kinds="${searchKindsAttribute()}">
<form class="search__form" action="${u(SEARCH_PATH)}" method="get" role="search" aria-label="Search articles">
<div class="search__query">
<label for="search-q">Words to find in articles, people and places</label>
<input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-keys" aria-controls="search-results">
<button type="submit" class="search__submit">Search</button>
</div>
<div class="search__sort">
<label for="search-sort">Sort by</label>
<select id="search-sort" name="sort">
<option value="">Relevance</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</div>
<p id="search-keys" class="search__keys">Press <kbd>/</kbd> to come back here, <kbd>↓</kbd> and <kbd>↑</kbd> to move through the results, <kbd>Enter</kbd> to open one.</p>
</form>
<div class="search__layout">
<button type="button" id="search-filters-button" class="search__filters-button" aria-controls="search-filters" aria-expanded="false" hidden>Filters</button>
<div class="search__main">
<p id="search-status" class="search__status" role="status" aria-live="polite" aria-atomic="true"></p>
<div id="search-none" class="search__none" hidden>
<p id="search-suggest" hidden></p>
<p>Check the spelling, try fewer or other words (a surname alone, a place's other spelling), or browse ${browse}.</p>
</div>
<div id="search-active" class="search__active" hidden></div>
<section id="search-entities" class="search__entities" aria-labelledby="search-entities-h" hidden>
<h2 id="search-entities-h">People, organisations and places</h2>
<ul id="search-entity-list" class="search__entity-list"></ul>
</section>
<section id="search-articles" class="search__articles" aria-labelledby="search-articles-h" hidden>
<h2 id="search-articles-h">Articles</h2>
<ol id="search-results" class="search__results"></ol>
<button type="button" id="search-more" class="search__more" hidden>Show more articles</button>
</section>
</div>
<section class="search__filters" id="search-filters" aria-labelledby="search-filters-h" hidden>
<h2 id="search-filters-h">Narrow down</h2>
<div id="search-facets"></div>
</section>
</div>
</div>`;
  return pageShell({
    config: archive.config,
    path: SEARCH_PATH,
    title: "Search",
    description: "Search every article of the archive, filtered by actor, place, outlet and year.",
    body,
    section: "search",
    head: html`<link rel="stylesheet" href="${u("/assets/search.css")}">\n`,
    scripts: ["/assets/search.js"],
  });
}
