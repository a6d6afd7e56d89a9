// Where a story names its actors and places: the sentence an entity page quotes under each
// article, and the story's first mention of each name linked to its page (as Wikipedia does).
// Names are matched as written in the registry (canonical name or alias), whole words only.
import { escapeHtml } from "./html.ts";
import { decodeEntities } from "./plain-text.ts";

export interface Mention {
  /** Site path of the entity's page. */
  path: string;
  /** The canonical name and its registered aliases. */
  names: readonly string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Capitalised words that start sentences and phrases, not names: "In Kirkuk", "The Peshmerga". */
const LEADING_WORDS = new Set(["a", "an", "the", "in", "on", "at", "to", "from", "for", "by", "with", "of", "and", "but", "or", "as", "after", "before", "when", "while", "since", "near", "across", "both", "also", "meanwhile", "outside", "inside", "around", "during", "if", "that", "this", "these", "those", "said", "says", "according"]);
const CAPITALISED_WORD_BEFORE = /([\p{Lu}][\p{L}'’.-]*)\s+$/u;
const CAPITALISED_WORD_AFTER = /^\s+[\p{Lu}]/u;

/**
 * Part of a longer name: "Barzani" in "Nechirvan Barzani" (a capitalised word before it), or a
 * one-word name in "Kurdistan Regional Government" (a capitalised word after it).
 */
function insideLongerName(text: string, at: number, name: string): boolean {
  const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (before && !LEADING_WORDS.has(before.toLowerCase())) return true;
  return !name.includes(" ") && CAPITALISED_WORD_AFTER.test(text.slice(at + name.length, at + name.length + 3));
}

/** Where `name` first stands as a name of its own in `text` from `from` on (a whole word, not part of a longer name), or -1. Plain indexOf: a regex per name is slow. */
function indexOfWhole(text: string, name: string, from = 0): number {
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : "";
    const after = text[at + name.length] ?? "";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after) && !insideLongerName(text, at, name)) return at;
  }
  return -1;
}

/** Names worth looking for: two characters or more, longest first so that "Masoud Barzani" wins over "Barzani". */
const usableNames = (names: readonly string[]) => [...new Set(names.filter((name) => name.trim().length >= 2))].sort((a, b) => b.length - a.length);

/** A story's plain text split into sentences (a full stop, question or exclamation mark, then a capital). */
export function storySentences(bodyHtml: string): string[] {
  const text = decodeEntities(bodyHtml.replace(/<\/(p|h\d|li|blockquote)>/g, "\n").replace(/<[^>]*>/g, " "));
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, " ").trim().split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[\p{Lu}\p{N}])/u))
    .filter((sentence) => sentence.length > 0);
}

const SENTENCE_MAX = 280;

/** A finder of the first sentence naming any of `names`, shortened around the name when long (undefined when none does). */
export function sentenceNaming(names: readonly string[]): (sentences: readonly string[]) => string | undefined {
  const wanted = usableNames(names);
  return (sentences) => {
    for (const sentence of sentences) {
      const at = wanted.reduce((first, name) => { const i = indexOfWhole(sentence, name); return i !== -1 && (first === -1 || i < first) ? i : first; }, -1);
      if (at === -1) continue;
      if (sentence.length <= SENTENCE_MAX) return sentence;
      const start = Math.max(0, at - SENTENCE_MAX / 2);
      const cut = sentence.slice(start, start + SENTENCE_MAX);
      return `${start > 0 ? "…" : ""}${cut.slice(start > 0 ? cut.indexOf(" ") + 1 : 0, cut.lastIndexOf(" "))}…`;
    }
    return undefined;
  };
}

/**
 * The story's HTML with the first mention of each entity linked to its page. Text inside links
 * and headings stays as it is; markup is never split (a name spanning two tags is not linked).
 */
export function linkFirstMentions(bodyHtml: string, mentions: readonly Mention[], link: (path: string) => string): string {
  const pathOf = new Map<string, string>();
  for (const mention of mentions) for (const name of mention.names) if (!pathOf.has(escapeHtml(name))) pathOf.set(escapeHtml(name), mention.path);
  const names = usableNames([...pathOf.keys()]);
  if (names.length === 0) return bodyHtml;
  const linked = new Set<string>();
  let skipDepth = 0;
  return bodyHtml
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        if (/^<(a|h\d)[\s>]/.test(part)) skipDepth++;
        else if (/^<\/(a|h\d)>/.test(part)) skipDepth = Math.max(0, skipDepth - 1);
        return part;
      }
      if (skipDepth > 0 || linked.size === mentions.length) return part;
      return linkInText(part, names, pathOf, linked, link);
    })
    .join("");
}

/** One run of text with the first mention of each entity not yet linked made a link; the earliest match wins, the longest at one place. */
function linkInText(text: string, names: readonly string[], pathOf: ReadonlyMap<string, string>, linked: Set<string>, link: (path: string) => string): string {
  let out = "";
  let from = 0;
  for (;;) {
    let best = -1;
    let bestName = "";
    // Names already linked still match, so that a later mention is passed over whole ("Iraq" in
    // "Ministry of Defence (Iraq)" stays text once the ministry is linked).
    for (const name of names) {
      const at = indexOfWhole(text, name, from);
      if (at !== -1 && (best === -1 || at < best)) [best, bestName] = [at, name];
    }
    if (best === -1) return out + text.slice(from);
    const path = pathOf.get(bestName)!;
    const mention = linked.has(path) ? bestName : `<a class="mention" href="${escapeHtml(link(path))}">${bestName}</a>`;
    linked.add(path);
    out += `${text.slice(from, best)}${mention}`;
    from = best + bestName.length;
  }
}
