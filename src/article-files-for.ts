// The article files made from given captures, found through the address ledger (which names each
// address's captures) instead of reading every article: `npm run add` at 10,000 articles spent
// seconds parsing them all to report on one. An article is taken only when its own `sources`
// name the capture (a ledger line can outlive its article, or name a retired address).
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { captureName, readLedger } from "./normalize/address-ledger.ts";

export interface ArticleOnDisk {
  file: string;
  data: Record<string, unknown>;
}

/** A web archive's pages are captures named after it ("news.warc.gz#at-120"). */
const isOf = (source: string, name: string) => source === name || source.startsWith(`${name}#`);

/** Capture (or web-archive record) name → the article holding it, for the captures named in `names`. */
export function articleFilesFor(names: readonly string[], articlesDir: string, addressesFile: string): Map<string, ArticleOnDisk> {
  const found = new Map<string, ArticleOnDisk>();
  const slugs = new Set<string>();
  for (const entry of readLedger(addressesFile).ledger.entries) {
    if (entry.captures.some((capture) => names.some((name) => isOf(capture, name)))) slugs.add(entry.slug);
  }
  for (const slug of slugs) {
    const file = path.join(articlesDir, `${slug}.md`);
    if (!fs.existsSync(file)) continue;
    const { data } = matter(fs.readFileSync(file, "utf8"), {});
    for (const source of [data.sources ?? []].flat().map((value) => captureName(String(value)))) {
      if (names.some((name) => isOf(source, name))) found.set(source, { file, data });
    }
  }
  return found;
}
