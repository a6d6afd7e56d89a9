// Stage 2: page chrome is taken out of the capture line by line, by named rules
// (src/normalize/boilerplate-rules.ts). Every removal is recorded with its rule and line, and
// nothing of the story is touched: typos stay as published, only whole chrome lines, a
// recognised signature prefix or a person's hover card inside a sentence (hover-cards.ts) are
// removed. Lines the maintainer's header cuts go first.
import type { RemovedJunk } from "../article-schema.ts";
import { AGENCY_DATELINE_PREFIX, CONTRIBUTOR_CREDIT, LINE_RULES, OUTLET_PREFIX, type LineView } from "./boilerplate-rules.ts";
import type { CaptureFile, SourceLine } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import { commentSectionStart } from "./comment-section.ts";
import "./read-html-capture.ts";
import { cutHoverCards } from "./hover-cards.ts";
import { BARE_NAME, markMastheads } from "./masthead.ts";
import { markGluedTeasers, markPromotedCards, markRelatedBoxes } from "./related-lists.ts";
import { headlineAbove, headlineFromSlug, isStoryParagraph, markCaptionsAfterLabels, markCutCaptions, markOutsideStory, slugWords, storyBlock, wordCount, type JunkMarks } from "./story-block.ts";


/** Lower-case letters and digits only: for comparing texts that were re-typeset. */
export function flatText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function matchRule(view: LineView): string | undefined {
  return LINE_RULES.find((rule) => view.words <= rule.maxWords && rule.matches(view))?.id;
}

/** Embedded tweets repeat a paragraph that already quotes them; the copy above the attribution goes.
 *  At most MAX_TWEETS are checked: a page of thousands of embeds is not a news story. */
const MAX_TWEETS = 200;

function markDuplicatedTweets(lines: SourceLine[], junk: JunkMarks): void {
  let flats: string[] | undefined;
  let checked = 0;
  junk.forEach((rule, index) => {
    if (rule !== "tweet-attribution" || index === 0 || junk[index - 1] || checked++ >= MAX_TWEETS) return;
    const tweet = flatText(lines[index - 1]!.text.replace(/\s*pic\.twitter\.com\/\S+/gi, ""));
    if (tweet.length < 20) return;
    flats ??= lines.map((line) => flatText(line.text));
    const quoted = flats.some((other, otherIndex) => otherIndex !== index - 1 && !junk[otherIndex] && other.includes(tweet));
    if (quoted) junk[index - 1] = "tweet-duplicate";
  });
}

/** A copy of a bio this long at least, in words, is the same bio even when cut short. */
const MIN_BIO_COPY_WORDS = 8;

/** An author's bio printed twice (an author box above the story, often cut short; the whole bio below) goes twice: the
 *  rule knows the copy under the story. */
function markRepeatedBios(lines: SourceLine[], junk: JunkMarks): void {
  const bios = lines.filter((_, index) => junk[index] === "author-bio").map((line) => line.text);
  if (bios.length === 0) return;
  lines.forEach((line, index) => {
    if (!junk[index] && wordCount(line.text) >= MIN_BIO_COPY_WORDS && bios.some((bio) => bio.startsWith(line.text) || line.text.startsWith(bio))) junk[index] = "author-bio";
  });
}

/** A paragraph printed twice keeps its first copy; a headline printed twice keeps the copy taken as the headline. */
function markRepeatedParagraphs(lines: SourceLine[], junk: JunkMarks, headline: number): void {
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    if (junk[index] || wordCount(line.text) < 8) return;
    const key = line.text.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else junk[index === headline ? first : index] = "repeated-paragraph";
  });
}

function markOutletNameLines(lines: SourceLine[], junk: JunkMarks, first: number, names: Set<string>): void {
  lines.forEach((line, index) => {
    if ((first >= 0 && index > first) || junk[index]) return;
    if (names.has(line.text.toLowerCase().replace(/^the\s+/, ""))) junk[index] = "outlet-name-line";
  });
}

/** The story's last line before its comments (past its tags and share buttons) may be its author's bio: "JANE ROE has written …". */
function markBioOverComments(lines: SourceLine[], junk: JunkMarks, tailStart: number): void {
  let index = tailStart - 1;
  while (index > 0 && junk[index] && tailStart - index <= 3) index--;
  const text = lines[index]!.text;
  const view: LineView = { text, words: wordCount(text), inHead: false, inTail: false, endsStory: true };
  if (!junk[index] && matchRule(view) === "author-bio") junk[index] = "author-bio";
}

/** What a site says of itself and its writers under a story: rules that read a line below it. */
const SIGN_OFF_RULES = new Set(["author-bio", "site-blurb"]);
/** The boxes that follow a story ("More from …", related links, a newsletter box); an advertisement may stand mid-story. */
const BOXES_BELOW_STORY = new Set(["read-more", "related-links", "related-headline", "teaser", "newsletter", "page-tail"]);

