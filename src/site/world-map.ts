// The base of every map the site draws at build time: country outlines from Natural Earth (public
// domain, 1:50m, as TopoJSON in the world-atlas package), in Mercator, cut to the map's frame so a
// page carries only the outlines it shows. No script runs in the page.
// Speed: the outlines are projected once per process; a map is then a scale and a shift of them
// (Mercator windows differ by nothing else), and only rings whose box meets the frame are cut.
import { createRequire } from "node:module";
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

type Point = [number, number];
interface Ring {
  points: Point[];
  /** [minX, minY, maxX, maxY] in unit Mercator. */
  box: [number, number, number, number];
}

export interface Country {
  name: string;
  /** Outer rings and holes alike, in unit Mercator (x east, y south). */
  rings: Ring[];
}

/** Mercator breaks down towards the poles; nothing the archive shows lies beyond this latitude. */
const MAX_LAT = 84;

/** Unit Mercator: x east, y south (as SVG wants it). */
export function mercator(lon: number, lat: number): Point {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function ringOf(coordinates: number[][]): Ring {
  const points = coordinates.map(([lon, lat]) => mercator(lon!, lat!));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { points, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

let countries: Country[] | undefined;

/** Every country of Natural Earth's 1:50m set, projected (read once per process). */
export function worldCountries(): Country[] {
  if (!countries) {
    const topology = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const { features } = feature(topology, topology.objects.countries) as unknown as { features: { properties: { name: string }; geometry: Polygon | MultiPolygon | null }[] };
    countries = features.filter((f) => f.geometry !== null).map((f) => shapeOf(f.properties.name, f.geometry!));
  }
  return countries;
}

/** A named outline (a country, a region), projected. */
export function shapeOf(name: string, geometry: Polygon | MultiPolygon): Country {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return { name, rings: polygons.flat().map(ringOf) };
}

/** The country of that name (or of one of the aliases), if Natural Earth has it. */
export function countryNamed(names: readonly string[]): Country | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return worldCountries().find((country) => wanted.has(country.name.toLowerCase()));
}

/** Even-odd rule over all rings: holes (a lake, an enclave) count as outside. */
function contains(country: Country, [x, y]: Point): boolean {
  let inside = false;
  for (const { points, box } of country.rings) {
    if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether a longitude and latitude fall inside the outline. */
export function shapeContains(shape: Country, lon: number, lat: number): boolean {
  return contains(shape, mercator(lon, lat));
}

export function countryAt(lon: number, lat: number): Country | undefined {
  const point = mercator(lon, lat);
  return worldCountries().find((country) => contains(country, point));
}

export interface Frame {
  width: number;
  height: number;
}

/** A window in degrees: [[west, south], [east, north]]. */
export type Window = [[number, number], [number, number]];

/** Where a longitude and latitude fall in the frame. */
export type Projection = (lon: number, lat: number) => Point;

interface View {
  k: number;
  tx: number;
  ty: number;
}

/** The scale and shift that show `window` centred in the frame, with a margin. */
function viewOf([[west, south], [east, north]]: Window, frame: Frame, margin: number): View {
  const [x0, y1] = mercator(west, south);
  const [x1, y0] = mercator(east, north);
  const k = Math.min((frame.width - 2 * margin) / Math.max(x1 - x0, 1e-9), (frame.height - 2 * margin) / Math.max(y1 - y0, 1e-9));
  return { k, tx: (frame.width - k * (x1 - x0)) / 2 - k * x0, ty: (frame.height - k * (y1 - y0)) / 2 - k * y0 };
}

/** The window a country fills: its parts near its centre, whole (overseas territories and far islands do not shrink it). */
export function countryWindow(country: Country, [lat, lon]: [number, number], nearDegrees = 14): Window {
  const [cx, cy] = mercator(lon, lat);
  const [[w, n], [e, s]] = [mercator(lon - nearDegrees, lat + nearDegrees), mercator(lon + nearDegrees, lat - nearDegrees)];
  const near = country.rings.filter(({ box }) => box[2] >= w && box[0] <= e && box[3] >= n && box[1] <= s);
  const box = near.reduce<[number, number, number, number]>((acc, { box: b }) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])], [cx, cy, cx, cy]);
  const degrees = (x: number, y: number): [number, number] => [(x * 180) / Math.PI, ((2 * Math.atan(Math.exp(-y)) - Math.PI / 2) * 180) / Math.PI];
  const [west, north] = degrees(box[0], box[1]);
  const [east, south] = degrees(box[2], box[3]);
  return [[west, south], [east, north]];
}

/** How far outside the frame outlines are cut: the border drawn along the cut then falls outside the picture. */
const BLEED = 3;

/** Sutherland–Hodgman against the frame (plus BLEED): a ring cut to it. */
function clipToFrame(points: readonly Point[], { width, height }: Frame): Point[] {
  const [x0, y0, x1, y1] = [-BLEED, -BLEED, width + BLEED, height + BLEED];
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = [...points];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    }
    if (out.length === 0) break;
  }
  return out;
}

