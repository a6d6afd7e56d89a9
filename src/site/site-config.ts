// Where the site will live. One setting, SITE_URL, gives both the absolute base (canonical URLs,
// feeds, sitemap) and the path prefix that every internal link carries, so a build for
// https://example.org/archive/ works under /archive/.
export interface SiteConfig {
  /** Absolute base URL, always ending in "/". */
  siteUrl: string;
  /** Path prefix of every internal link, "/" or "/sub/path/". */
  pathPrefix: string;
  title: string;
  description: string;
}

export const DEFAULT_SITE_URL = "http://localhost:8080/";

export function siteConfigFrom(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const siteUrl = new URL(env.SITE_URL || DEFAULT_SITE_URL);
  if (!siteUrl.pathname.endsWith("/")) siteUrl.pathname += "/";
  return {
    siteUrl: siteUrl.href,
    pathPrefix: siteUrl.pathname,
    title: env.SITE_TITLE || "News Archive",
    description: "An archive of news captures about Iraqi Kurdistan: who said what, where, reported by whom.",
  };
}

/**
 * One line for a build made without SITE_URL: its canonical links, feeds and sitemap point at
 * the local preview address, fine for `npm start`, wrong for a deployed site. Undefined when set.
 */
export function missingSiteUrlNote(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_URL) return undefined;
  return `note: SITE_URL is not set, so canonical links, feeds and the sitemap point at ${DEFAULT_SITE_URL}; to deploy, build with SITE_URL=https://your.host/path/ (and SITE_TITLE="Your title")`;
}

/** The link for a site path ("/actors/x/") under the configured prefix. */
export function sitePath(config: SiteConfig, path: string): string {
  return config.pathPrefix + path.replace(/^\//, "");
}

export function absoluteUrl(config: SiteConfig, path: string): string {
  return new URL(path.replace(/^\//, ""), config.siteUrl).href;
}
