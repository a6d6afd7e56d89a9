// Atom feeds: /feed.xml and /actors|places/<slug>/feed.xml.
import type { Archive, FeedSpec } from "../src/site/archive-types.ts";
import { atomFeed } from "../src/site/feeds.ts";

interface Data {
  archive: Archive;
  feed: FeedSpec;
}

export const data = {
  pagination: { data: "archive.feeds", size: 1, alias: "feed" },
  permalink: (data: Data) => data.feed.atom,
};

export function render({ archive, feed }: Data): string {
  return atomFeed(archive.config, feed);
}
