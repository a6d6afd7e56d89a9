// An article keeps the address it was first published under, through the real normalizer and
// build: a corrected headline leaves it where it was, two published articles merged leave a
// redirect at the retired address, a split gives each its own address back, and a withdrawn
// capture's address is never given to another story. Every rebuild equals a clean build.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { after, before, describe, test } from "node:test";
import { buildSite, type BuildSiteOptions } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { FIXTURE_DIR, TEST_SITE_URL } from "../helpers/fixture-site.ts";
import { treeHashes } from "../helpers/tree-hash.ts";

const TALKS = `Delegations from Baghdad and Erbil met on Monday in the Kurdistan Region's capital to discuss oil exports, the salaries of public employees and the share of the federal budget owed to the region. Officials on both sides described the meeting as constructive and agreed to meet again within two weeks.`;
const KIRKUK = `Iraqi forces entered Kirkuk on Monday as the Peshmerga withdrew from positions they had held since 2014. Residents said the streets were calm by the evening, while officials in Erbil called the withdrawal a betrayal and accused some commanders of striking a deal with Baghdad without consulting the regional government.`;
const DAM = `Engineers warned on Tuesday that the Mosul dam on the Tigris needs constant grouting to stay safe. An Italian firm has been repairing the dam's foundations for two years, and the ministry of water resources said the work would continue through the winter despite disputes over payments to the contractor.`;

const MARKET = `Traders in Sulaymaniyah said on Thursday that the price of cooking gas had doubled in a week after the border crossing with Iran was closed. Families queued for hours outside distribution points, and the governor promised that tankers from Erbil would arrive before the weekend to ease the shortage.`;

const capture = (title: string, date: string, story: string) => `---\ntitle: "${title}"\ndate: "${date}"\noutlet: "Shafaq News"\n---\n${title}\n${story}\n`;

let dir: string;
let sources: string;
let ledger: string;

function build(out: string, options: BuildSiteOptions = {}) {
  return buildSite({
    sourcesDir: sources,
    registryDir: path.join(FIXTURE_DIR, "registry"),
    articlesDir: path.join(dir, "content/articles"),
    outDir: path.join(dir, out),
    search: false,
    config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
    ...options,
  });
}

const page = (out: string, slug: string) => path.join(dir, out, "articles", slug, "index.html");
const read = (out: string, slug: string) => fs.readFileSync(page(out, slug), "utf8");
const write = (name: string, text: string) => fs.writeFileSync(path.join(sources, name), text);

/**
 * Files that differ between two built sites (the rebuilt one and a clean build of the same input);
 * dot files at the root (a build's own id) are not content.
 */
function differences(a: string, b: string): string[] {
  const left = treeHashes(path.join(dir, a));
  const right = treeHashes(path.join(dir, b));
  return [...new Set([...left.keys(), ...right.keys()])].filter((file) => !file.startsWith(".") && left.get(file) !== right.get(file)).sort();
}

