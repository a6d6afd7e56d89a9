// What a page lists beside its story: "Related", "Most Read", "Latest Stories" boxes. Copied from
// a browser, such a box is its label, then the linked headlines (with their authors and dates), and
// below the story often a card per teaser: a headline, a byline or date, a paragraph of its
// opening, a "Read more". A box may stand anywhere, mid-story too; the story resumes with its next
// paragraph. Used by stage 2 (strip-boilerplate.ts) once the named line rules have had their say.
import { isGluedTeaser, looksLikeHeadline, looksLikeHeadlineLine, READ_MORE_PHRASES } from "./boilerplate-rules.ts";
import type { SourceLine } from "./capture-file.ts";
import { isSentence, isStoryParagraph, wordCount, type JunkMarks } from "./story-block.ts";

/** Labels that open a box but say nothing alone in a sentence's place ("Keep Reading", "Editors' Picks"), beyond READ_MORE_PHRASES. */
const BOX_ONLY_PHRASES = [
  "related(?: topics| reading)|more on this topic|read next|keep reading|recommended(?: reading| stories| articles| posts)|you (?:may|might) also enjoy",
  "more in [\\p{L}&' ]{1,30}|more(?: [\\p{L}'’]+){1,2} (?:stories|articles|reads)",
  "most recent|latest(?: posts| articles)?|more posts|editors?['’]? picks?|featured(?: videos?| stories| articles| posts)?|popular (?:posts|stories|now)",
  "(?:artikel|videos|artikel und videos) zum thema|ähnliche artikel|verwandte artikel",
  "articles en relation|articles (?:similaires|associés)|à voir aussi|dans la même rubrique",
  "lo más visto(?: en)?(?:\\.\\.\\.|…)?|artículos relacionados|también te puede interesar|ti potrebbero interessare|leia mais",
  "terkait|relacionados?|correlati|en rapport|ähnliche beiträge|похожие|схожі|benzer",
].join("|");

/** A label that announces a box of links: "Related", "Most Read", "Keep Reading", "Latest Stories:". */
export const RELATED_LABEL = new RegExp(`^(?:${READ_MORE_PHRASES}|${BOX_ONLY_PHRASES})$`, "iu");

/** A label line, once its colon, arrows, trailing symbols and "View all" ("Keep Reading 🚀", "Related »") are set aside. */
export function isRelatedLabel(text: string): boolean {
  // "More:" over a list of links; "More" alone is a menu's button.
  if (/^more\s*:$/i.test(text)) return true;
  return RELATED_LABEL.test(text.replace(/[\s:»›>→\p{Extended_Pictographic}\uFE0F-]+$/u, "").replace(/\s+(?:view|see) all$/i, "").trim());
}

/** A line of story text: a box of links holds none (its teasers' openings are found as cards). */
const isText = (text: string) => isStoryParagraph(text) || isSentence(text);

/** How near above its paragraph a teaser's headline stands (past its byline, date and "Read more"). */
const CARD_REACH = 3;

/**
 * Whether the paragraph at `index` opens a teaser card: a headline-like line stands within
 * CARD_REACH lines above it, with only short lines (bylines, dates, labels) between.
 */
function opensCard(lines: readonly SourceLine[], junk: JunkMarks, index: number): boolean {
  for (let above = index - 1; above >= Math.max(0, index - CARD_REACH); above--) {
    const text = lines[above]!.text;
    if (!junk[above] && isText(text)) return false;
    // A line the box took for a link is the card's headline, even one that reads as sentences.
    if (junk[above] === "related-links" || (!junk[above] && looksLikeHeadlineLine(text))) return true;
  }
  return false;
}

/** Teasers stand close together: from one card's paragraph to the next, at most this many lines (a card may print its section and headline twice, an advertisement between two cards). */
const CARD_SPACING = 8;

/** "UK weather alert: storm to hit the coast as Hurri...": a linked headline cut short, not a sentence. */
const cutShort = (text: string) => /(?:\.\.\.|…)$/.test(text) && wordCount(text) < 25;

/** A line of a box that is no paragraph: a link, a byline, a date. Below the story, a teaser's
 *  headline may be a question ("Why does memory grow?"), a long one if written in title case. */
const isLink = (text: string, belowMiddle: boolean) => !isText(text) || cutShort(text) || (belowMiddle && looksLikeHeadlineLine(text) && (!isStoryParagraph(text) || looksLikeHeadline(text)));

/**
 * Marks each box after a label inside or below the story's block [first, last]: its short lines
 * ("related-links") up to the first line of text; below the story's first half, also the teaser
 * cards that follow ("teaser"), for as long as each paragraph has its own headline above it and
 * stands close to the last. A story paragraph after a subhead reads as one card, so cards are
 * taken only where a label said a box begins and two of them at least follow each other.
 */
export function markRelatedBoxes(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number]): void {
  if (first < 0) return;
  const storyMiddle = middleByWords(lines, junk, [first, last]);
  let paragraphs = 0;
  // Above the story's block a label is a menu's ("Latest"), and what follows it may be the headline.
  for (let label = first; label < lines.length; label++) {
    if (!junk[label] && isStoryParagraph(lines[label]!.text)) paragraphs++;
    if (label === first || !isRelatedLabel(lines[label]!.text)) continue;
    junk[label] ??= "related-links";
    label = markBox(lines, junk, label, label >= storyMiddle || paragraphs >= STORY_BEFORE_TEASERS);
  }
}

