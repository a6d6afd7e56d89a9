// Debian's Chromium driven by playwright-core (never a downloaded browser; its path and launch
// flags: scripts/chromium.ts). Every test file that imports this drives Chromium, so a machine
// without it fails the file as it loads, saying what to install, before any site is built or
// server started (a later failure could leave one running).
import { CHROMIUM_PATH as CONFIGURED_PATH } from "../../scripts/chromium.ts";
import { INSTALL_HINTS, requireTool } from "./require-tool.ts";

export const CHROMIUM_PATH = requireTool(CONFIGURED_PATH, INSTALL_HINTS.chromium);

export { launchChromium } from "../../scripts/chromium.ts";
