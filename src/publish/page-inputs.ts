// What each page is made from, as one hash: the hashes of the data its declared reads name
// (src/site/read-data.ts), under a render key that covers the templates' code and the site's
// configuration. A page whose input hash is the one the previous build recorded renders the same
// bytes, so an incremental build does not render it at all (write-site.ts).
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import { importClosure } from "../import-graph.ts";
import type { Archive } from "../site/archive-types.ts";
import type { PageDeclaration } from "../site/families/page-family.ts";
import { permalinkOf } from "../site/families/page-family.ts";
import { readDataHashes } from "../site/read-data.ts";
import type { SiteConfig } from "../site/site-config.ts";
import { outputFile } from "./render-pages.ts";

/** Bump when the meaning of a page's input hash changes. */
const PAGE_INPUTS_VERSION = 1;

export interface PageInputs {
  /** Hash of the templates' code (every file they import) and the site's configuration. */
  renderKey: string;
  /** Output file ("articles/x/index.html") → hash of its reads' data. */
  byFile: Map<string, string>;
}

export function pageInputs(declarations: readonly PageDeclaration[], archive: Archive, layoutsDir: string, config: SiteConfig): PageInputs {
  // Each key's line is made once: pages share most of their keys (an article is on many lists).
  const lines = new Map<string, string>();
  for (const [key, hash] of readDataHashes(archive)) lines.set(key, `${key} ${hash}`);
  const byFile = new Map<string, string>();
  for (const page of declarations) {
    const reads = page.reads.map((key) => lines.get(key) ?? `${key} -`);
    byFile.set(outputFile(permalinkOf(page.path), page.template), contentHash(`${page.template}\n${page.path}\n${reads.join("\n")}`));
  }
  return { renderKey: renderKey(layoutsDir, config), byFile };
}

/** The templates' code, followed through their imports, and the configuration every page reads. */
export function renderKey(layoutsDir: string, config: SiteConfig): string {
  const templates = fs.readdirSync(layoutsDir).filter((name) => name.endsWith(".11ty.ts")).map((name) => path.join(layoutsDir, name));
  const files = [...new Set(templates.flatMap((template) => importClosure(template)))].sort();
  const code = files.map((file) => `${file}\n${fs.readFileSync(file, "utf8")}`).join("\n");
  return contentHash(`${PAGE_INPUTS_VERSION}\n${JSON.stringify(config)}\n${code}`);
}
