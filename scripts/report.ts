// npm run report [-- --json]: normalizes the captures (without writing anything) and prints what
// needs the maintainer's eye. The build publishes the same report at _site/report/.
import path from "node:path";
import { parseArgs } from "node:util";
import { listCaptures } from "../src/list-captures.ts";
import { MESSAGE_CATALOG } from "../src/message-catalog.ts";
import { formatMessage } from "../src/messages.ts";
import { normalizeArchive } from "../src/pipeline.ts";
import { curationReport } from "../src/report/curation-report.ts";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    sources: { type: "string", default: "content/sources" },
    registry: { type: "string", default: "content/registry" },
    articles: { type: "string", default: "content/articles" },
  },
});

const result = await normalizeArchive({ sourcesDir: values.sources, registryDir: values.registry, articlesDir: values.articles, write: false });
const captures = listCaptures(values.sources);
const articles = result.articles.map(({ slug, frontMatter }) => ({ slug, date: frontMatter.date, captured: frontMatter.captured, sources: frontMatter.sources, provenance: frontMatter.provenance }));
const report = curationReport(captures, articles, result.messages);

if (values.json) {
  console.log(JSON.stringify(report, null, 1));
} else {
  const placed = report.captures.filter((capture) => capture.article).length;
  console.log(`${report.captures.length} captures, ${placed} in ${result.articles.length} articles, ${report.captures.length - placed} not built`);
  for (const capture of report.captures.filter((c) => !c.article)) console.log(`  not built: ${path.join(values.sources, capture.file)}`);
  console.log(`\nNames no registry knows (${report.unknownNames.length}): add them to ${values.registry}/`);
  for (const name of report.unknownNames) console.log(`  ${name.name} (${name.kind}) in ${name.files.join(", ")}`);
  console.log(`\nUndated articles (${report.undated.length}): nothing in the capture dates the story; add a date to its header if it is known`);
  for (const entry of report.undated) console.log(`  ${entry.article}${entry.captured ? ` (captured ${entry.captured.slice(0, 10)})` : ""}: ${entry.sources.join(", ")}`);
  console.log(`\nDates that are not certain (${report.uncertainDates.length}):`);
  for (const entry of report.uncertainDates) console.log(`  ${entry.date} ${entry.article} (${entry.rule}, ${entry.confidence})`);
  console.log(`\nCaptures merged as one story (${report.merged.length}):`);
  for (const entry of report.merged) console.log(`  ${entry.article}: ${entry.sources.join(", ")}`);
  console.log(`\nWarnings and errors (${report.problems.length}):`);
  for (const message of report.problems) console.log(`  ${formatMessage(message)}`);
  // What to do, once per rule (from src/message-catalog.ts), rather than under every message.
  const rules = [...new Set(report.problems.map((message) => message.ruleId))].sort();
  if (rules.length > 0) console.log("\nWhat to do:");
  for (const ruleId of rules) console.log(`  ${ruleId} (${MESSAGE_CATALOG[ruleId].title}): ${MESSAGE_CATALOG[ruleId].fix}`);
}
