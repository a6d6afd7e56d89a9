// The hand-edited registries in content/registry/: they load, every place has coordinates, no
// alias names two entries, every outlet signature compiles.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { aliasKey } from "../../src/registry/alias-key.ts";
import { loadRegistries } from "../../src/registry/load-registries.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";

const registries = loadRegistries(path.join(import.meta.dirname, "..", "..", "content", "registry"));

describe("content/registry", () => {
  test("holds a generous number of actors, places and outlets", () => {
    assert.ok(registries.actors.length >= 100, `${registries.actors.length} actors`);
    assert.ok(registries.places.length >= 100, `${registries.places.length} places`);
    assert.ok(registries.outlets.length >= 30, `${registries.outlets.length} outlets`);
  });

  test("every place has coordinates", () => {
    for (const place of registries.places) assert.ok(place.coordinates, `${place.name} has no coordinates`);
  });

  test("no alias names two different entries", () => {
    const owner = new Map<string, string>();
    for (const entry of [...registries.actors, ...registries.places]) {
      for (const alias of new Set([entry.name, ...entry.aliases].map(aliasKey))) {
        const previous = owner.get(alias);
        assert.ok(!previous || previous === entry.name, `"${alias}" names both ${previous} and ${entry.name}`);
        owner.set(alias, entry.name);
      }
    }
  });

  test("canonical names are unique", () => {
    const names = [...registries.actors, ...registries.places].map((entry) => entry.name);
    assert.equal(new Set(names).size, names.length);
  });

  test("every outlet signature is a valid regular expression", () => {
    assert.deepEqual(OutletIndex.fromRegistries(registries).messages, []);
  });

  test("well-known spellings are aliases of one entry", () => {
    const find = (name: string) => [...registries.actors, ...registries.places].find((entry) => entry.name === name)!;
    assert.ok(find("Dukan").aliases.includes("Dokan"));
    assert.ok(["Haider Abadi", "Al-Abadi", "Abadi"].every((alias) => find("Haider al-Abadi").aliases.includes(alias)));
    assert.ok(["IS", "ISIS", "ISIL", "Daesh"].every((alias) => find("Islamic State").aliases.includes(alias)));
    assert.ok(["PMU", "PMF", "Hashid Shaabi", "Hashd al-Shaabi"].every((alias) => find("Popular Mobilization Forces").aliases.includes(alias)));
    assert.ok(find("Iraqi Kurdistan").aliases.includes("Kurdistan Region"));
    assert.ok(["Sulaimaniyah", "Slemani"].every((alias) => find("Sulaymaniyah").aliases.includes(alias)));
  });
});
