// Web archives (.warc, .warc.gz) as captures: each HTML response record is one saved page. The
// listing streams the file once with Webrecorder's warcio (memory bounded by one record's
// headers, whatever the file's size) and keeps where each record starts; a record is then read
// on its own by its offset (one gzip member of a .warc.gz), so thousands of pages never sit in
// memory together. A capture of a record is named `<file>#at-<offset>`.
import fs from "node:fs";
import zlib from "node:zlib";
import pako from "pako";

export const WARC_FILE = /\.warc(\.gz)?$/i;
/** A record's capture name: the archive's path, then where the record starts. */
const RECORD_NAME = /^(.*\.warc(?:\.gz)?)#at-(\d+)$/i;

export interface WarcRecordRef {
  /** Byte offset of the record (its gzip member in a .warc.gz). */
  offset: number;
  /** Bytes the record takes in the file. */
  length: number;
  url?: string;
}

export interface WarcListing {
  records: WarcRecordRef[];
  /** Why the listing stopped before the end of the file (truncated, not a WARC). */
  problem?: string;
}

export const warcRecordName = (file: string, offset: number) => `${file}#at-${offset}`;

export function parseWarcRecordName(name: string): { file: string; offset: number } | undefined {
  const match = RECORD_NAME.exec(name);
  return match ? { file: match[1]!, offset: Number(match[2]) } : undefined;
}

/** The capture file a capture's name is in: a record's web archive ("x.warc.gz#at-120" → "x.warc.gz"), else the name itself. */
export const captureFileOf = (name: string) => parseWarcRecordName(name)?.file ?? name;

const isHtml = (contentType: string | null | undefined) => !contentType || /text\/html|application\/xhtml/i.test(contentType);

/** The HTML response records of a WARC file, streamed; a broken or truncated file lists the records before the break. */
export async function listWarcRecords(full: string): Promise<WarcListing> {
  const records: WarcRecordRef[] = [];
  // warcio takes ~0.15 s to load: only a build with a web archive loads it.
  const { WARCParser } = await import("warcio");
  const parser = new WARCParser(fs.createReadStream(full, { highWaterMark: 256 * 1024 }));
  let end = 0;
  try {
    for await (const record of parser) {
      await record.skipFully();
      end = parser.offset + parser.recordLength;
      const status = record.httpHeaders?.statusCode;
      if (record.warcType !== "response" || (status !== undefined && Number(status) !== 200) || !isHtml(record.httpHeaders?.headers.get("Content-Type"))) continue;
      records.push({ offset: parser.offset, length: parser.recordLength, url: record.warcTargetURI ?? undefined });
    }
    // warcio ends quietly at a record cut short: what is left after the last whole record says so
    // (an uncompressed record's closing blank lines are not counted in its length).
    const size = fs.statSync(full).size;
    if (end < size && !onlyLineEnds(full, end, size)) return { records, problem: `ends with ${size - end} byte(s) that are not a whole record (a truncated file?): they are skipped` };
    return { records };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : String(error);
    return { records, problem: `${records.length ? `stops after ${records.length} page record(s)` : "has no readable record"} (${reason}): the rest is skipped` };
  }
}

function onlyLineEnds(full: string, from: number, to: number): boolean {
  if (to - from > 16) return false;
  const fd = fs.openSync(full, "r");
  try {
    const tail = Buffer.alloc(to - from);
    fs.readSync(fd, tail, 0, tail.length, from);
    return tail.every((byte) => byte === 10 || byte === 13);
  } finally {
    fs.closeSync(fd);
  }
}

/** One record's page: its URL, capture time (WARC-Date) and the HTML bytes of the response. */
export interface WarcPage {
  url?: string;
  capturedAt?: string;
  html: Uint8Array;
}

const CRLFCRLF = Buffer.from("\r\n\r\n");

function headerBlock(bytes: Buffer, from: number): { headers: Map<string, string>; end: number } | undefined {
  const end = bytes.indexOf(CRLFCRLF, from);
  if (end < 0) return undefined;
  const headers = new Map<string, string>();
  for (const line of bytes.subarray(from, end).toString("latin1").split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, end: end + 4 };
}

/** A chunked HTTP body joined back together. */
function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf("\r\n", at);
    const size = parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
    if (!(size > 0)) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeBody(body: Buffer, encoding: string | undefined): Buffer {
  if (!encoding || encoding === "identity") return body;
  if (/gzip/i.test(encoding)) return zlib.gunzipSync(body);
  if (/deflate/i.test(encoding)) return zlib.inflateSync(body);
  if (/br/i.test(encoding)) return zlib.brotliDecompressSync(body);
  return body;
}

const CHUNK = 256 * 1024;

/** The bytes of the record at `offset`, read a chunk at a time: a .warc.gz record is one gzip member, inflated until it ends. */
function recordBytes(fd: number, offset: number, gzipped: boolean, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  // pako's Inflate stops at the end of the first gzip member (its `ended`, missing from its types).
  const inflator = gzipped ? (new pako.Inflate() as pako.Inflate & { ended: boolean }) : undefined;
  let read = 0;
  for (let at = offset; read < maxBytes; at += CHUNK) {
    const chunk = Buffer.alloc(CHUNK);
    const got = fs.readSync(fd, chunk, 0, CHUNK, at);
    if (got === 0) break;
    read += got;
    if (!inflator) {
      chunks.push(chunk.subarray(0, got));
      // An uncompressed record ends with its own Content-Length: enough once its header is in.
      const joined = Buffer.concat(chunks);
      const head = headerBlock(joined, 0);
      if (head && joined.length >= head.end + Number(head.headers.get("content-length") ?? 0)) return joined;
      continue;
    }
    inflator.push(chunk.subarray(0, got), got < CHUNK);
    if (inflator.err) throw new Error(`the record does not inflate (${inflator.msg})`);
    if (inflator.ended || got < CHUNK) break;
  }
  if (!inflator) return Buffer.concat(chunks);
  if (!inflator.ended) throw new Error("the record is cut short (a truncated .warc.gz)");
  return Buffer.from(inflator.result as Uint8Array);
}

/** Reads the record at `offset` of a WARC file (synchronously: the capture stages are synchronous). */
export function readWarcPage(full: string, offset: number, maxBytes: number): WarcPage {
  const fd = fs.openSync(full, "r");
  try {
    const record = recordBytes(fd, offset, /\.gz$/i.test(full), maxBytes);
    const warc = headerBlock(record, 0);
    if (!warc) throw new Error("no WARC header at this offset");
    const length = Number(warc.headers.get("content-length") ?? 0);
    const block = record.subarray(warc.end, warc.end + length);
    const http = headerBlock(block, 0);
    if (!http) throw new Error("no HTTP response in the record");
    let body = block.subarray(http.end);
    if (/chunked/i.test(http.headers.get("transfer-encoding") ?? "")) body = unchunk(body);
    return { url: warc.headers.get("warc-target-uri")?.replace(/^<|>$/g, ""), capturedAt: warc.headers.get("warc-date"), html: new Uint8Array(decodeBody(body, http.headers.get("content-encoding"))) };
  } finally {
    fs.closeSync(fd);
  }
}
