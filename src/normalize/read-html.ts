// A saved web page's bytes become its story's blocks and its metadata: decoded by its own charset
// (BOM, <meta charset>, else UTF-8, else Windows-1252), parsed by linkedom (a fast DOM), its
// metadata read (page-metadata.ts), then Mozilla's Readability (Firefox's Reader View) finds the
// story. The story becomes one text block per paragraph, without what Readability keeps that is
// not the story (captions, lists of links to other stories).
import { Readability } from "@mozilla/readability";
import { createRequire } from "node:module";
import { decodeBytes } from "./decode-bytes.ts";
import { readPageMetadata, type PageMetadata } from "./page-metadata.ts";

// linkedom takes ~0.2 s to load: loaded when the first saved page is read, not by every build and worker.
const require = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | undefined;
const parseHTML = (html: string) => (linkedom ??= require("linkedom") as typeof import("linkedom")).parseHTML(html);

/** Pages larger than this are refused: no news page is, and parsing one would stall the build. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
/** Readability gives up on pages with more elements than this (its own guard against huge DOMs). */
const MAX_ELEMENTS = 100_000;
/** Readability's time grows faster than the depth of nesting (400 levels: ~2 s); news pages stay under ~60. */
export const MAX_DEPTH = 300;

export type HtmlPage =
  | { ok: true; blocks: string[]; metadata: PageMetadata; encoding: string; notes: string[] }
  | { ok: false; reason: string };

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset the page declares in its first bytes (a BOM, <meta charset> or http-equiv), lower case. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "utf-16";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return CHARSET_IN_META.exec(head)?.[1]?.toLowerCase();
}

/**
 * The page's text. A declared single-byte or CJK charset is decoded with TextDecoder; UTF-8,
 * undeclared and unknown charsets go through decodeBytes (strict UTF-8, else Windows-1252).
 */
export function decodePage(bytes: Uint8Array): { ok: true; text: string; encoding: string; notes: string[] } | { ok: false; reason: string } {
  const declared = declaredCharset(bytes);
  if (declared && !/^(utf-?8|utf-16|unicode)$/.test(declared)) {
    try {
      const decoder = new TextDecoder(declared, { fatal: false });
      // A page declared Latin-1 that is really valid UTF-8 (a common mistake) is read as UTF-8.
      const asUtf8 = decodeBytes(bytes);
      if (asUtf8.ok && asUtf8.encoding.startsWith("UTF-8") && asUtf8.notes.length === 0 && /windows-125|iso-8859|latin|ascii/.test(declared)) return asUtf8;
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding, notes: [] };
    } catch {
      const decoded = decodeBytes(bytes);
      return decoded.ok ? { ...decoded, notes: [...decoded.notes, `unknown charset "${declared.slice(0, 30)}": decoded as ${decoded.encoding}`] } : decoded;
    }
  }
  return decodeBytes(bytes);
}

/** Elements that start a new block of text. */
const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TR", "TD", "TH", "BR", "HR", "FIGURE", "ASIDE", "NAV", "FORM", "ADDRESS", "DETAILS", "SUMMARY", "CENTER"]);
/** Never the story's words. */
const SKIPPED = new Set(["FIGCAPTION", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "SELECT", "TEXTAREA", "SVG", "IFRAME", "OBJECT"]);
/** Classes and ids of boxes that are not the story: captions, credits, lists of other stories, sharing. */
const NOT_STORY = /(^|[\s_-])(caption|credit|related|recommended|read-?more|more-?stories|newsletter|share|sharing|social|promo|advert|ad-?slot|sponsor|subscribe|signup|tags?|breadcrumbs?|comments?)($|[\s_-])/i;

/** Whether an element is a list (or box) of links: more of its words are links than not. */
function isLinkList(element: Element): boolean {
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  if (!text) return true;
  let linked = 0;
  for (const link of element.querySelectorAll("a")) linked += (link.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return linked / text.length > 0.6;
}

/** A box marked as not the story is dropped only when small: a story's own wrapper may carry "tag-…" classes. */
const MAX_DROPPED_SHARE = 0.3;

function dropsOut(element: Element, storyLength: number): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (marks.trim() && NOT_STORY.test(marks) && (element.textContent ?? "").length < storyLength * MAX_DROPPED_SHARE) return true;
  return (element.tagName === "UL" || element.tagName === "OL") && (element.textContent ?? "").length < storyLength * MAX_DROPPED_SHARE && isLinkList(element);
}

