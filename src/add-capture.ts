// Adding a capture: a stable, safe file name in content/sources/ and an optional maintainer
// header with the fields given on the command line (they win over extraction). A capture whose
// text is already in the archive is never copied twice: the fields given are merged over its
// header, in place. Line numbers in a stored capture count its header (read-capture.ts); `--cut`
// ranges are given in lines of the file the maintainer passed and translated here.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Document, parseDocument } from "yaml";
import { listCaptures } from "./list-captures.ts";
import { decodeBytes } from "./normalize/decode-bytes.ts";
import { findHeaderBlock, formatCutEntry, parseCutEntry, splitLines, type CaptureHeader, type CutEntry } from "./normalize/read-capture.ts";
import { slugify } from "./slug.ts";

/** A cut given on the command line that cannot apply to the file given. */
export class CutOutsideTextError extends Error {
  constructor(readonly file: string, readonly cut: string, reason: string) {
    super(`${file}: --cut ${cut}: ${reason}`);
    this.name = "CutOutsideTextError";
  }
}

/** Fields or cuts given for a saved page or web archive, which are stored as received. */
export class StoredAsReceivedError extends Error {
  constructor(readonly file: string) {
    super(`${file}: a saved page or web archive is stored as received, so no header can go on top of it: --title, --date, --outlet, --url, --author and --cut apply to text captures only`);
    this.name = "StoredAsReceivedError";
  }
}

/** Saved pages and web archives: their bytes are the evidence, copied as received (read-html-capture.ts, warc-records.ts). */
const AS_RECEIVED = /\.(html?|warc|warc\.gz)$/i;

/** A capture split the way the archive compares captures. */
export interface CaptureParts {
  /** The header's fields as written ({} without a header). */
  fields: Record<string, unknown>;
  /** The header's YAML, when there is one. */
  yaml?: string;
  /** Lines the header takes, fences included (0 without one). */
  headerLines: number;
  /** Lines of the whole file, as an editor numbers them. */
  lineCount: number;
  /** The bytes after the header as received, but in UTF-8 without a BOM (a UTF-8 header goes on top). */
  body: Buffer;
  /** The text after the header, line ends as \n, without trailing blank space: equal texts are one capture. */
  text: string;
}

/** Offset just after `count` line ends (\r\n, \r or \n) from `start`: the same split as read-capture's. */
function afterLines(bytes: Buffer, start: number, count: number): number {
  let offset = start;
  for (let line = 0; line < count && offset < bytes.length; line++) {
    while (offset < bytes.length && bytes[offset] !== 0x0a && bytes[offset] !== 0x0d) offset++;
    offset += bytes[offset] === 0x0d && bytes[offset + 1] === 0x0a ? 2 : 1;
  }
  return Math.min(offset, bytes.length);
}

export function captureParts(bytes: Buffer): CaptureParts {
  const decoded = decodeBytes(bytes);
  // Not text: the build reports it; as a capture it is only ever equal to the same bytes.
  if (!decoded.ok) return { fields: {}, headerLines: 0, lineCount: 0, body: bytes, text: `binary:${crypto.createHash("sha256").update(bytes).digest("hex")}` };
  const lines = splitLines(decoded.text);
  const block = findHeaderBlock(decoded.text);
  const headerLines = block?.lineCount ?? 0;
  // A UTF-8 header cannot go on top of UTF-16 or Windows-1252 bytes: such a text is written as UTF-8.
  const body = decoded.encoding.startsWith("UTF-16") || decoded.encoding === "Windows-1252"
    ? Buffer.from(decoded.text.split(/(?<=\r\n|\r(?!\n)|\n)/).slice(headerLines).join(""), "utf8")
    : bytes.subarray(afterLines(bytes, decoded.encoding === "UTF-8 with BOM" ? 3 : 0, headerLines));
  return {
    fields: block?.fields ?? {},
    yaml: block?.yaml,
    headerLines,
    lineCount: lines.at(-1) === "" ? lines.length - 1 : lines.length,
    body,
    text: lines.slice(headerLines).join("\n").replace(/^\uFEFF/, "").trimEnd(),
  };
}

const textHash = (parts: CaptureParts) => crypto.createHash("sha256").update(parts.text).digest("hex").slice(0, 8);

/** `<readable-stem>-<8 hex of the text's hash>.txt`: the same text (after any header) always gets the same name. */
export function captureFileName(originalName: string, content: Buffer): string {
  return `${captureStem(originalName)}-${textHash(captureParts(content))}.txt`;
}

function captureStem(originalName: string): string {
  return slugify(path.basename(originalName).replace(/\.[^.]*$/, ""), 50) || "capture";
}

