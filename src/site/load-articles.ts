// Reads the normalized articles (content/articles/*.md) back: front matter checked against the
// contract, body kept as markdown. A bad file is a message, never a crash.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from "../article-schema.ts";
import { frontMatterFieldLine } from "../front-matter-field-line.ts";
import type { Message } from "../messages.ts";

export interface ArticleSource {
  slug: string;
  file: string;
  frontMatter: ArticleFrontMatter;
  body: string;
}

export interface LoadedArticles {
  articles: ArticleSource[];
  messages: Message[];
}

/** gray-matter's YAML turns unquoted dates into Date objects; the contract wants ISO strings. */
function undate(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (Array.isArray(value)) return value.map(undate);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, undate(inner)]));
  }
  return value;
}

/** A YAML error's line in the file: js-yaml counts from 0 within the front matter, after the opening `---`. */
function yamlErrorLine(error: unknown): number {
  const mark = (error as { mark?: { line?: number } } | undefined)?.mark;
  return typeof mark?.line === "number" ? mark.line + 2 : 1;
}

/** The article, or why it is skipped: one message per problem, each at its field's line when it is written. */
export function parseArticle(file: string, text: string): { article?: ArticleSource; messages: Message[] } {
  const slug = path.basename(file, ".md");
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object keeps gray-matter from caching every file's result in memory.
    parsed = matter(text, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { messages: [{ file, line: yamlErrorLine(error), severity: "warning", ruleId: "article-front-matter", reason: `front matter does not parse: ${reason}` }] };
  }
  const result = ArticleFrontMatterSchema.safeParse(undate(parsed.data));
  if (!result.success) return { messages: result.error.issues.map((issue) => schemaMessage(file, issue, frontMatterFieldLine(text, issue.path))) };
  return { article: { slug, file, frontMatter: result.data, body: parsed.content }, messages: [] };
}

/** An article skipped for one schema issue: at the field's line when known, and always naming the field. */
function schemaMessage(file: string, issue: { path: PropertyKey[]; message: string }, line: number | undefined): Message {
  const field = issue.path.map(String).join(".");
  return {
    file,
    line,
    severity: "warning",
    ruleId: "article-schema",
    reason: `article skipped, front matter breaks the contract: ${field || "front matter"}: ${issue.message}`,
    ...(field ? { data: { field } } : {}),
  };
}

export function loadArticles(articlesDir: string): LoadedArticles {
  const articles: ArticleSource[] = [];
  const messages: Message[] = [];
  if (!fs.existsSync(articlesDir)) return { articles, messages };
  const names = fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md")).sort();
  for (const name of names) {
    const file = path.join(articlesDir, name);
    const parsed = parseArticle(file, fs.readFileSync(file, "utf8"));
    if (parsed.article) articles.push(parsed.article);
    messages.push(...parsed.messages);
  }
  return { articles, messages };
}
