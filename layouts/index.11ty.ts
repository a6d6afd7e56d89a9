// The home page: latest stories, the archive by month, and the ways in.
import type { Archive } from "../src/site/archive-types.ts";
import { html } from "../src/site/html.ts";
import { monthTimeline } from "../src/site/month-timeline.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, linker, plural } from "../src/site/partials.ts";

export const data = { permalink: "/index.html" };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  const body = html`<h1 class="visually-hidden">${archive.config.title}</h1>
<section class="intro" aria-labelledby="browse-h">
<h2 id="browse-h">Browse ${plural(archive.articles.length, "article")}</h2>
<ul class="entry-points">
${archive.entityIndexes.map((index) => html`<li><a href="${u(index.path)}">${index.title}</a> <span class="count">${index.total}</span></li>
`)}<li><a href="${u("/archive/")}">By month</a> <span class="count">${archive.timeline.filter((m) => m.count > 0).length}</span></li>
<li><a href="${u("/search/")}">Search</a></li>
</ul>
${monthTimeline(u, archive)}
</section>
<section aria-labelledby="latest-h">
<h2 id="latest-h">Latest stories</h2>
${articleList(u, archive.latest)}
${archive.articles.length > archive.latest.length ? html`<p><a href="${u("/archive/")}">All articles by month</a></p>` : ""}
</section>`;
  return pageShell({ config: archive.config, path: "/", title: archive.config.title, description: archive.config.description, body, section: "home" });
}
