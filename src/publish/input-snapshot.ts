// What `npm start` compares before it rebuilds: each watched file's size, modification time and
// inode. fs.watch also reports attribute changes, and every build changes the captures' link
// count (it publishes them as hard links, src/publish/write-site.ts); those changes leave all three
// alone, so only a real edit, addition, deletion or rename of an input starts a rebuild.
import fs from "node:fs";
import path from "node:path";
import { fileIdentity } from "../normalize/capture-cache.ts";

/** Every file under the watched folders → its identity (size, time, inode: capture-cache.ts). */
export type InputSnapshot = Map<string, string>;

function addFolder(snapshot: InputSnapshot, dir: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // missing, or deleted while we looked: it holds no inputs
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) addFolder(snapshot, file);
    else {
      const stats = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
      if (stats?.isFile()) snapshot.set(file, fileIdentity(stats));
    }
  }
}

export function snapshotInputs(dirs: string[]): InputSnapshot {
  const snapshot: InputSnapshot = new Map();
  for (const dir of dirs) addFolder(snapshot, dir);
  return snapshot;
}

/** Files added, removed or changed between two snapshots, sorted. */
export function changedInputs(before: InputSnapshot, after: InputSnapshot): string[] {
  const changed: string[] = [];
  for (const [file, signature] of after) if (before.get(file) !== signature) changed.push(file);
  for (const file of before.keys()) if (!after.has(file)) changed.push(file);
  return changed.sort();
}
