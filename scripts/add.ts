// npm run add -- path/to/capture.txt [more…] [--url URL --outlet NAME --date YYYY-MM-DD --title TEXT --author NAME --cut 12-18 --cut "a line's text" --timings FILE]
// Copies each capture into content/sources/ under a stable, safe name (with the given fields as
// its header), rebuilds, and prints what was extracted, the article's address, and what needs the
// maintainer's eye. A capture whose text is already there gets the fields merged over its header
// instead. Line numbers given (--cut) and printed here are lines of the file passed, not of the
// stored copy with its header on top.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AddedCapture } from "../src/add-capture.ts";
import type { Message } from "../src/messages.ts";
import { relaunchWithHeapFor } from "../src/publish/heap-size.ts";
import { PROJECT_ROOT } from "../src/publish/site-build.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    outlet: { type: "string" },
    date: { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
    cut: { type: "string", multiple: true },
    sources: { type: "string" },
    registry: { type: "string" },
    articles: { type: "string" },
    out: { type: "string" },
    timings: { type: "string" },
  },
});

if (positionals.length === 0) {
  console.error('usage: npm run add -- capture.txt [more…] [--url URL --outlet NAME --date YYYY-MM-DD --title TEXT --author NAME --cut 12-18 --cut "a line\'s text"]');
  process.exit(2);
}

const sourcesDir = path.resolve(values.sources ?? path.join(PROJECT_ROOT, "content/sources"));
// An add rebuilds over the last build: it holds every capture's cached result (~335 MB of heap at
// 10,000) besides what a clean build holds, so under the clean build's bound V8 spent about a
// quarter of the add collecting, and at times ran out and ran it again. It takes the heap npm start
// takes, which at 10,000 captures is node's default (no relaunch). Before the build's modules are
// loaded (~1.2 s of CPU): a relaunched process loads them itself.
const relaunched = relaunchWithHeapFor(sourcesDir, "ample");
if (relaunched !== undefined) process.exit(relaunched);

const { articleFilesFor } = await import("../src/article-files-for.ts");
const { addCapture, CutOutsideTextError, givenLine, StoredAsReceivedError } = await import("../src/add-capture.ts");
const { buildSite } = await import("../src/publish/build-site.ts");
const { formatMessage } = await import("../src/messages.ts");
const { ledgerFileFor } = await import("../src/normalize/address-ledger.ts");
const { parseCutEntry } = await import("../src/normalize/read-capture.ts");
const { absoluteUrl, siteConfigFrom, sitePath } = await import("../src/site/site-config.ts");

