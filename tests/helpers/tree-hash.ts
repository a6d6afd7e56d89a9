// Hashes of every file of a folder, by relative path: equal maps mean byte-identical trees. A site's
// build id (BUILD_ID_FILE, src/publish/site-manifest.ts) is left out: it is new at every build by
// design, and it is all that differs between two builds of the same input.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BUILD_ID_FILE } from "../../src/publish/site-manifest.ts";

export function treeHashes(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (dir !== root || entry.name !== BUILD_ID_FILE) hashes.set(path.relative(root, full), crypto.createHash("sha256").update(fs.readFileSync(full, "latin1"), "latin1").digest("hex"));
    }
  };
  walk(root);
  return hashes;
}

/** Files of two folders that differ (or are in one only); the article writer's own record of file times is left out. */
export function differingFiles(left: string, right: string): string[] {
  const [a, b] = [treeHashes(left), treeHashes(right)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => file !== ".written.json" && a.get(file) !== b.get(file)).sort();
}

export function treeHash(root: string): string {
  const all = crypto.createHash("sha256");
  for (const [file, hash] of treeHashes(root)) all.update(`${file}\0${hash}\n`);
  return all.digest("hex");
}

export function htmlFiles(root: string): string[] {
  return [...treeHashes(root).keys()].filter((file) => file.endsWith(".html")).sort();
}
