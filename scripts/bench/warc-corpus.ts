// A web archive of synthetic saved pages, for measuring the WARC path at scale:
// `tsx scripts/bench/warc-corpus.ts --n 10000 --seed 42 --out DIR` writes DIR/corpus.warc.gz (each
// page a response record of its own gzip member, after its request record, as Webrecorder writes
// them) from the generated captures (generate-corpus.ts): headline as <h1> and og:title, the
// story's paragraphs, the outlet as og:site_name, the date as article:published_time, a menu and
// footer around them.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { WARCRecord, WARCSerializer } from "warcio";
import { escapeHtml } from "../../src/site/html.ts";
import { generateCorpus, type GeneratedCapture } from "../generate-corpus.ts";

function pageOf(capture: GeneratedCapture): string {
  const { story, truth } = capture;
  const meta = `<meta property="og:title" content="${escapeHtml(story.title)}"><meta property="og:site_name" content="${escapeHtml(story.outlet)}"><meta property="article:published_time" content="${truth.date}T08:00:00Z">`;
  const body = story.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title>${meta}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escapeHtml(story.title)}</h1>\n${body}\n</article><footer>© ${escapeHtml(story.outlet)}</footer></body></html>`;
}

async function recordBytes(type: "request" | "response", url: string, html?: string): Promise<Uint8Array> {
  async function* payload() {
    yield new TextEncoder().encode(html ?? "");
  }
  const record = WARCRecord.create({ url, date: "2026-01-02T03:04:05Z", type, statusline: type === "request" ? "GET / HTTP/1.1" : "HTTP/1.1 200 OK", httpHeaders: type === "response" ? { "Content-Type": "text/html; charset=utf-8" } : {} }, type === "response" ? payload() : undefined);
  return WARCSerializer.serialize(record, { gzip: true });
}

const { values } = parseArgs({ options: { n: { type: "string", default: "10000" }, seed: { type: "string", default: "42" }, out: { type: "string", default: "bench/work/warc" } } });
const corpus = generateCorpus({ n: Number(values.n), seed: Number(values.seed), duplicateShare: 0.05, headerShare: 0 });
fs.mkdirSync(values.out, { recursive: true });
const file = path.join(values.out, "corpus.warc.gz");
const out = fs.openSync(file, "w");
for (const [index, capture] of corpus.captures.entries()) {
  const url = `https://outlet-${index % 40}.example/news/${index}`;
  fs.writeSync(out, await recordBytes("request", url));
  fs.writeSync(out, await recordBytes("response", url, pageOf(capture)));
}
fs.closeSync(out);
console.log(`${file}: ${corpus.captures.length} pages, ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
