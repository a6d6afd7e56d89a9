// The setup the browser tests share: a site built for the test, served on 127.0.0.1, and a
// Chromium to open it; `close` ends all three and removes the build.
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface SiteInChromium<B extends { dir: string; site: string }> {
  build: B;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function siteInChromium<B extends { dir: string; site: string }>(buildSite: () => Promise<B>): Promise<SiteInChromium<B>> {
  const build = await buildSite();
  const server = await serveStatic(build.site);
  // A browser that fails to start must not leave the server holding the test run open.
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    fs.rmSync(build.dir, { recursive: true, force: true });
    throw error;
  });
  return {
    build,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(build.dir, { recursive: true, force: true });
    },
  };
}
