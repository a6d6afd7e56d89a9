// A small static map drawn at build time: every place of the archive with coordinates as a dot,
// the page's place highlighted. Equirectangular, scaled by the cosine of the mean latitude.
import type { Archive, EntityView } from "./archive-types.ts";
import { html, type SafeHtml } from "./html.ts";

const WIDTH = 320;
const PAD = 20;

export function placeMap(archive: Archive, place: EntityView): SafeHtml {
  if (!place.coordinates) return html`<p class="map-missing">No coordinates for ${place.name} in the registry yet.</p>`;
  const located = archive.places.filter((candidate) => candidate.coordinates);
  const lats = located.map((p) => p.coordinates![0]);
  const lons = located.map((p) => p.coordinates![1]);
  const minLat = Math.min(...lats) - 0.5;
  const maxLat = Math.max(...lats) + 0.5;
  const minLon = Math.min(...lons) - 0.5;
  const maxLon = Math.max(...lons) + 0.5;
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = Math.min((WIDTH - 2 * PAD) / ((maxLon - minLon) * cos), (WIDTH - 2 * PAD) / (maxLat - minLat));
  const width = Math.round((maxLon - minLon) * cos * scale + 2 * PAD);
  const height = Math.round((maxLat - minLat) * scale + 2 * PAD);
  const x = (lon: number) => ((lon - minLon) * cos * scale + PAD).toFixed(1);
  const y = (lat: number) => ((maxLat - lat) * scale + PAD).toFixed(1);
  const [lat, lon] = place.coordinates;
  const others = located.filter((candidate) => candidate !== place);
  const labelLeft = Number(x(lon)) > width / 2;
  return html`<figure class="place-map">
<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title-${place.slug}">
<title id="map-title-${place.slug}">Map: ${place.name} (${lat.toFixed(2)}, ${lon.toFixed(2)}) among ${others.length} other places of the archive</title>
<rect class="place-map__frame" x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="4"/>
${others.map((other) => html`<circle class="place-map__other" cx="${x(other.coordinates![1])}" cy="${y(other.coordinates![0])}" r="3"/>`)}
<circle class="place-map__here" cx="${x(lon)}" cy="${y(lat)}" r="6"/>
<text class="place-map__label" x="${labelLeft ? Number(x(lon)) - 10 : Number(x(lon)) + 10}" y="${Number(y(lat)) + 4}" text-anchor="${labelLeft ? "end" : "start"}">${place.name}</text>
</svg>
<figcaption>${place.name} at ${lat.toFixed(2)}°, ${lon.toFixed(2)}°; grey dots are the other places of the archive.</figcaption>
</figure>`;
}
