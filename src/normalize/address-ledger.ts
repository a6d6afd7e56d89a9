// Stage 8a: an article keeps the address it was first published under. The ledger
// (content/addresses.jsonl, written by the build and committed next to the captures, because
// content/articles/ and .cache/ are regenerated and a fresh clone must give the same addresses)
// holds every address ever given, one per line: [slug, order of first publication, captures…].
// An address follows its earliest capture that still exists: the article holding that capture
// keeps the address (whatever its headline says now), unless it holds an older one, in which case
// this address is retired and redirects there (two published articles merged). An address whose
// captures are all gone is kept, so that no other story ever takes it, and serves no page (404).
// Articles with no address get one from their title, in id order, never one the ledger holds.
import fs from "node:fs";
import path from "node:path";
import type { Message } from "../messages.ts";
import { uniqueSlug } from "../slug.ts";

export interface AddressEntry {
  slug: string;
  /** Position in order of first publication (ties, as after a git merge of two branches, by slug). */
  order: number;
  /** Capture file names (no folder), the founding capture first. */
  captures: string[];
}

export interface AddressLedger {
  /** In order of first publication. */
  entries: AddressEntry[];
}

export interface Addressable {
  id: string;
  title: string;
  /** Capture file names (no folder). */
  captures: string[];
}

export interface AddressPlan {
  /** Article id → slug. */
  slugs: Map<string, string>;
  /** The ledger with this run's new addresses, and each held address's captures brought up to date. */
  ledger: AddressLedger;
  /** The ledger gained an address or an address's captures changed (else it need not be written). */
  changed: boolean;
}

export interface Redirect {
  /** The retired slug. */
  from: string;
  /** The slug of the article its captures are now part of. */
  to: string;
}

/** Where the ledger lives by default: next to the articles folder (content/addresses.jsonl), outside it (it is not regenerated). */
export function ledgerFileFor(articlesDir: string): string {
  return path.join(path.dirname(path.resolve(articlesDir)), LEDGER_NAME);
}

export const LEDGER_NAME = "addresses.jsonl";

/** A capture's file name, as the ledger knows it, from a path in an article's sources. */
export function captureName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

export const EMPTY_LEDGER: AddressLedger = Object.freeze({ entries: [] as AddressEntry[] });

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** localeCompare's order (slugs given before the ledger existed followed it), at a fraction of its cost. */
const byId = new Intl.Collator().compare;
const fallbackSlug = (id: string) => id.replace(/\.[^.]*$/, "").replace(/^\.+/, "");
const byPublication = (a: AddressEntry, b: AddressEntry) => a.order - b.order || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Slugs for the articles: the ledger's where a capture was published before, a new one from the title otherwise. */
export function planAddresses(articles: readonly Addressable[], ledger: AddressLedger = EMPTY_LEDGER): AddressPlan {
  const holder = new Map<string, number>();
  articles.forEach((article, index) => {
    for (const capture of article.captures) holder.set(capture, index);
  });
  const assigned: Array<string | undefined> = new Array(articles.length);
  const taken = new Set<string>();
  const entries: AddressEntry[] = [];
  let changed = false;
  for (const entry of ledger.entries) {
    taken.add(entry.slug);
    const index = firstHolder(entry.captures, holder);
    if (index === undefined || assigned[index] !== undefined) {
      // Gone (every capture deleted) or retired (its article holds an older address): kept as it is.
      entries.push(entry);
      continue;
    }
    assigned[index] = entry.slug;
    const captures = articles[index]!.captures;
    const kept = entry.captures.filter((capture) => holder.get(capture) === index);
    const added = captures.filter((capture) => !kept.includes(capture));
    if (added.length === 0 && kept.length === entry.captures.length) entries.push(entry);
    else {
      entries.push({ ...entry, captures: [...kept, ...added] });
      changed = true;
    }
  }
  let order = entries.reduce((max, entry) => Math.max(max, entry.order), 0);
  const fresh: number[] = [];
  for (let index = 0; index < articles.length; index++) if (assigned[index] === undefined) fresh.push(index);
  fresh.sort((a, b) => byId(articles[a]!.id, articles[b]!.id));
  for (const index of fresh) {
    const article = articles[index]!;
    const slug = uniqueSlug(article.title, taken, fallbackSlug(article.id));
    assigned[index] = slug;
    entries.push({ slug, order: ++order, captures: [...article.captures] });
  }
  return { slugs: new Map(articles.map((article, index) => [article.id, assigned[index]!])), ledger: { entries }, changed: changed || fresh.length > 0 };
}

