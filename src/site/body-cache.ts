// Rendered article bodies by content hash, kept between builds (markdown-it was the largest
// single cost of an add-one rebuild at 10,000 articles). The cache file is named after the
// renderer's own source and markdown-it's version, so a change to either starts a new one.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash } from "../content-hash.ts";
import { TextMemo } from "../text-memo.ts";

const RENDERER_FILES = [fileURLToPath(new URL("./render-markdown.ts", import.meta.url))];

function rendererVersion(): string {
  const hash = crypto.createHash("sha1");
  for (const file of RENDERER_FILES) hash.update(fs.readFileSync(file));
  try {
    hash.update(JSON.parse(fs.readFileSync(fileURLToPath(import.meta.resolve("markdown-it/package.json")), "utf8")).version);
  } catch {
    hash.update("markdown-it");
  }
  return hash.digest("hex").slice(0, 12);
}

function readEntries(file: string): Map<string, string> {
  const known = new Map<string, string>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return known; // no cache yet
  }
  try {
    for (let start = 0, end = bytes.indexOf(10); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
      const line = bytes.toString("utf8", start, end);
      const tab = line.indexOf("\t");
      known.set(line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as string);
    }
  } catch {
    known.clear(); // damaged: start empty
  }
  return known;
}

/** The bodies the last build of this process saved, when it was asked to keep them warm (npm start). */
let warm: { file: string; entries: Map<string, string>; onDisk: Set<string> } | undefined;

/** A warm process's bodies by their markdown: the same bodies come back build after build, mostly as the same strings. */
const warmKeys = new TextMemo(contentHash);

/** Bodies no build uses any more may make up this share of the file before it is written anew (else new ones are appended). */
const STALE_SHARE = 0.1;

export class BodyCache {
  private readonly used = new Map<string, string>();
  private added = 0;
  private constructor(private readonly file: string | undefined, private readonly known: Map<string, string>, private readonly onDisk: Set<string>, private readonly keepWarm = false) {}

  /**
   * A cache stored in `dir` (e.g. .cache/site), or an in-memory one when no folder is given.
   * `reuse: false` (a clean build) starts empty but still saves for the next build. `keepWarm`:
   * a long-running process keeps what it saves, and its next build need not read the file again.
   */
  static open(dir?: string, reuse = true, keepWarm = false): BodyCache {
    if (!dir) return new BodyCache(undefined, new Map(), new Set());
    const file = path.join(dir, `bodies-${rendererVersion()}.ndjson`);
    const kept = keepWarm && reuse && warm?.file === file ? warm : undefined;
    warm = undefined;
    if (keepWarm) warmKeys.nextRound();
    if (kept) return new BodyCache(file, kept.entries, kept.onDisk, keepWarm);
    const known = reuse ? readEntries(file) : new Map<string, string>();
    return new BodyCache(file, known, new Set(reuse ? known.keys() : []), keepWarm);
  }

  render(markdown: string, render: (markdown: string) => string): string {
    const key = this.keepWarm ? warmKeys.get(markdown) : contentHash(markdown);
    let html = this.known.get(key);
    if (html === undefined) {
      html = render(markdown);
      this.added++;
    }
    this.used.set(key, html);
    return html;
  }

  /**
   * Saves the bodies of this build: new ones are appended, and the file is written anew with this
   * build's only when bodies no build uses (removed articles) pass STALE_SHARE of it. An add then
   * writes one body, not every one (the file is tens of MB at 10,000 articles).
   */
  save(): void {
    if (!this.file) return;
    const added = [...this.used.keys()].filter((key) => !this.onDisk.has(key));
    const stale = this.onDisk.size - (this.used.size - added.length);
    // Nothing known on disk: no file yet, a clean build, or a damaged file.
    if (this.onDisk.size === 0 || stale > this.used.size * STALE_SHARE || !fs.existsSync(this.file)) this.rewrite();
    else if (added.length > 0) {
      fs.appendFileSync(this.file, added.map((key) => entryLine(key, this.used.get(key)!)).join(""));
      for (const key of added) this.onDisk.add(key);
    }
    if (this.keepWarm) warm = { file: this.file, entries: this.used, onDisk: this.onDisk };
  }

  private rewrite(): void {
    const file = this.file!;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const name of fs.readdirSync(path.dirname(file))) {
      if (name.startsWith("bodies-") && name !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
    const temporary = `${file}.${process.pid}`;
    // One entry a line, written piece by piece: at 100,000 articles one JSON string would pass
    // V8's maximum string length.
    const fd = fs.openSync(temporary, "w");
    try {
      let chunk = "";
      for (const [key, html] of this.used) {
        chunk += entryLine(key, html);
        if (chunk.length > 1 << 20) fs.writeSync(fd, chunk), (chunk = "");
      }
      fs.writeSync(fd, chunk);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
    this.onDisk.clear();
    for (const key of this.used.keys()) this.onDisk.add(key);
  }
}

const entryLine = (key: string, html: string) => `${key}\t${JSON.stringify(html)}\n`;
