// A place's map, drawn at build time as static SVG (no script): the countries around it with their
// borders (Natural Earth), a country or a first-level region (a governorate, the Kurdistan Region)
// drawn as its outline, a city, or a region the data has no outline for, as a dot; the other
// places of the archive in view as dots, each a link with its name as title; and names placed
// without overlap: the place's own first, then its neighbours by how often they appear in the
// same articles, then the countries.
import type { Archive, EntityView } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";
import { dotBox, placeLabels, type LabelRequest, type PlacedLabel } from "./label-placement.ts";
import type { Link } from "./partials.ts";
import { regionOutline } from "./region-outlines.ts";
import { countryAt, countryNamed, countryWindow, drawBaseMap, type Country, type Frame, type Window } from "./world-map.ts";

const FRAME: Frame = { width: 360, height: 300 };
/** Half a city's window, in degrees of latitude (about 250 km each way). */
const CITY_HALF_SPAN = 2.2;
const NAMED_NEIGHBOURS = 6;
/** Kinds of place a dot stands for well; any other (a region, a province) deserves an outline. */
const POINT_KINDS = new Set(["city", "town", "village", "district", "neighbourhood", "site", "crossing"]);
/** Kinds of place drawn as Natural Earth's first-level units (region-outlines.ts) when it has them. */
const REGION_KINDS = new Set(["region", "province", "governorate", "state"]);

const degrees = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;

export function mapLabels(labels: readonly PlacedLabel[]): SafeHtml[] {
  return labels.map((label) => html`<text class="${label.className}" x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" text-anchor="${label.anchor}">${label.text}</text>`);
}

/** The place's own outline: a country's, or a region's. */
function outlineOf(place: EntityView): Country | undefined {
  const names = [place.name, ...place.aliases];
  if (place.type === "country") return countryNamed(names);
  return REGION_KINDS.has(place.type) ? regionOutline(names) : undefined;
}

function windowOf(place: EntityView, [lat, lon]: [number, number]): { window: Window; outline: Country | undefined } {
  const outline = outlineOf(place);
  if (outline) return { window: countryWindow(outline, [lat, lon]), outline };
  const halfLon = CITY_HALF_SPAN / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  return { window: [[lon - halfLon, lat - CITY_HALF_SPAN], [lon + halfLon, lat + CITY_HALF_SPAN]], outline: undefined };
}

/** The other places of the archive in view on a place's map, with where they fall, those named in its articles first, then the nearest. */
export function placesOnMap(place: EntityView, places: readonly EntityView[], project = placeProjection(place)): { other: EntityView; at: [number, number] }[] {
  if (!place.coordinates) return [];
  const [hereX, hereY] = project(place.coordinates[1], place.coordinates[0]);
  const inFrame = ([x, y]: [number, number]) => x > 2 && y > 2 && x < FRAME.width - 2 && y < FRAME.height - 2;
  const together = new Map(place.coPlaces.map((item) => [item.entity.slug, item.count]));
  return places
    .filter((other) => other.slug !== place.slug && other.coordinates)
    .map((other) => ({ other, at: project(other.coordinates![1], other.coordinates![0]) }))
    .filter(({ at }) => inFrame(at))
    .sort((a, b) => (together.get(b.other.slug) ?? 0) - (together.get(a.other.slug) ?? 0) || Math.hypot(a.at[0] - hereX, a.at[1] - hereY) - Math.hypot(b.at[0] - hereX, b.at[1] - hereY));
}

function placeProjection(place: EntityView) {
  return drawBaseMap(windowOf(place, place.coordinates ?? [0, 0]).window, FRAME, { outlines: false }).project;
}

export function placeMap(u: Link, archive: Archive, place: EntityView): SafeHtml {
  if (!place.coordinates) return html`<p class="map-missing">No coordinates for ${place.name} in the registry yet.</p>`;
  const [lat, lon] = place.coordinates;
  const { window, outline } = windowOf(place, place.coordinates);
  const { project, countries, draw } = drawBaseMap(window, FRAME);
  // A country's outline is one of the countries drawn; a region's is drawn over its country.
  const region = outline && place.type !== "country" ? draw(outline) : undefined;
  const home = region ? countryAt(lon, lat) : outline ?? countryAt(lon, lat);
  const [hereX, hereY] = project(lon, lat);
  const together = new Map(place.coPlaces.map((item) => [item.entity.slug, item.count]));
  const others = placesOnMap(place, archive.places, project);
  const requests: LabelRequest[] = [
    { x: hereX, y: hereY, text: place.name, size: 13, radius: outline ? 0 : 6, required: true, className: "map__label" },
    ...others.slice(0, NAMED_NEIGHBOURS).map(({ other, at }) => ({ x: at[0], y: at[1], text: other.name, size: 11, radius: 3, className: "map__name" })),
    ...countries.filter((c) => c.country !== outline).map((c) => ({ x: c.labelAt[0], y: c.labelAt[1], text: c.country.name, size: 10, radius: 0, className: "map__country-name" })),
  ];
  // A label keeps clear of the named dots; it may cover an unnamed one (its halo keeps both readable).
  const named = others.slice(0, NAMED_NEIGHBOURS);
  const labels = placeLabels(requests, [...(outline ? [] : [dotBox(hereX, hereY, 6)]), ...named.map(({ at }) => dotBox(at[0], at[1], 3))], { x: 0, y: 0, ...FRAME });
  return html`<figure class="map place-map">
<svg viewBox="0 0 ${FRAME.width} ${FRAME.height}" width="${FRAME.width}" height="${FRAME.height}" role="group" aria-label="Map of ${place.name} and ${others.length} other place${others.length === 1 ? "" : "s"} of the archive around it">
<rect class="map__sea" width="${FRAME.width}" height="${FRAME.height}"/>
${countries.map((c) => html`<path class="${c.country === outline ? "map__land map__land--here" : c.country === home ? "map__land map__land--home" : "map__land"}" d="${c.d}"><title>${c.country.name}</title></path>`)}
${region ? html`<path class="map__land--here map__region" d="${region.d}"><title>${place.name}</title></path>
` : ""}${others.map(({ other, at }) => html`<a href="${u(other.path)}"><title>${other.name}${together.has(other.slug) ? ` (in ${together.get(other.slug)} article${together.get(other.slug) === 1 ? "" : "s"} with ${place.name})` : ""}</title><circle class="map__dot" cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="3"/></a>`)}
${outline ? "" : html`<circle class="map__here" cx="${hereX.toFixed(1)}" cy="${hereY.toFixed(1)}" r="6"/>`}
${mapLabels(labels)}
</svg>
<figcaption>${outline ? html`${place.name} outlined` : html`${place.name} (${degrees(lat, "N", "S")}, ${degrees(lon, "E", "W")})${POINT_KINDS.has(place.type) ? "" : ", shown as a point: the map data has no outline for it"}`}; dots are other places of the archive, named by how often they appear with it. Borders: Natural Earth.</figcaption>
</figure>`;
}
