// Reads the normalized articles (content/articles/*.md) back: front matter checked against the
// contract, body kept as markdown. A bad file is a message, never a crash.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from "../article-schema.ts";
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

export function parseArticle(file: string, text: string): { article?: ArticleSource; message?: Message } {
  const slug = path.basename(file, ".md");
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object keeps gray-matter from caching every file's result in memory.
    parsed = matter(text, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { message: { file, line: 1, severity: "warning", ruleId: "article-front-matter", reason: `front matter does not parse: ${reason}` } };
  }
  const result = ArticleFrontMatterSchema.safeParse(undate(parsed.data));
  if (!result.success) {
    const reason = result.error.issues.map((issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`).join("; ");
    return { message: { file, line: 1, severity: "warning", ruleId: "article-schema", reason: `article skipped, front matter breaks the contract: ${reason}` } };
  }
  return { article: { slug, file, frontMatter: result.data, body: parsed.content } };
}

export function loadArticles(articlesDir: string): LoadedArticles {
  const articles: ArticleSource[] = [];
  const messages: Message[] = [];
  if (!fs.existsSync(articlesDir)) return { articles, messages };
  const names = fs.readdirSync(articlesDir).filter((name) => name.endsWith(".md")).sort();
  for (const name of names) {
    const file = path.join(articlesDir, name);
    const { article, message } = parseArticle(file, fs.readFileSync(file, "utf8"));
    if (article) articles.push(article);
    if (message) messages.push(message);
  }
  return { articles, messages };
}
