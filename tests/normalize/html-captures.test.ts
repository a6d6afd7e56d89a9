// Saved pages in the captures folder, end to end through normalizeArchive: an .html capture and a
// text copy of the same page become one article with two sources; a page that cannot be read is a
// message naming it, and the other captures are still written.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { normalizeFolder } from "./normalize-folder.ts";

const PAGE = fs.readFileSync(new URL("./fixtures/html/lantern-talks.html", import.meta.url));

/** The same page as a person copying it from a browser gets it: its menus, clock and footer included. */
const TEXT_COPY = `Home World Sport
Monday 2 December 2026
Water talks resume between Erbil and Baghdad
Officials from both sides met for the first time since the summer, hoping to settle how the river's water is shared.
By Dana Rahim
Delegations from the Kurdistan Regional Government and the federal ministry of water resources sat down in Baghdad on Wednesday, the first such meeting since a drought cut the flow of the Tigris by a third last summer.
The Mosul dam in January. Photo: Lantern staff
The talks, which the ministry described as constructive, are meant to agree on how much water is released from dams in the north during the dry months, and who pays for repairs to the canals that carry it south.
A report published on 2 January 2019 by an international group of engineers warned that several of the canals were losing more than half of their water before it reached any farm.
Farmers' unions on both sides have called for a written agreement before the planting season begins in April, saying that the informal arrangements of recent years left them guessing how much they could sow.
Another round of talks is planned in Erbil next month, according to a statement released after the meeting ended late on Wednesday evening.
© 2019 The Evening Lantern. All rights reserved.
`;

const normalizeHtmlFolder = (files: Record<string, string | Buffer>) => normalizeFolder("html-captures-", files);

test("a saved page and a text copy of it become one article with two sources, dated and named by the page", async () => {
  const run = await normalizeHtmlFolder({ "lantern-talks.html": PAGE, "lantern-talks-copy.txt": TEXT_COPY });
  try {
    assert.equal(run.articles.length, 1);
    const [article] = run.articles;
    assert.deepEqual([...article!.data.sources].map((source: string) => path.basename(source)).sort(), ["lantern-talks-copy.txt", "lantern-talks.html"]);
    assert.equal(article!.data.title, "Water talks resume between Erbil and Baghdad");
    assert.equal(article!.data.date, "2019-03-14");
    assert.equal(article!.data.outlet, "The Evening Lantern");
    assert.equal(article!.data.url, "https://lantern.example/world/water-talks-resume");
  } finally {
    run.cleanup();
  }
});

test("an empty page, a page with no story and a page over the size limit are each a message naming the file; the others are written", async () => {
  const huge = Buffer.concat([Buffer.from("<html><body>"), Buffer.alloc(9 * 1024 * 1024, "<p>x</p>"), Buffer.from("</body></html>")]);
  const run = await normalizeHtmlFolder({ "a-empty.html": "", "b-no-story.html": "<html><head><title>Loading…</title><script>render()</script></head><body></body></html>", "c-huge.htm": huge, "lantern-talks.html": PAGE });
  try {
    assert.equal(run.articles.length, 1);
    const about = (name: string) => run.result.messages.filter((message) => message.file?.endsWith(name)).map((message) => message.reason).join(" / ");
    assert.match(about("a-empty.html"), /saved page is empty: skipped/);
    assert.match(about("b-no-story.html"), /has no story text/);
    assert.match(about("c-huge.htm"), /is 9\.0 MB, over the 8 MB a saved page may take: skipped/);
  } finally {
    run.cleanup();
  }
});
