// /robots.txt: everything may be crawled; the sitemap says what exists.
import type { Archive } from "../src/site/archive-types.ts";
import { absoluteUrl } from "../src/site/site-config.ts";

export const data = { permalink: "/robots.txt" };

export function render({ archive }: { archive: Archive }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(archive.config, "/sitemap.xml")}\n`;
}
