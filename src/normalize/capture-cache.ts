// A per-capture cache of stages 1–6 and of each capture's merge fingerprint. A result is keyed by
// the capture's path and file identity (size, modification time to the nanosecond, inode), so an
// unchanged capture is not even read; the whole cache is thrown away when the code, the
// registries or the options change (the version). Entries are spread over SHARDS files by key and
// stored with v8's serializer (Maps and typed arrays as they are, no JSON text limit at 100,000
// captures); a run rewrites only the shards whose entries changed, each atomically. The build date
// is not part of the version: a result records the build dates it holds for (find-date.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { importClosure } from "../import-graph.ts";
import { GAZETTEER_FILE, MODEL_FILE } from "../names/name-model.ts";
import { NEWS_OUTLETS_FILE } from "../registry/known-outlets.ts";
import type { Message } from "../messages.ts";
import type { NormalizedCapture } from "./capture-file.ts";
import type { CaptureFingerprint } from "./merge-duplicates.ts";

export interface CachedResult {
  capture?: NormalizedCapture;
  messages: Message[];
  /** What merging needs of the capture (present when the capture produced one). */
  fingerprint?: CaptureFingerprint;
}

interface ShardFile {
  version: string;
  entries: Map<string, CachedResult>;
}

/** Enough shards that adding one capture rewrites a sliver of the cache, few enough to open quickly. */
export const SHARDS = 64;
const SHARD_FILE = /^captures-([0-9a-f]{2})\.v8$/;
const shardName = (shard: number) => `captures-${shard.toString(16).padStart(2, "0")}.v8`;
const shardOf = (key: string) => Number.parseInt(key.slice(0, 2), 16) % SHARDS;

/** The project's folder (src/normalize/../..). */
const PROJECT_DIR = path.join(import.meta.dirname, "..", "..");

/** A hash of everything a cached result depends on besides the capture itself: the options, the
 * code that normalizes one capture (every file normalize-capture.ts imports, however indirectly)
 * and the registries. */
export function cacheVersion(registryDir: string, options: unknown): string {
  const hash = crypto.createHash("sha256").update(JSON.stringify(options));
  const files = importClosure(path.join(import.meta.dirname, "normalize-capture.ts"));
  // The data files loaded at run time (the name model, its gazetteers, the well-known outlets) are code too.
  files.push(...[MODEL_FILE, GAZETTEER_FILE, NEWS_OUTLETS_FILE].map((url) => url.pathname));
  // Each file is named relative to where it stands (the project, the registry folder), so a checkout moved
  // or copied elsewhere keeps its cache.
  const named = files.map((file) => [path.relative(PROJECT_DIR, file), file] as const);
  if (fs.existsSync(registryDir)) named.push(...fs.readdirSync(registryDir).sort().map((name) => [`registry/${name}`, path.join(registryDir, name)] as const));
  for (const [name, file] of named) if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  return hash.digest("hex");
}

/**
 * A file's identity without reading it: size, time to the nanosecond and inode (a file renamed
 * over another keeps its time but not its inode). The cache and `npm start`'s watcher both use it.
 */
export function fileIdentity(stat: fs.BigIntStats): string {
  return `${stat.size}\0${stat.mtimeNs}\0${stat.ino}`;
}

/**
 * A capture's key from its path and file identity. The file time is part of the result too (an
 * undated article records it as `captured`); a rewrite changes the time to the nanosecond.
 */
export function captureKey(file: string, stat: fs.BigIntStats): string {
  return crypto.createHash("sha256").update(`${file}\0${fileIdentity(stat)}`).digest("hex");
}

/** The cache as the last run of this process saved it (when asked to keep it warm). */
let warm: { dir: string; version: string; entries: Map<string, CachedResult> } | undefined;

export class CaptureCache {
  private readonly previous = new Map<string, CachedResult>();
  private readonly next = new Map<string, CachedResult>();
  /** Shards to rewrite: a stale version, an unreadable file, or entries added. */
  private readonly dirty = new Set<number>();
  private readonly present = new Set<number>();
  hits = 0;

  private constructor(private readonly dir: string, private readonly version: string, private readonly keepWarm: boolean) {}

  /**
   * `keepWarm`: a long-running process (npm start) keeps what it saves in memory, and its next
   * run starts from that instead of reading every shard again (~1.5–3 s at 10,000 captures).
   */
  static open(cacheDir: string, version: string, keepWarm = false): CaptureCache {
    const cache = new CaptureCache(cacheDir, version, keepWarm);
    const kept = keepWarm && warm?.dir === cacheDir && warm.version === version ? warm.entries : undefined;
    warm = undefined;
    if (kept) for (const [key, result] of kept) cache.previous.set(key, result);
    let names: string[] = [];
    try {
      names = fs.readdirSync(cacheDir);
    } catch {
      // No cache yet.
    }
    for (const name of names) {
      const match = SHARD_FILE.exec(name);
      if (!match) continue;
      const shard = Number.parseInt(match[1]!, 16);
      cache.present.add(shard);
      // Kept warm: the files are known to hold what memory holds (a shard gone is rewritten).
      if (kept) continue;
      try {
        const parsed = v8.deserialize(fs.readFileSync(path.join(cacheDir, name))) as ShardFile;
        if (parsed.version === version && parsed.entries instanceof Map) {
          for (const [key, result] of parsed.entries) cache.previous.set(key, result);
          continue;
        }
      } catch {
        // Unreadable: rewritten at the end of the run.
      }
      cache.dirty.add(shard);
    }
    return cache;
  }

  /** Results kept from the previous run. */
  get size(): number {
    return this.previous.size;
  }

  /** Whether a result is kept for `key` that `usable` accepts (a result that depends on the build date may not be). */
  has(key: string, usable: (result: CachedResult) => boolean = () => true): boolean {
    const found = this.previous.get(key);
    return found !== undefined && usable(found);
  }

  get(key: string): CachedResult | undefined {
    const found = this.previous.get(key);
    if (found) {
      this.hits++;
      this.next.set(key, found);
    }
    return found;
  }

  set(key: string, result: CachedResult): CachedResult {
    this.next.set(key, result);
    if (this.previous.get(key) !== result) this.dirty.add(shardOf(key));
    return result;
  }

  /** Only what this run used is kept, so the cache never grows with deleted captures. */
  save(): void {
    for (const key of this.previous.keys()) if (!this.next.has(key)) this.dirty.add(shardOf(key));
    const shards: Array<Map<string, CachedResult>> = Array.from({ length: SHARDS }, () => new Map());
    for (const [key, result] of this.next) shards[shardOf(key)]!.set(key, result);
    fs.mkdirSync(this.dir, { recursive: true });
    warm = this.keepWarm ? { dir: this.dir, version: this.version, entries: this.next } : undefined;
    shards.forEach((entries, shard) => {
      if (!this.dirty.has(shard) && this.present.has(shard) === entries.size > 0) return;
      const file = path.join(this.dir, shardName(shard));
      if (entries.size === 0) {
        fs.rmSync(file, { force: true });
        return;
      }
      const temporary = `${file}.tmp-${process.pid}`;
      fs.writeFileSync(temporary, v8.serialize({ version: this.version, entries } satisfies ShardFile));
      fs.renameSync(temporary, file);
    });
    // The one-file JSON cache of earlier versions.
    fs.rmSync(path.join(this.dir, "captures.json"), { force: true });
  }
}
