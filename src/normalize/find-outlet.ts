// Stage 5: who published the capture. In order of trust: the maintainer header; a republisher's
// disclaimer ("By X for Y. … the views of Z": outlet Z, original Y, author X); the capture's URL
// (a registry outlet its host or a signature names, else the site's name as the page writes it,
// else the host: site-name.ts); an outlet's stamp on the lede ("Shafaq News / …"); the registry's
// signatures (page chrome); an official statement in the first person plural by a government the
// text names; the page's own chrome (its web address, when the registry or the well-known outlets
// know the host: own-hosts.ts; the holder of a copyright line near the end, "© 2020 Example News";
// its self-references; a well-known outlet it names); "… told <outlet>".
// A wire's credit on a site the URL names ("(Reuters) -") is the original outlet, not the outlet.
import { isKnownAgency, knownOutletOfHost, knownOutletsIn } from "../registry/known-outlets.ts";
import { isMediaCompany } from "../registry/media-companies.ts";
import type { OutletIndex } from "../registry/outlet-index.ts";
import { assertFound, type CaptureFile, type CaptureWith, type SourceLine } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import { evidenceText, type Evidence } from "./evidence.ts";
import { pageAuthor, pageOutlet } from "./page-evidence.ts";
import { ownHostsIn, type PageParts } from "./own-hosts.ts";
import { siteNameFromSelfReferences } from "./self-references.ts";
import { compactName, copyrightHolder, hostOf, isCompanyName, isOneSiteHost, siteLabel, siteNameIn } from "./site-name.ts";

/** What finding the outlet reads of a capture. */
type OutletInput = CaptureWith<"header" | "removed" | "paragraphs">;

interface Attribution {
  outlet: string;
  kind?: string;
  originalOutlet?: string;
  author?: string;
  evidence: Evidence;
}

