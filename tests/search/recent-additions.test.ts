// Which pages an incremental build puts in the recent search bundle, and when it compacts instead
// (src/search/recent-additions.ts); and reading a bundle's pages from its fragments.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { test } from "node:test";
import type { SearchBundle } from "../../src/search/index-site.ts";
import { planRecent, readIndexedPages, RECENT_MAX_PAGES, searchBaseOf } from "../../src/search/recent-additions.ts";

const bundle = (outputDir: string, files: string[]): SearchBundle => ({ outputDir, files, articleCount: files.length });
const page = (slug: string) => `articles/${slug}/index.html`;

const baseBundles = [bundle("pagefind", ["actors/a/index.html"]), bundle("pagefind-shards/2019", [page("old"), page("edited")]), bundle("pagefind-shards/2020", [page("removed"), page("moved")])];
const baseParts = { "actors/a/index.html": "a1", [page("old")]: "o1", [page("edited")]: "e1", [page("removed")]: "r1", [page("moved")]: "m1" };
const base = searchBaseOf(baseBundles, baseParts);
const folders = baseBundles.map((b) => b.outputDir);

test("new, changed and moved pages go to the recent bundle; the base copies of changed, moved and removed pages are superseded", () => {
  const bundles = [bundle("pagefind", ["actors/a/index.html"]), bundle("pagefind-shards/2019", [page("old"), page("edited"), page("moved")]), bundle("pagefind-shards/2020", [page("new")])];
  const parts = { ...baseParts, [page("edited")]: "e2", [page("new")]: "n1" };
  assert.deepEqual(planRecent(bundles, parts, base, folders), {
    files: [page("edited"), page("moved"), page("new")],
    superseded: [["pagefind-shards/2019", page("edited")], ["pagefind-shards/2020", page("moved")], ["pagefind-shards/2020", page("removed")]],
  });
});

test("nothing changed: an empty recent bundle, nothing superseded", () => {
  assert.deepEqual(planRecent(baseBundles, baseParts, base, folders), { files: [], superseded: [] });
});

test("shards cut differently, or too many changed pages: compact", () => {
  const recut = [...baseBundles, bundle("pagefind-shards/2021", [page("next-year")])];
  assert.match((planRecent(recut, { ...baseParts, [page("next-year")]: "x" }, base, folders) as { compact: string }).compact, /cut differently/);
  const many = Array.from({ length: RECENT_MAX_PAGES + 1 }, (_, i) => page(`new-${i}`));
  const grown = [baseBundles[0]!, baseBundles[1]!, bundle("pagefind-shards/2020", [page("removed"), page("moved"), ...many])];
  const parts = { ...baseParts, ...Object.fromEntries(many.map((file) => [file, "n"])) };
  assert.match((planRecent(grown, parts, base, folders) as { compact: string }).compact, new RegExp(`${RECENT_MAX_PAGES + 1} pages changed`));
});

test("a bundle's pages are read from its fragments: id, filters and date by page file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "recent-additions-"));
  try {
    fs.mkdirSync(path.join(dir, "fragment"));
    const fragment = (url: string, extra: object) => zlib.gzipSync(`pagefind_dcd${JSON.stringify({ url, content: "text", ...extra })}`);
    fs.writeFileSync(path.join(dir, "fragment", "en_1234567.pf_fragment"), fragment("/articles/one/", { filters: { year: ["2019"] }, meta: { date: "2019-05-01", title: "One" } }));
    fs.writeFileSync(path.join(dir, "fragment", "en_89abcde.pf_fragment"), fragment("/actors/a/", { filters: { type: ["actor"] }, meta: { title: "A" } }));
    assert.deepEqual(Object.fromEntries(readIndexedPages(dir)), {
      "articles/one/index.html": { id: "en_1234567", filters: { year: ["2019"] }, date: "2019-05-01" },
      "actors/a/index.html": { id: "en_89abcde", filters: { type: ["actor"] } },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
