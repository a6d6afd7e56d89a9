// A page with no URL names its own site in its chrome; two different kinds of such lines agreeing
// make it the outlet, one alone does not. Every page here is invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { siteNameFromSelfReferences } from "../../src/normalize/self-references.ts";
import { captureThrough } from "./helpers.ts";

const STORY = [
  "Council votes to rebuild the covered market",
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.",
];
const lines = (texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe("a site's name from its own chrome", () => {
  test("two kinds of line naming the same site make it the outlet, in its most readable spelling", () => {
    const page = [...STORY, "Jane Roe is a senior writer for The Valley Lantern, covering city hall.", "MORE FROM THE VALLEY LANTERN", "Subscribe to The Valley Lantern"];
    const capture = captureThrough("find-outlet", page.join("\n"));
    assert.equal(capture.outlet, "The Valley Lantern");
    assert.equal(capture.outletEvidence?.rule, "self-reference");
  });

  test("one kind of line alone is not enough: a writer's past employer is not the site", () => {
    const page = [...STORY, "Jane Roe was a reporter for The Northern Star and now writes books."];
    assert.equal(siteNameFromSelfReferences(lines(page)), undefined);
    assert.equal(captureThrough("find-outlet", page.join("\n")).outlet, undefined);
  });

  test("sections and pronouns are not sites ('More from Business', 'About Us', 'Follow Us')", () => {
    assert.equal(siteNameFromSelfReferences(lines(["More from Business", "About Us", "Follow Us", "Business Newsletter"])), undefined);
  });
});

describe("more kinds of line a site names itself in", () => {
  const named = (texts: string[], story: number[] = [], headlineLine?: number) => siteNameFromSelfReferences(lines(texts), { storyLines: new Set(story), headlineLine })?.name;

  test("an affiliate notice and an owner's note", () => {
    assert.equal(named([...STORY, "Harbour Gazette is supported by its audience. When you buy through links on our site, we may earn a commission.", "Harbour Gazette is part of Example Holdings plc, a publisher."]), "Harbour Gazette");
  });

  test("a logo line at the top, and another kind of line", () => {
    assert.equal(named(["Harbour Gazette", "Menu", ...STORY, "More from Harbour Gazette"]), "Harbour Gazette");
    assert.equal(named(["Toggle navigation Harbour Gazette", ...STORY, "Advertise with Harbour Gazette"]), "Harbour Gazette");
  });

  test("a name set alone in the header and the footer is a logo line; a menu's item alone once is not", () => {
    const menu = ["Menu", "World", "Opinion", "Market Days"];
    assert.equal(named([...menu, "Harbour Gazette", ...STORY, "Harbour Gazette", "Support Harbour Gazette"]), "Harbour Gazette");
    assert.equal(named([...menu, ...STORY, "Support Market Days"]), undefined);
  });

  test("its host alone on a line and a mail address at its domain; a readable name wins over the host", () => {
    assert.equal(named([...STORY, "Tips: news@harbourgazette.com", "HarbourGazette.com"]), "HarbourGazette.com");
    assert.equal(named([...STORY, "Tips: news@harbourgazette.com", "About Harbour Gazette"]), "Harbour Gazette");
    assert.equal(named([...STORY, "Printed from https://www.harbourgazette.com", "Harbour Gazette may earn a commission from links on this page."]), "Harbour Gazette");
  });

  test("a mail service's or a platform's address names no site", () => {
    assert.equal(named(["Gmail", ...STORY, "Write to the editor at harbourtips@gmail.com"]), undefined);
  });

  test("a line in capitals is read like one in mixed case, and the name made readable", () => {
    assert.equal(named([...STORY, "GET THE HARBOUR GAZETTE NEWSLETTER", "ABOUT HARBOUR GAZETTE"]), "Harbour Gazette");
  });

  test("a short form and a long form of one name are one site, by its long name; a name joined by '&' is another", () => {
    assert.equal(named([...STORY, "About Harbour", "The Harbour Newsletter", "Get Harbour Gazette delivered to your inbox"]), "Harbour Gazette");
    assert.equal(named([...STORY, "About Harbour Gazette", "Harbour Gazette Newsletter", "More from Harbour Gazette & Partners"]), "Harbour Gazette");
  });

  test("a button's capitals after the name are not part of it", () => {
    assert.equal(named(["Continue to Harbour Gazette SKIP AD", ...STORY, "About Harbour Gazette"]), "Harbour Gazette");
  });

  test("an author's bio names a person, not the site", () => {
    assert.equal(named([...STORY, "By Jane Roe", "About Jane Roe", "More from Jane Roe", "Follow Jane Roe on Twitter"]), undefined);
    assert.equal(named([...STORY, "Jane Roe is a staff writer covering the port.", "About Jane Roe", "More from Jane Roe"]), undefined);
  });

  test("a name alone below the headline is a byline or an author's box, not a logo", () => {
    const page = [STORY[0]!, "Harbour Pilots", "March 3, 2021", ...STORY.slice(1), "Harbour Pilots", "More from Harbour Pilots"];
    assert.equal(named(page, [], 1), undefined);
    assert.equal(named(page), "Harbour Pilots", "without a headline known, a name set alone twice is a logo");
    assert.equal(named(["Harbour Gazette", ...page.slice(0, 4), "Harbour Gazette", "More from Harbour Gazette"], [], 2), "Harbour Gazette");
  });

  test("a breadcrumb's first step, a stamp with the day over the story, a subscription by e-mail", () => {
    assert.equal(named(["Harbour Gazette » Port", ...STORY, "HARBOUR GAZETTE | Mar 3, 2021, 10:02 IST"]), "Harbour Gazette");
    assert.equal(named([...STORY, "Subscribe to Harbour Gazette by Email", "HarbourGazette.com / 3 March 2021"]), "Harbour Gazette");
    assert.equal(named(["Home » Port", ...STORY, "Home | Mar 3, 2021"]), undefined);
  });

  test("a writer's stamp with the day is a byline: a person, not a site", () => {
    assert.equal(named([...STORY, "Jane Okafor | Mar 3, 2021", "More from Jane Okafor"]), undefined);
  });

  test("a name like a person's is a writer's, even without a byline", () => {
    assert.equal(named([...STORY, "More from Jane Okafor", "Follow Jane Okafor on Twitter"]), undefined);
    assert.equal(named([...STORY, "More from Tom's Hardware", "Follow Tom's Hardware on Twitter"]), "Tom's Hardware");
  });

  test("a sentence of the story about someone is no house statement", () => {
    const texts = [...STORY, "Harbour Council is the body that runs the port and its pilots, and it met on Monday.", "About Harbour Council"];
    assert.equal(named(texts, [5]), undefined);
    assert.equal(named(texts), "Harbour Council");
  });

  test("a line only the site writes of itself names it alone: an advertising link, a reader's prompt", () => {
    assert.equal(named([...STORY, "Advertise with The Lakeside Courier"]), "The Lakeside Courier");
    assert.equal(named([...STORY, "Stay connected with The Lakeside Courier"]), "The Lakeside Courier");
    assert.equal(named(["Lantern", ...STORY, "How Do I Whitelist Lantern?"]), "Lantern");
    assert.equal(named([...STORY, "Thanks for reading Harbour Gazette!"]), "Harbour Gazette");
    // Other kinds still need a second kind beside them; a network's button names no site.
    assert.equal(named([...STORY, "Subscribe to The Lakeside Courier"]), undefined);
    assert.equal(named([...STORY, "Stay connected with Facebook", "Advertise with Taboola"]), undefined);
  });

  test("a footer's name over its street address, a 'learn about' link and an 'At X, we' statement", () => {
    assert.equal(named([...STORY, "The Lakeside Courier ~ 120 N. Main St., Lakeside, OH 44101 ~ Privacy Policy", "Subscribe to The Lakeside Courier"]), "The Lakeside Courier");
    assert.equal(named([...STORY, "Learn about Brightlabel", "At Brightlabel, we build tools that help small shops sell online and ship their goods."]), "Brightlabel");
    // Either alone is one kind: no site.
    assert.equal(named([...STORY, "At Brightlabel, we build tools that help small shops sell online and ship their goods."]), undefined);
    // A story's sentence opening "At X, we" is a quote, not the site's statement.
    assert.equal(named([...STORY, "At Riverside Clinic, we saw forty patients a day during the outbreak, the nurse said.", "Learn about Riverside Clinic"], [5]), undefined);
  });
});
