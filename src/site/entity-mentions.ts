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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for all the names, longest first so that "Masoud Barzani" wins over "Barzani". */
function namesPattern(names: readonly string[], escape: (name: string) => string): RegExp | undefined {
  const usable = [...new Set(names.filter((name) => name.trim().length >= 2).map(escape))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

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
  const pattern = namesPattern(names, (name) => name);
  return (sentences) => {
    if (!pattern) return undefined;
    for (const sentence of sentences) {
      // A plain substring test first: the whole-word pattern is slow to run over every sentence.
      if (!names.some((name) => sentence.includes(name))) continue;
      pattern.lastIndex = 0;
      const match = pattern.exec(sentence);
      if (!match) continue;
      if (sentence.length <= SENTENCE_MAX) return sentence;
      const start = Math.max(0, match.index - SENTENCE_MAX / 2);
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
  const pattern = namesPattern([...pathOf.keys()], (name) => name);
  if (!pattern) return bodyHtml;
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
      return part.replace(pattern, (name) => {
        const path = pathOf.get(name)!;
        if (linked.has(path)) return name;
        linked.add(path);
        return `<a class="mention" href="${escapeHtml(link(path))}">${name}</a>`;
      });
    })
    .join("");
}
