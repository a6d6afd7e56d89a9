import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { loadRegistries, RegistryError, registryMessage } from "../../src/registry/load-registries.ts";

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

  test("every problem of every file is reported, each with its own line, not only the first", () => {
    const dir = registryWith({
      "actors.yaml": "- { name: A, kind: person }\n- { name: B, kind: planet }\n- name: C\n  kind: person\n  aliases: [1, 2]\n",
      "places.yaml": "- name: Erbil\n- name: [Baghdad\n  kind: city\n",
      "outlets.yaml": "name: not a list\n",
    });
    assert.throws(() => loadRegistries(dir), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      const problems = error.problems.map(({ file, line, field }) => [path.basename(file), line, field]);
      assert.deepEqual(problems.filter(([file]) => file === "actors.yaml"), [
        ["actors.yaml", 2, "kind"],
        ["actors.yaml", 5, "aliases.0"],
        ["actors.yaml", 5, "aliases.1"],
      ]);
      assert.ok(problems.some(([file, line]) => file === "places.yaml" && (line as number) >= 2));
      assert.deepEqual(problems.filter(([file]) => file === "outlets.yaml"), [["outlets.yaml", 1, undefined]]);
      return true;
    });
  });

  test("a schema problem is pointed at the offending field's line, not its entry's first", () => {
    const dir = registryWith({ "places.yaml": "- name: Erbil\n  kind: city\n  coordinates:\n    - 95\n    - 10\n" });
    assert.throws(() => loadRegistries(dir), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.deepEqual(error.problems.map(({ file, line, field }) => ({ file, line, field })), [{ file: path.join(dir, "places.yaml"), line: 4, field: "coordinates.0" }]);
      assert.match(error.problems[0]!.reason, /^entry 1: coordinates\.0: /);
      return true;
    });
  });

  test("a problem is data: file, line and reason, and the message made of it uses them as they are", () => {
    const dir = registryWith({ "actors.yaml": "- { name: B, kind: planet }\n" });
    assert.throws(() => loadRegistries(dir), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.reason, error.problems[0]!.reason);
      assert.match(error.reason, /^entry 1: kind: /);
      const message = registryMessage(error.problems[0]!, "; nothing was built");
      assert.deepEqual(message, { file: path.join(dir, "actors.yaml"), line: 1, severity: "error", ruleId: "registry", reason: `${error.reason}; nothing was built`, data: { field: "kind" } });
      return true;
    });
  });

  test("coordinates out of range are refused", () => {
    const dir = registryWith({ "places.yaml": "- { name: Nowhere, coordinates: [95, 10] }\n" });
    assert.throws(() => loadRegistries(dir), RegistryError);
  });
});
