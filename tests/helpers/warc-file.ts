// Web archives written in the test with Webrecorder's warcio: each page a response record of its
// own gzip member (as Webrecorder and wget write them), with request and non-HTML records between.
import { WARCRecord, WARCSerializer } from "warcio";

export interface WarcPageSpec {
  url: string;
  html: string;
  /** WARC-Date: when the page was captured. */
  date?: string;
  contentType?: string;
}

async function serialize(type: "response" | "request", spec: WarcPageSpec, gzip: boolean): Promise<Uint8Array> {
  async function* body() {
    yield new TextEncoder().encode(spec.html);
  }
  const record = WARCRecord.create({ url: spec.url, date: spec.date ?? "2024-05-06T07:08:09Z", type, httpHeaders: type === "response" ? { "Content-Type": spec.contentType ?? "text/html; charset=utf-8" } : {}, statusline: type === "request" ? "GET / HTTP/1.1" : "HTTP/1.1 200 OK" }, type === "response" ? body() : undefined);
  return WARCSerializer.serialize(record, { gzip });
}

/** The bytes of a WARC holding these pages, each after a request record; `gzip` compresses each record on its own. */
export async function warcOf(pages: WarcPageSpec[], gzip = true): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const page of pages) {
    parts.push(await serialize("request", page, gzip));
    parts.push(await serialize("response", page, gzip));
  }
  return Buffer.concat(parts);
}
