// The home family: / with the latest stories, the entry points with their counts and the
// timeline of months (built by the date archives).
import { ENTITY_KIND_NAMES } from "../entity-kinds.ts";
import { built, declarePage, type PageFamily } from "./page-family.ts";
import { COUNTS_READ, entitiesRead, LATEST_READ, summaryReads } from "./read-keys.ts";

export const HOME_PATH = "/";
const LATEST_COUNT = 20;

export const homePage: PageFamily = {
  name: "home",
  build(draft) {
    const latest = built(draft, "articles").slice(0, LATEST_COUNT);
    const reads = () => [COUNTS_READ, LATEST_READ, ...ENTITY_KIND_NAMES.map(entitiesRead), ...latest.flatMap(summaryReads)];
    return { parts: { latest }, pages: [declarePage(HOME_PATH, "index", reads, true)] };
  },
};
