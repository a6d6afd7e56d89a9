// Renders the page templates (layouts/*.11ty.ts) the way Eleventy does for this site — each
// template's `data.pagination` over the archive (size 1) and `data.permalink` — but in memory,
// without Eleventy's per-page template objects, data proxies and per-file mkdir. The output is
// byte-identical to Eleventy's (tests/site/render-pages.test.ts builds both and compares); the
// build uses it because Eleventy's overhead was ~60 % of render time at 10,000 articles, and
// because an incremental build must know each page's bytes before deciding what to rewrite.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Archive } from "../site/archive-types.ts";

export interface RenderedPage {
  /** Output file relative to the site folder, with forward slashes: "articles/x/index.html". */
  file: string;
  content: string;
}

interface Pagination {
  data: string;
  size: number;
  alias: string;
}

interface TemplateModule {
  data?: { permalink?: string | ((data: Record<string, unknown>) => string); pagination?: Pagination };
  render(data: Record<string, unknown>): string;
}

export interface PageTemplate {
  name: string;
  /** One entry per output page, in pagination order; render on demand. */
  pages: { file: string; render: () => string }[];
}

function lookup(root: Record<string, unknown>, dotted: string): unknown {
  let value: unknown = root;
  for (const key of dotted.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** The site file a permalink writes ("/x/" → "x/index.html"); a permalink leaving the site folder is a template's mistake. */
export function outputFile(permalink: string, template: string): string {
  const file = permalink.endsWith("/") ? `${permalink}index.html` : permalink;
  const relative = path.posix.normalize(file.replace(/^\/+/, ""));
  if (relative.startsWith("..") || relative === "." || relative === "") throw new Error(`${template}: permalink "${permalink}" leaves the site folder`);
  return relative;
}

/** Loads every `*.11ty.ts` template of a folder and lists the pages each one produces. */
export async function loadTemplates(layoutsDir: string, archive: Archive): Promise<PageTemplate[]> {
  const names = fs.readdirSync(layoutsDir).filter((name) => name.endsWith(".11ty.ts")).sort();
  const templates: PageTemplate[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const module = (await import(pathToFileURL(path.join(layoutsDir, name)).href)) as TemplateModule;
    const { permalink, pagination } = module.data ?? {};
    if (typeof module.render !== "function" || permalink === undefined) throw new Error(`${name}: a page template needs data.permalink and render()`);
    const items: Record<string, unknown>[] = [];
    if (pagination) {
      if (pagination.size !== 1) throw new Error(`${name}: only pagination size 1 is supported`);
      const list = lookup({ archive }, pagination.data);
      if (!Array.isArray(list)) throw new Error(`${name}: pagination data "${pagination.data}" is not a list`);
      for (const item of list) items.push({ archive, [pagination.alias]: item });
    } else items.push({ archive });
    const pages = items.map((data) => {
      const file = outputFile(typeof permalink === "function" ? permalink(data) : permalink, name);
      const other = seen.get(file);
      if (other) throw new Error(`${name} and ${other} both write ${file}`);
      seen.set(file, name);
      return { file, render: () => module.render(data) };
    });
    templates.push({ name, pages });
  }
  return templates;
}

/**
 * Creates folders once each (Eleventy calls a recursive mkdir for every file), on libuv's threads:
 * a mkdir here often waits on the file system's journal, and the render loop need not wait with it.
 */
export class FolderMaker {
  private readonly made = new Map<string, Promise<void>>();
  constructor(private readonly root: string) {}
  ensure(relativeDir: string): Promise<void> {
    if (relativeDir === "" || relativeDir === ".") return Promise.resolve();
    let made = this.made.get(relativeDir);
    if (!made) {
      made = this.ensure(path.posix.dirname(relativeDir)).then(() =>
        fs.promises.mkdir(path.join(this.root, relativeDir)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== "EEXIST") throw error;
        }),
      );
      this.made.set(relativeDir, made);
    }
    return made;
  }
  /** The absolute path of a site file, once its folder exists. */
  async fileFor(relativeFile: string): Promise<string> {
    await this.ensure(path.posix.dirname(relativeFile));
    return path.join(this.root, relativeFile);
  }
}
