// The article family: /articles/<slug>/ for every article, with its body rendered, its names
// resolved through the entity catalog and its related articles; /articles/<retired slug>/ for
// every retired address (a page sending readers on); and the captures published under /sources/.
import path from "node:path";
import type { ArticleFrontMatter, RemovedJunk } from "../../article-schema.ts";
import type { Message } from "../../messages.ts";
import { captureName, EMPTY_LEDGER, retiredAddresses } from "../../normalize/address-ledger.ts";
import { slugify } from "../../slug.ts";
import type { ArticleRedirect, ArticleSummary, ArticleView, EntityKind, EntityRef, PublishedSource } from "../archive-types.ts";
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
import { sameItems } from "../../same-items.ts";
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

function catalogOf(input: BuildArchiveInput, accepted: readonly ArticleSource[], last?: EntityCatalog): EntityCatalog {
  return createEntityCatalog(input.registries, {
    actor: accepted.flatMap((a) => a.frontMatter.actors),
    place: accepted.flatMap((a) => a.frontMatter.places),
    outlet: accepted.flatMap((a) => [a.frontMatter.outlet, ...(a.frontMatter.original_outlet ? [a.frontMatter.original_outlet] : [])]),
  }, last);
}

/** What a view is made of besides its article's front matter and body: the refs of its names, its published captures and its rendered body. */
interface ViewInputs {
  bodyHtml: string;
  outlet: EntityRef;
  originalOutlet?: EntityRef;
  actors: EntityRef[];
  places: EntityRef[];
  sourcePaths: (string | undefined)[];
}

function viewInputs(article: ArticleSource, catalog: EntityCatalog, sources: ReadonlyMap<string, PublishedSource>, renderBody: (markdown: string) => string): ViewInputs {
  const fm = article.frontMatter;
  const uniqueRefs = (kind: EntityKind, names: string[]) => [...new Set(names.map((name) => catalog.ref(kind, name)))];
  return {
    bodyHtml: renderBody(article.body),
    outlet: catalog.ref("outlet", fm.outlet),
    originalOutlet: fm.original_outlet ? catalog.ref("outlet", fm.original_outlet) : undefined,
    actors: uniqueRefs("actor", fm.actors),
    places: uniqueRefs("place", fm.places),
    sourcePaths: fm.sources.map((source) => sources.get(path.basename(source))?.path),
  };
}

/** The names an entity is written under in stories: its canonical name and its registered aliases. */
const mentionedAs = (ref: EntityRef, catalog: EntityCatalog) => [ref.name, ...(catalog.facts(ref.kind, ref.name)?.aliases ?? [])];

/** A view of its article, its related articles not linked yet (linkRelated). */
function articleView(article: ArticleSource, inputs: ViewInputs, catalog: EntityCatalog): ArticleView {
  const fm = article.frontMatter;
  const { bodyHtml, actors, places } = inputs;
  return {
    slug: article.slug,
    path: articlePath(article.slug),
    title: fm.title,
    date: fm.date,
    dateText: fm.date ? dateInWords(fm.date) : UNDATED,
    ...(fm.date === undefined && fm.captured ? { captured: fm.captured, capturedText: dateInWords(fm.captured) } : {}),
    outlet: inputs.outlet,
    year: fm.date?.slice(0, 4),
    month: fm.date?.slice(0, 7),
    titleDerived: fm.title_derived === true,
    originalOutlet: inputs.originalOutlet,
    author: fm.author,
    originalUrl: fm.url && /^https?:\/\//i.test(fm.url) ? fm.url : undefined,
    actors,
    places,
    sources: fm.sources.map((source, at) => ({ name: path.basename(source), path: inputs.sourcePaths[at], kind: HTML_CAPTURE.test(source) ? "text read from the saved page" : "raw capture" })),
    bodyHtml,
    standfirst: standfirsts.get(bodyHtml),
    mentions: [...actors, ...places].map((ref) => ({ path: ref.path, names: mentionedAs(ref, catalog) })),
    endsMidSentence: endsMidSentence(article.body, fm.provenance?.removed ?? []),
    related: [],
    provenance: fm.provenance,
  };
}

