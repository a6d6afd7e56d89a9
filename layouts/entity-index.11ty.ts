// A–Z indexes: /actors/, /places/, /outlets/ (+ /page/<n>/), each name with its article count.
// Long indexes paginate; the letter navigation jumps to the page where each letter starts.
import type { Archive, EntityIndexPage } from "../src/site/archive-types.ts";
import { kindInfo } from "../src/site/entity-kinds.ts";
import { letterId } from "../src/site/families/entity-indexes.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker, pagerNav } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  indexPage: EntityIndexPage;
}

export const data = {
  pagination: { data: "archive.entityIndexPages", size: 1, alias: "indexPage" },
  permalink: (data: Data) => permalinkOf(data.indexPage.pager.path),
};

export function render({ archive, indexPage }: Data): string {
  const u = linker(archive.config);
  const { index, pager } = indexPage;
  const title = pager.pageNumber === 1 ? index.title : `${index.title} (page ${pager.pageNumber})`;
  // On this page a letter link is a plain fragment; elsewhere it leads to the page holding it.
  const letterHref = (letter: EntityIndexPage["letters"][number]) =>
    letter.href.startsWith(`${pager.path}#`) ? `#${letter.id}` : u(letter.href);
  const body = html`<h1>${title} <span class="count">${index.total}</span></h1>
${indexPage.letters.length > 1 ? html`<nav class="letters" aria-label="Letters"><ul>${indexPage.letters.map((letter) => html`<li><a href="${letterHref(letter)}">${letter.letter}</a></li>`)}</ul></nav>` : ""}
${index.total === 0 ? html`<p class="empty">None yet.</p>` : ""}
${indexPage.groups.map(
  (group) => html`<section class="letter-group" aria-labelledby="${letterId(group.letter)}">
<h2 id="${letterId(group.letter)}">${group.letter}</h2>
<ul class="counted counted--columns">${group.entities.map((item) => html`<li><a href="${u(item.ref.path)}">${item.ref.name}</a> <span class="count">${item.count}</span></li>`)}</ul>
</section>`,
)}
${pagerNav(u, pager, ["Previous", "Next"])}`;
  return pageShell({
    config: archive.config,
    path: pager.path,
    title,
    description: `All ${index.total} ${index.title.toLowerCase()} of the archive, A to Z, with their article counts.`,
    body,
    section: kindInfo(index.kind).folder,
  });
}
