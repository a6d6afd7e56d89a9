// Stage 7a: chrome that only an archive can see. A line that recurs verbatim (ignoring case, digits
// and spacing) in the bodies of several different stories of one site is the site's template — its
// menu, footer or "Most read" box — not any one story's text. Per-capture rules cannot know this.
// Stories are counted, not captures (this runs on merged articles): three captures of one story
// share every paragraph and are still one story. Nothing is mutated: the captures may be the
// cache's own objects (kept warm between rebuilds), so changed ones are copies.
import type { RemovedJunk } from "../article-schema.ts";
import type { NormalizedCapture, SourceLine } from "./capture-file.ts";
import { findTitle } from "./find-title.ts";
import { headedCapture, type MergedArticle } from "./merge-duplicates.ts";
import { hostOf } from "./site-name.ts";
import { isStoryParagraph, isWrapped } from "./story-block.ts";
import { sameItems } from "../same-items.ts";

export const SITE_CHROME_RULE = "site-chrome";

/** A line in this many stories of a site may be its chrome (so a quote two stories share stays). */
export const MIN_STORIES = 3;
/**
 * A line shaped like story text (a sentence, a paragraph, a piece of a hard-wrapped paragraph, or a
 * footer's "About us" sentence) must be in at least this share of the site's stories as well: an
 * outlet's stock phrases and background paragraphs, repeated in a few follow-ups, are story text
 * ("…, officials said."); a sentence on most of its pages is the site's.
 */
export const PROSE_SHARE = 0.5;

/**
 * Longer lines are never a site's chrome (a menu, a teaser, a footer or a disclaimer is far shorter):
 * they are not compared at all, which spares comparing every long paragraph of the archive.
 */
const MAX_CHROME_CHARS = 400;

/** How a line is compared across captures: case and digits ("© 2019", "2,315 views") ignored (lines are
 *  whitespace-normalised when read); undefined for a line too long to be chrome. */
export function chromeKey(text: string): string | undefined {
  if (text.length > MAX_CHROME_CHARS) return undefined;
  const lower = text.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d+/g, "0") : lower;
}

/** Each paragraph's key, computed once per capture (counting and removing both need them). */
const paragraphKeys = new WeakMap<NormalizedCapture, Array<string | undefined>>();
function keysOf(capture: NormalizedCapture): Array<string | undefined> {
  let keys = paragraphKeys.get(capture);
  if (!keys) paragraphKeys.set(capture, (keys = capture.paragraphs.map((paragraph) => chromeKey(paragraph.text))));
  return keys;
}

/** Which site a capture is from: its URL's host, else its outlet; undefined when neither is known. */
export function siteOf(capture: NormalizedCapture): string | undefined {
  if (sites.has(capture)) return sites.get(capture);
  const url = capture.header.url ?? capture.url;
  const site = (url ? hostOf(url) : undefined) ?? capture.outlet;
  sites.set(capture, site);
  return site;
}
/** Each capture's site, found once (counting and removing both ask). */
const sites = new WeakMap<NormalizedCapture, string | undefined>();

/** A line's count of stories, and the last story counted (so a story counts once, however many captures it has). */
interface LineCount {
  stories: number;
  lastStory: number;
}

/** What one site's stories share: how many stories, and in how many of them each line is. */
interface SiteLines {
  stories: number;
  lastStory: number;
  /** Line key → the stories it is in (body or headline). */
  storiesWith: Map<string, LineCount>;
  /** Line key → the stories whose headline it is. */
  headlinesOf: Map<string, LineCount>;
}

/** The line a capture's title was taken from, when it was one of its lines (not a header, page metadata or a derived title). */
const titleLine = (capture: NormalizedCapture) => (capture.titleDerived || capture.titleEvidence.rule !== "headline-line" ? undefined : capture.title);

function countOnce(counts: Map<string, LineCount>, key: string, story: number): void {
  const count = counts.get(key);
  if (!count) counts.set(key, { stories: 1, lastStory: story });
  else if (count.lastStory !== story) {
    count.stories++;
    count.lastStory = story;
  }
}

const storiesWith = (counts: Map<string, LineCount>, key: string | undefined) => (key === undefined ? 0 : (counts.get(key)?.stories ?? 0));

/** Per site, each line's count of stories. An article counts once per site, whatever captures it has there. */
export function countSiteLines(articles: readonly MergedArticle[]): Map<string, SiteLines> {
  const sites = new Map<string, SiteLines>();
  articles.forEach((article, story) => {
    for (const capture of article.captures) {
      const site = siteOf(capture);
      if (!site) continue;
      let lines = sites.get(site);
      if (!lines) sites.set(site, (lines = { stories: 0, lastStory: -1, storiesWith: new Map(), headlinesOf: new Map() }));
      if (lines.lastStory !== story) {
        lines.stories++;
        lines.lastStory = story;
      }
      for (const key of keysOf(capture)) if (key !== undefined) countOnce(lines.storiesWith, key, story);
      const headline = titleLine(capture);
      const headlineKey = headline === undefined ? undefined : chromeKey(headline);
      if (headlineKey === undefined) continue;
      countOnce(lines.storiesWith, headlineKey, story);
      countOnce(lines.headlinesOf, headlineKey, story);
    }
  });
  return sites;
}

