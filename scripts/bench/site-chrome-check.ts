// tsx scripts/bench/site-chrome-check.ts [--n 2000] [--seed 7] [--url] [--keep]
// How much chrome that recurs across a site's captures leaks into article bodies, with and without
// the site-chrome step (src/normalize/site-chrome.ts). The bench corpus (../shared/tools/make-corpus.mjs)
// draws its page chrome from one pool for every outlet, so this gives each outlet its own: a menu
// on top, a "Most read" box of five of its ten teasers after the story, a footer of three lines.
// With --url each capture gets a header with a URL on its outlet's host (the site is then known
// from the URL; without, from the outlet the normalizer finds). Both runs read the same captures;
// a body line is a leak when the corpus's clean text lacks it, a story paragraph kept when the body
// holds it. Prints one row per run; --keep leaves the corpus in its temporary folder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { archiveResult, startArchiveRun } from "../../src/archive/archive-run.ts";
import { ARCHIVE_STEPS } from "../../src/pipeline.ts";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { runSteps } from "../../src/run-steps.ts";
import { mulberry32 } from "./prng.ts";

const { values } = parseArgs({ options: { n: { type: "string", default: "2000" }, seed: { type: "string", default: "7" }, url: { type: "boolean" }, keep: { type: "boolean" } } });
const TOOL = path.resolve(PROJECT_ROOT, "../shared/tools/make-corpus.mjs");
const SECTIONS = ["Home", "Kurdistan", "Iraq", "Syria", "Turkey", "Iran", "Economy", "Culture", "Opinion", "Sport", "Video", "Features", "Interviews", "Analysis", "Podcasts", "Photo galleries"];
const SUBJECTS = ["Oil exports", "Teachers' strike", "Dam project", "Border crossing", "Wheat harvest", "Power cuts", "Election law", "Refugee camp", "Water dispute", "Budget talks", "Airport reopening", "Drone strike"];
const TURNS = ["resumes after two-month halt", "enters its third week", "draws crowds in the capital", "faces new delays", "sparks row in parliament", "wins backing from donors", "divides local leaders", "ends with no deal"];

interface Truth { file: string; slug: string; title: string; outlet: string }

const random = mulberry32(Number(values.seed));
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const shuffled = <T>(items: readonly T[]) => items.map((item) => [random(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
const flat = (text: string) => text.toLowerCase().replace(/\\/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Each outlet's own menu, teasers and footer. */
function outletChrome(outlet: string) {
  const teasers = Array.from({ length: 10 }, () => `${pick(SUBJECTS)} ${pick(TURNS)}`);
  const footer = [`About ${outlet} | Contact us | Advertise | Privacy policy`, `${outlet} is an independent news service reporting on Iraq, Syria and the wider region since 2009.`, `Follow ${outlet} on Telegram`];
  return { menu: shuffled(SECTIONS).slice(0, 6), teasers, footer };
}

/** The capture with its outlet's chrome: the menu on top, the box after the story's last long line, the footer last. */
function withChrome(raw: string, truth: Truth, chrome: ReturnType<typeof outletChrome>): string {
  const lines = raw.replace(/\r\n/g, "\n").trimEnd().split("\n");
  const storyEnd = lines.length - 1 - [...lines].reverse().findIndex((line) => line.split(" ").length > 25);
  lines.splice(storyEnd + 1, 0, "", "Most read", ...shuffled(chrome.teasers).slice(0, 5), "");
  const host = truth.outlet.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const header = values.url ? ["---", `url: "https://www.${host}.example/news/${truth.slug}"`, "---"] : [];
  return [...header, ...chrome.menu, "", ...lines, "", ...chrome.footer, ""].join("\n");
}

function writeCorpus(dir: string): Map<string, Truth> {
  execFileSync(process.execPath, [TOOL, "--n", values.n!, "--seed", values.seed!, "--out", dir], { stdio: "ignore" });
  const truths = fs.readFileSync(path.join(dir, "truth.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Truth);
  const chrome = new Map([...new Set(truths.map((truth) => truth.outlet))].sort().map((outlet) => [outlet, outletChrome(outlet)]));
  for (const truth of truths) {
    const file = path.join(dir, "raw", truth.file);
    fs.writeFileSync(file, withChrome(fs.readFileSync(file, "utf8"), truth, chrome.get(truth.outlet)!));
  }
  return new Map(truths.map((truth) => [truth.file, truth]));
}

/** Normalizes the corpus (nothing written) with or without the site-chrome step and scores the bodies. */
async function measure(dir: string, truths: Map<string, Truth>, siteChrome: boolean) {
  const steps = ARCHIVE_STEPS.filter(([name]) => siteChrome || name !== "site-chrome");
  const run = startArchiveRun({ sourcesDir: path.join(dir, "raw"), articlesDir: path.join(dir, "articles"), registryDir: path.join(PROJECT_ROOT, "content/registry"), addressesFile: path.join(dir, "addresses.jsonl"), write: false, now: "2026-11-23T00:00:00Z" });
  const phases: Record<string, number> = {};
  await runSteps(steps, run, phases);
  const score = { articles: 0, leakedLines: 0, articlesWithLeaks: 0, storyParagraphs: 0, storyParagraphsKept: 0, titlesRight: 0, stepMs: Math.round(phases["site-chrome"] ?? 0) };
  for (const article of archiveResult(run, phases, true).articles) {
    const truth = truths.get(path.basename(article.frontMatter.sources[0]!))!;
    const clean = fs.readFileSync(path.join(dir, "md", `${truth.slug}.md`), "utf8").split(/^---$/m)[2]!.trim().split(/\n\n/).map(flat);
    const lines = article.body.split(/\n\n/).filter(Boolean);
    const leaked = lines.filter((line) => !clean.join(" ").includes(flat(line))).length;
    const body = flat(lines.join(" "));
    score.articles++;
    score.leakedLines += leaked;
    score.articlesWithLeaks += leaked > 0 ? 1 : 0;
    score.storyParagraphs += clean.length;
    score.storyParagraphsKept += clean.filter((paragraph) => body.includes(paragraph)).length;
    score.titlesRight += flat(article.frontMatter.title) === flat(truth.title) ? 1 : 0;
  }
  return score;
}

if (!fs.existsSync(TOOL)) {
  console.error(`site-chrome-check: ${TOOL} not found (the shared tools sit beside a checkout)`);
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-chrome-check-"));
const truths = writeCorpus(dir);
console.log(`${truths.size} captures, seed ${values.seed}, site known from ${values.url ? "the URL" : "the outlet found"} (${dir})`);
console.table({ "without site-chrome": await measure(dir, truths, false), "with site-chrome": await measure(dir, truths, true) });
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
