// /archive/<year>/: the months of one year with their counts.
import type { Archive, YearArchive } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker, plural } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  year: YearArchive;
}

export const data = {
  pagination: { data: "archive.years", size: 1, alias: "year" },
  permalink: (data: Data) => permalinkOf(data.year.path),
};

export function render({ archive, year }: Data): string {
  const u = linker(archive.config);
  const body = html`<h1>${year.year}</h1>
<p>${plural(year.count, "article")} in ${plural(year.months.length, "month")}.</p>
<ul class="counted">${year.months.map((month) => html`<li><a href="${u(month.path)}">${month.label}</a> <span class="count">${month.count}</span></li>`)}</ul>
<p><a href="${u(ARCHIVE_PATH)}">All years</a></p>`;
  return pageShell({ config: archive.config, path: year.path, title: year.year, description: `${plural(year.count, "article")} from ${year.year}.`, body, section: "archive" });
}
