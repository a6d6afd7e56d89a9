// The page families' declarations (src/site/families/) are complete and true: every page the
// templates render is declared once, with its template, and a page reads every datum it shows —
// checked on the links each page holds, and by changing an input and seeing that every page whose
// bytes changed reads a key whose data changed, and every other page reads the keys it read before.
// Issue 16's incremental rebuild relies on this.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { loadTemplates, outputFile } from "../../src/publish/render-pages.ts";
import type { Archive, ArticleSummary } from "../../src/site/archive-types.ts";
import type { BuildArchiveInput } from "../../src/site/build-archive-input.ts";
import { buildArchive } from "../../src/site/build-archive.ts";
import { ENTITY_KINDS } from "../../src/site/entity-kinds.ts";
import { permalinkOf, type PageDeclaration } from "../../src/site/families/page-family.ts";
import { articleRead, READ_KEYS, SITE_PAGES_READ } from "../../src/site/families/read-keys.ts";
import { readDataHashes } from "../../src/site/read-data.ts";
import { loadArticles } from "../../src/site/load-articles.ts";
import { FIXTURE_DIR } from "../helpers/fixture-site.ts";
import { config, registries, sourcesDir, unitArticles, unitChanges, unitInput } from "./families/unit-site.ts";

const LAYOUTS = path.join(FIXTURE_DIR, "../../../layouts");

interface Built {
  archive: Archive;
  /** Declarations by output file. */
  declared: Map<string, PageDeclaration>;
  /** Rendered pages by output file. */
  rendered: Map<string, { template: string; content: string }>;
}

async function build(input: BuildArchiveInput): Promise<Built> {
  const { archive, pages } = buildArchive(input);
  const declared = new Map<string, PageDeclaration>();
  for (const page of pages) {
    const file = outputFile(permalinkOf(page.path), page.template);
    assert.ok(!declared.has(file), `${page.path} is declared twice`);
    declared.set(file, page);
  }
  const rendered = new Map<string, { template: string; content: string }>();
  for (const template of await loadTemplates(LAYOUTS, archive)) {
    for (const page of template.pages) rendered.set(page.file, { template: template.name.replace(/\.11ty\.ts$/, ""), content: page.render() });
  }
  return { archive, declared, rendered };
}

const fixtureInput = (): BuildArchiveInput => ({ articles: loadArticles(path.join(FIXTURE_DIR, "articles")).articles, registries, sourcesDir, config });
const SITES: [string, () => BuildArchiveInput][] = [
  ["the fixture site", fixtureInput],
  ["the unit site", () => unitInput()],
  ["the unit site, its search index in shards", () => unitInput(unitArticles(), { searchShards: true })],
];

const FOLDER_KIND = new Map<string, string>(ENTITY_KINDS.map(({ folder, kind }) => [folder, kind]));
/** A read key's shape from the vocabulary: "entity:<kind>:<slug>" → /^entity:[^:]+:[^:]+$/. */
const KEY_SHAPES = READ_KEYS.map(({ key }) => new RegExp(`^${key.split(/<[^>]+>/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^:]+")}$`));

for (const [name, input] of SITES) {
  describe(`the page declarations of ${name}`, async () => {
    const built = await build(input());

    test("name every page the templates render, once, with its template, and no other", () => {
      assert.deepEqual([...built.declared.keys()].sort(), [...built.rendered.keys()].sort());
      for (const [file, page] of built.rendered) assert.equal(built.declared.get(file)!.template, page.template, file);
    });

    test("use only the read keys of the vocabulary", () => {
      for (const page of built.declared.values()) {
        for (const key of page.reads) assert.ok(KEY_SHAPES.some((shape) => shape.test(key)), `${page.path} reads "${key}"`);
      }
    });

    test("list in the sitemap exactly the pages declared for it", () => {
      assert.deepEqual(built.archive.pagePaths, [...built.declared.values()].filter((page) => page.inSitemap).map((page) => page.path).sort());
    });

    test("read every article and entity a page links to", () => {
      for (const [file, { content }] of built.rendered) {
        const page = built.declared.get(file)!;
        const reads = new Set(page.reads);
        // The sitemap reads which pages exist, not what they show.
        if (reads.has(SITE_PAGES_READ)) continue;
        for (const [, slug] of content.matchAll(/\/articles\/([a-z0-9-]+)\//g)) {
          if (`/articles/${slug}/` !== page.path) assert.ok(reads.has(articleRead(slug!)), `${page.path} links to article ${slug} without reading it`);
        }
        for (const [, folder, slug] of content.matchAll(/\/(actors|places|outlets)\/([a-z0-9-]+)\//g)) {
          if (slug === "page") continue;
          assert.ok(reads.has(`entity:${FOLDER_KIND.get(folder!)}:${slug}`), `${page.path} links to ${folder}/${slug} without reading it`);
        }
      }
    });

    test("read every article listed on an entity, month or undated page and in a feed", () => {
      const readsOf = (sitePath: string) => new Set([...built.declared.values()].find((page) => page.path === sitePath)!.reads);
      const lists: [string, readonly ArticleSummary[]][] = [
        ...built.archive.entityPages.map((page): [string, ArticleSummary[]] => [page.pager.path, page.articles]),
        ...built.archive.monthPages.map((page): [string, ArticleSummary[]] => [page.pager.path, page.articles]),
        ...built.archive.undatedPages.map((page): [string, ArticleSummary[]] => [page.pager.path, page.articles]),
        ...built.archive.feeds.flatMap((feed): [string, ArticleSummary[]][] => [[feed.atom, feed.articles], [feed.json, feed.articles]]),
      ];
      assert.ok(lists.length > 0);
      for (const [sitePath, articles] of lists) {
        const reads = readsOf(sitePath);
        for (const listed of articles) assert.ok(reads.has(articleRead(listed.slug)), `${sitePath} lists ${listed.slug}`);
      }
    });
  });
}

const CHANGES = unitChanges();

describe("the page declarations are true", async () => {
  const before = await build(unitInput());
  const beforeData = readDataHashes(before.archive);
  for (const [change, input] of CHANGES) {
    test(`after a change to ${change}, every page that changed reads a datum that changed, and every other page the same keys`, async () => {
      const after = await build(input());
      const afterData = readDataHashes(after.archive);
      const changedKeys = new Set([...beforeData.keys(), ...afterData.keys()].filter((key) => beforeData.get(key) !== afterData.get(key)));
      assert.ok(changedKeys.size > 0);
      const changedFiles = [...new Set([...before.rendered.keys(), ...after.rendered.keys()])].filter((file) => before.rendered.get(file)?.content !== after.rendered.get(file)?.content);
      assert.ok(changedFiles.length > 0);
      for (const file of changedFiles) {
        const page = after.declared.get(file) ?? before.declared.get(file)!;
        assert.ok(page.reads.some((key) => changedKeys.has(key)), `${page.path} changed, but none of its reads did (changed: ${[...changedKeys].join(", ")})`);
      }
      // npm start's next build keeps such a page's reads without listing them (src/publish/page-inputs.ts).
      for (const [file, page] of before.declared) {
        const now = after.declared.get(file);
        if (now && !page.reads.some((key) => changedKeys.has(key))) assert.deepEqual(now.reads, page.reads, `${page.path}: none of its reads changed, yet it reads other keys now`);
      }
    });
  }
});
