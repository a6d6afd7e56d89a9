import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOutlet } from "../../src/normalize/find-outlet.ts";
import { copyrightHolder } from "../../src/normalize/site-name.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { bareContext, captureThrough } from "./helpers.ts";

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
  // The outlets reach find-outlet only: the earlier stages run as before without them.
  const capture = captureThrough("find-date", text, { context: bareContext("2026-11-23") });
  findOutlet(capture, { outlets });
  return capture;
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

describe("findOutlet: the capture's URL", () => {
  const withUrl = (url: string, body: string) => attribute(`---\nurl: ${url}\n---\n${body}`);

  test("a registry outlet named by a signature on the URL", () => {
    const result = withUrl("https://sputniknews.com/world/201703071051-dam/", STORY);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule], ["Sputnik", "url-registry-signature"]);
  });

  test("a registry outlet whose name is the host's label, written without spaces", () => {
    const result = withUrl("https://www.shafaqnews.com/english/2019/dam-talks", STORY);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule], ["Shafaq News", "url-registry-host"]);
    assert.equal(withUrl("https://edition.al-monitor.com/originals/dam", STORY).outlet, "Al-Monitor");
  });

  test("an unknown site takes the name the page writes for its host, as the page writes it", () => {
    const result = withUrl("https://www.harbourlight.co.uk/news/dam-talks", `Menu\nHARBOUR LIGHT\nDam talks stall\n${STORY}\nHarbour Light\nAbout us`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule, result.outletEvidence?.line], ["Harbour Light", "url-site-name", 8]);
    assert.equal(result.messages.find((message) => message.ruleId === "outlet-unknown")?.data?.name, "Harbour Light");
  });

  test("the name in a title's suffix or a copyright footer", () => {
    assert.equal(withUrl("https://thedailylantern.com/2019/dam", `Dam talks stall | The Daily Lantern\n${STORY}`).outlet, "The Daily Lantern");
    assert.equal(withUrl("https://dailylantern.net/dam", `Dam talks stall\n${STORY}\n© 2020 Daily Lantern, LLC. All rights reserved.`).outlet, "Daily Lantern");
  });

  test("a personal blog's masthead that names its writer as the host does", () => {
    const result = withUrl("https://marlowe.me/blog/2019/08/02/dam-talks/", `Skip to content\nJane Marlowe's blog\nJane Marlowe writes about water.\nDam talks stall\n${STORY}`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule], ["Jane Marlowe's blog", "url-site-name"]);
    assert.equal(withUrl("https://janeroe.net/dam", `The Jane Roe Blog\nDam talks stall\n${STORY}`).outlet, "The Jane Roe Blog");
    // Another writer's blog named on the page is not this site's name.
    assert.equal(withUrl("https://marlowe.me/dam", `Sam Poe's blog\nDam talks stall\n${STORY}`).outlet, "marlowe.me");
  });

  test("with no name for it in the page, the host without www.", () => {
    const result = withUrl("https://www.quietvalleypost.org/dam-talks", `Dam talks stall\n${STORY}\n© 2020 Valley Media Group`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule, result.outletEvidence?.confidence], ["quietvalleypost.org", "url-host", "medium"]);
  });

  test("a wire's credit on the site's page is the original outlet, not the outlet", () => {
    const result = withUrl("https://www.harbourlight.com/world/dam-talks", `Harbour Light\nERBIL, Iraq (Reuters) - ${STORY}`);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Harbour Light", "Reuters"]);
  });

  test("a republisher's disclaimer still wins over the URL", () => {
    const result = withUrl("https://www.harbourlight.com/dam", `Headline of the piece here\nBy Fazel Hawramy for Al-Monitor. Any opinions expressed are those of the author, and do not necessarily reflect the views of Iraq Business News.\n${STORY}`);
    assert.equal(result.outlet, "Iraq Business News");
  });

  test("the header's outlet wins over the URL", () => {
    assert.equal(attribute(`---\nurl: https://www.harbourlight.com/dam\noutlet: Shafaq\n---\n${STORY}`).outlet, "Shafaq News");
  });
});

