// /archive/<year>/<month>/ (+ /page/<n>/): the articles of one month, newest first, grouped by
// day; links to the months before and after it that hold articles.
import type { Archive, MonthPage } from "../src/site/archive-types.ts";
import { yearPath } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, dateNav, linker, pagerNav, plural } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  listPage: MonthPage;
}

export const data = {
  pagination: { data: "archive.monthPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => permalinkOf(data.listPage.pager.path),
};

export function render({ archive, listPage: page }: Data): string {
  const u = linker(archive.config);
  const { month, pager } = page;
  const title = pager.pageNumber === 1 ? month.label : `${month.label} (page ${pager.pageNumber})`;
  const body = html`<h1>${title}</h1>
${dateNav(u, month, "Months")}
<p>${plural(month.count, "article")}. <a href="${u(yearPath(month.year))}">All of ${month.year}</a></p>
${articleList(u, page.articles, { groupBy: "day" })}
${pagerNav(u, pager)}
${dateNav(u, month, "Months")}`;
  return pageShell({ config: archive.config, path: pager.path, title, description: `${plural(month.count, "article")} from ${month.label}.`, body, section: "archive" });
}