/** Menus, teaser headlines and link rows are not sentences: they end without a full stop and start in capitals. */
const SENTENCE_END = /[.!?…"”’»]$/;
const RUNS_ON = /^\p{Ll}/u;
/** A line of hard-wrapped text cut before its sentence ends: "… had been arrested in", "… and an end to". */
const CUT_MID_SENTENCE = /\s(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|but|that|which|who|as|is|are|was|were|has|have|had|been|be|will|would|than|into|its|their|his|her)$/;

/** Whether a line alone reads as story text: a sentence, a paragraph, or a piece of a hard-wrapped one. */
const readsAsSentence = (text: string) => isStoryParagraph(text) || SENTENCE_END.test(text) || RUNS_ON.test(text) || CUT_MID_SENTENCE.test(text);

/** Whether a capture's line reads as story text, alone or with the next line (which may carry on its sentence). */
export function readsAsStory(paragraphs: readonly SourceLine[], index: number): boolean {
  if (readsAsSentence(paragraphs[index]!.text)) return true;
  // The next line carries on the sentence ("…, participants" / "said.").
  const next = paragraphs[index + 1]?.text;
  return (next !== undefined && RUNS_ON.test(next)) || isWrapped(paragraphs, index);
}

/** Why a line is the site's chrome ("recurs in 4 of 5 stories from example.com"), or undefined when it is story text. */
export function chromeEvidence(key: string | undefined, storyShaped: () => boolean, site: string, lines: SiteLines): string | undefined {
  const stories = storiesWith(lines.storiesWith, key);
  if (stories < MIN_STORIES) return undefined;
  if (stories < PROSE_SHARE * lines.stories && storyShaped()) return undefined;
  return `recurs in ${stories} of ${lines.stories} stories from ${site}`;
}

/**
 * Whether a recurring headline is the site's (its banner, a menu item) rather than the story's own: a
 * story's headline listed in other pages' "Most read" boxes is still its headline. It is the site's
 * when two or more stories took it as their headline.
 */
const isSiteHeadline = (key: string | undefined, lines: SiteLines) => storiesWith(lines.headlinesOf, key) >= 2;

/** A capture without its site's chrome: the lines removed (with their evidence), and its title found again if it was one. */
function withoutSiteChrome(capture: NormalizedCapture, site: string, lines: SiteLines): NormalizedCapture {
  const removed: RemovedJunk[] = [];
  const paragraphs: SourceLine[] = [];
  const keys = keysOf(capture);
  capture.paragraphs.forEach((paragraph, index) => {
    const evidence = chromeEvidence(keys[index], () => readsAsStory(capture.paragraphs, index), site, lines);
    if (evidence) removed.push({ rule: SITE_CHROME_RULE, source: capture.file, line: paragraph.line, text: paragraph.text, evidence });
    else paragraphs.push(paragraph);
  });
  const headline = titleLine(capture);
  const headlineKey = headline === undefined ? undefined : chromeKey(headline);
  const headlineEvidence = isSiteHeadline(headlineKey, lines) ? chromeEvidence(headlineKey, () => readsAsSentence(headline!), site, lines) : undefined;
  const lede = capture.titleDerived ? capture.titleEvidence.line : undefined;
  const ledeGone = lede !== undefined && removed.some((junk) => junk.line === lede);
  // A page that is nothing but its site's lines (a section front) keeps them: an empty article tells no one anything.
  if ((removed.length === 0 || paragraphs.length === 0) && !headlineEvidence) return capture;
  const copy: NormalizedCapture = { ...capture, paragraphs, removed: [...capture.removed] };
  if (headlineEvidence && capture.titleEvidence.line) {
    copy.removed.push({ rule: SITE_CHROME_RULE, source: capture.file, line: capture.titleEvidence.line, text: headline!, evidence: headlineEvidence });
  }
  copy.removed.push(...removed);
  copy.removed.sort((a, b) => a.line - b.line);
  // The headline was the site's (or the lede a title was derived from is gone): the next candidate wins.
  if (headlineEvidence || ledeGone) {
    copy.headline = undefined;
    findTitle(copy);
  }
  return copy;
}

/** The article with each capture's site chrome removed; the same object when none of its captures had any. */
function articleWithoutSiteChrome(article: MergedArticle, sites: Map<string, SiteLines>): MergedArticle {
  const captures = article.captures.map((capture) => {
    const site = siteOf(capture);
    return site ? withoutSiteChrome(capture, site, sites.get(site)!) : capture;
  });
  if (sameItems(captures, article.captures)) return article;
  const primary = captures[article.captures.indexOf(article.primary)]!;
  const headed = headedCapture(captures, primary);
  return {
    ...article,
    captures,
    primary,
    title: headed.title,
    titleDerived: headed.titleDerived,
    titleEvidence: headed.titleEvidence,
    removed: captures.flatMap((capture) => capture.removed),
  };
}

/** Every article without the lines its site's other stories share with it (see the top of this file). */
export function removeSiteChrome(articles: readonly MergedArticle[]): MergedArticle[] {
  const sites = countSiteLines(articles);
  return articles.map((article) => articleWithoutSiteChrome(article, sites));
}
