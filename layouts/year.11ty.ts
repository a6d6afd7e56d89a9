// /archive/<year>/: the months of one year with their counts, then its articles grouped by month,
// newest first; links to the years before and after it.
import type { Archive, YearPage } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, dateNav, linker, plural } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  yearPage: YearPage;
}

export const data = {
  pagination: { data: "archive.yearPages", size: 1, alias: "yearPage" },
  permalink: (data: Data) => permalinkOf(data.yearPage.year.path),
};

export function render({ archive, yearPage }: Data): string {
  const u = linker(archive.config);
  const { year } = yearPage;
  const body = html`<h1>${year.year}</h1>
${dateNav(u, year, "Years")}
<p>${plural(year.count, "article")} in ${plural(year.months.length, "month")}. <a href="${u(ARCHIVE_PATH)}">All years</a></p>
<ul class="counted counted--columns">${year.months.map((month) => html`<li><a href="${u(month.path)}">${month.label}</a> <span class="count">${month.count}</span></li>`)}</ul>
<h2>Articles, newest first</h2>
${articleList(u, yearPage.articles, { groupBy: "month", compact: true })}
${dateNav(u, year, "Years")}`;
  return pageShell({ config: archive.config, path: year.path, title: year.year, description: `${plural(year.count, "article")} from ${year.year}.`, body, section: "archive" });
}