/** Points closer than this (in the frame's pixels) to the last one kept add nothing a reader can see. */
const MIN_STEP = 1;

/** A ring without the points that fall within MIN_STEP of the one before: at a country's scale, most of a 1:50m outline. */
function thinned(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (!last || Math.abs(point[0] - last[0]) >= MIN_STEP || Math.abs(point[1] - last[1]) >= MIN_STEP) kept.push(point);
  }
  return kept;
}

/** Area-weighted centre of a ring, and its area. */
function centroid(points: readonly Point[]): { at: Point; area: number } {
  let area = 0, x = 0, y = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const cross = points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
    area += cross;
    x += (points[j]![0] + points[i]![0]) * cross;
    y += (points[j]![1] + points[i]![1]) * cross;
  }
  return area === 0 ? { at: points[0] ?? [0, 0], area: 0 } : { at: [x / (3 * area), y / (3 * area)], area: Math.abs(area / 2) };
}

export interface DrawnCountry {
  country: Country;
  /** SVG path data, cut to the frame. */
  d: string;
  /** The middle of its largest part in view: where its name goes. */
  labelAt: Point;
}

export interface BaseMap {
  project: Projection;
  countries: DrawnCountry[];
  /** Another outline (a region) on the same map, cut to the frame; undefined when none of it is in view. */
  draw: (shape: Country) => DrawnCountry | undefined;
}

/** The countries in view of `window` (with a margin), in the frame's coordinates; `outlines: false` gives the projection only. */
export function drawBaseMap(window: Window, frame: Frame, { margin = 12, outlines = true } = {}): BaseMap {
  const { k, tx, ty } = viewOf(window, frame, margin);
  const project: Projection = (lon, lat) => {
    const [x, y] = mercator(lon, lat);
    return [k * x + tx, k * y + ty];
  };
  const [minX, minY, maxX, maxY] = [-tx / k, -ty / k, (frame.width - tx) / k, (frame.height - ty) / k];
  const draw = (country: Country): DrawnCountry | undefined => {
    const parts = country.rings
      .filter(({ box }) => box[2] >= minX && box[0] <= maxX && box[3] >= minY && box[1] <= maxY)
      .map(({ points }) => clipToFrame(points.map(([x, y]) => [k * x + tx, k * y + ty] as Point), frame))
      .filter((ring) => ring.length >= 3);
    if (parts.length === 0) return undefined;
    const d = parts.map((ring) => `M${thinned(ring).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}Z`).join("");
    const largest = parts.map(centroid).reduce((a, b) => (b.area > a.area ? b : a));
    return largest.area < 1 ? undefined : { country, d, labelAt: largest.at }; // under 1: a sliver at the frame's edge
  };
  const countries = (outlines ? worldCountries() : []).map(draw).filter((drawn) => drawn !== undefined);
  return { project, countries, draw };
}
