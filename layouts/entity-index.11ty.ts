// A–Z indexes: /actors/, /places/, /outlets/, each name with its article count.
import type { Archive, EntityIndex } from "../src/site/archive-types.ts";
import { html } from "../src/site/html.ts";
import { pageShell } from "../src/site/page-shell.ts";
import { linker } from "../src/site/partials.ts";

interface Data {
  archive: Archive;
  index: EntityIndex;
}

export const data = {
  pagination: { data: "archive.entityIndexes", size: 1, alias: "index" },
  permalink: (data: Data) => `${data.index.path}index.html`,
};

const SECTION = { actor: "actors", place: "places", outlet: "outlets" } as const;

export function render({ archive, index }: Data): string {
  const u = linker(archive.config);
  const body = html`<h1>${index.title} <span class="count">${index.total}</span></h1>
${index.groups.length > 1 ? html`<nav class="letters" aria-label="Letters"><ul>${index.groups.map((group) => html`<li><a href="#letter-${group.letter === "#" ? "other" : group.letter}">${group.letter}</a></li>`)}</ul></nav>` : ""}
${index.groups.length === 0 ? html`<p class="empty">None yet.</p>` : ""}
${index.groups.map(
  (group) => html`<section class="letter-group" aria-labelledby="letter-${group.letter === "#" ? "other" : group.letter}">
<h2 id="letter-${group.letter === "#" ? "other" : group.letter}">${group.letter}</h2>
<ul class="counted counted--columns">${group.entities.map((item) => html`<li><a href="${u(item.ref.path)}">${item.ref.name}</a> <span class="count">${item.count}</span></li>`)}</ul>
</section>`,
)}`;
  return pageShell({
    config: archive.config,
    path: index.path,
    title: index.title,
    description: `All ${index.total} ${index.title.toLowerCase()} of the archive, A to Z, with their article counts.`,
    body,
    section: SECTION[index.kind],
  });
}
