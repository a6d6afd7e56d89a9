// Pagefind writes its three ready-made search interfaces into every bundle (~374 KB). The site
// loads none of them: its search page runs on Pagefind's JS API (layouts/assets/search.js) and
// article pages load only pagefind-highlight.js. They are removed so they are not published.
import fs from "node:fs";
import path from "node:path";

export const UNUSED_UI_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
] as const;

export function removeUnusedUi(bundleDir: string): void {
  for (const name of UNUSED_UI_FILES) fs.rmSync(path.join(bundleDir, name), { force: true });
}
