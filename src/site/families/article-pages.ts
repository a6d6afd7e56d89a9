// The article family: /articles/<slug>/ for every article, with its body rendered, its names
// resolved through the entity catalog and its related articles; /articles/<retired slug>/ for
// every retired address (a page sending readers on); and the captures published under /sources/.
import path from "node:path";
import type { RemovedJunk } from "../../article-schema.ts";
import type { Message } from "../../messages.ts";
import { captureName, EMPTY_LEDGER, retiredAddresses } from "../../normalize/address-ledger.ts";
import { slugify } from "../../slug.ts";
import type { ArticleRedirect, ArticleSummary, ArticleView, EntityKind, PublishedSource } from "../archive-types.ts";
import { BodyCache } from "../body-cache.ts";
import type { BuildArchiveInput } from "../build-archive-input.ts";
import { compareNewestFirst, dateInWords, UNDATED } from "../compare.ts";
import { createEntityCatalog, type EntityCatalog } from "../entity-catalog.ts";
import type { ArticleSource } from "../load-articles.ts";
import { plainText } from "../plain-text.ts";
import { TextMemo } from "../../text-memo.ts";
import { CONTRIBUTOR_CREDIT } from "../../normalize/boilerplate-rules.ts";
import { HTML_CAPTURE } from "../../normalize/read-html-capture.ts";
import { publishSources } from "../publish-sources.ts";
import { createMarkdownRenderer } from "../render-markdown.ts";
import { declarePage, type PageDeclaration, type PageFamily } from "./page-family.ts";
import { addressRead, articleViewReads, sourceRead, summaryReads } from "./read-keys.ts";

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Site path of an article, or of a retired address it had. */
export const articlePath = (slug: string) => `/articles/${slug}/`;

/** Article slugs come from file names written by the normalizer; re-slug anything unsafe, skip repeats. */
function acceptArticles(articles: readonly ArticleSource[], messages: Message[]): ArticleSource[] {
  const seen = new Set<string>();
  const accepted: ArticleSource[] = [];
  for (const article of [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    const slug = SAFE_SLUG.test(article.slug) ? article.slug : slugify(article.slug) || "article";
    if (seen.has(slug)) {
      messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "article-duplicate-slug", reason: `slug "${slug}" is already used by another article; this one is skipped` });
      continue;
    }
    seen.add(slug);
    accepted.push(slug === article.slug ? article : { ...article, slug });
  }
  return accepted;
}

function catalogOf(input: BuildArchiveInput, accepted: readonly ArticleSource[]): EntityCatalog {
  return createEntityCatalog(input.registries, {
    actor: accepted.flatMap((a) => a.frontMatter.actors),
    place: accepted.flatMap((a) => a.frontMatter.places),
    outlet: accepted.flatMap((a) => [a.frontMatter.outlet, ...(a.frontMatter.original_outlet ? [a.frontMatter.original_outlet] : [])]),
  });
}

function articleView(article: ArticleSource, catalog: EntityCatalog, sources: ReadonlyMap<string, PublishedSource>, renderBody: (markdown: string) => string): ArticleView {
  const fm = article.frontMatter;
  const uniqueRefs = (kind: EntityKind, names: string[]) => [...new Set(names.map((name) => catalog.ref(kind, name)))];
  const bodyHtml = renderBody(article.body);
  const actors = uniqueRefs("actor", fm.actors);
  const places = uniqueRefs("place", fm.places);
  const mentions = [...actors, ...places].map((ref) => ({ path: ref.path, names: [ref.name, ...(catalog.facts(ref.kind, ref.name)?.aliases ?? [])] }));
  return {
    slug: article.slug,
    path: articlePath(article.slug),
    title: fm.title,
    date: fm.date,
    dateText: fm.date ? dateInWords(fm.date) : UNDATED,
    ...(fm.date === undefined && fm.captured ? { captured: fm.captured, capturedText: dateInWords(fm.captured) } : {}),
    outlet: catalog.ref("outlet", fm.outlet),
    year: fm.date?.slice(0, 4),
    month: fm.date?.slice(0, 7),
    titleDerived: fm.title_derived === true,
    originalOutlet: fm.original_outlet ? catalog.ref("outlet", fm.original_outlet) : undefined,
    author: fm.author,
    originalUrl: fm.url && /^https?:\/\//i.test(fm.url) ? fm.url : undefined,
    actors,
    places,
    sources: [...fm.sources].map((source) => ({ name: path.basename(source), path: sources.get(path.basename(source))?.path, kind: HTML_CAPTURE.test(source) ? "text read from the saved page" : "raw capture" })),
    bodyHtml,
    standfirst: standfirsts.get(bodyHtml),
    mentions,
    endsMidSentence: endsMidSentence(article.body, fm.provenance?.removed ?? []),
    related: [],
    provenance: fm.provenance,
  };
}

