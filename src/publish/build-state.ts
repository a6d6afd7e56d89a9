// What a build leaves for the next one in another process (`npm run add`, `npm run build`, npm
// start's first build): the part of npm start's warm state (kept in memory between its builds) that
// is plain data, in a file beside the site manifest. What it holds is keyed by content (a read
// key's data hash, a page's reads), so a state written by any earlier build of the same code and
// site configuration is right for this one, only less fresh; another code or configuration, or a
// file that cannot be read, and the build goes on without it, saying why in one line. Stored with
// v8's serializer (Maps as they are), replaced atomically.
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
  state: BuildState;
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
  return { state: parsed.state };
}

function isStateFile(value: unknown): value is BuildStateFile {
  const file = value as BuildStateFile | undefined;
  const inputs = file?.state?.pageInputs;
  return typeof file?.key === "string" && inputs?.keyHashes instanceof Map && inputs.pages instanceof Map;
}

/** Writes the state, atomically (a reader sees the old file or the new one). */
export function writeBuildState(outDir: string, key: string, state: BuildState): void {
  const file = buildStatePath(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(temporary, v8.serialize({ key, state } satisfies BuildStateFile));
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
