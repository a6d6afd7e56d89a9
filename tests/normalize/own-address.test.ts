// A copied page that prints its own address (a share box's link field) gives the capture its URL:
// the headline its slug names, the outlet its host, the date its path. A link to another page does
// not. Every page here is invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ownAddressLine } from "../../src/normalize/own-address.ts";
import { captureThrough } from "./helpers.ts";

const PARAGRAPHS = [
  "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
  "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  "The governor said the first stalls would reopen within six months and that the cost would be shared with the federal ministry.",
];
const HEADLINE = "Council votes to rebuild covered market";
const OWN = "https://www.valleygazette.example/news/2020/03/03/Council-votes-to-rebuild-covered-market-1234567.php";
const lines = (texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe("the page's own address in its text", () => {
  test("an address whose slug names a line of the page is the capture's URL, with its line", () => {
    const capture = captureThrough("find-outlet", ["Home", "News", "Weather", "Today's teaser: the airport road reopens", HEADLINE, "Share", OWN, "By Jane Roe", ...PARAGRAPHS].join("\n"));
    assert.equal(capture.header.url, OWN);
    assert.equal(capture.headerLines?.url, 7);
    assert.equal(capture.title, HEADLINE);
    assert.equal(capture.date, "2020-03-03");
    assert.match(capture.outlet ?? "", /valleygazette/i);
  });

  test("a link to another page, whose slug names no line of this one, is not the capture's URL", () => {
    const other = "https://www.example.org/blog/2019/how-to-knit-a-scarf-in-winter";
    assert.equal(ownAddressLine(lines([HEADLINE, other, ...PARAGRAPHS])), undefined);
    const capture = captureThrough("find-outlet", [HEADLINE, other, ...PARAGRAPHS].join("\n"));
    assert.equal(capture.header.url, undefined);
    assert.notEqual(capture.date, "2019-01-01");
  });

  test("an address with words around it, or one without a slug, is not taken", () => {
    assert.equal(ownAddressLine(lines([HEADLINE, `Read it at ${OWN}`, ...PARAGRAPHS])), undefined);
    assert.equal(ownAddressLine(lines([HEADLINE, "https://www.valleygazette.example/news/1234567.php", ...PARAGRAPHS])), undefined);
  });

  test("the maintainer's url wins over an address printed in the text", () => {
    const given = "https://www.othersite.example/2021/05/01/market-story";
    const capture = captureThrough("read", ["---", `url: ${given}`, "---", HEADLINE, OWN, ...PARAGRAPHS].join("\n"));
    assert.equal(capture.header.url, given);
  });
});