/** Standfirsts by story: a rebuild meets the same rendered bodies again (the body cache's very strings). */
const standfirsts = new TextMemo((bodyHtml) => plainText(bodyHtml));

const summaryOf = ({ slug, path, title, date, dateText, captured, capturedText, outlet, standfirst }: ArticleView): ArticleSummary =>
  ({ slug, path, title, date, dateText, captured, capturedText, outlet, standfirst });

/** Words a sentence does not end on: a line ending with one was cut off. */
const MID_SENTENCE_WORDS = new Set(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "that", "as", "is", "was", "were", "are", "his", "her", "their", "its"]);
/** A removed tail line this long that stops on such a word is the story's last, unfinished sentence. */
const CUT_LINE_MIN_WORDS = 8;

/**
 * A capture cut short: the story's last paragraph ends without closing punctuation, or the last
 * line of the capture (removed as page tail: it is no full sentence) is a long line stopping mid-sentence.
 */
function endsMidSentence(markdown: string, removed: readonly RemovedJunk[]): boolean {
  const last = markdown.trimEnd().split(/\n\s*\n/).pop()?.trim() ?? "";
  const unescaped = last.replace(/\\(?=\S)/g, "");
  // A story's closing credit ("Reporting by Jane Roe; Editing by John Doe") ends it without a full stop.
  if (last !== "" && !/^(#|>|[-*] |\d+\. )/.test(last) && !/[.!?:…]["'”’)\]*_]*$/.test(unescaped) && !CONTRIBUTOR_CREDIT.test(unescaped)) return true;
  const tail = removed.reduce<RemovedJunk | undefined>((latest, item) => (!latest || item.line > latest.line ? item : latest), undefined);
  const words = tail?.rule === "page-tail" ? tail.text.trim().split(/\s+/) : [];
  return words.length >= CUT_LINE_MIN_WORDS && MID_SENTENCE_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * Related articles are the normalizer's (stage 7c: alike in words and names, published within
 * weeks): one rule, written in the front matter where a maintainer can correct it.
 */
function linkRelated(accepted: readonly ArticleSource[], bySlug: ReadonlyMap<string, ArticleView>, summaries: ReadonlyMap<string, ArticleSummary>, messages: Message[]): void {
  for (const article of accepted) {
    const view = bySlug.get(article.slug)!;
    for (const slug of article.frontMatter.related ?? []) {
      const found = summaries.get(slug);
      if (found && slug !== view.slug) view.related.push(found);
      else if (!found) messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "related-unknown", reason: `related article "${slug}" does not exist` });
    }
  }
}

/** Retired addresses lead to the article their captures are part of now; each is a page that reads its ledger entry. */
function redirectsOf(input: BuildArchiveInput, accepted: readonly ArticleSource[], summaries: ReadonlyMap<string, ArticleSummary>): { redirects: ArticleRedirect[]; pages: PageDeclaration[] } {
  const published = accepted.map((article) => ({ slug: article.slug, captures: article.frontMatter.sources.map(captureName) }));
  const retired = retiredAddresses(input.addresses ?? EMPTY_LEDGER, published);
  const redirects = retired.map(({ from, to }) => ({ path: articlePath(from), to: summaries.get(to)! }));
  const pages = retired.map(({ from }, i) => declarePage(redirects[i]!.path, "moved", () => [addressRead(from), ...summaryReads(redirects[i]!.to)], false));
  return { redirects, pages };
}

function articleDeclaration(view: ArticleView): PageDeclaration {
  const reads = () => [...articleViewReads(view), ...view.sources.map((source) => sourceRead(source.name)), ...view.related.flatMap(summaryReads)];
  return declarePage(view.path, "article", reads, true);
}

export const articlePages: PageFamily = {
  name: "articles",
  build({ input, messages }) {
    const md = createMarkdownRenderer();
    const bodies = input.bodies ?? BodyCache.open();
    standfirsts.nextRound();
    const accepted = acceptArticles(input.articles, messages);
    const sources = publishSources(accepted, input.sourcesDir, messages);
    const catalog = catalogOf(input, accepted);
    const views = accepted.map((article) => articleView(article, catalog, sources, (body) => bodies.render(body, (markdown) => md.render(markdown))));
    views.sort(compareNewestFirst);
    const summaries = new Map(views.map((view) => [view.slug, summaryOf(view)]));
    linkRelated(accepted, new Map(views.map((view) => [view.slug, view])), summaries, messages);
    const moved = redirectsOf(input, accepted, summaries);
    return {
      parts: { articles: views, summaries, catalog, redirects: moved.redirects, sources: [...sources.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) },
      pages: [...views.map(articleDeclaration), ...moved.pages],
    };
  },
};
