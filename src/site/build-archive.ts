// Computes, once per build, everything the pages show, as a list of page families: each builds
// its part of the archive and declares the pages it makes and the data each page reads
// (families/page-family.ts), so that a rebuild can find the pages a change touches.
// The result is frozen, so that Eleventy passes it by reference instead of deep-copying it.
import type { Message } from "../messages.ts";
import type { Archive } from "./archive-types.ts";
import type { BuildArchiveInput } from "./build-archive-input.ts";
import { articlePages } from "./families/article-pages.ts";
import { dateArchives } from "./families/date-archives.ts";
import { entityIndexes } from "./families/entity-indexes.ts";
import { entityPages } from "./families/entity-pages.ts";
import { feedFiles } from "./families/feed-files.ts";
import { homePage } from "./families/home-page.ts";
import type { ArchiveDraft, PageDeclaration, PageFamily } from "./families/page-family.ts";
import { searchPage } from "./families/search-page.ts";
import { siteFiles } from "./families/site-files.ts";
import { appendAll } from "../append-all.ts";

/** In build order: each family reads parts built by those above it (a part read too early throws). */
export const FAMILIES: readonly PageFamily[] = [
  articlePages, // articles, their retired addresses, the published captures; the entity catalog
  entityPages, // actors, places, outlets: one page (or several) each
  entityIndexes, // their A–Z indexes
  dateArchives, // years, months, undated; the timeline
  feedFiles, // the site's feeds; each actor's and place's
  homePage, // the latest stories
  searchPage, // the search page and its search bundles
  siteFiles, // sitemap (reads every declaration above), robots.txt, _headers, 404
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Runs page families in order over one draft of the archive. */
export function runFamilies(input: BuildArchiveInput, families: readonly PageFamily[] = FAMILIES): ArchiveDraft {
  const draft: ArchiveDraft = { input, messages: [], parts: { config: input.config }, pages: [] };
  for (const family of families) {
    const { parts, pages } = family.build(draft);
    Object.assign(draft.parts, parts);
    appendAll(draft.pages, pages);
  }
  return draft;
}

export function buildArchive(input: BuildArchiveInput): { archive: Archive; messages: Message[]; pages: PageDeclaration[] } {
  const draft = runFamilies(input);
  const { catalog, summaries, ...archive } = draft.parts as Required<typeof draft.parts>;
  return { archive: deepFreeze(archive satisfies Archive), messages: draft.messages, pages: draft.pages };
}
