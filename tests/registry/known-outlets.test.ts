// The well-known outlets gazetteer: hosts to names, names found in a page's own chrome.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isKnownAgency, knownOutletOfHost, knownOutletsIn } from "../../src/registry/known-outlets.ts";
import { captureContext } from "../../src/normalize/capture-context.ts";
import { captureThrough } from "../normalize/helpers.ts";

test("a host or any of its subdomains is its outlet", () => {
  assert.equal(knownOutletOfHost("www.theguardian.com"), "The Guardian");
  assert.equal(knownOutletOfHost("edition.cnn.com"), "CNN");
  assert.equal(knownOutletOfHost("example-gazette.com"), undefined);
});

test("names are found as written, whole; agencies only when asked; a name that is a common word never", () => {
  assert.deepEqual(knownOutletsIn("© 2021 BBC News. All rights reserved."), ["BBC News"]);
  assert.deepEqual(knownOutletsIn("bbc news and cnnx are not names here"), []);
  assert.deepEqual(knownOutletsIn("Copyright The Associated Press"), []);
  assert.deepEqual(knownOutletsIn("Copyright The Associated Press", { agencies: true }), ["Associated Press"]);
  assert.deepEqual(knownOutletsIn("Time to vote, Nature calls"), []);
  assert.ok(isKnownAgency("The Associated Press") && !isKnownAgency("The Guardian"));
});

test("a page without its URL that names a well-known outlet in its chrome is that outlet's; one named in a headline is not", () => {
  const context = captureContext({ registryDir: "/nonexistent", registries: { actors: [], places: [], outlets: [] }, now: "2026-11-23" });
  const story = [
    "The city council of Duhok voted on Tuesday to rebuild the old covered market that burned down last spring, officials said.",
    "Shop owners had asked for the work to start before winter, when trade in the market is at its busiest.",
  ];
  const page = captureThrough("find-outlet", ["Skip to content", "BBC News | Home", "Local", "Weather", "Council votes to rebuild the covered market", ...story].join("\n"), { context });
  assert.equal(page.outlet, "BBC News");
  assert.equal(page.outletEvidence?.rule, "known-outlet-in-chrome");
  const headline = captureThrough("find-outlet", ["Skip to content", "Menu", "How the BBC News archive of the market fire was rebuilt from tapes", ...story].join("\n"), { context });
  assert.equal(headline.outlet, undefined);
});
