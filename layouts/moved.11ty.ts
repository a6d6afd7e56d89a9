// /articles/<retired slug>/: an address an article was published under and no longer holds (it
// was merged into an article published before it; see src/normalize/address-ledger.ts). A meta
// refresh sends readers on, the canonical link tells search engines where the article is, and a
// visible link serves everyone else. Not indexed: noindex, no data-pagefind-body (Pagefind skips
// the page), and not in the sitemap (archive.pagePaths leaves redirects out).
import type { Archive, ArticleRedirect } from "../src/site/archive-types.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { articleList, linker } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  redirect: ArticleRedirect;
}

export const data = {
  pagination: { data: "archive.redirects", size: 1, alias: "redirect" },
  permalink: (data: Data) => permalinkOf(data.redirect.path),
};

export function render({ archive, redirect }: Data): string {
  const u = linker(archive.config);
  const { to } = redirect;
  const body = html`<h1>This article has moved</h1>
<p class="lede">It was merged with a copy of the same story published before it, which keeps its own address:</p>
${articleList(u, [to])}
<p>Links to this address keep leading there.</p>`;
  return pageShell({
    config: archive.config,
    path: redirect.path,
    canonicalPath: to.path,
    title: `Moved: ${to.title}`,
    description: `This article has moved to “${to.title}”.`,
    body,
    head: html`<meta http-equiv="refresh" content="0; url=${u(to.path)}">\n`,
    noIndex: true,
  });
}
