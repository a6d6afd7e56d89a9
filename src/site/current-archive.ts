// The archive of the build in progress. The build computes it once and sets it here before
// Eleventy runs; templates read it as the `archive` global data.
import type { Archive } from "./archive-types.ts";

let current: Archive | undefined;

export function setCurrentArchive(archive: Archive): void {
  current = archive;
}

export function currentArchive(): Archive {
  if (!current) throw new Error("No archive: run the site through scripts/build.ts (buildSite), which computes it before rendering");
  return current;
}
