// The home family: / with the latest stories, the entry points with their counts, the
// timeline of months (built by the date archives) and the map of places (sized by their articles).
import { ENTITY_KIND_NAMES } from "../entity-kinds.ts";
import { built, declarePage, type PageFamily } from "./page-family.ts";
import { mappedPlaces } from "../archive-map.ts";
import { COUNTS_READ, entitiesRead, entityArticlesRead, entityRead, LATEST_READ, summaryReads } from "./read-keys.ts";

export const HOME_PATH = "/";
const LATEST_COUNT = 20;

export const homePage: PageFamily = {
  name: "home",
  build(draft) {
    const latest = built(draft, "articles").slice(0, LATEST_COUNT);
    // The map sizes each place by its article count.
    const mapped = mappedPlaces(built(draft, "places"));
    const reads = () => [COUNTS_READ, LATEST_READ, ...ENTITY_KIND_NAMES.map(entitiesRead), ...latest.flatMap(summaryReads), ...mapped.flatMap((place) => [entityRead(place), entityArticlesRead(place)])];
    return { parts: { latest }, pages: [declarePage(HOME_PATH, "index", reads, true)] };
  },
};
