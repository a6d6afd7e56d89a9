// What a saved page says about itself, read from its markup before Readability changes the DOM:
// the JSON-LD article (headline, datePublished, author, publisher), Open Graph and other <meta>
// fields, <time datetime>, an element marked as the date, the canonical URL, <html lang> and its <h1>s. Each value keeps the
// field it came from, so later stages can rank it and provenance can show it.

/** A value the page declares, with the field it came from ("json-ld:headline", "og:title"…). */
export interface PageValue {
  value: string;
  source: string;
}

export interface PageMetadata {
  /** Headlines the markup declares, best first (JSON-LD, og:title, twitter:title, <title>). */
  headlines: PageValue[];
  /** The page's <h1> texts, in order (a few). */
  h1s: string[];
  /** The publication time as the page writes it (ISO, its own offset kept). */
  published?: PageValue;
  /** Site names, best first (og:site_name, the JSON-LD publisher, application-name). */
  siteNames: PageValue[];
  authors: string[];
  /** The page's own address: canonical link, og:url or the JSON-LD url. */
  url?: PageValue;
  lang?: string;
}

import { findDateMentions } from "./date-patterns.ts";
import { evidenceText } from "./evidence.ts";

/** Values longer than this are not names or headlines: they are cut, keeping cached results small. */
const MAX_VALUE = 400;
const clean = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_VALUE);

/** Kinds of JSON-LD item that are a story (schema.org Article and its subtypes). */
const ARTICLE_TYPE = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every object of the page's JSON-LD blocks, @graph lists opened; a block that does not parse is passed over. */
function jsonLdItems(document: Document): JsonObject[] {
  const items: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isObject(value)) {
      items.push(value);
      if (value["@graph"]) visit(value["@graph"], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? "";
    if (text.length > 500_000) continue;
    try {
      // Pages often leave raw line breaks inside strings, which JSON refuses.
      visit(JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ")), 0);
    } catch {
      // A broken block says nothing we can trust.
    }
  }
  return items;
}

const typesOf = (item: JsonObject): string[] => [item["@type"]].flat().filter((type): type is string => typeof type === "string");

/** A name from a string, a {name} object or a list of either. */
function namesOf(value: unknown): string[] {
  return [value].flat().flatMap((item) => (typeof item === "string" ? [clean(item)] : isObject(item) && typeof item.name === "string" ? [clean(item.name)] : [])).filter(Boolean);
}

function firstString(value: unknown): string | undefined {
  const found = [value].flat().find((item) => typeof item === "string" || (isObject(item) && typeof item["@id"] === "string"));
  return typeof found === "string" ? found : isObject(found) ? (found["@id"] as string) : undefined;
}

const metaCache = new WeakMap<Document, Map<string, string>>();

/** Each <meta> key (property, name or itemprop, lower case) with the first content given for it: read once per page. */
function metaFields(document: Document): Map<string, string> {
  let fields = metaCache.get(document);
  if (fields) return fields;
  fields = new Map();
  for (const element of document.querySelectorAll("meta[content]")) {
    const content = clean(element.getAttribute("content"));
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.toLowerCase();
      if (key && !fields.has(key)) fields.set(key, content);
    }
  }
  metaCache.set(document, fields);
  return fields;
}

/** The content of the first <meta> with one of these property/name/itemprop values, in the order given. */
function metaContent(document: Document, keys: readonly string[]): PageValue | undefined {
  const fields = metaFields(document);
  const key = keys.find((name) => fields.has(name));
  return key ? { value: fields.get(key)!, source: `meta:${key}` } : undefined;
}

