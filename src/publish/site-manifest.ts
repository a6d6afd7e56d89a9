// What the last build wrote into the output folder: a content hash of every page, the input of
// every published capture and search bundle. The next build compares against it and rewrites only
// what differs, in a hard-linked copy of the previous site (still swapped in atomically).
// The manifest lives outside the site and names the site it describes by a random id that every
// build writes into the site folder (BUILD_ID_FILE, the one file the manifest adds to the site). A
// folder replaced by other means holds another id or none, and the next build is a clean one: a
// backup of an older build restored in place holds that build's id, and a new folder that took the
// old one's inode (ext4 hands a freed inode to the next folder most of the time) holds its own.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SearchBase } from "../search/recent-additions.ts";
import type { BundleState } from "../search/search-indexing.ts";

/** Bump when the writer or the indexer changes what it produces from the same inputs. */
const MANIFEST_VERSION = 4;

/** The file in the site folder holding the id of the build that wrote the folder. */
export const BUILD_ID_FILE = ".build-id";

export interface SiteManifest {
  version: number;
  /** Id of the build that wrote the site this manifest describes (its BUILD_ID_FILE). */
  buildId: string;
  /** Page file → sha1 of its bytes. */
  pages: Record<string, string>;
  /** The templates' and configuration's hash the pages were rendered under (page-inputs.ts). */
  renderKey: string;
  /** Page file → hash of the data its declared reads name (page-inputs.ts). */
  inputs: Record<string, string>;
  /** Searchable page file → sha1 of the part Pagefind reads (see indexedPart). */
  indexedParts: Record<string, string>;
  /** Published capture file → its input (source path, size, mtime). */
  sources: Record<string, string>;
  /** Search bundle folder → key of its input, and the articles it holds. */
  bundles: Record<string, BundleState>;
  /** What the last full index holds; pages changed since are in the recent bundle (src/search/recent-additions.ts). */
  searchBase: SearchBase;
}

export function manifestPath(outDir: string): string {
  return path.join(path.dirname(outDir), ".cache", "site", `${path.basename(outDir)}.json`);
}

/**
 * Writes a fresh build id into a site folder (the staging folder, before its swap) and returns it.
 * The file is replaced by a rename, never written through: in a hard-linked copy of the previous
 * site it is a link to the previous site's id, which must keep naming the previous build.
 */
export function stampSite(siteDir: string): string {
  const id = crypto.randomBytes(16).toString("hex");
  const file = path.join(siteDir, BUILD_ID_FILE);
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, `${id}\n`);
  fs.renameSync(temporary, file);
  return id;
}

/** The build id written into a site folder, or undefined if it has none. */
export function readBuildId(siteDir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(siteDir, BUILD_ID_FILE), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The manifest of the site in outDir, or undefined unless that folder holds the build id the manifest names. */
export function readManifest(outDir: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath(outDir), "utf8")) as SiteManifest;
    if (manifest.version !== MANIFEST_VERSION) return undefined;
    if (typeof manifest.buildId !== "string" || readBuildId(outDir) !== manifest.buildId) return undefined;
    return manifest;
  } catch {
    return undefined;
  }
}

/** Records what the site in outDir holds; manifest.buildId is the id stampSite wrote into it. */
export function writeManifest(outDir: string, manifest: Omit<SiteManifest, "version">): void {
  const file = manifestPath(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const full: SiteManifest = { version: MANIFEST_VERSION, ...manifest };
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(full));
  fs.renameSync(temporary, file);
}

export function forgetManifest(outDir: string): void {
  fs.rmSync(manifestPath(outDir), { force: true });
}

/**
 * The part of a page Pagefind reads: the language, every data-pagefind-body region, and every
 * element carrying a filter, meta or sort attribute with the text that opens it. A change
 * anywhere else (a related-articles list, a page count) does not re-index the page's bundle.
 */
export function indexedPart(page: string): string {
  const parts: string[] = [/<html[^>]*>/.exec(page)?.[0] ?? ""];
  if (!page.includes("data-pagefind-body")) return page;
  const bodyTag = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/g;
  for (let match = bodyTag.exec(page); match; match = bodyTag.exec(page)) {
    const name = match[1]!;
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = page.length;
    for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    parts.push(page.slice(match.index, end));
    bodyTag.lastIndex = end;
  }
  const attributed = /<[a-z][a-z0-9]*\b[^>]*\bdata-pagefind-(?:filter|meta|sort|default-meta|index-attrs)\b[^>]*>[^<]*/g;
  for (const match of page.matchAll(attributed)) parts.push(match[0]);
  return parts.join("\n");
}
