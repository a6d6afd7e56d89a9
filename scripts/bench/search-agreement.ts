// tsx scripts/bench/search-agreement.ts --site DIR --articles DIR [--queries 100] [--seed 7] [--chunk-size N] [--out FILE.json]
// Issue 16: does the sharded search answer like one index? On a built, sharded site (DIR/_site as
// `npm run build` writes it, its normalized articles in --articles), writes one Pagefind index of
// the same pages into the site (pagefind-one-index/, once; one index chunk, see search-comparison.ts;
// --chunk-size N: anew, chunked as Pagefind chunks a bundle), draws --queries queries of one, two and
// three words from the articles' vocabulary (search-queries.ts), and asks each of the search page
// (Chromium, the page's own code) and of the one index. Prints how many queries give the same
// result set and the same top ten (relevance order, ties in one index allowed), each differing
// query, and exits 1 when any result set differs.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../chromium.ts";
import { compareAnswers, ONE_INDEX_FOLDER, oneIndexAnswer, searchPageAnswer, writeOneIndex, type Comparison } from "./search-comparison.ts";
import { drawQueries, readArticleWords } from "./search-queries.ts";
import { startStaticServer } from "./static-server.ts";

/** The shards the search page merges, from its data-merge-bundles (site paths). */
export function mergedBundles(siteDir: string): string[] {
  const html = fs.readFileSync(path.join(siteDir, "search/index.html"), "utf8");
  return (/data-merge-bundles="([^"]*)"/.exec(html)?.[1] ?? "").split(/\s+/).filter(Boolean);
}

export interface AgreementReport {
  queries: number;
  sameSet: number;
  sameTop: number;
  /** Queries with results in one index. */
  answered: number;
  comparisons: (Comparison & { kind: string })[];
  oneIndexMs?: number;
}

/** `chunkSize`: write the one index anew with Pagefind index chunks of that size (default: one chunk, written when missing). */
export async function searchAgreement(siteDir: string, articlesDir: string, count: number, seed: number, chunkSize?: number): Promise<AgreementReport> {
  let oneIndexMs: number | undefined;
  if (chunkSize !== undefined || !fs.existsSync(path.join(siteDir, ONE_INDEX_FOLDER, "pagefind.js"))) {
    const started = performance.now();
    fs.rmSync(path.join(siteDir, ONE_INDEX_FOLDER), { recursive: true, force: true });
    await writeOneIndex(siteDir, chunkSize);
    oneIndexMs = Math.round(performance.now() - started);
  }
  const queries = drawQueries(readArticleWords(articlesDir, mergedBundles(siteDir)), count, seed);
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const reference = await context.newPage();
    await reference.goto(`${server.origin}/search/`);
    const comparisons: AgreementReport["comparisons"] = [];
    for (const { q, kind } of queries) {
      const expected = await oneIndexAnswer(reference, q);
      comparisons.push({ ...compareAnswers(q, expected, await searchPageAnswer(page, server.origin, q)), kind });
    }
    return {
      queries: comparisons.length,
      sameSet: comparisons.filter((c) => c.sameSet).length,
      sameTop: comparisons.filter((c) => c.sameTop).length,
      answered: comparisons.filter((c) => c.oneIndex > 0).length,
      comparisons,
      oneIndexMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printAgreement(report: AgreementReport): void {
  console.log(`queries: ${report.queries} (${report.answered} with results in one index)${report.oneIndexMs ? `; one index written in ${report.oneIndexMs} ms` : ""}`);
  console.log(`same result set as one index: ${report.sameSet} / ${report.queries}`);
  console.log(`same top ten (relevance; ties in one index allowed): ${report.sameTop} / ${report.queries}`);
  for (const c of report.comparisons.filter((c) => !c.sameSet || !c.sameTop)) {
    console.log(`  ${c.sameSet ? "order" : "SET  "} "${c.q}" (${c.kind}): one index ${c.oneIndex}, search page ${c.sharded} (missing ${c.missing}, extra ${c.extra})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { site: { type: "string" }, articles: { type: "string" }, queries: { type: "string", default: "100" }, seed: { type: "string", default: "7" }, "chunk-size": { type: "string" }, out: { type: "string" } } });
  if (!values.site || !values.articles) {
    console.error("usage: tsx scripts/bench/search-agreement.ts --site DIR --articles DIR [--queries 100] [--seed 7] [--out FILE.json]");
    process.exit(2);
  }
  const report = await searchAgreement(path.resolve(values.site), path.resolve(values.articles), Number(values.queries), Number(values.seed), values["chunk-size"] ? Number(values["chunk-size"]) : undefined);
  printAgreement(report);
  if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.exit(report.sameSet === report.queries ? 0 : 1);
}