/** Meta fields that give the publication time, most specific first (htmldate reads these too). */
const PUBLISHED_META = ["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "cxenseparse:recs:publishtime"] as const;

/** A value that starts with a date ("2020-05-01", "2020-05-01T10:00:00-04:00", "2020/05/01", "20200501T10:00Z"). */
export const STARTS_WITH_DATE = /^\s*(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(\d{2})(\d{2})(?=T|$))/;
/** Other meta names for the publication time ("bt:pubDate", "article_date_original"). */
const PUBLISHED_META_NAME = /(^|[:._-])(pub(lish(ed)?)?[-_]?date|date[-_]?pub(lished)?|published[-_]?(time|at)?|article[-_]date[-_]original|creation[-_]?date)$/i;
/** Classes and ids that mark where a page writes its date ("post-date", "published", "article-meta-date"). */
const DATE_MARK = /date|time|publish|posted|byline|meta/i;
/** Boxes whose dates are not the story's: comments, lists of other stories, archives. */
const OTHER_DATES = /comment|reply|related|recommend|archive|sidebar|footer|teaser|promo|calendar/i;

function datedValue(value: string | undefined, source: string): PageValue | undefined {
  return value && STARTS_WITH_DATE.test(value) ? { value: clean(value), source } : undefined;
}

function anyPublishedMeta(document: Document): PageValue | undefined {
  for (const [key, value] of metaFields(document)) {
    if (PUBLISHED_META_NAME.test(key) && STARTS_WITH_DATE.test(value)) return { value, source: `meta:${key.slice(0, 40)}` };
  }
  return undefined;
}

const marksOf = (element: Element) => `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""} ${element.getAttribute("itemprop") ?? ""}`;

/** Whether an element or one of its ancestors is a box of other dates (comments, teasers). */
function inOtherBox(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (OTHER_DATES.test(marksOf(node))) return true;
  return false;
}

/**
 * The first short element the page marks as its date ("<span class=post-date>9 Oct 2018</span>"),
 * read by the text's date patterns: where a page that declares no date shows it.
 */
function markedDate(document: Document): PageValue | undefined {
  let looked = 0;
  for (const element of document.querySelectorAll("[class], [id], [itemprop]")) {
    // A date stands in a small element: a container's text is long and costly to gather.
    if (element.children.length > 6 || !DATE_MARK.test(marksOf(element))) continue;
    if (++looked > 300) break;
    const text = clean(element.textContent);
    if (!text || text.length > 120 || !/\d/.test(text) || inOtherBox(element)) continue;
    const mention = findDateMentions(text).find((found) => found.year !== undefined);
    if (mention) return { value: `${mention.year}-${String(mention.month).padStart(2, "0")}-${String(mention.day).padStart(2, "0")}`, source: `element:${evidenceText(marksOf(element).trim(), 40)}` };
  }
  return undefined;
}

/** Text that is not the page's own prose: code, and photo captions (which date the photo). */
const NOT_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg", "SVG", "FIGURE", "FIGCAPTION"]);
/** How much of the text after the <h1> is read for a date: the byline and dateline are near it. */
const TEXT_AFTER_H1 = 3000;

/** The first full date in the page's text after its first <h1>, where a byline's date stands (read by the text's patterns). */
function firstDateAfterHeadline(document: Document): PageValue | undefined {
  const h1 = document.querySelector("h1");
  const root = document.body ?? document.documentElement;
  if (!h1 || !root) return undefined;
  let text = "";
  let started = false;
  const stack: Node[] = [root];
  while (stack.length && text.length < TEXT_AFTER_H1) {
    const node = stack.pop()!;
    if (node === h1) started = true;
    if (node.nodeType === 3 && started) text += ` ${node.textContent ?? ""}`;
    if (node.nodeType !== 1 || NOT_TEXT.has((node as Element).tagName)) continue;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  const mention = findDateMentions(text.replace(/\s+/g, " ").slice(0, TEXT_AFTER_H1)).find((found) => found.year !== undefined);
  return mention ? { value: `${mention.year}-${String(mention.month).padStart(2, "0")}-${String(mention.day).padStart(2, "0")}`, source: `text-after-h1: ${evidenceText(mention.text, 40)}` } : undefined;
}

function publishedTime(document: Document, article: JsonObject | undefined): PageValue | undefined {
  const fromJson = datedValue(firstString(article?.datePublished), "json-ld:datePublished") ?? datedValue(firstString(article?.dateCreated), "json-ld:dateCreated");
  if (fromJson) return fromJson;
  const meta = metaContent(document, PUBLISHED_META);
  if (meta && STARTS_WITH_DATE.test(meta.value)) return meta;
  // <time> marked as the publication time, else the first <time datetime> inside the article.
  const marked = document.querySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime], [itemprop=datePublished][datetime]");
  const inArticle = document.querySelector("article time[datetime]");
  const time = marked ?? inArticle;
  return datedValue(time?.getAttribute("datetime") ?? undefined, marked ? "time:datePublished" : "time:in-article") ?? anyPublishedMeta(document) ?? markedDate(document) ?? firstDateAfterHeadline(document);
}

/** The page's own http(s) address, when it declares an absolute one. */
function pageUrl(document: Document, article: JsonObject | undefined): PageValue | undefined {
  const candidates: PageValue[] = [
    { value: clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")), source: "link:canonical" },
    { value: metaContent(document, ["og:url"])?.value ?? "", source: "meta:og:url" },
    { value: clean(firstString(article?.url) ?? firstString(article?.mainEntityOfPage)), source: "json-ld:url" },
  ];
  return candidates.find((candidate) => /^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(candidate.value));
}

function headlinesOf(document: Document, article: JsonObject | undefined): PageValue[] {
  const found: Array<PageValue | undefined> = [
    ...namesOf(article?.headline).map((value) => ({ value, source: "json-ld:headline" })),
    metaContent(document, ["og:title"]),
    metaContent(document, ["twitter:title"]),
    { value: clean(document.querySelector("title")?.textContent), source: "title" },
  ];
  return found.filter((value): value is PageValue => Boolean(value?.value));
}

function siteNamesOf(document: Document, article: JsonObject | undefined, items: JsonObject[]): PageValue[] {
  const website = items.find((item) => typesOf(item).includes("WebSite"));
  const found: Array<PageValue | undefined> = [
    metaContent(document, ["og:site_name"]),
    ...namesOf(article?.publisher).map((value) => ({ value, source: "json-ld:publisher" })),
    ...namesOf(website?.name).map((value) => ({ value, source: "json-ld:WebSite" })),
    metaContent(document, ["application-name", "al:android:app_name", "al:ios:app_name", "twitter:app:name:iphone"]),
  ];
  // Some sites put the headline in application-name: a headline is never the site's name.
  const headlines = new Set(headlinesOf(document, article).map((headline) => headline.value));
  return found.filter((value): value is PageValue => Boolean(value?.value) && !headlines.has(value!.value));
}

/** Reads the page's metadata; call it before Readability, which removes scripts and meta tags. */
export function readPageMetadata(document: Document): PageMetadata {
  const items = jsonLdItems(document);
  const article = items.find((item) => typesOf(item).some((type) => ARTICLE_TYPE.test(type)));
  const authors = [...namesOf(article?.author), ...(article ? [] : [metaContent(document, ["author", "article:author", "parsely-author", "sailthru.author"])?.value ?? ""])];
  return {
    headlines: headlinesOf(document, article),
    h1s: [...document.querySelectorAll("h1")].slice(0, 5).map((h1) => clean(h1.textContent)).filter(Boolean),
    published: publishedTime(document, article),
    siteNames: siteNamesOf(document, article, items),
    authors: [...new Set(authors.filter((author) => author && !/^https?:/.test(author)))].slice(0, 5),
    url: pageUrl(document, article),
    lang: clean(document.documentElement?.getAttribute("lang")).slice(0, 20) || undefined,
  };
}