const DISCLAIMER_VIEWS = /\b(?:reflect|represent)s? the (?:views|opinions|position|editorial policy) of (?:the )?([\p{Lu}][\p{L}\d&'’ .-]{1,60}?)\s*\.?$/u;
const BY_FOR = /^By\s+([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3})(?:\s+for\s+([\p{Lu}][\p{L}\d&'’.-]*(?:\s[\p{Lu}][\p{L}\d&'’.-]*){0,4}?))?(?:[.,]|\s*$)/u;
const FIRST_PERSON_STATEMENT = /\b[Ww]e (?:call|condemn|urge|reject|affirm|reaffirm|demand|welcome|reiterate|stress|express|denounce|warn|assure|remain|support|appeal|ask|declare|announce|confirm|hold|insist)\b/;
const QUOTED = /["“][^"”]*["”]/g;
const TOLD_OUTLET = /\b(?:told|said to|speaking to|in an interview with)\s+(?:the\s+)?([\p{Lu}][\p{L}\d&'’-]*(?:\s[\p{Lu}][\p{L}\d&'’-]*){0,3})/gu;

function canonical(index: OutletIndex, name: string): { outlet: string; kind?: string } {
  const entry = index.lookup(name.trim());
  return entry ? { outlet: entry.name, kind: entry.kind } : { outlet: name.trim() };
}

function fromDisclaimer(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  for (const { text, line } of capture.lines.slice(0, 12)) {
    const views = DISCLAIMER_VIEWS.exec(text);
    const byline = BY_FOR.exec(text);
    if (!views && !byline) continue;
    if (views) {
      const outlet = canonical(index, views[1]!);
      const original = byline?.[2] ? canonical(index, byline[2]).outlet : undefined;
      return { ...outlet, originalOutlet: original !== outlet.outlet ? original : undefined, author: byline?.[1], evidence: { rule: "republisher-disclaimer", text: evidenceText(text), line, confidence: "high" } };
    }
    if (byline?.[2] && index.lookup(byline[2])) {
      return { ...canonical(index, byline[2]), author: byline[1], evidence: { rule: "byline-for-outlet", text: evidenceText(text), line, confidence: "medium" } };
    }
  }
  return undefined;
}

/** "Jane Roe / Example Post / Getty Images": a photo's credit goes on from one name to the next; an outlet's stamp opens a sentence. */
const CREDIT_GOES_ON = /^[^.!?]{1,60}\s\/\s|\b(?:Getty Images|Shutterstock|AP Photo|AFP via|Reuters Photo|EPA)\b/;

function fromLedeStamp(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const stamp = capture.removed.find((junk) => junk.rule === "outlet-signature-prefix");
  const after = stamp && capture.paragraphs.find(({ line }) => line === stamp.line)?.text;
  if (!stamp || (after && CREDIT_GOES_ON.test(after))) return undefined;
  const name = stamp.text.replace(/\s*\/\s*$/, "");
  return { ...canonical(index, name), evidence: { rule: "lede-stamp", text: stamp.text, line: stamp.line, confidence: index.lookup(name) ? "high" : "medium" } };
}

/** The registry's outlet of a host: the host or its label as an alias ("example.com", "Example"). */
const registryOutletOfHost = (index: OutletIndex, host: string) => index.lookup(host) ?? index.lookupCompact(compactName(siteLabel(host)));

/** The site the capture's URL names: a registry outlet (a signature, its host or label as an alias), else the page's own name for it, else the host. */
function fromUrl(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const url = capture.header.url;
  const host = url ? hostOf(url) : undefined;
  if (!url || !host) return undefined;
  const line = capture.headerLines?.url ?? 1;
  const evidence = (rule: string, text: string, confidence: "high" | "medium" | "low", at = line) => ({ rule, text: evidenceText(text), line: at, confidence });
  const signature = index.signatures.find(({ pattern }) => pattern.test(url));
  if (signature) return { outlet: signature.outlet.name, kind: signature.outlet.kind, evidence: evidence("url-registry-signature", url, "high") };
  const known = registryOutletOfHost(index, host);
  if (known) return { outlet: known.name, kind: known.kind, evidence: evidence("url-registry-host", url, "high") };
  const named = siteNameIn(capture.lines, host);
  if (named) return { ...canonical(index, named.name), evidence: evidence("url-site-name", named.text, "high", named.line) };
  const wellKnown = knownOutletOfHost(host);
  if (wellKnown) return { ...canonical(index, wellKnown), evidence: evidence("url-known-outlet", url, "high") };
  return { outlet: host, evidence: evidence("url-host", url, "medium") };
}

/**
 * Whether a line other than copyright lines names `name` as a whole phrase, not as a company
 * ("Subscribe to Example News", not "Example News, Inc., 12 Main Street").
 */
function namedElsewhere(capture: OutletInput, name: string): boolean {
  const phrase = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d]|,|\\s+(?:LLC|Inc|Ltd|Limited|Pty|PLC|GmbH|AG|S\\.A|Co|Corp|LP|LLP|Pvt)\\b)`, "u");
  return capture.lines.some(({ text }) => text.length <= 200 && !/©|\bcopyright\b/i.test(text) && phrase.test(text));
}

/**
 * "© 2020 Example News. All rights reserved." among the last lines of a page. A holder with a legal
 * form ("Example News Pty Ltd") may be the site or the company that owns it: it counts when the page
 * names it elsewhere too; a company by its words ("Example Media Group") never does.
 */
/** "Example.com", "Example.co.uk": a name that is a web address. */
const SITE_ADDRESS = /^[\p{L}\d][\p{L}\d-]*\.(?:com|net|org|co\.uk|co\.nz|com\.au|ca|in|ie|news)$/iu;

/** Lines where a site's own copyright notice stands: its last lines, then any line that says "copyright" or "all rights reserved" in words (a bare "©" higher up is mostly a photo's credit). */
function copyrightLines(capture: OutletInput): SourceLine[] {
  const last = capture.lines.slice(-25).reverse();
  const higher = capture.lines.slice(0, -25).reverse().filter(({ text }) => text.length <= 200 && /\bcopyright\b|\ball rights reserved\b/i.test(text));
  return [...last, ...higher];
}

function fromCopyright(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  for (const { text, line } of copyrightLines(capture)) {
    const company = copyrightHolder(text, { company: true });
    // A holder named by its own web address ("Copyright © 2019 Example.com, LLC. Reproduction of …") is
    // the site, whatever its legal form and however long the notice goes on.
    const firstSentence = copyrightHolder(text.slice(0, 200).replace(/\.\s.*$/s, "."), { company: true });
    const site = [company, firstSentence].find((name) => name && SITE_ADDRESS.test(name));
    const holder = copyrightHolder(text) ?? site ?? (company && !isCompanyName(company) && namedElsewhere(capture, company) ? company : undefined);
    // "Copyright 2019 The Associated Press" under a syndicated story: the wire's, not the site's;
    // "© 2020 Example Media Inc.": the site's owner, not the site.
    if (holder && (isKnownAgency(holder) || isMediaCompany(holder))) continue;
    if (holder) return { ...canonical(index, holder), evidence: { rule: "copyright-line", text: evidenceText(text), line, confidence: "low" } };
  }
  return undefined;
}

/** Rules whose lines are the page's own chrome: where a site writes its name (not teasers, which name others). */
const OWN_CHROME = new Set(["page-head", "page-tail", "date-line", "copyright", "outlet-name-line", "section-label", "newsletter", "follow-us", "site-chrome", "licence-notice", "link-bar", "affiliate-disclosure"]);

/** A line without the name it writes, in any case and with or without its "The" ("THE TIMES OF EXAMPLE | Oct 2" → "THE  | Oct 2"). */
function withoutName(text: string, name: string): string {
  const bare = name.replace(/^The\s+/, "");
  const at = text.toLowerCase().indexOf(bare.toLowerCase());
  return at < 0 ? text : text.slice(0, at) + text.slice(at + bare.length);
}

/** A well-known outlet (known-outlets.ts) the page's own chrome names, the most often named when several are. */
function fromKnownOutletInChrome(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const counts = new Map<string, { count: number; text: string; line: number }>();
  for (const junk of capture.removed) {
    if (!OWN_CHROME.has(junk.rule) || junk.text.length > 300) continue;
    // A site's name stands almost alone in its chrome ("© 2020 Example News", "Example News | World"), not inside a headline.
    for (const name of knownOutletsIn(junk.text).filter((found) => withoutName(junk.text, found).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 5)) {
      const seen = counts.get(name);
      if (seen) seen.count++;
      else counts.set(name, { count: 1, text: junk.text, line: junk.line });
    }
  }
  const [name, best] = [...counts].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  return name && best ? { ...canonical(index, name), evidence: { rule: "known-outlet-in-chrome", text: evidenceText(best.text), line: best.line, confidence: "low" } } : undefined;
}

/** Where the capture's story stands: its paragraphs' lines and its headline's line. */
const pageParts = (capture: OutletInput): PageParts => ({ storyLines: new Set(capture.paragraphs.map(({ line }) => line)), headlineLine: capture.headline?.line ?? capture.titleEvidence?.line });

/** The name the page's chrome gives its own site in two different ways ("More From Example Post", "a writer for Example Post"). */
function fromSelfReferences(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const site = siteNameFromSelfReferences(capture.lines, pageParts(capture));
  return site && { ...canonical(index, site.name), evidence: { rule: "self-reference", text: evidenceText(site.text), line: site.line, confidence: "low" } };
}

function fromSignatures(capture: OutletInput, index: OutletIndex, withUrl = true): Attribution | undefined {
  const hits = new Map<string, { count: number; text: string; line: number; kind: string }>();
  const texts = [...capture.lines, ...(withUrl && capture.header.url ? [{ text: capture.header.url, line: 1 }] : [])];
  // One search over all lines rules most signatures out; the line-by-line search finds the hits.
  const joined = texts.filter(({ text }) => text.length <= 2000).map(({ text }) => text).join("\n");
  // "ſ" matches "s" case-insensitively but stays "ſ" in lower case.
  const present = index.literalsIn(joined.toLowerCase().replaceAll("ſ", "s"));
  for (const { outlet, pattern, literal, anyLine } of index.signatures) {
    if (literal !== undefined && !present.has(literal)) continue;
    if (anyLine && !anyLine.test(joined)) continue;
    for (const { text, line } of texts) {
      if (text.length > 2000 || !pattern.test(text)) continue;
      const hit = hits.get(outlet.name) ?? { count: 0, text, line, kind: outlet.kind };
      hit.count++;
      hits.set(outlet.name, hit);
    }
  }
  const best = [...hits.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  if (!best) return undefined;
  const [outlet, hit] = best;
  return { outlet, kind: hit.kind, evidence: { rule: "registry-signature", text: evidenceText(hit.text), line: hit.line, confidence: hit.count > 1 ? "high" : "medium" } };
}

/** "The KRG remains prepared to negotiate … We call on …": a government speaking for itself. */
function fromOfficialStatement(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  for (const { text, line } of capture.paragraphs) {
    const unquoted = text.replace(QUOTED, " ");
    if (!FIRST_PERSON_STATEMENT.test(unquoted)) continue;
    const government = index.namedIn(unquoted).find((outlet) => outlet.kind === "government");
    if (government) {
      return { outlet: government.name, kind: government.kind, author: government.name, evidence: { rule: "official-statement", text: evidenceText(text), line, confidence: "medium" } };
    }
  }
  return undefined;
}

function fromToldOutlet(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const counts = new Map<string, { count: number; text: string; line: number }>();
  for (const { text, line } of capture.paragraphs) {
    for (const match of text.matchAll(TOLD_OUTLET)) {
      const words = match[1]!.split(" ");
      // "told Shafaq News agency": try the longest run of words that names a known outlet.
      for (let length = words.length; length > 0; length--) {
        const entry = index.lookup(words.slice(0, length).join(" "));
        if (!entry) continue;
        const hit = counts.get(entry.name) ?? { count: 0, text, line };
        hit.count++;
        counts.set(entry.name, hit);
        break;
      }
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  if (!best) return undefined;
  return { ...canonical(index, best[0]), evidence: { rule: "told-outlet", text: evidenceText(best[1].text), line: best[1].line, confidence: "low" } };
}

/**
 * The outlet whose web address the page's chrome gives as its own ("letters@example.com",
 * "EXAMPLE.COM / Dec 6, 2020"), when the registry or the well-known outlets know the host; the
 * one given most often, none when two are given as often (a footer listing a group's sites).
 */
function fromOwnHost(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const counts = new Map<string, { count: number; kind?: string; text: string; line: number }>();
  for (const { host, text, line } of ownHostsIn(capture.lines, pageParts(capture))) {
    // "marathi.example.com" in a footer is a sister site's address: only its own host names it.
    const oneSite = isOneSiteHost(host);
    const registered = oneSite ? registryOutletOfHost(index, host) : index.lookup(host);
    const wellKnown = registered ? undefined : knownOutletOfHost(host, { parents: oneSite });
    const site = registered ? { outlet: registered.name, kind: registered.kind } : wellKnown && canonical(index, wellKnown);
    if (!site) continue;
    const seen = counts.get(site.outlet) ?? { count: 0, kind: site.kind, text, line };
    seen.count++;
    counts.set(site.outlet, seen);
  }
  const [first, second] = [...counts].sort((a, b) => b[1].count - a[1].count);
  if (!first || (second && second[1].count === first[1].count)) return undefined;
  const [outlet, { kind, text, line }] = first;
  return { outlet, kind, evidence: { rule: "own-host", text: evidenceText(text), line, confidence: "medium" } };
}

/** Where a page names its own site: its copyright line, its self-references, its own web address, a well-known outlet in its chrome. */
function fromOwnChrome(capture: OutletInput, index: OutletIndex): Attribution | undefined {
  const copyright = fromCopyright(capture, index);
  return fromOwnHost(capture, index) ?? (copyright && ownedSiteInChrome(capture, index, copyright)) ?? copyright ?? fromSelfReferences(capture, index) ?? fromKnownOutletInChrome(capture, index);
}

/** "© 1997-2020 Example S.A." over a page whose chrome names "Example24": the company's own site, a well-known outlet, is the outlet. */
function ownedSiteInChrome(capture: OutletInput, index: OutletIndex, copyright: Attribution): Attribution | undefined {
  const site = fromKnownOutletInChrome(capture, index);
  const holder = compactName(copyright.outlet);
  const name = site && compactName(site.outlet);
  return name && name !== holder && name.startsWith(holder) ? site : undefined;
}

/** A wire's story on a page that names no site: the wire is its original outlet, the outlet is unknown. */
interface WireStoryOnly {
  originalOutlet: string;
}

/** A capture with this many lines of page chrome around its story (menus, footers, related links) was copied from a site's page, not as the story alone. */
const SITE_CHROME_LINES = 20;

/**
 * The outlet a capture's text alone names. A wire's credit ("(AP) —", "Reporting by … Editing by")
 * on a page whose chrome names another site is that site's story from the wire: the wire is its
 * original outlet.
 */
function fromText(capture: OutletInput, index: OutletIndex): Attribution | WireStoryOnly | undefined {
  const credit = fromLedeStamp(capture, index) ?? fromSignatures(capture, index);
  if (credit?.kind === "news agency") return siteOfWireStory(capture, index, credit);
  return credit ?? fromOfficialStatement(capture, index) ?? fromOwnChrome(capture, index) ?? fromToldOutlet(capture, index);
}

/** Lines that credit a story, not a page: its byline, its stamp, its copyright. */
const CREDIT_RULES = new Set(["byline", "outlet-signature-prefix", "copyright"]);

/** Whether the page's chrome names the wire apart from its credits ("Discover Example Wire", "Example Wire Trust Principles"): the wire's own site. */
function wireNamesItsPage(capture: OutletInput, index: OutletIndex, wire: string): boolean {
  // A line that is the wire's name alone ("The Example Wire", "By Example Wire") is the story's byline.
  const isByline = (text: string) => index.lookup(text.replace(/^By\s+/i, "").trim())?.name === wire;
  return capture.removed.some(({ rule, text }) => !CREDIT_RULES.has(rule) && !/©|\bcopyright\b/i.test(text) && !isByline(text) && index.namedIn(text).some((outlet) => outlet.name === wire));
}

/**
 * Who ran a wire's story: the site the page's chrome names; else the wire itself when its own
 * chrome names it or the capture is the story alone; else a site that does not name
 * itself (a page full of chrome), unknown, which is no reason to credit the wire with it.
 */
function siteOfWireStory(capture: OutletInput, index: OutletIndex, credit: Attribution): Attribution | WireStoryOnly {
  const site = fromOwnChrome(capture, index);
  if (site && site.outlet !== credit.outlet) return { ...site, originalOutlet: credit.outlet };
  if (site || wireNamesItsPage(capture, index, credit.outlet) || capture.removed.length < SITE_CHROME_LINES) return credit;
  return { originalOutlet: credit.outlet };
}

/** "SUSANNAH GEORGE" → "Susannah George"; names already in mixed case stay as written. */
function readableName(name: string | undefined): string | undefined {
  if (!name || name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (start) => start.toUpperCase());
}

export function findOutlet(capture: CaptureFile, context: Pick<CaptureContext, "outlets">): void {
  assertFound(capture, ["header", "removed", "paragraphs"]);
  const index = context.outlets;
  const { header } = capture;
  let found: Attribution | undefined;
  let wireOnly: string | undefined;
  if (header.outlet) {
    found = { ...canonical(index, header.outlet), author: header.author, evidence: { rule: "maintainer-header", text: header.outlet, confidence: "high" } };
  } else {
    found = fromDisclaimer(capture, index) ?? pageOutlet(capture, index) ?? fromUrl(capture, index);
    if (found && found.evidence.rule.startsWith("url-")) {
      // A wire's stamp or credit on the page of a site the URL names: the story's original outlet.
      const credit = fromLedeStamp(capture, index) ?? fromSignatures(capture, index, false);
      if (credit && credit.outlet !== found.outlet && (credit.evidence.rule === "lede-stamp" || credit.kind === "news agency")) found = { ...found, originalOutlet: credit.outlet };
    }
    const fromPage = found ? undefined : fromText(capture, index);
    if (fromPage && "outlet" in fromPage) found = fromPage;
    else wireOnly = fromPage?.originalOutlet;
  }
  if (found && !index.lookup(found.outlet)) {
    capture.messages.push({ file: capture.file, line: found.evidence.line, severity: "info", ruleId: "outlet-unknown", reason: `outlet "${found.outlet}" is not in content/registry/outlets.yaml: add it to curate its name and kind`, data: { name: found.outlet } });
  }
  const byline = capture.removed.find((junk) => junk.rule === "byline");
  capture.outlet = found?.outlet;
  capture.outletKind = found?.kind;
  capture.originalOutlet = found ? found.originalOutlet : wireOnly;
  capture.author = header.author ?? readableName(found?.author ?? (byline ? BY_FOR.exec(byline.text)?.[1] : undefined) ?? pageAuthor(capture));
  capture.outletEvidence = found?.evidence;
}
