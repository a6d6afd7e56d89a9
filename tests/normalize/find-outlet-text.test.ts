// The outlet of a capture read from its text alone (no URL, no header): a wire's credit on a site
// that names itself, an owner's copyright, the forms a copyright notice takes. Every page here is
// invented for the test.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOutlet } from "../../src/normalize/find-outlet.ts";
import { copyrightHolder } from "../../src/normalize/site-name.ts";
import { isMediaCompany } from "../../src/registry/media-companies.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { bareContext, captureThrough } from "./helpers.ts";

const outlets = new OutletIndex([
  { name: "Reuters", kind: "news agency", aliases: [], signatures: ["\\(Reuters\\)\\s*[-–—]", "^\\(?Reporting by .*Editing by"] },
  { name: "Associated Press", kind: "news agency", aliases: ["AP"], signatures: ["\\(AP\\)\\s*[-–—]"] },
]);

const STORY = [
  "Harbour pilots end strike after pay deal",
  "Harbour pilots in the port city voted on Tuesday to end a two-week strike after the port authority offered a new pay deal, their union said.",
  "Ships had queued outside the breakwater for days, and several lines had begun to divert cargo to ports further along the coast.",
];

function attribute(lines: string[]) {
  const capture = captureThrough("find-date", lines.join("\n"), { context: bareContext("2026-11-23") });
  findOutlet(capture, { outlets });
  return capture;
}

const withLede = (lede: string) => [STORY[0]!, `${lede}${STORY[1]!}`, STORY[2]!];

describe("a wire's story republished by a site that names itself", () => {
  test("the site is the outlet and the wire its original outlet", () => {
    const result = attribute([...withLede("LISBON (Reuters) - "), "About us", "© 2021 Tidewater Courier. All rights reserved."]);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Tidewater Courier", "Reuters"]);
  });

  test("a wire's reporting credit at the end counts as its credit too", () => {
    const result = attribute([...STORY, "(Reporting by Ana Lopes; Editing by Tom Hale)", "© 2021 Tidewater Courier"]);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Tidewater Courier", "Reuters"]);
  });

  test("the story alone, copied without a page around it, is the wire's own", () => {
    const result = attribute(withLede("LISBON (Reuters) - "));
    assert.deepEqual([result.outlet, result.originalOutlet], ["Reuters", undefined]);
  });

  // A page's menus and footer: lines of chrome around the story that name no site.
  const MENU = ["Menu", "Home", "Local", "Region", "Business", "Sports", "Weather", "Obituaries", "Classifieds", "Jobs", "Homes", "Subscribe", "Log in"];
  const FOOTER = ["Contact us", "Careers", "Advertise", "Terms of Use", "Privacy Policy", "Cookie Settings", "Site Map", "Archives", "E-Edition", "Place an Ad"];

  test("on a site's page that does not name the site, the wire is the original and the outlet unknown", () => {
    const result = attribute([...MENU, ...withLede("LISBON (Reuters) - "), ...FOOTER]);
    assert.ok(result.removed.length >= 20, "the page's chrome was seen as chrome");
    assert.deepEqual([result.outlet, result.originalOutlet], [undefined, "Reuters"]);
  });

  test("a byline that is the wire's name alone does not make the page the wire's", () => {
    const result = attribute([...MENU, STORY[0]!, "Reuters", ...withLede("LISBON (Reuters) - ").slice(1), ...FOOTER]);
    assert.deepEqual([result.outlet, result.originalOutlet], [undefined, "Reuters"]);
  });

  test("the wire's own page names the wire in its chrome", () => {
    const result = attribute(["Discover Reuters Professional", ...MENU, ...withLede("LISBON (Reuters) - "), ...FOOTER]);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Reuters", undefined]);
  });

  test("the wire's own copyright under its story names the wire", () => {
    const result = attribute([...withLede("LISBON (AP) — "), "Copyright 2021 The Associated Press. All rights reserved."]);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Associated Press", undefined]);
  });
});

