// The saved-page table's comparison for `npm run eval`: Mozilla Readability alone (0.6, over
// linkedom, the page decoded as our reader decodes it) on the same pages, written as articles
// (its textContent, title, siteName and publishedTime) for the same scorer; and the median time
// per page of Readability alone and of our whole page reader (decode, metadata, Readability,
// blocks), measured one page after another in this process.
import { Readability } from "@mozilla/readability";
import fs from "node:fs";
import { parseHTML } from "linkedom";
import path from "node:path";
import { decodePage, readHtmlPage } from "../src/normalize/read-html.ts";
import { HTML_CAPTURE } from "../src/normalize/read-html-capture.ts";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Writes Readability's own reading of each page as an article in `articlesDir`; returns its median ms per page. */
export function readabilityAlone(pagesDir: string, articlesDir: string): number {
  fs.mkdirSync(articlesDir, { recursive: true });
  const times: number[] = [];
  for (const name of fs.readdirSync(pagesDir).filter((file) => HTML_CAPTURE.test(file))) {
    const decoded = decodePage(new Uint8Array(fs.readFileSync(path.join(pagesDir, name))));
    if (!decoded.ok) continue;
    const started = performance.now();
    const { document } = parseHTML(decoded.text);
    const article = new Readability(document as unknown as Document).parse();
    times.push(performance.now() - started);
    const frontMatter = { title: article?.title ?? "", date: article?.publishedTime?.slice(0, 10) ?? null, outlet: article?.siteName ?? "", sources: [name] };
    fs.writeFileSync(path.join(articlesDir, `${name}.md`), `---\n${JSON.stringify(frontMatter)}\n---\n${article?.textContent ?? ""}\n`);
  }
  return median(times);
}

/** The median ms per page of our reader alone (what the read stage spends on a saved page). */
export function readerMsPerPage(pagesDir: string): number {
  const times: number[] = [];
  for (const name of fs.readdirSync(pagesDir).filter((file) => HTML_CAPTURE.test(file))) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(pagesDir, name)));
    const started = performance.now();
    readHtmlPage(bytes);
    times.push(performance.now() - started);
  }
  return median(times);
}
