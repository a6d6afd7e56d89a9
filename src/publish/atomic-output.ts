// Atomic output: a build writes into a fresh sibling folder and swaps it into place only when
// complete, so a killed build never leaves a half-written site. Leftovers of killed builds are
// cleaned up (or, if the kill fell between the two renames, the previous site is put back); a
// process told to stop mid-build removes its own (stopStagingCopies, then removeStaging), and a
// long-running one can leave a watcher to remove it however it ends (removeStagingWhenGone).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import type { Socket } from "node:net";
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
/** `cp -al` copies still running: a stopping process ends them before removing its staging folder. */
const runningCopies = new Set<ChildProcess>();

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
    // A killed build's own helpers (its hard-link copy of the site, the search indexer: processes of their own) may go on
    // writing there for a while, so emptying it in place can fail: it is moved aside (a name no build reads) and removed
    // in the background.
    else {
      const removing = `${leftover}.removing-${Date.now()}`;
      fs.renameSync(leftover, removing);
      removeInBackground(removing);
    }
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
    runningCopies.add(child);
    child.once("error", () => {
      runningCopies.delete(child);
      resolve(false);
    });
    child.once("exit", (code) => {
      runningCopies.delete(child);
      resolve(code === 0);
    });
  });
  return { copying };
}

export function stagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `${path.basename(outDir)}.next-${process.pid}`);
}

/**
 * Kills this process's running staging copies and waits until they are gone: a copy left running
 * would go on filling the staging folder after removeStaging.
 */
export async function stopStagingCopies(): Promise<void> {
  const exited = [...runningCopies].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  );
  await Promise.all(exited);
}

/**
 * Removes this process's staging folder. A process stopping mid-build calls it after
 * stopStagingCopies and exits in the same turn, before its build can write there again.
 */
export function removeStaging(outDir: string): void {
  fs.rmSync(stagingDir(outDir), { recursive: true, force: true, maxRetries: 2 });
}

/**
 * Removes this process's staging folder after the process ends, however it ends. `npm start`
 * runs under tsx's CLI, which SIGKILLs its child when the child does not acknowledge Ctrl-C
 * within ~60 ms (a build keeps the event loop that busy); a closed terminal or a crash leaves no
 * time to clean up either. The watcher is a detached shell (out of reach of the terminal's
 * signals) reading a pipe that only this process holds open: the pipe ends when the process
 * does. It then waits a second for the build's orphaned helpers (cp, Pagefind) to stop writing.
 */
export function removeStagingWhenGone(outDir: string): void {
  if (process.platform === "win32") return;
  const watcher = spawn("sh", ["-c", 'cat >/dev/null; sleep 1; rm -rf -- "$0"', stagingDir(outDir)], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  watcher.unref();
  // The pipe must not keep this process alive either.
  (watcher.stdin as Socket | null)?.unref();
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
