// 404.html: what static hosts serve for a missing page.
import type { Archive } from "../src/site/archive-types.ts";
import { ARCHIVE_PATH } from "../src/site/families/date-archives.ts";
import { HOME_PATH } from "../src/site/families/home-page.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { SEARCH_PATH } from "../src/site/families/search-page.ts";
import { NOT_FOUND_PATH } from "../src/site/families/site-files.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker } from "../src/site/partials.ts";

export const data = { permalink: permalinkOf(NOT_FOUND_PATH) };

export function render({ archive }: { archive: Archive }): string {
  const u = linker(archive.config);
  const body = html`<h1>Page not found</h1>
<p>No page lives at this address.</p>
<p>Articles keep the address they were first published under, even when a headline is corrected; when two copies of one story are merged, the later copy's address leads on to the article.</p>
<p>So a link may have been mistyped, or the article it led to has been withdrawn from the archive: its address is never given to another story.</p>
<ul><li><a href="${u(HOME_PATH)}">Latest stories</a></li><li><a href="${u(SEARCH_PATH)}">Search the archive</a></li><li><a href="${u(ARCHIVE_PATH)}">Browse by month</a></li></ul>`;
  return pageShell({ config: archive.config, path: NOT_FOUND_PATH, title: "Page not found", description: "This page does not exist.", body, noIndex: true });
}
