// /archive/undated/ (+ /page/<n>/): the articles nothing in their captures dates, latest captured first.
import type { Archive, UndatedPage } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, linker, pagerNav, plural } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  listPage: UndatedPage;
}

export const data = {
  pagination: { data: "archive.undatedPages", size: 1, alias: "listPage" },
  permalink: (data: Data) => permalinkOf(data.listPage.pager.path),
};

export function render({ archive, listPage: page }: Data): string {
  const u = linker(archive.config);
  const { pager } = page;
  const title = pager.pageNumber === 1 ? "Undated articles" : `Undated articles (page ${pager.pageNumber})`;
  const body = html`<h1>${title}</h1>
<p>${plural(page.count, "article")} whose captures give no date, the latest captured first. <a href="${u(ARCHIVE_PATH)}">Dated articles by month</a></p>
${articleList(u, page.articles)}
${pagerNav(u, pager, ["Previous", "Next"])}`;
  return pageShell({ config: archive.config, path: pager.path, title, description: `${plural(page.count, "article")} with no known date.`, body, section: "archive" });
}
