// /search/: Pagefind's UI, loaded as external files; /assets/search.js starts it and runs
// the query from ?q= (the header form of every page submits here without JavaScript).
import type { Archive } from "../src/site/archive-types.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker } from "../src/site/partials.ts";

export const data = { permalink: "/search/index.html" };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  const body = html`<h1>Search the archive</h1>
<div id="search" class="search" data-bundle-path="${u("/pagefind/")}">
<noscript><p>Search needs JavaScript. Browse by <a href="${u("/actors/")}">actor</a>, <a href="${u("/places/")}">place</a>, <a href="${u("/outlets/")}">outlet</a> or <a href="${u("/archive/")}">month</a> instead.</p></noscript>
</div>`;
  return pageShell({
    config: archive.config,
    path: "/search/",
    title: "Search",
    description: "Search every article of the archive, filtered by actor, place, outlet and year.",
    body,
    section: "search",
    head: html`<link rel="stylesheet" href="${u("/pagefind/pagefind-ui.css")}">\n`,
    scripts: ["/pagefind/pagefind-ui.js", "/assets/search.js"],
  });
}
