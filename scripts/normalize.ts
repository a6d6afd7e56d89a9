// `npm run normalize`: content/sources/ → content/articles/, every message printed as
// `path:line:col severity reason (ruleId)`, then a one-line summary. Exits 1 when nothing usable
// was produced (a registry error, or captures but no article); with --strict also on any warning
// or error (for CI). --nlp proposes unknown names with wink-nlp's tagger; --no-cache skips
// .cache/normalize.
import { formatMessage } from "../src/messages.ts";
import { normalizeArchive } from "../src/pipeline.ts";

const strict = process.argv.includes("--strict");
const started = performance.now();
const result = await normalizeArchive({
  sourcesDir: "content/sources",
  articlesDir: "content/articles",
  registryDir: "content/registry",
  nameFinder: process.argv.includes("--nlp") ? "wink-pos" : "capitalised-runs",
  cacheDir: process.argv.includes("--no-cache") ? undefined : ".cache/normalize",
});
for (const message of result.messages) console.log(formatMessage(message));
const count = (severity: string) => result.messages.filter((message) => message.severity === severity).length;
const sources = new Set(result.articles.flatMap((article) => article.frontMatter.sources)).size;
console.log(
  `normalize: ${result.articles.length} articles from ${sources} captures in ${Math.round(performance.now() - started)} ms; ` +
    `${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`,
);
const registryBroken = result.messages.some((message) => message.ruleId === "registry");
const nothingUsable = registryBroken || (result.articles.length === 0 && count("error") + count("warning") > 0);
if (nothingUsable || (strict && count("error") + count("warning") > 0)) process.exitCode = 1;
