// Pieces of lists: a standfirst does not repeat the headline it starts with.
import assert from "node:assert/strict";
import { test } from "node:test";
import { standfirstAfterTitle } from "../../src/site/partials.ts";

test("a standfirst that opens with the headline shows what follows it", () => {
  assert.equal(standfirstAfterTitle({ title: "Barzani visits Kirkuk", standfirst: "Barzani visits Kirkuk. He met the governor…" }), "He met the governor…");
  assert.equal(standfirstAfterTitle({ title: "The vote, delayed", standfirst: "The vote — delayed: officials said…" }), "officials said…");
  assert.equal(standfirstAfterTitle({ title: "Short", standfirst: "Short." }), "");
});

test("any other standfirst is shown whole", () => {
  assert.equal(standfirstAfterTitle({ title: "Leaders meet", standfirst: "Masoud Barzani met the governor." }), "Masoud Barzani met the governor.");
});
