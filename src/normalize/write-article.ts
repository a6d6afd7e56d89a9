// Stage 8: an article becomes content/articles/<slug>.md (the slug it was first published under,
// kept by the address ledger): front matter checked against the contract
// (ArticleFrontMatterSchema) before anything is written, the story's paragraphs as escaped
// markdown, provenance in the front matter. Writes are atomic (temp file + rename); .md
// files of captures that are gone are removed; content/sources/ is never written.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { contentHash } from "../content-hash.ts";
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from "../article-schema.ts";
import type { Message } from "../messages.ts";
import { EMPTY_LEDGER, planAddresses, type AddressLedger, type AddressPlan } from "./address-ledger.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { headerLine } from "./read-capture.ts";
import { toYaml } from "./front-matter-yaml.ts";
import type { EntityCapture } from "./find-entities.ts";
import type { RelatedArticle } from "./relate-articles.ts";
import { sameItems } from "../same-items.ts";

export interface ArticleFile {
  slug: string;
  frontMatter: ArticleFrontMatter;
  body: string;
  text: string;
  /** contentHash of text, when known already (a file rendered by an earlier build of this process). */
  hash?: string;
}

export const UNKNOWN_OUTLET = "Unknown outlet";

/**
 * Stable slugs: the address ledger's for articles published before (see address-ledger.ts); the
 * others in id order, each from its title, else from its first capture's name.
 */
export function assignSlugs(articles: readonly RelatedArticle[], ledger: AddressLedger = EMPTY_LEDGER): AddressPlan {
  return planAddresses(articles.map((article) => ({ id: article.id, title: article.title, captures: article.captures.map((capture) => capture.name) })), ledger);
}

