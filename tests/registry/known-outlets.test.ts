// The well-known outlets gazetteer: hosts to names, names found in a page's own chrome.
import assert from "node:assert/strict";
import { test } from "node:test";
import fs from "node:fs";
import { isKnownAgency, KNOWN_OUTLET_KINDS, knownOutletOfHost, knownOutletsIn, NEWS_OUTLETS_FILE } from "../../src/registry/known-outlets.ts";
import { captureContext } from "../../src/normalize/capture-context.ts";
import { captureThrough } from "../normalize/helpers.ts";

test("a host or any of its subdomains is its outlet", () => {
  assert.equal(knownOutletOfHost("www.theguardian.com"), "The Guardian");
  assert.equal(knownOutletOfHost("edition.cnn.com"), "CNN");
  assert.equal(knownOutletOfHost("example-gazette.com"), undefined);
});

test("the data file is rows of a name, a known kind and valid lower-case hosts, sorted by name, no name or host twice", () => {
  const rows = JSON.parse(fs.readFileSync(NEWS_OUTLETS_FILE, "utf8")) as unknown[];
  assert.ok(rows.length >= 800, `${rows.length} outlets`);
  const names = new Set<string>();
  const hosts = new Map<string, string>();
  const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b, "en");
  let previous = "";
  for (const row of rows) {
    assert.ok(Array.isArray(row) && row.length >= 3 && row.every((cell) => typeof cell === "string"), `not [name, kind, host…]: ${JSON.stringify(row)}`);
    const [name, kind, ...own] = row as string[];
    assert.equal(name, name!.trim(), `spaces around ${JSON.stringify(name)}`);
    assert.ok(name && !names.has(name.toLowerCase()), `name twice: ${name}`);
    names.add(name.toLowerCase());
    assert.ok((KNOWN_OUTLET_KINDS as readonly string[]).includes(kind!), `${name}: unknown kind ${kind}`);
    assert.ok(byName(previous, name) < 0, `${name} is out of order after ${previous}`);
    previous = name;
    for (const host of own) {
      assert.match(host, /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}$/, `${name}: not a lower-case host: ${host}`);
      assert.ok(!host.startsWith("www."), `${name}: ${host} is written without "www."`);
      assert.ok(!hosts.has(host), `${host} is both ${hosts.get(host)}'s and ${name}'s`);
      hosts.set(host, name);
    }
  }
});

test("names are found as written, whole; agencies only when asked; a name that is a common word never", () => {
  assert.deepEqual(knownOutletsIn("© 2021 BBC News. All rights reserved."), ["BBC News"]);
  assert.deepEqual(knownOutletsIn("bbc news and cnnx are not names here"), []);
  assert.deepEqual(knownOutletsIn("Copyright The Associated Press"), []);
  assert.deepEqual(knownOutletsIn("Copyright The Associated Press", { agencies: true }), ["Associated Press"]);
  assert.deepEqual(knownOutletsIn("Time to vote, Nature calls"), []);
  // A one-word name that is an English word, a legal form or two letters matches only its host.
  assert.deepEqual(knownOutletsIn("Politics Variety Entrepreneur RT"), []);
  assert.deepEqual(knownOutletsIn("Copyright © 2019 Example Media Group, Inc."), []);
  assert.equal(knownOutletOfHost("variety.com"), "Variety");
  // A name joined to another by "&" is a menu's section, not the outlet.
  assert.deepEqual(knownOutletsIn("Foreign Policy & Trade"), []);
  assert.deepEqual(knownOutletsIn("© 2020 Foreign Policy"), ["Foreign Policy"]);
  assert.ok(isKnownAgency("The Associated Press") && !isKnownAgency("The Guardian"));
});

test("a name written in capitals or without its leading 'The' is found; the longest name found wins over one inside it", () => {
  assert.deepEqual(knownOutletsIn("THE TIMES OF INDIA | Oct 02, 2020, 19:02 IST"), ["The Times of India"]);
  assert.deepEqual(knownOutletsIn("Stay updated with Times of India for scores"), ["The Times of India"]);
  // Capitals are read only where the name is in capitals: a sentence's lower-case words are not a name.
  assert.deepEqual(knownOutletsIn("the times of india were hard"), []);
  // A leading "The" is dropped only where the rest is no common word ("The Independent" is not "Independent").
  assert.deepEqual(knownOutletsIn("An Independent review"), []);
  assert.deepEqual(knownOutletsIn("November 19th, 2019 at 8:40 AM"), []);
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
  // Its name in capitals in the stamp under the headline, or in the footer's links, is its own too.
  const stamped = captureThrough("find-outlet", ["Council votes to rebuild the covered market", "THE TIMES OF INDIA | Oct 02, 2020, 19:02 IST", ...story].join("\n"), { context });
  assert.equal(stamped.outlet, "The Times of India");
  const footer = captureThrough("find-outlet", ["Council votes to rebuild the covered market", ...story, "About", "Contact", "BBC News", "Privacy"].join("\n"), { context });
  assert.equal(footer.outlet, "BBC News");
});
