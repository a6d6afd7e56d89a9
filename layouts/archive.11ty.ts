// /archive/: every year and month with its article count, and the undated articles' page.
import type { Archive } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker, plural } from "../src/site/partials.ts";

export const data = { permalink: permalinkOf(ARCHIVE_PATH) };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  const undated = archive.undatedPages[0];
  const body = html`<h1>Archive by month</h1>
${archive.years.length === 0 && !undated ? html`<p class="empty">No articles yet.</p>` : ""}
${archive.years.map(
  (year) => html`<section aria-labelledby="y${year.year}">
<h2 id="y${year.year}"><a href="${u(year.path)}">${year.year}</a> <span class="count">${year.count}</span></h2>
<ul class="counted counted--columns">${year.months.map((month) => html`<li><a href="${u(month.path)}">${month.label}</a> <span class="count">${month.count}</span></li>`)}</ul>
</section>`,
)}
${undated ? html`<section aria-labelledby="undated-h">
<h2 id="undated-h"><a href="${u(undated.pager.path)}">Undated</a> <span class="count">${undated.count}</span></h2>
<p>Articles whose captures give no date.</p>
</section>` : ""}`;
  return pageShell({ config: archive.config, path: ARCHIVE_PATH, title: "Archive by month", description: `${plural(archive.articles.length, "article")} by year and month.`, body, section: "archive" });
}
