// Tests that run an outside program (java, Chromium) call requireTool first, so a machine without
// it fails the test with what to install, instead of reading a failed spawn as "no output".
import fs from "node:fs";
import path from "node:path";

/** How to get each outside program the tests use (Debian packages; scripts/test.sh installs them as root). */
export const INSTALL_HINTS = {
  java: "apt-get install default-jre-headless (or run npm test as root, which installs it)",
  chromium: "apt-get install chromium (or run npm test as root, which installs it)",
} as const;

export class MissingToolError extends Error {
  constructor(
    readonly command: string,
    readonly installHint: string,
  ) {
    super(`${command} not found${command.includes("/") ? "" : " on the PATH"}: ${installHint}`);
    this.name = "MissingToolError";
  }
}

/**
 * The absolute path of `command`: a path is checked as given, a bare name is looked up in
 * `searchPath` (the PATH by default). Throws MissingToolError naming `installHint` when there is
 * no executable file.
 */
export function requireTool(command: string, installHint: string, searchPath = process.env.PATH ?? ""): string {
  const candidates = command.includes("/") ? [path.resolve(command)] : searchPath.split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, command));
  const found = candidates.find(isExecutableFile);
  if (!found) throw new MissingToolError(command, installHint);
  return found;
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
