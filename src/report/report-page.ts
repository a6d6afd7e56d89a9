// /report/: the maintainer's working page (not linked from the reader's pages), ordered by what to
// do first: errors, then titles and dates to check (by capture file, with the header field that
// fixes each), names no registry knows, other warnings, merged captures, and every capture.
import { messageHint, type Message } from "../messages.ts";
import type { Archive, ArticleView } from "../site/archive-types.ts";
import { articlePath } from "../site/families/article-pages.ts";
import { REPORT_PATH } from "../site/families/site-files.ts";
import { html, type SafeHtml } from "../site/html.ts";
import { pageShell } from "../site/page-shell.ts";
import { linker, plural, type Link } from "../site/partials.ts";
import { chromeLikeTitle } from "./chrome-title.ts";
import type { CurationReport } from "./curation-report.ts";

/** What the page needs of the build report (write-report.ts). */
export interface ReportPageData {
  outcome: "built" | "built-with-warnings";
  counts: Record<string, number>;
  captures: { file: string; article: string | null }[];
  messages: Message[];
  curation: Omit<CurationReport, "captures" | "problems">;
}

/** A title or date a maintainer should look at, and the capture header field that fixes it. */
export interface HeaderCheck {
  capture: string;
  article: string;
  field: "title" | "date";
  now: string;
  why: string;
  /** Lower is more urgent (CHECK_ORDER). */
  rank: number;
}

/** In the order a maintainer should work: a wrong headline is shown everywhere; an undated story is lost in every date order. */
const CHECK_ORDER = ["title looks like page chrome", "nothing dates it", "date inferred", "title derived from the text"] as const;

function checksOf(article: ArticleView, uncertain: ReadonlyMap<string, CurationReport["uncertainDates"][number]>): HeaderCheck[] {
  const capture = article.sources[0]?.name ?? article.slug;
  const check = (field: HeaderCheck["field"], now: string, reason: (typeof CHECK_ORDER)[number], detail: string): HeaderCheck =>
    ({ capture, article: article.slug, field, now, why: `${reason}${detail}`, rank: CHECK_ORDER.indexOf(reason) });
  const checks: HeaderCheck[] = [];
  const chrome = chromeLikeTitle(article.title, article.outlet.unidentified ? undefined : article.outlet.name);
  if (chrome) checks.push(check("title", article.title, "title looks like page chrome", ` (${chrome})`));
  else if (article.titleDerived) checks.push(check("title", article.title, "title derived from the text", ": the capture has no headline line"));
  if (!article.date) checks.push(check("date", "Undated", "nothing dates it", article.captured ? `; captured ${article.captured.slice(0, 10)}` : ""));
  const date = uncertain.get(article.slug);
  if (date) checks.push(check("date", date.date.slice(0, 10), "date inferred", ` (${date.rule}, ${date.confidence} confidence)`));
  return checks;
}

export function headerChecks(archive: Archive, curation: ReportPageData["curation"]): HeaderCheck[] {
  const uncertain = new Map(curation.uncertainDates.map((entry) => [entry.article, entry]));
  return archive.articles.flatMap((article) => checksOf(article, uncertain)).sort((a, b) => a.rank - b.rank || (a.capture < b.capture ? -1 : a.capture > b.capture ? 1 : 0));
}

const where = (m: Message) => `${m.file}${m.line ? `:${m.line}` : ""}${m.line && m.column ? `:${m.column}` : ""}`;

/**
 * A message's row, by message object: npm start's next build meets most messages again (the same
 * objects, write-report.ts), and a row has no link, so it is the same markup.
 */
const messageRows = new WeakMap<Message, SafeHtml>();
function messageRow(m: Message): SafeHtml {
  let row = messageRows.get(m);
  if (row === undefined) messageRows.set(m, (row = html`<tr><td data-label="Where"><code>${where(m)}</code></td><td data-label="Problem">${m.reason} <code>${m.ruleId}</code></td><td data-label="What to do">${messageHint(m) ?? ""}</td></tr>`));
  return row;
}

function messageTable(messages: readonly Message[]): SafeHtml {
  return html`<table class="report-table"><thead><tr><th scope="col">Where</th><th scope="col">Problem</th><th scope="col">What to do</th></tr></thead><tbody>
${messages.map(messageRow)}
</tbody></table>`;
}

/**
 * The rows of the captures table by capture file and article, for the site path they link under:
 * an add changes a row or two of the ~10,000 at 10,000 captures. Only the last build's rows are kept.
 */
let captureRows: { prefix: string; rows: Map<string, SafeHtml> } = { prefix: "", rows: new Map() };
function captureTable(u: Link, captures: ReportPageData["captures"]): SafeHtml[] {
  const prefix = u("/");
  const known = captureRows.prefix === prefix ? captureRows.rows : new Map<string, SafeHtml>();
  const rows = new Map<string, SafeHtml>();
  const markup = captures.map((capture) => {
    const key = `${capture.file}\0${capture.article ?? ""}`;
    const row = known.get(key) ?? html`<tr><td data-label="Capture"><code>${capture.file}</code></td><td data-label="Article">${capture.article ? html`<a href="${u(articlePath(capture.article))}">${capture.article}</a>` : "not in any article"}</td></tr>`;
    rows.set(key, row);
    return row;
  });
  captureRows = { prefix, rows };
  return markup;
}

