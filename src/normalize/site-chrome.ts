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

/** What one site's stories share: how many stories, and in how many of them each line is. */
interface SiteLines {
  stories: number;
  /** Line key → the number of stories it is in (body or headline). */
  storiesWith: Map<string, number>;
  /** Line key → the number of stories whose headline it is. */
  headlinesOf: Map<string, number>;
}

/** The line a capture's title was taken from, when it was one of its lines (not a header, page metadata or a derived title). */
const titleLine = (capture: NormalizedCapture) => (capture.titleDerived || capture.titleEvidence.rule !== "headline-line" ? undefined : capture.title);

const storiesWith = (counts: Map<string, number>, key: string | undefined) => (key === undefined ? 0 : (counts.get(key) ?? 0));

/** One story's part of its sites' counts: per site of its captures, its lines' keys and its headlines' keys, each once. */
type StoryLines = ReadonlyMap<string, { lines: ReadonlySet<string>; headlines: ReadonlySet<string> }>;

function storyLinesOf(article: MergedArticle): StoryLines {
  const bySite = new Map<string, { lines: Set<string>; headlines: Set<string> }>();
  for (const capture of article.captures) {
    const site = siteOf(capture);
    if (!site) continue;
    let story = bySite.get(site);
    if (!story) bySite.set(site, (story = { lines: new Set(), headlines: new Set() }));
    for (const key of keysOf(capture)) if (key !== undefined) story.lines.add(key);
    const headline = titleLine(capture);
    const headlineKey = headline === undefined ? undefined : chromeKey(headline);
    if (headlineKey === undefined) continue;
    story.lines.add(headlineKey);
    story.headlines.add(headlineKey);
  }
  return bySite;
}

/** Adds one story's lines to its sites' counts (`sign` −1: takes them away); returns the sites it touched. */
function countStory(sites: Map<string, SiteLines>, story: StoryLines, sign: 1 | -1): Iterable<string> {
  const bump = (counts: Map<string, number>, key: string) => {
    const count = (counts.get(key) ?? 0) + sign;
    if (count === 0) counts.delete(key);
    else counts.set(key, count);
  };
  for (const [site, { lines, headlines }] of story) {
    let counts = sites.get(site);
    if (!counts) sites.set(site, (counts = { stories: 0, storiesWith: new Map(), headlinesOf: new Map() }));
    counts.stories += sign;
    for (const key of lines) bump(counts.storiesWith, key);
    for (const key of headlines) bump(counts.headlinesOf, key);
    if (counts.stories === 0) sites.delete(site);
  }
  return story.keys();
}

/** Per site, each line's count of stories. An article counts once per site, whatever captures it has there. */
export function countSiteLines(articles: readonly MergedArticle[]): Map<string, SiteLines> {
  const sites = new Map<string, SiteLines>();
  for (const article of articles) countStory(sites, storyLinesOf(article), 1);
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

/** Each of the article's captures without its site's chrome (the very capture when it had none). */
function capturesWithoutSiteChrome(article: MergedArticle, sites: Map<string, SiteLines>): NormalizedCapture[] {
  return article.captures.map((capture) => {
    const site = siteOf(capture);
    return site ? withoutSiteChrome(capture, site, sites.get(site)!) : capture;
  });
}

/** The article with these captures (its own, or copies without site chrome); the same object when they are its own. */
function articleWith(article: MergedArticle, captures: readonly NormalizedCapture[]): MergedArticle {
  if (sameItems(captures, article.captures)) return article;
  const primary = captures[article.captures.indexOf(article.primary)]!;
  const headed = headedCapture(captures as MergedArticle["captures"], primary as MergedArticle["primary"]);
  return {
    ...article,
    captures: captures as MergedArticle["captures"],
    primary: primary as MergedArticle["primary"],
    title: headed.title,
    titleDerived: headed.titleDerived,
    titleEvidence: headed.titleEvidence,
    removed: captures.flatMap((capture) => capture.removed),
  };
}

/**
 * What a process that keeps its captures (npm start: the same objects from build to build) need not
 * count again: each story's lines by its captures, the counts the last build's stories add up to,
 * and each story's captures without chrome. A build counts the stories gone and new only, and
 * looks again only at the stories of a site whose counts moved; the others' lines are judged by
 * the same counts, so they lose the same lines.
 */
export interface SiteChromeMemory {
  /** By an article's first capture: its captures and their lines. */
  storyLines: WeakMap<NormalizedCapture, { captures: readonly NormalizedCapture[]; lines: StoryLines }>;
  /** The last build's stories, whose lines `sites` counts. */
  counted: Set<StoryLines>;
  sites: Map<string, SiteLines>;
  /** By story: its captures without the chrome the last build found. */
  stripped: WeakMap<StoryLines, NormalizedCapture[]>;
}

export const emptySiteChromeMemory = (): SiteChromeMemory => ({ storyLines: new WeakMap(), counted: new Set(), sites: new Map(), stripped: new WeakMap() });

function keptStoryLines(article: MergedArticle, kept: SiteChromeMemory): StoryLines {
  const first = article.captures[0]!;
  const known = kept.storyLines.get(first);
  if (known && sameItems(known.captures, article.captures)) return known.lines;
  const lines = storyLinesOf(article);
  kept.storyLines.set(first, { captures: article.captures, lines });
  return lines;
}

/** Every article without the lines its site's other stories share with it (see the top of this file); `kept`: see SiteChromeMemory. */
export function removeSiteChrome(articles: readonly MergedArticle[], kept?: SiteChromeMemory): MergedArticle[] {
  if (!kept) {
    const sites = countSiteLines(articles);
    return articles.map((article) => articleWith(article, capturesWithoutSiteChrome(article, sites)));
  }
  const stories = articles.map((article) => keptStoryLines(article, kept));
  const gone = new Set(kept.counted);
  const moved = new Set<string>();
  for (const story of stories) {
    if (!gone.delete(story)) for (const site of countStory(kept.sites, story, 1)) moved.add(site);
  }
  for (const story of gone) for (const site of countStory(kept.sites, story, -1)) moved.add(site);
  kept.counted = new Set(stories);
  return articles.map((article, index) => {
    const story = stories[index]!;
    let captures = kept.stripped.get(story);
    if (!captures || [...story.keys()].some((site) => moved.has(site))) kept.stripped.set(story, (captures = capturesWithoutSiteChrome(article, kept.sites)));
    return articleWith(article, captures);
  });
}
