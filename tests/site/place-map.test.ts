// A place's map: a country or a first-level region drawn as its outline (Natural Earth), a region
// the data has no outline for as a point saying so.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Archive, EntityView } from "../../src/site/archive-types.ts";
import { placeMap } from "../../src/site/place-map.ts";

function place(name: string, type: string, coordinates: [number, number]): EntityView {
  const slug = name.toLowerCase().replace(/ /g, "-");
  return { kind: "place", name, slug, path: `/places/${slug}/`, type, listed: true, aliases: [], coordinates, articles: [], coActors: [], coPlaces: [], timeline: [] };
}

const iraq = place("Iraq", "country", [33.2, 43.7]);
const region = place("Iraqi Kurdistan", "region", [36.4, 44.4]);
const erbil = place("Erbil", "city", [36.19, 44.01]);
const archive = { places: [iraq, region, erbil] } as unknown as Archive;
const link = (path: string) => path;

test("a country is drawn as its outline, with no dot", () => {
  const svg = placeMap(link, archive, iraq).value;
  assert.match(svg, /<path class="map__land map__land--here" d="M[^"]+"><title>Iraq<\/title><\/path>/);
  assert.doesNotMatch(svg, /class="map__here"/);
  assert.match(svg, /<figcaption>Iraq outlined;/);
  assert.match(svg, /<a href="\/places\/erbil\/"><title>Erbil<\/title>/);
});

test("a region is drawn as its outline over its country, with no dot", () => {
  const svg = placeMap(link, archive, region).value;
  assert.match(svg, /<path class="map__land--here map__region" d="M[^"]+"><title>Iraqi Kurdistan<\/title><\/path>/);
  assert.match(svg, /<path class="map__land map__land--home" d="M[^"]+"><title>Iraq<\/title>/);
  assert.doesNotMatch(svg, /class="map__here"/);
  assert.match(svg, /<figcaption>Iraqi Kurdistan outlined;/);
});

test("a governorate is found under its alias; a region the data lacks is a point, and the caption says so", () => {
  const nineveh = { ...place("Nineveh", "governorate", [36.35, 43.15]), aliases: ["Ninawa"] };
  assert.match(placeMap(link, archive, nineveh).value, /<title>Nineveh<\/title><\/path>/);
  const svg = placeMap(link, archive, place("Rojava", "region", [36.6, 40.5])).value;
  assert.match(svg, /class="map__here"/);
  assert.match(svg, /shown as a point: the map data has no outline for it/);
});

test("a place without coordinates says so instead of drawing a map", () => {
  assert.match(placeMap(link, archive, { ...erbil, coordinates: undefined }).value, /No coordinates for Erbil in the registry yet/);
});
