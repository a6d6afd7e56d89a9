// Debian's Chromium driven by playwright-core (never a downloaded browser). Every test file that
// imports this drives Chromium, so a machine without it fails the file as it loads, saying what to
// install, before any site is built or server started (a later failure could leave one running).
import { chromium, type Browser } from "playwright-core";
import { INSTALL_HINTS, requireTool } from "./require-tool.ts";

export const CHROMIUM_PATH = requireTool(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", INSTALL_HINTS.chromium);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}