describe("findOutlet: a copyright line, for a page with no URL", () => {
  test("a company's copyright over a page whose chrome names its well-known site by a longer name: the site", () => {
    const result = attribute(`ABC News\nWorld\nDam talks stall\n${STORY}\nABC News\nCopyright © 2020 ABC, Inc. All rights reserved.`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule], ["ABC News", "known-outlet-in-chrome"]);
  });

  test("'© 2020 Example News' near the end names the outlet, with low confidence", () => {
    const result = attribute(`Dam talks stall\n${STORY}\nContact us\n© 2020 Riverside Courier`);
    assert.deepEqual([result.outlet, result.outletEvidence?.rule, result.outletEvidence?.confidence], ["Riverside Courier", "copyright-line", "low"]);
  });

  test("'Copyright 2021 Example Times. All rights reserved.' and a registry name", () => {
    assert.equal(attribute(`Dam talks stall\n${STORY}\nCopyright 2021 Riverside Times. All rights reserved.`).outlet, "Riverside Times");
    assert.equal(attribute(`Dam talks stall\n${STORY}\nCopyright © 2019-2021 Shafaq. All rights reserved.`).outlet, "Shafaq News");
  });

  test("a holder with a legal form counts when the page names it elsewhere, not as a company", () => {
    assert.equal(attribute(`Riverside Courier\nDam talks stall\n${STORY}\n© 2020 Riverside Courier Pty Ltd`).outlet, "Riverside Courier");
    assert.equal(attribute(`Dam talks stall\n${STORY}\nRiverside Courier, Inc., 12 Main Street\n© 2020 Riverside Courier, Inc.`).outlet, undefined);
    assert.equal(attribute(`Riverside Media Group\nDam talks stall\n${STORY}\n© 2020 Riverside Media Group LLC`).outlet, undefined);
  });

  test("a holder named by its web address is the site, even in a long notice with a legal form; a parent company in one is not", () => {
    const notice = "Copyright © 2019 Riverside.com, LLC. Reproduction of material from any Riverside pages without written permission is strictly prohibited. Riverside is a registered trademark of Riverside.com, LLC, used here under licence.";
    assert.equal(attribute(`Dam talks stall\n${STORY}\n${notice}`).outlet, "Riverside.com");
    const parent = "© 2020 Riverside Media Group. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights.";
    assert.equal(attribute(`Dam talks stall\n${STORY}\n${parent}`).outlet, undefined);
  });

  test("a copyright line that names no one is not an outlet", () => {
    assert.equal(attribute(`Dam talks stall\n${STORY}\n© 2020 all rights reserved`).outlet, undefined);
    assert.equal(attribute(`Dam talks stall\n${STORY}\nCopyright laws protect this work, the court said in a ruling on the matter last week.`).outlet, undefined);
  });
});

describe("findOutlet: names in the page for a site, more forms", () => {
  const withUrl = (url: string, body: string) => attribute(`---\nurl: ${url}\n---\n${body}`);

  test("a subdomain that names its own site", () => {
    assert.equal(withUrl("https://nightowl.examplemusic.com/reviews/dam", `NIGHT OWL\nDam talks stall\n${STORY}`).outlet, "Night Owl");
  });

  test("a generic subdomain is not the site", () => {
    assert.equal(withUrl("https://news.quietvalley.org/dam", `News\nDam talks stall\n${STORY}`).outlet, "news.quietvalley.org");
  });

  test("a name the page writes in capitals only is made readable; acronyms stay", () => {
    assert.equal(withUrl("https://www.theeveninglantern.com/dam", `THE EVENING LANTERN\nDam talks stall\n${STORY}`).outlet, "The Evening Lantern");
    assert.equal(withUrl("https://www.rtk24news.com/dam", `RTK24 NEWS\nDam talks stall\n${STORY}`).outlet, "RTK24 News");
  });

  test("a name in lower case only is no better than the host", () => {
    assert.equal(withUrl("https://www.lanternpost.de/dam", `lanternpost\nDam talks stall\n${STORY}`).outlet, "lanternpost.de");
  });

  test("a copyright holder written as a domain keeps its dot", () => {
    assert.equal(withUrl("https://lanternpost.org/dam", `Dam talks stall\n${STORY}\n© LanternPost.org 2003-2020, Lantern network`).outlet, "LanternPost.org");
  });
});

describe("copyrightHolder", () => {
  const cases: Array<[string, string | undefined]> = [
    ["© 2020 Riverside Courier", "Riverside Courier"],
    ["© Copyright 2020 Riverside Courier", "Riverside Courier"],
    ["Copyright Riverside Courier 2018", "Riverside Courier"],
    ["Copyright © 2015-2020 Riverside Courier. All rights reserved.", "Riverside Courier"],
    ["© 2020 Riverside Courier, LLC", undefined],
    ["Copyright © 2020 Riverside, Smith & Co. Ltd. All rights reserved.", undefined],
    ["© 2020 Riverside Courier Pty Ltd", undefined],
    ["© 2020 Riverside Media Group. All rights reserved.", undefined],
    ["© 2020 Riverside Holdings Inc.", undefined],
    ["© 2020", undefined],
  ];
  for (const [line, holder] of cases) test(`"${line}" → ${holder}`, () => assert.equal(copyrightHolder(line), holder));
  test("a company's name, legal form cut, when asked for (matching a URL's host)", () => {
    assert.equal(copyrightHolder("© 2020 Riverside Courier Pty Ltd", { company: true }), "Riverside Courier");
    assert.equal(copyrightHolder("© Copyright 2020 Riverside Courier, LLC", { company: true }), "Riverside Courier");
  });
});

describe("findOutlet: a site's name against its host, strictly", () => {
  test("a name with the host's suffix matches; a sister site's name with another suffix does not", () => {
    const withUrl = (url: string, body: string) => attribute(`---\nurl: ${url}\n---\n${body}`);
    assert.equal(withUrl("https://www.lanternpost.com/dam", `LanternPost.com\nDam talks stall\n${STORY}`).outlet, "LanternPost.com");
    assert.equal(withUrl("https://thelantern.com/dam", `Lantern.TV\nDam talks stall\n${STORY}`).outlet, "thelantern.com");
  });
});