/** Whether a view of the same front matter and body (the last build's) is what `inputs` make of it now: the same refs, captures, body and names. */
function madeOf(view: ArticleView, inputs: ViewInputs, catalog: EntityCatalog): boolean {
  return (
    view.bodyHtml === inputs.bodyHtml &&
    view.outlet === inputs.outlet &&
    view.originalOutlet === inputs.originalOutlet &&
    sameItems(view.actors, inputs.actors) &&
    sameItems(view.places, inputs.places) &&
    sameItems(view.sources.map((source) => source.path), inputs.sourcePaths) &&
    view.mentions.every((mention, at) => sameItems(mention.names, mentionedAs((at < view.actors.length ? view.actors[at] : view.places[at - view.actors.length])!, catalog)))
  );
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
function relatedOf(article: ArticleSource, summaries: ReadonlyMap<string, ArticleSummary>, messages: Message[]): ArticleSummary[] {
  const related: ArticleSummary[] = [];
  for (const slug of article.frontMatter.related ?? []) {
    const found = summaries.get(slug);
    if (found && slug !== article.slug) related.push(found);
    else if (!found) messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "related-unknown", reason: `related article "${slug}" does not exist` });
  }
  return related;
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

/** An article's view and summary, and what the next build of a warm process compares to reuse them. */
interface MadeView {
  article: ArticleSource;
  view: ArticleView;
  summary: ArticleSummary;
  /** The view is the last build's (never changed in place). */
  reused: boolean;
}

/**
 * The last build's catalog and views in a process that keeps its state warm (npm start), its views
 * by front matter: render-articles hands an unchanged article's very front matter object on, so a
 * view of the same front matter and body whose other inputs are the same objects (madeOf) is the
 * same data, and it is reused as it is: frozen already, its data hashed once (read-data.ts), its
 * entity lists made of the same summaries. A one-off build neither reads nor keeps it.
 */
let warm: { catalog: EntityCatalog; registries: string; views: WeakMap<ArticleFrontMatter, MadeView> } | undefined;

/** How a build makes its views: the catalog, the published captures, the body renderer, and whether its names are the last build's. */
interface ViewMaking {
  catalog: EntityCatalog;
  sources: ReadonlyMap<string, PublishedSource>;
  renderBody: (markdown: string) => string;
  /** The same registries and refs as the last build: an unchanged article's names, refs and mentions are its last view's. */
  namesAsBefore: boolean;
}

function madeView(article: ArticleSource, making: ViewMaking, last: MadeView | undefined): MadeView {
  const same = last !== undefined && last.article.slug === article.slug && last.article.body === article.body;
  if (same && making.namesAsBefore) {
    const bodyHtml = making.renderBody(article.body);
    const sourcePaths = article.frontMatter.sources.map((source) => making.sources.get(path.basename(source))?.path);
    if (bodyHtml === last.view.bodyHtml && sameItems(sourcePaths, last.view.sources.map((source) => source.path))) return { ...last, article, reused: true };
  }
  const inputs = viewInputs(article, making.catalog, making.sources, making.renderBody);
  if (same && madeOf(last.view, inputs, making.catalog)) return { ...last, article, reused: true };
  const view = articleView(article, inputs, making.catalog);
  return { article, view, summary: summaryOf(view), reused: false };
}

/** The view with its related articles: the same view while they are the same summaries. */
function withRelated(made: MadeView, related: ArticleSummary[]): ArticleView {
  if (sameItems(made.view.related, related)) return made.view;
  if (made.reused) return { ...made.view, related };
  made.view.related = related;
  return made.view;
}

export const articlePages: PageFamily = {
  name: "articles",
  build({ input, messages }) {
    const md = createMarkdownRenderer();
    const bodies = input.bodies ?? BodyCache.open();
    const renderBody = (body: string) => bodies.render(body, (markdown) => md.render(markdown));
    standfirsts.nextRound();
    const last = input.keepWarm ? warm : undefined;
    const accepted = acceptArticles(input.articles, messages);
    const sources = publishSources(accepted, input.sourcesDir, messages);
    const catalog = catalogOf(input, accepted, last?.catalog);
    const registries = JSON.stringify(input.registries);
    const making = { catalog, sources, renderBody, namesAsBefore: catalog.keptRefs && registries === last?.registries };
    const made = accepted.map((article) => madeView(article, making, last?.views.get(article.frontMatter)));
    const newestFirst = [...made].sort((a, b) => compareNewestFirst(a.view, b.view));
    const summaries = new Map(newestFirst.map(({ view, summary }) => [view.slug, summary]));
    for (const item of made) item.view = withRelated(item, relatedOf(item.article, summaries, messages));
    if (input.keepWarm) warm = { catalog, registries, views: new WeakMap(made.map((item) => [item.article.frontMatter, item])) };
    const views = newestFirst.map(({ view }) => view);
    const moved = redirectsOf(input, accepted, summaries);
    return {
      parts: { articles: views, summaries, catalog, redirects: moved.redirects, sources: [...sources.values()].sort((a, b) => (a.path < b.path ? -1 : 1)) },
      pages: [...views.map(articleDeclaration), ...moved.pages],
    };
  },
};
