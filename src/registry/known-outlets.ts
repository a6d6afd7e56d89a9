// Well-known news outlets (src/registry/data/news-outlets.json, general knowledge: the name each
// writes for itself, its kind, then its hosts), for sites the maintainer's registry does not list: a host
// that belongs to one is that outlet, and a page without its URL that names one in its own
// chrome (a copyright line, a footer, the top of the page) is most likely that outlet's.
// The maintainer's registry always comes first.
import fs from "node:fs";

export const NEWS_OUTLETS_FILE = new URL("./data/news-outlets.json", import.meta.url);

interface KnownOutlets {
  byHost: Map<string, string>;
  /** Every name as a whole phrase, written as the outlet writes it (case matters), with its kind. */
  names: Array<{ name: string; kind: string; phrase: RegExp }>;
}

let loaded: KnownOutlets | undefined;
const COMMON_WORDS = new Set(["time", "nature", "fortune", "science", "people", "metro", "salon", "slate", "wired", "reason", "vox", "observer", "independent", "sun", "times", "post", "star"]);

function knownOutlets(): KnownOutlets {
  if (loaded) return loaded;
  const rows = JSON.parse(fs.readFileSync(NEWS_OUTLETS_FILE, "utf8")) as string[][];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  loaded = {
    byHost: new Map(rows.flatMap(([name, , ...hosts]) => hosts.map((host) => [host, name!] as const))),
    // A one-word name that is also an English word ("Time", "Nature") says nothing in a text.
    names: rows.filter(([name]) => /\s|\p{Lu}.*\p{Lu}|\d/u.test(name!) || !COMMON_WORDS.has(name!.toLowerCase())).map(([name, kind]) => ({ name: name!, kind: kind!, phrase: new RegExp(`(?<![\\p{L}\\d])${escape(name!)}(?![\\p{L}\\d])`, "u") })),
  };
  return loaded;
}

/** The outlet a host belongs to: the host itself or any parent domain of it ("edition.cnn.com" → CNN). */
export function knownOutletOfHost(host: string): string | undefined {
  const { byHost } = knownOutlets();
  const parts = host.toLowerCase().replace(/^www\./, "").split(".");
  for (let start = 0; start < parts.length - 1; start++) {
    const name = byHost.get(parts.slice(start).join("."));
    if (name) return name;
  }
  return undefined;
}

/** The well-known outlets a text names, each once, in list order; news agencies too when asked (their credit names the story's source, not the site). */
export function knownOutletsIn(text: string, options: { agencies?: boolean } = {}): string[] {
  return knownOutlets().names.filter(({ kind, phrase }) => (options.agencies || kind !== "news agency") && phrase.test(text)).map(({ name }) => name);
}

/** Whether a name is a well-known news agency's ("The Associated Press", "Reuters"): its credit on a page names the story's source, not the site. */
export function isKnownAgency(name: string): boolean {
  const bare = name.replace(/^the\s+/i, "");
  return knownOutlets().names.some((outlet) => outlet.kind === "news agency" && outlet.name === bare);
}
