// Stage 1: a capture file's bytes become lines of text that remember their line numbers,
// plus the optional maintainer header (which wins over anything extracted later).
import crypto from "node:crypto";
import matter from "gray-matter";
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Message } from "../messages.ts";
import { decodeBytes } from "./decode-bytes.ts";

export interface RawCapture {
  /** Path as shown in messages and written to `sources`, e.g. content/sources/x.txt. */
  file: string;
  bytes: Uint8Array;
  /** When the capture file was last modified (ISO); the weakest evidence of a date. */
  modifiedAt?: string;
}

export interface SourceLine {
  text: string;
  /** 1-based line number in the capture file. */
  line: number;
}

export interface CaptureHeader {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  author?: string;
}

export interface Capture {
  file: string;
  name: string;
  hash: string;
  modifiedAt?: string;
  header: CaptureHeader;
  /** Non-empty lines after the header, whitespace-normalised, with their original numbers. */
  lines: SourceLine[];
}

export interface ReadResult {
  capture?: Capture;
  messages: Message[];
}

const HeaderSchema = z.object({
  title: z.string().trim().min(1).max(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "an ISO date such as 2017-10-15"),
  outlet: z.string().trim().min(1).max(200),
  url: z.string().regex(/^https?:\/\/\S+$/i, "an http(s) URL"),
  author: z.string().trim().min(1).max(200),
});

const HEADER_KEYS = Object.keys(HeaderSchema.shape) as Array<keyof CaptureHeader>;
const MAX_HEADER_LINES = 40;

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

function message(file: string, ruleId: string, reason: string, severity: Message["severity"], line?: number): Message {
  return { file, line, severity, ruleId, reason };
}

interface HeaderSplit {
  header: CaptureHeader;
  bodyStartLine: number;
  messages: Message[];
}

/** A header is only the very first lines fenced by `---`; a `---` later in the body is text. */
function splitHeader(file: string, rawLines: string[]): HeaderSplit {
  const none = { header: {}, bodyStartLine: 1, messages: [] };
  const fence = /^---\s*(\S+)$/.exec(rawLines[0]?.trim() ?? "");
  if (fence) {
    return { ...none, messages: [message(file, "capture-header", `a "---${fence[1]!.slice(0, 20)}" header is never evaluated, only YAML headers are read: read as plain text`, "warning", 1)] };
  }
  if (rawLines[0]?.trim() !== "---") return none;
  const close = rawLines.findIndex((text, index) => index > 0 && index <= MAX_HEADER_LINES && text.trim() === "---");
  if (close < 0) {
    return { ...none, messages: [message(file, "capture-header", "a leading `---` is never closed within 40 lines: read as plain text", "warning", 1)] };
  }
  const block = rawLines.slice(0, close + 1).join("\n") + "\n";
  let data: unknown;
  try {
    data = matter(block, SAFE_MATTER_OPTIONS).data;
  } catch (error) {
    const linePos = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ...none, messages: [message(file, "capture-header", `maintainer header does not parse (${reason}): read as plain text`, "warning", linePos ? linePos + 1 : 1)] };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return { ...none, messages: [message(file, "capture-header", "maintainer header is not a set of fields: read as plain text", "warning", 1)] };
  }
  const fields = data as Record<string, unknown>;
  const known = HEADER_KEYS.filter((key) => key in fields);
  if (known.length === 0) {
    return { ...none, messages: [message(file, "capture-header", "leading `---` block has none of title/date/outlet/url/author: read as plain text", "warning", 1)] };
  }
  const header: CaptureHeader = {};
  const messages: Message[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const line = 1 + rawLines.slice(1, close).findIndex((text) => text.trimStart().startsWith(`${key}:`)) + 1;
    if (!HEADER_KEYS.includes(key as keyof CaptureHeader)) {
      messages.push(message(file, "capture-header", `unknown header field "${key.slice(0, 40)}" ignored`, "warning", line));
      continue;
    }
    const schema = HeaderSchema.shape[key as keyof CaptureHeader];
    const parsed = schema.safeParse(typeof value === "number" ? String(value) : value);
    if (parsed.success) header[key as keyof CaptureHeader] = parsed.data;
    else messages.push(message(file, "capture-header", `header field "${key}" ignored: expected ${parsed.error.issues[0]?.message ?? "a string"}`, "warning", line));
  }
  return { header, bodyStartLine: close + 2, messages };
}

export function readCapture(raw: RawCapture): ReadResult {
  const { file } = raw;
  const name = file.split(/[\\/]/).pop() ?? file;
  if (raw.bytes.length === 0) return { messages: [message(file, "capture-empty", "capture is empty: skipped", "warning")] };
  const decoded = decodeBytes(raw.bytes);
  if (!decoded.ok) return { messages: [message(file, "capture-binary", `capture ${decoded.reason}: skipped`, "error")] };
  const messages: Message[] = decoded.notes.map((note) => message(file, "capture-encoding", note, "warning"));
  if (decoded.encoding.startsWith("UTF-16")) messages.push(message(file, "capture-encoding", `decoded as ${decoded.encoding}`, "info"));

  const rawLines = decoded.text.split(/\r\n|\r|\n/);
  const { header, bodyStartLine, messages: headerMessages } = splitHeader(file, rawLines);
  messages.push(...headerMessages);
  const lines: SourceLine[] = [];
  for (let index = bodyStartLine - 1; index < rawLines.length; index++) {
    const text = normalizeLineText(rawLines[index] ?? "");
    if (text) lines.push({ text, line: index + 1 });
  }
  if (lines.length === 0) {
    messages.push(message(file, "capture-empty", "capture has no text (only whitespace or a header): skipped", "warning"));
    return { messages };
  }
  const hash = crypto.createHash("sha256").update(raw.bytes).digest("hex");
  return { capture: { file, name, hash, modifiedAt: raw.modifiedAt, header, lines }, messages };
}
