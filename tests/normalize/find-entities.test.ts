import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { typeUnknownName } from "../../src/normalize/find-entities.ts";
import { EntityIndex } from "../../src/registry/entity-index.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { bareContext, captureThrough } from "./helpers.ts";

const index = EntityIndex.fromRegistries({
  actors: [
    { name: "Masoud Barzani", kind: "person", aliases: ["Barzani"] },
    { name: "Nechirvan Barzani", kind: "person", aliases: [] },
    { name: "Peshmerga", kind: "organization", aliases: ["Kurdish Peshmerga"] },
    { name: "Popular Mobilization Forces", kind: "organization", aliases: ["PMF", "PMU", "Hashid Shaabi", "Popular Mobilization Units"] },
  ],
  places: [
    { name: "Dukan", kind: "town", aliases: ["Dokan"] },
    { name: "Iraqi Kurdistan", kind: "region", aliases: ["Kurdistan Region", "Kurdistan"] },
    { name: "Iraq", kind: "country", aliases: [] },
  ],
  outlets: [],
});

function entities(text: string) {
  return captureThrough("find-entities", text, { context: bareContext("2026-11-23", index) });
}

describe("findEntities", () => {
  test("the lede's agency dateline names a registry place, and its capitals make no unknown name", () => {
    const capture = entities("DUKAN, Iraq (Example Wire Service) - Officials of both sides met on Monday to discuss the budget, an aide said.\nThe talks ended without an agreement, but both sides said they would meet again.");
    assert.deepEqual(capture.places, ["Dukan", "Iraq"]);
    assert.deepEqual(capture.actors, []);
    const other = entities("ST. JOSEPH, Mich. (EW) — Health authorities are reporting a sixth death linked to the virus, officials said.\nThe talks ended without an agreement, but both sides said they would meet again.");
    assert.deepEqual(other.actors, []);
  });

  test("a town that is a side in a sports story is its club there; a venue and a country's side stay places; elsewhere the town is a place", () => {
    const sports = entities("Soccer - Irish take early lead\nThe Irish took a 4-0 lead within 20 minutes of the match through captain Andy Townsend and Sunderland forward Niall Quinn.\nThe United States edged Austria in Salzburg 3-2 in the opening round in April.");
    assert.ok(sports.actors.includes("Sunderland"));
    for (const place of ["Salzburg", "Austria"]) assert.ok(sports.places.includes(place), place);
    const council = entities("Sunderland council votes on new roads\nThe council of Sunderland voted on Tuesday to build two new roads near the river, officials in Sunderland said.");
    assert.ok(council.places.includes("Sunderland"));
  });

  test("the sides of a standings table in capitals are organisations; a country's row stays its place", () => {
    const result = entities("BASEBALL - COASTAL LEAGUE STANDINGS\n\nHALDEN 2026-08-30\n\nCoastal League standings after Thursday's games, in the last week of the regular season, with the championship race still open:\n\nW L PCT GB\n\nPORT ELLERY 74 59 .556 -\n\nBRAXTON 70 63 .526 4\n\nIRAQ 65 68 .489 9\n\nFriday's games:\n\nBRAXTON AT PORT ELLERY");
    for (const side of ["Port Ellery", "Braxton"]) assert.ok(result.actors.includes(side), side);
    assert.ok(result.places.includes("Iraq") && !result.actors.includes("Iraq"));
  });

  test("one entity under several spellings is listed once, by its canonical name", () => {
    const result = entities("Masoud Barzani met commanders in Dukan. Barzani later returned from Dokan, and the Kurdish Peshmerga and the Peshmerga agreed.");
    assert.deepEqual(result.actors, ["Masoud Barzani", "Peshmerga"]);
    assert.deepEqual(result.places, ["Dukan"]);
  });

  test("a bare surname after another full name of that family is that person", () => {
    const result = entities("Nechirvan Barzani met the consuls in the capital on Monday afternoon. Barzani said the talks went well.");
    assert.deepEqual(result.actors, ["Nechirvan Barzani"]);
  });

  test("[Hashid Shaabi, or Popular Mobilization Units (PMU)] is one organisation", () => {
    assert.deepEqual(entities('"Until now, we have held back the [Hashid Shaabi, or Popular Mobilization Units (PMU)] from attacking," he said.').actors, ["Popular Mobilization Forces"]);
  });

  test("keeps a person the registry does not know, reports it, and folds the surname into the full name", () => {
    const result = entities("Member of parliament Bashar Al-Kiki said on Wednesday that the talks ended well for everyone. Al-Kiki added that offices would open.");
    assert.deepEqual(result.actors, ["Bashar Al-Kiki"]);
    assert.ok(result.messages.some((message) => message.ruleId === "entity-unknown" && message.reason.includes("Bashar Al-Kiki")));
  });

  test("a title, an occupation or a position beside a person's name is no part of it", () => {
    const result = entities("Nordbrau CEO Tomas Kellerby said on Friday that sales rose. Economist Jane Roe said the figures were strong. Centre Tom West scored twice.");
    for (const person of ["Tomas Kellerby", "Jane Roe", "Tom West"]) assert.ok(result.actors.includes(person), `${person} not in ${result.actors.join(", ")}`);
    assert.ok(!result.actors.some((actor) => /CEO|Economist|Centre/.test(actor)), result.actors.join(", "));
  });

  test("the report of an unknown name quotes the sentence it came from, and only that sentence", () => {
    const result = entities("Talks resumed on Monday. Member of parliament Bashar Al-Kiki said the offices would open soon. Others disagreed.");
    const report = result.messages.find((message) => message.ruleId === "entity-unknown");
    assert.ok(report);
    assert.match(report.reason, /Found in: “Member of parliament Bashar Al-Kiki said the offices would open soon\.”$/);
  });

  test("an unknown name travels as data (name, kind, sentence) with the line it is on", () => {
    const result = entities("Talks in the capital resumed on a cold Monday morning, officials said.\n\nMember of parliament Bashar Al-Kiki said the offices would open soon. Others disagreed.");
    const report = result.messages.find((message) => message.ruleId === "entity-unknown");
    assert.ok(report);
    assert.deepEqual(report.data, { name: "Bashar Al-Kiki", kind: "person", sentence: "Member of parliament Bashar Al-Kiki said the offices would open soon." });
    assert.equal(report.line, 3);
  });

  test("keeps an unknown organisation by its head word, not a generic one", () => {
    const result = entities("The Sinjar Resistance Units clashed with the Armed Forces near the town, the Security Council said in a statement on Monday.");
    assert.deepEqual(result.actors, ["Sinjar Resistance Units"]);
  });

  test("keeps an unknown place named as a town or province", () => {
    const result = entities("Fighters entered the town of Qara Tapa and then moved into Garmiyan district on Monday morning, witnesses said.");
    assert.deepEqual(result.places, ["Garmiyan", "Qara Tapa"]);
  });

  test("a registry place that is someone's surname is not that place: Bill Dukan, Mr Dukan", () => {
    const result = entities("Bill Dukan, a retired teacher, said the water had reached his street by noon. Mr Dukan said neighbours helped him carry furniture upstairs.");
    assert.deepEqual(result.places, []);
    const town = entities("Floods reached the centre of Dukan by noon on Tuesday, the mayor said, and roads to the lake were closed.");
    assert.deepEqual(town.places, ["Dukan"]);
  });

  test("a registry place that is the surname of a person the story names is that person where most mentions read so", () => {
    const director = entities("Film director Peter Dukan says he never worked harder on a film.\nDukan defends his decision to shoot it in black and white.\n\"It is about memory,\" Dukan said in a statement.");
    assert.deepEqual(director.places, []);
    assert.ok(director.actors.includes("Peter Dukan"));
    const town = entities("Film director Peter Dukan was born in Dukan.\nHe returned to Dukan in May, and the mayor of Dukan welcomed him.");
    assert.deepEqual(town.places, ["Dukan"]);
  });

  test("weekdays, months, demonyms and page chrome are never names", () => {
    const result = entities("On Wednesday in October, Iraqi and Kurdish Sunni officials said Listen Live was a radio show, and the Americans agreed in Kurdistan.");
    assert.deepEqual(result.actors, []);
    assert.deepEqual(result.places, ["Iraqi Kurdistan"]);
  });

  test("a Title Case headline proposes no unknown names; a determiner is never a place", () => {
    const result = entities("Kurdish Leaders Condemn Ministry Over Budget Cuts\nA town of farmers near the border voted, and several city councils agreed on Monday, officials said.");
    assert.deepEqual(result.actors, []);
    assert.deepEqual(result.places, []);
  });

  test("a headline in sentence case is read like a sentence: its capitals mark names", () => {
    const story = "\nThe small party's leader spent the week touring farms near the river and promised new roads before the vote, aides said on Tuesday.";
    const sentenceCase = entities("Senator Dilan Qaradaghi quits the coalition" + story);
    assert.ok(sentenceCase.actors.includes("Dilan Qaradaghi"), `actors: ${sentenceCase.actors.join(", ")}`);
    const titleCase = entities("Senator Dilan Qaradaghi Quits The Coalition" + story);
    assert.ok(!titleCase.actors.includes("Dilan Qaradaghi"), "a Title Case headline proposes no unknown names");
  });

  test("an outlet named in the text is not an actor", () => {
    const text = "Officials met in Dukan on Monday to discuss water, a spokesman told Anadolu Agency in a statement.";
    const anadolu = OutletIndex.fromRegistries({ actors: [], places: [], outlets: [{ name: "Anadolu Agency", kind: "news agency", aliases: [], signatures: [] }] });
    assert.deepEqual(captureThrough("find-entities", text, { context: bareContext("2026-11-23", index, anadolu) }).actors, []);
    assert.deepEqual(captureThrough("find-entities", text, { context: bareContext("2026-11-23", index) }).actors, ["Anadolu Agency"]);
  });

  test("names in a removed tag line count as evidence", () => {
    const result = entities("Kurdish leaders rejected the demand of Baghdad to cancel the vote, an aide said on Sunday in a statement.\nindependence referendum, Masoud Barzani, Iraq, Iraqi Kurdistan");
    assert.ok(result.places.includes("Iraq"));
  });
});

