// The archive steps from captures to article files (stages 7–8 of src/normalize/README.md):
// captures of one story merged, missing years inferred, related articles chosen, each article
// rendered with its address and written. Each step lets go of its input once it has used it.
import { inferYears } from "../normalize/infer-year.ts";
import { emptyMergeMemory, mergeDuplicates } from "../normalize/merge-duplicates.ts";
import { relateArticles } from "../normalize/relate-articles.ts";
import { SharedWords } from "../normalize/shared-words.ts";
import { renderArticle, writeArticleFiles, type RenderedArticles } from "../normalize/write-article.ts";
import { writes, type ArchiveRun } from "./archive-run.ts";
import { appendAll } from "../append-all.ts";

/**
 * What a process that keeps its captures warm (npm start) need not redo for an unchanged capture:
 * its one-capture article, whether it and another are one story, and its article's file while its
 * front matter is the same. Keyed by the capture objects, so an edited capture (a new object) is
 * merged and rendered afresh.
 */
const warm = { merged: emptyMergeMemory(), rendered: new WeakMap() as RenderedArticles };
const keptIfWarm = <T>(run: ArchiveRun, kept: T): T | undefined => (run.options.keepCacheWarm ? kept : undefined);

export function mergeCaptures(run: ArchiveRun): void {
  run.merged = mergeDuplicates(run.captures, run.fingerprints, keptIfWarm(run, warm.merged));
  run.captures = [];
  run.fingerprints = [];
  run.words = new SharedWords();
}

export function inferMissingYears(run: ArchiveRun): void {
  const { articles, messages } = inferYears(run.merged);
  run.merged = [];
  run.dated = articles;
  appendAll(run.messages, messages);
}

export function relateSimilarArticles(run: ArchiveRun): void {
  run.related = relateArticles(run.dated);
  run.dated = [];
  // Term counts served the similarity search only.
  for (const article of run.related) article.terms = new Map();
}

/** Each article's front matter (checked against the schema) and body, in slug order. */
export function renderArticleFiles(run: ArchiveRun): void {
  for (const article of run.related) {
    const rendered = renderArticle(article, run.plan!.slugs, keptIfWarm(run, warm.rendered));
    run.messages.push(...rendered.messages);
    if (rendered.file) run.files.push(rendered.file);
  }
  run.related = [];
  run.files.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Writes the article files (and removes stale ones); with deferWrites, starts the write and leaves it in `written`. */
export async function writeArticles(run: ArchiveRun): Promise<void> {
  if (!writes(run)) return;
  const writing = writeArticleFiles(run.options.articlesDir, run.files);
  if (run.options.deferWrites) run.written = writing;
  else run.messages.push(...(await writing));
}
