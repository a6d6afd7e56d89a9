// A site's name from its URL's host and the capture's own words: "rollingstone.com" is "Rolling Stone"
// when the page says so (a line "Rolling Stone", a title "… | Rolling Stone", a footer "© 2020 Rolling
// Stone, LLC"), else the host itself. Also the holder a copyright line names, for pages with no URL.
import { compactKey } from "../registry/alias-key.ts";
import type { SourceLine } from "./read-capture.ts";

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

/** The label a site is named by: "edition.example.com" → "example", "news.example.co.uk" → "example". */
export function siteLabel(host: string): string {
  const labels = host.split(".");
  const suffixParts = SECOND_LEVEL.test(host) ? 2 : 1;
  return labels.length > suffixParts ? labels[labels.length - suffixParts - 1]! : labels[0]!;
}

/** Letters and digits only, lower case, accents dropped: "The Rolling-Stone" → "therollingstone". */
export const compactName = compactKey;

/** The forms a compact name may take: with and without a leading "the" and a trailing web suffix. */
function compactForms(text: string): string[] {
  const bare = compactName(text.replace(/\.(?:com|net|org|co\.uk|co|[a-z]{2})$/i, ""));
  return [...new Set([bare, bare.replace(/^the(?=.{3})/, "")])];
}

const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(.+)$/i;
const HOLDER_END = /\s*(?:[.,;|]|\s-\s|\ball rights\b|\bLLC\b|\bInc\b|\bLtd\b|\bLimited\b|\bpowered by\b).*$/i;
const NAME = /^(?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|de|du|la|el|al)){0,5}$/u;

/** The holder a copyright line names ("© 2020 Example News. All rights reserved." → "Example News"). */
export function copyrightHolder(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const match = COPYRIGHT.exec(text);
  if (!match) return undefined;
  const holder = match[1]!.replace(HOLDER_END, "").trim();
  if (!holder || /^\d/.test(holder) || !NAME.test(holder)) return undefined;
  return holder;
}

/** Short pieces of a line that may be a site's name: the line, its " | "- or " - "-separated parts, a copyright holder. */
function namePieces(text: string): string[] {
  if (text.length > 160) return [];
  const pieces = text.length <= 60 ? [text] : [];
  const parts = text.split(/\s+[|–—-]\s+|\s*[|•·»]\s*/);
  if (parts.length > 1) pieces.push(...parts.map((part) => part.trim()).filter((part) => part.length > 1 && part.length <= 60));
  const holder = copyrightHolder(text);
  if (holder) pieces.push(holder);
  return pieces;
}

/** How readable a way of writing a name is: "Rolling Stone" over "ROLLING STONE" over "rollingstone". */
function readability(name: string): number {
  if (name === name.toLowerCase()) return 0;
  if (name === name.toUpperCase()) return 1;
  return /\s/.test(name) ? 3 : 2;
}

/**
 * The site's name as the capture writes it, matched against its host's label ignoring case,
 * spaces, punctuation and a leading "the": a line near the top or the bottom of the page.
 */
export function siteNameIn(lines: SourceLine[], host: string): { name: string; line: number; text: string } | undefined {
  const label = compactName(siteLabel(host));
  if (label.length < 3) return undefined;
  const labels = new Set([label, label.replace(/^the(?=.{3})/, "")]);
  const near = lines.length <= 60 ? lines : [...lines.slice(0, 30), ...lines.slice(-30)];
  let best: { name: string; line: number; text: string } | undefined;
  for (const { text, line } of near) {
    for (const piece of namePieces(text)) {
      const name = piece.replace(/^[©\s]+|[\s:]+$/g, "");
      if (!compactForms(name).some((form) => labels.has(form))) continue;
      if (/\.[a-z]{2,4}$/i.test(name) && name === name.toLowerCase()) continue;
      if (!best || readability(name) > readability(best.name)) best = { name, line, text };
    }
  }
  return best;
}
