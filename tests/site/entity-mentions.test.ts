// Where a story names an entity: the sentence quoted on the entity's page, and the first mention linked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { linkFirstMentions, sentenceNaming, storySentences } from "../../src/site/entity-mentions.ts";

const STORY = "<p>Talks began on Monday. Officials in Hawler said Masoud Barzani would attend.</p>\n<p>Barzani arrived late. Masoud Barzani spoke first &amp; last.</p>";
const link = (path: string) => `/archive${path}`;

test("a story splits into sentences at full stops followed by a capital, and across paragraphs", () => {
  assert.deepEqual(storySentences(STORY), ["Talks began on Monday.", "Officials in Hawler said Masoud Barzani would attend.", "Barzani arrived late.", "Masoud Barzani spoke first & last."]);
});

test("the quoted sentence is the first naming the entity under any of its names, whole words only", () => {
  const sentences = storySentences(STORY);
  assert.equal(sentenceNaming(["Erbil", "Hawler"])(sentences), "Officials in Hawler said Masoud Barzani would attend.");
  assert.equal(sentenceNaming(["Talk"])(sentences), undefined, "no match inside a longer word");
  assert.equal(sentenceNaming(["Baghdad"])(sentences), undefined);
});

test("a long sentence is shortened around the name", () => {
  const long = `${"word ".repeat(100)}Kirkuk ${"more ".repeat(100)}end.`;
  const quoted = sentenceNaming(["Kirkuk"])([long])!;
  assert.ok(quoted.length <= 284, `${quoted.length} characters`);
  assert.match(quoted, /^…word .* Kirkuk more .*…$/);
});

test("only the first mention of each entity is linked, the longest name winning, and never inside a link or heading", () => {
  const mentions = [{ path: "/actors/masoud-barzani/", names: ["Masoud Barzani", "Barzani"] }, { path: "/places/erbil/", names: ["Erbil", "Hawler"] }];
  const out = linkFirstMentions(`<h2>Hawler today</h2>\n<p><a href="https://x.example/">Barzani</a> said.</p>\n${STORY}`, mentions, link);
  assert.equal((out.match(/class="mention"/g) ?? []).length, 2);
  assert.match(out, /<h2>Hawler today<\/h2>/);
  assert.match(out, /<a href="https:\/\/x.example\/">Barzani<\/a>/);
  assert.match(out, /Officials in <a class="mention" href="\/archive\/places\/erbil\/">Hawler<\/a> said <a class="mention" href="\/archive\/actors\/masoud-barzani\/">Masoud Barzani<\/a> would attend/);
  assert.match(out, /Barzani arrived late\. Masoud Barzani spoke first &amp; last\./, "later mentions stay text");
});

test("names with HTML-significant characters match their escaped form in the story", () => {
  const out = linkFirstMentions("<p>AT&amp;T said so.</p>", [{ path: "/actors/att/", names: ["AT&T"] }], link);
  assert.equal(out, '<p><a class="mention" href="/archive/actors/att/">AT&amp;T</a> said so.</p>');
});

test("a later mention of a linked entity is passed over whole: no shorter name inside it is linked", () => {
  const mentions = [{ path: "/actors/mod/", names: ["Ministry of Defence (Iraq)"] }, { path: "/places/iraq/", names: ["Iraq"] }];
  const out = linkFirstMentions("<p>The Ministry of Defence (Iraq) spoke. The Ministry of Defence (Iraq) spoke again about Iraq.</p>", mentions, link);
  assert.equal(out, '<p>The <a class="mention" href="/archive/actors/mod/">Ministry of Defence (Iraq)</a> spoke. The Ministry of Defence (Iraq) spoke again about <a class="mention" href="/archive/places/iraq/">Iraq</a>.</p>');
});

test("a name inside a longer name is not that name: 'Barzani' in 'Nechirvan Barzani', 'Kurdistan' in 'Kurdistan Regional Government'", () => {
  const barzani = sentenceNaming(["Masoud Barzani", "Barzani"]);
  assert.equal(barzani(["Nechirvan Barzani replaced this member.", "In Erbil, Barzani spoke."]), "In Erbil, Barzani spoke.");
  assert.equal(barzani(["The Barzani family met."]), "The Barzani family met.", "after a word that starts phrases it still counts");
  const kurdistan = sentenceNaming(["Iraqi Kurdistan", "Kurdistan"]);
  assert.equal(kurdistan(["The Kurdistan Regional Government met.", "Kurdistan voted."]), "Kurdistan voted.");
  const out = linkFirstMentions("<p>Nechirvan Barzani spoke, then Barzani left.</p>", [{ path: "/actors/masoud-barzani/", names: ["Masoud Barzani", "Barzani"] }], link);
  assert.equal(out, '<p>Nechirvan Barzani spoke, then <a class="mention" href="/archive/actors/masoud-barzani/">Barzani</a> left.</p>');
});
