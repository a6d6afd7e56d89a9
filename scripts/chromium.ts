// Debian's Chromium driven by playwright-core, never a downloaded browser: the one definition of
// where it is (CHROMIUM_PATH, else /usr/bin/chromium) and how it is launched, for the browser
// tests (tests/helpers/chromium.ts, which fails a test file that needs it when it is missing), the
// bench (scripts/bench/search-*.ts) and npm run eval (scripts/eval-pages-from-html.ts).
import fs from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless in a container, as root, with nothing fetched behind the page's back (updates, first-run pages). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] as const;

/** Why Chromium cannot be launched here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    if (fs.statSync(CHROMIUM_PATH).isFile()) return undefined;
  } catch {
    // missing or not executable: said below
  }
  return `${CHROMIUM_PATH} is missing (apt-get install chromium, or set CHROMIUM_PATH); nothing here downloads a browser`;
}

export function launchChromium(options: Omit<LaunchOptions, "executablePath" | "args"> = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