function frontMatterOf(article: RelatedArticle, slugs: Map<string, string>): ArticleFrontMatter {
  const related = article.related.map((id) => slugs.get(id)).filter((slug): slug is string => Boolean(slug));
  return {
    title: article.title,
    ...(article.titleDerived ? { title_derived: true } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(!article.date && article.captured ? { captured: article.captured } : {}),
    outlet: article.outlet ?? UNKNOWN_OUTLET,
    ...(article.originalOutlet ? { original_outlet: article.originalOutlet } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.url ? { url: article.url } : {}),
    actors: article.actors,
    places: article.places,
    sources: article.captures.map((capture) => capture.file),
    ...(related.length ? { related } : {}),
    provenance: {
      title: article.titleEvidence,
      ...(article.dateEvidence ? { date: article.dateEvidence } : {}),
      ...(article.outletEvidence ? { outlet: article.outletEvidence } : {}),
      removed: article.removed,
    },
  };
}

/**
 * The capture a front-matter field's value came from (of a merged article's several), and its
 * line there: the evidence's line, or the header field's. Unknown: the primary capture, no line.
 */
function sourceOf(article: RelatedArticle, frontMatter: ArticleFrontMatter, field: PropertyKey | undefined): { file: string; line?: number } {
  const { captures } = article;
  let capture: EntityCapture | undefined;
  let line: number | undefined;
  if (field === "title") {
    capture = captures.find((candidate) => candidate.titleEvidence === article.titleEvidence);
    line = article.titleEvidence.line;
  } else if (field === "date") {
    capture = captures.find((candidate) => candidate.dateCandidates.some((date) => date.evidence === article.dateEvidence));
    line = article.dateEvidence?.line;
  } else if (field === "outlet") {
    capture = captures.find((candidate) => candidate.outletEvidence === article.outletEvidence);
    line = article.outletEvidence?.line;
  } else if (field === "url" || field === "author") {
    capture = captures.find((candidate) => candidate.headerLines?.[field] !== undefined && candidate.header[field] === frontMatter[field]);
  }
  if (!capture) return { file: article.primary.file };
  return { file: capture.file, line: line ?? (typeof field === "string" ? capture.headerLines?.[field as keyof typeof capture.headerLines] : undefined) };
}

/**
 * Articles rendered before in this process, by primary capture (kept warm by npm start, whose
 * captures are the same objects from build to build): one whose slug and front matter are the
 * same is not checked, serialized, escaped or hashed again (the same primary capture object has
 * the same paragraphs, so the same body). The file's text is not kept: it is joined again, unread
 * unless the file must be written.
 */
export type RenderedArticles = WeakMap<EntityCapture, { key: string; input: ArticleFrontMatter; frontMatter: ArticleFrontMatter; yaml: string; body: string; hash: string; messages: Message[] }>;

/** The article's file, or the reasons it cannot be written; `kept` (see RenderedArticles) skips the work for one rendered before. */
export function renderArticle(article: RelatedArticle, slugs: Map<string, string>, kept?: RenderedArticles): { file?: ArticleFile; messages: Message[] } {
  const slug = slugs.get(article.id)!;
  const frontMatter = frontMatterOf(article, slugs);
  if (!kept) return renderFile(article, slug, frontMatter);
  const before = kept.get(article.primary);
  const prefix = `${slug}\n${Boolean(article.outlet)}\n`;
  // The same values as the last build's front matter, field by field, need no key: serializing the provenance was most of this step.
  const same = before !== undefined && before.key.startsWith(prefix) && sameValues(before.input, frontMatter, 1);
  const key = same ? before.key : `${prefix}${JSON.stringify(frontMatter)}`;
  if (before?.key === key) {
    before.input = frontMatter;
    return { file: { ...articleFile(slug, before.frontMatter, before.yaml, before.body), hash: before.hash }, messages: [...before.messages] };
  }
  const rendered = renderFile(article, slug, frontMatter);
  // Only a written article: a rejected one's messages point into its other captures too.
  if (!rendered.file) return rendered;
  const file = { ...rendered.file, hash: contentHash(rendered.file.text) };
  kept.set(article.primary, { key, input: frontMatter, frontMatter: file.frontMatter, yaml: rendered.yaml!, body: file.body, hash: file.hash, messages: rendered.messages });
  return { file, messages: rendered.messages };
}

/**
 * Whether two front matters made by frontMatterOf serialize alike, judged without serializing:
 * the same fields in the same order, each the same value, an array of the same items, or (`depth`
 * levels down: the provenance) an object of such fields. What they hold (evidence, removed lines)
 * comes from the captures, which no step changes in place, so the same object is the same data.
 */
function sameValues(a: object, b: object, depth: number): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  return keys.every((key, index) => {
    if (key !== others[index]) return false;
    const x: unknown = (a as Record<string, unknown>)[key];
    const y: unknown = (b as Record<string, unknown>)[key];
    if (x === y) return true;
    if (Array.isArray(x) && Array.isArray(y)) return sameItems(x, y);
    return depth > 0 && typeof x === "object" && typeof y === "object" && x !== null && y !== null && sameValues(x, y, depth - 1);
  });
}

const markdownOf = (article: RelatedArticle) => article.primary.paragraphs.map((paragraph) => escapeMarkdown(paragraph.text)).join("\n\n");

function articleFile(slug: string, frontMatter: ArticleFrontMatter, yaml: string, body: string): ArticleFile {
  return { slug, frontMatter, body, text: `---\n${yaml}---\n${body}\n` };
}

function renderFile(article: RelatedArticle, slug: string, frontMatter: ArticleFrontMatter): { file?: ArticleFile; yaml?: string; messages: Message[] } {
  const messages: Message[] = [];
  if (!article.outlet) {
    messages.push({
      file: article.primary.file,
      line: headerLine(article.primary.header),
      severity: "warning",
      ruleId: "outlet-missing",
      reason: `no outlet found: written as "${UNKNOWN_OUTLET}"; add an outlet to the capture's header or a signature to content/registry/outlets.yaml`,
      data: { field: "outlet" },
    });
  }
  const checked = ArticleFrontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path.map(String).join(".");
      messages.push({
        ...sourceOf(article, frontMatter, issue.path[0]),
        severity: "error",
        ruleId: "article-schema",
        reason: `article not written: ${field || "front matter"}: ${issue.message}`,
        ...(field ? { data: { field } } : {}),
      });
    }
    return { messages };
  }
  const yaml = toYaml(checked.data);
  return { file: articleFile(slug, checked.data, yaml, markdownOf(article)), yaml, messages };
}

