// Stage 1: a capture file's bytes become lines of text that remember their line numbers,
// plus the optional maintainer header (which wins over anything extracted later).
// Line numbers, everywhere (messages, evidence, removed lines, the header's `cut`), are lines of
// the capture file as stored in content/sources/, header included: what an editor shows.
import crypto from "node:crypto";
import matter from "gray-matter";
import { parseDocument } from "yaml";
import { z } from "zod";
import { frontMatterFieldLine } from "../front-matter-field-line.ts";
import type { RuleId } from "../message-catalog.ts";
import type { Message } from "../messages.ts";
import type { CaptureFile, CaptureHeader, SourceLine } from "./capture-file.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { ownAddressLine } from "./own-address.ts";
import { HTML_CAPTURE, readHtmlCapture } from "./read-html-capture.ts";

export type { CaptureHeader, SourceLine } from "./capture-file.ts";

/**
 * Where a field the header lacks belongs: line 1 when the capture has a maintainer header (it
 * starts there), else no line (nothing in the capture to point at).
 */
export function headerLine(header: CaptureHeader): number | undefined {
  return Object.keys(header).length > 0 ? 1 : undefined;
}

const HeaderSchema = z.object({
  title: z.string().trim().min(1).max(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "an ISO date such as 2017-10-15"),
  outlet: z.string().trim().min(1).max(200),
  url: z.string().regex(/^https?:\/\/\S+$/i, "an http(s) URL"),
  author: z.string().trim().min(1).max(200),
});

type TextField = keyof typeof HeaderSchema.shape;
const TEXT_KEYS = Object.keys(HeaderSchema.shape) as TextField[];
const HEADER_KEYS: Array<keyof CaptureHeader> = [...TEXT_KEYS, "cut"];
const MAX_HEADER_LINES = 40;
const MAX_CUTS = 200;

/** gray-matter would eval `---js` headers and js-yaml would turn dates into Date objects:
 *  every engine but YAML (parsed by `yaml` with the core schema, so dates stay strings) refuses. */
const refuse = () => {
  throw new Error("only YAML headers are read");
};
const SAFE_MATTER_OPTIONS = {
  language: "yaml",
  excerpt: false,
  engines: {
    yaml: (source: string) => {
      const document = parseDocument(source, { schema: "core", prettyErrors: false });
      if (document.errors[0]) throw document.errors[0];
      // An unknown tag (`!!js/function`) is someone trying something: the header is refused.
      if (document.warnings[0]) throw document.warnings[0];
      return document.toJS({ maxAliasCount: 20 }) as object;
    },
    js: refuse,
    javascript: refuse,
    json: refuse,
    coffee: refuse,
    coffeescript: refuse,
    toml: refuse,
  },
} as unknown as Parameters<typeof matter>[1];