function firstHolder<T>(captures: readonly string[], holder: ReadonlyMap<string, T>): T | undefined {
  for (const capture of captures) {
    const found = holder.get(capture);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Retired addresses and where each leads: an address no published article holds, whose earliest
 * remaining capture is part of one. Sorted by the retired slug.
 */
export function retiredAddresses(ledger: AddressLedger, published: ReadonlyArray<{ slug: string; captures: readonly string[] }>): Redirect[] {
  const holder = new Map<string, string>();
  const live = new Set<string>();
  for (const article of published) {
    live.add(article.slug);
    for (const capture of article.captures) holder.set(capture, article.slug);
  }
  const redirects: Redirect[] = [];
  for (const entry of ledger.entries) {
    if (live.has(entry.slug)) continue;
    const to = firstHolder(entry.captures, holder);
    if (to !== undefined) redirects.push({ from: entry.slug, to });
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** The ledger's text: one address per line, sorted by slug (two branches adding addresses merge without conflict). */
export function formatLedger(ledger: AddressLedger): string {
  const lines = ledger.entries.map((entry) => JSON.stringify([entry.slug, entry.order, ...entry.captures]));
  return lines.length === 0 ? "" : `${lines.sort().join("\n")}\n`;
}

export interface ReadLedgerResult {
  ledger: AddressLedger;
  /** The file's text as read ("" when there is none): the ledger is written only when it changes. */
  text: string;
  messages: Message[];
  /** A line could not be read: the addresses it holds are unknown, so none may be given out. */
  broken: boolean;
  /** Lines were left out (one address given twice): the file should be written again. */
  rewrite: boolean;
}

/** Reads a ledger's text; a line that is not [slug, order, capture…] is an error with its line number. */
/** What a broken ledger means for the normalizer, said after each problem; a reader with another use passes its own. */
export const LEDGER_BROKEN = "no article was written, so that no address is given twice";

export function parseLedger(file: string, text: string, consequence = LEDGER_BROKEN): ReadLedgerResult {
  const messages: Message[] = [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let rows: unknown[];
  try {
    // One parse of the whole file (100,000 lines: ~3x quicker than a parse per line).
    rows = JSON.parse(`[${lines.join(",")}]`) as unknown[];
  } catch {
    rows = lines.map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return undefined;
      }
    });
  }
  const read: AddressEntry[] = [];
  const lineOf: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const slug: unknown = Array.isArray(row) ? row[0] : undefined;
    const order: unknown = Array.isArray(row) ? row[1] : undefined;
    const captures = Array.isArray(row) ? (row.slice(2) as unknown[]) : [];
    const valid = typeof slug === "string" && SAFE_SLUG.test(slug) && Number.isSafeInteger(order) && (order as number) > 0 && captures.length > 0 && captures.every((capture) => typeof capture === "string" && capture !== "");
    if (!valid) {
      const text = lines[index]!;
      const reason = /^(<{7}|={7}|>{7})/.test(text) ? "a git merge conflict marker: keep both sides' lines and delete the markers" : 'not an address: expected ["slug", order, "capture.txt", …]';
      messages.push({ file, line: index + 1, severity: "error", ruleId: "address-ledger", reason: `${reason}; ${consequence}` });
      continue;
    }
    read.push({ slug, order: order as number, captures: captures as string[] });
    lineOf.push(index + 1);
  }
  const broken = messages.length > 0;
  // A stable sort: an address given twice with the same order keeps its file order.
  const sorted = [...read].sort(byPublication);
  const entries: AddressEntry[] = [];
  const holders = new Map<string, AddressEntry>();
  for (const entry of sorted) {
    const first = holders.get(entry.slug);
    if (first === undefined) {
      holders.set(entry.slug, entry);
      entries.push(entry);
    } else if (first.captures.join("\n") !== entry.captures.join("\n")) {
      // Two branches gave one address to different captures: the first published keeps it.
      const [kept, line] = [lineOf[read.indexOf(first)], lineOf[read.indexOf(entry)]];
      messages.push({ file, line, severity: "warning", ruleId: "address-ledger", reason: `"${entry.slug}" is also on line ${kept} for other captures (given on two branches?): line ${kept} keeps it; the captures of this line get another address` });
    }
  }
  return { ledger: { entries }, text, messages, broken, rewrite: entries.length < read.length };
}

export function readLedger(file: string, consequence = LEDGER_BROKEN): ReadLedgerResult {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ledger: EMPTY_LEDGER, text: "", messages: [], broken: false, rewrite: false };
    const reason = `the address ledger could not be read (${(error as Error).message}); ${consequence}`;
    return { ledger: EMPTY_LEDGER, text: "", messages: [{ file, severity: "error", ruleId: "address-ledger", reason }], broken: true, rewrite: false };
  }
  return parseLedger(file, text, consequence);
}

/** Writes the ledger atomically, and only when its text changed (an unchanged archive leaves the file alone). */
export function writeLedger(file: string, ledger: AddressLedger, previousText: string): Message[] {
  const text = formatLedger(ledger);
  if (text === previousText) return [];
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
    return [];
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const reason = `the address ledger could not be written (${error instanceof Error ? error.message : String(error)}): the next build may give new articles other addresses`;
    return [{ file, severity: "error", ruleId: "address-ledger", reason }];
  }
}