/** Below this many paragraphs of the story, a box may hold teasers even before the middle of the text (teasers make it long). */
const STORY_BEFORE_TEASERS = 5;

/** The line by which half the text of the block [first, last] is told (its teasers too, so it may come late). */
function middleByWords(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number]): number {
  const words = (index: number) => (!junk[index] && isText(lines[index]!.text) ? wordCount(lines[index]!.text) : 0);
  let total = 0;
  for (let index = first; index <= last; index++) total += words(index);
  let told = 0;
  for (let index = first; index <= last; index++) if ((told += words(index)) * 2 >= total) return index;
  return last;
}

/** A card's headline may read as a sentence ("Tim Roe Is Right. The Board Should Listen."): its byline under it says it is one. */
const headsBylinedCard = (lines: readonly SourceLine[], junk: JunkMarks, index: number) => junk[index + 1] === "byline" && wordCount(lines[index]!.text) <= MAX_CARD_HEADLINE_WORDS;
const MAX_CARD_HEADLINE_WORDS = 16;

/** Marks the box a label opens; returns the last line it took. */
function markBox(lines: readonly SourceLine[], junk: JunkMarks, label: number, belowMiddle: boolean): number {
  const cards: number[] = [];
  let index = label + 1;
  for (; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (isLink(text, belowMiddle) || (belowMiddle && headsBylinedCard(lines, junk, index))) {
      junk[index] ??= "related-links";
      continue;
    }
    const near = cards.length === 0 || index - cards[cards.length - 1]! <= CARD_SPACING;
    // A teaser's opening is one paragraph: the next line is the next card's, or the page's, not text.
    const alone = index + 1 >= lines.length || !!junk[index + 1] || isLink(lines[index + 1]!.text, belowMiddle);
    if (!belowMiddle || !near || !alone || !opensCard(lines, junk, index)) break;
    cards.push(index);
  }
  if (cards.length >= 2) {
    for (const card of cards) junk[card] ??= "teaser";
    return index - 1;
  }
  // One card alone is no box of teasers: it and the short lines after it (the story's subheads) stay.
  if (cards.length === 0) return index - 1;
  for (let after = cards[0]! + 1; after < index; after++) if (junk[after] === "related-links") junk[after] = undefined;
  return cards[0]!;
}

/** Teaser cards copied one per line, headline glued to summary, two or more in a row ("teaser"). */
export function markGluedTeasers(lines: readonly SourceLine[], junk: JunkMarks): void {
  const glued = lines.map((line, index) => !junk[index] && isGluedTeaser(line.text));
  // The next card may stand past chrome between the two ("1 hour ago", a section's name), or be
  // one a rule took already (a long one reads as a menu).
  const gluedBeside = (index: number, step: 1 | -1) => {
    let at = index + step;
    while (at >= 0 && at < lines.length && junk[at]) {
      if (isGluedTeaser(lines[at]!.text)) return true;
      at += step;
    }
    return glued[at] === true;
  };
  glued.forEach((isGlued, index) => {
    if (isGlued && (gluedBeside(index, -1) || gluedBeside(index, 1))) junk[index] = "teaser";
  });
}

/** How near below its first copy a promoted story's headline is printed again (past its section's name). */
const REPRINT_REACH = 2;
/** A promoted story's summary is one short paragraph. */
const MAX_PROMO_SUMMARY_WORDS = 50;
/** So many words of the story come before a promotion inside it (the story's own headline may be printed twice at its top). */
const STORY_BEFORE_PROMO = 40;

/**
 * "Business / Tribune renames itself Tronc / Business / Tribune renames itself Tronc / The owner of …":
 * inside the story, another story's card, its headline printed twice (a link and its hover text)
 * and a one-paragraph summary under it. The story's own headline is never taken, nor lines before
 * STORY_BEFORE_PROMO words of the story.
 */
export function markPromotedCards(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number], headline: number): void {
  let storyWords = 0;
  for (let index = Math.max(first, 0); index <= last; index++) {
    const text = lines[index]!.text;
    if (junk[index]) continue;
    if (storyWords >= STORY_BEFORE_PROMO && index !== headline && looksLikeHeadlineLine(text)) {
      const reprint = findReprint(lines, junk, index);
      const summary = reprint + 1;
      if (reprint > 0 && summary <= last && !junk[summary] && isText(lines[summary]!.text) && wordCount(lines[summary]!.text) <= MAX_PROMO_SUMMARY_WORDS) {
        for (let card = index - 1; card > index - 1 - REPRINT_REACH && card >= 0 && !junk[card] && wordCount(lines[card]!.text) <= 3; card--) junk[card] = "teaser";
        for (let card = index; card <= summary; card++) junk[card] ??= "teaser";
        index = summary;
        continue;
      }
    }
    if (isStoryParagraph(text)) storyWords += wordCount(text);
  }
}

/** The line within REPRINT_REACH below `index` that repeats it, past short labels; -1 when none does. */
function findReprint(lines: readonly SourceLine[], junk: JunkMarks, index: number): number {
  for (let below = index + 1; below <= index + REPRINT_REACH && below < lines.length; below++) {
    if (lines[below]!.text === lines[index]!.text) return below;
    if (junk[below] ? false : wordCount(lines[below]!.text) > 3) return -1;
  }
  return -1;
}
