// Well-known news outlets (src/registry/data/news-outlets.json, general knowledge: the name each
// writes for itself, its kind, then its hosts), for sites the maintainer's registry does not list: a host
// that belongs to one is that outlet, and a page without its URL that names one in its own
// chrome (a copyright line, a footer, the top of the page) is most likely that outlet's.
// The maintainer's registry always comes first.
import fs from "node:fs";
import { isCommonWord } from "../names/find-names.ts";

export const NEWS_OUTLETS_FILE = new URL("./data/news-outlets.json", import.meta.url);

/** The kinds a well-known outlet may have, one per row of the data file. */
export const KNOWN_OUTLET_KINDS = ["newspaper", "magazine", "broadcaster", "news site", "blog", "news agency"] as const;

interface NamedOutlet {
  name: string;
  kind: string;
  /** The name as a whole phrase, written as the outlet writes it (case matters). */
  phrase: RegExp;
  /** The same phrase in any case, for a line written in capitals ("THE TIMES OF EXAMPLE"). */
  phraseInCapitals: RegExp;
  /** Its place in the list: several names found are given in list order. */
  order: number;
}

interface KnownOutlets {
  byHost: Map<string, string>;
  /** The names a text may name, by their first two words in lower case (a text's words and pairs of words pick the few to test). */
  byOpening: Map<string, NamedOutlet[]>;
  agencies: Set<string>;
}

let loaded: KnownOutlets | undefined;
/** One-word names that are English words the word list may lack ("Independent", "Times"), or a company's legal form ("Inc."). */
const COMMON_WORDS = new Set(["time", "nature", "fortune", "science", "people", "metro", "salon", "slate", "wired", "reason", "vox", "observer", "independent", "sun", "times", "post", "star", "entrepreneur", "inc"]);

const WORD = /[\p{L}\d]+/gu;

/**
 * A name a text may be taken to name its outlet by: not one word that is also an English word
 * ("Time", "Nature"), nor two letters ("RT", "ge"); those say nothing in a text, and match only a host.
 */
function foundInText(name: string): boolean {
  if (/\s/.test(name)) return true;
  const word = name.replace(/[^\p{L}\d]/gu, "");
  return word.length > 2 && !COMMON_WORDS.has(word.toLowerCase()) && !isCommonWord(word);
}

/** Where a name stands in a text as a whole: not inside a word, nor joined to another by "&" or "and" ("Foreign Policy & Diaspora" is a menu's section). */
const namePhrase = (escaped: string, flags = "u") => new RegExp(`(?<![\\p{L}\\d]|(?:&|and) )${escaped}(?![\\p{L}\\d]| (?:&|and) )`, flags);

/** The ways a text may write a name: as it is, and without a leading "The" when two words or more are left ("Times of
 *  Example"; "The 19th" is not "19th", nor "The Hindu" "Hindu"). */
const writtenForms = (name: string) => [name, ...(/^The\s+\S+\s+\S/.test(name) ? [name.slice(4)] : [])];

function knownOutlets(): KnownOutlets {
  if (loaded) return loaded;
  const rows = JSON.parse(fs.readFileSync(NEWS_OUTLETS_FILE, "utf8")) as string[][];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const byOpening = new Map<string, NamedOutlet[]>();
  rows.forEach(([name, kind], order) => {
    if (!foundInText(name!)) return;
    for (const form of writtenForms(name!)) {
      const outlet = { name: name!, kind: kind!, order, phrase: namePhrase(escape(form)), phraseInCapitals: namePhrase(escape(form), "iu") };
      const opening = form.match(WORD)?.slice(0, 2).join(" ").toLowerCase();
      if (opening) byOpening.set(opening, [...(byOpening.get(opening) ?? []), outlet]);
    }
  });
  loaded = {
    byHost: new Map(rows.flatMap(([name, , ...hosts]) => hosts.map((host) => [host, name!] as const))),
    byOpening,
    agencies: new Set(rows.filter(([, kind]) => kind === "news agency").map(([name]) => name!)),
  };
  return loaded;
}

/** The outlet a host belongs to: the host itself or, unless told not to, any parent domain of it ("edition.cnn.com" → CNN). */
export function knownOutletOfHost(host: string, options: { parents?: boolean } = {}): string | undefined {
  const { byHost } = knownOutlets();
  const parts = host.toLowerCase().replace(/^www\./, "").split(".");
  for (let start = 0; start < (options.parents === false ? 1 : parts.length - 1); start++) {
    const name = byHost.get(parts.slice(start).join("."));
    if (name) return name;
  }
  return undefined;
}

/** The well-known outlets a text names, each once, in list order; news agencies too when asked (their credit names the story's source, not the site). */
export function knownOutletsIn(text: string, options: { agencies?: boolean } = {}): string[] {
  const { byOpening } = knownOutlets();
  const candidates = new Set<NamedOutlet>();
  // "The" opens hundreds of names, "The Guardian" a few: a name is looked up by its first two words.
  const words = text.toLowerCase().match(WORD) ?? [];
  const openings = words.flatMap((word, at) => (at + 1 < words.length ? [word, `${word} ${words[at + 1]}`] : [word]));
  for (const opening of openings) for (const outlet of byOpening.get(opening) ?? []) candidates.add(outlet);
  // A name is found as the outlet writes it, or in capitals ("THE TIMES OF EXAMPLE | Oct 2, 2020").
  const inCapitals = (pattern: RegExp) => !/\p{Ll}/u.test(pattern.exec(text)?.[0] ?? "a");
  return [...new Set([...candidates]
    .filter(({ kind, phrase, phraseInCapitals }) => (options.agencies || kind !== "news agency") && (phrase.test(text) || inCapitals(phraseInCapitals)))
    .sort((a, b) => a.order - b.order)
    .map(({ name }) => name))]
    // "The Times" inside "The Times of Example" is the longer name's.
    .filter((name, _, names) => !names.some((other) => other !== name && other.toLowerCase().includes(name.toLowerCase())));
}

/** Whether a name is a well-known news agency's ("The Associated Press", "Reuters"): its credit on a page names the story's source, not the site. */
export function isKnownAgency(name: string): boolean {
  return knownOutlets().agencies.has(name.replace(/^the\s+/i, ""));
}
