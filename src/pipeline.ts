// STUB, to be replaced by the normalizer: the ordered list of normalize stages.
import type { Message } from "./messages.ts";
import type { ArticleFrontMatter } from "./article-schema.ts";

export interface NormalizeOptions {
  sourcesDir: string;
  articlesDir: string;
  registryDir: string;
}

export interface NormalizedArticle {
  slug: string;
  frontMatter: ArticleFrontMatter;
  body: string;
}

export interface NormalizeResult {
  articles: NormalizedArticle[];
  messages: Message[];
}

export async function normalizeArchive(_options: NormalizeOptions): Promise<NormalizeResult> {
  return { articles: [], messages: [] };
}
