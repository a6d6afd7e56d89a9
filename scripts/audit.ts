// npm run audit [-- --site DIR]: Lighthouse (Debian's Chromium) on the home page, an article, an
// actor and the search page of a built site served on 127.0.0.1; prints the four category scores.
// An audit for people, not a CI gate: scores move with machine load.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { startStaticServer } from "./bench/static-server.ts";
import { CHROMIUM_PATH } from "./chromium.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "_site" } } });
const site = path.resolve(values.site);
if (!fs.existsSync(path.join(site, "index.html"))) {
  console.error(`${site}: no built site; run npm run build first`);
  process.exit(1);
}

const firstPage = (folder: string) => {
  const dir = path.join(site, folder);
  const entry = fs.existsSync(dir) ? fs.readdirSync(dir).sort().find((name) => fs.existsSync(path.join(dir, name, "index.html"))) : undefined;
  return entry ? `/${folder}/${entry}/` : undefined;
};
const pages: [string, string | undefined][] = [
  ["home", "/"],
  ["article", firstPage("articles")],
  ["actor", firstPage("actors")],
  ["search", "/search/?q=referendum"],
];

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const lighthouse = path.resolve("node_modules/.bin/lighthouse");
const server = await startStaticServer(site);
const rows: string[][] = [];
try {
  for (const [name, urlPath] of pages) {
    if (!urlPath) {
      rows.push([name, "skipped: no such page in this site"]);
      continue;
    }
    const url = `${server.origin}${urlPath}`;
    // Asynchronous on purpose: the static server answering Lighthouse runs in this process.
    const { stdout: json } = await promisify(execFile)(
      lighthouse,
      [url, "--quiet", "--output=json", `--only-categories=${categories.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"],
      { encoding: "utf8", env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
    );
    const report = JSON.parse(json) as { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string }> };
    const scores = categories.map((category) => String(Math.round((report.categories[category]?.score ?? 0) * 100)));
    const failing = Object.entries(report.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9)
      .map(([id]) => id);
    rows.push([`${name} ${urlPath}`, ...scores, failing.join(" ")]);
  }
} finally {
  await server.close();
}

console.log(["page", ...categories, "audits under 0.9"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
