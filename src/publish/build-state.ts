// What a build leaves for the next one in another process (`npm run add`, `npm run build`, npm
// start's first build): the part of npm start's warm state (kept in memory between its builds) that
// is plain data, in a file beside the site manifest. What it holds is keyed by content (a read
// key's data hash, a page's reads), so a state written by any earlier build of the same code and
// site configuration is right for this one, only less fresh; another code or configuration, or a
// file that cannot be read, and the build goes on without it, saying why in one line. Stored with
// v8's serializer, each read key once, replaced atomically.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { importClosure } from "../import-graph.ts";
import type { SiteConfig } from "../site/site-config.ts";
import type { WarmPageInputs } from "./page-inputs.ts";
import { manifestPath } from "./site-manifest.ts";

/** Bump when what the state holds changes meaning (the code's hash covers most changes anyway). */
const BUILD_STATE_VERSION = 1;

export interface BuildState {
  /** What plan-pages hashed: each read key's data hash, and each page's reads and input hash (page-inputs.ts). */
  pageInputs: WarmPageInputs;
}

interface BuildStateFile {
  /** stateKey(): the code and the site configuration the state was made by. */
  key: string;
  pageInputs: StoredPageInputs;
}

/**
 * Page inputs as stored: each read key once, and each page's reads as numbers into that list (at
 * 10,000 captures ~1 million reads of ~50,000 keys: 39 MB as lists of strings, a few MB so).
 */
interface StoredPageInputs {
  /** Every key with a data hash, then the keys some page reads that have none. */
  keys: string[];
  /** The data hash of keys[i], for the first keyHashes.length keys. */
  keyHashes: string[];
  files: string[];
  templates: string[];
  paths: string[];
  hashes: string[];
  /** Page i reads keys[reads[j]] for readsEnd[i - 1] <= j < readsEnd[i]. */
  readsEnd: Uint32Array;
  reads: Uint32Array;
}

function storedPageInputs({ keyHashes, pages }: WarmPageInputs): StoredPageInputs {
  const keys = [...keyHashes.keys()];
  const numbers = new Map(keys.map((key, index) => [key, index]));
  const numberOf = (key: string) => numbers.get(key) ?? (numbers.set(key, keys.length), keys.push(key), keys.length - 1);
  const stored: StoredPageInputs = { keys, keyHashes: [...keyHashes.values()], files: [], templates: [], paths: [], hashes: [], readsEnd: new Uint32Array(pages.size), reads: new Uint32Array(0) };
  const reads: number[] = [];
  for (const [file, page] of pages) {
    stored.files.push(file);
    stored.templates.push(page.template);
    stored.paths.push(page.path);
    stored.hashes.push(page.hash);
    for (const key of page.reads) reads.push(numberOf(key));
    stored.readsEnd[stored.files.length - 1] = reads.length;
  }
  stored.reads = Uint32Array.from(reads);
  return stored;
}

function warmPageInputs(stored: StoredPageInputs): WarmPageInputs {
  const { keys, files, readsEnd, reads } = stored;
  const keyHashes = new Map(stored.keyHashes.map((hash, index) => [keys[index]!, hash]));
  const pages: WarmPageInputs["pages"] = new Map();
  let start = 0;
  files.forEach((file, index) => {
    const end = readsEnd[index]!;
    const pageReads = new Array<string>(end - start);
    for (let j = start; j < end; j++) pageReads[j - start] = keys[reads[j]!]!;
    pages.set(file, { template: stored.templates[index]!, path: stored.paths[index]!, reads: pageReads, hash: stored.hashes[index]! });
    start = end;
  });
  return { keyHashes, pages };
}

/** The state's file, beside the site manifest (.cache/site/_site.state.v8 for _site/). */
export function buildStatePath(outDir: string): string {
  return manifestPath(outDir).replace(/\.json$/, ".state.v8");
}

/** The build's code (every file build-site.ts imports, however indirectly) and the site's configuration. */
export function stateKey(config: SiteConfig): string {
  const hash = crypto.createHash("sha256").update(`${BUILD_STATE_VERSION}\n${JSON.stringify(config)}\n`);
  // Named relative to this folder: a checkout moved or copied elsewhere keeps its state.
  for (const file of importClosure(path.join(import.meta.dirname, "build-site.ts"))) hash.update(`${path.relative(import.meta.dirname, file)}\n`).update(fs.readFileSync(file));
  return hash.digest("hex");
}

export type ReadBuildState = { state: BuildState; note?: undefined } | { state?: undefined; note: string };

/** The state written by code and configuration of `key`; otherwise a one-line note saying why there is none. */
export function readBuildState(outDir: string, key: string): ReadBuildState {
  const file = buildStatePath(outDir);
  const without = (why: string): ReadBuildState => ({ note: `build state ${path.relative(process.cwd(), file) || file}: ${why}; building without it` });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return without("none yet");
  }
  let parsed: unknown;
  try {
    parsed = v8.deserialize(bytes);
  } catch (error) {
    return without(`unreadable (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isStateFile(parsed)) return without("unreadable (not a build state)");
  if (parsed.key !== key) return without("made by other code or another site configuration");
  return { state: { pageInputs: warmPageInputs(parsed.pageInputs) } };
}

function isStateFile(value: unknown): value is BuildStateFile {
  const file = value as BuildStateFile | undefined;
  const stored = file?.pageInputs;
  if (typeof file?.key !== "string" || !stored) return false;
  const lists = [stored.keys, stored.keyHashes, stored.files, stored.templates, stored.paths, stored.hashes];
  if (!lists.every(Array.isArray) || !(stored.readsEnd instanceof Uint32Array) || !(stored.reads instanceof Uint32Array)) return false;
  const pages = stored.files.length;
  const consistent = [stored.templates, stored.paths, stored.hashes].every((list) => list.length === pages) && stored.readsEnd.length === pages;
  return consistent && stored.keyHashes.length <= stored.keys.length && (pages === 0 || stored.readsEnd[pages - 1] === stored.reads.length) && stored.reads.every((index) => index < stored.keys.length);
}

/** Writes the state, atomically (a reader sees the old file or the new one). */
export function writeBuildState(outDir: string, key: string, state: BuildState): void {
  const file = buildStatePath(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(temporary, v8.serialize({ key, pageInputs: storedPageInputs(state.pageInputs) } satisfies BuildStateFile));
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