/** A line standing alone between chrome (share buttons above, "More from …" below) reads as the story's last line: it may be
 *  its author's bio ("Prize-winning journalist Jane Roe writes a daily blog …") or the site's blurb ("Example is where …"),
 *  though more story follows further down. */
function markSignOffsBetweenChrome(lines: SourceLine[], junk: JunkMarks): void {
  for (let index = 1; index + 1 < lines.length; index++) {
    if (junk[index] || !junk[index - 1] || !BOXES_BELOW_STORY.has(junk[index + 1]!)) continue;
    const text = lines[index]!.text;
    const rule = matchRule({ text, words: wordCount(text), inHead: false, inTail: true, endsStory: true });
    if (rule && SIGN_OFF_RULES.has(rule)) junk[index] = rule;
  }
}

/** "About us", "About Example News": the heading of a site's box about itself (the name captured). */
const ABOUT_HEADING = /^(?:[Aa]bout [Uu]s|ABOUT US|About ((?:[\p{Lu}][\p{L}.'’-]*)(?: [\p{Lu}][\p{L}.'’-]*){0,3}))\s*:?$/u;

/** Whether a line heads a site's box about itself: "About us", or "About Example News" over "Example News is …" (a
 *  story's subhead "About Duhok" over a paragraph about something else stays). */
function headsAboutBox(heading: string, next: string): boolean {
  const match = ABOUT_HEADING.exec(heading);
  return !!match && (!match[1] || next.replace(/^The\s+/, "").startsWith(match[1].replace(/^The\s+/, "")));
}

/** The paragraph under an "About us" heading is the site's blurb, wherever the box stands: found before the story's
 *  block is, so a footer's long blurb does not draw the block down past the related links. */
function markAboutBoxes(lines: SourceLine[], junk: JunkMarks): void {
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!junk[index + 1] && headsAboutBox(lines[index]!.text, lines[index + 1]!.text) && isStoryParagraph(lines[index + 1]!.text)) {
      junk[index] ??= "site-chrome";
      junk[index + 1] = "site-blurb";
    }
  }
}

/** A byline's label on a line of its own, the writer's name on the next ("By" / "Jane Roe"). */
const BYLINE_LABEL = /^(?:by|authors?|written by|posted by|words by)\s*:?$/i;

/** Above the story, a byline laid out as a form's field (label, then name) is the headline's stamp. */
function markLabelledBylines(lines: SourceLine[], junk: JunkMarks, first: number): void {
  for (let index = 0; index + 1 < first; index++) {
    if (!junk[index] && !junk[index + 1] && BYLINE_LABEL.test(lines[index]!.text) && BARE_NAME.test(lines[index + 1]!.text)) junk[index] = junk[index + 1] = "byline";
  }
}

/** The lines the maintainer's header cuts (read-capture.ts resolved them) go first, before any rule
 *  sees them: no later stage reads them, not even for a date or an outlet. */
function cutByHeader(capture: CaptureFile): { lines: SourceLine[]; removed: RemovedJunk[] } {
  if (!capture.cutLines?.length) return { lines: capture.lines, removed: [] };
  const cut = new Set(capture.cutLines);
  const lines: SourceLine[] = [];
  const removed: RemovedJunk[] = [];
  for (const line of capture.lines) {
    if (cut.has(line.line)) removed.push({ rule: "maintainer-cut", source: capture.file, line: line.line, text: line.text });
    else lines.push(line);
  }
  return { lines, removed };
}

/** The story's credit to its makers ("Additional reporting by …; Editing by …") closes its block: it is no sentence, yet the story's. */
function withClosingCredit(lines: SourceLine[], [first, last]: [number, number]): [number, number] {
  const below = lines[last + 1];
  return first >= 0 && below && CONTRIBUTOR_CREDIT.test(below.text) ? [first, last + 1] : [first, last];
}

