// /robots.txt: everything may be crawled; the sitemap says what exists.
import type { Archive } from "../src/site/archive-types.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { ROBOTS_PATH, SITEMAP_PATH } from "../src/site/families/site-files.ts";
import { absoluteUrl } from "../src/site/site-config.ts";

export const data = { permalink: permalinkOf(ROBOTS_PATH) };

export function render({ archive }: { archive: Archive }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(archive.config, SITEMAP_PATH)}\n`;
}
