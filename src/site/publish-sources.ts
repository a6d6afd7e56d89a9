// Publishes each capture an article names under /sources/ with a safe, unique name; captures are
// read-only inputs, copied by the build. A source that is not in the captures folder is a warning.
import path from "node:path";
import { listCaptures } from "../list-captures.ts";
import type { Message } from "../messages.ts";
import { parseWarcRecordName } from "../normalize/warc-records.ts";
import { slugify } from "../slug.ts";
import type { PublishedSource } from "./archive-types.ts";
import type { ArticleSource } from "./load-articles.ts";

export function publishSources(articles: readonly ArticleSource[], sourcesDir: string, messages: Message[]): Map<string, PublishedSource> {
  const published = new Map<string, PublishedSource>();
  const names = [...new Set(articles.flatMap((article) => article.frontMatter.sources.map((source) => path.basename(source))))].sort();
  const taken = new Set<string>();
  const present = new Set(listCaptures(sourcesDir));
  for (const name of names) {
    const from = path.join(sourcesDir, name);
    // A web archive's record is published when its archive is there.
    if (!present.has(parseWarcRecordName(name)?.file ?? name)) continue;
    const record = parseWarcRecordName(name);
    const stem = record ? `${record.file.replace(/\.warc(\.gz)?$/i, "")}-at-${record.offset}` : name.replace(/\.[^.]*$/, "");
    let safe = /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(stem) ? stem : slugify(stem) || "capture";
    for (let n = 2; taken.has(safe); n++) safe = `${safe.replace(/-\d+$/, "")}-${n}`;
    taken.add(safe);
    published.set(name, { from, path: `/sources/${safe}.txt` });
  }
  for (const article of articles) {
    for (const source of article.frontMatter.sources) {
      if (!published.has(path.basename(source))) {
        messages.push({ file: article.file, line: 1, severity: "warning", ruleId: "source-missing", reason: `source "${source}" is not in ${sourcesDir}; it is listed without a link` });
      }
    }
  }
  return published;
}
