// The frame of every page: head (CSP, canonical URL, Open Graph, feeds, JSON-LD), skip link,
// header with the plain GET search form (not on the search page: it has its own box), main, footer. No inline script or style anywhere;
// JSON-LD is a data block, which CSP does not execute.
import { ENTITY_KINDS, kindPath, type EntityFolder } from "./entity-kinds.ts";
import { ARCHIVE_PATH } from "./families/date-archives.ts";
import { SITE_FEED } from "./families/feed-files.ts";
import { HOME_PATH } from "./families/home-page.ts";
import { SEARCH_PATH } from "./families/search-page.ts";
import { SITEMAP_PATH } from "./families/site-files.ts";
import { html, raw, type SafeHtml } from "./html.ts";
import { absoluteUrl, sitePath, type SiteConfig } from "./site-config.ts";

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

export interface PageOptions {
  config: SiteConfig;
  /** Site path of this page, e.g. "/actors/masoud-barzani/". */
  path: string;
  /** Site path the canonical link and og:url name, when not this page's (a redirect names its target). */
  canonicalPath?: string;
  title: string;
  description: string;
  body: SafeHtml;
  ogType?: "website" | "article" | "profile";
  /** Extra elements for <head> (stylesheets, feed links). */
  head?: SafeHtml;
  /** External scripts (site paths) loaded at the end of body. */
  scripts?: string[];
  jsonLd?: object;
  /** Current section, for aria-current in the navigation. */
  section?: "home" | EntityFolder | "archive" | "search";
  noIndex?: boolean;
}

/** JSON inside <script> must not be able to close the element. */
export function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

const NAV: { section: NonNullable<PageOptions["section"]>; path: string; label: string }[] = [
  { section: "home", path: HOME_PATH, label: "Latest" },
  ...ENTITY_KINDS.map(({ kind, folder, plural }) => ({ section: folder, path: kindPath(kind), label: plural })),
  { section: "archive", path: ARCHIVE_PATH, label: "Archive" },
  // On a phone the header's search form gives way to this link (the search page has the box).
  { section: "search", path: SEARCH_PATH, label: "Search" },
];

export function pageShell(options: PageOptions): string {
  const { config } = options;
  const u = (path: string) => sitePath(config, path);
  const canonical = absoluteUrl(config, options.canonicalPath ?? options.path);
  const fullTitle = options.path === HOME_PATH ? config.title : `${options.title} — ${config.title}`;
  const nav = NAV.map(
    (item) => html`<li${item.section === "search" ? raw(' class="nav__search"') : ""}><a href="${u(item.path)}"${item.section === options.section ? raw(' aria-current="page"') : ""}>${item.label}</a></li>`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
${options.noIndex ? raw('<meta name="robots" content="noindex">\n') : ""}<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${u("/assets/site.css")}">
<link rel="icon" href="${u("/assets/favicon.svg")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.title} (Atom)" href="${u(SITE_FEED.atom)}">
<link rel="alternate" type="application/feed+json" title="${config.title} (JSON Feed)" href="${u(SITE_FEED.json)}">
<meta property="og:site_name" content="${config.title}">
<meta property="og:type" content="${options.ogType ?? "website"}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<meta property="og:url" content="${canonical}">
${options.head ?? ""}${options.jsonLd ? raw(`<script type="application/ld+json">${jsonForScript(options.jsonLd)}</script>\n`) : ""}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="site-header__inner">
<a class="site-title" href="${u(HOME_PATH)}">${config.title}</a>
<nav aria-label="Sections"><ul class="nav">${nav}</ul></nav>
${options.section === "search" ? "" : html`<form class="site-search" action="${u(SEARCH_PATH)}" method="get" role="search">
<label for="site-search-q">Search the archive</label>
<input id="site-search-q" type="search" name="q" autocomplete="off">
<button type="submit">Search</button>
</form>`}
</div>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>Built from raw captures; every article links to the text it came from. <a href="${u(SITE_FEED.atom)}">Atom feed</a> · <a href="${u(SITE_FEED.json)}">JSON Feed</a> · <a href="${u(SITEMAP_PATH)}">Sitemap</a></p>
</footer>
${(options.scripts ?? []).map((script) => html`<script src="${u(script)}" defer></script>\n`)}</body>
</html>
`.value;
}
