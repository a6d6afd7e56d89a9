// The build report, published with the site: /report/report.json for tools and /report/ for
// people. It lists every capture with the article it went into, and every message.
// Deterministic on purpose: no timestamps or durations (those go to --timings).
import fs from "node:fs";
import path from "node:path";
import { messageHint, type Message } from "../messages.ts";
import { captureFileOf } from "../normalize/warc-records.ts";
import { type CurationReport, curationReport } from "../report/curation-report.ts";
import type { Archive } from "../site/archive-types.ts";
import { articlePath } from "../site/families/article-pages.ts";
import { REPORT_PATH } from "../site/families/site-files.ts";
import { html } from "../site/html.ts";
import { pageShell } from "../site/page-shell.ts";
import { linker } from "../site/partials.ts";

export interface BuildReport {
  outcome: "built" | "built-with-warnings";
  counts: { captures: number; articles: number; actors: number; places: number; outlets: number; warnings: number; errors: number };
  captures: { file: string; article: string | null }[];
  messages: Message[];
  curation: Omit<CurationReport, "captures" | "problems">;
}

export function createReport(archive: Archive, captureFiles: readonly string[], messages: readonly Message[]): BuildReport {
  const articleOf = new Map<string, string>();
  // A web archive stands for its records: it is listed with the first article one of them became.
  for (const article of archive.articles) for (const source of article.sources) for (const name of [source.name, captureFileOf(source.name)]) if (!articleOf.has(name)) articleOf.set(name, article.slug);
  const warnings = messages.filter((message) => message.severity === "warning").length;
  const errors = messages.filter((message) => message.severity === "error").length;
  return {
    outcome: warnings + errors > 0 ? "built-with-warnings" : "built",
    counts: {
      captures: captureFiles.length,
      articles: archive.articles.length,
      actors: archive.actors.length,
      places: archive.places.length,
      outlets: archive.outlets.length,
      warnings,
      errors,
    },
    captures: [...captureFiles].sort().map((file) => ({ file, article: articleOf.get(file) ?? null })),
    messages: [...messages],
    curation: (({ unknownNames, undated, uncertainDates, merged }) => ({ unknownNames, undated, uncertainDates, merged }))(
      curationReport(captureFiles, archive.articles.map((a) => ({ slug: a.slug, date: a.date, captured: a.captured, sources: a.sources.map((s) => s.name), provenance: a.provenance })), messages),
    ),
  };
}

export function writeReport(siteDir: string, archive: Archive, report: BuildReport): void {
  const u = linker(archive.config);
  const dir = path.join(siteDir, REPORT_PATH);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "report.json"), `${JSON.stringify(report, null, 1)}\n`);
  const counts = Object.entries(report.counts);
  const body = html`<h1>Build report</h1>
<p>Outcome: <strong>${report.outcome === "built" ? "built, no problems found" : "built, with the problems listed below"}</strong>. Machine-readable: <a href="${u(`${REPORT_PATH}report.json`)}">report.json</a>.</p>
<ul class="counted counted--columns">${counts.map(([name, count]) => html`<li>${name} <span class="count">${count}</span></li>`)}</ul>
<h2>Names no registry knows</h2>
${report.curation.unknownNames.length === 0
    ? html`<p class="empty">None: every name was found in the registries.</p>`
    : html`<ul>${report.curation.unknownNames.map((n) => html`<li>${n.name} (${n.kind}) in ${n.files.map((f) => html`<code>${f}</code> `)}</li>`)}</ul>`}
<h2>Undated articles</h2>
${report.curation.undated.length === 0
    ? html`<p class="empty">None: every article has a date.</p>`
    : html`<p>Nothing in these captures dates the story; add a <code>date</code> to the capture's header if it is known.</p>
<ul>${report.curation.undated.map((d) => html`<li><a href="${u(articlePath(d.article))}">${d.article}</a>${d.captured ? html`: captured ${d.captured.slice(0, 10)}` : ""} (${d.sources.map((s) => html`<code>${s}</code> `)})</li>`)}</ul>`}
<h2>Dates to check</h2>
${report.curation.uncertainDates.length === 0
    ? html`<p class="empty">None: every date came from a dateline or a header.</p>`
    : html`<ul>${report.curation.uncertainDates.map((d) => html`<li><a href="${u(articlePath(d.article))}">${d.article}</a>: ${d.date} (${d.rule}, ${d.confidence})</li>`)}</ul>`}
<h2>Captures merged as one story</h2>
${report.curation.merged.length === 0
    ? html`<p class="empty">None.</p>`
    : html`<ul>${report.curation.merged.map((m) => html`<li><a href="${u(articlePath(m.article))}">${m.article}</a>: ${m.sources.map((s) => html`<code>${s}</code> `)}</li>`)}</ul>`}
<h2>Messages</h2>
${report.messages.length === 0
    ? html`<p class="empty">None.</p>`
    : html`<table class="report-table"><thead><tr><th scope="col">Where</th><th scope="col">Severity</th><th scope="col">Reason</th><th scope="col">Rule</th><th scope="col">What to do</th></tr></thead><tbody>
${report.messages.map((m) => html`<tr><td><code>${m.file}${m.line ? `:${m.line}` : ""}${m.line && m.column ? `:${m.column}` : ""}</code></td><td>${m.severity}</td><td>${m.reason}</td><td><code>${m.ruleId}</code></td><td>${messageHint(m) ?? ""}</td></tr>`)}
</tbody></table>`}
<h2>Captures</h2>
<table class="report-table"><thead><tr><th scope="col">Capture</th><th scope="col">Article</th></tr></thead><tbody>
${report.captures.map((capture) => html`<tr><td><code>${capture.file}</code></td><td>${capture.article ? html`<a href="${u(articlePath(capture.article))}">${capture.article}</a>` : "not in any article"}</td></tr>`)}
</tbody></table>`;
  fs.writeFileSync(
    path.join(dir, "index.html"),
    pageShell({ config: archive.config, path: REPORT_PATH, title: "Build report", description: "What the last build read, produced and found wrong.", body, noIndex: true }),
  );
}
