// The search step: Pagefind's Node API indexes the rendered article pages of a built site and
// writes the bundle (index + UI files) to <site>/pagefind/. Kept in one module so that it can
// later index one shard per year.
import * as pagefind from "pagefind";
import path from "node:path";
import { canonicalizeBundle } from "./canonical-bundle.ts";

export interface IndexSiteOptions {
  siteDir: string;
  /** Which pages to index, relative to siteDir; article pages carry data-pagefind-body. */
  glob?: string;
}

export interface IndexSiteResult {
  pageCount: number;
  errors: string[];
}

export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { pageCount: 0, errors: errors.length ? errors : ["pagefind did not create an index"] };
    const added = await index.addDirectory({ path: options.siteDir, glob: options.glob ?? "articles/**/*.html" });
    errors.push(...added.errors);
    // Actor, place and outlet pages are found by name (their first page carries data-pagefind-body
    // and a `type` filter); they are not counted as indexed articles.
    if (!options.glob) {
      const entities = await index.addDirectory({ path: options.siteDir, glob: "{actors,places,outlets}/*/index.html" });
      errors.push(...entities.errors);
    }
    const bundleDir = path.join(options.siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath: bundleDir });
    errors.push(...written.errors);
    // Reproducible bytes: Pagefind orders filter values differently on every run.
    if (errors.length === 0) canonicalizeBundle(bundleDir);
    return { pageCount: added.page_count, errors };
  } finally {
    await pagefind.close();
  }
}
