// JSON Feeds: /feed.json and /actors|places/<slug>/feed.json.
import type { Archive, FeedSpec } from "../src/site/archive-types.ts";
import { jsonFeed } from "../src/site/feeds.ts";

interface Data {
  archive: Archive;
  feed: FeedSpec;
}

export const data = {
  pagination: { data: "archive.feeds", size: 1, alias: "feed" },
  permalink: (data: Data) => data.feed.json,
};

export function render({ archive, feed }: Data): string {
  return jsonFeed(archive.config, feed);
}
