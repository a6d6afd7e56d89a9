// Pages built from hostile captures, opened in Chromium: no dialog, no request to another
// origin, no console error (CSP violations are console errors), on every page of the site.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildHostileSite, type HostileBuild } from "../helpers/hostile-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";
import type { StaticServer } from "../helpers/static-server.ts";
import { htmlFiles } from "../helpers/tree-hash.ts";

let site: SiteInChromium<HostileBuild>;
let build: HostileBuild;
let server: StaticServer;
let browser: Browser;

before(async () => {
  site = await siteInChromium(buildHostileSite);
  ({ build, server, browser } = site);
});
after(() => site?.close());

describe("hostile captures in the browser", () => {
  test("no page opens a dialog, reaches another origin or logs an error", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = "";
    page.on("dialog", (dialog) => {
      problems.push(`${current} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${current} console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`${current} page error: ${error.message}`));
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) problems.push(`${current} request: ${request.url()}`);
    });
    const pages = htmlFiles(build.site).filter((file) => file !== "404.html");
    assert.ok(pages.length >= 20, `${pages.length} pages`);
    for (const file of pages) {
      current = file;
      await page.goto(`${server.url}/${file.replace(/index\.html$/, "")}`);
      await page.waitForLoadState("load");
      // Hover and focus every story link: an injected handler would fire now.
      for (const link of await page.locator(".story a").all()) await link.hover();
    }
    await page.goto(`${server.url}/search/?q=alert`);
    await page.waitForTimeout(1000);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
