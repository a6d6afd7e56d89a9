// npm run add -- path/to/capture.txt [more…] [--url URL --outlet NAME --date YYYY-MM-DD --title TEXT --author NAME]
// Copies each capture into content/sources/ under a stable, safe name (with the given fields as
// its header), rebuilds, and prints what was extracted and what needs the maintainer's eye.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import { addCapture, type AddedCapture } from "../src/add-capture.ts";
import { buildSite, PROJECT_ROOT } from "../src/build/build-site.ts";
import { relaunchWithHeapFor } from "../src/build/heap-size.ts";
import { formatMessage, type Message } from "../src/messages.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    outlet: { type: "string" },
    date: { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
    sources: { type: "string" },
    registry: { type: "string" },
    articles: { type: "string" },
    out: { type: "string" },
  },
});

if (positionals.length === 0) {
  console.error("usage: npm run add -- capture.txt [more…] [--url URL --outlet NAME --date YYYY-MM-DD --title TEXT --author NAME]");
  process.exit(2);
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date ${values.date}: expected YYYY-MM-DD`);
  process.exit(2);
}

const sourcesDir = path.resolve(values.sources ?? path.join(PROJECT_ROOT, "content/sources"));
const relaunched = relaunchWithHeapFor(sourcesDir);
if (relaunched !== undefined) process.exit(relaunched);
const articlesDir = path.resolve(values.articles ?? path.join(PROJECT_ROOT, "content/articles"));
const header = { title: values.title, date: values.date, outlet: values.outlet, url: values.url, author: values.author };

const added: AddedCapture[] = [];
for (const file of positionals) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`${file}: no such file; skipped`);
    continue;
  }
  added.push(addCapture(file, sourcesDir, header));
}
if (added.length === 0) process.exit(1);

const result = await buildSite({ sourcesDir, articlesDir, registryDir: values.registry, outDir: values.out });

interface ArticleOnDisk {
  file: string;
  data: Record<string, unknown>;
}
function articlesBySource(): Map<string, ArticleOnDisk> {
  const bySource = new Map<string, ArticleOnDisk>();
  if (!fs.existsSync(articlesDir)) return bySource;
  for (const name of fs.readdirSync(articlesDir).filter((n) => n.endsWith(".md"))) {
    const file = path.join(articlesDir, name);
    const { data } = matter(fs.readFileSync(file, "utf8"), {});
    for (const source of [data.sources ?? []].flat()) bySource.set(path.basename(String(source)), { file, data });
  }
  return bySource;
}

const list = (value: unknown) => ([value ?? []].flat() as string[]).join(", ") || "none";
const evidence = (value: unknown) => {
  const e = (value ?? {}) as { rule?: string; text?: string; line?: number; confidence?: string };
  return e.rule ? ` (${e.rule}${e.confidence ? `, ${e.confidence}` : ""}${e.line ? `, line ${e.line}` : ""}${e.text ? `: “${e.text}”` : ""})` : "";
};
const bySource = articlesBySource();
for (const capture of added) {
  const name = path.basename(capture.to);
  console.log(`\n${path.relative(process.cwd(), capture.to)}${capture.alreadyPresent ? " (already in the archive: identical capture)" : ""}`);
  const article = bySource.get(name);
  const ownMessages = result.messages.filter((m: Message) => path.basename(m.file) === name);
  if (!article) {
    console.log("  no article: the capture could not be normalized");
  } else {
    const d = article.data as Record<string, unknown> & { provenance?: Record<string, unknown> };
    console.log(`  article  ${path.relative(process.cwd(), article.file)}`);
    console.log(`  title    ${String(d.title)}${d.title_derived ? " (derived: the capture has no headline)" : ""}`);
    const undated = `undated${d.captured ? ` (captured ${String(d.captured).slice(0, 10)})` : ""}: nothing in the capture dates it; add --date if it is known`;
    console.log(`  date     ${d.date === undefined ? undated : `${String(d.date)}${evidence(d.provenance?.date)}`}`);
    console.log(`  outlet   ${String(d.outlet)}${d.original_outlet ? ` (originally ${String(d.original_outlet)})` : ""}${d.author ? `, by ${String(d.author)}` : ""}`);
    console.log(`  actors   ${list(d.actors)}`);
    console.log(`  places   ${list(d.places)}`);
    const others = [d.sources ?? []].flat().map(String).filter((s) => path.basename(s) !== name);
    if (others.length) console.log(`  merged   same story as ${others.join(", ")} (likely duplicate capture)`);
  }
  for (const message of ownMessages) console.log(`  ${formatMessage(message)}`);
}
console.log(`\n${result.written ? "site rebuilt" : "site NOT rebuilt"} in ${(result.timings.total / 1000).toFixed(2)} s: ${result.counts.articles} articles, ${result.counts.pages} pages`);
process.exitCode = result.exitCode;
