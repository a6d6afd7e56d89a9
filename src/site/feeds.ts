// Atom and JSON Feed documents for the archive and for each actor and place. They list dated
// articles only (FeedSpec): an undated one has no date to publish it under.
import { DateTime } from "luxon";
import type { FeedSpec } from "./archive-types.ts";
import { escapeHtml } from "./html.ts";
import { absoluteUrl, type SiteConfig } from "./site-config.ts";

/** RFC 3339 with a time, as Atom requires; a bare date is midnight UTC. */
export function rfc3339(isoDate: string): string {
  const parsed = DateTime.fromISO(isoDate, { zone: "utc", setZone: true });
  return parsed.isValid ? parsed.toISO({ suppressMilliseconds: true })! : "1970-01-01T00:00:00Z";
}

const EPOCH = "1970-01-01T00:00:00Z";

export function atomFeed(config: SiteConfig, feed: FeedSpec): string {
  const x = escapeHtml;
  const updated = feed.articles[0] ? rfc3339(feed.articles[0].date) : EPOCH;
  const entries = feed.articles.map((article) => {
    const url = absoluteUrl(config, article.path);
    return `<entry>
<title>${x(article.title)}</title>
<link href="${x(url)}"/>
<id>${x(url)}</id>
<published>${rfc3339(article.date)}</published>
<updated>${rfc3339(article.date)}</updated>
<author><name>${x(article.author ?? article.outlet.name)}</name></author>
<summary>${x(article.standfirst)}</summary>
${feed.fullContent ? `<content type="html">${x(article.bodyHtml)}</content>\n` : ""}${article.actors.map((actor) => `<category term="${x(actor.name)}" label="actor"/>`).join("")}${article.places.map((place) => `<category term="${x(place.name)}" label="place"/>`).join("")}
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${x(feed.title)}</title>
<link href="${x(absoluteUrl(config, feed.atom))}" rel="self"/>
<link href="${x(absoluteUrl(config, feed.pagePath))}"/>
<id>${x(absoluteUrl(config, feed.pagePath))}</id>
<updated>${updated}</updated>
<author><name>${x(config.title)}</name></author>
${entries.join("\n")}
</feed>
`;
}

export function jsonFeed(config: SiteConfig, feed: FeedSpec): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: absoluteUrl(config, feed.pagePath),
    feed_url: absoluteUrl(config, feed.json),
    language: "en",
    items: feed.articles.map((article) => ({
      id: absoluteUrl(config, article.path),
      url: absoluteUrl(config, article.path),
      title: article.title,
      ...(feed.fullContent ? { content_html: article.bodyHtml } : { content_text: article.standfirst }),
      summary: article.standfirst,
      date_published: rfc3339(article.date),
      authors: [{ name: article.author ?? article.outlet.name }],
      tags: [...article.actors, ...article.places].map((entity) => entity.name),
    })),
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
