// Where a page's comment section begins: from there on the text is its readers', not the story's.
// Used by stage 2 (strip-boilerplate.ts) once the line rules have marked dates.
import type { SourceLine } from "./capture-file.ts";
import type { JunkMarks } from "./story-block.ts";

/** "11 responses to “The Headline”", "3 thoughts on …": a comment count over the comments, wherever it stands. */
const COUNTED_HEADER = /^\d+ (?:responses|comments|thoughts|replies) (?:to|on)\s+\S.*$/i;
/** "Leave a reply", "What do you think?": could close a story's own text, so taken only in the page's lower half. */
const OPEN_HEADER = /^(?:leave a (?:reply|comment)|post a comment|add a comment|what do you think\??|have your say)$/i;
/** "Art Edwards says:" over a comment's date: a commenter's line. */
const COMMENTER = /^[\p{Lu}][\p{L}\d .'’_-]{0,40} (?:says|wrote|writes):?$/u;

/**
 * The index of the line that opens the comment section, -1 when none does: a counted header after
 * the story's first line; an open header in the lower half of the page; or the first of two or
 * more commenter lines, each over a date, below the story's first line.
 */
export function commentSectionStart(lines: readonly SourceLine[], junk: JunkMarks, [first, last]: [number, number]): number {
  const lowerHalf = Math.min(last, lines.length / 2);
  const commenters: number[] = [];
  for (let index = Math.max(0, first + 1); index < lines.length; index++) {
    const text = lines[index]!.text;
    if (COUNTED_HEADER.test(text) || (index >= lowerHalf && OPEN_HEADER.test(text))) return index;
    if (COMMENTER.test(text) && junk[index + 1] === "date-line") commenters.push(index);
  }
  return commenters.length >= 2 ? commenters[0]! : -1;
}
