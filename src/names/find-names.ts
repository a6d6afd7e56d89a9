// Names of people, organisations and places in a story's paragraphs, mention by mention: a
// trained tagger (name-model.ts) proposes them, then the story decides. One name is one kind
// throughout the story (the mentions vote), a surname alone is the full name given before or
// after it ("Kohl" → "Helmut Kohl"), and an acronym is the organisation whose initials it spells
// ("ANC" → "African National Congress").
import { NameModel } from "./name-model.ts";
import type { NameKind } from "./name-kinds.ts";
import { tokenizeNames, type NameToken } from "./name-tokens.ts";
import { NEVER_NAMES, TITLE_WORDS } from "./name-words.ts";

export interface FoundName {
  /** The words as the paragraph writes them ("Kohl"). */
  text: string;
  /** The name the story knows it by: the full name a surname or an acronym stands for. */
  name: string;
  kind: NameKind;
  paragraph: number;
  /** Offsets of `text` in its paragraph. */
  start: number;
  end: number;
  /** 0–1: how sure the tagger was of its weakest word. */
  confidence: number;
}

export interface FindNamesOptions {
  /** Defaults to the shipped model (src/names/data/), loaded once. */
  model?: NameModel;
  /** Per paragraph, spans another source already named (the registries): names overlapping
   *  them are left out. */
  known?: Array<Array<{ start: number; end: number }>>;
  /** Mentions less sure than this are dropped (default 0.5). */
  minConfidence?: number;
}

let shipped: NameModel | undefined;
/** The shipped model, read on first use (~30 ms). */
export function shippedNameModel(): NameModel {
  shipped ??= NameModel.fromFiles();
  return shipped;
}

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const squash = (margin: number) => 1 / (1 + Math.exp(-margin));
const isUpperCaseText = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
};

export function findNames(paragraphs: string[], options: FindNamesOptions = {}): FoundName[] {
  const model = options.model ?? shippedNameModel();
  const minConfidence = options.minConfidence ?? 0.5;
  const found: FoundName[] = [];
  paragraphs.forEach((paragraph, index) => {
    // A paragraph in capitals (a headline, a table) does not show which words are names.
    if (!/\p{Lu}/u.test(paragraph) || isUpperCaseText(paragraph)) return;
    const tokens = tokenizeNames(paragraph);
    const tagged = model.tag(tokens);
    const known = options.known?.[index] ?? [];
    for (let at = 0; at < tokens.length; at++) {
      const tag = tagged[at]!.tag;
      if (!tag.startsWith("B-")) continue;
      const kind = tag.slice(2) as NameKind;
      let end = at + 1;
      while (end < tokens.length && tagged[end]!.tag === `I-${kind}`) end++;
      const span = cleanSpan(tokens, at, end, kind);
      if (!span) continue;
      const margin = Math.min(...tagged.slice(at, end).map((token) => token.margin));
      const first = tokens[span.start]!;
      const last = tokens[span.end - 1]!;
      if (known.some((other) => other.start < last.end && other.end > first.start)) continue;
      const text = paragraph.slice(first.start, last.end);
      found.push({ text, name: text, kind, paragraph: index, start: first.start, end: last.end, confidence: squash(margin) });
    }
  });
  return joinMentions(found).filter((mention) => mention.confidence >= minConfidence);
}

/** The words of a tagged span that are the name: no title before it, no "the", not a month. */
function cleanSpan(tokens: NameToken[], start: number, end: number, kind: NameKind): { start: number; end: number } | undefined {
  const lower = (index: number) => tokens[index]!.raw.toLowerCase();
  while (start < end && lower(start) === "the") start++;
  // "German Chancellor Helmut Kohl" → "Helmut Kohl": a person's name is the words after the last title.
  if (kind === "person") {
    let name = end;
    while (name > start && !TITLE_WORDS.has(lower(name - 1)) && lower(name - 1) !== "of") name--;
    if (name < end) start = name;
  }
  while (end > start && /^[^\p{L}\p{N}]+$|^['’]s$/u.test(tokens[end - 1]!.raw)) end--;
  if (start >= end) return undefined;
  const words = tokens.slice(start, end);
  if (!words.some((token) => /^\p{Lu}/u.test(token.raw))) return undefined;
  if (words.every((token) => NEVER_NAMES.has(token.raw.toLowerCase()))) return undefined;
  return { start, end };
}

const INITIAL_SKIPS = new Set(["of", "and", "the", "for", "&", "de", "du", "la"]);
const initials = (name: string) => name.split(/[\s-]+/).filter((word) => !INITIAL_SKIPS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");

/** The story's decisions: one kind per name, surnames and acronyms joined to their full names. */
export function joinMentions(mentions: FoundName[]): FoundName[] {
  // One kind per name: the mentions' confidences vote.
  const votes = new Map<string, Map<NameKind, number>>();
  for (const mention of mentions) {
    const byKind = votes.get(key(mention.text)) ?? new Map<NameKind, number>();
    byKind.set(mention.kind, (byKind.get(mention.kind) ?? 0) + mention.confidence);
    votes.set(key(mention.text), byKind);
  }
  const winner = (text: string) => [...votes.get(key(text))!].sort((a, b) => b[1] - a[1])[0]![0];
  for (const mention of mentions) mention.kind = winner(mention.text);

  // Full names of people (two words or more) by their last word; organisations by their initials.
  const surnames = new Map<string, Set<string>>();
  const acronyms = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const words = mention.text.split(/\s+/);
    if (mention.kind === "person" && words.length >= 2) {
      const surname = key(words[words.length - 1]!);
      if (!surnames.has(surname)) surnames.set(surname, new Set());
      surnames.get(surname)!.add(mention.text);
    }
    if (mention.kind === "organization" && words.length >= 2) {
      const letters = initials(mention.text);
      if (letters.length >= 2) {
        if (!acronyms.has(letters)) acronyms.set(letters, new Set());
        acronyms.get(letters)!.add(mention.text);
      }
    }
  }
  for (const mention of mentions) {
    if (/\s/.test(mention.text)) continue;
    // A surname stands for the one full name that ends in it; two namesakes stay apart.
    const full = surnames.get(key(mention.text));
    if (full?.size === 1 && mention.kind !== "place") {
      mention.name = [...full][0]!;
      mention.kind = "person";
      continue;
    }
    const expanded = /^\p{Lu}{2,6}$/u.test(mention.text) ? acronyms.get(mention.text) : undefined;
    if (expanded?.size === 1) {
      mention.name = [...expanded][0]!;
      mention.kind = "organization";
    }
  }
  return mentions;
}
