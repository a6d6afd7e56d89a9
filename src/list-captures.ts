// Which files of the captures folder are captures: the one definition the normalizer, the build
// (its counts and report), the heap estimate and the scripts all use.
import fs from "node:fs";

/** Files any folder may hold that are nobody's input: editor, OS and interrupted-write leftovers. */
const LEFTOVER_FILE = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$|\.tmp-\d+$|~$/;

/** A note for people about the folder, even as README.txt. */
const README_FILE = /^readme(\.[^.]*)?$/i;

/** Text captures, saved web pages (read-html-capture.ts) and web archives of them (warc-records.ts). */
const CAPTURE_FILE = /\.(txt|html?|warc|warc\.gz)$/i;

/** True when a file of that name in the captures folder is a capture (a leading dot is allowed). */
export function isCaptureName(name: string): boolean {
  return CAPTURE_FILE.test(name) && !LEFTOVER_FILE.test(name) && !README_FILE.test(name);
}

/**
 * The captures in sourcesDir (its .txt files, but not a README or an OS leftover), sorted; none
 * when the folder does not exist. Any other file except leftovers is passed to onOther.
 */
export function listCaptures(sourcesDir: string, onOther?: (name: string) => void): string[] {
  if (!fs.existsSync(sourcesDir)) return [];
  const names: string[] = [];
  for (const entry of fs.readdirSync(sourcesDir, { withFileTypes: true })) {
    if (!entry.isFile() || LEFTOVER_FILE.test(entry.name)) continue;
    if (isCaptureName(entry.name)) names.push(entry.name);
    else onOther?.(entry.name);
  }
  return names.sort();
}
