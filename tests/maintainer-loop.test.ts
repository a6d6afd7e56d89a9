// The maintainer's loop, end to end in a scratch project: `npm run add` a capture, find it on its
// pages and in search; remove it and see everything it brought go; change a registry alias and
// see existing articles re-resolved.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import type { Browser } from "playwright-core";
import { buildSite, PROJECT_ROOT } from "../src/publish/build-site.ts";
import { siteConfigFrom } from "../src/site/site-config.ts";
import { slugify } from "../src/slug.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { waitForSearch } from "./helpers/search-site.ts";
import { serveStatic } from "./helpers/static-server.ts";

const SEEDS = path.join(PROJECT_ROOT, "tests/fixtures/seeds");
const NEW_CAPTURE = `Duhok officials open a new water plant

Officials in Duhok said on Sunday that the Zakho water plant, financed by the Kurdistan Regional Government, would serve 40,000 families from next month. Masrour Barzani attended the opening, which local engineers called a turning point for the Zakho district's chronic shortages.
`;

let dir: string;
let project: { sourcesDir: string; registryDir: string; articlesDir: string; outDir: string };
let browser: Browser;

function runAdd(file: string, ...flags: string[]): string {
  return execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/add.ts", file, ...flags, "--sources", project.sourcesDir, "--registry", project.registryDir, "--articles", project.articlesDir, "--out", project.outDir],
    { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, SITE_URL: "https://archive.example/" }, stdio: ["ignore", "pipe", "pipe"] },
  );
}

function articleFor(captureName: string): { slug: string; data: Record<string, unknown> } | undefined {
  for (const name of fs.readdirSync(project.articlesDir).filter((file) => file.endsWith(".md"))) {
    const { data } = matter(fs.readFileSync(path.join(project.articlesDir, name), "utf8"), {});
    if ([data.sources ?? []].flat().some((s: string) => path.basename(s) === captureName)) return { slug: name.replace(/\.md$/, ""), data };
  }
  return undefined;
}

const page = (urlPath: string) => path.join(project.outDir, urlPath, "index.html");
const read = (urlPath: string) => fs.readFileSync(page(urlPath), "utf8");

async function searchHits(query: string): Promise<string[]> {
  const server = await serveStatic(project.outDir);
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const state = `?${new URLSearchParams({ q: query })}`;
    await tab.goto(`${server.url}/search/${state}`);
    await waitForSearch(tab, state);
    return await tab.locator("#search-results a[href*='/articles/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  } finally {
    await context.close();
    await server.close();
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "maintainer-loop-"));
  project = {
    sourcesDir: path.join(dir, "content/sources"),
    registryDir: path.join(dir, "content/registry"),
    articlesDir: path.join(dir, "content/articles"),
    outDir: path.join(dir, "_site"),
  };
  fs.mkdirSync(project.sourcesDir, { recursive: true });
  for (const name of fs.readdirSync(SEEDS).filter((n) => n.endsWith(".txt"))) fs.copyFileSync(path.join(SEEDS, name), path.join(project.sourcesDir, name));
  fs.cpSync(path.join(PROJECT_ROOT, "content/registry"), project.registryDir, { recursive: true });
  const first = await buildSite({ ...project, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }) });
  assert.equal(first.written, true);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the maintainer's loop", () => {
  let captureName = "";
  let slug = "";

  test("npm run add copies the capture under a safe name, rebuilds, and prints what it extracted", () => {
    const incoming = path.join(dir, "incoming story (copy).txt");
    fs.writeFileSync(incoming, NEW_CAPTURE);
    const output = runAdd(incoming, "--outlet", "Rudaw", "--url", "https://www.rudaw.net/english/duhok-water");
    const added = fs.readdirSync(project.sourcesDir).find((name) => name.startsWith("incoming-story-copy-"));
    assert.ok(added, "the capture is in the sources folder under a slugged name");
    captureName = added;
    const article = articleFor(captureName);
    assert.ok(article, "an article lists the new capture");
    slug = article.slug;
    assert.equal(article.data.outlet, "Rudaw");
    assert.equal(article.data.url, "https://www.rudaw.net/english/duhok-water");
    assert.ok((article.data.places as string[]).includes("Duhok"));
    assert.match(output, /title\s+Duhok officials open a new water plant/);
    assert.match(output, /outlet\s+Rudaw/);
    assert.match(output, /places\s+.*Duhok/);
    assert.match(output, /site rebuilt/);
  });

  test("the new article has its page and appears on its actor, place and outlet pages and in search", async () => {
    assert.match(read(`articles/${slug}`), /Duhok officials open a new water plant/);
    for (const entityPage of ["places/duhok", "places/zakho", "outlets/rudaw", `actors/${slugify("Masrour Barzani")}`]) {
      assert.match(read(entityPage), new RegExp(`/articles/${slug}/`), entityPage);
    }
    const hits = await searchHits("water plant");
    assert.ok(hits.some((href) => href.includes(`/articles/${slug}/`)), `search finds it: ${hits.join(", ")}`);
  });

  test("removing the capture removes its article, the pages only it made, and its search hit", async () => {
    fs.rmSync(path.join(project.sourcesDir, captureName));
    const result = await buildSite({ ...project, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }) });
    assert.equal(result.written, true);
    assert.equal(articleFor(captureName), undefined);
    assert.equal(fs.existsSync(page(`articles/${slug}`)), false);
    assert.equal(fs.existsSync(page("places/zakho")), false, "a place named by no article has no page");
    assert.equal(fs.existsSync(page("outlets/rudaw")), false);
    assert.doesNotMatch(read("places"), /Zakho/);
    const hits = await searchHits("water plant");
    assert.ok(!hits.some((href) => href.includes(`/articles/${slug}/`)), `search no longer finds it: ${hits.join(", ")}`);
  });

  test("a new alias in the registry re-resolves existing articles on rebuild", async () => {
    const spelled = path.join(project.sourcesDir, "alias-story.txt");
    fs.writeFileSync(spelled, "Qandil villagers return home\n\nVillagers returned to the Qandeel Mountains on Monday after shelling stopped, local officials said, adding that 300 families had come back.\n");
    await buildSite({ ...project, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }) });
    const before = articleFor("alias-story.txt");
    assert.ok(before);
    assert.ok(!(before.data.places as string[]).includes("Zagros Test Range"));
    fs.appendFileSync(path.join(project.registryDir, "places.yaml"), '\n- { name: Zagros Test Range, kind: mountain range, aliases: ["Qandeel Mountains"], coordinates: [36.5, 44.9] }\n');
    await buildSite({ ...project, config: siteConfigFrom({ SITE_URL: "https://archive.example/" }) });
    const after = articleFor("alias-story.txt");
    assert.ok(after);
    assert.ok((after.data.places as string[]).includes("Zagros Test Range"), `places: ${String(after.data.places)}`);
    assert.match(read(`places/${slugify("Zagros Test Range")}`), /Qandil villagers return home/);
  });
});
