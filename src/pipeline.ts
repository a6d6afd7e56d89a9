// The normalizer, readable top to bottom: each capture goes through the per-capture stages in
// order (each needs the one before: titles are found after chrome is gone, outlets after the
// lede stamp is cut, names last so they are found in clean text), then captures of one story are
// merged, missing years inferred, and articles written. A capture that fails is a message; the
// others go on.
import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { ArticleFrontMatter } from "./article-schema.ts";
import type { Message } from "./messages.ts";
import type { NameFinder } from "./normalize/candidate-names.ts";
import { CaptureCache, cacheVersion, captureKey } from "./normalize/capture-cache.ts";
import { findDate } from "./normalize/find-date.ts";
import { findEntities, type EntityCapture } from "./normalize/find-entities.ts";
import { findOutlet } from "./normalize/find-outlet.ts";
import { findTitle } from "./normalize/find-title.ts";
import { inferYears } from "./normalize/infer-year.ts";
import { mergeDuplicates } from "./normalize/merge-duplicates.ts";
import { relateArticles } from "./normalize/relate-articles.ts";
import { readCapture, type RawCapture } from "./normalize/read-capture.ts";
import { stripBoilerplate } from "./normalize/strip-boilerplate.ts";
import { assignSlugs, renderArticle, writeArticleFiles, type ArticleFile } from "./normalize/write-article.ts";
import { EntityIndex } from "./registry/entity-index.ts";
import { loadRegistries, RegistryError } from "./registry/load-registries.ts";
import { OutletIndex } from "./registry/outlet-index.ts";

export interface NormalizeOptions {
  sourcesDir: string;
  articlesDir: string;
  registryDir: string;
  /** The build's "now" (ISO); dates after it are not publication dates. Defaults to the clock. */
  now?: string;
  /** Write content/articles/ (default true); false only computes the articles. */
  write?: boolean;
  /** Registry aliases only: no unknown names proposed. */
  registryOnly?: boolean;
  /** "capitalised-runs" (default, fast) or "wink-pos" (wink-nlp's tagger, several times slower). */
  nameFinder?: NameFinder;
  /** A folder for the per-capture cache (e.g. .cache/normalize); no cache when absent. */
  cacheDir?: string;
}

export interface NormalizedArticle {
  slug: string;
  frontMatter: ArticleFrontMatter;
  body: string;
}

export interface NormalizeResult {
  articles: NormalizedArticle[];
  messages: Message[];
  /** Captures whose stages 1–6 came from the cache. */
  cacheHits?: number;
}

export interface CaptureContext {
  now: string;
  entities: EntityIndex;
  outlets: OutletIndex;
  registryOnly?: boolean;
  nameFinder?: NameFinder;
}

/** Stages 1–6 for one capture. */
export function normalizeCapture(raw: RawCapture, context: CaptureContext): { capture?: EntityCapture; messages: Message[] } {
  const read = readCapture(raw);
  if (!read.capture) return { messages: read.messages };
  const capture = { ...read.capture, messages: read.messages };
  const cleaned = { ...stripBoilerplate(capture, { outletNames: context.outlets.names }), messages: read.messages };
  const titled = findTitle(cleaned);
  const dated = findDate(titled, { now: context.now });
  const attributed = findOutlet(dated, { outlets: context.outlets });
  const named = findEntities(attributed, { index: context.entities, registryOnly: context.registryOnly, nameFinder: context.nameFinder, outletNames: context.outlets.names });
  // The raw lines served stages 1–6; the paragraphs and removed lines carry on (memory, cache size).
  return { capture: { ...named, lines: [] }, messages: named.messages };
}

const IGNORED_FILES = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$|\.tmp-\d+$|~$/;

const CAPTURE_FILE = /\.txt$/i;

