// The built site passes the Nu HTML checker (vnu-jar) with zero errors and linkinator finds no
// broken internal link or fragment. The checker runs once, over the site and a page with planted
// errors: its report must name those errors, so a checker that reads nothing cannot pass.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { check, LinkState } from "linkinator";
import { buildFixtureSite, type FixtureBuild } from "../helpers/fixture-site.ts";
import { checkHtml, formatNuHtmlMessage, type NuHtmlMessage } from "../helpers/nu-html-checker.ts";
import { htmlFiles } from "../helpers/tree-hash.ts";

const BROKEN_PAGE = "<!doctype html><html lang=en><title>x</title><p><div></span>";

let build: FixtureBuild;
let brokenDir: string;
let report: Promise<NuHtmlMessage[]> | undefined;

before(async () => {
  build = await buildFixtureSite();
  brokenDir = path.join(build.dir, "broken");
  fs.mkdirSync(brokenDir);
  fs.writeFileSync(path.join(brokenDir, "index.html"), BROKEN_PAGE);
});
after(() => fs.rmSync(build.dir, { recursive: true, force: true }));

const checkerReport = () => (report ??= checkHtml([build.site, brokenDir]));
const isBroken = (m: NuHtmlMessage) => m.url?.startsWith(`file:${brokenDir}/`) ?? false;

describe("validators", () => {
  test("every page validates with the Nu HTML checker", async () => {
    assert.ok(htmlFiles(build.site).length >= 35);
    const messages = (await checkerReport()).filter((m) => !isBroken(m));
    assert.deepEqual(messages.filter((m) => m.type !== "info").map(formatNuHtmlMessage), []);
  });

  test("the same run reports the errors planted in a broken page (it is not silently skipping pages)", async () => {
    const planted = (await checkerReport()).filter(isBroken);
    const errors = planted.filter((m) => m.type === "error").map((m) => m.message);
    assert.ok(errors.includes("Stray end tag “span”."), `expected the stray </span> to be reported; got ${JSON.stringify(planted)}`);
    assert.ok(errors.includes("Unclosed element “div”."), `expected the unclosed <div> to be reported; got ${JSON.stringify(planted)}`);
  });

  test("no internal link or fragment is broken", async () => {
    // Canonical URLs and outbound links point at other hosts; only the local site is checked.
    const result = await check({ path: build.site, recurse: true, checkFragments: true, linksToSkip: ["^https?://(?!localhost)"] });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`);
    assert.deepEqual(broken, []);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    assert.ok(checked > 60, `${checked} links checked`);
  });
});
