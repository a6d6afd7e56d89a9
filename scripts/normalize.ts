// `npm run normalize`: content/sources/ → content/articles/, every message printed as
// `path:line:col severity reason (ruleId)`, then a one-line summary. Exits 1 when nothing usable
// was produced (a registry error, or captures but no article); with --strict also on any warning
// or error (for CI). --name-finder name-tagger|capitalised-runs|wink-pos chooses how unknown
// names are proposed (the trained name tagger by default; --nlp is wink-pos); --no-cache skips
// .cache/normalize.
import { parseArgs } from "node:util";
import { formatMessage } from "../src/messages.ts";
import { NAME_FINDERS, type NameFinder } from "../src/normalize/candidate-names.ts";
import { normalizeArchive } from "../src/pipeline.ts";

const { values } = parseArgs({ options: { strict: { type: "boolean" }, nlp: { type: "boolean" }, "no-cache": { type: "boolean" }, "name-finder": { type: "string" } } });
const nameFinder = values.nlp ? "wink-pos" : values["name-finder"];
if (nameFinder !== undefined && !NAME_FINDERS.includes(nameFinder as NameFinder)) {
  console.error(`normalize: --name-finder must be one of ${NAME_FINDERS.join(", ")}`);
  process.exit(2);
}
const strict = values.strict === true;
const started = performance.now();
const result = await normalizeArchive({
  sourcesDir: "content/sources",
  articlesDir: "content/articles",
  registryDir: "content/registry",
  nameFinder: nameFinder as NameFinder | undefined,
  cacheDir: values["no-cache"] ? undefined : ".cache/normalize",
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
