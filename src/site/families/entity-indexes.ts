// The A–Z index family: /actors/, /places/, /outlets/ (+ /page/<n>/), each name with its article
// count. Long indexes paginate; the letter links lead to the page where each letter starts.
import type { EntityAtoZ, EntityIndexPage, EntityKind, EntityView, IndexGroup } from "../archive-types.ts";
import { ENTITY_KINDS, kindInfo, kindPath } from "../entity-kinds.ts";
import { paginate } from "../paginate.ts";
import { built, declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { entitiesRead, entityArticlesRead, entityRead } from "./read-keys.ts";

/** Names are short: an A–Z page holds a few hundred, in columns; a last page of fewer joins the one before. */
const INDEX_PAGE_SIZE = 300;
const INDEX_FEWEST = 30;

/** Anchor id of a letter group ("#" is not a valid fragment on its own). */
export function letterId(letter: string): string {
  return `letter-${letter === "#" ? "other" : letter}`;
}

function buildIndex(kind: EntityKind, entities: readonly EntityView[]): EntityAtoZ {
  const groups: IndexGroup[] = [];
  for (const entity of entities) {
    const first = entity.name.normalize("NFKD").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    let group = groups.find((candidate) => candidate.letter === letter);
    if (!group) groups.push((group = { letter, entities: [] }));
    group.entities.push({ ref: { kind: entity.kind, name: entity.name, slug: entity.slug, path: entity.path }, count: entity.articles.length });
  }
  groups.sort((a, b) => (a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter < b.letter ? -1 : 1));
  return { kind, path: kindPath(kind), title: kindInfo(kind).plural, groups, total: entities.length };
}

function paginateIndex(index: EntityAtoZ): EntityIndexPage[] {
  const entries = index.groups.flatMap((group) => group.entities.map((entity) => ({ letter: group.letter, entity })));
  const pages = paginate(entries, index.path, INDEX_PAGE_SIZE, INDEX_FEWEST).map(({ pager, items }) => {
    const groups: IndexGroup[] = [];
    for (const item of items) {
      const last = groups[groups.length - 1];
      if (last && last.letter === item.letter) last.entities.push(item.entity);
      else groups.push({ letter: item.letter, entities: [item.entity] });
    }
    return { index, pager, groups, letters: [] as EntityIndexPage["letters"] };
  });
  const letters: EntityIndexPage["letters"] = [];
  for (const page of pages) {
    for (const group of page.groups) {
      if (!letters.some((known) => known.letter === group.letter)) {
        letters.push({ letter: group.letter, id: letterId(group.letter), href: `${page.pager.path}#${letterId(group.letter)}` });
      }
    }
  }
  for (const page of pages) page.letters = letters;
  return pages;
}

/** A page lists its share of the kind's entities with their counts; the letters and total come from the whole kind. */
function indexPageDeclaration(page: EntityIndexPage): PageDeclaration {
  const listed = () => page.groups.flatMap((group) => group.entities.flatMap(({ ref }) => [entityRead(ref), entityArticlesRead(ref)]));
  return declarePage(page.pager.path, "entity-index", () => [entitiesRead(page.index.kind), ...listed()], true);
}

export const entityIndexes: PageFamily = {
  name: "entity indexes",
  build(draft) {
    const indexes = ENTITY_KINDS.map(({ kind, field }) => buildIndex(kind, built(draft, field)));
    const pages = indexes.flatMap(paginateIndex);
    return { parts: { entityIndexes: indexes, entityIndexPages: pages }, pages: pages.map(indexPageDeclaration) };
  },
};
