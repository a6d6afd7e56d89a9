// The reference a Hugo user would reach for: Hugo renders the same normalized articles (article
// pages plus actor, place and outlet term pages through taxonomies, with simple well-written
// layouts), then the Pagefind CLI indexes them into a clean output folder. Both are timed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { measureCommand, type MeasuredRun } from "./measure-process.ts";
import { siteStats, type SiteStats } from "./site-stats.ts";

export interface HugoRun {
  hugo: MeasuredRun;
  pagefind: MeasuredRun;
  stats: SiteStats;
}

export function hugoUnavailable(): string | undefined {
  const found = spawnSync("hugo", ["version"], { encoding: "utf8" });
  if (found.error || found.status !== 0) return "hugo is not installed (Debian: apt-get install -y hugo); the baseline is optional";
  return undefined;
}

export function hugoVersion(): string {
  return spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.trim().split(" ").slice(0, 2).join(" ");
}

const config = `baseURL = "http://127.0.0.1/"
languageCode = "en"
title = "News archive (Hugo baseline)"
disableKinds = ["RSS"]
enableRobotsTXT = false
paginate = 50

[taxonomies]
  actor = "actors"
  place = "places"
  outlet = "outlet"

[permalinks]
  articles = "/articles/:filename/"

[markup.goldmark.renderer]
  unsafe = false
`;

const layouts: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
</head>
<body>
<header>
  <a href="{{ "/" | relURL }}">{{ site.Title }}</a>
  <nav><a href="{{ "/articles/" | relURL }}">Articles</a> <a href="{{ "/actors/" | relURL }}">Actors</a> <a href="{{ "/places/" | relURL }}">Places</a> <a href="{{ "/outlet/" | relURL }}">Outlets</a></nav>
  <form action="{{ "/search/" | relURL }}" method="get" role="search"><label>Search <input type="search" name="q"></label></form>
</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  "partials/terms.html": `{{ $page := .page }}{{ $taxonomy := .taxonomy }}{{ with $page.GetTerms $taxonomy }}<p>{{ $taxonomy | title }}: {{ range $i, $term := . }}{{ if $i }}, {{ end }}<a href="{{ $term.RelPermalink }}" data-pagefind-filter="{{ $taxonomy }}">{{ $term.LinkTitle }}</a>{{ end }}</p>{{ end }}`,
  "partials/article-item.html": `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.outlet }} · {{ . }}{{ end }}</li>`,
  "_default/single.html": `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}" data-pagefind-sort="date:{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.outlet }} · <span data-pagefind-filter="outlet">{{ . }}</span>{{ end }}</p>
{{ .Content }}
{{ partial "terms.html" (dict "page" . "taxonomy" "actors") }}
{{ partial "terms.html" (dict "page" . "taxonomy" "places") }}
</article>{{ end }}
`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Paginate .Pages.ByDate.Reverse }}<ul>{{ range $pages.Pages }}{{ partial "article-item.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  "_default/taxonomy.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  "_default/term.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} articles</p>
{{ $pages := .Paginate .Pages.ByDate.Reverse }}<ul>{{ range $pages.Pages }}{{ partial "article-item.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  "index.html": `{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range first 20 (where site.RegularPages "Section" "articles").ByDate.Reverse }}{{ partial "article-item.html" . }}{{ end }}</ul>{{ end }}
`,
};

/** Hugo reads a front-matter `url` as the page's own URL: keep the source URL under another key. */
function forHugo(article: string): string {
  const end = article.indexOf("\n---", 3);
  if (!article.startsWith("---") || end < 0) return article;
  return article.slice(0, end).replace(/^url:/m, "source_url:") + article.slice(end);
}

/** Writes a Hugo site whose content is a copy of the normalized articles. */
export function writeHugoSite(articlesDir: string, hugoDir: string): number {
  fs.rmSync(hugoDir, { recursive: true, force: true });
  const content = path.join(hugoDir, "content/articles");
  fs.mkdirSync(content, { recursive: true });
  fs.writeFileSync(path.join(hugoDir, "config.toml"), config);
  for (const [file, text] of Object.entries(layouts)) {
    const target = path.join(hugoDir, "layouts", file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  let count = 0;
  for (const name of fs.readdirSync(articlesDir)) {
    if (!name.endsWith(".md")) continue;
    fs.writeFileSync(path.join(content, name), forHugo(fs.readFileSync(path.join(articlesDir, name), "utf8")));
    count++;
  }
  fs.writeFileSync(path.join(content, "_index.md"), `---\ntitle: "Articles"\n---\n`);
  return count;
}

/** One clean run: Hugo into an empty public/, then the Pagefind CLI over it. */
export async function runHugoBaseline(hugoDir: string, projectRoot: string): Promise<HugoRun> {
  const publicDir = path.join(hugoDir, "public");
  fs.rmSync(publicDir, { recursive: true, force: true });
  fs.rmSync(path.join(hugoDir, "resources"), { recursive: true, force: true });
  const hugo = await measureCommand("hugo", ["--quiet", "--source", hugoDir, "--destination", publicDir], { cwd: hugoDir });
  if (hugo.exitCode !== 0) throw new Error(`hugo failed: ${hugo.stderr.trim().split("\n").slice(-5).join(" / ")}`);
  const pagefindBin = path.join(projectRoot, "node_modules/.bin/pagefind");
  const pagefind = await measureCommand(pagefindBin, ["--site", publicDir, "--quiet"], { cwd: hugoDir });
  if (pagefind.exitCode !== 0) throw new Error(`pagefind failed: ${pagefind.stderr.trim().split("\n").slice(-5).join(" / ")}`);
  return { hugo, pagefind, stats: siteStats(publicDir) };
}
