// The home page: latest stories, the archive by month, where its stories happen (a map), and the ways in.
import type { Archive } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { HOME_PATH } from "../src/site/families/home-page.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { SEARCH_PATH } from "../src/site/families/search-page.ts";
import { html } from "../src/site/html.ts";
import { archiveMap } from "../src/site/archive-map.ts";
import { monthTimeline } from "../src/site/month-timeline.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, linker, plural } from "../src/site/partials.ts";

export const data = { permalink: permalinkOf(HOME_PATH) };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  const body = html`<h1 class="visually-hidden">${archive.config.title}</h1>
<section class="intro" aria-labelledby="browse-h">
<h2 id="browse-h">Browse ${plural(archive.articles.length, "article")}</h2>
<ul class="entry-points">
${archive.entityIndexes.map((index) => html`<li><a href="${u(index.path)}">${index.title}</a> <span class="count">${index.total}</span></li>
`)}<li><a href="${u(ARCHIVE_PATH)}">By month</a> <span class="count">${archive.timeline.filter((m) => m.count > 0).length}</span></li>
<li><a href="${u(SEARCH_PATH)}">Search</a></li>
</ul>
${monthTimeline(u, archive.timeline)}
${archiveMap(u, archive)}
</section>
<section aria-labelledby="latest-h">
<h2 id="latest-h">Latest stories</h2>
${articleList(u, archive.latest)}
${archive.articles.length > archive.latest.length ? html`<p><a href="${u(ARCHIVE_PATH)}">All articles by month</a></p>` : ""}
</section>`;
  return pageShell({ config: archive.config, path: HOME_PATH, title: archive.config.title, description: archive.config.description, body, section: "home" });
}
