// Stage 8: an article becomes content/articles/<slug>.md (the slug it was first published under,
// kept by the address ledger): front matter checked against the contract
// (ArticleFrontMatterSchema) before anything is written, the story's paragraphs as escaped
// markdown, provenance in the front matter. Writes are atomic (temp file + rename); .md
// files of captures that are gone are removed; content/sources/ is never written.
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

export { writeArticleFiles } from "./write-article-files.ts";
