// The entity kinds' table (src/site/entity-kinds.ts) is the only place a kind's folder, label or
// facet is written: the built pages and the search script take them from it.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { PROJECT_ROOT } from "../../src/publish/build-site.ts";
import { ENTITY_KINDS } from "../../src/site/entity-kinds.ts";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";

let build: FixtureBuild;
const read = (file: string) => fs.readFileSync(path.join(build.site, file), "utf8");

before(async () => {
  build = await buildFixtureSite({ search: false });
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

describe("the entity kinds", () => {
  test("give each kind its folder, index title and navigation entry", () => {
    const home = read("index.html");
    for (const { folder, plural } of ENTITY_KINDS) {
      assert.match(home, new RegExp(`<nav[^]*<a href="/${folder}/">${plural}</a>[^]*</nav>`));
      assert.match(read(`${folder}/index.html`), new RegExp(`<h1>${plural} <span class="count">`));
      assert.match(read(`${folder}/index.html`), new RegExp(`<a href="/${folder}/" aria-current="page">${plural}</a>`));
    }
  });

  test("label an entity's page with its kind", () => {
    assert.match(read("actors/peshmerga/index.html"), /<p class="kicker"[^>]*>Actor<\/p>/);
    assert.match(read("places/erbil/index.html"), /<p class="kicker"[^>]*>Place<\/p>/);
  });

  test("reach the search script through the page, in table order", () => {
    const attribute = /data-entity-kinds="([^"]*)"/.exec(read("search/index.html"))?.[1];
    assert.ok(attribute, "the search page declares the kinds");
    const declared = JSON.parse(attribute.replaceAll("&quot;", '"'));
    assert.deepEqual(declared, ENTITY_KINDS.map(({ kind, label, facet }) => ({ kind, label, match: facet.match, open: facet.open })));
  });

  test("are written once: no template, site module or the search script keeps its own copy", () => {
    const files = [
      ...["src/site", "layouts"].flatMap((dir) => fs.readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true }).map(String).filter((name) => name.endsWith(".ts")).map((name) => path.join(dir, name))),
      "layouts/assets/search.js",
    ].filter((file) => file !== path.join("src", "site", "entity-kinds.ts"));
    const copies = ENTITY_KINDS.flatMap(({ kind, folder, label, plural }) => [`"/${folder}/"`, `${kind}: "${folder}"`, `${kind}: "${label}"`, `"${plural}"`, `>${plural}<`, `key: "${kind}"`]);
    const offenders = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
      return copies.filter((copy) => text.includes(copy)).map((copy) => `${file}: ${copy}`);
    });
    assert.deepEqual(offenders, []);
  });
});
