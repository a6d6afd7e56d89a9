// npm run eval's held-out text pages: the saved HTML pages (../shared/eval/html) that the text
// captures (../shared/eval/pages) do not hold, turned into text captures the way eval/README.md says
// those were made (headless Chromium, scripts off, network blocked, document.body.innerText, lines
// trimmed at their end), with their labels and true bodies in the text scorer's form. No rule was
// written from them: they check that what works on the text captures works on pages never read.
// Written once into .cache/eval/pages-from-html/ (a page's text depends on Chromium, not on us).
import fs from "node:fs";
import path from "node:path";
import { listCaptures } from "../src/list-captures.ts";
import { chromiumMissing, launchChromium } from "./chromium.ts";

interface HtmlLabel {
  body?: string;
  lang?: string;
  group?: string;
  [field: string]: unknown;
}

/** The folder of text captures with labels.json and bodies.json beside it; undefined when Chromium is missing. */
export async function pagesFromHtml(shared: string, cacheDir: string): Promise<string | undefined> {
  const captures = path.join(cacheDir, "captures");
  const htmlDir = path.join(shared, "eval/html");
  const labels = JSON.parse(fs.readFileSync(path.join(htmlDir, "labels.json"), "utf8")) as { articles: Record<string, HtmlLabel> };
  const asText = new Set(listCaptures(path.join(shared, "eval/pages/captures")).map((name) => path.parse(name).name));
  const held = Object.keys(labels.articles).map((name) => name.replace(/\.html$/, "")).filter((id) => !asText.has(id)).sort();
  const labelsFile = path.join(cacheDir, "labels.json");
  if (fs.existsSync(labelsFile) && held.every((id) => fs.existsSync(path.join(captures, `${id}.txt`)))) return captures;
  if (chromiumMissing()) return undefined;

  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(captures, { recursive: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
    for (const id of held) {
      const page = await context.newPage();
      await page.goto(`file://${path.join(htmlDir, `${id}.html`)}`, { waitUntil: "domcontentloaded" });
      const text = await page.evaluate(() => document.body.innerText);
      await page.close();
      fs.writeFileSync(path.join(captures, `${id}.txt`), `${text.split("\n").map((line) => line.trimEnd()).join("\n")}\n`);
    }
  } finally {
    await browser.close();
  }
  const articles: Record<string, HtmlLabel> = {};
  const bodies: Record<string, string> = {};
  for (const id of held) {
    const { body, ...label } = labels.articles[`${id}.html`]!;
    // The text scorer splits its table by group: the English pages under their source, the others apart.
    articles[`${id}.txt`] = { ...label, group: label.lang === "en" ? label.group : "nonEnglish" };
    if (body) bodies[`${id}.txt`] = body;
  }
  fs.writeFileSync(path.join(cacheDir, "bodies.json"), JSON.stringify(bodies));
  // Last: its presence says the folder is whole.
  fs.writeFileSync(labelsFile, JSON.stringify({ about: "eval/html labels of the pages eval/pages lacks, keyed by text capture", articles }));
  return captures;
}