/** The header line to write: the field with a placeholder (a date shown is to be confirmed or corrected). */
const fixLine = (c: HeaderCheck) => (c.field === "date" ? `date: "${c.now === "Undated" ? "YYYY-MM-DD" : c.now}"` : 'title: "…"');

function checksTable(u: Link, checks: readonly HeaderCheck[]): SafeHtml {
  return html`<table class="report-table report-table--checks"><thead><tr><th scope="col">Capture</th><th scope="col">Now</th><th scope="col">Why</th><th scope="col">Fix in its header</th></tr></thead><tbody>
${checks.map((c) => html`<tr><td data-label="Capture"><code>${c.capture}</code></td><td data-label="Now"><a href="${u(articlePath(c.article))}">${c.now}</a></td><td data-label="Why">${c.why}</td><td data-label="Fix in its header"><code>${fixLine(c)}</code></td></tr>`)}
</tbody></table>`;
}

/** The first steps, with counts, each leading to its section. */
function todo(errors: number, checks: readonly HeaderCheck[], names: number, warnings: number): SafeHtml {
  const steps: [number, string, string][] = [
    [errors, "errors", "captures that could not be built"],
    [checks.length, "checks", "titles and dates to check"],
    [names, "names", "names no registry knows"],
    [warnings, "warnings", "other warnings"],
  ];
  const open = steps.filter(([count]) => count > 0);
  if (open.length === 0) return html`<p>Nothing to do: no errors, no titles or dates to check, every name known.</p>`;
  return html`<ol class="report-todo">${open.map(([count, id, what]) => html`<li><a href="#${id}">${count} ${what}</a></li>`)}</ol>`;
}

export function reportPage(archive: Archive, report: ReportPageData): string {
  const u = linker(archive.config);
  const errors = report.messages.filter((m) => m.severity === "error");
  const warnings = report.messages.filter((m) => m.severity === "warning");
  const checks = headerChecks(archive, report.curation);
  const { unknownNames, merged } = report.curation;
  const body = html`<h1>Build report</h1>
<p>Outcome: <strong>${report.outcome === "built" ? "built, no problems found" : "built, with the problems listed below"}</strong>. ${Object.entries(report.counts).map(([name, count], i) => html`${i > 0 ? ", " : ""}${count} ${name}`)}. Machine-readable: <a href="${u(`${REPORT_PATH}report.json`)}">report.json</a>.</p>
<h2>What to do first</h2>
${todo(errors.length, checks, unknownNames.length, warnings.length)}
<h2 id="errors">Errors</h2>
${errors.length === 0 ? html`<p class="empty">None.</p>` : messageTable(errors)}
<h2 id="checks">Titles and dates to check</h2>
${checks.length === 0
    ? html`<p class="empty">None: every title came from a headline line and every date from a header, URL or dateline.</p>`
    : html`<p>By capture file, most urgent first. Write the right value into the capture's header (<code>title: "…"</code>, <code>date: "2017-10-16"</code>), or run <code>npm run add -- CAPTURE --title "…" --date YYYY-MM-DD</code>.</p>${checksTable(u, checks)}`}
<h2 id="names">Names no registry knows</h2>
${unknownNames.length === 0
    ? html`<p class="empty">None: every name was found in the registries.</p>`
    : html`<p>Most frequent first. Add each to <code>content/registry/</code> (or as an alias of a known name).</p><ul class="report-list">${unknownNames.map((n) => html`<li>${n.name} (${n.kind}) in ${n.files.map((f) => html`<code>${f}</code> `)}</li>`)}</ul>`}
<h2 id="warnings">Other warnings</h2>
${warnings.length === 0 ? html`<p class="empty">None.</p>` : messageTable(warnings)}
<h2>Captures merged as one story</h2>
${merged.length === 0
    ? html`<p class="empty">None.</p>`
    : html`<ul class="report-list">${merged.map((m) => html`<li><a href="${u(articlePath(m.article))}">${m.article}</a>: ${m.sources.map((s) => html`<code>${s}</code> `)}</li>`)}</ul>`}
<h2>Captures</h2>
<p>${plural(report.captures.length, "capture")}, each with the article it went into.</p>
<table class="report-table"><thead><tr><th scope="col">Capture</th><th scope="col">Article</th></tr></thead><tbody>
${captureTable(u, report.captures)}
</tbody></table>`;
  return pageShell({ config: archive.config, path: REPORT_PATH, title: "Build report", description: "What the last build read, produced and found wrong.", body, noIndex: true });
}
