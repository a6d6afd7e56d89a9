// Builds the undated fixture (tests/fixtures/undated: two dated captures and one that nothing
// dates) from its captures into a fresh temporary folder. The captures' file times are set to
// UNDATED_CAPTURED, so the undated article's `captured` time is known.
import fs from "node:fs";
import path from "node:path";
import { type BuildSiteOptions, type BuildSiteResult, PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { buildSourcesSite } from "./fixture-site.ts";

export const UNDATED_FIXTURE_DIR = path.join(PROJECT_ROOT, "tests/fixtures/undated");
export const UNDATED_CAPTURED = "2026-11-20T08:15:00.000Z";
export const UNDATED_SLUG = "apricot-growers-near-kirkuk-count-their-losses-after-the-hail";

export interface UndatedBuild {
  dir: string;
  site: string;
  result: BuildSiteResult;
}

export async function buildUndatedSite(options: BuildSiteOptions = {}): Promise<UndatedBuild> {
  return buildSourcesSite("undated-site-", (sourcesDir) => {
    fs.cpSync(path.join(UNDATED_FIXTURE_DIR, "sources"), sourcesDir, { recursive: true });
    const captured = new Date(UNDATED_CAPTURED);
    for (const name of fs.readdirSync(sourcesDir)) fs.utimesSync(path.join(sourcesDir, name), captured, captured);
  }, options);
}
