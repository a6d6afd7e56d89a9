// Where a page's comment section begins: from there on the text is its readers', not the story's.
// Used by stage 2 (strip-boilerplate.ts) once the line rules have marked dates.
import type { SourceLine } from "./capture-file.ts";
import { isStoryParagraph, type JunkMarks } from "./story-block.ts";

/** "11 responses to “The Headline”", "3 thoughts on …": a comment count over the comments, wherever it stands. */
const COUNTED_HEADER = /^\d+ (?:responses|comments|thoughts|replies) (?:to|on)\s+\S.*$/i;
/** "[ 167 comments ]", "Top Rated Comments", "Leave a reply": under a headline a link to the comments, after the story's
 *  first paragraphs their header. */
const COMMENTS_LABEL = /^(?:leave a (?:reply|comment)|post a comment|add a comment|(?:top|top rated|most popular|newest|latest|reader) comments|\[?\s*\d+ comments?\s*\]?)$/i;
/** "What do you think?", "Have your say": a story may close on them, so taken only in the page's lower half. */
const INVITATION = /^(?:what do you think\??|have your say)$/i;
/** "Art Edwards says:" over a comment's date: a commenter's line. */
const COMMENTER = /^[\p{Lu}][\p{L}\d .'’_-]{0,40} (?:says|wrote|writes):?$/u;
/** "Jane Roe on September 12, 2018 at 4:47 pm said:", "Example | A Blog, on Desember 30, 2015 at 4:36 am said:": a commenter's line with its date (a blog engine's comments). */
const DATED_COMMENTER = /^[\p{Lu}\d][^\n]{0,80}? on [\p{L}\d ,./-]{6,40}? (?:at )?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:said|says|wrote):?$/iu;
/** Paragraphs of story text a comments label must stand after. */
const STORY_BEFORE_COMMENTS = 3;

/**
 * The index of the line that opens the comment section, -1 when none does: a counted header after
 * the story's first line; a comments label after the story's first paragraphs or in the page's
 * lower half; an invitation in the lower half of the page; or the first of two or more commenter
 * lines, each over a date or with its date.
 */
export function commentSectionStart(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number]): number {
  const lowerHalf = Math.min(last, lines.length / 2);
  const commenters: number[] = [];
  let paragraphs = 0;
  for (let index = Math.max(0, first); index < lines.length; index++) {
    const text = lines[index]!.text;
    if (!junk[index] && isStoryParagraph(text)) paragraphs++;
    if (index === first) continue;
    if (COUNTED_HEADER.test(text) || ((paragraphs >= STORY_BEFORE_COMMENTS || index >= lowerHalf) && COMMENTS_LABEL.test(text)) || (index >= lowerHalf && INVITATION.test(text))) return index;
    if ((COMMENTER.test(text) && junk[index + 1] === "date-line") || DATED_COMMENTER.test(text)) commenters.push(index);
  }
  return commenters.length >= 2 ? commenters[0]! : -1;
}
