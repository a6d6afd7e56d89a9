import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isSportsStory, sidesInCapitalTables, teamNamesIn } from "../../src/normalize/team-names.ts";

describe("isSportsStory", () => {
  test("a headline naming its sport is enough; otherwise three signs of the game are needed", () => {
    assert.equal(isSportsStory(["Harborough fielded an unchanged side."], "CRICKET - HARBOROUGH BAT FIRST"), true);
    assert.equal(isSportsStory(["Harborough fielded an unchanged side."], "Council approves new budget"), false);
    assert.equal(isSportsStory(["The match ended 2-1 after a late penalty."]), true);
    assert.equal(isSportsStory(["Shares in Harborough Mills rose 3 percent."]), false);
  });
});

describe("teamNamesIn", () => {
  const headline = "RUGBY UNION - LATE TRY SINKS DEANSFORD";
  test("a side's player after its possessive, a side before a 'v', a side with its country and score", () => {
    const teams = teamNamesIn(["Ashvale's Tom Brierley kicked three penalties.", "Postponed: Kelbury v Marston Vale", "Ostrava (Czech Republic) 81 Vantor (Finland) 77"], headline);
    for (const side of ["Ashvale", "Kelbury", "Marston Vale", "Ostrava", "Vantor"]) assert.ok(teams.has(side), side);
  });

  test("names listed with a side are sides, through a list of three; the full stop is not part of the name", () => {
    const teams = teamNamesIn(["Deansford beat Kelbury 21-9 while Ashvale and Brockton and Westerleigh all won.", "Brockton captain Ian Pell was pleased with the 30-3 victory over Marston."], headline);
    for (const side of ["Kelbury", "Ashvale", "Brockton", "Westerleigh", "Marston"]) assert.ok(teams.has(side), side);
  });

  test("a side in a list closed by ', and', a side a win is for, sides that face a task", () => {
    const teams = teamNamesIn(["There were wins for champions Deansford, 40-3 winners over Kelbury, and Ashvale.", "Essington and Marston both face long trips on Monday."], headline);
    for (const side of ["Deansford", "Kelbury", "Ashvale", "Essington", "Marston"]) assert.ok(teams.has(side), side);
  });

  test("a transfer names the clubs it moves between; a meeting held for a town names no side", () => {
    const teams = teamNamesIn(["The striker joined Vantor from Kelbury last season.", "Athletes will run at a meeting for Ostrava on Sunday."], "SOCCER - VANTOR SIGN STRIKER");
    assert.ok(teams.has("Vantor") && teams.has("Kelbury"));
    assert.ok(!teams.has("Ostrava"));
  });

  test("a story that is not about sport has no sides, whatever its words", () => {
    assert.equal(teamNamesIn(["Kelbury and Ashvale councils will merge; Kelbury's Tom Brierley voted against."], "Councils to merge").size, 0);
  });
});

describe("sidesInCapitalTables", () => {
  const table = ["EASTERN DIVISION", "W L PCT GB", "PORT ELLERY 74 59 .556 -", "BRAXTON 70 63 .526 4", "FRIDAY'S GAMES", "BRAXTON AT NEW HALDEN", "KELBURY 1996-08-30"];
  test("a standings row's side and a fixture's two sides, with the text each is in; headings and datelines name none", () => {
    assert.deepEqual(sidesInCapitalTables(table, "BASEBALL - STANDINGS AFTER THURSDAY'S GAMES"), [
      { name: "PORT ELLERY", text: 2 },
      { name: "BRAXTON", text: 3 },
      { name: "BRAXTON", text: 5 },
      { name: "NEW HALDEN", text: 5 },
    ]);
  });

  test("a table in capitals outside a sports story names no sides", () => {
    assert.deepEqual(sidesInCapitalTables(table, "Quarterly sales by region"), []);
  });
});
