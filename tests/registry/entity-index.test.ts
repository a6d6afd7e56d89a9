import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EntityIndex } from "../../src/registry/entity-index.ts";

const index = EntityIndex.fromRegistries({
  actors: [
    { name: "Haider al-Abadi", kind: "person", aliases: ["Haider Abadi", "Abadi"] },
    { name: "Islamic State", kind: "organization", aliases: ["IS", "ISIS"] },
    { name: "Kurdistan Region Security Council", kind: "organization", aliases: ["KRSC"] },
    { name: "Global Coalition to Defeat ISIS", kind: "organization", aliases: ["international coalition"] },
  ],
  places: [
    { name: "Iraqi Kurdistan", kind: "region", aliases: ["Kurdistan Region", "Kurdistan"] },
    { name: "Iran", kind: "country", aliases: [] },
  ],
  outlets: [{ name: "Middle East Eye", kind: "independent", aliases: [], signatures: [] }],
});

const names = (text: string) => index.match(text).map((match) => `${match.entity.name}=${match.text}`);

describe("EntityIndex", () => {
  test("takes the longest alias", () => {
    assert.deepEqual(names("the Kurdistan Region Security Council (KRSC) said"), ["Kurdistan Region Security Council=Kurdistan Region Security Council", "Kurdistan Region Security Council=KRSC"]);
  });

  test("acronyms match only in capitals: IS is not 'is'", () => {
    assert.deepEqual(names("It is clear that IS is weaker"), ["Islamic State=IS"]);
  });

  test("names need a capital; aliases written in lower case match in any case", () => {
    assert.deepEqual(names("iran and the International Coalition"), ["Global Coalition to Defeat ISIS=International Coalition"]);
  });

  test("reads al- forms, possessives and diacritics", () => {
    assert.deepEqual(names("Haider al-Abadi, Al-Abadi and Iran’s Kurdistán region"), [
      "Haider al-Abadi=Haider al-Abadi",
      "Haider al-Abadi=Al-Abadi",
      "Iran=Iran’s",
      "Iraqi Kurdistan=Kurdistán region",
    ]);
  });

  test("an outlet's name is matched whole, so the place inside it is not", () => {
    const index2 = EntityIndex.fromRegistries({
      actors: [],
      places: [{ name: "Middle East", kind: "region", aliases: [] }],
      outlets: [{ name: "Middle East Eye", kind: "independent", aliases: [], signatures: [] }],
    });
    assert.deepEqual(index2.match("told Middle East Eye about the Middle East").map((match) => `${match.entity.type}=${match.text}`), ["outlet=Middle East Eye", "place=Middle East"]);
  });

  test("a hyphenated compound is not its first word ('US-led', 'Iranian-backed')", () => {
    assert.deepEqual(names("ISIS-held towns"), []);
  });
});
