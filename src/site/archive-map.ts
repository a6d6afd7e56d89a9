// The home page's map: where the archive's stories happen. The region around the middle of all
// mentions is drawn, each place in it a dot sized by its article count and linked to its page; the
// most named ones are labelled without overlap. Static SVG.
import type { Archive, EntityView } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import { dotBox, placeLabels } from "./label-placement.ts";
import { mapLabels } from "./place-map.ts";
import { plural, type Link } from "./partials.ts";
import { drawBaseMap, type Frame, type Window } from "./world-map.ts";

const FRAME: Frame = { width: 720, height: 380 };
/** How far from the middle of all mentions the map reaches, in degrees of latitude and longitude. */
const HALF_SPAN: [number, number] = [9, 14];
const LABELLED = 14;
const MOST_DOTS = 80;
/** Degrees around the window's places, so that none sits on the edge. */
const PAD = 1;

/** The places the map is drawn for: with coordinates and articles, the MOST_DOTS most named (a page, not a gazetteer). */
export function mappedPlaces(places: readonly EntityView[]): EntityView[] {
  return places
    .filter((place) => place.coordinates && place.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : 1))
    .slice(0, MOST_DOTS);
}

/** The middle value of `values`, each counted `weight` times. */
function weightedMedian(values: readonly { value: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, item) => sum + item.weight, 0) / 2;
  let seen = 0;
  for (const item of sorted) if ((seen += item.weight) >= half) return item.value;
  return sorted[sorted.length - 1]!.value;
}

/** Around the middle of all mentions (a far capital named a few times does not widen it), as far as the places near it, padded. */
function windowOf(places: readonly EntityView[]): Window {
  const at = (index: 0 | 1) => weightedMedian(places.map((place) => ({ value: place.coordinates![index], weight: place.articles.length })));
  const [lat, lon] = [at(0), at(1)];
  const near = places.filter((place) => Math.abs(place.coordinates![0] - lat) <= HALF_SPAN[0] && Math.abs(place.coordinates![1] - lon) <= HALF_SPAN[1]);
  // Centred on the middle of the mentions, reaching as far as the farthest place near it on either side.
  const halfLat = Math.max(...near.map((place) => Math.abs(place.coordinates![0] - lat))) + PAD;
  const halfLon = Math.max(...near.map((place) => Math.abs(place.coordinates![1] - lon))) + PAD;
  return [[lon - halfLon, lat - halfLat], [lon + halfLon, lat + halfLat]];
}

export function archiveMap(u: Link, archive: Archive): SafeHtml {
  const places = mappedPlaces(archive.places);
  if (places.length === 0) return html``;
  const { project, countries } = drawBaseMap(windowOf(places), FRAME);
  const most = places[0]!.articles.length;
  const shown = places
    .map((place) => ({ place, at: project(place.coordinates![1], place.coordinates![0]), r: 2.5 + 6.5 * Math.sqrt(place.articles.length / most) }))
    .filter(({ at: [x, y] }) => x > 0 && y > 0 && x < FRAME.width && y < FRAME.height);
  const labels = placeLabels(
    [
      ...shown.slice(0, LABELLED).map(({ place, at, r }) => ({ x: at[0], y: at[1], text: place.name, size: 12, radius: r, className: "map__name" })),
      ...countries.map((c) => ({ x: c.labelAt[0], y: c.labelAt[1], text: c.country.name, size: 11, radius: 0, className: "map__country-name" })),
    ],
    shown.slice(0, LABELLED).map(({ at, r }) => dotBox(at[0], at[1], r)),
    { x: 0, y: 0, ...FRAME },
  );
  // Small dots last, so that a large one never hides them.
  const dots = [...shown].reverse();
  return html`<figure class="map archive-map">
<div class="map__scroll">
<svg viewBox="0 0 ${FRAME.width} ${FRAME.height}" role="group" aria-label="Map of the ${plural(shown.length, "place")} the archive's stories happen in most">
<rect class="map__sea" width="${FRAME.width}" height="${FRAME.height}"/>
${countries.map((c) => html`<path class="map__land" d="${c.d}"><title>${c.country.name}</title></path>`)}
${dots.map(({ place, at, r }) => html`<a href="${u(place.path)}"><title>${place.name}: ${plural(place.articles.length, "article")}</title><circle class="map__dot map__dot--sized" cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${r.toFixed(1)}"/></a>`)}
${mapLabels(labels)}
</svg>
</div>
<figcaption>Where the stories happen: each dot a place, sized by its articles (largest: ${places[0]!.name}, ${plural(most, "article")}). Borders: Natural Earth.</figcaption>
</figure>`;
}
