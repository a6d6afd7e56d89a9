// Minifies a script or style sheet in place with esbuild: the published site's own assets
// (src/publish/publish-assets.ts) and Pagefind's search script (src/search/index-site.ts), which
// come before a reader's first search results. Without a module format esbuild keeps a script's
// own (an ES module's imports and exports, a classic script's top-level names), renaming only
// inner names; the output is the same for the same input.
import fs from "node:fs";
import { transformSync } from "esbuild";

export type MinifiedKind = "js" | "css";

export function minifyInPlace(file: string, loader: MinifiedKind): void {
  const { code } = transformSync(fs.readFileSync(file, "utf8"), { loader, minify: true, legalComments: "none", sourcefile: file });
  fs.writeFileSync(file, code);
}