for (const cut of values.cut ?? []) {
  const entry = parseCutEntry(cut);
  if (entry.kind === "bad") {
    console.error(`--cut ${cut}: ${entry.reason}`);
    process.exit(2);
  }
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date ${values.date}: expected YYYY-MM-DD`);
  process.exit(2);
}

const articlesDir = path.resolve(values.articles ?? path.join(PROJECT_ROOT, "content/articles"));
const header = { title: values.title, date: values.date, outlet: values.outlet, url: values.url, author: values.author };

const added: AddedCapture[] = [];
for (const file of positionals) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`${file}: no such file; skipped`);
    continue;
  }
  try {
    added.push(addCapture(file, sourcesDir, header, values.cut));
  } catch (error) {
    if (!(error instanceof CutOutsideTextError) && !(error instanceof StoredAsReceivedError)) throw error;
    console.error(`${error.message}; skipped`);
    process.exitCode = 2;
  }
}
if (added.length === 0) process.exit(process.exitCode ?? 1);

const result = await buildSite({ sourcesDir, articlesDir, registryDir: values.registry, outDir: values.out });
for (const note of result.notes) console.error(note);

const list = (value: unknown) => ([value ?? []].flat() as string[]).join(", ") || "none";
const evidence = (value: unknown, line: (stored?: number) => number | undefined) => {
  const e = (value ?? {}) as { rule?: string; text?: string; line?: number; confidence?: string };
  return e.rule ? ` (${e.rule}${e.confidence ? `, ${e.confidence}` : ""}${e.line ? `, line ${line(e.line)}` : ""}${e.text ? `: “${e.text}”` : ""})` : "";
};
/** A message about a line of the text points at the file passed, at its own line numbers; one about
 *  the whole capture or a line of the header add wrote names the stored copy. */
function forMaintainer(message: Message, capture: AddedCapture, shown: string): Message {
  const line = message.line === undefined ? undefined : givenLine(capture, message.line);
  return line === undefined ? message : { ...message, file: shown, line };
}

const config = siteConfigFrom();
const bySource = articleFilesFor(added.map((capture) => path.basename(capture.to)), articlesDir, ledgerFileFor(articlesDir));
for (const capture of added) {
  const name = path.basename(capture.to);
  const stored = path.relative(process.cwd(), capture.to);
  const shown = path.relative(process.cwd(), capture.from);
  const changed = capture.changed.join(", ");
  if (capture.outcome === "updated") console.log(`\nupdated the header of ${stored} (${changed}): its text was already in the archive`);
  else if (capture.outcome === "unchanged") console.log(`\n${stored} (already in the archive: identical capture)`);
  else console.log(`\nadded ${stored}${changed ? ` with a header (${changed})` : ""}`);
  for (const other of capture.sameText) console.log(`  note     ${path.relative(process.cwd(), other)} has the same text: a second copy from before, merged as a likely duplicate; remove it`);
  if (capture.storedHeaderLines !== capture.givenHeaderLines) {
    console.log(`  lines    line numbers below count the lines of ${shown}; the stored copy has a ${capture.storedHeaderLines}-line header on top of the text`);
  }
  // A web archive's pages are captures named after it ("news.warc.gz#at-120"): one article each.
  const records = [...bySource.keys()].filter((source) => source.startsWith(`${name}#`));
  if (records.length) console.log(`  pages    ${records.length} page record(s) of the archive became articles: ${[...new Set(records.map((record) => path.relative(process.cwd(), bySource.get(record)!.file)))].slice(0, 10).join(", ")}${records.length > 10 ? ", …" : ""}`);
  const article = bySource.get(name);
  const ownMessages = result.messages.filter((m: Message) => path.basename(m.file) === name || path.basename(m.file).startsWith(`${name}#`));
  const line = (stored?: number) => (stored === undefined ? undefined : (givenLine(capture, stored) ?? stored));
  if (!article) {
    if (!records.length) console.log("  no article: the capture could not be normalized");
  } else {
    const d = article.data as Record<string, unknown> & { provenance?: Record<string, unknown> };
    const slug = path.basename(article.file, ".md");
    const address = sitePath(config, `/articles/${slug}/`);
    const built = fs.existsSync(path.join(result.outDir, "articles", slug, "index.html"));
    const where = `${absoluteUrl(config, `/articles/${slug}/`)}${process.env.SITE_URL ? "" : " with npm start"}`;
    console.log(`  page     ${address} (${built ? where : "not built: see the messages"})`);
    console.log(`  article  ${path.relative(process.cwd(), article.file)}`);
    console.log(`  title    ${String(d.title)}${d.title_derived ? " (derived: the capture has no headline)" : ""}`);
    const undated = `undated${d.captured ? ` (captured ${String(d.captured).slice(0, 10)})` : ""}: nothing in the capture dates it; add --date if it is known`;
    console.log(`  date     ${d.date === undefined ? undated : `${String(d.date)}${evidence(d.provenance?.date, line)}`}`);
    console.log(`  outlet   ${String(d.outlet)}${d.original_outlet ? ` (originally ${String(d.original_outlet)})` : ""}${d.author ? `, by ${String(d.author)}` : ""}`);
    console.log(`  actors   ${list(d.actors)}`);
    console.log(`  places   ${list(d.places)}`);
    const others = [d.sources ?? []].flat().map(String).filter((s) => path.basename(s) !== name);
    if (others.length) console.log(`  merged   same story as ${others.join(", ")} (likely duplicate capture)`);
  }
  for (const message of ownMessages) console.log(`  ${formatMessage(forMaintainer(message, capture, shown))}`);
}
console.log(`\n${result.written ? "site rebuilt" : "site NOT rebuilt"} in ${(result.timings.total / 1000).toFixed(2)} s: ${result.counts.articles} articles, ${result.counts.pages} pages`);
if (values.timings) fs.writeFileSync(values.timings, `${JSON.stringify(result.timings)}\n`);
process.exitCode = process.exitCode === 2 ? 2 : result.exitCode;