/** The text of the story element, one string per block (paragraph, heading, list item). */
export function storyBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let run = "";
  const flush = () => {
    const text = run.replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
    run = "";
  };
  // An explicit stack: a page nested thousands deep must not overflow the call stack.
  const stack: Array<Node | "end-block"> = [...root.childNodes].reverse();
  const storyLength = (root.textContent ?? "").length;
  while (stack.length) {
    const node = stack.pop()!;
    if (node === "end-block") {
      flush();
      continue;
    }
    if (node.nodeType === 3) run += node.textContent ?? "";
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (dropsOut(element, storyLength)) continue;
    const block = BLOCK.has(element.tagName);
    if (block) {
      flush();
      stack.push("end-block");
    }
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  flush();
  return blocks;
}

/** Elements that are often left open (`<p>`, `<li>`), and void ones: counting them would overstate the nesting. */
const NOT_NESTING = /^(p|li|td|th|tr|dt|dd|option|br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr|param)$/i;

/**
 * Why a page's markup is too large or too deep to parse at all, from its tags alone: parsing
 * 100,000 nested elements takes linkedom seconds before any check on the DOM could run.
 */
function markupTooLarge(html: string): string | undefined {
  let depth = 0;
  let elements = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (!tag[1]) elements++;
    if (NOT_NESTING.test(tag[2]!) || tag[3]) continue;
    depth += tag[1] ? -1 : 1;
    if (depth > MAX_DEPTH) return `nests elements more than ${MAX_DEPTH} deep, too deep to read`;
  }
  return elements > MAX_ELEMENTS ? `has over ${MAX_ELEMENTS.toLocaleString("en")} elements, too many to read` : undefined;
}

/** A story's own box, by its markup: schema.org's articleBody or a blog theme's post body. */
const STORY_BOX = /(^|\s)(post-body|post-content|entry-content|article-body|articleBody)(\s|$)/;

/**
 * Blogger themes ship a post's HTML inside `<script type="text/template">` in the story's box and
 * write it into the page with JavaScript: a saved page holds the story only there. Such a template
 * in a story's box becomes its markup; templates anywhere else (a framework's) are left alone.
 */
function unwrapTemplatedStory(document: Document): void {
  for (const template of document.querySelectorAll('script[type="text/template"]')) {
    const box = template.parentElement;
    const marks = `${box?.getAttribute("itemprop") ?? ""} ${box?.getAttribute("class") ?? ""}`;
    if (!box || !STORY_BOX.test(marks)) continue;
    const story = document.createElement("div");
    story.innerHTML = template.textContent ?? "";
    box.replaceChild(story, template);
  }
}

/** Decodes, parses and extracts a saved page; a page that cannot be read says why. */
export function readHtmlPage(bytes: Uint8Array): HtmlPage {
  if (bytes.length > MAX_PAGE_BYTES) return { ok: false, reason: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB a saved page may take` };
  const decoded = decodePage(bytes);
  if (!decoded.ok) return decoded;
  const tooLarge = markupTooLarge(decoded.text);
  if (tooLarge) return { ok: false, reason: tooLarge };
  try {
    const { document } = parseHTML(decoded.text);
    const metadata = readPageMetadata(document as unknown as Document);
    unwrapTemplatedStory(document as unknown as Document);
    const article = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS, keepClasses: true, serializer: (element) => element }).parse();
    const content = article?.content as unknown as Element | null | undefined;
    const blocks = content ? storyBlocks(content) : [];
    return { ok: true, blocks, metadata, encoding: decoded.encoding, notes: decoded.notes };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "is nested too deeply to read" };
    const reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 160) : String(error);
    return { ok: false, reason: /too many elements/i.test(reason) ? `has over ${MAX_ELEMENTS.toLocaleString("en")} elements, too many to read` : `could not be read (${reason})` };
  }
}
