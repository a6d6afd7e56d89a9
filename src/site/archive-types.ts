// The plain data every page is rendered from, computed once per build and frozen.
import type { ArticleFrontMatter } from "../article-schema.ts";
import type { SiteConfig } from "./site-config.ts";
import type { SearchShard } from "../search/shard-plan.ts";

import type { EntityKind } from "./entity-kinds.ts";
import type { Mention } from "./entity-mentions.ts";

export type { EntityKind };

export interface EntityRef {
  kind: EntityKind;
  name: string;
  slug: string;
  /** Site path, without the path prefix: "/actors/masoud-barzani/". */
  path: string;
  /** The outlet of an article the normalizer found no outlet for ("Unknown outlet"): no page, no index entry. */
  unidentified?: true;
}

export interface ArticleSummary {
  slug: string;
  path: string;
  title: string;
  /** ISO 8601 as in the front matter; absent for an undated article. */
  date?: string;
  /** "2 December 2017", or "Undated". */
  dateText: string;
  /** An undated article's capture time (ISO): orders it among the undated, shown as "captured …". */
  captured?: string;
  capturedText?: string;
  outlet: EntityRef;
  /** The story's opening in plain text (also the page's description), shown under its headline in lists. */
  standfirst: string;
}

export interface SourceLink {
  name: string;
  path?: string;
  /** What the link serves: the capture as received, or the text read from a saved page (never its HTML). */
  kind: "raw capture" | "text read from the saved page";
}

export interface ArticleView extends ArticleSummary {
  /** "2017" and "2017-10"; absent for an undated article. */
  year?: string;
  month?: string;
  titleDerived: boolean;
  originalOutlet?: EntityRef;
  author?: string;
  originalUrl?: string;
  actors: EntityRef[];
  places: EntityRef[];
  sources: SourceLink[];
  bodyHtml: string;
  /** The actors and places the story names, with every name they are written under (first mentions are linked). */
  mentions: Mention[];
  /** The capture stops in the middle of a sentence (its last paragraph has no closing punctuation). */
  endsMidSentence: boolean;
  related: ArticleSummary[];
  provenance?: ArticleFrontMatter["provenance"];
}

export type DatedArticleView = ArticleView & { date: string };

export interface CoOccurrence {
  entity: EntityRef;
  count: number;
}

/** One month of a timeline chart; `path` is its month page when it has articles. */
export interface TimelineMonth {
  key: string;
  label: string;
  count: number;
  path?: string;
}

export interface EntityView extends EntityRef {
  /** Registry kind: person, organization, city, state media… or "unlisted" when not in a registry. */
  type: string;
  listed: boolean;
  aliases: string[];
  description?: string;
  coordinates?: [number, number];
  homepage?: string;
  articles: ArticleSummary[];
  coActors: CoOccurrence[];
  coPlaces: CoOccurrence[];
  first?: ArticleSummary;
  last?: ArticleSummary;
  /** Its articles per month, from its first dated article to its last, empty months included. */
  timeline: TimelineMonth[];
  /** Feed paths (actors and places only). */
  feeds?: { atom: string; json: string };
}

export interface Pager {
  pageNumber: number;
  pageCount: number;
  path: string;
  previous?: string;
  next?: string;
}

export interface EntityPage {
  entity: EntityView;
  pager: Pager;
  articles: ArticleSummary[];
  /** For each listed article (by slug), the sentence of its story naming the entity, when one does. */
  sentences: Record<string, string>;
}

export interface IndexGroup {
  letter: string;
  entities: { ref: EntityRef; count: number }[];
}

/** The A–Z index of one entity kind (actors, places or outlets): its letters and entities. */
export interface EntityAtoZ {
  kind: EntityKind;
  path: string;
  title: string;
  groups: IndexGroup[];
  total: number;
}

/** One page of an A–Z index (long indexes paginate; the letter links jump across pages). */
export interface EntityIndexPage {
  index: EntityAtoZ;
  pager: Pager;
  groups: IndexGroup[];
  letters: { letter: string; id: string; href: string }[];
}

/** A neighbouring month or year with articles, for "previous" and "next" links. */
export interface DateNeighbour {
  label: string;
  path: string;
}

export interface MonthArchive {
  key: string;
  year: string;
  label: string;
  path: string;
  count: number;
  /** The months with articles before and after this one. */
  previous?: DateNeighbour;
  next?: DateNeighbour;
}

export interface MonthPage {
  month: MonthArchive;
  pager: Pager;
  articles: ArticleSummary[];
}

/** One page of the undated articles (/archive/undated/): no date evidence, ordered by capture time. */
export interface UndatedPage {
  pager: Pager;
  count: number;
  articles: ArticleSummary[];
}

export interface YearArchive {
  year: string;
  path: string;
  count: number;
  months: MonthArchive[];
  /** The years with articles before and after this one. */
  previous?: DateNeighbour;
  next?: DateNeighbour;
}

/** A year's page: the year and its articles, newest first. */
export interface YearPage {
  year: YearArchive;
  articles: ArticleSummary[];
}

export interface FeedSpec {
  /** Site path of the Atom file; the JSON Feed sits next to it. */
  atom: string;
  json: string;
  title: string;
  /** The HTML page the feed follows. */
  pagePath: string;
  /** Dated articles only, newest first: an undated article has no date a feed could give it. */
  articles: DatedArticleView[];
  /** Whole stories (the archive feed) or summaries only (per actor/place: hundreds of feeds). */
  fullContent: boolean;
}

export interface PublishedSource {
  /** Absolute path of the capture on disk. */
  from: string;
  /** Site path it is published under: "/sources/<name>". */
  path: string;
}

/** A retired article address (see src/normalize/address-ledger.ts) and the article it now leads to. */
export interface ArticleRedirect {
  /** Site path of the retired address: "/articles/<old slug>/". */
  path: string;
  to: ArticleSummary;
}

export interface Archive {
  config: SiteConfig;
  articles: ArticleView[];
  latest: ArticleView[];
  entityPages: EntityPage[];
  entityIndexes: EntityAtoZ[];
  entityIndexPages: EntityIndexPage[];
  actors: EntityView[];
  places: EntityView[];
  outlets: EntityView[];
  years: YearArchive[];
  yearPages: YearPage[];
  monthPages: MonthPage[];
  /** Pages of the undated articles; empty when every article is dated. */
  undatedPages: UndatedPage[];
  /** Every month from the first to the last article, empty ones included (home timeline). */
  timeline: TimelineMonth[];
  feeds: FeedSpec[];
  sources: PublishedSource[];
  /** Extra Pagefind bundles (shards cut by year), newest first, that the search page merges; empty for one index. */
  searchBundles: SearchShard[];
  /** Every HTML page's site path, sorted (sitemap); redirects are not among them. */
  pagePaths: string[];
  /** Retired article addresses, sorted by path: each a small page sending readers on. */
  redirects: ArticleRedirect[];
}
