// Where the story runs in a copied page, and what stands around it. A page copied from a browser
// is menus, then the headline, its byline and date, then the story, then teasers, footers and
// comments. The story's block is the run of lines with the most story text in it; the headline is
// the line that reads as one just above it; the short lines outside it are the page's chrome.
// Used by stage 2 (strip-boilerplate.ts), after the named line rules have had their say.
import { isDatedByline, isScheduleRow, isStampLine, isStampOrCaption, looksLikeHeadlineLine, UNPUNCTUATED } from "./boilerplate-rules.ts";
import { TextMemo } from "../text-memo.ts";
import type { SourceLine } from "./capture-file.ts";

/** A line's rule id when a named rule found it chrome. */
export type JunkMarks = Array<string | undefined>;

/** The rules ask a line's word count many times over: a string keeps its hash, so a lookup is cheaper than counting again. */
const wordCounts = new TextMemo((text) => (text.match(/\S+/g) ?? []).length, 4096);
export const wordCount = (text: string) => wordCounts.get(text);

/** A line that reads as running story text rather than chrome (a long line without a stop or a comma is a tag cloud or a menu). */
export function isStoryParagraph(text: string): boolean {
  const words = wordCount(text);
  return (words >= 25 && !UNPUNCTUATED.test(text)) || (words >= 10 && /[.!?…"”’»)]$/.test(text));
}

/** A line written as a sentence ("The KRG agreed.", "He said:"): a menu item or a teaser is not one. */
export function isSentence(text: string): boolean {
  return wordCount(text) >= 3 && /[.!?…:"”’»]$/.test(text);
}

/** A line of hard-wrapped text (wire copy, mail): a sentence runs on from it or into it. */
export function isWrapped(lines: readonly SourceLine[], index: number): boolean {
  const text = lines[index]!.text;
  const next = lines[index + 1]?.text;
  const previous = lines[index - 1]?.text;
  const open = (line: string) => !/[.!?:"”]$/.test(line);
  // A lower-case word runs on ("regional sides and"); "iPad", "eBay", a list's "a." or a byline ("by jane on May 2, 2019") do not.
  const runsOn = (line: string) => /^\p{Ll}+(?=[\s,;:)]|$)/u.test(line) && !isDatedByline(line);
  if (wordCount(text) < 4) return false;
  return (next !== undefined && open(text) && runsOn(next)) || (previous !== undefined && runsOn(text) && open(previous));
}

/** "Lotte 6 Hyundai 2", "June 14-16 v Leicestershire", "June 29 – Holmdel, NJ": a row of results or a schedule. */
export function isTableRow(text: string): boolean {
  return ((text.match(/\d+/g) ?? []).length >= 2 && /\p{L}/u.test(text)) || isScheduleRow(text);
}

/** "Samsung 10 Haitai 3", "Colorado 70 65 .519 5": a short row of scores (a headline with numbers has more words than numbers). */
function isResultsRow(text: string): boolean {
  const numbers = (text.match(/\d+/g) ?? []).length;
  return numbers >= 2 && (numbers >= 3 || wordCount(text) <= 6);
}

/** What a line that is neither junk nor story costs the block around it, in words of story: a
 *  subhead or a caption inside a story costs little against its paragraphs, a menu of forty links a lot. */
const NON_STORY_LINE_COST = 6;

/** What a line adds to the block around it: story text its words; the items of a list it announced
 *  ("Tour dates:") and rows of results or schedules a little; any other line a cost; junk nothing. */
function lineGain(text: string, isJunk: boolean, inList: boolean): number {
  if (isJunk) return 0;
  if (isStoryParagraph(text) || isSentence(text)) return wordCount(text);
  if (inList || isTableRow(text)) return 1;
  return -NON_STORY_LINE_COST;
}

/**
 * The story's block, [first, last] line index: the run of lines whose gains add up to the most
 * (a maximum-sum segment). A long paragraph far from it (a footer's "about us", a promoted story
 * below a list of links) stays outside. [-1, -1] when no line adds anything.
 */
export function storyBlock(lines: readonly SourceLine[], junk: JunkMarks): [number, number] {
  let best: [number, number] = [-1, -1];
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  let inList = false;
  let storySeen = false;
  lines.forEach((line, index) => {
    const gain = lineGain(line.text, junk[index] !== undefined, inList);
    storySeen ||= gain > 1;
    // A list runs from its colon to the next paragraph or the next line a rule knows as chrome; a
    // story announces it, so a colon above any text ("Information:", "RSS feeds:") is a menu's.
    inList = !junk[index] && ((storySeen && line.text.endsWith(":")) || (inList && !isStoryParagraph(line.text)));
    if (sum <= 0 && gain > 0) [start, sum] = [index, 0];
    sum += gain;
    if (sum > bestSum) [best, bestSum] = [[start, index], sum];
  });
  return [withoutHeadlineRow(lines, junk, best[0]), best[1]];
}

/** A headline with numbers in it ("Example Motors 2019 deliveries dip to 1.24 million cars") counts as a row of a table;
 *  when a story paragraph is the next line that is no chrome, it is the story's headline, not its first row. */
function withoutHeadlineRow(lines: readonly SourceLine[], junk: JunkMarks, first: number): number {
  const text = lines[first]?.text;
  if (text === undefined || isStoryParagraph(text) || isSentence(text) || !headlineShaped(text)) return first;
  let next = first + 1;
  while (next < lines.length && junk[next]) next++;
  return next < lines.length && isStoryParagraph(lines[next]!.text) ? next : first;
}

/** How many lines from the story's first paragraph a headline's words are looked for in. */
const OPENING_LINES = 4;

/** How many lines from the story's first paragraph break a tie between candidates (the story's words, not only its opening's). */
const STORY_LINES = 40;

/** How far above the story's first line its headline may stand (past bylines, dates, captions, share buttons). */
const HEADLINE_REACH = 12;

/** The words of a text worth comparing: four letters or more, lower case. */
const contentWords = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);

/** How many of a line's content words, each counted once, the story's opening repeats. */
function sharedWords(text: string, opening: Set<string>): number {
  return new Set(contentWords(text).filter((word) => opening.has(word))).size;
}

/** The share of a line's content words that the story's opening repeats (0–1). */
function storyOverlap(text: string, opening: Set<string>): number {
  const words = contentWords(text);
  return words.length === 0 ? 0 : words.filter((word) => opening.has(word)).length / words.length;
}

/** Whether a line may be a headline: it reads as one and is not a byline, a stamp or a caption. */
const headlineShaped = (text: string) => looksLikeHeadlineLine(text) && !/^\p{Ll}/u.test(text) && !isStampOrCaption(text);

/** At most this many lines between a headline and its standfirst (a date, a section, a caption). */
const STANDFIRST_GAP = 2;

/** How far below a headline its byline or date stands (past a standfirst). */
const STAMP_REACH = 3;

/**
 * A short sentence over the story whose byline or date stands just below it (past a standfirst):
 * a headline that ends in a full stop, as some sites write them.
 */
function isSentenceHeadline(lines: readonly SourceLine[], junk: JunkMarks, index: number): boolean {
  const text = lines[index]?.text ?? "";
  if (wordCount(text) > 20 || text.length > 160 || !/^[\p{Lu}\d"“‘'[]/u.test(text) || isStampOrCaption(text)) return false;
  return stampBelow(lines, junk, index) >= 0;
}

/** A line that reads as a headline but for its full stop, with a byline or date under it (a wire's "Talks resume in Erbil." over "ERBIL 2019-05-02"). */
const isStampedHeadlineWithStop = (lines: readonly SourceLine[], junk: JunkMarks, index: number) =>
  /[^.]\.$/.test(lines[index]!.text) && headlineShaped(lines[index]!.text.slice(0, -1)) && isSentenceHeadline(lines, junk, index);

/** The first byline or date within STAMP_REACH lines below a line, or -1: the mark of a headline (a caption or a teaser above the story has none). */
function stampBelow(lines: readonly SourceLine[], junk: JunkMarks, index: number): number {
  for (let below = index + 1; below <= index + STAMP_REACH && below < lines.length; below++) {
    if (junk[below] === "date-line" || junk[below] === "byline" || isStampLine(lines[below]!.text)) return below;
  }
  return -1;
}

const hasStampBelow = (lines: readonly SourceLine[], junk: JunkMarks, index: number) => stampBelow(lines, junk, index) >= 0;

/**
 * A headline's byline or date stands under it, so a chosen line without one, below another
 * candidate's byline, is a deck or a caption ("Headline" / "By" / "Jane Roe" / share buttons /
 * "A deck repeating the lede"): the stamped line above it is the headline.
 */
function headlineOverItsStamp(lines: readonly SourceLine[], junk: JunkMarks, chosen: number, stamped: number): number {
  if (stamped < 0 || stamped >= chosen || hasStampBelow(lines, junk, chosen)) return chosen;
  return stampBelow(lines, junk, stamped) < chosen ? stamped : chosen;
}

/** What a byline or date under a candidate counts for, in words shared with the story. */
const STAMP_WEIGHT = 2;

/** A headline over a standfirst has at least this many words (a kicker or a section name has fewer). */
const MIN_HEADLINE_OVER_STANDFIRST = 6;
/** A line of fewer words is taken for a headline, not a standfirst (headlines run 6–14 words). */
const MIN_STANDFIRST_WORDS = 15;

/** A standfirst has at least this many words more than the headline over it. */
const STANDFIRST_EXTRA_WORDS = 3;

/**
 * The chosen line is a standfirst when a shorter line that may be a headline, sharing a word with
 * the story, stands just above it (past at most STANDFIRST_GAP other lines): that line is the
 * headline ("Web tracking leaks into shops" over "A short story about …" over the byline).
 */
function headlineOverStandfirst(lines: readonly SourceLine[], junk: JunkMarks, chosen: number, story: Set<string>): number {
  const chosenWords = wordCount(lines[chosen]!.text);
  if (chosenWords < MIN_STANDFIRST_WORDS) return chosen;
  let passed = 0;
  for (let index = chosen - 1; index >= 0 && passed <= STANDFIRST_GAP; index--) {
    if (junk[index]) continue;
    const text = lines[index]!.text;
    if (headlineShaped(text) && wordCount(text) >= MIN_HEADLINE_OVER_STANDFIRST && wordCount(text) + STANDFIRST_EXTRA_WORDS <= chosenWords && sharedWords(text, story) > 0) return index;
    passed++;
  }
  return chosen;
}

/** A headline the story's opening shares no word with is a guess; one further up that shares most of its words is not. */
const FAR_HEADLINE_OVERLAP = 0.5;

/**
 * The headline above the story: among the lines that may be one within HEADLINE_REACH lines (not
 * junk) above the story's first paragraph (a headline ending in "?" may open the block itself),
 * the one sharing the most words with the story's opening, the nearest on a tie. When none shares a
 * word with the opening, a line higher up the page that shares most of its words wins, if any.
 * -1 when no line may be a headline.
 */
export function headlineAbove(lines: readonly SourceLine[], junk: JunkMarks, first: number): number {
  const nextParagraph = (from: number) => {
    let index = from;
    while (index < lines.length - 1 && (junk[index] || !isStoryParagraph(lines[index]!.text))) index++;
    return index;
  };
  let storyStart = nextParagraph(first);
  // A headline written as a sentence ("…. Now, it's being reborn.") opens the block, its stamp below it.
  const sentenceHeadline = isSentenceHeadline(lines, junk, storyStart) ? storyStart : -1;
  // The opening the candidates are matched with includes that sentence: a standfirst's words are the story's.
  const opening = new Set(lines.slice(storyStart, storyStart + OPENING_LINES).flatMap((line) => contentWords(line.text)));
  const story = new Set(lines.slice(storyStart, storyStart + STORY_LINES).flatMap((line) => contentWords(line.text)));
  if (sentenceHeadline >= 0) storyStart = nextParagraph(storyStart + 1);
  let best = -1;
  let bestShared = -1;
  let bestScore = -1;
  let reach = HEADLINE_REACH;
  // The nearest candidate within reach sharing a word with the opening, its byline or date under it.
  let stamped = -1;
  for (let index = storyStart - 1; index >= 0; index--) {
    // A headline that opens the story's block and shares its words is not outdone by a line above the block.
    if (index < first && best >= first && bestShared > 0) break;
    // Inside the block, before its first paragraph, rows of results and wrapped lines are the story's own.
    const storyLine = index >= first && (isWrapped(lines, index) || isResultsRow(lines[index]!.text));
    if (junk[index] || storyLine || index === sentenceHeadline || !(headlineShaped(lines[index]!.text) || isStampedHeadlineWithStop(lines, junk, index))) {
      if (!junk[index]) reach--;
      continue;
    }
    const overlap = storyOverlap(lines[index]!.text, opening);
    // Within reach, the line sharing the most words (a menu item shares one at most: "Reuters");
    // beyond it, only one that shares most of its words.
    const shared = sharedWords(lines[index]!.text, opening);
    // A byline or date under it counts for a line sharing words; a tie goes to the line sharing more of the story's words.
    const stampedHere = shared > 0 && hasStampBelow(lines, junk, index);
    const score = (stampedHere ? shared + STAMP_WEIGHT : shared) + sharedWords(lines[index]!.text, story) / 1000;
    if (reach > 0 ? score > bestScore : bestShared <= 0 && overlap >= FAR_HEADLINE_OVERLAP && shared > bestShared) [best, bestShared, bestScore] = [index, shared, score];
    if (reach > 0 && stamped < 0 && stampedHere) stamped = index;
    reach--;
  }
  if (best >= 0) best = headlineOverStandfirst(lines, junk, headlineOverItsStamp(lines, junk, best, stamped), story);
  // The sentence over the byline is a standfirst when its headline stands just above it, sharing a
  // word with the story; else it is the headline.
  if (sentenceHeadline < 0) return best;
  const between = lines.slice(best + 1, sentenceHeadline).filter((_, offset) => !junk[best + 1 + offset]).length;
  return best >= 0 && best < sentenceHeadline && bestShared > 0 && between <= STANDFIRST_GAP ? best : sentenceHeadline;
}

const SLUG_STOP_WORDS = new Set(["the", "and", "for", "with", "from", "that", "this", "into", "over", "after", "html", "htm", "php", "aspx", "amp", "index", "article", "story", "news"]);

/** The words of a URL's slug ("/2023/11/08/council-votes-to-rebuild-market/" → council, votes, rebuild, market); none when it has no slug. */
export function slugWords(url: string | undefined): string[] {
  // A URL longer than any real one is not read (and its pieces are tested without backtracking).
  const path = url && url.length <= 2000 ? url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/[?#].*$/, "") : "";
  const segment = path.split("/").filter((part) => /[-_]/.test(part) && /[a-z]/i.test(part)).sort((a, b) => b.length - a.length)[0] ?? "";
  const words = segment.toLowerCase().split(/[-_.+]+/).filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !SLUG_STOP_WORDS.has(word));
  return words.length >= 3 ? words : [];
}

/** The share of the slug's words a line has (0–1). */
function slugOverlap(text: string, words: readonly string[]): number {
  const own = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.filter((word) => own.has(word)).length / words.length;
}

/** Most of the slug's words in a short line: the headline the URL was made from. */
const SLUG_MATCH = 0.6;

/** The headline the URL's slug names: the first short line, not junk, holding most of its words (the best such line); -1 when none does. */
export function headlineFromSlug(lines: readonly SourceLine[], junk: JunkMarks, words: readonly string[]): number {
  if (words.length === 0) return -1;
  let best = -1;
  let bestOverlap = SLUG_MATCH;
  lines.forEach((line, index) => {
    if (junk[index] || wordCount(line.text) > 30 || !looksLikeHeadlineLine(line.text.replace(/[.]$/, ""))) return;
    const overlap = slugOverlap(line.text, words);
    if (overlap > bestOverlap || (overlap === bestOverlap && best < 0)) [best, bestOverlap] = [index, overlap];
  });
  return best;
}

/** At most this many short lines between two passages of story text are the story's own (a subhead, a caption). */
const STORY_GAP = 4;

/** A sentence of the page's chrome ("Got a Tip?", "Why Example News?") has so many words at most. */
const MAX_BUTTON_SENTENCE_WORDS = 6;
/** A linked headline in a menu has so many words at most; so many of them together, among the menu's links, at most. */
const MAX_TEASER_WORDS = 14;
const MAX_LONE_TEASERS = 3;
/** A sentence's end followed by another sentence's start. */
const ANOTHER_SENTENCE = /[.!?]\s+\p{Lu}/u;
/** "Is Example Rising?Example is part of …": a teaser's headline glued to its summary, whatever its words' case
 *  (isGluedTeaser wants four capitalised words, as a line of its own needs to be taken for one). */
const GLUED_TEASER_START = /^[^.!?]{10,120}[?!)]\p{Lu}\p{Ll}/u;

/**
 * Marks the short lines outside the block ("page-head" above it, "page-tail" below) as chrome:
 * menus, teasers, footer links. Kept: the headline, text (sentences, paragraphs, wrapped lines,
 * table rows) and a few lines between two passages of text.
 */
export function markOutsideStory(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number], headline: number): void {
  if (first < 0) return;
  // A long line just under the headline is its standfirst, sentence or not.
  let standfirst = headline + 1;
  while (headline >= 0 && standfirst < first && junk[standfirst]) standfirst++;
  const text = (index: number) => {
    const line = lines[index]!.text;
    const isStandfirst = headline >= 0 && index === standfirst && wordCount(line) >= MIN_STANDFIRST_WORDS;
    return !junk[index] && (isStandfirst || isSentence(line) || isStoryParagraph(line) || isTableRow(line) || isWrapped(lines, index));
  };
  // Far above the headline, even a short sentence is the page's ("Got a Tip?", "Why Example News?"); nearer, it may be a
  // kicker or a dateline over a headline chosen too low, and a longer one may be a post or a lede: they stay.
  // So are linked headlines there, one to three among the page's links ("Ammonia leak closes the food bank", "Fuel
  // prices rise for 3rd month in 12"); a forum post's short line ("It was no update. Just the preparation", "Hi, for
  // me it was quick, no 5 minutes, why …") is no headline.
  const teaserLike = (index: number) => {
    const line = lines[index]!.text;
    return text(index) && looksLikeHeadlineLine(line) && wordCount(line) <= MAX_TEASER_WORDS && !ANOTHER_SENTENCE.test(line) && (line.match(/,/g)?.length ?? 0) <= 1;
  };
  const amongChrome = (index: number) => {
    if (!teaserLike(index)) return false;
    let above = index - 1;
    while (above >= 0 && index - above <= MAX_LONE_TEASERS && teaserLike(above)) above--;
    let below = index + 1;
    while (below < lines.length && below - index <= MAX_LONE_TEASERS && teaserLike(below)) below++;
    return below - above - 1 <= MAX_LONE_TEASERS && (above < 0 || !text(above)) && (below >= lines.length || !text(below));
  };
  const aboveHeadline = (index: number) => headline >= 0 && headline < first && index < headline - HEADLINE_REACH && (wordCount(lines[index]!.text) <= MAX_BUTTON_SENTENCE_WORDS || GLUED_TEASER_START.test(lines[index]!.text) || amongChrome(index));
  const outside = (index: number) => !junk[index] && (index < first || index > last) && index !== headline && (!text(index) || aboveHeadline(index));
  for (let index = 0; index < lines.length; index++) {
    if (!outside(index)) continue;
    let end = index;
    while (end + 1 < lines.length && (outside(end + 1) || junk[end + 1])) end++;
    const between = index > 0 && text(index - 1) && end + 1 < lines.length && text(end + 1);
    const few = lines.slice(index, end + 1).filter((_, offset) => !junk[index + offset]).length <= STORY_GAP;
    if (!(between && few)) for (let gap = index; gap <= end; gap++) junk[gap] ??= gap < first ? "page-head" : "page-tail";
    index = end;
  }
}

/** "Image caption," alone on its line: the caption is the next line (how BBC pages copy). */
const CAPTION_LABEL = /^(?:image|media|video|photo) caption\s*,?$/i;

/** "video" alone: a player's label, its video's title under it. */
const VIDEO_LABEL = /^video$/i;
/** How far above a player's label the story's byline or stamp stands, when the player is the story's and not a section of the page. */
const PLAYER_BELOW_BYLINE = 4;

export function markCaptionsAfterLabels(lines: readonly SourceLine[], junk: JunkMarks): void {
  lines.forEach((line, index) => {
    const caption = CAPTION_LABEL.test(line.text);
    if (!(caption || VIDEO_LABEL.test(line.text)) || index + 1 >= lines.length || isStoryParagraph(lines[index + 1]!.text)) return;
    if (caption) junk[index + 1] ??= "photo-caption";
    // Under the byline, a player's "video" label stands over its video's title, not the story's headline ("Video" over a
    // headline at the top of the page is its section).
    else if (junk.slice(Math.max(0, index - PLAYER_BELOW_BYLINE), index).some((rule) => rule === "byline" || rule === "date-line")) {
      junk[index] ??= "video-title";
      junk[index + 1] ??= "video-title";
    }
  });
}

/** "… to strengthen the military relations ... more": a caption cut short, its full text one click away. */
const CUT_CAPTION = /(?:\.\.\.|…)\s*more$/i;
/** How many characters a caption's full copy shares with its cut one, from the start. */
const CAPTION_PREFIX = 60;

/**
 * A caption cut short ("… more") over its photo's credit ("Photo: Jane Roe") is a caption, and so
 * is its full copy just above it (a gallery prints both).
 */
export function markCutCaptions(lines: readonly SourceLine[], junk: JunkMarks): void {
  lines.forEach((line, index) => {
    if (index === 0 || junk[index] !== "photo-credit" || !CUT_CAPTION.test(lines[index - 1]!.text)) return;
    const cut = index - 1;
    junk[cut] = "photo-caption";
    const prefix = lines[cut]!.text.slice(0, CAPTION_PREFIX);
    if (cut > 0 && prefix.length === CAPTION_PREFIX && lines[cut - 1]!.text.startsWith(prefix)) junk[cut - 1] = "photo-caption";
  });
}