const INVISIBLE = /[\u200B\u00AD\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeLineText(text: string): string {
  return text.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

function message(file: string, ruleId: RuleId, reason: string, severity: Message["severity"], line?: number): Message {
  return { file, line, severity, ruleId, reason };
}

/** One entry of a header's `cut`: lines first–last of the stored file, or the text of whole lines. */
export type CutEntry = { kind: "lines"; first: number; last: number } | { kind: "text"; text: string } | { kind: "bad"; reason: string };

const CUT_RANGE = /^(\d{1,9})(?:\s*[-–]\s*(\d{1,9}))?$/;

export function parseCutEntry(value: unknown): CutEntry {
  const written = typeof value === "number" ? String(value) : value;
  if (typeof written !== "string") return { kind: "bad", reason: 'expected a line number, a range such as "12-18", or the text of a line' };
  const range = CUT_RANGE.exec(written.trim());
  if (range) {
    const first = Number(range[1]);
    const last = Number(range[2] ?? range[1]);
    if (first < 1 || last < first) return { kind: "bad", reason: "a range goes from a first line to a later one, counted from 1" };
    return { kind: "lines", first, last };
  }
  if (/^[\d\s.,;:–-]+$/.test(written)) return { kind: "bad", reason: 'expected a line number or a range such as "12-18"' };
  const text = normalizeLineText(written);
  if (!text) return { kind: "bad", reason: "an empty text cuts nothing" };
  return { kind: "text", text };
}

export function formatCutEntry(entry: CutEntry): string {
  if (entry.kind === "text") return entry.text;
  if (entry.kind === "lines") return entry.first === entry.last ? String(entry.first) : `${entry.first}-${entry.last}`;
  return "";
}

/** The maintainer header at the top of a capture as written: its fields and the lines it takes. */
export interface HeaderBlock {
  fields: Record<string, unknown>;
  /** The YAML between the fences. */
  yaml: string;
  /** Lines the header takes, both fences included: the text starts on the next one. */
  lineCount: number;
}

interface HeaderRead {
  block?: HeaderBlock;
  messages: Message[];
}

/** A header is only the very first lines fenced by `---`; a `---` later in the body is text. */
function readHeaderBlock(file: string, rawLines: string[]): HeaderRead {
  const none = { messages: [] };
  const fence = /^---\s*(\S+)$/.exec(rawLines[0]?.trim() ?? "");
  if (fence) {
    return { messages: [message(file, "capture-header", `a "---${fence[1]!.slice(0, 20)}" header is never evaluated, only YAML headers are read: read as plain text`, "warning", 1)] };
  }
  if (rawLines[0]?.trim() !== "---") return none;
  const close = rawLines.findIndex((text, index) => index > 0 && index <= MAX_HEADER_LINES && text.trim() === "---");
  if (close < 0) {
    return { messages: [message(file, "capture-header", "a leading `---` is never closed within 40 lines: read as plain text", "warning", 1)] };
  }
  const block = rawLines.slice(0, close + 1).join("\n") + "\n";
  let data: unknown;
  try {
    data = matter(block, SAFE_MATTER_OPTIONS).data;
  } catch (error) {
    const linePos = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { messages: [message(file, "capture-header", `maintainer header does not parse (${reason}): read as plain text`, "warning", linePos ? linePos + 1 : 1)] };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return { messages: [message(file, "capture-header", "maintainer header is not a set of fields: read as plain text", "warning", 1)] };
  }
  const fields = data as Record<string, unknown>;
  if (!HEADER_KEYS.some((key) => key in fields)) {
    return { messages: [message(file, "capture-header", `leading \`---\` block has none of ${HEADER_KEYS.join("/")}: read as plain text`, "warning", 1)] };
  }
  const yaml = rawLines.slice(1, close).join("\n");
  return { block: { fields, yaml, lineCount: close + 1 }, messages: [] };
}

/** The maintainer header of a capture's text as written (lines split like readCapture does), if it has one. */
export function findHeaderBlock(text: string): HeaderBlock | undefined {
  return readHeaderBlock("", splitLines(text)).block;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

interface HeaderSplit {
  header: CaptureHeader;
  headerLines: Partial<Record<keyof CaptureHeader, number>>;
  /** `cut` entries, with the header line each is written on. */
  cuts: Array<{ entry: CutEntry; written: string; line: number }>;
  bodyStartLine: number;
  messages: Message[];
}

function splitHeader(file: string, rawLines: string[]): HeaderSplit {
  const { block, messages } = readHeaderBlock(file, rawLines);
  if (!block) return { header: {}, headerLines: {}, cuts: [], bodyStartLine: 1, messages };
  const header: CaptureHeader = {};
  const headerLines: HeaderSplit["headerLines"] = {};
  const cuts: HeaderSplit["cuts"] = [];
  // Where each field and each `cut` entry is written: lines of the file, the fence being line 1.
  const fenced = `---\n${block.yaml}\n---\n`;
  for (const [key, value] of Object.entries(block.fields)) {
    const line = frontMatterFieldLine(fenced, [key]) ?? 1;
    if (key === "cut") {
      const values = [value ?? []].flat();
      values.forEach((written, index) => {
        const entryLine = frontMatterFieldLine(fenced, ["cut", index]) ?? line;
        if (index >= MAX_CUTS) {
          if (index === MAX_CUTS) messages.push(message(file, "capture-cut", `only the first ${MAX_CUTS} cuts are read`, "warning", entryLine));
          return;
        }
        const entry = parseCutEntry(written);
        cuts.push({ entry, written: entry.kind === "bad" ? String(JSON.stringify(written)).slice(0, 60) : formatCutEntry(entry), line: entryLine });
      });
      continue;
    }
    if (!TEXT_KEYS.includes(key as TextField)) {
      messages.push(message(file, "capture-header", `unknown header field "${key.slice(0, 40)}" ignored`, "warning", line));
      continue;
    }
    const schema = HeaderSchema.shape[key as TextField];
    const parsed = schema.safeParse(typeof value === "number" ? String(value) : value);
    if (parsed.success) {
      header[key as TextField] = parsed.data;
      headerLines[key as TextField] = line;
    }
    else messages.push(message(file, "capture-header", `header field "${key}" ignored: expected ${parsed.error.issues[0]?.message ?? "a string"}`, "warning", line));
  }
  return { header, headerLines, cuts, bodyStartLine: block.lineCount + 1, messages };
}

/** The lines a header's cuts take out; a cut outside the text or matching no line is a message. */
function resolveCuts(file: string, split: HeaderSplit, rawLines: string[], lines: SourceLine[], messages: Message[]): number[] {
  // A final line end does not start a line an editor would number.
  const rawLineCount = rawLines.at(-1) === "" ? rawLines.length - 1 : rawLines.length;
  const cut = new Set<number>();
  let byText: Map<string, number[]> | undefined;
  const kept: string[] = [];
  for (const { entry, written, line } of split.cuts) {
    if (entry.kind === "bad") {
      messages.push(message(file, "capture-cut", `cut ${written} ignored: ${entry.reason}`, "warning", line));
      continue;
    }
    if (entry.kind === "lines") {
      if (entry.first < split.bodyStartLine) {
        messages.push(message(file, "capture-cut", `cut "${written}" ignored: lines 1-${split.bodyStartLine - 1} are the header, the text starts at line ${split.bodyStartLine}`, "warning", line));
        continue;
      }
      if (entry.last > rawLineCount) {
        messages.push(message(file, "capture-cut", `cut "${written}" ignored: the capture has ${rawLineCount} lines`, "warning", line));
        continue;
      }
      for (const source of lines) if (source.line >= entry.first && source.line <= entry.last) cut.add(source.line);
    } else {
      if (!byText) {
        byText = new Map();
        for (const source of lines) {
          const key = source.text.toLowerCase();
          byText.set(key, [...(byText.get(key) ?? []), source.line]);
        }
      }
      const matched = byText.get(entry.text.toLowerCase()) ?? [];
      if (matched.length === 0) {
        messages.push(message(file, "capture-cut", `cut "${written.slice(0, 60)}" matches no whole line of the text: nothing cut`, "warning", line));
        continue;
      }
      for (const number of matched) cut.add(number);
    }
    kept.push(written);
  }
  if (kept.length) split.header.cut = kept;
  return [...cut].sort((a, b) => a - b);
}

/** Decodes the capture's bytes into its lines and header; an unusable capture (empty, binary) is skipped. */
export function readCapture(capture: CaptureFile): void {
  if (HTML_CAPTURE.test(capture.file)) return readHtmlCapture(capture);
  const { file, bytes = new Uint8Array() } = capture;
  // The bytes are let go here: the lines carry on, the bytes would only fill the cache.
  capture.bytes = undefined;
  const skip = (...messages: Message[]) => {
    capture.messages.push(...messages);
    capture.skipped = true;
  };
  if (bytes.length === 0) return skip(message(file, "capture-empty", "capture is empty: skipped", "warning"));
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(message(file, "capture-binary", `capture ${decoded.reason}: skipped`, "error"));
  const messages: Message[] = decoded.notes.map((note) => message(file, "capture-encoding", note, "warning"));
  if (decoded.encoding.startsWith("UTF-16")) messages.push(message(file, "capture-encoding", `decoded as ${decoded.encoding}`, "info"));

  const rawLines = splitLines(decoded.text);
  const split = splitHeader(file, rawLines);
  const { header, bodyStartLine } = split;
  messages.push(...split.messages);
  const lines: SourceLine[] = [];
  for (let index = bodyStartLine - 1; index < rawLines.length; index++) {
    const text = normalizeLineText(rawLines[index] ?? "");
    if (text) lines.push({ text, line: index + 1 });
  }
  const cutLines = split.cuts.length ? resolveCuts(file, split, rawLines, lines, messages) : [];
  if (lines.length === 0) return skip(...messages, message(file, "capture-empty", "capture has no text (only whitespace or a header): skipped", "warning"));
  if (cutLines.length === lines.length) return skip(...messages, message(file, "capture-empty", "the header's cut takes out every line of the text: skipped", "warning", split.cuts[0]?.line));
  capture.messages.push(...messages);
  capture.name = file.split(/[\\/]/).pop() ?? file;
  capture.hash = crypto.createHash("sha256").update(bytes).digest("hex");
  capture.header = header;
  capture.lines = lines;
  if (cutLines.length) capture.cutLines = cutLines;
  // The page's own address printed in its text stands in for a `url:` the header lacks.
  const address = header.url ? undefined : ownAddressLine(lines);
  if (address) [header.url, split.headerLines.url] = [address.text, address.line];
  if (Object.keys(split.headerLines).length) capture.headerLines = split.headerLines;
}
