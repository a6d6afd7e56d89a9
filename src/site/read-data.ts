// The data behind each read key (families/read-keys.ts), as a hash: a key's data changed when its
// hash did. A page's declared reads plus these hashes say whether the page can have changed,
// without rendering it (src/publish/page-inputs.ts); tests/site/page-declarations.test.ts checks
// that every page whose bytes change reads a key whose hash changed.
import { contentHash } from "../content-hash.ts";
import { TextMemo } from "../text-memo.ts";
import type { Archive, ArticleView, EntityRef, EntityView } from "./archive-types.ts";
import { ENTITY_KINDS } from "./entity-kinds.ts";
import {
  addressRead, articleRead, COUNTS_READ, entitiesRead, entityArticlesRead, entityRead, LATEST_READ, monthRead, MONTHS_READ, SEARCH_BUNDLES_READ,
  SITE_PAGES_READ, sourceRead, UNDATED_READ,
} from "./families/read-keys.ts";

const slugs = (list: readonly { slug: string }[]) => list.map((item) => item.slug);
const ref = (entity: EntityRef | undefined) => entity && `${entity.kind}:${entity.slug}`;

/** The stories' hashes by their HTML: a rebuild meets the same bodies again (the body cache's very strings). */
const bodyHashes = new TextMemo(contentHash);

/** Read key → hash of its data, for every key the archive has data for. */
export function readDataHashes(archive: Archive): Map<string, string> {
  bodyHashes.nextRound();
  const data = new Map<string, string>();
  const put = (key: string, value: unknown) => data.set(key, contentHash(JSON.stringify(value ?? null)));
  putArticles(archive, put, data);
  putEntities(archive, put, data);
  const months = new Map<string, string[]>();
  for (const page of archive.monthPages) months.set(page.month.key, [...(months.get(page.month.key) ?? []), ...slugs(page.articles)]);
  for (const [key, list] of months) put(monthRead(key), list);
  put(MONTHS_READ, [...months.keys()]);
  put(UNDATED_READ, archive.undatedPages.flatMap((page) => slugs(page.articles)));
  put(COUNTS_READ, { articles: archive.articles.length, years: archive.years, timeline: archive.timeline });
  put(LATEST_READ, { latest: slugs(archive.latest), feed: slugs(archive.feeds[0]?.articles ?? []) });
  for (const redirect of archive.redirects) put(addressRead(redirect.path.split("/")[2]!), redirect.to.slug);
  put(SEARCH_BUNDLES_READ, archive.searchBundles);
  put(SITE_PAGES_READ, archive.pagePaths);
  return data;
}

/**
 * The story as its pages show it (body, standfirst, provenance): most of an article's data, hashed
 * apart (as a JSON string, escaping its markup would cost more than hashing it), and once while its
 * provenance and body are the same objects (npm start's next build: an unchanged article's front
 * matter and rendered body are the very objects of the build before; the standfirst is the body's).
 */
const storyHashes = new WeakMap<object, { bodyHtml: string; hash: string }>();

function storyHash(view: ArticleView): string {
  const known = view.provenance && storyHashes.get(view.provenance);
  if (known && known.bodyHtml === view.bodyHtml) return known.hash;
  const hash = contentHash(JSON.stringify([bodyHashes.get(view.bodyHtml), view.standfirst, view.provenance ?? null]));
  if (view.provenance) storyHashes.set(view.provenance, { bodyHtml: view.bodyHtml, hash });
  return hash;
}

/**
 * A frozen view's data hash, by the view: a view is frozen with its archive (build-archive.ts), so
 * its data cannot change, and npm start's next build reuses the views of unchanged articles and
 * entities (article-pages.ts, entity-pages.ts): their data is hashed once.
 */
const ownHashes = new WeakMap<object, string>();
const listHashes = new WeakMap<object, string>();

function hashOnce(hashes: WeakMap<object, string>, view: object, value: () => unknown): string {
  let hash = hashes.get(view);
  if (hash === undefined) {
    hash = contentHash(JSON.stringify(value() ?? null));
    if (Object.isFrozen(view)) hashes.set(view, hash);
  }
  return hash;
}

/** An article's own data names the entities and articles it shows by key: their data is theirs. */
function putArticles(archive: Archive, put: (key: string, value: unknown) => void, data: Map<string, string>): void {
  for (const view of archive.articles) {
    data.set(articleRead(view.slug), hashOnce(ownHashes, view, () => articleData(view)));
    for (const source of view.sources) put(sourceRead(source.name), source.path);
  }
}

function articleData(view: ArticleView): unknown {
  const names = { outlet: ref(view.outlet), originalOutlet: ref(view.originalOutlet), actors: view.actors.map(ref), places: view.places.map(ref) };
  const { bodyHtml, standfirst, provenance, ...rest } = view;
  return { ...rest, ...names, story: storyHash(view), related: slugs(view.related), sources: view.sources.map((source) => source.name) };
}

function putEntities(archive: Archive, put: (key: string, value: unknown) => void, data: Map<string, string>): void {
  for (const { kind, field } of ENTITY_KINDS) {
    for (const entity of archive[field]) {
      data.set(entityRead(entity), hashOnce(ownHashes, entity, () => entityFacts(entity)));
      data.set(entityArticlesRead(entity), hashOnce(listHashes, entity, () => entityArticles(entity)));
    }
    put(entitiesRead(kind), archive[field].map((entity) => data.get(entityRead(entity))));
  }
}

function entityFacts({ name, slug, path, type, listed, aliases, description, coordinates, homepage }: EntityView): unknown {
  return { name, slug, path, type, listed, aliases, description, coordinates, homepage };
}

function entityArticles(entity: EntityView): unknown {
  const coOccurring = (items: typeof entity.coActors) => items.map((item) => [ref(item.entity), item.count]);
  const appearances = { first: entity.first?.slug, last: entity.last?.slug };
  return { articles: slugs(entity.articles), ...appearances, coActors: coOccurring(entity.coActors), coPlaces: coOccurring(entity.coPlaces), feeds: entity.feeds };
}
