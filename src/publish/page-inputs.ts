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
const PAGE_INPUTS_VERSION = 2;

export interface PageInputs {
  /** Hash of the templates' code (every file they import) and the site's configuration. */
  renderKey: string;
  /** Output file ("articles/x/index.html") → hash of its reads' data. */
  byFile: Map<string, string>;
}

/**
 * What a build hashed: each key's data hash, and each page's reads and input hash. A page's reads
 * are made from its reads' data (a month lists the articles of month:<key>, an entity page those
 * of entity-articles:<kind>:<slug>, an article its related ones from article:<slug>;
 * tests/site/page-declarations.test.ts holds every family to it), so a page none of whose reads'
 * data changed since a build of the same code reads the same keys and has the same input hash: its
 * reads are not listed again, nor joined and hashed. npm start keeps the last build's in memory;
 * another process reads an earlier build's from the build state (build-state.ts).
 */
export interface WarmPageInputs {
  keyHashes: Map<string, string>;
  pages: Map<string, { template: string; path: string; reads: readonly string[]; hash: string }>;
}

/** The last build's, in a process that keeps its state warm (npm start). */
let warm: WarmPageInputs | undefined;

/**
 * Each page's input hash; `keepWarm` keeps what was hashed for this process's next build.
 * `earlier`: what an earlier build of the same code hashed (the build state), when this process has
 * nothing warm. `made` is what this build hashed, for the next.
 */
export function pageInputs(declarations: readonly PageDeclaration[], archive: Archive, layoutsDir: string, config: SiteConfig, keepWarm = false, earlier?: WarmPageInputs): PageInputs & { made: WarmPageInputs } {
  const keyHashes = readDataHashes(archive);
  const before = (keepWarm ? warm : undefined) ?? earlier;
  warm = undefined;
  const changed = before ? changedKeys(before.keyHashes, keyHashes) : undefined;
  const pages: WarmPageInputs["pages"] = new Map();
  const byFile = new Map<string, string>();
  for (const page of declarations) {
    const file = outputFile(permalinkOf(page.path), page.template);
    const known = before?.pages.get(file);
    const same = known && known.template === page.template && known.path === page.path && !known.reads.some((key) => changed!.has(key));
    const reads = same ? known.reads : page.reads;
    const hash = same ? known.hash : pageHash(page, keyHashes);
    byFile.set(file, hash);
    pages.set(file, { template: page.template, path: page.path, reads, hash });
  }
  const made = { keyHashes, pages };
  if (keepWarm) warm = made;
  return { renderKey: renderKey(layoutsDir, config), byFile, made };
}

function pageHash(page: PageDeclaration, keyHashes: ReadonlyMap<string, string>): string {
  const reads = page.reads.map((key) => `${key} ${keyHashes.get(key) ?? "-"}`);
  return contentHash(`${page.template}\n${page.path}\n${reads.join("\n")}`);
}

/** Keys whose data hash differs between two builds, or that only one of them has. */
function changedKeys(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const [key, hash] of now) if (before.get(key) !== hash) changed.add(key);
  for (const key of before.keys()) if (!now.has(key)) changed.add(key);
  return changed;
}

/** The templates' code, followed through their imports, and the configuration every page reads. */
export function renderKey(layoutsDir: string, config: SiteConfig): string {
  const templates = fs.readdirSync(layoutsDir).filter((name) => name.endsWith(".11ty.ts")).map((name) => path.join(layoutsDir, name));
  const files = [...new Set(templates.flatMap((template) => importClosure(template)))].sort();
  const code = files.map((file) => `${file}\n${fs.readFileSync(file, "utf8")}`).join("\n");
  return contentHash(`${PAGE_INPUTS_VERSION}\n${JSON.stringify(config)}\n${code}`);
}
