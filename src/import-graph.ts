// The relative imports of a source file, read from its text: enough to know which of our own
// files a module runs (the normalize cache's version) and to find circles among them (a test).
import fs from "node:fs";
import path from "node:path";

const RELATIVE_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']/gm;

/** The files a source file imports by relative path (type-only imports included), as full paths. */
export function relativeImports(file: string): string[] {
  return [...fs.readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/** The source files a module runs, itself included: its relative imports followed to the end, sorted. */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>([entry]);
  for (const file of seen) for (const target of relativeImports(file)) seen.add(target);
  return [...seen].sort();
}
