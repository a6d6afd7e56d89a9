// The entity family: /actors/<slug>/, /places/<slug>/, /outlets/<slug>/ (+ /page/<n>/): each
// entity with its registry facts, every article naming it newest first, who appears with it.
import type { ArticleSummary, ArticleView, CoOccurrence, EntityKind, EntityPage, EntityRef, EntityView } from "../archive-types.ts";
import { compareNames } from "../compare.ts";
import type { EntityCatalog } from "../entity-catalog.ts";
import { ENTITY_KINDS, kindInfo, type EntityField } from "../entity-kinds.ts";
import { sentenceNaming, storySentences } from "../entity-mentions.ts";
import { paginate } from "../paginate.ts";
import { placesOnMap } from "../place-map.ts";
import { sameItems } from "../../same-items.ts";
import { timelineOf } from "./date-archives.ts";
import { built, declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { entitiesRead, entityArticlesRead, entityRead, summaryReads } from "./read-keys.ts";

const CO_OCCURRENCE_LIMIT = 12;

/** Site paths of an entity's feeds, for the kinds that have them (ENTITY_KINDS). */
export function entityFeedPaths(ref: EntityRef): EntityView["feeds"] {
  return kindInfo(ref.kind).feeds ? { atom: `${ref.path}feed.xml`, json: `${ref.path}feed.json` } : undefined;
}

/** How often each entity is named with each actor and place, from the articles counted (by summary). */
interface CoOccurrences {
  counts: Map<EntityRef, Map<EntityRef, number>>;
  counted: Map<ArticleSummary, ArticleView>;
  /** The entities whose counts changed since the last build's, when they were patched from those. */
  changed?: Set<EntityRef>;
}

/**
 * Counted afresh, or patched from the last build's counts (npm start): a summary of the last build
 * is reused only with the same names (article-pages.ts), so only the articles whose summaries are
 * new or gone are counted (up or down). The last counts are changed in place.
 */
function countCoOccurrences(views: readonly ArticleView[], summaries: ReadonlyMap<string, ArticleSummary>, last?: CoOccurrences): CoOccurrences {
  const counted = new Map(views.map((view) => [summaries.get(view.slug)!, view]));
  if (!last) {
    const counts = new Map<EntityRef, Map<EntityRef, number>>();
    for (const view of views) countNames(counts, view, 1);
    return { counts, counted };
  }
  const changed = new Set<EntityRef>();
  for (const [summary, view] of last.counted) if (!counted.has(summary)) countNames(last.counts, view, -1, changed);
  for (const [summary, view] of counted) if (!last.counted.has(summary)) countNames(last.counts, view, 1, changed);
  return { counts: last.counts, counted, changed };
}

/** Adds (or takes away) one article's names: each with every other actor and place it names. */
function countNames(counts: Map<EntityRef, Map<EntityRef, number>>, article: ArticleView, delta: 1 | -1, changed?: Set<EntityRef>): void {
  const others = [...article.actors, ...article.places];
  for (const entity of [...others, article.outlet]) {
    let row = counts.get(entity);
    if (!row) counts.set(entity, (row = new Map()));
    for (const other of others) {
      if (other === entity) continue;
      const count = (row.get(other) ?? 0) + delta;
      if (count === 0) row.delete(other);
      else row.set(other, count);
    }
    changed?.add(entity);
  }
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

/** What an entity view shows besides its articles: its registry facts and who appears with it. */
type EntityFacts = Pick<EntityView, "type" | "listed" | "aliases" | "description" | "coordinates" | "homepage" | "coActors" | "coPlaces">;

/** `before`: the last build's view of the entity, whose lists of who appears with it stand while its counts are unchanged. */
function factsOf(ref: EntityRef, catalog: EntityCatalog, coOccurrences: CoOccurrences, before: EntityView | undefined): EntityFacts {
  const facts = catalog.facts(ref.kind, ref.name);
  const unchanged = before !== undefined && coOccurrences.changed !== undefined && !coOccurrences.changed.has(ref);
  const row = coOccurrences.counts.get(ref);
  return {
    type: facts?.type ?? "unlisted",
    listed: facts !== undefined,
    aliases: facts?.aliases ?? [],
    description: facts?.description,
    coordinates: facts?.coordinates,
    homepage: facts?.homepage && /^https?:\/\//i.test(facts.homepage) ? facts.homepage : undefined,
    coActors: unchanged ? before.coActors : topCoOccurring(row, "actor"),
    coPlaces: unchanged ? before.coPlaces : topCoOccurring(row, "place"),
  };
}

function entityView(ref: EntityRef, facts: EntityFacts, list: ArticleSummary[]): EntityView {
  const { coActors, coPlaces, ...registry } = facts;
  return {
    ...ref,
    ...registry,
    articles: list,
    coActors,
    coPlaces,
    // Appearances are dated ones: undated articles sit at the end of the list.
    first: [...list].reverse().find((item) => item.date !== undefined),
    last: list.find((item) => item.date !== undefined),
    timeline: timelineOf(monthCounts(list)),
    feeds: entityFeedPaths(ref),
  };
}

const sameCoOccurring = (a: readonly CoOccurrence[], b: readonly CoOccurrence[]) => a.length === b.length && a.every((item, at) => item.entity === b[at]!.entity && item.count === b[at]!.count);

/** Whether the last build's view of the same ref shows these facts and these very summaries. */
function shows(view: EntityView, facts: EntityFacts, list: readonly ArticleSummary[]): boolean {
  return (
    sameItems(view.articles, list) &&
    view.type === facts.type &&
    view.listed === facts.listed &&
    sameItems(view.aliases, facts.aliases) &&
    view.description === facts.description &&
    sameItems(view.coordinates ?? [], facts.coordinates ?? []) &&
    view.homepage === facts.homepage &&
    sameCoOccurring(view.coActors, facts.coActors) &&
    sameCoOccurring(view.coPlaces, facts.coPlaces)
  );
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
function sentencesOf(entity: EntityView, articles: readonly ArticleSummary[], sentencesOfArticle: (summary: ArticleSummary) => string[]): Record<string, string> {
  const quoted: Record<string, string> = {};
  if (entity.kind === "outlet") return quoted;
  const names = [entity.name, ...entity.aliases];
  const namesKey = names.join("\n");
  let naming: ReturnType<typeof sentenceNaming> | undefined;
  for (const article of articles) {
    const sentences = sentencesOfArticle(article);
    const known = quotesOf.get(sentences) ?? quotesOf.set(sentences, new Map()).get(sentences)!;
    let sentence = known.get(namesKey);
    if (sentence === undefined) known.set(namesKey, (sentence = (naming ??= sentenceNaming(names))(sentences) ?? null));
    if (sentence) quoted[article.slug] = sentence;
  }
  return quoted;
}

/** The sentence quoted for a set of names, by story (its sentences: the same array while its summary is, see below): found once while both are the same. */
const quotesOf = new WeakMap<readonly string[], Map<string, string | null>>();

/**
 * Sentences of each article's story, split once per summary: npm start's next build reuses the
 * summaries of unchanged articles (article-pages.ts), whose bodies are the same, and splits only
 * the stories that changed; a one-off build lets them go with its summaries.
 */
const sentencesOfStories = new WeakMap<ArticleSummary, string[]>();

/** An entity's view and its pages (made when first asked for). */
interface MadeEntity {
  view: EntityView;
  pages?: EntityPage[];
}

/**
 * The entity views and pages of the last build of a warm process (npm start), by ref (the catalog
 * keeps a ref while its slug is the same), and its co-occurrence counts.
 */
let warm: { entities: WeakMap<EntityRef, MadeEntity>; coOccurrences: CoOccurrences } | undefined;

function pagesOf(entity: MadeEntity, sentencesOfArticle: (summary: ArticleSummary) => string[]): EntityPage[] {
  const { view } = entity;
  return (entity.pages ??= paginate(view.articles, view.path).map((page) => ({ entity: view, pager: page.pager, articles: page.items, sentences: sentencesOf(view, page.items, sentencesOfArticle) })));
}

export const entityPages: PageFamily = {
  name: "entities",
  build(draft) {
    const views = built(draft, "articles");
    const catalog = built(draft, "catalog");
    const summaries = built(draft, "summaries");
    const articlesOf = articlesOfEntities(views, summaries);
    const last = draft.input.keepWarm ? warm : undefined;
    // Let go until this build is done: the counts are patched in place.
    if (last) warm = undefined;
    const coOccurrences = countCoOccurrences(views, summaries, last?.coOccurrences);
    const made = new WeakMap<EntityRef, MadeEntity>();
    // An unidentified outlet has no page: its articles say in words that the outlet is unknown.
    const entitiesOf = (kind: EntityKind) =>
      catalog.refs(kind).filter((ref) => !ref.unidentified).map((ref) => {
        const before = last?.entities.get(ref);
        const facts = factsOf(ref, catalog, coOccurrences, before?.view);
        const list = articlesOf.get(ref) ?? [];
        const entity = before && shows(before.view, facts, list) ? before : { view: entityView(ref, facts, list) };
        made.set(ref, entity);
        return entity;
      });
    const byField = ENTITY_KINDS.map(({ kind, field }) => [field, entitiesOf(kind)] as const);
    const parts = Object.fromEntries(byField.map(([field, entities]) => [field, entities.map((entity) => entity.view)])) as Record<EntityField, EntityView[]>;
    const bodies = new Map(views.map((view) => [view.slug, view.bodyHtml]));
    const sentencesOfArticle = (summary: ArticleSummary) => sentencesOfStories.get(summary) ?? setIn(sentencesOfStories, summary, storySentences(bodies.get(summary.slug) ?? ""));
    const pages = byField.flatMap(([, entities]) => entities.flatMap((entity) => pagesOf(entity, sentencesOfArticle)));
    if (draft.input.keepWarm) warm = { entities: made, coOccurrences };
    return { parts: { ...parts, entityPages: pages }, pages: pages.map((page) => entityPageDeclaration(page, parts.places)) };
  },
};

function setIn<K extends object, V>(map: WeakMap<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}
