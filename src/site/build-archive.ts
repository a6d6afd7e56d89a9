// Computes, once per build, everything the pages show: article views with rendered bodies,
// entity pages and indexes, co-occurrences, related articles, month archives, feeds and the
// redirects of retired article addresses.
// The result is frozen, so that Eleventy passes it by reference instead of deep-copying it.
import path from "node:path";
import { listCaptures } from "../list-captures.ts";
import type { Message } from "../messages.ts";
import { captureName, EMPTY_LEDGER, retiredAddresses, type AddressLedger } from "../normalize/address-ledger.ts";
import type { Registries } from "../registry/load-registries.ts";
import { slugify } from "../slug.ts";
import type {
  Archive, ArticleSummary, ArticleView, CoOccurrence, EntityAtoZ, EntityIndexPage, EntityKind, EntityPage, EntityRef, EntityView,
  DatedArticleView, FeedSpec, IndexGroup, MonthArchive, MonthPage, PublishedSource, SourceLink, UndatedPage, YearArchive,
} from "./archive-types.ts";
import { compareNames, compareNewestFirst, dateInWords, monthLabel, UNDATED } from "./compare.ts";
import { createEntityCatalog, type EntityCatalog } from "./entity-catalog.ts";
import { kindInfo, kindPath } from "./entity-kinds.ts";
import type { ArticleSource } from "./load-articles.ts";
import { paginate } from "./paginate.ts";
import { BodyCache } from "./body-cache.ts";
import { createMarkdownRenderer } from "./render-markdown.ts";
import { planShards, shardPlanOptions } from "../search/shard-plan.ts";
import type { SiteConfig } from "./site-config.ts";

export interface BuildArchiveInput {
  articles: readonly ArticleSource[];
  registries: Registries;
  sourcesDir: string;
  config: SiteConfig;
  /** Index articles as several search bundles cut by year (see src/search/shard-plan.ts). */
  searchShards?: boolean;
  /** Rendered bodies of earlier builds (the build keeps one between runs). */
  bodies?: BodyCache;
  /** Every address articles were published under: retired ones become redirects. */
  addresses?: AddressLedger;
}

