// First-level regions from Natural Earth's admin-1 units: found by name or alias, spelt as readers
// spell them, and a region made of several units merged into one outline.
import assert from "node:assert/strict";
import { test } from "node:test";
import { regionKey, regionOutline } from "../../src/site/region-outlines.ts";
import { shapeContains } from "../../src/site/world-map.ts";

const inside = (names: string[], [lat, lon]: [number, number]) => shapeContains(regionOutline(names)!, lon, lat);
const ERBIL: [number, number] = [36.19, 44.01];
const DUHOK: [number, number] = [36.87, 42.99];
const SULAYMANIYAH: [number, number] = [35.56, 45.44];
const KIRKUK: [number, number] = [35.47, 44.39];
const MOSUL: [number, number] = [36.34, 43.13];

test("the Kurdistan Region is its three governorates as one outline, and nothing around them", () => {
  const kurdistan = ["Iraqi Kurdistan", "Kurdistan Region"];
  for (const city of [ERBIL, DUHOK, SULAYMANIYAH]) assert.ok(inside(kurdistan, city), `${city} is inside`);
  for (const city of [KIRKUK, MOSUL]) assert.ok(!inside(kurdistan, city), `${city} is outside`);
  assert.equal(regionOutline(["Kurdistan Region"])!.name, "Kurdistan Region");
});

test("a governorate is found under Natural Earth's spelling, an alias or a reader's spelling", () => {
  assert.ok(inside(["Ninawa"], MOSUL));
  assert.ok(inside(["Nineveh Governorate"], MOSUL), "'Governorate' is not part of the name");
  assert.ok(inside(["Salahuddin"], [34.61, 43.68]), "Tikrit is in Salahuddin, which Natural Earth spells Sala ad-Din");
  assert.ok(!inside(["Nineveh"], ERBIL));
});

test("names differ only in case, accents, an article or 'province'", () => {
  assert.equal(regionKey("Al-Anbar"), regionKey("anbar province"));
  assert.equal(regionKey("Diyālā"), regionKey("Diyala"));
});

test("a place the data has no outline for gets none", () => {
  assert.equal(regionOutline(["Rojava", "North and East Syria"]), undefined);
  assert.equal(regionOutline(["Middle East"]), undefined);
});
