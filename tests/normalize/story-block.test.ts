// The story's block in a copied page: menus above, the headline above the byline, teasers and
// footers below, each removed or kept as a reader would; lists, result tables, wrapped wire copy and
// short closing sentences stay. Every page here is invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CleanFields, TitleFields } from "../../src/normalize/capture-file.ts";
import { isStampOrCaption } from "../../src/normalize/boilerplate-rules.ts";
import { slugWords, storyBlock } from "../../src/normalize/story-block.ts";
import { captureThrough } from "./helpers.ts";

const PARAGRAPHS = [
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.",
];
const MENU = ["Skip to content", "Home", "Local", "Politics", "Economy", "Weather Radar", "Watch Live", "Search"];

const titled = (lines: string[]) => captureThrough("find-title", lines.join("\n"), { file: "content/sources/page.txt" });
const kept = (capture: CleanFields) => capture.paragraphs.map((paragraph) => paragraph.text);
const removedAs = (capture: CleanFields, rule: string) => capture.removed.filter((junk) => junk.rule === rule).map((junk) => junk.text);

describe("the story's block", () => {
  test("a menu above the headline goes; the headline above its byline and date is the title", () => {
    const capture = titled([...MENU, "Council votes to rebuild the covered market", "By Jane Roe, City Desk", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(kept(capture), PARAGRAPHS);
    for (const item of ["Weather Radar", "Watch Live"]) assert.ok(removedAs(capture, "page-head").includes(item), item);
  });

  test("a headline with numbers in it, a photo's credit under it, is the title and not the story's first row", () => {
    const headline = "Example Motors 2019 deliveries dip to 1.24 million cars on weaker sales";
    const capture = titled([...MENU, "Discover Example Group", headline, "1 Min Read", "FILE PHOTO: A logo at the motor show in Geneva. EXAMPLE/Jane Roe", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
    assert.deepEqual(kept(capture), PARAGRAPHS);
  });

  test("a question far above the headline, in the page's menus, goes with them", () => {
    const menus = ["Got a Tip?", "Careers", "Events", "Store", "Archives", "Newsroom Directory", "Reprints", "Advertising", "Why Example News?", "Place an Ad", "Classifieds", "Obituaries", "Weather", "Traffic", "Crossword", ...MENU];
    const capture = titled([...menus, "Council votes to rebuild the covered market", "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(kept(capture), PARAGRAPHS);
  });

  test("far above the headline, a teaser glued to its summary goes; a longer sentence, perhaps a reader's post, stays", () => {
    const teaser = "Is Example Weather Turning?Forecasters say the first frost may come early this year.";
    const post = "After the update nothing worked for me, not even the copy and paste that was promised.";
    const menus = [teaser, post, "Careers", "Events", "Store", "Archives", "Newsroom Directory", "Reprints", "Advertising", "Classifieds", "Obituaries", "Weather", "Traffic", "Crossword", ...MENU];
    const capture = titled([...menus, "Council votes to rebuild the covered market", "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.ok(!kept(capture).includes(teaser));
    assert.ok(kept(capture).includes(post));
  });

  test("far above the headline, linked headlines alone or in twos among menu links go; a reader's short post among its chrome stays", () => {
    const teaser = "Why does the airport road keep flooding every spring?";
    const teasers = ["Fuel prices rise for the 3rd month in 12", "Bakers raise bread prices by 10 percent in 2 weeks"];
    const post = "Hi, for me it was quick, five minutes, so why the wait?";
    const menus = ["Careers", "Events", teaser, "Store", "Archives", post, "Newsroom Directory", ...teasers, "Reprints", "Advertising", "Classifieds", "Obituaries", "Weather", "Traffic", "Crossword", ...MENU];
    const capture = titled([...menus, "Council votes to rebuild the covered market", "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(kept(capture), [post, ...PARAGRAPHS]);
  });

  test("a headline written as a sentence, opening with brackets, over a blog's slashed post line is the title, not a line under it", () => {
    const headline = "[Market Days] The Old Bazaar of Duhok Opens Its Gates Again After the Fire! Come and See!";
    const capture = titled([...MENU, "Example Theatre News", "Blog - Latest News", headline, "October 15, 2018/0 Comments/in Example Theatre News /by jroe", "@examplebazaar [Market Days] Opening Performance", "2018 Example Bazaar Series Performance", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
  });

  test("a story of results rows under its dateline keeps its rows", () => {
    const rows = ["Duhok 2 Zakho 1", "Erbil 0 Sulaimani 0", "Kirkuk 3 Halabja 2"];
    const capture = titled(["Football results", "ERBIL 2020-03-03", "Results of Kurdistan league matches on Tuesday:", ...rows]);
    assert.deepEqual(kept(capture).slice(-3), rows);
  });

  test("teasers and footer links below the story go; a short closing sentence stays", () => {
    const capture = titled(["Council votes to rebuild the covered market", ...PARAGRAPHS, "The vote was unanimous.", "More Local News", "Bridge repairs close the river road", "School buses get new routes", "Privacy Policy", "Contact Us"]);
    assert.deepEqual(kept(capture), [...PARAGRAPHS, "The vote was unanimous."]);
    assert.deepEqual(capture.removed.map((junk) => junk.text), ["More Local News", "Bridge repairs close the river road", "School buses get new routes", "Privacy Policy", "Contact Us"]);
    assert.deepEqual(removedAs(capture, "page-tail"), ["Bridge repairs close the river road", "School buses get new routes", "Privacy Policy"], "what no named rule knows goes as the page's tail");
  });

  test("a list the story announces with a colon stays, however short its items, up to the page's chrome", () => {
    const list = ["Stalls reopening first:", "Spice sellers", "Fabric merchants", "Copper workshops"];
    const capture = titled(["Council votes to rebuild the covered market", ...PARAGRAPHS, ...list, "Share this article", "Terms of Use", "Contact Us"]);
    assert.deepEqual(kept(capture), [...PARAGRAPHS, ...list]);
  });

  test("the rows of a tour's dates stay with the story that announces them, even below it", () => {
    const dates = ["June 23 – Duhok, Citadel Square", "June 24 – Erbil @ Franso Hariri Stadium", "June 26 – Zakho, Old Bridge Park", "July 2 – Sulaymaniyah @ Azadi Park Amphitheatre"];
    const capture = titled(["Band announces a summer tour of the region", ...PARAGRAPHS, "Share this article", "Tour Dates", ...dates, "Privacy Policy"]);
    for (const row of dates) assert.ok(kept(capture).includes(row), row);
  });

  test("rows of results stay with the story that reports them", () => {
    const rows = ["1. Dara Aziz (Erbil) 10.21 seconds", "2. Karwan Ali (Duhok) 10.35", "3. Shwan Omar (Zakho) 10.40"];
    const capture = titled(["Athletics - regional championship results.", "Leading results of the regional championship on Saturday:", "Men's 100 metres", ...rows, "Women's 100 metres", ...rows]);
    for (const row of rows) assert.ok(kept(capture).includes(row), row);
  });

  test("hard-wrapped wire copy stays whole", () => {
    const wrapped = ["The tourists will play six matches against", "regional sides and another against a", "universities team before the final."];
    const capture = titled(["Cricket - touring side names squad", ...PARAGRAPHS, ...wrapped]);
    assert.deepEqual(kept(capture).slice(-3), wrapped);
  });

  test("a subhead between paragraphs stays; a long run of links between them does not", () => {
    const subhead = titled(["Council votes to rebuild the covered market", PARAGRAPHS[0]!, "What comes next", PARAGRAPHS[1]!, PARAGRAPHS[2]!]);
    assert.ok(kept(subhead).includes("What comes next"));
    const links = ["Trending", "Floods close the airport road", "Fuel prices rise again", "New bridge opens", "Market report", "Weather this week"];
    const teasers = titled(["Council votes to rebuild the covered market", PARAGRAPHS[0]!, PARAGRAPHS[1]!, ...links, PARAGRAPHS[2]!]);
    for (const link of links.slice(1)) assert.ok(!kept(teasers).includes(link), link);
  });

  test("a menu of product names in lower-case letters ('iPad', 'eBay') is not wire copy running on", () => {
    const menu = ["Got a tip for us? Let us know", "a. Send us an email", "b. Anonymous form", "iPad", "iPad mini", "iPhone 11", "eBay deals", "iOS 13"];
    const capture = titled([...menu, "Council votes to rebuild the covered market", ...PARAGRAPHS]);
    assert.deepEqual(kept(capture), PARAGRAPHS);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a headline may open on a quotation; a quotation alone is not a headline", () => {
    const quoted = "‘We will rebuild it stone by stone’: Duhok votes for its covered market";
    assert.equal((titled([...MENU, quoted, ...PARAGRAPHS]) as TitleFields).title, quoted);
    assert.notEqual((titled([...MENU, "Council votes to rebuild the covered market", "“We will rebuild the covered market stone by stone”", ...PARAGRAPHS]) as TitleFields).title, "“We will rebuild the covered market stone by stone”");
  });

  test("a headline written as a sentence, with its byline and date below it, is the headline", () => {
    const headline = "The covered market burned down last spring. Now Duhok's council will rebuild it.";
    const capture = titled(["Skip to main content", "PHOTO OF THE DAY", headline, "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
    assert.deepEqual(kept(capture), PARAGRAPHS);
  });

  test("a headline written as a question over its byline wins over a menu line further up", () => {
    const headline = "12 Ways to Help: What Can You Give the Market Traders Who Lost Everything in the Fire?";
    const capture = titled(["Toggle dark mode", "Example Toys", "Example Cars", "About", "Community", headline, "Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
  });

  test("a standfirst written as a sentence over the byline stays a standfirst under its headline", () => {
    const standfirst = "Traders who lost their stalls in the fire asked the council to act before winter.";
    const capture = titled([...MENU, "Council votes to rebuild the covered market", standfirst, "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(kept(capture), [standfirst, ...PARAGRAPHS]);
  });

  test("a writer's name with the post she holds ('Jane Roe, Staff Attorney, …') is never the headline", () => {
    const capture = titled([...MENU, "Council votes to rebuild the covered market", "Jane Roe, Staff Attorney, Duhok City Council Covered Market Officials", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a caption that ends on its agency's credit ('… pasado. EFE') is never the headline", () => {
    const capture = titled([...MENU, "Council votes to rebuild the covered market", "The city council of Duhok voting to rebuild the old covered market that burned down last spring. EFE", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a caption glued to its label ('Media captionDrone footage …') is never the headline", () => {
    const capture = titled([...MENU, "Council votes to rebuild the covered market", "Media captionDrone footage shows the city council of Duhok voting to rebuild the old covered market that burned down", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a headline printed twice is the headline once, and not a paragraph of the story", () => {
    const headline = "Will the covered market of Duhok reopen before the winter comes?";
    const capture = titled([...MENU, headline, headline, "By Jane Roe", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
    assert.deepEqual(kept(capture), PARAGRAPHS);
  });

  test("of the lines above the story that read as headlines, the one its opening repeats wins", () => {
    const capture = titled([...MENU, "Council votes to rebuild the covered market", "Things to Do This Weekend", "Jane Roe Lee", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a short menu line sharing two words with the story loses to the headline sharing more", () => {
    const headline = "Council approves plan as jewellers, weavers and tailors await a market reopening before winter";
    const lines = ["Discover Duhok Council", "Directory of sites", headline, "By Jane Roe", ...PARAGRAPHS];
    assert.equal((titled(lines) as TitleFields).title, headline);
  });

  test("a headline ending in a question mark, which opens the story's block, is still the headline", () => {
    const capture = titled([...MENU, "Will the covered market reopen before winter?", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Will the covered market reopen before winter?");
  });

  test("past a long run of section links, the line the story's opening repeats is the headline", () => {
    const sections = ["Food & Drink Guide", "Government & Politics Desk", "Life & Style Pages", "Things to Do", "Housing & Homes Desk", "Transport & Roads Desk", "Schools & Colleges Desk", "Health & Fitness Pages", "Business & Markets Desk", "Sports & Leisure Pages", "Arts & Culture Desk", "Travel & Tourism Pages", "Local Obituaries Page", "Homes & Real Estate"];
    const capture = titled(["Council votes to rebuild the covered market", ...sections, ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("the URL's slug names the headline, wherever the page put it", () => {
    const lines = ["---", "url: https://gazette.example/2020/03/03/council-votes-to-rebuild-covered-market/", "---", ...MENU, "Latest: Floods close the airport road", "Weather Radar Live", "By Jane Roe", "Council votes to rebuild the covered market", "Share this article", "A standfirst that runs long enough to be taken for the story by itself, the way some pages set it.", ...PARAGRAPHS];
    assert.equal((titled(lines) as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(slugWords("https://gazette.example/2020/03/03/council-votes-to-rebuild-covered-market/"), ["council", "votes", "rebuild", "covered", "market"]);
    assert.deepEqual(slugWords("https://gazette.example/news/article/123456.html"), []);
    // A hostile header's URL of 100,000 characters is not read at all.
    assert.deepEqual(slugWords(`https://gazette.example/${"a-".repeat(50_000)}`), []);
  });

  test("the headline over its byline and date wins over a photo's caption between the byline and the story", () => {
    const headline = "Council votes to rebuild the covered market before winter";
    const lines = [...MENU, headline, "By Jane Roe", "Posted: March 3, 2020", "Duhok Covered Market", "Photo: Jane Roe", ...PARAGRAPHS];
    assert.equal((titled(lines) as TitleFields).title, headline);
  });

  test("the headline over its byline wins over a deck below the byline that repeats more of the story; the deck stays", () => {
    const headline = "Duhok Rebuilds Its Market";
    const deck = "City council votes to rebuild the covered market that burned down last spring, and traders hope to return";
    const lines = [...MENU, headline, "By", "Jane Roe", "Date", "March 3, 2020", "Share", "Facebook", "Twitter", deck, ...PARAGRAPHS];
    const capture = titled(lines);
    assert.equal((capture as TitleFields).title, headline);
    assert.deepEqual(kept(capture), [deck, ...PARAGRAPHS]);
    // The byline and date laid out as labelled fields are the headline's stamp.
    assert.deepEqual(removedAs(capture, "byline"), ["By", "Jane Roe"]);
    assert.deepEqual(removedAs(capture, "date-label"), ["Date"]);
  });

  test("a line below a page clock is still the headline when no line above the clock is one", () => {
    const headline = "Council votes to rebuild the covered market before winter";
    const lines = ["Skip to content", "Tuesday, March 3, 2020", "Weather Radar", headline, ...PARAGRAPHS];
    assert.equal((titled(lines) as TitleFields).title, headline);
  });

  test("of two lines sharing as many words with the opening, the one sharing more with the whole story wins", () => {
    const headline = "Council votes to rebuild the market; shop owners await stalls, governor promises six months";
    const story = [...PARAGRAPHS, "Shop owners said the stalls were insured; the governor promised the cost would not fall on them."];
    // Both share "council" and "market" with the opening; only the headline shares "stalls", "governor", "owners".
    const lines = [...MENU, headline, "By Jane Roe", "March 3, 2020", "Duhok Council Market Gallery", "By Jane Roe", "March 3, 2020", ...story];
    assert.equal((titled(lines) as TitleFields).title, headline);
  });

  test("a byline in lower case with its date ('by jane on May 2, 2019') does not run on from the headline above it", () => {
    const headline = "The Hundred Best Market Stalls of the Decade";
    const lines = ["About Us", "Subscribe", "Market Notes - A Blog About Markets", "Stalls, markets, and the people who run them.", headline, "by jane on May 2, 2019", ...PARAGRAPHS];
    assert.equal((titled(lines) as TitleFields).title, headline);
  });

  test("a long standfirst under a shorter headline over the byline is the standfirst, not the headline", () => {
    const headline = "Duhok will rebuild its burned covered market";
    const standfirst = "A long fight between the traders who lost their stalls and the council over who should pay for the work ends";
    const capture = titled([...MENU, headline, standfirst, "Jane Roe", "|", "3 Mar 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
    assert.ok(kept(capture).includes(standfirst));
  });

  test("a teaser above a headline of ordinary length with its byline stays a teaser", () => {
    const headline = "Council votes to rebuild the covered market before winter";
    const capture = titled([...MENU, "Market traders await a council vote on the covered market", "Search for:", headline, "By Jane Roe", "March 3, 2020", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, headline);
  });

  test("under the byline, a player's 'video' label and its video's title are neither the story nor the headline", () => {
    const videoTitle = "Shop owners of Duhok are proud of the old covered market and its stalls";
    const share = ["Facebook", "Twitter", "Comments", "Print", "Email"];
    const player = ["close", "video", videoTitle, "Traders talk about the history of the covered market of Duhok and what it means to the city and the region."];
    const capture = titled([...MENU, "Published 1 day ago", "Council votes to rebuild the covered market", "The market burned down last spring, and traders lost their stock.", ...share, "By Jane Roe", ...player, ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.ok(!kept(capture).includes(videoTitle));
    const section = titled([...MENU, "Video", "Council votes to rebuild the covered market", "By Jane Roe", ...PARAGRAPHS]);
    assert.equal((section as TitleFields).title, "Council votes to rebuild the covered market");
  });

  test("a tag cloud, a long line without a stop or a comma, is no story: the story's one paragraph further down is", () => {
    const tags = "adoption agriculture alert ambulance archive bakery bridge budget bus campaign census city council culture dam election energy environment festival flood garden health housing library market museum park police school sport traffic water";
    const story = "Crews of the home care service found two of their five cars broken into this morning. The cars had no batteries and showed damage. Patients booked for the morning will be seen again next week, and the service expects to work as usual from this afternoon, the health office said.";
    const archive = ["Archive", "2019", "November (113)", "October (217)", "September (193)"];
    const capture = titled([...MENU, "Tags", tags, ...archive, "Home care cars broken into overnight", "05/10/2018 - Posted by: Jane Roe - Category: Health", story, "Share", "Contact"]);
    assert.equal((capture as TitleFields).title, "Home care cars broken into overnight");
    assert.deepEqual(kept(capture), [story]);
  });

  test("a caption after its label is not the story, and not the headline", () => {
    const capture = titled(["Council votes to rebuild the covered market", "Image caption,", "The market's main gate after the fire", ...PARAGRAPHS]);
    assert.equal((capture as TitleFields).title, "Council votes to rebuild the covered market");
    assert.deepEqual(removedAs(capture, "photo-caption"), ["The market's main gate after the fire"]);
    assert.deepEqual(kept(capture), PARAGRAPHS);
  });

  test("bylines, stamps and credits are never taken for the headline", () => {
    for (const line of ["By Jane Roe 04 November 2020", "Posted by Sam Lee", "Updated 5:27 am CST, Wednesday", "Written by: Jane Roe", "Media caption Protesters in the square", "A stall owner at work (Jane Roe/Daily Gazette)", "Sam Lee, ASSOCIATED PRESS", "Sam Lee, AP Regional Writer", "Jane Roe @janeroe", "SAM LEE / WIRE PHOTO", "Market traders at dawn (Photo: City Archive)", "The market gate Getty Images"]) {
      assert.ok(isStampOrCaption(line), line);
    }
    for (const headline of ["Council votes to rebuild the covered market", "COUNCIL VOTES TO REBUILD THE MARKET", "Traders, officials disagree over market plan"]) assert.ok(!isStampOrCaption(headline), headline);
  });

  test("the block is the run with the most story: a promo paragraph beyond a menu stays out of it", () => {
    const lines = [...PARAGRAPHS, ...MENU, "Our newsroom has covered the region for forty years and publishes every day of the week."].map((text, index) => ({ text, line: index + 1 }));
    assert.deepEqual(storyBlock(lines, lines.map(() => undefined)), [0, 2]);
  });
});

describe("what a site says about itself below the story", () => {
  const STORY_END = "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.";
  const cases: Array<[string, string]> = [
    ["newsletter", "Get the week's best stories in your inbox every Friday. No spam, ever."],
    ["affiliate-disclosure", "This site is a participant in the Amazon Services LLC Associates Program and earns commission from qualifying purchases."],
    ["author-bio", "Jane Roe is a senior reporter for the Daily Gazette, covering city hall."],
    ["site-chrome", "Next post: Bridge repairs close the river road"],
    ["site-chrome", "Powered by Hugo"],
    ["site-chrome", "Do not sell my personal information"],
    ["site-chrome", "No Responses so far »"],
    ["licence-notice", "All content is licensed under a Creative Commons Attribution 4.0 International License, unless stated otherwise."],
    ["link-bar", "Archive – RSS – Imprint – Privacy – 2012-2020 by Jane Roe – Powered by Hugo"],
    ["tag-line", "Filed under city council, markets"],
    ["author-bio", "Sam Lee is a senior writer for The Daily Gazette."],
    ["copyright", "Reproduction of material from any Gazette pages without written permission is strictly prohibited."],
    ["script-notice", "If you're running an ad-blocker, please whitelist this site."],
    ["feedback-prompt", "We want to hear what you think about this article."],
    ["newsletter", "Our weekly newsletter"],
    ["contact-line", "Write to us: desk@gazette.example"],
    ["read-more", "Trending Posts"],
  ];
  for (const [rule, line] of cases) {
    test(`${rule}: “${line}”`, () => {
      const capture = titled(["Council votes to rebuild the covered market", ...PARAGRAPHS.slice(0, 2), STORY_END, line]);
      assert.deepEqual(removedAs(capture, rule), [line]);
    });
  }

  test("a story that mentions a newsletter or a reporter keeps that paragraph", () => {
    const inside = "Jane Roe is a senior reporter who first wrote about the fire, and her newsletter followed the market's traders for a year afterwards.";
    const capture = titled(["Council votes to rebuild the covered market", PARAGRAPHS[0]!, inside, ...PARAGRAPHS.slice(1)]);
    assert.ok(kept(capture).includes(inside));
  });
});
