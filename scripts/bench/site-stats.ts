// What a build left on disk: pages written, total output size, and the search index's size.
import fs from "node:fs";
import path from "node:path";

export interface SiteStats {
  /** HTML files outside the index, not counting Hugo's `page/1/` redirect stubs. */
  htmlPages: number;
  files: number;
  outputBytes: number;
  /** Bytes under <site>/pagefind* (pagefind/, and shard folders such as pagefind-shards/): index, fragments, wasm, UI files. */
  indexBytes: number;
  indexFiles: number;
}

export function siteStats(siteDir: string, indexDirName = "pagefind"): SiteStats {
  const stats: SiteStats = { htmlPages: 0, files: 0, outputBytes: 0, indexBytes: 0, indexFiles: 0 };
  const walk = (dir: string, inIndex: boolean) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full, inIndex || (dir === siteDir && entry.name.startsWith(indexDirName)));
        continue;
      }
      const size = fs.statSync(full).size;
      stats.files++;
      stats.outputBytes += size;
      if (inIndex) {
        stats.indexBytes += size;
        stats.indexFiles++;
      } else if (entry.name.endsWith(".html") && !/[\\/]page[\\/]1$/.test(dir)) stats.htmlPages++; // Hugo's page/1 redirects are not pages
    }
  };
  if (fs.existsSync(siteDir)) walk(siteDir, false);
  return stats;
}

export const MiB = 1024 * 1024;
