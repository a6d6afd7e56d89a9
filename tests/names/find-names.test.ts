// findNames on sentences written for these tests (no evaluation or CoNLL text).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findNames, type FoundName } from "../../src/names/find-names.ts";

const named = (paragraphs: string[]) => findNames(paragraphs).map((name: FoundName) => `${name.name}/${name.kind}`);
const has = (paragraphs: string[], expected: string) => assert.ok(named(paragraphs).includes(expected), `${expected} not in ${named(paragraphs).join(", ")}`);
const hasNot = (paragraphs: string[], unexpected: RegExp) => assert.ok(!named(paragraphs).some((name) => unexpected.test(name)), named(paragraphs).join(", "));

describe("findNames: kinds", () => {
  test("a person, an organisation and a place in one sentence", () => {
    const story = ["Maria Lindqvist, the chief executive of Nordbank Holdings Ltd, flew to Oslo on Tuesday to meet investors."];
    has(story, "Maria Lindqvist/person");
    has(story, "Nordbank Holdings Ltd/organization");
    has(story, "Oslo/place");
  });

  test("countries are places, even where their team plays", () => {
    const story = ["Portugal beat Norway 2-0 in a friendly in Lisbon on Wednesday, coach Tomas Berg said."];
    has(story, "Portugal/place");
    has(story, "Norway/place");
  });

  test("a town before a score in a results line is its team", () => {
    has(["Results of matches played on Saturday:", "Brackwell 3 Leeds 1"], "Leeds/organization");
  });

  test("in a line-up, a given name and a surname between list marks are a person", () => {
    const lineUp = ["Harbourside - 1 - Tomas Ekdal; 2 - Peter Vanko (14 - Mark Olsen 60th), 5 - Laurent Moreau, 8 - Daniel Stoica, 3 - Karl Zemke."];
    for (const player of ["Peter Vanko", "Karl Zemke", "Tomas Ekdal", "Laurent Moreau"]) has(lineUp, `${player}/person`);
  });

  test("a town's name with more words after it is a team", () => {
    has(["The Denver Comets lost again on Friday night, their fifth defeat in a row."], "Denver Comets/organization");
  });

  test("mentions mark where they are in their paragraph", () => {
    const [found] = findNames(["On Monday Helga Brandt arrived."]);
    assert.deepEqual({ text: found!.text, start: found!.start, end: found!.end, paragraph: found!.paragraph }, { text: "Helga Brandt", start: 10, end: 22, paragraph: 0 });
    assert.ok(found!.confidence > 0.5 && found!.confidence <= 1);
  });
});

describe("findNames: joins within a story", () => {
  test("a surname alone is the full name given earlier", () => {
    const found = findNames(["Local official Peter Hallworth opened the bridge on Sunday.", "Hallworth said it had cost less than planned."]);
    assert.deepEqual([...new Set(found.map((name) => `${name.name}/${name.kind}`))], ["Peter Hallworth/person"]);
  });

  test("two people sharing a surname are not merged", () => {
    const found = findNames(["Anna Kessler and her brother Jonas Kessler run the farm near Graz.", "Kessler said the harvest was poor."]);
    const kessler = found.find((name) => name.text === "Kessler");
    assert.notEqual(kessler?.name, "Anna Kessler");
    assert.notEqual(kessler?.name, "Jonas Kessler");
  });

  test("an acronym is the organisation whose initials it spells", () => {
    const found = findNames(["The National Farmers Alliance said prices would fall.", "The NFA will meet again in March."]);
    assert.equal(found.find((name) => name.text === "NFA")?.name, "National Farmers Alliance");
  });

  test("a person named like a country stays a person: Bill Jordan is not the place Jordan", () => {
    const story = ["Union leader Bill Jordan spoke in Manchester on Thursday.", "Jordan said the strike would go ahead."];
    has(story, "Bill Jordan/person");
    hasNot(story, /^Jordan\/place$/);
  });
});

describe("findNames: precision", () => {
  test("job titles and nationalities are not part of a name", () => {
    const story = ["German Chancellor Helmut Kohl met Prime Minister John Major in Bonn."];
    has(story, "Helmut Kohl/person");
    has(story, "John Major/person");
    hasNot(story, /Chancellor|Minister/);
  });

  test("capitalised words opening a sentence are not names", () => {
    hasNot(["Analysts expected little change. Shares fell in early trading. However, traders stayed calm."], /Analysts|Shares|However/);
  });

  test("months, weekdays and groups of people are not names", () => {
    hasNot(["On Monday the Serbs and the Croats met again, as they had in March."], /Monday|March|Serbs|Croats/);
  });

  test("a member of a people or a faith, and a nationality with its compass point, are no one's name", () => {
    hasNot(["After a slow start on the first hole, the Swede won four of the next five holes.", "The attacks by Moslem fighters killed nine people in the town.", "Prices rose on offers from South Korean dealers."], /Swede|Moslem|South Korean/);
  });

  test("an occupation or a hyphenated title before a name is not part of it", () => {
    const story = ["Broker Tomas Kellerby said demand for the bonds had been weak all week.", "A spokesman, Lieutenant-Colonel Tom Harwick, said in Brussels that the patrols would go on."];
    has(story, "Tomas Kellerby/person");
    has(story, "Tom Harwick/person");
    hasNot(story, /Broker|Lieutenant/);
  });

  test("a headline in capitals gives no names but its countries; a dateline gives its place", () => {
    const found = named(["RUGBY - KELLOWAY STUNS FRANCE IN OPENER", "CARDIFF 1996-09-02", "Kelloway won by two points."]);
    assert.ok(found.includes("France/place"), found.join(", "));
    assert.ok(found.includes("Cardiff/place"), found.join(", "));
    assert.ok(!found.some((name) => /RUGBY|STUNS/i.test(name)), found.join(", "));
  });

  test("names overlapping what a registry already named are left to it", () => {
    const found = findNames(["Minister Sara Holm visited Tromso."], { known: [[{ start: 9, end: 18 }]] });
    assert.ok(!found.some((name) => name.text.includes("Holm")));
  });
});

describe("findNames: places and people by what surrounds them", () => {
  test("a town before its region is a place; a town in a list after 'villages of' is no person", () => {
    has(["The blaze started in a warehouse in Marlow, Ontario, late on Friday, firefighters said."], "Marlow/place");
    hasNot(["Storms cut power to the fishing villages of Skarvik and Lofsund overnight."], /^Lofsund\/person$/);
  });

  test("a name before 'port' is a place; a street is never a person", () => {
    has(["Dockers at Tanjung Emas port went on strike."], "Tanjung Emas/place");
    hasNot(["Forecasts by Wall Street economists were too low."], /^Wall Street\/person$/);
  });

  test("kin before a name make it a person, whatever town shares the name", () => {
    const story = ["The minister arrived at the airport with his wife Florence on Monday.", "The senator's widow, Victoria, opened the new library."];
    has(story, "Florence/person");
    has(story, "Victoria/person");
  });

  test("a word that opens one firm's name, and that no place list knows, is that firm", () => {
    has(["Salcombe Holdings Plc bought the stake.", "Shares in Salcombe rose in London."], "Salcombe/organization");
  });

  test("the town a story was filed from is a place, though later mentions read like a person's", () => {
    const story = ["MORLEY 2026-03-04", "Most of the prisoners are held in Morley's old jail, lawyers said.", "Families travelled to Morley on Sunday."];
    has(story, "Morley/place");
    hasNot(story, /^Morley\/person$/);
  });
});