const YAML_OPTIONS = { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 } as const;
const FIELD_ORDER: Array<keyof CaptureHeader> = ["title", "date", "outlet", "url", "author"];

function givenFields(header: CaptureHeader): Array<[string, string]> {
  return FIELD_ORDER.flatMap((key) => {
    const value = header[key];
    return typeof value === "string" && value !== "" ? [[key, value] as [string, string]] : [];
  });
}

const headerBytes = (document: Document) => Buffer.from(`---\n${document.toString(YAML_OPTIONS)}---\n`, "utf8");

export function withHeader(content: Buffer, header: CaptureHeader): Buffer {
  const fields = givenFields(header);
  if (fields.length === 0) return content;
  return Buffer.concat([headerBytes(new Document(Object.fromEntries(fields))), content]);
}

export interface AddedCapture {
  from: string;
  to: string;
  /** "added": copied in; "updated": its text was there and its header took the fields given; "unchanged": there already, as given. */
  outcome: "added" | "updated" | "unchanged";
  alreadyPresent: boolean;
  /** Header fields written or changed ("cut" when cuts were added). */
  changed: string[];
  /** Lines the stored file's header takes; lines its own header took in the file given. */
  storedHeaderLines: number;
  givenHeaderLines: number;
  /** Other captures already in the archive with the same text (duplicates from before). */
  sameText: string[];
}

/** A stored capture's line as a line of the file the maintainer passed (undefined for the header added). */
export function givenLine(added: AddedCapture, storedLine: number): number | undefined {
  return storedLine > added.storedHeaderLines ? storedLine - added.storedHeaderLines + added.givenHeaderLines : undefined;
}

/**
 * Captures in sourcesDir with the same text: those named for it, and those with the same stem (the
 * earlier scheme hashed the header too). The one with the most header comes first: it is the one kept.
 */
function capturesWithText(sourcesDir: string, stem: string, given: CaptureParts): Array<{ file: string; parts: CaptureParts }> {
  const hashed = `-${textHash(given)}.txt`;
  const sameStem = new RegExp(`^${stem}-[0-9a-f]{8}\\.txt$`);
  return listCaptures(sourcesDir)
    .filter((name) => name.endsWith(hashed) || sameStem.test(name))
    .map((name) => path.join(sourcesDir, name))
    .map((file) => ({ file, parts: captureParts(fs.readFileSync(file)) }))
    .filter(({ parts }) => parts.text === given.text)
    .sort((a, b) => b.parts.headerLines - a.parts.headerLines);
}

interface PendingCut {
  entry: CutEntry;
  /** As written, kept for an entry that does not parse (the build reports it). */
  written: unknown;
  /** Header lines of the file the numbers count in. */
  headerLines: number;
}

const cutsOf = (fields: Record<string, unknown>, headerLines: number): PendingCut[] =>
  [fields.cut ?? []].flat().map((written) => ({ entry: parseCutEntry(written), written, headerLines }));

/** A cut as written in a file whose header takes `headerLines` lines. */
function cutValue({ entry, written, headerLines: from }: PendingCut, headerLines: number): unknown {
  if (entry.kind === "lines") return formatCutEntry({ kind: "lines", first: entry.first - from + headerLines, last: entry.last - from + headerLines });
  return entry.kind === "text" ? entry.text : written;
}

const lineCountOf = (top: Buffer) => splitLines(top.toString("utf8")).length - 1;

/** The header the stored capture gets: `base` (its header now) with the fields and cuts given over it. */
function mergeHeader(base: CaptureParts, fields: Array<[string, string]>, cuts: PendingCut[]): { document: Document; changed: string[] } {
  const document = base.yaml !== undefined ? parseDocument(base.yaml, { schema: "core" }) : new Document({});
  const changed: string[] = [];
  for (const [key, value] of fields) {
    const current = base.fields[key];
    if (current !== undefined && String(current) === value) continue;
    document.set(key, value);
    changed.push(key);
  }
  const baseCuts = cutsOf(base.fields, base.headerLines);
  const written = new Set(baseCuts.map((cut) => JSON.stringify(cutValue(cut, base.headerLines))));
  const added = cuts.filter((cut) => {
    const key = JSON.stringify(cutValue(cut, base.headerLines));
    if (cut.entry.kind === "bad" || written.has(key)) return false;
    written.add(key);
    return true;
  });
  if (added.length) changed.push("cut");
  if (changed.length === 0 || baseCuts.length + added.length === 0) return { document, changed };
  // The cuts go on one line (a flow list), so the header's size does not depend on their numbers:
  // measure it, then count every range in the header it will have (the text moves with it).
  const all = [...baseCuts, ...added];
  document.delete("cut");
  document.set("cut", document.createNode(all.map(() => ""), { flow: true }));
  const headerLines = lineCountOf(headerBytes(document));
  document.set("cut", document.createNode(all.map((cut) => cutValue(cut, headerLines)), { flow: true }));
  return { document, changed };
}

