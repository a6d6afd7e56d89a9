// A project built from hostile captures (tests/fixtures/site/hostile-sources plus binary and
// mis-encoded files written here) through the real normalizer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, type BuildSiteResult } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { FIXTURE_DIR, TEST_SITE_URL } from "./fixture-site.ts";
import { warcOf } from "./warc-file.ts";

export interface HostileBuild {
  dir: string;
  sources: string;
  site: string;
  result: BuildSiteResult;
}

export async function buildHostileSite(): Promise<HostileBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-site-"));
  const sources = path.join(dir, "sources");
  fs.cpSync(path.join(FIXTURE_DIR, "hostile-sources"), sources, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(sources, name), bytes);
  write("image.txt", Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"));
  write("nul-bytes.txt", "Erbil talks\n\nERBIL, 1 December 2017 - Talks\u0000 resumed in Erbil.\u0000\n");
  write("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kirkuk calm returns\n\nKIRKUK, 2 December 2017 - Calm returned to Kirkuk.\n", "utf16le")]));
  write("invalid-utf8.txt", Buffer.concat([Buffer.from("Sulaymaniyah protest\n\nSULAYMANIYAH, 18 December 2017 - Protesters gathered "), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(" in Sulaymaniyah.\n")]));
  write(".leading-dot.txt", "Dohuk meeting\n\nDOHUK, 6 November 2017 - Officials met in Dohuk.\n");
  write("crlf and spaces ü.txt", "Baghdad statement\r\n\r\nBAGHDAD, 4 November 2017 - The statement\rwas read in Baghdad.\r\n");
  // Saved pages: one whose scripts and handlers must never reach the site, and pathological ones.
  const story = "<p>The provincial council in Erbil approved the new water budget on Sunday after a long debate about canal repairs and the price farmers pay.</p>";
  write("saved-page-scripts.html", `<html><head><title>Council approves water budget | Hostile Times</title><meta property="og:site_name" content="Hostile Times"><script>alert("page script")</script></head><body onload="alert('onload')"><h1>Council approves water budget</h1><article>${story.repeat(3)}<p><img src="x" onerror="alert('onerror')"><a href="javascript:alert('link')">a link</a></p><iframe src="https://evil.example/"></iframe></article></body></html>`);
  write("saved-page-deep.html", `<html><body>${"<div>".repeat(5000)}${story}${"</div>".repeat(5000)}</body></html>`);
  write("saved-page-broken-encoding.html", Buffer.concat([Buffer.from(`<html><head><meta charset="utf-8"><title>Bridge reopens in Dohuk</title></head><body><h1>Bridge reopens in Dohuk</h1><article>${story}<p>Traffic `), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(` returned to the bridge over the river in Dohuk on Monday after months of repairs to its deck.</p>${story}</article></body></html>`)]));
  write("saved-page-empty-body.htm", "<html><head><title>Nothing here</title></head><body></body></html>");
  write("crawl.warc.gz", await warcOf([{ url: "https://hostile.example/2019/12/03/ferry", html: `<html><head><title>Ferry service resumes</title><script>alert("warc page")</script></head><body><h1>Ferry service resumes</h1><article><p>The ferry between the two river towns resumed on Tuesday after the water level rose again, the operator said, ending a month of long detours by road.</p><p>Passengers queued from dawn, and the first crossing was full within minutes of the ticket office opening its doors.</p></article></body></html>` }]));
  const site = path.join(dir, "_site");
  const result = await buildSite({
    sourcesDir: sources,
    registryDir: path.join(FIXTURE_DIR, "registry"),
    articlesDir: path.join(dir, "articles"),
    outDir: site,
    config: siteConfigFrom({ SITE_URL: TEST_SITE_URL }),
  });
  return { dir, sources, site, result };
}
