// The names of the data a page can read, so that "which pages does a change to X touch" is a
// lookup: a page declares every key whose data it shows (see page-family.ts), and a page whose
// keys' data did not change renders the same bytes. The site config and the templates are read
// by every page and are not keys: a change to either rebuilds everything.
import type { ArticleSummary, ArticleView, EntityKind, EntityRef } from "../archive-types.ts";

/** Every kind of key, with what its data is: the vocabulary, as data. */
export const READ_KEYS = [
  { key: "article:<slug>", data: "one article's own data: its front matter and body, as its page, lists and feeds show them" },
  { key: "entity:<kind>:<slug>", data: "one entity's name and registry facts (type, aliases, description, coordinates, homepage)" },
  { key: "entity-articles:<kind>:<slug>", data: "which articles name an entity: its article count, list, first and last appearance, co-occurrences, feed" },
  { key: "entities:<kind>", data: "which entities of a kind exist, with their facts: an A–Z index, its totals and letters, the place maps" },
  { key: "month:<yyyy-mm>", data: "which articles a month holds" },
  { key: "archive:undated", data: "which articles have no date" },
  { key: "archive:counts", data: "site-wide totals: how many articles, which years and months hold articles and how many each" },
  { key: "archive:months", data: "which months hold articles (a month links the months before and after it), without their counts" },
  { key: "archive:latest", data: "which articles are the newest (the home page's latest stories, the site feed)" },
  { key: "address:<retired slug>", data: "where a retired article address leads (the address ledger)" },
  { key: "source:<capture file name>", data: "where a capture is published under /sources/, if it is" },
  { key: "search:bundles", data: "how the search index is cut into bundles" },
  { key: "site:pages", data: "which pages the sitemap lists" },
] as const;

// Pages share their keys' strings (an article's keys appear on many lists): a string that is used
// again keeps its hash, which makes the declarations' de-duplication cheap.
const entityReads = new WeakMap<Pick<EntityRef, "kind" | "slug">, string>();
const summaryReadLists = new WeakMap<ArticleSummary, readonly string[]>();
const viewReadLists = new WeakMap<ArticleView, readonly string[]>();

export const articleRead = (slug: string) => `article:${slug}`;
export function entityRead(ref: Pick<EntityRef, "kind" | "slug">): string {
  let key = entityReads.get(ref);
  if (key === undefined) entityReads.set(ref, (key = `entity:${ref.kind}:${ref.slug}`));
  return key;
}
export const entityArticlesRead = (ref: Pick<EntityRef, "kind" | "slug">) => `entity-articles:${ref.kind}:${ref.slug}`;
export const entitiesRead = (kind: EntityKind) => `entities:${kind}`;
export const monthRead = (key: string) => `month:${key}`;
export const addressRead = (retiredSlug: string) => `address:${retiredSlug}`;
export const sourceRead = (captureName: string) => `source:${captureName}`;
export const UNDATED_READ = "archive:undated";
export const COUNTS_READ = "archive:counts";
export const MONTHS_READ = "archive:months";
export const LATEST_READ = "archive:latest";
export const SEARCH_BUNDLES_READ = "search:bundles";
export const SITE_PAGES_READ = "site:pages";

/** What a line of an article list shows: the article, and its outlet's name. */
export function summaryReads(summary: ArticleSummary): readonly string[] {
  let reads = summaryReadLists.get(summary);
  if (reads === undefined) summaryReadLists.set(summary, (reads = [articleRead(summary.slug), entityRead(summary.outlet)]));
  return reads;
}

/** What a whole article shows (its page, a feed entry): itself and the names of what it names. */
export function articleViewReads(view: ArticleView): readonly string[] {
  let reads = viewReadLists.get(view);
  if (reads === undefined) {
    const named = [view.outlet, ...(view.originalOutlet ? [view.originalOutlet] : []), ...view.actors, ...view.places];
    viewReadLists.set(view, (reads = [articleRead(view.slug), ...named.map(entityRead)]));
  }
  return reads;
}