/** Captures are the .txt files of the folder; anything else there is reported and left alone. */
function listCaptures(sourcesDir: string, messages: Message[]): string[] {
  if (!fs.existsSync(sourcesDir)) {
    messages.push({ file: displayPath(sourcesDir), severity: "warning", ruleId: "sources-missing", reason: "the captures folder does not exist: nothing to normalize" });
    return [];
  }
  const names: string[] = [];
  for (const entry of fs.readdirSync(sourcesDir, { withFileTypes: true })) {
    if (!entry.isFile() || IGNORED_FILES.test(entry.name)) continue;
    if (CAPTURE_FILE.test(entry.name)) names.push(entry.name);
    else messages.push({ file: displayPath(path.join(sourcesDir, entry.name)), severity: "info", ruleId: "not-a-capture", reason: "not a .txt capture: ignored" });
  }
  return names.sort();
}

/** Paths as the site and the scorer see them: relative to the project, with forward slashes. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith("..") ? file : relative).split(path.sep).join("/");
}

/** One curation note per unknown name, not one per capture: "… (in 12 captures)". */
function collapseRepeatedNotes(messages: Message[]): void {
  const first = new Map<string, { message: Message; count: number }>();
  const kept: Message[] = [];
  for (const message of messages) {
    if (message.ruleId !== "entity-unknown" && message.ruleId !== "outlet-unknown") {
      kept.push(message);
      continue;
    }
    const seen = first.get(message.reason);
    if (seen) seen.count++;
    else {
      const copy = { ...message };
      first.set(message.reason, { message: copy, count: 1 });
      kept.push(copy);
    }
  }
  for (const { message, count } of first.values()) if (count > 1) message.reason += ` (in ${count} captures)`;
  messages.splice(0, messages.length, ...kept);
}

export async function normalizeArchive(options: NormalizeOptions): Promise<NormalizeResult> {
  const messages: Message[] = [];
  let context: CaptureContext;
  try {
    const registries = loadRegistries(options.registryDir);
    const outlets = OutletIndex.fromRegistries(registries);
    messages.push(...outlets.messages);
    context = { now: options.now ?? DateTime.utc().toISO()!, entities: EntityIndex.fromRegistries(registries), outlets, registryOnly: options.registryOnly, nameFinder: options.nameFinder };
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    // Nothing is built from half a registry, and the articles already written stay as they are.
    messages.push({ file: error.file, line: error.line, severity: "error", ruleId: "registry", reason: error.message.replace(/^\S+ error /, "").replace(/ \(registry\)$/, "") });
    return { articles: [], messages };
  }

  const captures: EntityCapture[] = [];
  // The cache's version covers the code, the registries and every option that changes a result.
  const cache = options.cacheDir
    ? CaptureCache.open(options.cacheDir, cacheVersion(options.registryDir, { now: context.now.slice(0, 10), registryOnly: options.registryOnly, nameFinder: options.nameFinder }))
    : undefined;
  for (const name of listCaptures(options.sourcesDir, messages)) {
    const full = path.join(options.sourcesDir, name);
    const file = displayPath(full);
    try {
      const modifiedAt = fs.statSync(full).mtime.toISOString();
      const bytes = new Uint8Array(fs.readFileSync(full));
      const key = cache ? captureKey(file, bytes, modifiedAt) : "";
      let result = cache?.get(key);
      if (!result) {
        result = normalizeCapture({ file, bytes, modifiedAt }, context);
        cache?.set(key, result);
      }
      messages.push(...result.messages);
      if (result.capture) captures.push(result.capture);
    } catch (error) {
      messages.push({ file, severity: "error", ruleId: "capture-failed", reason: `capture could not be normalized: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  cache?.save();
  collapseRepeatedNotes(messages);
  const merged = mergeDuplicates(captures);
  const { articles: dated, messages: dateMessages } = inferYears(merged);
  messages.push(...dateMessages);
  const related = relateArticles(dated);
  const slugs = assignSlugs(related);
  const files: ArticleFile[] = [];
  for (const article of related) {
    const rendered = renderArticle(article, slugs);
    messages.push(...rendered.messages);
    if (rendered.file) files.push(rendered.file);
  }
  files.sort((a, b) => a.slug.localeCompare(b.slug));
  if (options.write !== false) messages.push(...writeArticleFiles(options.articlesDir, files));
  return { articles: files.map(({ slug, frontMatter, body }) => ({ slug, frontMatter, body })), messages, cacheHits: cache?.hits };
}
