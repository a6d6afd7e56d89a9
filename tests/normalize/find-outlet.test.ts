import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findDate } from "../../src/normalize/find-date.ts";
import { findOutlet } from "../../src/normalize/find-outlet.ts";
import { findTitle } from "../../src/normalize/find-title.ts";
import { readCapture } from "../../src/normalize/read-capture.ts";
import { stripBoilerplate } from "../../src/normalize/strip-boilerplate.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";

const outlets = new OutletIndex([
  { name: "Sputnik", kind: "state media", aliases: ["Sputnik News"], signatures: ["^Get short URL$", "^Listen Live$", "sputniknews\\.com"] },
  { name: "Reuters", kind: "news agency", aliases: [], signatures: ["\\(Reuters\\)\\s*[-–—]"] },
  { name: "Al-Monitor", kind: "independent", aliases: [], signatures: [] },
  { name: "Iraq Business News", kind: "republisher", aliases: [], signatures: [] },
  { name: "Shafaq News", kind: "independent", aliases: ["Shafaq"], signatures: [] },
  { name: "Kurdistan Regional Government", kind: "government", aliases: ["KRG"], signatures: [] },
  { name: "Rudaw", kind: "broadcaster", aliases: [], signatures: ["[("] },
]);

const STORY = "Officials from Baghdad and Erbil met on Monday to discuss the budget and the oil exports, officials said.";

function attribute(text: string) {
  const { capture } = readCapture({ file: "t.txt", bytes: new TextEncoder().encode(text) });
  return findOutlet(findDate(findTitle(stripBoilerplate(capture!)), { now: "2026-11-23" }), { outlets });
}

describe("findOutlet", () => {
  test("a republisher's disclaimer: outlet, original outlet and author", () => {
    const result = attribute(`Headline of the piece here\nBy Fazel Hawramy for Al-Monitor. Any opinions expressed are those of the author, and do not necessarily reflect the views of Iraq Business News.\n${STORY}`);
    assert.deepEqual([result.outlet, result.originalOutlet, result.author, result.outletEvidence?.rule], ["Iraq Business News", "Al-Monitor", "Fazel Hawramy", "republisher-disclaimer"]);
  });

  test("an outlet's stamp on the lede", () => {
    const result = attribute(`Shafaq News / ${STORY}`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule, result.outletEvidence?.confidence], ["Shafaq News", "lede-stamp", "high"]);
  });

  test("an unknown outlet's stamp is kept as written and reported for curation", () => {
    const result = attribute(`Basnews Agency / ${STORY}`);
    assert.equal(result.outlet, "Basnews Agency");
    const note = result.messages.find((message) => message.ruleId === "outlet-unknown");
    assert.deepEqual([note?.data, note?.line], [{ name: "Basnews Agency" }, 1]);
  });

  test("page chrome that is a site's signature", () => {
    const result = attribute(`Listen Live\nGet short URL\n${STORY}`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule, result.outletEvidence?.confidence], ["Sputnik", "registry-signature", "high"]);
  });

  test("an agency dateline", () => {
    assert.equal(attribute(`ERBIL, Iraq (Reuters) - ${STORY}`).outlet, "Reuters");
  });

  test("a government's statement in the first person plural: outlet and author", () => {
    const result = attribute(`${STORY}\nThe KRG remains prepared to negotiate. We call on the international community to act now.`);
    assert.deepEqual([result.outlet, result.author, result.outletEvidence?.rule], ["Kurdistan Regional Government", "Kurdistan Regional Government", "official-statement"]);
  });

  test("a quoted 'we' is somebody speaking in a report, not a statement", () => {
    assert.equal(attribute(`${STORY}\n"We call on the KRG to talk," a Gorran official told reporters.`).outlet, undefined);
  });

  test("'… told Al-Monitor' names the outlet with low confidence", () => {
    const result = attribute(`${STORY} "It will not happen," a source told Al-Monitor.`);
    assert.deepEqual([result.outlet, result.outletEvidence?.confidence], ["Al-Monitor", "low"]);
  });

  test("the header's outlet wins and is canonicalised", () => {
    assert.equal(attribute(`---\noutlet: Sputnik News\n---\nGet short URL\n${STORY}`).outlet, "Sputnik");
  });

  test("a byline alone gives the author", () => {
    assert.equal(attribute(`Headline of the piece here\nBy John Smith\n${STORY}`).author, "John Smith");
  });

  test("an invalid signature in the registry is reported, not thrown", () => {
    assert.equal(outlets.messages.length, 1);
    assert.match(outlets.messages[0]!.reason, /Rudaw/);
  });
});