describe("an owner's copyright is not the outlet", () => {
  test("a well-known media company in the footer names no outlet", () => {
    assert.equal(attribute([...STORY, "© 1998 - 2021 Nexstar Inc. | All Rights Reserved."]).outlet, undefined);
    assert.equal(attribute([...STORY, "© Copyright Gannett 2021"]).outlet, undefined);
  });

  test("the gazetteer matches a company ignoring its legal form, and only whole names", () => {
    assert.ok(isMediaCompany("Nexstar Inc.") && isMediaCompany("Hearst Newspapers, LLC") && isMediaCompany("Sky UK"));
    assert.ok(!isMediaCompany("Sky News") && !isMediaCompany("Tidewater Courier"));
  });

  test("'Site, a division of Company Inc.' names the site", () => {
    assert.equal(attribute([...STORY, "© 2021 Tidewater Courier, a division of Coastline Media Inc. All rights reserved."]).outlet, "Tidewater Courier");
  });
});

describe("copyright notices in more forms", () => {
  const cases: Array<[string, string | undefined]> = [
    ["© 2021 - Tidewater Courier. All Rights Reserved.", "Tidewater Courier"],
    ["Copyright © 2020 · Tidewater Courier", "Tidewater Courier"],
    ["© 2019 Tidewater Courier unless otherwise noted. All rights reserved.", "Tidewater Courier"],
    ["Tidewater Courier Copyright © 2020.", "Tidewater Courier"],
    ["Copyright © 2020 Tidewater, Marsh & Co. Ltd. All rights reserved.", undefined],
    ["Privacy - Terms Copyright Tidewater Courier", undefined],
    ["About - Digital Millennium Copyright Act - Contact", undefined],
  ];
  for (const [line, holder] of cases) test(`"${line}" → ${holder}`, () => assert.equal(copyrightHolder(line), holder));

  test("a company in parts is no holder even when a company is asked for", () => {
    assert.equal(copyrightHolder("Copyright © 2020 Tidewater, Marsh & Co. Ltd.", { company: true }), undefined);
    assert.equal(copyrightHolder("Copyright © 2000- Tidewater.com, LLC.", { company: true }), "Tidewater.com");
  });

  test("a notice higher up the page counts when it says 'copyright' in words; a bare © there is a photo's credit", () => {
    const footer = Array.from({ length: 30 }, (_, at) => `Section ${at + 1}`);
    assert.equal(attribute([...STORY, "© Copyright 2021, Tidewater Courier", ...footer]).outlet, "Tidewater Courier");
    assert.equal(attribute([...STORY, "© Jane Marsh", ...footer]).outlet, undefined);
  });
});

describe("a site's own chrome over other names", () => {
  test("a photo's credit above the lede is no outlet's stamp", () => {
    const caption = "Pilots and port workers gather on the quay in the old harbour on Tuesday.";
    const result = attribute([STORY[0]!, caption, "Jane Q. Marsh / The Coastline Herald / Getty Images", STORY[1]!, STORY[2]!]);
    assert.equal(result.outlet, undefined);
  });

  test("an outlet's stamp on the lede still names it", () => {
    assert.equal(attribute(withLede("Tidewater Courier / ")).outlet, "Tidewater Courier");
  });

  test("a site that names itself in two kinds of line wins over a well-known outlet its chrome names once", () => {
    const page = ["Tidewater Courier", "ABC News", ...STORY, "More from Tidewater Courier", "Follow @TidewaterCourier"];
    assert.equal(attribute(page).outlet, "Tidewater Courier");
  });

  test("a wire's story on a site that names itself in its chrome: the site, the wire as original", () => {
    const result = attribute([...withLede("LISBON (AP) — "), "Advertise with Tidewater Courier", "About Tidewater Courier"]);
    assert.deepEqual([result.outlet, result.originalOutlet], ["Tidewater Courier", "Associated Press"]);
  });
});
