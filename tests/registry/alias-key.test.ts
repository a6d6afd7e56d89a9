import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { aliasKey, tokenize } from "../../src/registry/alias-key.ts";
import { EntityIndex } from "../../src/registry/entity-index.ts";
import type { Registries } from "../../src/registry/load-registries.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { createEntityCatalog } from "../../src/site/entity-catalog.ts";

const registries: Registries = {
  actors: [{ name: "Fuad Masum", kind: "person", aliases: ["Fuad Ma'sum"] }, { name: "Haider al-Abadi", kind: "person", aliases: [] }],
  places: [{ name: "Erbil", kind: "city", aliases: ["Arbil"], coordinates: [36.19, 44.01] }],
  outlets: [{ name: "Al-Monitor", kind: "news", aliases: [], signatures: [] }],
} as unknown as Registries;

describe("an alias key", () => {
  test("ignores case, accents, apostrophes and the punctuation between words", () => {
    assert.equal(aliasKey("Fuad Ma'sum"), aliasKey("fuad masum"));
    assert.equal(aliasKey("Erbīl"), aliasKey("ERBIL"));
    assert.equal(aliasKey("Al-Monitor"), aliasKey("Al Monitor"));
    assert.equal(aliasKey("Iran’s"), aliasKey("Iran"));
    assert.equal(aliasKey("U.S."), aliasKey("U S"));
    assert.notEqual(aliasKey("Erbil"), aliasKey("Arbil"));
  });

  test("of a name is its words' keys: what the entity matcher compares word by word", () => {
    for (const name of ["Haider al-Abadi", "Fuad Ma'sum", "Kurdistan Workers' Party", "U.S. Army"]) {
      assert.equal(aliasKey(name), tokenize(name).map((token) => token.key).join(" "));
    }
  });

  test("is the one the normalizer, the outlet lookup and the site's catalog resolve names by", () => {
    const spelling = "Fuad MA’SUM";
    assert.deepEqual(EntityIndex.fromRegistries(registries).match(`President ${spelling} said`).map((m) => m.entity.name), ["Fuad Masum"]);
    assert.equal(new OutletIndex(registries.outlets).lookup("the al monitor")?.name, "Al-Monitor");
    const catalog = createEntityCatalog(registries, { actor: [spelling], place: ["Arbil"], outlet: ["Al Monitor"] });
    assert.equal(catalog.canonical("actor", spelling), "Fuad Masum");
    assert.equal(catalog.canonical("place", "arbil"), "Erbil");
    assert.equal(catalog.canonical("outlet", "Al Monitor"), "Al-Monitor");
  });

  test("is written once: no other module folds accents or case of names to compare them", () => {
    const sources = ["src/registry", "src/site", "src/normalize"].flatMap((dir) =>
      fs.readdirSync(path.join(PROJECT_ROOT, dir)).filter((name) => name.endsWith(".ts")).map((name) => path.join(dir, name)),
    );
    const folding = /\.normalize\("NFK?D"\)\s*\.replace\(\/\[\\u0300-\\u036f\]|\$\{name\.toLowerCase\(\)\}/;
    const offenders = sources.filter((file) => file !== path.join("src", "registry", "alias-key.ts") && folding.test(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")));
    assert.deepEqual(offenders, []);
  });
});
