// Splits a list into pages of at most `size`: page 1 lives at basePath, page n at basePath/page/n/.
import type { Pager } from "./archive-types.ts";

export const PAGE_SIZE = 50;

export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber === 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

/**
 * `fewest`: a last page shorter than this joins the page before it (no page holding one name
 * alone); that page is then longer than `size`.
 */
export function paginate<T>(items: readonly T[], basePath: string, size = PAGE_SIZE, fewest = 1): { pager: Pager; items: T[] }[] {
  const full = Math.max(1, Math.ceil(items.length / size));
  const pageCount = full > 1 && items.length - (full - 1) * size < fewest ? full - 1 : full;
  const pages: { pager: Pager; items: T[] }[] = [];
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
    pages.push({
      pager: {
        pageNumber,
        pageCount,
        path: pagePath(basePath, pageNumber),
        previous: pageNumber > 1 ? pagePath(basePath, pageNumber - 1) : undefined,
        next: pageNumber < pageCount ? pagePath(basePath, pageNumber + 1) : undefined,
      },
      items: items.slice((pageNumber - 1) * size, pageNumber === pageCount ? items.length : pageNumber * size),
    });
  }
  return pages;
}