describe("typeUnknownName", () => {
  test("types by given name, title, head word and place words", () => {
    assert.deepEqual(typeUnknownName("Weshyar Omar", "", ", who was part of the delegation"), { name: "Weshyar Omar", type: "person" });
    assert.deepEqual(typeUnknownName("Ambassador Jane Doe", "", " met"), { name: "Jane Doe", type: "person" });
    assert.deepEqual(typeUnknownName("Mandali", "the disputed subdistrict of ", ""), { name: "Mandali", type: "place" });
    assert.equal(typeUnknownName("Mandali", "met in ", " on Monday"), undefined);
    assert.deepEqual(typeUnknownName("Mandali", "the town of ", " in"), { name: "Mandali", type: "place" });
    assert.equal(typeUnknownName("Armed Forces", "", ""), undefined);
  });
});

describe("findEntities with the archive's registries, on names none of them knows", () => {
  test("names next to known ones are found, typed and kept whole", async () => {
    const { loadRegistries } = await import("../../src/registry/load-registries.ts");
    const path = await import("node:path");
    const registries = loadRegistries(path.join(import.meta.dirname, "..", "..", "content", "registry"));
    const full = EntityIndex.fromRegistries(registries);
    const text = [
      "Barzani meets consul on water",
      "Prime Minister Masrour Barzani received US Consul General Irvin Hicks in Erbil on Tuesday, officials said.",
      "The two sides discussed the water shortage, which the Iraqi Ministry of Water Resources blamed on dams upstream.",
      "Kirkuk Governor Rakan Saeed al-Jubouri attended, and the Yazidi Democratic Party called for the return of displaced people.",
    ].join("\n");
    const result = captureThrough("find-entities", text, { context: bareContext("2026-11-23", full) });
    assert.deepEqual(result.actors, ["Iraqi Ministry of Water Resources", "Irvin Hicks", "Masrour Barzani", "Rakan Saeed al-Jubouri", "Yazidi Democratic Party"]);
    assert.deepEqual(result.places, ["Erbil", "Kirkuk", "United States"]);
  });
});
