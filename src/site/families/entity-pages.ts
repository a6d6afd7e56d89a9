// The entity family: /actors/<slug>/, /places/<slug>/, /outlets/<slug>/ (+ /page/<n>/): each
// entity with its registry facts, every article naming it newest first, who appears with it.
import type { ArticleSummary, ArticleView, CoOccurrence, EntityKind, EntityPage, EntityRef, EntityView } from "../archive-types.ts";
import { compareNames } from "../compare.ts";
import type { EntityCatalog } from "../entity-catalog.ts";
import { ENTITY_KINDS, kindInfo, type EntityField } from "../entity-kinds.ts";
import { paginate } from "../paginate.ts";
import { built, declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { entitiesRead, entityArticlesRead, entityRead, summaryReads } from "./read-keys.ts";

const CO_OCCURRENCE_LIMIT = 12;

/** Site paths of an entity's feeds, for the kinds that have them (ENTITY_KINDS). */
export function entityFeedPaths(ref: EntityRef): EntityView["feeds"] {
  return kindInfo(ref.kind).feeds ? { atom: `${ref.path}feed.xml`, json: `${ref.path}feed.json` } : undefined;
}

function countCoOccurrences(articles: readonly ArticleView[]): Map<EntityRef, Map<EntityRef, number>> {
  const counts = new Map<EntityRef, Map<EntityRef, number>>();
  for (const article of articles) {
    const named = [...article.actors, ...article.places, article.outlet];
    for (const entity of named) {
      let row = counts.get(entity);
      if (!row) counts.set(entity, (row = new Map()));
      for (const other of [...article.actors, ...article.places]) {
        if (other !== entity) row.set(other, (row.get(other) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function topCoOccurring(row: Map<EntityRef, number> | undefined, kind: EntityKind): CoOccurrence[] {
  if (!row) return [];
  return [...row.entries()]
    .filter(([entity]) => entity.kind === kind)
    .sort(([a, countA], [b, countB]) => countB - countA || compareNames(a.name, b.name))
    .slice(0, CO_OCCURRENCE_LIMIT)
    .map(([entity, count]) => ({ entity, count }));
}

/** Every article naming each entity, newest first (the views are already in that order). */
function articlesOfEntities(views: readonly ArticleView[], summaries: ReadonlyMap<string, ArticleSummary>): Map<EntityRef, ArticleSummary[]> {
  const articlesOf = new Map<EntityRef, ArticleSummary[]>();
  for (const view of views) {
    const named = new Set([...view.actors, ...view.places, view.outlet, ...(view.originalOutlet ? [view.originalOutlet] : [])]);
    for (const entity of named) {
      const list = articlesOf.get(entity);
      if (list) list.push(summaries.get(view.slug)!);
      else articlesOf.set(entity, [summaries.get(view.slug)!]);
    }
  }
  return articlesOf;
}

function entityView(ref: EntityRef, catalog: EntityCatalog, list: ArticleSummary[], coOccurring: Map<EntityRef, number> | undefined): EntityView {
  const facts = catalog.facts(ref.kind, ref.name);
  return {
    ...ref,
    type: facts?.type ?? "unlisted",
    listed: facts !== undefined,
    aliases: facts?.aliases ?? [],
    description: facts?.description,
    coordinates: facts?.coordinates,
    homepage: facts?.homepage && /^https?:\/\//i.test(facts.homepage) ? facts.homepage : undefined,
    articles: list,
    coActors: topCoOccurring(coOccurring, "actor"),
    coPlaces: topCoOccurring(coOccurring, "place"),
    // Appearances are dated ones: undated articles sit at the end of the list.
    first: [...list].reverse().find((item) => item.date !== undefined),
    last: list.find((item) => item.date !== undefined),
    feeds: entityFeedPaths(ref),
  };
}

/** A page shows its entity, its part of the list, who appears with it and its appearances; a place's map shows every place. */
function entityPageDeclaration(page: EntityPage): PageDeclaration {
  const { entity } = page;
  return declarePage(page.pager.path, "entity", () => {
    const appearances = [entity.first, entity.last].flatMap((item) => (item ? summaryReads(item) : []));
    const coOccurring = [...entity.coActors, ...entity.coPlaces].map((item) => entityRead(item.entity));
    const map = entity.kind === "place" ? [entitiesRead("place")] : [];
    return [entityRead(entity), entityArticlesRead(entity), ...page.articles.flatMap(summaryReads), ...appearances, ...coOccurring, ...map];
  }, true);
}

export const entityPages: PageFamily = {
  name: "entities",
  build(draft) {
    const views = built(draft, "articles");
    const catalog = built(draft, "catalog");
    const articlesOf = articlesOfEntities(views, built(draft, "summaries"));
    const coOccurrences = countCoOccurrences(views);
    const byKind = (kind: EntityKind) => catalog.refs(kind).map((ref) => entityView(ref, catalog, articlesOf.get(ref) ?? [], coOccurrences.get(ref)));
    const parts = Object.fromEntries(ENTITY_KINDS.map(({ kind, field }) => [field, byKind(kind)])) as Record<EntityField, EntityView[]>;
    const pages: EntityPage[] = [];
    for (const entity of ENTITY_KINDS.flatMap(({ field }) => parts[field])) {
      for (const page of paginate(entity.articles, entity.path)) pages.push({ entity, pager: page.pager, articles: page.items });
    }
    return { parts: { ...parts, entityPages: pages }, pages: pages.map(entityPageDeclaration) };
  },
};
