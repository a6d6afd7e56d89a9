// A copied page sometimes prints its own address: a share box's "copy link" field, a print
// footer. Such a line is the capture's URL when the URL's slug names a line of the capture (its
// headline): the page says where it was published, so its host, date and slug are read as a
// maintainer's `url:` would be. A link to another page names no line of this one.
import type { SourceLine } from "./capture-file.ts";
import { headlineFromSlug, slugWords } from "./story-block.ts";

/** A line that is one http(s) address and nothing else. */
const ADDRESS_LINE = /^https?:\/\/[^\s"<>]{4,2000}$/i;

/** The line holding the capture's own address, when one does. */
export function ownAddressLine(lines: readonly SourceLine[]): SourceLine | undefined {
  for (const line of lines) {
    if (!ADDRESS_LINE.test(line.text)) continue;
    const words = slugWords(line.text);
    const others = lines.filter((other) => other !== line);
    if (words.length > 0 && headlineFromSlug(others, [], words) >= 0) return line;
  }
  return undefined;
}