const LATEST_COUNT = 20;
const FEED_SIZE = 50;
const ENTITY_FEED_SIZE = 20;
const CO_OCCURRENCE_LIMIT = 12;
export const UNDATED_PATH = "/archive/undated/";
const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** A plain-text opening of the rendered story (for descriptions and feed summaries). */
function plainText(bodyHtml: string, length = 200): string {
  // Only the opening matters; cutting first keeps this cheap on long stories.
  const text = bodyHtml
    .slice(0, length * 4)
    .replace(/<[^>]*(>|$)/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length) > 0 ? text.lastIndexOf(" ", length) : length)}…`;
}

/** Publishes each capture under /sources/ with a safe, unique name; captures are read-only inputs. */
function publishSources(articles: readonly ArticleSource[], sourcesDir: string, messages: Message[]): Map<string, PublishedSource> {
  const published = new Map<string, PublishedSource>();
  const names = [...new Set(articles.flatMap((article) => article.frontMatter.sources.map((source) => path.basename(source))))].sort();
  const taken = new Set<string>();
  const present = new Set(listCaptures(sourcesDir));
  for (const name of names) {
    const from = path.join(sourcesDir, name);
    if (!present.has(name)) continue;
    const stem = name.replace(/\.[^.]*$/, "");
    let safe = /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(stem) ? stem : slugify(stem) || "capture";
    for (let n = 2; taken.has(safe); n++) safe = `${safe.replace(/-\d+$/, "")}-${n}`;
    taken.add(safe);
    published.set(name, { from, path: `/sources/${safe}.txt` });
  }
  for (const article of articles) {
    for (const source of article.frontMatter.sources) {
      if (!published.has(path.basename(source))) {
        messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "source-missing", reason: `source "${source}" is not in ${sourcesDir}; it is listed without a link` });
      }
    }
  }
  return published;
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

/** Anchor id of a letter group ("#" is not a valid fragment on its own). */
export function letterId(letter: string): string {
  return `letter-${letter === "#" ? "other" : letter}`;
}

function paginateIndex(index: EntityAtoZ): EntityIndexPage[] {
  const entries = index.groups.flatMap((group) => group.entities.map((entity) => ({ letter: group.letter, entity })));
  const pages = paginate(entries, index.path).map(({ pager, items }) => {
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

export function buildArchive(input: BuildArchiveInput): { archive: Archive; messages: Message[] } {
  const messages: Message[] = [];
  const md = createMarkdownRenderer();
  const bodies = input.bodies ?? BodyCache.open();

  // Article slugs come from file names written by the normalizer; re-slug anything unsafe.
  const seen = new Set<string>();
  const accepted: ArticleSource[] = [];
  for (const article of [...input.articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    const slug = SAFE_SLUG.test(article.slug) ? article.slug : slugify(article.slug) || "article";
    if (seen.has(slug)) {
      messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "article-duplicate-slug", reason: `slug "${slug}" is already used by another article; this one is skipped` });
      continue;
    }
    seen.add(slug);
    accepted.push(slug === article.slug ? article : { ...article, slug });
  }
  const sources = publishSources(accepted, input.sourcesDir, messages);

  const catalog: EntityCatalog = createEntityCatalog(input.registries, {
    actor: accepted.flatMap((a) => a.frontMatter.actors),
    place: accepted.flatMap((a) => a.frontMatter.places),
    outlet: accepted.flatMap((a) => [a.frontMatter.outlet, ...(a.frontMatter.original_outlet ? [a.frontMatter.original_outlet] : [])]),
  });
  const uniqueRefs = (kind: EntityKind, names: string[]) => [...new Set(names.map((name) => catalog.ref(kind, name)))];

  const views: ArticleView[] = accepted.map((article) => {
    const fm = article.frontMatter;
    const bodyHtml = bodies.render(article.body, (markdown) => md.render(markdown));
    const sourceLinks: SourceLink[] = [...fm.sources].map((source) => ({ name: path.basename(source), path: sources.get(path.basename(source))?.path }));
    return {
      slug: article.slug,
      path: `/articles/${article.slug}/`,
      title: fm.title,
      date: fm.date,
      dateText: fm.date ? dateInWords(fm.date) : UNDATED,
      ...(fm.date === undefined && fm.captured ? { captured: fm.captured, capturedText: dateInWords(fm.captured) } : {}),
      outlet: catalog.ref("outlet", fm.outlet),
      year: fm.date?.slice(0, 4),
      month: fm.date?.slice(0, 7),
      titleDerived: fm.title_derived === true,
      originalOutlet: fm.original_outlet ? catalog.ref("outlet", fm.original_outlet) : undefined,
      author: fm.author,
      originalUrl: fm.url && /^https?:\/\//i.test(fm.url) ? fm.url : undefined,
      actors: uniqueRefs("actor", fm.actors),
      places: uniqueRefs("place", fm.places),
      sources: sourceLinks,
      bodyHtml,
      description: plainText(bodyHtml),
      related: [],
      provenance: fm.provenance,
    };
  });
  views.sort(compareNewestFirst);
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  const summary = ({ slug, path, title, date, dateText, captured, capturedText, outlet }: ArticleView): ArticleSummary => ({ slug, path, title, date, dateText, captured, capturedText, outlet });
  const summaries = new Map(views.map((view) => [view.slug, summary(view)]));

  // Related articles are the normalizer's (stage 7c: alike in words and names, published within
  // weeks): one rule, written in the front matter where a maintainer can correct it.
  for (const article of accepted) {
    const view = bySlug.get(article.slug)!;
    for (const slug of article.frontMatter.related ?? []) {
      const found = summaries.get(slug);
      if (found && slug !== view.slug) view.related.push(found);
      else if (!found) messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "related-unknown", reason: `related article "${slug}" does not exist` });
    }
  }

  // Entities: every article naming them, newest first (views are already in that order).
  const articlesOf = new Map<EntityRef, ArticleSummary[]>();
  for (const view of views) {
    const named = new Set([...view.actors, ...view.places, view.outlet, ...(view.originalOutlet ? [view.originalOutlet] : [])]);
    for (const entity of named) {
      const list = articlesOf.get(entity);
      if (list) list.push(summaries.get(view.slug)!);
      else articlesOf.set(entity, [summaries.get(view.slug)!]);
    }
  }
  const coOccurrences = countCoOccurrences(views);
  const entityViews = (kind: EntityKind): EntityView[] =>
    catalog.refs(kind).map((ref) => {
      const facts = catalog.facts(kind, ref.name);
      const list = articlesOf.get(ref) ?? [];
      return {
        ...ref,
        type: facts?.type ?? "unlisted",
        listed: facts !== undefined,
        aliases: facts?.aliases ?? [],
        description: facts?.description,
        coordinates: facts?.coordinates,
        homepage: facts?.homepage && /^https?:\/\//i.test(facts.homepage) ? facts.homepage : undefined,
        articles: list,
        coActors: topCoOccurring(coOccurrences.get(ref), "actor"),
        coPlaces: topCoOccurring(coOccurrences.get(ref), "place"),
        // Appearances are dated ones: undated articles sit at the end of the list.
        first: [...list].reverse().find((item) => item.date !== undefined),
        last: list.find((item) => item.date !== undefined),
        feeds: kind === "outlet" ? undefined : { atom: `${ref.path}feed.xml`, json: `${ref.path}feed.json` },
      };
    });
  const actors = entityViews("actor");
  const places = entityViews("place");
  const outlets = entityViews("outlet");

  const entityPages: EntityPage[] = [];
  for (const entity of [...actors, ...places, ...outlets]) {
    for (const page of paginate(entity.articles, entity.path)) entityPages.push({ entity, pager: page.pager, articles: page.items });
  }

  // Year and month archives.
  const monthCounts = new Map<string, ArticleSummary[]>();
  const undated: ArticleSummary[] = [];
  for (const view of views) {
    if (view.month === undefined) {
      undated.push(summaries.get(view.slug)!);
      continue;
    }
    const list = monthCounts.get(view.month);
    if (list) list.push(summaries.get(view.slug)!);
    else monthCounts.set(view.month, [summaries.get(view.slug)!]);
  }
  const monthKeys = [...monthCounts.keys()].sort();
  const months: MonthArchive[] = monthKeys.map((key) => ({
    key,
    year: key.slice(0, 4),
    label: monthLabel(key),
    path: `/archive/${key.slice(0, 4)}/${key.slice(5, 7)}/`,
    count: monthCounts.get(key)!.length,
  }));
  const monthPages: MonthPage[] = months.flatMap((month) =>
    paginate(monthCounts.get(month.key)!, month.path).map((page) => ({ month, pager: page.pager, articles: page.items })),
  );
  const undatedPages: UndatedPage[] = undated.length === 0 ? [] : paginate(undated, UNDATED_PATH).map((page) => ({ pager: page.pager, count: undated.length, articles: page.items }));
  const years: YearArchive[] = [...new Set(months.map((month) => month.year))].sort().reverse().map((year) => {
    const inYear = months.filter((month) => month.year === year);
    return { year, path: `/archive/${year}/`, count: inYear.reduce((sum, month) => sum + month.count, 0), months: inYear };
  });
  const timeline: Archive["timeline"] = [];
  if (monthKeys.length > 0) {
    let [year, month] = monthKeys[0]!.split("-").map(Number) as [number, number];
    const last = monthKeys[monthKeys.length - 1]!;
    for (;;) {
      const key = `${year}-${String(month).padStart(2, "0")}`;
      const found = months.find((candidate) => candidate.key === key);
      timeline.push({ key, label: monthLabel(key), count: found?.count ?? 0, path: found?.path });
      if (key >= last) break;
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }

  // Feeds are ordered by publication date, which an undated article does not have: it is left out.
  const isDated = (view: ArticleView): view is DatedArticleView => view.date !== undefined;
  const feeds: FeedSpec[] = [
    { atom: "/feed.xml", json: "/feed.json", title: input.config.title, pagePath: "/", articles: views.filter(isDated).slice(0, FEED_SIZE), fullContent: true },
  ];
  for (const entity of [...actors, ...places]) {
    if (!entity.feeds) continue;
    feeds.push({
      atom: entity.feeds.atom,
      json: entity.feeds.json,
      title: `${entity.name} — ${input.config.title}`,
      pagePath: entity.path,
      articles: entity.articles.map((item) => bySlug.get(item.slug)!).filter(isDated).slice(0, ENTITY_FEED_SIZE),
      fullContent: false,
    });
  }

  const entityIndexes = [buildIndex("actor", actors), buildIndex("place", places), buildIndex("outlet", outlets)];
  const entityIndexPages = entityIndexes.flatMap(paginateIndex);
  const pagePaths = [
    "/", "/search/", "/archive/",
    ...views.map((view) => view.path),
    ...entityPages.map((page) => page.pager.path),
    ...entityIndexPages.map((page) => page.pager.path),
    ...years.map((year) => year.path),
    ...monthPages.map((page) => page.pager.path),
    ...undatedPages.map((page) => page.pager.path),
  ].sort();

  // Retired addresses lead to the article their captures are part of now.
  const published = accepted.map((article) => ({ slug: article.slug, captures: article.frontMatter.sources.map(captureName) }));
  const redirects = retiredAddresses(input.addresses ?? EMPTY_LEDGER, published).map(({ from, to }) => ({ path: `/articles/${from}/`, to: summaries.get(to)! }));

  const archive: Archive = {
    config: input.config,
    articles: views,
    latest: views.slice(0, LATEST_COUNT),
    entityPages,
    entityIndexes,
    entityIndexPages,
    actors,
    places,
    outlets,
    years,
    monthPages,
    undatedPages,
    timeline,
    feeds,
    sources: [...sources.values()].sort((a, b) => (a.path < b.path ? -1 : 1)),
    searchBundles: input.searchShards
      ? planShards(years.map((year) => ({ year: year.year, articles: year.count, months: Object.fromEntries(year.months.map((month) => [month.key, month.count])) })), shardPlanOptions(views.length))
      : [],
    pagePaths,
    redirects,
  };
  return { archive: deepFreeze(archive), messages };
}
