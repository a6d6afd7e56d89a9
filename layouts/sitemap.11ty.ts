// /sitemap.xml, /robots.txt and /_headers (the CSP for hosts that read a headers file).
import type { Archive } from "../src/site/archive-types.ts";
import { permalinkOf } from "../src/site/families/page-family.ts";
import { SITEMAP_PATH } from "../src/site/families/site-files.ts";
import { escapeHtml } from "../src/site/html.ts";
import { absoluteUrl } from "../src/site/site-config.ts";

export const data = { permalink: permalinkOf(SITEMAP_PATH) };

export function render({ archive }: { archive: Archive }): string {
  const urls = archive.pagePaths.map((path) => `<url><loc>${escapeHtml(absoluteUrl(archive.config, path))}</loc></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}
