// Atomic output: a build writes into a fresh sibling folder and swaps it into place only when
// complete, so a killed build never leaves a half-written site. Leftovers of killed builds are
// cleaned up (or, if the kill fell between the two renames, the previous site is put back).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let swaps = 0;

/** Removes `<out>.next-<pid>` / `<out>.old-<pid>` folders of builds that are no longer running. */
export function recoverOutput(outDir: string): void {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  if (!fs.existsSync(parent)) return;
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(next|old)-(\\d+)(?:-\\d+)?$`);
  for (const name of fs.readdirSync(parent).sort()) {
    const match = pattern.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const leftover = path.join(parent, name);
    if (match[1] === "old" && !fs.existsSync(outDir)) fs.renameSync(leftover, outDir);
    // An old site is usually still being deleted by the rm its own build started: never wait for it.
    else if (match[1] === "old") removeInBackground(leftover);
    else fs.rmSync(leftover, { recursive: true, force: true });
  }
}

/**
 * Deletes a folder without waiting: a detached `rm` (tens of thousands of unlinks took longer
 * than rendering). An `.old-` folder found by a later build may still be in the hands of the
 * `rm` its own build started; removing it again is harmless.
 */
function removeInBackground(dir: string): void {
  if (process.platform === "win32") fs.rmSync(dir, { recursive: true, force: true });
  else spawn("rm", ["-rf", "--", dir], { detached: true, stdio: "ignore" }).unref();
}

function freshOldName(outDir: string): string {
  let old: string;
  do old = path.join(path.dirname(outDir), `${path.basename(outDir)}.old-${process.pid}-${swaps++}`);
  while (fs.existsSync(old));
  return old;
}


/**
 * A fresh staging folder: empty, or (given the current site) a copy of it made of hard links by
 * `cp -al` in a child process, so the copy proceeds on the other core while the build works.
 * `copying` resolves to false if the copy failed; the caller then starts from an empty folder.
 */
export function prepareStaging(staging: string, copyOf?: string): { copying?: Promise<boolean> } {
  if (fs.existsSync(staging)) fs.rmSync(staging, { recursive: true, force: true });
  if (!copyOf || process.platform === "win32") {
    fs.mkdirSync(staging, { recursive: true });
    return {};
  }
  const copying = new Promise<boolean>((resolve) => {
    const child = spawn("cp", ["-al", "--", copyOf, staging], { stdio: "ignore" });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
  return { copying };
}

export function stagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `${path.basename(outDir)}.next-${process.pid}`);
}

/**
 * Swaps the finished staging folder into outDir. The previous site is deleted by a detached
 * `rm` so that the build does not wait for tens of thousands of unlinks (on a large archive
 * that took longer than rendering); a leftover is cleaned up by the next build's recoverOutput.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  // A fresh name per swap: the detached rm of the previous swap's folder may still be running.
  const old = freshOldName(outDir);
  const hadPrevious = fs.existsSync(outDir);
  if (hadPrevious) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  if (hadPrevious) removeInBackground(old);
}
