// Boxes of related links and teaser cards, mid-story and below it: the links and the teasers'
// openings go, the story around them stays. Every page here is invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CleanFields } from "../../src/normalize/capture-file.ts";
import { isRelatedLabel } from "../../src/normalize/related-lists.ts";
import { captureThrough } from "./helpers.ts";

const STORY = [
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest of the year.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the ministry.",
  "Engineers will first shore up the stone arches, which survived the fire, before the new roof of timber and tin goes on.",
  "Traders who lost their stock will be offered loans at no interest for two years, the chamber of commerce announced.",
  "The market, which dates from the eighteenth century, drew visitors from across the region before it burned down.",
];

/** Three teasers as a blog or a newspaper lists them under its story: headline, byline, date, opening. */
const CARDS = [
  "Bridge Repairs Close the River Road for a Month",
  "Jane Roe",
  "March 2, 2020",
  "Drivers heading north will have to take the old mountain road while crews replace the bridge's deck and its railings.",
  "Why Do School Buses Keep Running Late?",
  "Sam Poe",
  "March 1, 2020",
  "Parents have complained for weeks that buses arrive after the bell, and the transport office says it is short of drivers.",
  "A Festival of Lights Returns to the Citadel",
  "Dara Aziz",
  "February 28, 2020",
  "After two years without it, the festival will fill the old citadel's walls with lanterns for three nights this spring.",
];

const cleaned = (lines: string[]) => captureThrough("strip-boilerplate", lines.join("\n"), { file: "content/sources/page.txt" });
const kept = (capture: CleanFields) => capture.paragraphs.map((paragraph) => paragraph.text);
const removedAs = (capture: CleanFields, rule: string) => capture.removed.filter((junk) => junk.rule === rule).map((junk) => junk.text);

describe("boxes of related links and teasers", () => {
  test("a box of links in the middle of the story goes; the story on both sides of it stays", () => {
    const box = ["Related", "Flooding Closes the Airport Road Again", "Fuel Prices Rise for the Third Month"];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY.slice(0, 3), ...box, ...STORY.slice(3)]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
    assert.deepEqual(removedAs(capture, "related-links"), box.slice(1));
  });

  test("teaser cards below the story go, headline, byline, date and opening alike", () => {
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY, "Latest Stories", ...CARDS]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
    assert.deepEqual(removedAs(capture, "teaser"), [CARDS[3], CARDS[7], CARDS[11]]);
  });

  test("cards that each end in a 'Read more' link, after a label with an emoji, go", () => {
    const cards = CARDS.filter((_, index) => index % 4 === 0 || index % 4 === 3).flatMap((line, index) => (index % 2 === 1 ? [line, "Read More"] : [line]));
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY, "Keep Reading 🚀", ...cards]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
  });

  test("one paragraph after a box is the story's own, and so are the subheads and paragraphs that follow it", () => {
    const ending = [STORY[4]!, "What comes next", STORY[5]!, "The vote was unanimous, the council's clerk said."];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY.slice(0, 4), "Most Read", "Flooding Closes the Airport Road Again", ...ending]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY.slice(0, 4), ...ending]);
  });

  test("cards with a section between headline and summary, long question headlines among them, go after a long story", () => {
    const card = (headline: string, summary: string) => [headline, "March 2, 2020", "Fact Check", summary];
    const cards = [
      ...card("Did the Council Really Spend Two Million on a Single Market Roof?", "The figure counts the whole restoration, not the roof."),
      ...card("Is This Photograph of the Citadel Walls Taken During the Festival?", "The picture was taken three years before the festival."),
      ...card("Were School Buses Sold to a Private Company Last Year in Zakho?", "No sale took place, the transport office said."),
    ];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY, "Editors' Picks", ...cards, "Most Popular View all"]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
  });

  test("a linked headline cut short with an ellipsis is a link, not a sentence of the story", () => {
    const box = ["Related articles", "Storm warning: rain and gales to batter the coast as the river rises to record heights and ..."];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY.slice(0, 3), ...box, ...STORY.slice(3)]);
    assert.ok(!kept(capture).includes(box[1]!));
    assert.deepEqual(kept(capture).slice(-3), STORY.slice(3));
  });

  test("cards that print their section and headline twice, an advertisement between two of them, go", () => {
    const card = (section: string, headline: string, summary: string) => [section, headline, section, headline, summary];
    const cards = [
      ...card("Business", "Bakers Raise the Price of Bread Again", "The third rise this year follows the cost of flour, the bakers' union said."),
      "Advertisement",
      ...card("Culture", "A Festival of Lights Returns to the Citadel", "The festival will fill the old walls with lanterns for three nights this spring."),
      ...card("Sport", "Duhok Wins the Cup After Extra Time", "A late header settled a final that had gone goalless for two hours."),
    ];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY, "More From Example", ...cards]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
  });

  test("a card whose headline reads as two sentences goes when its byline stands under it", () => {
    const cards = [
      "POLITICS", "Jane Roe Is Right. The Board Should Listen.", "By SAM POE", "The board's members have ignored the warnings for a year, and the bill for their silence is coming due.",
      "SPORTS", "The Cup Final Drags On . . . off the Pitch", "By DARA AZIZ", "A final that should have ended in May is now in the hands of the league's lawyers, who meet again next week.",
      "CULTURE", "Why the Citadel Festival Matters", "By JANE ROE", "After two years without it, the festival returns to the old walls with lanterns for three nights this spring.",
    ];
    const capture = cleaned(["Council votes to rebuild the covered market", ...STORY, "Most Popular", ...cards]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
  });

  test("another story's card inside the story, its headline printed twice, goes; the story's own headline printed twice stays", () => {
    const card = ["Business", "Bakers Raise the Price of Bread Again", "Business", "Bakers Raise the Price of Bread Again", "The third rise this year follows the cost of flour."];
    const headline = "Council votes to rebuild the covered market";
    const capture = cleaned([headline, headline, ...STORY.slice(0, 3), ...card, ...STORY.slice(3)]);
    assert.deepEqual(kept(capture), [headline, ...STORY]);
    assert.deepEqual(removedAs(capture, "teaser"), card);
  });

  test("teasers copied one per line, headline glued to summary, go though a clock stands between them", () => {
    const teasers = ["Bridge Repairs Close The River Road For A MonthDrivers heading north will have to take the old mountain road.", "2 hours ago", "School Buses Get New Routes In ZakhoThe transport office said the changes start on Monday."];
    const capture = cleaned([...teasers, "Council votes to rebuild the covered market", ...STORY]);
    assert.deepEqual(removedAs(capture, "teaser"), [teasers[0], teasers[2]]);
    assert.deepEqual(kept(capture), ["Council votes to rebuild the covered market", ...STORY]);
  });

  test("a label is known with its colon, arrows or emoji, in the languages covered", () => {
    for (const label of ["Related:", "Most Read »", "Keep Reading 🚀", "More from Business", "Lesen Sie auch:", "Leggi anche:", "Lire aussi", "You might also like", "Editors' Picks", "Featured Video View all", "Artikel und Videos zum Thema", "Articles en relation", "Lo más visto en...", "Recommended Articles", "More in Local Sports", "More Great Example Stories", "Related links:", "More:"]) assert.ok(isRelatedLabel(label), label);
    for (const line of ["Related to the vote, the governor spoke.", "Latest figures show a fall", "Read more about it in the report.", "More in the end than the council had hoped for, he said.", "More"]) assert.ok(!isRelatedLabel(line), line);
  });
});
