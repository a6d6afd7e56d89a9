// Name candidates, two ways. `findNameCandidates`: runs of wink-nlp proper-noun tokens (its POS
// tagger), joined across hyphens ("Al-Kiki", "Al-Monitor"). `findCapitalisedRuns`: runs of
// capitalised tokens ("Council of Representatives" keeps its "of"), ~50× faster; both leave the
// typing and the stop lists to find-entities.
import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import { tokenize, type Token } from "../registry/alias-key.ts";
import { isCommonWord, isGivenName } from "../names/find-names.ts";
import { isCapitalised } from "../registry/entity-index.ts";

/** How unknown names are proposed: "name-tagger", the trained name finder of src/names/ (the
 *  default: it finds names in any news, ~2.5 ms a 750-word capture), or the older capitalised runs
 *  (fast, few names beyond the registries) or wink-nlp's POS tagger. */
export type NameFinder = "capitalised-runs" | "wink-pos" | "name-tagger";
export const NAME_FINDERS: readonly NameFinder[] = ["name-tagger", "capitalised-runs", "wink-pos"];
export const DEFAULT_NAME_FINDER: NameFinder = "name-tagger";

export interface NameCandidate {
  text: string;
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The library and model take ~100 ms to load: once per process, on first use (most builds never tag). */
function tagger(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const load = require("wink-nlp") as typeof winkNLP;
    nlp = load(require("wink-eng-lite-web-model"), ["pos"]);
  }
  return nlp;
}

const CHUNK = 2000;
const LONG_WORD = /\S{60,}/g;

/** Text in pieces of at most CHUNK characters, cut at spaces, with their offsets: the tagger's
 *  time grows faster than the text, and no name spans a 60-character "word" (blanked out). */
function chunks(text: string): Array<{ text: string; offset: number }> {
  const cleaned = text.replace(LONG_WORD, (word) => " ".repeat(word.length));
  const pieces: Array<{ text: string; offset: number }> = [];
  for (let start = 0; start < cleaned.length; ) {
    let end = Math.min(cleaned.length, start + CHUNK);
    if (end < cleaned.length) {
      const space = cleaned.lastIndexOf(" ", end);
      if (space > start) end = space;
    }
    pieces.push({ text: cleaned.slice(start, end), offset: start });
    start = end;
  }
  return pieces;
}

export function findNameCandidates(text: string): NameCandidate[] {
  return chunks(text).flatMap((piece) =>
    tagChunk(piece.text).map((candidate) => ({ text: text.slice(candidate.start + piece.offset, candidate.end + piece.offset), start: candidate.start + piece.offset, end: candidate.end + piece.offset })),
  );
}

function tagChunk(text: string): NameCandidate[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const engine = tagger();
  const its = engine.its;
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const candidates: NameCandidate[] = [];
  let offset = 0;
  let run: NameCandidate | undefined;
  let pendingHyphen = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    const gap = spaces[index] ?? "";
    // wink keeps every character: a token starts after the spaces that precede it.
    const expected = offset + gap.length;
    const tokenStart = text.startsWith(value, expected) ? expected : Math.max(expected, text.indexOf(value, expected));
    const tokenEnd = tokenStart + value.length;
    offset = tokenEnd;
    const glued = gap.length === 0;
    const isName = tags[index] === "PROPN" || (run !== undefined && glued && pendingHyphen && /^\p{Lu}/u.test(value));
    if (run && glued && value === "-" && index + 1 < values.length && (spaces[index + 1] ?? "") === "") {
      pendingHyphen = true;
      continue;
    }
    if (isName && /^[\p{L}][\p{L}\p{M}'’.]*$/u.test(value)) {
      if (run && (glued ? pendingHyphen : gap === " ")) run.end = tokenEnd;
      else {
        if (run) candidates.push(run);
        run = { text: "", start: tokenStart, end: tokenEnd };
      }
    } else if (run) {
      candidates.push(run);
      run = undefined;
    }
    pendingHyphen = false;
  }
  if (run) candidates.push(run);
  return candidates.map((candidate) => ({ ...candidate, text: text.slice(candidate.start, candidate.end) }));
}

const CONNECTORS = new Set(["of", "for", "al", "el", "bin", "ibn", "de"]);

/** "46th", "2nd": an ordinal after a name is the story's count, not part of the name. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** "Example Rapid's": a possessive that is a name's own (not a common word's: "People's Army"). */
const POSSESSIVE = /^(.+)['’]s$/u;

/**
 * Runs of capitalised words separated by single spaces, with "of"/"for"/"al" inside a run. A run
 * ends after a name's possessive ("Example Rapid's Jane Roe": two names) and before "of" after a
 * person's given name ("Jane Roe of Example"), and leaves out a trailing ordinal ("Jane Roe 46th").
 */
export function findCapitalisedRuns(text: string, tokens: Token[] = tokenize(text)): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  let start = -1;
  let end = -1;
  let possessed = false;
  const close = () => {
    if (start >= 0) candidates.push({ text: text.slice(start, end), start, end });
    start = -1;
    possessed = false;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const joined = start >= 0 && !possessed && text.slice(end, token.start) === " ";
    if (isCapitalised(token.raw) && /\p{L}/u.test(token.raw) && !(joined && ORDINAL.test(token.raw))) {
      if (!joined) close();
      if (start < 0) start = token.start;
      end = token.end;
      const owner = POSSESSIVE.exec(token.raw)?.[1];
      possessed = owner !== undefined && !isCommonWord(owner);
      continue;
    }
    const next = tokens[index + 1];
    const afterGivenName = token.raw === "of" && isGivenName(text.slice(start, end).split(" ")[0] ?? "");
    if (joined && CONNECTORS.has(token.raw) && !afterGivenName && next && text.slice(token.end, next.start) === " " && isCapitalised(next.raw)) {
      end = token.end;
      continue;
    }
    close();
  }
  close();
  return candidates;
}
