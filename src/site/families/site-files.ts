// The site files family: /sitemap.xml (every page the other families list in it), /robots.txt,
// /_headers and /404.html. It reads the other families' declarations, so it comes last.
import { declarePage, type PageFamily } from "./page-family.ts";
import { SITE_PAGES_READ } from "./read-keys.ts";

export const SITEMAP_PATH = "/sitemap.xml";
/** The build report, written after the search index by src/publish/write-report.ts (not a page of the archive). */
export const REPORT_PATH = "/report/";
export const ROBOTS_PATH = "/robots.txt";
export const HEADERS_PATH = "/_headers";
export const NOT_FOUND_PATH = "/404.html";

export const siteFiles: PageFamily = {
  name: "site files",
  build(draft) {
    const pagePaths = draft.pages.filter((page) => page.inSitemap).map((page) => page.path).sort();
    return {
      parts: { pagePaths },
      pages: [
        declarePage(SITEMAP_PATH, "sitemap", () => [SITE_PAGES_READ], false),
        declarePage(ROBOTS_PATH, "robots", () => [], false),
        declarePage(HEADERS_PATH, "headers", () => [], false),
        declarePage(NOT_FOUND_PATH, "404", () => [], false),
      ],
    };
  },
};