/** Ranges given on the command line must fall in the text of the file given, after any header of its own. */
function checkCuts(from: string, given: CaptureParts, cut: string[]): PendingCut[] {
  return cut.map((value) => {
    const entry = parseCutEntry(value);
    if (entry.kind === "bad") throw new CutOutsideTextError(from, value, entry.reason);
    if (entry.kind === "lines" && entry.first <= given.headerLines) throw new CutOutsideTextError(from, value, `lines 1-${given.headerLines} are the file's own header`);
    if (entry.kind === "lines" && entry.last > given.lineCount) throw new CutOutsideTextError(from, value, `the file has ${given.lineCount} lines`);
    return { entry, written: value, headerLines: given.headerLines };
  });
}

function writeAtomically(to: string, content: Buffer, keepTimeOf?: fs.Stats): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const temporary = `${to}.tmp-${process.pid}`;
  fs.writeFileSync(temporary, content);
  // The file time is a capture's weakest date evidence: a header edit keeps it, to the millisecond
  // after (so the normalize cache, keyed on the time to the nanosecond, still sees a new file).
  if (keepTimeOf) fs.utimesSync(temporary, keepTimeOf.atime, new Date(keepTimeOf.mtime.getTime() + 1));
  fs.renameSync(temporary, to);
}

/**
 * Copies a capture into sourcesDir with the fields given (and its own header's) as its header. When
 * its text is already there, that capture's header takes the fields and cuts given instead.
 * `cut`: line numbers, "first-last" ranges or lines' text, lines counted in the file given.
 */
export function addCapture(from: string, sourcesDir: string, header: CaptureHeader, cut: string[] = []): AddedCapture {
  if (AS_RECEIVED.test(from)) return addAsReceived(from, sourcesDir, header, cut);
  const bytes = fs.readFileSync(from);
  const given = captureParts(bytes);
  const cuts = checkCuts(from, given, cut);
  const ownFields = FIELD_ORDER.flatMap((key) => (typeof given.fields[key] === "string" || typeof given.fields[key] === "number" ? [[key, String(given.fields[key])] as [string, string]] : []));
  const fields = [...new Map([...ownFields, ...givenFields(header)])];
  const [existing, ...others] = capturesWithText(sourcesDir, captureStem(from), given);
  const result = { from, givenHeaderLines: given.headerLines, sameText: others.map(({ file }) => file) };

  if (existing) {
    const { file, parts: stored } = existing;
    const { document, changed } = mergeHeader(stored, fields, [...cutsOf(given.fields, given.headerLines), ...cuts]);
    if (changed.length === 0) return { ...result, to: file, outcome: "unchanged", alreadyPresent: true, changed, storedHeaderLines: stored.headerLines };
    const top = headerBytes(document);
    writeAtomically(file, Buffer.concat([top, stored.body]), fs.statSync(file));
    return { ...result, to: file, outcome: "updated", alreadyPresent: true, changed, storedHeaderLines: lineCountOf(top) };
  }

  const to = path.join(sourcesDir, `${captureStem(from)}-${textHash(given)}.txt`);
  const { document, changed } = mergeHeader(given, fields, cuts);
  // Nothing to add to the file's own header (or none at all): it is copied as received.
  if (changed.length === 0) {
    writeAtomically(to, bytes);
    return { ...result, to, outcome: "added", alreadyPresent: false, changed, storedHeaderLines: given.headerLines };
  }
  const top = headerBytes(document);
  writeAtomically(to, Buffer.concat([top, given.body]));
  return { ...result, to, outcome: "added", alreadyPresent: false, changed, storedHeaderLines: lineCountOf(top) };
}

/** A saved page or web archive, copied as `<stem>-<8 hex of its bytes' hash>.<its extension>`: the same bytes are never copied twice. */
function addAsReceived(from: string, sourcesDir: string, header: CaptureHeader, cut: string[]): AddedCapture {
  if (givenFields(header).length > 0 || cut.length > 0) throw new StoredAsReceivedError(from);
  const bytes = fs.readFileSync(from);
  const extension = AS_RECEIVED.exec(from)![0].toLowerCase();
  const stem = slugify(path.basename(from).slice(0, -extension.length), 50) || "capture";
  const to = path.join(sourcesDir, `${stem}-${crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 8)}${extension}`);
  const present = fs.existsSync(to);
  if (!present) writeAtomically(to, bytes);
  return { from, to, outcome: present ? "unchanged" : "added", alreadyPresent: present, changed: [], storedHeaderLines: 0, givenHeaderLines: 0, sameText: [] };
}