/** The page URLs a Pagefind bundle indexed (its fragments are gzipped JSON behind a signature). */
function indexedUrls(bundle: string): string[] {
  const folder = path.join(bundle, "fragment");
  return fs.readdirSync(folder).map((name) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(folder, name))).toString("utf8");
    return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
  });
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stable-addresses-"));
  sources = path.join(dir, "content/sources");
  ledger = path.join(dir, "content/addresses.jsonl");
  fs.mkdirSync(sources, { recursive: true });
  write("a-talks.txt", capture("Talks resume in Erbl", "2017-10-16", TALKS));
  write("b-kirkuk.txt", capture("Peshmerga withdraw from Kirkuk", "2017-10-16", KIRKUK));
  write("c-dam.txt", capture("Mosul dam needs constant repair", "2017-10-17", DAM));
  const first = await build("site");
  assert.equal(first.exitCode, 0, JSON.stringify(first.messages));
  assert.equal(first.counts.articles, 3);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("stable article addresses", () => {
  test("the first build records each article's address in the ledger next to the articles folder", () => {
    assert.equal(
      fs.readFileSync(ledger, "utf8"),
      '["mosul-dam-needs-constant-repair",3,"c-dam.txt"]\n["peshmerga-withdraw-from-kirkuk",2,"b-kirkuk.txt"]\n["talks-resume-in-erbl",1,"a-talks.txt"]\n',
    );
  });

  test("a corrected headline keeps the article at its old address, with the new title", async () => {
    const before = fs.statSync(ledger, { throwIfNoEntry: false })?.mtimeMs;
    write("a-talks.txt", capture("Talks resume in Erbil", "2017-10-16", TALKS));
    const rebuilt = await build("site");
    assert.equal(rebuilt.exitCode, 0);
    assert.match(read("site", "talks-resume-in-erbl"), /<h1[^>]*>Talks resume in Erbil<\/h1>/);
    assert.ok(!fs.existsSync(page("site", "talks-resume-in-erbil")), "no second address");
    assert.ok(fs.existsSync(path.join(dir, "content/articles/talks-resume-in-erbl.md")));
    assert.equal(fs.statSync(ledger).mtimeMs, before, "the ledger is not rewritten when no address changes");
    await build("clean", { incremental: false });
    assert.deepEqual(differences("site", "clean"), []);
  });

  test("two published articles merged: the first published keeps its address, the other redirects to it", async () => {
    write("b-kirkuk.txt", capture("Peshmerga leave Kirkuk", "2017-10-16", `${TALKS} ${KIRKUK}`));
    write("a-talks.txt", capture("Talks resume in Erbil", "2017-10-16", `${TALKS} ${KIRKUK}`));
    const merged = await build("site", { search: true });
    assert.equal(merged.exitCode, 0, JSON.stringify(merged.messages));
    assert.equal(merged.counts.articles, 2, "the two captures are one story");
    assert.match(read("site", "talks-resume-in-erbl"), /b-kirkuk\.txt/, "the kept article lists both captures");

    const redirect = read("site", "peshmerga-withdraw-from-kirkuk");
    assert.match(redirect, /<meta http-equiv="refresh" content="0; url=\/articles\/talks-resume-in-erbl\/">/);
    assert.match(redirect, /<link rel="canonical" href="https:\/\/archive\.example\/articles\/talks-resume-in-erbl\/">/);
    assert.match(redirect, /<meta name="robots" content="noindex">/);
    assert.match(redirect, /<a class="article-list__title" href="\/articles\/talks-resume-in-erbl\/">Talks resume in Erbil<\/a>/);
    assert.doesNotMatch(redirect, /data-pagefind-body/);
    const sitemap = fs.readFileSync(path.join(dir, "site/sitemap.xml"), "utf8");
    assert.match(sitemap, /articles\/talks-resume-in-erbl\//);
    assert.doesNotMatch(sitemap, /peshmerga-withdraw-from-kirkuk/);
    const indexed = indexedUrls(path.join(dir, "site/pagefind"));
    assert.ok(indexed.includes("/articles/talks-resume-in-erbl/"), indexed.join(" "));
    assert.ok(!indexed.some((url) => url.includes("peshmerga-withdraw-from-kirkuk")), "the redirect is not searchable");

    await build("clean-merged", { incremental: false, search: true });
    assert.deepEqual(differences("site", "clean-merged"), []);
    await build("eleventy-merged", { renderer: "eleventy", search: true });
    assert.deepEqual(differences("eleventy-merged", "clean-merged"), [], "Eleventy writes the same redirect page");
  });

  test("split again, each article is back at its own address and the redirect is gone", async () => {
    write("a-talks.txt", capture("Talks resume in Erbil", "2017-10-16", TALKS));
    write("b-kirkuk.txt", capture("Peshmerga leave Kirkuk", "2017-10-16", KIRKUK));
    const split = await build("site");
    assert.equal(split.exitCode, 0);
    assert.match(read("site", "peshmerga-withdraw-from-kirkuk"), /<h1[^>]*>Peshmerga leave Kirkuk<\/h1>/);
    assert.doesNotMatch(read("site", "peshmerga-withdraw-from-kirkuk"), /http-equiv="refresh"/);
    assert.ok(!fs.existsSync(page("site", "peshmerga-leave-kirkuk")));
  });

  test("a withdrawn capture's address serves no page and is never given to another story; the capture back, the address is back", async () => {
    fs.rmSync(path.join(sources, "a-talks.txt"));
    write("d-talks.txt", capture("Talks resume in Erbl", "2017-11-02", MARKET));
    const withdrawn = await build("site");
    assert.equal(withdrawn.exitCode, 0);
    assert.ok(!fs.existsSync(page("site", "talks-resume-in-erbl")), "the withdrawn article's address is a 404");
    assert.ok(fs.existsSync(page("site", "talks-resume-in-erbl-2")), "the new story with the same headline gets another address");
    assert.match(fs.readFileSync(path.join(dir, "site/404.html"), "utf8"), /never given to another story/);

    write("a-talks.txt", capture("Talks resume in Erbil", "2017-10-16", TALKS));
    const back = await build("site");
    assert.equal(back.exitCode, 0);
    assert.match(read("site", "talks-resume-in-erbl"), /<h1[^>]*>Talks resume in Erbil<\/h1>/);
    await build("clean-back", { incremental: false });
    assert.deepEqual(differences("site", "clean-back"), []);
  });

  test("a ledger with a git conflict marker stops the build before any address is given; the site is untouched", async () => {
    const text = fs.readFileSync(ledger, "utf8");
    const siteBefore = treeHashes(path.join(dir, "site"));
    fs.writeFileSync(ledger, `<<<<<<< HEAD\n${text}=======\n>>>>>>> branch\n`);
    write("e-new.txt", capture("A new story arrives", "2017-12-01", MARKET.replace("Sulaymaniyah", "Halabja")));
    const blocked = await build("site");
    assert.equal(blocked.exitCode, 1);
    assert.equal(blocked.written, false);
    const error = blocked.messages.find((message) => message.ruleId === "address-ledger");
    assert.equal(error?.line, 1);
    assert.match(error!.reason, /merge conflict/);
    assert.deepEqual(treeHashes(path.join(dir, "site")), siteBefore);
    fs.writeFileSync(ledger, text);
  });
});