/** Marks each line with the rule that finds it chrome, if any; finds the headline above the story. */
function markJunk(lines: SourceLine[], outletNames: Set<string>, url?: string): { junk: JunkMarks; headline: number; block: [number, number] } {
  const views: LineView[] = lines.map((line) => ({ text: line.text, words: wordCount(line.text), inHead: false, inTail: false, endsStory: false }));
  // First pass without positions, to find where the story runs; then again knowing head and tail.
  const junk: JunkMarks = views.map(matchRule);
  markGluedTeasers(lines, junk);
  markMastheads(lines, junk);
  markAboutBoxes(lines, junk);
  // The boxes of related links and teasers are found from where the story seems to run; then the
  // story's block again, without them.
  markRelatedBoxes(lines, junk, storyBlock(lines, junk));
  const block = withClosingCredit(lines, storyBlock(lines, junk));
  const [first, last] = block;
  views.forEach((view, index) => {
    view.inHead = first < 0 || index < first;
    view.inTail = first >= 0 && index > last;
    view.endsStory = index === last;
    junk[index] ??= matchRule(view);
  });
  const tailStart = commentSectionStart(lines, junk, block);
  if (tailStart > 0) {
    for (let index = tailStart; index < lines.length; index++) junk[index] = "comment-section";
    markBioOverComments(lines, junk, tailStart);
  }
  markSignOffsBetweenChrome(lines, junk);
  markLabelledBylines(lines, junk, first);
  markRepeatedBios(lines, junk);
  // Known outlet names and aliases (lower case): a head line that is only one of them is chrome.
  markOutletNameLines(lines, junk, first, outletNames);
  markCaptionsAfterLabels(lines, junk);
  markCutCaptions(lines, junk);
  // The URL's slug names the headline when it has one; else the line that reads as one above the story.
  const fromSlug = headlineFromSlug(lines, junk, slugWords(url));
  const headline = fromSlug >= 0 ? fromSlug : first < 0 ? -1 : headlineAbove(lines, junk, first);
  markOutsideStory(lines, junk, block, headline);
  markPromotedCards(lines, junk, block, headline);
  markDuplicatedTweets(lines, junk);
  markRepeatedParagraphs(lines, junk, headline);
  return { junk, headline, block };
}

/**
 * A saved page's lines are already the story Readability found (read-html.ts): only the rules that
 * know chrome by its words apply, not those that judge a line by its place around the story.
 */
function markJunkInStory(lines: SourceLine[]): { junk: JunkMarks; headline: number; block: [number, number] } {
  const junk: JunkMarks = lines.map((line) => matchRule({ text: line.text, words: wordCount(line.text), inHead: false, inTail: false, endsStory: false }));
  markDuplicatedTweets(lines, junk);
  markRepeatedParagraphs(lines, junk, -1);
  return { junk, headline: -1, block: [0, lines.length - 1] };
}

/** The block's first and last lines that stayed story once every rule had its say (a comment section ends it). */
function storyLinesOf(lines: SourceLine[], junk: JunkMarks, [first, last]: [number, number]): { first: number; last: number } | undefined {
  const kept = lines.slice(first, last + 1).filter((_, offset) => first >= 0 && !junk[first + offset]);
  return kept.length > 0 ? { first: kept[0]!.line, last: kept[kept.length - 1]!.line } : undefined;
}

export function stripBoilerplate(capture: CaptureFile, context: Pick<CaptureContext, "outlets">): void {
  const { lines, removed } = cutByHeader(capture);
  const { junk, headline, block } = capture.page ? markJunkInStory(lines) : markJunk(lines, context.outlets.names, capture.header?.url);

  const paragraphs: SourceLine[] = [];
  lines.forEach((line, index) => {
    const rule = junk[index];
    if (rule) removed.push({ rule, source: capture.file, line: line.line, text: line.text });
    else paragraphs.push({ ...line });
  });
  // A site's signature stamped on the lede ("Shafaq News / ") is cut; an agency's dateline ("ERBIL, Iraq (Reuters) - ")
  // is the story's first words and stays, noted for the stages that read it as evidence.
  let dateline: SourceLine | undefined;
  for (const paragraph of paragraphs.slice(0, 3)) {
    if (wordCount(paragraph.text) < 8) continue;
    const stamp = OUTLET_PREFIX.exec(paragraph.text)?.[0];
    if (stamp) {
      removed.push({ rule: "outlet-signature-prefix", source: capture.file, line: paragraph.line, text: stamp.trim() });
      paragraph.text = paragraph.text.slice(stamp.length).trimStart();
    }
    const agency = AGENCY_DATELINE_PREFIX.exec(paragraph.text)?.[0];
    if (agency && !dateline) dateline = { line: paragraph.line, text: agency.trim() };
  }
  // Hover cards copied into a sentence ("Rep. Jane RoeJane Roe… MORE"): the card only.
  for (const paragraph of paragraphs) {
    const { text, cards } = cutHoverCards(paragraph.text);
    for (const card of cards) removed.push({ rule: "hover-card", source: capture.file, line: paragraph.line, text: card });
    paragraph.text = text;
  }
  removed.sort((a, b) => a.line - b.line);
  capture.lines = lines;
  capture.paragraphs = paragraphs;
  capture.removed = removed;
  capture.headline = paragraphs.find((paragraph) => paragraph.line === lines[headline]?.line);
  capture.storyLines = storyLinesOf(lines, junk, block);
  capture.dateline = dateline;
}
