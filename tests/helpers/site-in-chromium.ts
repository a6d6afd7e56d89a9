// The setup the browser tests share: a site built for the test, served on 127.0.0.1, and a
// Chromium to open it; `close` ends all three and removes the build. A second site in the same
// file is `servedSite` alone, opened in the first site's browser (one Chromium per file).
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface ServedSite<B extends { dir: string; site: string }> {
  build: B;
  server: StaticServer;
  close(): Promise<void>;
}

export interface SiteInChromium<B extends { dir: string; site: string }> extends ServedSite<B> {
  browser: Browser;
}

/** A site built for the test and served on 127.0.0.1; `close` stops the server and removes the build. */
export async function servedSite<B extends { dir: string; site: string }>(buildSite: () => Promise<B>): Promise<ServedSite<B>> {
  const build = await buildSite();
  const server = await serveStatic(build.site);
  return {
    build,
    server,
    async close() {
      await server.close();
      fs.rmSync(build.dir, { recursive: true, force: true });
    },
  };
}

export async function siteInChromium<B extends { dir: string; site: string }>(buildSite: () => Promise<B>): Promise<SiteInChromium<B>> {
  const served = await servedSite(buildSite);
  // A browser that fails to start must not leave the server holding the test run open.
  const browser = await launchChromium().catch(async (error: unknown) => {
    await served.close();
    throw error;
  });
  return {
    ...served,
    browser,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
