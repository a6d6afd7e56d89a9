// The entity family: /actors/<slug>/, /places/<slug>/, /outlets/<slug>/ (+ /page/<n>/): each
// entity with its registry facts, every article naming it newest first, who appears with it.
import type { ArticleSummary, ArticleView, CoOccurrence, EntityKind, EntityPage, EntityRef, EntityView } from "../archive-types.ts";
import { compareNames } from "../compare.ts";
import type { EntityCatalog } from "../entity-catalog.ts";
import { ENTITY_KINDS, kindInfo, type EntityField } from "../entity-kinds.ts";
import { sentenceNaming, storySentences } from "../entity-mentions.ts";
import { paginate } from "../paginate.ts";
import { placesOnMap } from "../place-map.ts";
import { timelineOf } from "./date-archives.ts";
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

/** Who appears most often with an entity (ties A–Z): the first CO_OCCURRENCE_LIMIT of the row, without sorting all of it. */
function topCoOccurring(row: Map<EntityRef, number> | undefined, kind: EntityKind): CoOccurrence[] {
  if (!row) return [];
  const before = (a: CoOccurrence, b: CoOccurrence) => b.count - a.count || compareNames(a.entity.name, b.entity.name);
  const best: CoOccurrence[] = [];
  for (const [entity, count] of row) {
    if (entity.kind !== kind) continue;
    const item = { entity, count };
    if (best.length === CO_OCCURRENCE_LIMIT && before(item, best[CO_OCCURRENCE_LIMIT - 1]!) >= 0) continue;
    let at = Math.min(best.length, CO_OCCURRENCE_LIMIT - 1);
    for (; at > 0 && before(item, best[at - 1]!) < 0; at--) best[at] = best[at - 1]!;
    best[at] = item;
  }
  return best;
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

/** How many of the articles fall in each month ("2017-10" → 3); undated ones in none. */
function monthCounts(list: readonly ArticleSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) if (item.date) counts.set(item.date.slice(0, 7), (counts.get(item.date.slice(0, 7)) ?? 0) + 1);
  return counts;
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
    timeline: timelineOf(monthCounts(list)),
    feeds: entityFeedPaths(ref),
  };
}

/** A page shows its entity, its part of the list, who appears with it and its appearances; a place's map the places around it. */
function entityPageDeclaration(page: EntityPage, places: readonly EntityView[]): PageDeclaration {
  const { entity } = page;
  return declarePage(page.pager.path, "entity", () => {
    const appearances = [entity.first, entity.last].flatMap((item) => (item ? summaryReads(item) : []));
    const coOccurring = [...entity.coActors, ...entity.coPlaces].map((item) => entityRead(item.entity));
    const map = entity.kind === "place" ? [entitiesRead("place"), ...placesOnMap(entity, places).map(({ other }) => entityRead(other))] : [];
    return [entityRead(entity), entityArticlesRead(entity), ...page.articles.flatMap(summaryReads), ...appearances, ...coOccurring, ...map];
  }, true);
}

/** Quotes, for each article of a page, the sentence of its story that names the entity (outlets are not quoted: a story rarely names its own outlet). */
function sentencesOf(entity: EntityView, articles: readonly ArticleSummary[], sentencesOfArticle: (slug: string) => string[]): Record<string, string> {
  const quoted: Record<string, string> = {};
  if (entity.kind === "outlet") return quoted;
  const names = [entity.name, ...entity.aliases];
  const namesKey = names.join("\n");
  let naming: ReturnType<typeof sentenceNaming> | undefined;
  for (const article of articles) {
    const sentences = sentencesOfArticle(article.slug);
    const known = quotesOf.get(sentences) ?? quotesOf.set(sentences, new Map()).get(sentences)!;
    let sentence = known.get(namesKey);
    if (sentence === undefined) known.set(namesKey, (sentence = (naming ??= sentenceNaming(names))(sentences) ?? null));
    if (sentence) quoted[article.slug] = sentence;
  }
  return quoted;
}

/** The sentence quoted for a set of names, by story (its sentences: the same array while its body is, see below): found once while both are the same. */
const quotesOf = new WeakMap<readonly string[], Map<string, string | null>>();

/** The stories' sentences of the last build, by body: npm start's next build splits only the bodies that changed. */
let sentencesOfBodies = new Map<string, string[]>();

/**
 * Sentences of an article's story (by slug), split once per body; with `keep`, what this build
 * used is kept for the next (a one-off build lets them go: every story's sentences, ~8 KB an article).
 */
function sentencesKeptFromLastBuild(bodyOf: (slug: string) => string, keep: boolean): (slug: string) => string[] {
  const before = sentencesOfBodies;
  const now = new Map<string, string[]>();
  sentencesOfBodies = keep ? now : new Map();
  return (slug) => {
    const body = bodyOf(slug);
    let sentences = now.get(body);
    if (!sentences) now.set(body, (sentences = before.get(body) ?? storySentences(body)));
    return sentences;
  };
}

export const entityPages: PageFamily = {
  name: "entities",
  build(draft) {
    const views = built(draft, "articles");
    const catalog = built(draft, "catalog");
    const articlesOf = articlesOfEntities(views, built(draft, "summaries"));
    const coOccurrences = countCoOccurrences(views);
    // An unidentified outlet has no page: its articles say in words that the outlet is unknown.
    const byKind = (kind: EntityKind) =>
      catalog.refs(kind).filter((ref) => !ref.unidentified).map((ref) => entityView(ref, catalog, articlesOf.get(ref) ?? [], coOccurrences.get(ref)));
    const parts = Object.fromEntries(ENTITY_KINDS.map(({ kind, field }) => [field, byKind(kind)])) as Record<EntityField, EntityView[]>;
    const bodies = new Map(views.map((view) => [view.slug, view.bodyHtml]));
    const sentencesOfArticle = sentencesKeptFromLastBuild((slug) => bodies.get(slug) ?? "", draft.input.keepWarm === true);
    const pages: EntityPage[] = [];
    for (const entity of ENTITY_KINDS.flatMap(({ field }) => parts[field])) {
      for (const page of paginate(entity.articles, entity.path)) {
        pages.push({ entity, pager: page.pager, articles: page.items, sentences: sentencesOf(entity, page.items, sentencesOfArticle) });
      }
    }
    return { parts: { ...parts, entityPages: pages }, pages: pages.map((page) => entityPageDeclaration(page, parts.places)) };
  },
};
