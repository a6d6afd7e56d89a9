// The shape every page family has: a builder that reads the parts of the archive built before it
// and adds its own part plus a declaration of each page it makes and the data that page reads
// (read-keys.ts). buildArchive (../build-archive.ts) runs the families in order.
import type { Message } from "../../messages.ts";
import type { ArticleSummary, Archive } from "../archive-types.ts";
import type { BuildArchiveInput } from "../build-archive-input.ts";
import type { EntityCatalog } from "../entity-catalog.ts";

/** One page (or feed, or site file) the templates write, and the data it shows. */
export interface PageDeclaration {
  /** Site path: "/articles/<slug>/" for a folder's index.html, "/feed.xml" for a file. */
  path: string;
  /** The layouts/<template>.11ty.ts that renders it. */
  template: string;
  /** Read keys (read-keys.ts), without repeats: a change to any of their data can change this page. */
  readonly reads: readonly string[];
  /** Listed in the sitemap (archive.pagePaths). */
  inSitemap: boolean;
}

/** The archive and what families hand on to later ones (the entity catalog, article summaries by slug). */
export type ArchiveParts = Archive & { catalog: EntityCatalog; summaries: ReadonlyMap<string, ArticleSummary> };

export interface ArchiveDraft {
  input: BuildArchiveInput;
  messages: Message[];
  parts: Partial<ArchiveParts>;
  /** Declarations of the families built so far. */
  pages: PageDeclaration[];
}

export interface PageFamily {
  name: string;
  build(draft: ArchiveDraft): { parts: Partial<ArchiveParts>; pages: PageDeclaration[] };
}

/** A part an earlier family built; reading one no family has built yet is a mistake in the family order. */
export function built<K extends keyof ArchiveParts>(draft: ArchiveDraft, key: K): ArchiveParts[K] {
  const part = draft.parts[key];
  if (part === undefined) throw new Error(`page families: "${key}" is read before any family built it (see FAMILIES in build-archive.ts)`);
  return part as ArchiveParts[K];
}

/**
 * A declaration whose reads are listed once each, in first-seen order. They are listed when first
 * asked for: a clean build never asks, and listing them for every page cost ~8 % of the archive's time.
 */
export function declarePage(path: string, template: string, reads: () => Iterable<string>, inSitemap: boolean): PageDeclaration {
  let listed: readonly string[] | undefined;
  return {
    path,
    template,
    get reads() {
      return (listed ??= [...new Set(reads())]);
    },
    inSitemap,
  };
}

/** A template's permalink for a site path: a folder's page is its index.html ("/archive/" → "/archive/index.html"). */
export function permalinkOf(sitePath: string): string {
  return sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
}
