// Copies a folder's files (sorted, recursive) into another; used for static assets.
import fs from "node:fs";
import path from "node:path";

export function copyTree(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copied += copyTree(source, target);
    else if (entry.isFile()) {
      fs.copyFileSync(source, target);
      copied++;
    }
  }
  return copied;
}
