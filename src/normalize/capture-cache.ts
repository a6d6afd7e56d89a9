// A per-capture cache of stages 1–6: results are keyed by the capture's bytes, path and file time,
// and the whole cache is thrown away when the code, the registries or the options change (the
// version key). One JSON file, written atomically at the end of a run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Message } from "../messages.ts";
import type { EntityCapture } from "./find-entities.ts";

export interface CachedResult {
  capture?: EntityCapture;
  messages: Message[];
}

interface CacheFile {
  version: string;
  entries: Record<string, CachedResult>;
}

const CODE_DIRS = ["normalize", "registry"];

/** A hash of everything a cached result depends on besides the capture itself. */
export function cacheVersion(registryDir: string, options: unknown): string {
  const hash = crypto.createHash("sha256").update(JSON.stringify(options));
  const sourceRoot = path.join(import.meta.dirname, "..");
  const files = [path.join(sourceRoot, "pipeline.ts"), ...CODE_DIRS.flatMap((dir) => fs.readdirSync(path.join(sourceRoot, dir)).sort().map((name) => path.join(sourceRoot, dir, name)))];
  if (fs.existsSync(registryDir)) files.push(...fs.readdirSync(registryDir).sort().map((name) => path.join(registryDir, name)));
  for (const file of files) if (fs.statSync(file).isFile()) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

export function captureKey(file: string, bytes: Uint8Array, modifiedAt: string | undefined): string {
  return crypto.createHash("sha256").update(file).update("\0").update(modifiedAt ?? "").update("\0").update(bytes).digest("hex");
}

export class CaptureCache {
  private readonly previous: Record<string, CachedResult>;
  private readonly next: Record<string, CachedResult> = {};
  hits = 0;

  private constructor(private readonly file: string, private readonly version: string, previous: Record<string, CachedResult>) {
    this.previous = previous;
  }

  static open(cacheDir: string, version: string): CaptureCache {
    const file = path.join(cacheDir, "captures.json");
    let previous: Record<string, CachedResult> = {};
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as CacheFile;
      if (parsed.version === version && parsed.entries && typeof parsed.entries === "object") previous = parsed.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new CaptureCache(file, version, previous);
  }

  /** Results kept from the previous run. */
  get size(): number {
    return Object.keys(this.previous).length;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.previous, key);
  }

  get(key: string): CachedResult | undefined {
    const found = this.previous[key];
    if (found) {
      this.hits++;
      this.next[key] = found;
    }
    return found;
  }

  set(key: string, result: CachedResult): CachedResult {
    this.next[key] = result;
    return result;
  }

  /** Only what this run used is kept, so the cache never grows with deleted captures. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp-${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify({ version: this.version, entries: this.next } satisfies CacheFile));
    fs.renameSync(temporary, this.file);
  }
}
