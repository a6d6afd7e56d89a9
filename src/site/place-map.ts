// A small static map drawn at build time: a window of the region around the place (so that a
// far-away entry like "United States" does not squash it), the other places of the archive in
// that window as dots, the nearest ones named, the page's place highlighted. Equirectangular,
// scaled by the cosine of the latitude.
import type { Archive, EntityView } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";

const WIDTH = 320;
const PAD = 16;
/** Half the window, in degrees of latitude; longitude follows from the cosine. */
const HALF_SPAN_LAT = 2.2;
const NAMED_NEIGHBOURS = 4;

export function placeMap(archive: Archive, place: EntityView): SafeHtml {
  if (!place.coordinates) return html`<p class="map-missing">No coordinates for ${place.name} in the registry yet.</p>`;
  const [lat, lon] = place.coordinates;
  const cos = Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  const halfLon = HALF_SPAN_LAT / cos;
  const scale = (WIDTH - 2 * PAD) / (2 * HALF_SPAN_LAT);
  const height = WIDTH;
  const x = (lo: number) => (lo - (lon - halfLon)) * cos * scale + PAD;
  const y = (la: number) => (lat + HALF_SPAN_LAT - la) * scale + PAD;
  const distance = (p: EntityView) => Math.hypot((p.coordinates![0] - lat), (p.coordinates![1] - lon) * cos);
  const others = archive.places
    .filter((other) => other !== place && other.coordinates)
    .filter((other) => Math.abs(other.coordinates![0] - lat) <= HALF_SPAN_LAT && Math.abs(other.coordinates![1] - lon) <= halfLon)
    .sort((a, b) => distance(a) - distance(b) || (a.name < b.name ? -1 : 1));
  // Name the nearest few whose labels fit: short names, each on its own line of the map.
  const taken = [y(lat)];
  const named = new Set<EntityView>();
  for (const other of others) {
    if (named.size === NAMED_NEIGHBOURS) break;
    const oy = y(other.coordinates![0]);
    if (other.name.length > 16 || taken.some((used) => Math.abs(used - oy) < 16)) continue;
    taken.push(oy);
    named.add(other);
  }
  const label = (cx: number, cy: number, text: string, className: string) => {
    const left = cx > WIDTH / 2;
    return html`<text class="${className}" x="${(left ? cx - 8 : cx + 8).toFixed(1)}" y="${(cy + 4).toFixed(1)}" text-anchor="${left ? "end" : "start"}">${text}</text>`;
  };
  return html`<figure class="place-map">
<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="map-title-${place.slug}">
<title id="map-title-${place.slug}">Map: ${place.name} (${lat.toFixed(2)}, ${lon.toFixed(2)}) with ${others.length} other place${others.length === 1 ? "" : "s"} of the archive nearby</title>
<rect class="place-map__frame" x="0.5" y="0.5" width="${WIDTH - 1}" height="${height - 1}" rx="4"/>
${others.map((other) => html`<circle class="place-map__other" cx="${x(other.coordinates![1]).toFixed(1)}" cy="${y(other.coordinates![0]).toFixed(1)}" r="3"/>`)}
${[...named].map((other) => label(x(other.coordinates![1]), y(other.coordinates![0]), other.name, "place-map__name"))}
<circle class="place-map__here" cx="${x(lon).toFixed(1)}" cy="${y(lat).toFixed(1)}" r="6"/>
${label(x(lon), y(lat), place.name, "place-map__label")}
</svg>
<figcaption>${place.name} at ${lat.toFixed(2)}°, ${lon.toFixed(2)}°, in a window of about ${Math.round(HALF_SPAN_LAT * 2 * 111)} km; grey dots are other places of the archive.</figcaption>
</figure>`;
}
