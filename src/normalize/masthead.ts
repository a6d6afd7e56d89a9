// A site's masthead copied with the page: its staff, one bare name a line ("Jane Roe", "Sam Poe"),
// sometimes under one-word desks ("Editorial", "Operations"). A story lists so many bare names
// one under another only after announcing them with a colon; else its names stand in sentences.
import type { SourceLine } from "./capture-file.ts";
import type { JunkMarks } from "./story-block.ts";

/** "Jane Roe", "Jane Q. Roe", "Doreen Van Dyke": two or three capitalised words and nothing else. */
export const BARE_NAME = /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]*){1,2}$/u;
/** "Editorial", "Operations": a desk's name over its people. */
const DESK = /^[\p{Lu}][\p{L}&-]+$/u;
/** So many names one under another make a masthead. */
export const MIN_MASTHEAD_NAMES = 6;

/** Marks each run of MIN_MASTHEAD_NAMES bare names or more (with the desks among them) "masthead". */
export function markMastheads(lines: readonly SourceLine[], junk: JunkMarks): void {
  let start = 0;
  let names = 0;
  for (let index = 0; index <= lines.length; index++) {
    const text = index < lines.length && !junk[index] ? lines[index]!.text : "";
    const isName = BARE_NAME.test(text);
    if (isName || (names > 0 && DESK.test(text))) {
      if (names === 0) start = index;
      if (isName) names++;
      continue;
    }
    // A list the story announces ("The new members are:") is the story's.
    const announced = start > 0 && lines[start - 1]!.text.endsWith(":");
    if (names >= MIN_MASTHEAD_NAMES && !announced) for (let run = start; run < index; run++) junk[run] = "masthead";
    names = 0;
  }
}
