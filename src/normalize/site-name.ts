// A site's name from its URL's host and the capture's own words: "rollingstone.com" is "Rolling Stone"
// when the page says so (a line "Rolling Stone", a title "… | Rolling Stone", a footer "© 2020 Rolling
// Stone, LLC"), else the host itself. Also the holder a copyright line names, for pages with no URL.
import { compactKey } from "../registry/alias-key.ts";
import type { SourceLine } from "./capture-file.ts";

/** Two-part public suffixes under which the site's own label is the third from the end. */
const SECOND_LEVEL = /\.(?:co|com|org|net|gov|ac|edu|or|ne|go)\.[a-z]{2}$/;

/** The URL's host in lower case without "www." ("www.example.co.uk" → "example.co.uk"), or undefined. */
export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    return host.replace(/^(?:www\d?|m|amp|mobile)\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/** The labels a site may be named by, its own first: "edition.example.com" → ["example", "edition"]. */
export function siteLabels(host: string): string[] {
  const labels = host.split(".");
  const suffixParts = SECOND_LEVEL.test(host) ? 2 : 1;
  const named = labels.length > suffixParts ? labels.slice(0, labels.length - suffixParts) : labels;
  return named.reverse();
}

/** The label a site is named by: "edition.example.com" → "example", "news.example.co.uk" → "example". */
export const siteLabel = (host: string) => siteLabels(host)[0]!;

/** Subdomains that name a part of a site, not a site: "news.example.com", "edition.example.com". */
const GENERIC_SUBDOMAINS = new Set(["news", "edition", "blog", "blogs", "english", "arabic", "french", "home", "www", "mobile", "amp", "beta", "live", "video", "sport", "sports", "world", "local", "static", "shop"]);

/** Whether a host's subdomains are parts of one site ("news.example.com"), not sites of their own ("marathi.example.com"). */
export const isOneSiteHost = (host: string) => siteLabels(host).slice(1).every((label) => GENERIC_SUBDOMAINS.has(label));

const SMALL_WORDS = new Set(["of", "and", "the", "for", "in", "on", "at", "a", "an", "de", "du", "la", "el", "al"]);

/** "THE EVENING LANTERN" → "The Evening Lantern": a name the page writes in capitals only, made readable. */
export function readableCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  // Acronyms stay in capitals: a word with digits or no vowel, or of two letters ("CNN", "TVN24", "UK").
  return name.replace(/[\p{L}\d][\p{L}\d'’]*/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower)) return at > 0 ? lower : word[0]! + lower.slice(1);
    return word.length <= 2 || /\d/.test(word) || !/[aeiouy]/.test(lower) ? word : word[0]! + lower.slice(1);
  });
}

/** Letters and digits only, lower case, accents dropped: "The Rolling-Stone" → "therollingstone". */
export const compactName = compactKey;

/** The forms a compact name may take: with and without a leading "the" and the host's own suffix ("Example.com"). */
function compactForms(text: string, suffix: string): string[] {
  const bare = compactName(text.toLowerCase().endsWith(`.${suffix}`) ? text.slice(0, -suffix.length - 1) : text);
  return [...new Set([bare, bare.replace(/^the(?=.{3})/, "")])];
}

// "© 2020 - Example", "© 2000- Example.com", "Copyright © 2020 · Example": a mark between the year and the holder is no part of it.
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|\bcopyright\b))*\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*[,·|–-]?\s*)?(.+)$/i;
/** What makes a line with "copyright" in it a notice: the mark, a year or the reservation of rights. */
const NOTICE = /©|\(c\)|\b(?:19|20)\d{2}\b|\ball rights reserved\b/i;
/** "Example News Copyright © 2020.": the holder before the mark, nothing after it. */
const HOLDER_FIRST = /^(.{2,60}?)\s+(?:©\s*)?(?:copyright|©)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?\.?$/i;
// A full stop ends the holder, a dot inside a name ("Example.org") does not.
const HOLDER_END = /\s*(?:[,;|~]|\.(?![\p{L}\d])|\s-\s|\ball rights\b|\bpowered by\b|\bunless otherwise\b).*$/iu;
/** ", a division of Example Media Inc.": what follows names the owner, not the holder. */
const OWNER_CLAUSE = /,?\s+(?:an?\s+(?:division|subsidiary|unit|member|part|brand)\b|part of\b|owned by\b|a property of\b).*$/i;
/** "Example, Smith & Co. Ltd": a holder cut at a comma that goes on to a legal form is one company's name in parts. */
const NAME_IN_PARTS = /^,\s*(?!(?:LLC|L\.L\.C|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|S\.A|Co|Corp|LP|LLP|Pvt)\b)[\p{Lu}][^.,]*?\b(?:LLC|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|Co|Corp|LP|LLP|Pvt)\b/u;
/** A legal form after a name ("ScienceAlert Pty", "Example News Ltd"): not part of the outlet's name. */
const LEGAL_FORM = /(?:,?\s+(?:LLC|L\.L\.C|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|SA|S\.A|Co|Corp|LP|LLP|Pvt))+\.?$/i;
/** A legal form anywhere in what the line says of its holder ("Example, Smith & Co. Ltd"): a company. */
const LEGAL_ANYWHERE = /\b(?:LLC|L\.L\.C|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|S\.A|Co|Corp|LP|LLP|Pvt)\b/;
/** Whether a name is a company's ("Example Media Group"), by its words. */
export const isCompanyName = (name: string) => COMPANY.test(name);

