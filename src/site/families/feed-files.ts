// The feed family: the site's Atom and JSON feeds (/feed.xml, /feed.json: the latest stories in
// full) and one pair per entity of the kinds that have feeds, actors and places (summaries only:
// there are hundreds). Feeds are ordered
// by publication date, which an undated article does not have: it is left out.
import type { ArticleView, DatedArticleView, EntityView, FeedSpec } from "../archive-types.ts";
import { ENTITY_KINDS } from "../entity-kinds.ts";
import { built, declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { articleViewReads, entityArticlesRead, entityRead, LATEST_READ } from "./read-keys.ts";
import { HOME_PATH } from "./home-page.ts";

/** The site's own feeds, linked from every page. */
export const SITE_FEED = { atom: "/feed.xml", json: "/feed.json" } as const;
const FEED_SIZE = 50;
const ENTITY_FEED_SIZE = 20;

const isDated = (view: ArticleView): view is DatedArticleView => view.date !== undefined;

function entityFeed(entity: EntityView, feeds: NonNullable<EntityView["feeds"]>, siteTitle: string, bySlug: ReadonlyMap<string, ArticleView>): FeedSpec {
  return {
    atom: feeds.atom,
    json: feeds.json,
    title: `${entity.name} — ${siteTitle}`,
    pagePath: entity.path,
    articles: entity.articles.map((item) => bySlug.get(item.slug)!).filter(isDated).slice(0, ENTITY_FEED_SIZE),
    fullContent: false,
  };
}

/** Both files of a feed show the same data. */
function feedDeclarations(feed: FeedSpec, ownReads: string[]): PageDeclaration[] {
  const reads = () => [...ownReads, ...feed.articles.flatMap(articleViewReads)];
  return [declarePage(feed.atom, "feed-atom", reads, false), declarePage(feed.json, "feed-json", reads, false)];
}

export const feedFiles: PageFamily = {
  name: "feeds",
  build(draft) {
    const views = built(draft, "articles");
    const { title } = draft.input.config;
    const siteFeed: FeedSpec = { ...SITE_FEED, title, pagePath: HOME_PATH, articles: views.filter(isDated).slice(0, FEED_SIZE), fullContent: true };
    const pages = feedDeclarations(siteFeed, [LATEST_READ]);
    const feeds = [siteFeed];
    const bySlug = new Map(views.map((view) => [view.slug, view]));
    for (const entity of ENTITY_KINDS.filter((info) => info.feeds).flatMap(({ field }) => built(draft, field))) {
      if (!entity.feeds) continue;
      const feed = entityFeed(entity, entity.feeds, title, bySlug);
      feeds.push(feed);
      pages.push(...feedDeclarations(feed, [entityRead(entity), entityArticlesRead(entity)]));
    }
    return { parts: { feeds }, pages };
  },
};
