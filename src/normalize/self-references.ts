// How a page names its own site in its chrome, when no URL says which site it is: "More From
// Example Post", "Jane Roe is a senior writer for Example Post", "Subscribe to Example Post",
// "Example Post is supported by its audience", "Advertise with Example Post", a logo line at the
// top ("Example Post"), its host alone on a line ("ExamplePost.com"), an e-mail address at its
// domain (tips@examplepost.com). Any one of these may name something else (a section, a
// newsletter, a past employer, a source's address); a name that two different kinds of line give
// is the site's, and so is one that a line only the site writes gives ("Advertise with Example Post").
import { isCommonWord, isGivenName } from "../names/find-names.ts";
import { isMediaCompany } from "../registry/media-companies.ts";
import type { SourceLine } from "./capture-file.ts";
import { HOST_LINES, PLATFORM_HOSTS, type PageParts } from "./own-hosts.ts";
import { compactName, readability, readableCase, siteLabel } from "./site-name.ts";

/** A name as sites write theirs: one to four capitalised words ("of", "and", "&" between them), "The" allowed first. */
const NAME = String.raw`((?:The )?[\p{Lu}\d][\p{L}\d&'’.-]*(?: (?:of |and |& )?[\p{Lu}\d&][\p{L}\d&'’.-]*){0,3})`;
/** A name that is a web address: one word and a web suffix ("Example.com", "Example.co.uk"). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[a-z]{2,6}){1,2}$/iu;
/** A month's name or its abbreviation, in a site's stamp over its story ("Example News | Oct 2, 2020"). */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*`;
/** Where a name must end: not inside a word. */
const END = String.raw`(?![\p{L}\d])`;

/** A kind of line, one of its patterns, and text a line must hold for the pattern to be tried at all (a cheap test before an unanchored search). */
type Kind = readonly [kind: string, pattern: RegExp, mustHold?: string];
const kind = (name: string, ...sources: string[]): Kind[] => sources.map((source) => [name, new RegExp(source, "du")] as const);
const holding = (mustHold: string, kinds: Kind[]): Kind[] => kinds.map(([name, pattern]) => [name, pattern, mustHold] as const);

/** The kinds of line in which a site names itself, each pattern capturing the name. Two patterns of one kind are one kind of evidence. */
const SELF_REFERENCES: readonly Kind[] = [
  ...kind("more-stories", String.raw`^More (?:Great )?${NAME} (?:Stories|News|Videos|Articles)$`),
  ...kind("more-from", String.raw`^(?:More|Popular|Trending|Latest|Best|Only) (?:from|on|at) ${NAME}$`, String.raw`^More ${NAME}$`),
  ...kind("writer-for", String.raw`\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer) (?:for|at|with) ${NAME}(?=[,.;]| and | where |$)`, String.raw`\b(?:covers|writes about) [\p{L} ,&-]{1,40} for ${NAME}(?=[,.;]| and |$)`),
  ...kind("ownership", String.raw`^${NAME} is (?:part of|a division of|owned by|a (?:registered )?trademark of|a member of)\b`),
  ...kind("affiliate-notice", String.raw`^${NAME} (?:is supported by its (?:audience|readers)|may (?:receive|earn)|has affiliate|is a participant in|participates in)\b`),
  ...kind("follow", String.raw`^(?:Subscribe to|Follow|Like) ${NAME}(?: on (?:Twitter|Facebook|Instagram|YouTube|LinkedIn|TikTok|social media)\b.*| by (?:[Ee]mail|RSS))?$`, String.raw`^Follow @([A-Za-z\d_]{2,15})$`),
  ...kind("newsletter", String.raw`^(?:Sign up for|Get|Subscribe to) (?:the )?${NAME}(?:['’]s)? (?:[Nn]ewsletters?|[Dd]aily)\b`, String.raw`^Get ${NAME} (?:to|in|delivered to) your inbox`),
  ...kind("house-section", String.raw`^${NAME} (?:Newsletters?|Staff|Team|Store|Podcasts?)$`),
  ...kind("about", String.raw`^(?:About|Learn (?:more )?about) ${NAME}$`),
  ...kind("advertise", String.raw`^Advertise (?:on|with|in) ${NAME}$`),
  ...kind("support", String.raw`^Support ${NAME}${END}`),
  ...kind("back-to", String.raw`^(?:Back|Continue|Return) to ${NAME}$`),
  ...kind("app", String.raw`^(?:Download |Get )?(?:the )?${NAME} [Aa]pp$`),
  ...kind("reader-prompt", String.raw`^(?:Stay (?:updated|in touch|tuned) with|Sign in to access|Get more|Want more) ${NAME}${END}`),
  ...kind("site-prompt", String.raw`^(?:Stay (?:connected|up to date) with|Why [Yy]ou [Cc]an [Tt]rust|How [Dd]o I [Ww]hitelist|Thank(?:s| you) for (?:reading|supporting)) ${NAME}${END}`),
  ...kind("breadcrumb", String.raw`^${NAME}\s*[»›]\s*\S`),
  ...kind("dated-stamp", String.raw`^${NAME}\s+[|/]\s+(?:${MONTH}\.? \d{1,2}, \d{4}|\d{1,2} ${MONTH}\.? \d{4})`),
  ...kind("postal-address", String.raw`^${NAME}\s+[~|•·]\s+\d{1,5}\s+(?:[NSEW]\.?\s+)?[\p{Lu}\d]`),
  ...kind("originally-published", String.raw`^Originally (?:published|appeared) (?:on|in|at|by) ${NAME}\.?$`),
  ...HOST_LINES.flatMap(([name, source, mustHold]) => (mustHold ? holding(mustHold, kind(name, source)) : kind(name, source))),
];

/** "X is where …", "X uses investigative journalism to …", "At X, we …": what a site says of itself in its footer; in the story, a sentence about anyone. */
const HOUSE_STATEMENTS: readonly Kind[] = kind(
  "house-statement",
  String.raw`^${NAME} (?:is (?:where|the|a|an|your|dedicated|committed)|uses|exists|moderates|attracts|does not|needs|publishes|was founded)\b.{20,}`,
  String.raw`^At ${NAME}, we\b.{20,}`,
);

/** Kinds of line only the site itself writes of itself ("Advertise with X", "How do I whitelist X?"): one such line names it; every other kind needs a second kind beside it. */
const SELF_EVIDENT_KINDS = new Set(["advertise", "site-prompt"]);

const EVERY_KIND: readonly Kind[] = [...SELF_REFERENCES, ...HOUSE_STATEMENTS];

/** The kinds whose capture is a host ("example.com"), keyed by its site's label. */
const HOST_KINDS = new Set(["host-line", "mail-domain"]);


/** Words a pattern catches that name a part of a page, not a site ("More from Business", "About Us"). */
const NOT_A_SITE = /^(?:us|our|this|it|facebook|twitter|instagram|youtube|linkedin|whatsapp|telegram|taboola|outbrain|news|business|sports?|politics|world|local|opinion|tech|technology|culture|health|science|entertainment|travel|home|the author|author|topics|latest|videos?|music|food|our newsletter|newsletter|top|the top|menu|search|all|more|contact|privacy)$/i;

/** Longer lines are story text or legal notices, not the chrome a site names itself in. */
const MAX_LINE = 400;
/** A logo line is one of a page's first lines, or a name the page sets alone on a line more than once (its header and its footer); a menu's items stand alone only once. */
const LOGO_LINES = 3;

/** "By Jane Roe", "Jane Roe is a senior writer": a name the page gives a person. */
const PERSON_LINE = new RegExp(String.raw`^(?:By|Written by|Author:?) ${NAME}|^${NAME} is an? (?:[\p{Ll}-]+ ){0,2}(?:writer|reporter|editor|journalist|correspondent|contributor|columnist|author|producer|freelancer)\b`, "u");

interface SiteEvidence {
  name: string;
  /** How readable `name` is (site-name.ts), a host below any name. */
  rank: number;
  kinds: Set<string>;
  line: number;
  text: string;
}

/** "GET THE EXAMPLE NEWSLETTER" → "Get the Example Newsletter": capitals only, matched as a sentence of the same length. */
function asSentence(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return text;
  const small = new Set(["the", "to", "of", "for", "on", "with", "from", "and", "a", "an", "in", "at", "is", "by", "your", "our", "more"]);
  const sentence = text.replace(/\p{L}+/gu, (word, at: number) => (at > 0 && small.has(word.toLowerCase()) ? word.toLowerCase() : word[0]! + word.slice(1).toLowerCase()));
  return sentence.length === text.length ? sentence : text;
}

/** The key two spellings of one site share: letters and digits, no leading "the" ("TheHill.com" and "The Hill"). */
function siteKey(name: string, isHost: boolean): string {
  // A name written as its web address ("Example.com", "News18.com") is its host's label.
  const label = isHost || WEB_ADDRESS.test(name) ? siteLabel(name.toLowerCase()) : name;
  return compactName(label).replace(/^the(?=.{3})/, "");
}

const NAME_ALONE = new RegExp(`^${NAME}$`, "u");

/** A logo line: the name alone ("Example Post", "Toggle navigation Example Post", "Example Post Home", "Example Post  Example Post"). */
function logoName(text: string): string | undefined {
  const bare = text.trim().replace(/^Toggle (?:navigation|menu)\s+/i, "").replace(/\s+Home$/, "");
  const words = bare.split(/\s+/);
  const half = words.slice(0, words.length / 2).join(" ");
  const name = words.length % 2 === 0 && half === words.slice(words.length / 2).join(" ") ? half : bare;
  if (!NAME_ALONE.test(name)) return undefined;
  // One word that is also an English word ("Observer", "Politics") is a section as often as a site.
  return /\s/.test(name) || !isCommonWord(name) ? name : undefined;
}

/** "Example Post SKIP AD" → "Example Post": words in capitals after a name in mixed case are a button beside it. */
const withoutButton = (name: string) => name.replace(/(?<=\p{Ll}[\p{L}\d'’.-]*)(?: \p{Lu}[\p{Lu}\d]+){2,}$/u, "");

/** The names a line gives its site, with the kind of line; a story's line, only in the kinds that are no sentence of a story. */
function referencesIn(text: string, isStory: boolean): Array<{ kind: string; name: string }> {
  const sentence = asSentence(text);
  const found: Array<{ kind: string; name: string }> = [];
  for (const [name, pattern, mustHold] of isStory ? SELF_REFERENCES : EVERY_KIND) {
    if (mustHold && !text.includes(mustHold)) continue;
    const [start, end] = pattern.exec(sentence)?.indices?.[1] ?? [];
    if (start !== undefined && end !== undefined) found.push({ kind: name, name: withoutButton(text.slice(start, end).replace(/['’]s$|\.$/, "")) });
  }
  return found;
}

/**
 * The logo lines of a page: its first lines' names, and every name it sets alone on more than one
 * line, by line number. A logo stands above the headline: a name alone below it (a byline, an
 * author's box) is no site's unless the page also sets it alone above the headline.
 */
function logoLines(lines: readonly SourceLine[], page: PageParts): Map<number, string> {
  const names = lines.map(({ text, line }) => (text.length <= 100 && !page.storyLines.has(line) ? logoName(text) : undefined));
  const seen = new Map<string, number>();
  const aboveHeadline = new Set<string>();
  names.forEach((name, at) => {
    if (!name) return;
    seen.set(name, (seen.get(name) ?? 0) + 1);
    if (page.headlineLine === undefined || lines[at]!.line < page.headlineLine) aboveHeadline.add(name);
  });
  const logos = new Map<number, string>();
  names.forEach((name, at) => name && aboveHeadline.has(name) && (at < LOGO_LINES || seen.get(name)! > 1) && logos.set(lines[at]!.line, name));
  return logos;
}

/** Whether a name may be a site's: not a section, a pronoun, an owner company or a mail service. */
function maySite(kind: string, name: string): boolean {
  if (HOST_KINDS.has(kind)) return !PLATFORM_HOSTS.test(name);
  return !NOT_A_SITE.test(name) && !isMediaCompany(name);
}


/** Every name the chrome gives its site, by key, with the kinds of line that give it. */
function collectReferences(lines: readonly SourceLine[], page: PageParts): Map<string, SiteEvidence> {
  const found = new Map<string, SiteEvidence>();
  const logos = logoLines(lines, page);
  for (const { text, line } of lines) {
    if (text.length > MAX_LINE) continue;
    const logo = logos.get(line);
    for (const { kind, name } of [...referencesIn(text, page.storyLines.has(line)), ...(logo ? [{ kind: "logo-line", name: logo }] : [])]) {
      if (!maySite(kind, name)) continue;
      const isHost = HOST_KINDS.has(kind);
      const key = siteKey(name, isHost);
      if (key.length < 2) continue;
      // The most readable spelling names it: "Wired" over "WIRED", any name over a host.
      const rank = readability(name) - (isHost ? 10 : 0);
      const entry = found.get(key) ?? { name, rank, kinds: new Set<string>(), line, text };
      if (rank > entry.rank) Object.assign(entry, { name, rank, line, text });
      entry.kinds.add(kind);
      found.set(key, entry);
    }
  }
  return found;
}

/** The keys of names the page gives a person ("By Jane Roe", "Jane Roe is a staff writer"): an author's bio names no site. */
function personKeys(lines: readonly SourceLine[]): Set<string> {
  const keys = new Set<string>();
  for (const { text } of lines) {
    const match = text.length <= MAX_LINE ? PERSON_LINE.exec(text) : null;
    const name = match?.[1] ?? match?.[2];
    if (name) keys.add(siteKey(name, false));
  }
  return keys;
}

/** The kinds of line that name a site by where its name stands, not by the words around it. */
const PLACED_KINDS = new Set(["logo-line", ...HOST_KINDS]);

/** "Jane Okafor": a given name, then a word that is no English word; sites are seldom named so, writers always. */
function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && isGivenName(words[0]!) && !isCommonWord(words.at(-1)!) && !/\d/.test(name);
}

/**
 * "Example" and "Example Magazine", both named: one site, by its longer name, with the evidence of
 * both. The longer name must come from words around it ("Get Example Magazine delivered …"): a
 * line alone ("Example App", "Example Weather") is as often a part of the site.
 */
function mergeShortForms(found: Map<string, SiteEvidence>): SiteEvidence[] {
  const entries = [...found.values()];
  const words = (name: string) => name.toLowerCase().replace(/^the\s+/, "").split(/\s+/);
  const worded = (entry: SiteEvidence) => [...entry.kinds].some((kind) => !PLACED_KINDS.has(kind));
  for (const short of entries) {
    const extends_ = (other: SiteEvidence) => words(other.name).length > words(short.name).length && words(short.name).every((word, at) => words(other.name)[at] === word);
    // "Example & Partners", "Example and Friends": another name joined to the site's, not a longer one.
    const joined = (other: SiteEvidence) => /^(?:&|and)$/.test(words(other.name)[words(short.name).length]!);
    const long = entries.find((other) => other !== short && worded(other) && extends_(other) && !joined(other));
    if (long) for (const kind of short.kinds) long.kinds.add(kind);
  }
  return entries;
}

/**
 * The site's name when two different kinds of its chrome lines give the same one, or one line of a
 * kind only the site writes; the first such
 * line as evidence. Lines of the story count in every kind but a house statement and a logo line:
 * the story block keeps a site's notices and prompts at times, but a sentence about anyone is no statement of the site's.
 */
export function siteNameFromSelfReferences(lines: readonly SourceLine[], page: PageParts = { storyLines: new Set() }): { name: string; line: number; text: string } | undefined {
  const people = personKeys(lines);
  const candidates = mergeShortForms(collectReferences(lines, page)).filter((entry) => (entry.kinds.size >= 2 || [...entry.kinds].some((kind) => SELF_EVIDENT_KINDS.has(kind))) && !people.has(siteKey(entry.name, false)) && !looksLikePerson(entry.name));
  // More kinds of evidence first; then the longer name ("Example Magazine" over "Example", both named).
  const best = candidates.sort((a, b) => b.kinds.size - a.kinds.size || b.name.length - a.name.length)[0];
  return best && { name: readableCase(best.name), line: best.line, text: best.text };
}