/** A holder that is a company owning sites, not a site: "Example Media Group", "Example Holdings". */
const COMPANY = /\b(?:Media|Corporation|Group|Holdings|Publishing|Publications|Enterprises|Company|Ventures|Services|Newspapers|Communications|Broadcasting|Interactive|Partners|Foundation|Networks?|Brands|Studios|Entertainment|Productions)\b/i;
const NAME = /^(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|de|du|la|el|al)){0,5}$/u;

/**
 * The holder a copyright line names ("© 2020 Example News. All rights reserved." → "Example News"),
 * without a trailing year. A company (a legal form such as "Inc" or "Ltd" anywhere in the holder's
 * words, or a word such as "Media" or "Group") is a site's owner, not the site: returned only with
 * `company: true`, its legal form cut, for matching against a URL's host.
 */
export function copyrightHolder(text: string, options: { company?: boolean } = {}): string | undefined {
  // "Terms Copyright Privacy", "Digital Millennium Copyright Act": the word alone is a link or a law, not a notice.
  if (text.length > 200 || !NOTICE.test(text)) return undefined;
  const afterMark = COPYRIGHT.exec(text)?.[1];
  const written = afterMark && /\p{L}/u.test(afterMark) ? afterMark : HOLDER_FIRST.exec(text.trim())?.[1];
  if (!written) return undefined;
  const words = written.replace(/\s*(?:\ball rights\b|\bpowered by\b|\s[|-]\s).*$/i, "").replace(OWNER_CLAUSE, "");
  let holder = written.replace(HOLDER_END, "").trim();
  if (NAME_IN_PARTS.test(written.slice(holder.length))) return undefined;
  holder = holder.replace(/\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?$/, "").replace(LEGAL_FORM, "").trim();
  if (!holder || /^\d/.test(holder) || !NAME.test(holder)) return undefined;
  if (!options.company && (COMPANY.test(holder) || LEGAL_ANYWHERE.test(words))) return undefined;
  return holder;
}

/** Short pieces of a line that may be a site's name: the line, its " | "- or " - "-separated parts, a copyright holder. */
function namePieces(text: string): string[] {
  if (text.length > 160) return [];
  const pieces = text.length <= 60 ? [text] : [];
  const parts = text.split(/\s+[|–—-]\s+|\s*[|•·»]\s*/);
  if (parts.length > 1) pieces.push(...parts.map((part) => part.trim()).filter((part) => part.length > 1 && part.length <= 60));
  const holder = copyrightHolder(text, { company: true });
  if (holder) pieces.push(holder);
  return pieces;
}

/** How readable a way of writing a name is: "Rolling Stone" over "ROLLING STONE" over "rollingstone". */
export function readability(name: string): number {
  if (name === name.toLowerCase()) return 0;
  if (name === name.toUpperCase()) return 1;
  return /\s/.test(name) ? 3 : 2;
}

/**
 * The site's name as the capture writes it, matched against its host's label ignoring case,
 * spaces, punctuation and a leading "the": a line of the page, a piece of one between " | ", or a copyright holder.
 */
export function siteNameIn(lines: SourceLine[], host: string): { name: string; line: number; text: string } | undefined {
  // Every line: a line or piece that is exactly the host's label in other spacing is the site's name wherever it stands.
  const near = lines.length <= 2000 ? lines : [...lines.slice(0, 1000), ...lines.slice(-1000)];
  // The site's own label first ("example" of "news.example.com"), then a subdomain's that names a site of its own.
  const suffix = host.slice(host.indexOf(siteLabel(host)) + siteLabel(host).length + 1);
  for (const [at, label] of siteLabels(host).map(compactName).entries()) {
    if (label.length < 3 || (at > 0 && (label.length < 4 || GENERIC_SUBDOMAINS.has(label)))) continue;
    const labels = new Set([label, label.replace(/^the(?=.{3})/, "")]);
    let best: { name: string; line: number; text: string } | undefined;
    for (const { text, line } of near) {
      for (const piece of namePieces(text)) {
        const name = piece.replace(/^[©\s]+|[\s:]+$/g, "");
        if (!compactForms(name, suffix).some((form) => labels.has(form))) continue;
        if (/\.[a-z]{2,4}$/i.test(name) && name === name.toLowerCase()) continue;
        if (!best || readability(name) > readability(best.name)) best = { name, line, text };
      }
    }
    // A name in lower case only ("examplenews") says no more than the host does.
    if (best && readability(best.name) > 0) return { ...best, name: readableCase(best.name) };
  }
  return blogMasthead(lines, siteLabel(host));
}

/** How many lines from the top a personal blog's masthead stands in. */
const MASTHEAD_LINES = 8;
/** "Jane Roe's blog", "The Jane Roe Blog": a blog named after its writer. */
const BLOG_NAME = /^(?:The\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:['’]s)?\s+[Bb]log$/u;

/** A personal blog's masthead that names its writer as the host does ("roe.me" → "Jane Roe's blog", "janeroe.net" → "Jane Roe's Blog"). */
function blogMasthead(lines: SourceLine[], label: string): { name: string; line: number; text: string } | undefined {
  if (compactName(label).length < 4) return undefined;
  const masthead = lines.slice(0, MASTHEAD_LINES).find(({ text }) => BLOG_NAME.test(text) && compactName(text).replace(/s?blog$/, "").endsWith(compactName(label)));
  return masthead && { name: masthead.text, line: masthead.line, text: masthead.text };
}
