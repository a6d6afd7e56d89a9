// What the last build wrote into the output folder: a content hash of every page, the input of
// every published capture and search bundle. The next build compares against it and rewrites only
// what differs, in a hard-linked copy of the previous site (still swapped in atomically).
// The manifest lives outside the site (nothing extra is published) and names the site folder it
// describes by inode: a site replaced by any other means makes the next build a clean one.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Bump when the writer or the indexer changes what it produces from the same inputs. */
const MANIFEST_VERSION = 1;

export interface SiteManifest {
  version: number;
  /** Inode of the site folder this manifest describes. */
  siteIno: number;
  /** Page file → sha1 of its bytes. */
  pages: Record<string, string>;
  /** Searchable page file → sha1 of the part Pagefind reads (see indexedPart). */
  indexedParts: Record<string, string>;
  /** Published capture file → its input (source path, size, mtime). */
  sources: Record<string, string>;
  /** Search bundle folder → key of its input, and the articles it holds. */
  bundles: Record<string, { key: string; articleCount: number }>;
}

export function manifestPath(outDir: string): string {
  return path.join(path.dirname(outDir), ".cache", "site", `${path.basename(outDir)}.json`);
}

export function readManifest(outDir: string): SiteManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath(outDir), "utf8")) as SiteManifest;
    if (manifest.version !== MANIFEST_VERSION) return undefined;
    if (fs.statSync(outDir).ino !== manifest.siteIno) return undefined;
    return manifest;
  } catch {
    return undefined;
  }
}

export function writeManifest(outDir: string, manifest: Omit<SiteManifest, "version" | "siteIno">): void {
  const file = manifestPath(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const full: SiteManifest = { version: MANIFEST_VERSION, siteIno: fs.statSync(outDir).ino, ...manifest };
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(full));
  fs.renameSync(temporary, file);
}

export function forgetManifest(outDir: string): void {
  fs.rmSync(manifestPath(outDir), { force: true });
}

export function contentHash(content: string): string {
  return crypto.createHash("sha1").update(content).digest("base64url");
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
