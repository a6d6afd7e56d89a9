// Pages of a list: page 1 at the list's path, page n under page/n/, and no short page left at the end when asked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { paginate } from "../../src/site/paginate.ts";

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

test("splits a list into pages of the given size, linking each to the next", () => {
  const pages = paginate(items(25), "/actors/", 10);
  assert.deepEqual(pages.map((page) => [page.pager.path, page.items.length, page.pager.previous, page.pager.next]), [
    ["/actors/", 10, undefined, "/actors/page/2/"],
    ["/actors/page/2/", 10, "/actors/", "/actors/page/3/"],
    ["/actors/page/3/", 5, "/actors/page/2/", undefined],
  ]);
});

test("a last page shorter than `fewest` joins the page before it", () => {
  assert.deepEqual(paginate(items(21), "/actors/", 10, 3).map((page) => page.items.length), [10, 11]);
  assert.deepEqual(paginate(items(23), "/actors/", 10, 3).map((page) => page.items.length), [10, 10, 3]);
  assert.deepEqual(paginate(items(11), "/actors/", 10, 3).map((page) => [page.items.length, page.pager.pageCount]), [[11, 1]]);
});
