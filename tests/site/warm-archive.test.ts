// npm start's next build keeps the article and entity views of the build before and reuses those
// whose inputs are the same objects (src/site/families/article-pages.ts, entity-pages.ts): after
// any change, its archive, messages, data hashes and page declarations are a fresh build's.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Archive } from "../../src/site/archive-types.ts";
import type { BuildArchiveInput } from "../../src/site/build-archive-input.ts";
import { buildArchive } from "../../src/site/build-archive.ts";
import type { PageDeclaration } from "../../src/site/families/page-family.ts";
import { readDataHashes } from "../../src/site/read-data.ts";
import { unitArticles, unitChanges, unitInput } from "./families/unit-site.ts";

const base = unitArticles();
const warm = (input: BuildArchiveInput) => buildArchive({ ...input, keepWarm: true });
const declared = (pages: readonly PageDeclaration[]) => pages.map(({ path, template, reads, inSitemap }) => ({ path, template, reads: [...reads], inSitemap }));
const articleOf = (archive: Archive, slug: string) => archive.articles.find((view) => view.slug === slug)!;
const placeOf = (archive: Archive, name: string) => archive.places.find((view) => view.name === name)!;

function assertBuiltAfresh(rebuilt: ReturnType<typeof buildArchive>, input: BuildArchiveInput): void {
  const fresh = buildArchive(input);
  assert.deepEqual(rebuilt.archive, fresh.archive);
  assert.deepEqual(rebuilt.messages, fresh.messages);
  assert.deepEqual(readDataHashes(rebuilt.archive), readDataHashes(fresh.archive));
  assert.deepEqual(declared(rebuilt.pages), declared(fresh.pages));
}

describe("an archive built warm, after the build before", () => {
  // Each change, then back again (undoing the change before, as npm start's loop of add and remove does).
  for (const [change, input] of unitChanges(base)) {
    test(`equals a fresh build back from the change before, and after a change to ${change}`, () => {
      assertBuiltAfresh(warm(unitInput(base)), unitInput(base));
      assertBuiltAfresh(warm(input()), input());
    });
  }

  test("reuses the views a change leaves alone, and only those", () => {
    const [, retitled] = unitChanges(base)[0]!; // erbil-05's title
    const before = warm(unitInput(base)).archive;
    const after = warm(retitled()).archive;
    assert.equal(articleOf(after, "erbil-06"), articleOf(before, "erbil-06"));
    assert.notEqual(articleOf(after, "erbil-05"), articleOf(before, "erbil-05"));
    assert.equal(placeOf(after, "Tehran"), placeOf(before, "Tehran"));
    assert.notEqual(placeOf(after, "Erbil"), placeOf(before, "Erbil"));
  });
});
