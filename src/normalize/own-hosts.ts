// A site's own web address in its chrome, for a page copied without its URL: an address at its
// domain ("letters@example.com"), a line that is the address alone ("EXAMPLE.CO.UK") or begins
// with it ("EXAMPLE.COM / Dec 6, 2020"), a logo line ("EXAMPLE.NET TV"), "Printed from
// https://example.com/…", a link to it above the story. A line shaped so is chrome even where the
// story block kept it; an address in a sentence of the story is the story's subject or source.
import type { SourceLine } from "./capture-file.ts";
import { hostOf } from "./site-name.ts";

/** Where a page's story stands: its lines and its headline's line, when known. */
export interface PageParts {
  storyLines: ReadonlySet<number>;
  headlineLine?: number;
}

/** A web address's host as a page writes it ("Example.com", "EXAMPLE.CO.UK"). */
export const HOST = String.raw`((?:[A-Za-z\d][A-Za-z\d-]*\.)+[A-Za-z]{2,6})`;

/** Hosts of mail services and platforms: an address there names no site. */
export const PLATFORM_HOSTS = /(?:^|\.)(?:gmail|googlemail|google|yahoo|hotmail|outlook|live|msn|aol|icloud|me|mac|protonmail|proton|gmx|mail|ymail|zoho|yandex|qq|163|facebook|twitter|x|instagram|youtube|linkedin|tiktok|pinterest|reddit|apple|wordpress|medium|substack|blogspot|example)\.[a-z.]+$/i;

/** A form of line giving a host: its kind, its pattern's source (the host its first group), and text a line must hold for it to be tried. */
export type HostForm = readonly [kind: string, source: string, mustHold?: string];

/** Lines that give their site's host wherever they stand in its chrome (self-references.ts counts them too). */
export const HOST_LINES: readonly HostForm[] = [
  ["host-line", String.raw`^(?:Search )?${HOST}(?: \.\.\.)?$`],
  ["host-line", String.raw`\bPrinted from https?://(?:www\.)?${HOST}`, "Printed from"],
  ["mail-domain", String.raw`\b[\w.+-]+@${HOST}\b`, "@"],
];

/** A line that begins with the host, then a separator: the site's stamp ("EXAMPLE.COM / Dec 6, 2020", "Example.com | World"). */
const HOST_STAMP = new RegExp(String.raw`^${HOST}\s*(?:[|/·•]|\s[–—-])\s*\S`, "u");
/** The host and a word or two in capitals: a logo ("EXAMPLE.NET TV"); only above the headline. */
const HOST_LOGO = new RegExp(String.raw`^${HOST}(?: [\p{Lu}\d][\p{L}\d]*){1,2}$`, "u");
/** A line that is one link to the host: the logo's or a share box's; only above the story. */
const OWN_LINK = new RegExp(String.raw`^https?://(?:www\.)?${HOST}(?:[/?#:]\S*)?$`, "u");
const ANYWHERE = HOST_LINES.map(([kind, source, mustHold]) => [kind, new RegExp(source, "u"), mustHold] as const);

/** Longer lines are story text or legal notices, not chrome that gives a site's address. */
const MAX_LINE = 400;
/** Without a known headline, the logo stands among the first lines. */
const LOGO_LINES = 3;

export interface OwnHost {
  host: string;
  kind: string;
  line: number;
  text: string;
}

/** The patterns a line may give its site's host by, where it stands on the page. */
function formsAt(at: number, line: number, page: PageParts, firstStoryLine: number): Array<readonly [string, RegExp, string?]> {
  const aboveHeadline = page.headlineLine === undefined ? at < LOGO_LINES : line < page.headlineLine;
  return [...ANYWHERE, ["host-stamp", HOST_STAMP], ...(aboveHeadline ? [["host-logo", HOST_LOGO] as const] : []), ...(line < firstStoryLine ? [["own-link", OWN_LINK] as const] : [])];
}

/** The one form a sentence of a story may hold: "write to photos@example.com". */
const IN_SENTENCES = "mail-domain";

/** Every host the page's chrome gives as its own, by line, platforms and mail services left out. */
export function ownHostsIn(lines: readonly SourceLine[], page: PageParts): OwnHost[] {
  const firstStoryLine = Math.min(...page.storyLines, Infinity);
  const found: OwnHost[] = [];
  lines.forEach(({ text, line }, at) => {
    if (text.length > MAX_LINE) return;
    for (const [kind, pattern, mustHold] of formsAt(at, line, page, firstStoryLine)) {
      if ((mustHold && !text.includes(mustHold)) || (kind === IN_SENTENCES && page.storyLines.has(line))) continue;
      const written = pattern.exec(text)?.[1];
      const host = written && hostOf(`https://${written}`);
      if (host && !PLATFORM_HOSTS.test(host)) found.push({ host, kind, line, text });
    }
  });
  return found;
}
