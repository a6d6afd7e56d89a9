// Hover cards copied into a sentence: the card goes, the name and the sentence stay.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cutHoverCards } from "../../src/normalize/hover-cards.ts";

describe("cutHoverCards", () => {
  test("takes the card out from the repeated name to its MORE link, keeping the name", () => {
    const card = "Jane Roe Bakers raise the price of bread | Council votes to rebuild the market Roe asks for a recount MORE";
    const text = `A man threatened Rep. Jane RoeJane ${card.slice("Jane ".length)} (D-Ohio), prosecutors said on Monday.`;
    assert.deepEqual(cutHoverCards(text), { text: "A man threatened Rep. Jane Roe (D-Ohio), prosecutors said on Monday.", cards: [card] });
  });

  test("a card may give the fuller name, and two cards in one paragraph both go", () => {
    const text = "Gov. Kari NoeKari Lynn NoeGovernor defends her new slogan | Budget passes MORE and Sen. Sam PoeSam PoeSenate votes on the farm bill tonight MORE met on Friday.";
    assert.equal(cutHoverCards(text).text, "Gov. Kari Noe and Sen. Sam Poe met on Friday.");
  });

  test("leaves text with no card alone: a name said twice, capitals that are no link", () => {
    for (const text of ["Jane Roe, Jane Roe's sister said, will stand for the MORE party.", "The vote was close. MORE than half the members abstained.", "Dara AzizDara Aziz"]) {
      assert.deepEqual(cutHoverCards(text), { text, cards: [] });
    }
  });
});
