import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { loadRegistries, RegistryError } from "../../src/registry/load-registries.ts";

function registryWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("loadRegistries", () => {
  test("reads the three lists with defaults for missing fields", () => {
    const registries = loadRegistries(registryWith({
      "actors.yaml": "- { name: KRG, kind: organization }\n",
      "places.yaml": "- name: Erbil\n  coordinates: [36.19, 44.01]\n",
      "outlets.yaml": "- name: Rudaw\n",
    }));
    assert.deepEqual(registries.actors, [{ name: "KRG", kind: "organization", aliases: [] }]);
    assert.deepEqual(registries.places, [{ name: "Erbil", kind: "place", aliases: [], coordinates: [36.19, 44.01] }]);
    assert.deepEqual(registries.outlets, [{ name: "Rudaw", kind: "news outlet", aliases: [], signatures: [] }]);
  });

  test("a missing file is an empty list", () => {
    assert.deepEqual(loadRegistries(registryWith({})), { actors: [], places: [], outlets: [] });
  });

  test("a YAML error is thrown with its file and line", () => {
    const dir = registryWith({ "places.yaml": "- name: Erbil\n- name: [Baghdad\n  kind: city\n" });
    assert.throws(() => loadRegistries(dir), (error: unknown) => error instanceof RegistryError && error.file.endsWith("places.yaml") && (error.line ?? 0) >= 2);
  });

  test("an entry that breaks the schema is thrown with the entry's line", () => {
    const dir = registryWith({ "actors.yaml": "- { name: A, kind: person }\n- { name: B, kind: planet }\n" });
    assert.throws(() => loadRegistries(dir), (error: unknown) => error instanceof RegistryError && error.line === 2 && /entry 2: kind/.test(error.message));
  });

  test("coordinates out of range are refused", () => {
    const dir = registryWith({ "places.yaml": "- { name: Nowhere, coordinates: [95, 10] }\n" });
    assert.throws(() => loadRegistries(dir), RegistryError);
  });
});
