// Hashes of every file of a folder, by relative path: equal maps mean byte-identical trees.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function treeHashes(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hashes.set(path.relative(root, full), crypto.createHash("sha256").update(fs.readFileSync(full, "latin1"), "latin1").digest("hex"));
    }
  };
  walk(root);
  return hashes;
}

export function treeHash(root: string): string {
  const all = crypto.createHash("sha256");
  for (const [file, hash] of treeHashes(root)) all.update(`${file}\0${hash}\n`);
  return all.digest("hex");
}

export function htmlFiles(root: string): string[] {
  return [...treeHashes(root).keys()].filter((file) => file.endsWith(".html")).sort();
}
