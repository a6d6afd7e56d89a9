// Pagefind's writeFiles() can resolve before the last files are on disk (seen under load: an
// empty pagefind-entry.json), and close() kills the helper without waiting. So after writing,
// wait until the bundle is complete and has stopped changing before touching it or closing.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

function snapshot(dir: string): string {
  const parts: string[] = [];
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const stat = fs.statSync(path.join(dir, name));
    if (stat.isFile()) parts.push(`${name}:${stat.size}`);
  }
  return parts.join("\n");
}

function complete(dir: string): boolean {
  try {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string }> };
    for (const { hash } of Object.values(entry.languages)) zlib.gunzipSync(fs.readFileSync(path.join(dir, `pagefind.${hash}.pf_meta`)));
    return true;
  } catch {
    return false;
  }
}

export async function waitForBundle(dir: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let previous = "";
  for (;;) {
    const current = complete(dir) ? snapshot(dir) : "";
    if (current !== "" && current === previous) return;
    if (Date.now() > deadline) throw new Error(`the Pagefind bundle in ${dir} was not complete after ${timeoutMs / 1000} s`);
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
