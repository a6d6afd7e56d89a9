// The whole build, as two lists of named steps: prepare (registries → captures → staging folder →
// normalize → articles → the site's data → the search plan), then publish (pages, with Pagefind
// indexing them meanwhile → the index → the report → atomic swap into the output folder). Each
// step is timed under its name (--timings, the bench). A rebuild starts from a hard-linked copy of
// the previous site and rewrites only what changed (write-site.ts). Bad input is a message; only
// a build that can produce nothing usable (or cannot write the site) fails, and then the previous
// site is left untouched.
import fs from "node:fs";
import * as prepare from "./prepare-steps.ts";
import * as publish from "./publish-steps.ts";
import { runSteps, type Step } from "../run-steps.ts";
import { buildResult, type BuildSiteOptions, type BuildSiteResult, type SiteBuild, startSiteBuild, stopBuild, waitForArticleFiles } from "./site-build.ts";

export { PROJECT_ROOT, type BuildSiteOptions, type BuildSiteResult, type BuildTimings } from "./site-build.ts";

/** Up to the plan: nothing is written yet, so a throw here is a bug and propagates. */
const PREPARE_STEPS: Step<SiteBuild>[] = [
  ["load-registries", prepare.loadRegistries],
  ["list-captures", prepare.listCaptures],
  // Before normalizing: the copy of the previous site proceeds in its own process meanwhile.
  ["prepare-staging", prepare.prepareStaging],
  ["normalize", prepare.normalize],
  ["load-articles", prepare.loadArticles],
  ["build-archive", prepare.buildArchive],
  ["plan-pages", prepare.planPages],
  ["plan-search", prepare.planSearch],
];

/** Writing the site: any failure removes the staging folder and leaves the previous site as it was. */
const PUBLISH_STEPS: Step<SiteBuild>[] = [
  ["render", publish.render],
  ["index", publish.index],
  // The report lists every message, the article files' write failures included.
  ["wait-for-article-files", waitForArticleFiles],
  ["report", publish.report],
  ["swap", publish.swap],
];

/** The stages of BuildTimings (normalize, render, index): the steps each adds up. */
const STAGES = { normalize: ["normalize", "load-articles"], render: ["build-archive", "plan-pages", "plan-search", "render"], index: ["index"] } as const;

export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const build = startSiteBuild(options);
  const published = (await runSteps(PREPARE_STEPS, build, build.timings.phases)) && (await publishSite(build));
  for (const [stage, steps] of Object.entries(STAGES)) build.timings[stage as keyof typeof STAGES] = steps.reduce((sum, step) => sum + (build.timings.phases[step] ?? 0), 0);
  if (!published) return buildResult(build, 1, false);
  const problems = build.messages.filter((message) => message.severity !== "info").length;
  return buildResult(build, options.strict && problems > 0 ? 1 : 0, true);
}

async function publishSite(build: SiteBuild): Promise<boolean> {
  try {
    return await runSteps(PUBLISH_STEPS, build, build.timings.phases);
  } catch (error) {
    await build.articleFiles;
    fs.rmSync(build.staging, { recursive: true, force: true });
    const reason = `the site could not be written: ${error instanceof Error ? error.message : String(error)}`;
    stopBuild(build, { file: build.paths.outDir, ruleId: "write-site", reason });
    return false;
  }
}