/** Files written at once: the writes are system calls, spread over libuv's threads (and both cores). */
const WRITES_AT_ONCE = 16;

/**
 * What this writer last wrote: per file its size, modification time and text hash. A file whose
 * size and time still match is known without reading it back (10,000 reads took ~0.6 s of a
 * rebuild); any other file is compared by its bytes.
 */
const WRITTEN_RECORD = ".written.json";
type WrittenRecord = Record<string, [size: number, mtimeMs: number, hash: string]>;

function readRecord(articlesDir: string): WrittenRecord {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(articlesDir, WRITTEN_RECORD), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as WrittenRecord) : {};
  } catch {
    return {};
  }
}

/**
 * Writes every file atomically and removes stale .md files; never touches anything else. Each
 * file is let go once written: a site build renders its pages meanwhile, and the articles' texts,
 * front matter and bodies are the largest thing it would otherwise hold until the last page. (Not
 * an async function: a suspended one keeps its arguments, here every file, until it ends.)
 */
export function writeArticleFiles(articlesDir: string, files: ArticleFile[]): Promise<Message[]> {
  fs.mkdirSync(articlesDir, { recursive: true });
  const present = fs.readdirSync(articlesDir, { withFileTypes: true });
  const wanted = new Set(files.map((file) => `${file.slug}.md`));
  const stale = present.filter((entry) => entry.isFile() && entry.name.endsWith(".md") && !wanted.has(entry.name)).map((entry) => entry.name);
  // Only what the write needs: the front matter objects are let go with the site's input.
  const pending = files.map(({ slug, text, hash }): PendingFile => ({ slug, text, hash }));
  return writeInTurn(articlesDir, pending, new Set(present.map((entry) => entry.name)), stale);
}

type PendingFile = Pick<ArticleFile, "slug" | "text" | "hash">;

async function writeInTurn(articlesDir: string, pending: Array<PendingFile | undefined>, existing: Set<string>, stale: string[]): Promise<Message[]> {
  const previous = readRecord(articlesDir);
  const record: WrittenRecord = {};
  const failures: Array<Message | undefined> = new Array(pending.length);
  const writeOne = async (file: PendingFile, position: number) => {
    const name = `${file.slug}.md`;
    const target = path.join(articlesDir, name);
    const temporary = path.join(articlesDir, `.${file.slug}.md.tmp-${process.pid}`);
    const hash = file.hash ?? contentHash(file.text);
    try {
      // Unchanged files keep their modification time (incremental site builds can rely on it).
      if (existing.has(name)) {
        const stat = await fsp.stat(target);
        const known = previous[name];
        const same = known && known[0] === stat.size && known[1] === stat.mtimeMs ? known[2] === hash : stat.isFile() && (await fsp.readFile(target, "utf8")) === file.text;
        if (same) {
          record[name] = [stat.size, stat.mtimeMs, hash];
          return;
        }
      }
      await fsp.writeFile(temporary, file.text);
      await fsp.rename(temporary, target);
      const stat = await fsp.stat(target);
      record[name] = [stat.size, stat.mtimeMs, hash];
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      failures[position] = { file: target, severity: "error", ruleId: "article-write", reason: `could not write the article: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  let next = 0;
  const writer = async () => {
    while (next < pending.length) {
      const position = next++;
      const file = pending[position]!;
      pending[position] = undefined;
      await writeOne(file, position);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, pending.length) }, writer));
  for (const name of stale) fs.rmSync(path.join(articlesDir, name), { force: true });
  const recordFile = path.join(articlesDir, WRITTEN_RECORD);
  const temporary = `${recordFile}.tmp-${process.pid}`;
  try {
    // Sorted: the writes finish in any order, the record is the same for the same files.
    fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))));
    fs.renameSync(temporary, recordFile);
  } catch {
    // Only a shortcut for the next run: without it, files are compared by their bytes.
    fs.rmSync(temporary, { force: true });
  }
  return failures.filter((message): message is Message => message !== undefined);
}
