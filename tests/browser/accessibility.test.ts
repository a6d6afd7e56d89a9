// Zero axe violations (WCAG 2.1 A/AA) on one page of each type, in Chromium, light and dark.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium.ts";
import type { StaticServer } from "../helpers/static-server.ts";

const PAGES = {
  home: "/",
  article: "/articles/erbil-rejects-baghdad-demand-to-cancel-referendum/",
  actor: "/actors/masoud-barzani/",
  place: "/places/kirkuk/",
  outlet: "/outlets/shafaq-news/",
  "actor index": "/actors/",
  "month archive": "/archive/2017/10/",
  "year archive": "/archive/2017/",
  archive: "/archive/",
  "search with results": "/search/?q=Erbil",
  report: "/report/",
  "not found": "/404.html",
};

let site: SiteInChromium<FixtureBuild>;
let server: StaticServer;
let browser: Browser;

before(async () => {
  site = await siteInChromium(buildFixtureSite);
  ({ server, browser } = site);
});
after(() => site?.close());

for (const colorScheme of ["light", "dark"] as const) {
  describe(`axe, ${colorScheme} mode`, () => {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} page (${path}) has no violations`, async () => {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        if (path.startsWith("/search/")) await page.waitForSelector(`#search a[href*="/articles/"]`);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(summary, []);
        assert.ok(results.passes.length > 10, "axe actually ran its checks");
        await context.close();
      });
    }
  });
}
