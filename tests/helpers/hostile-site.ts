// A project built from hostile captures (tests/fixtures/site/hostile-sources plus binary and
// mis-encoded files written here) through the real normalizer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSite, type BuildSiteResult } from "../../src/publish/build-site.ts";
import { siteConfigFrom } from "../../src/site/site-config.ts";
import { FIXTURE_DIR, TEST_SITE_URL } from "./fixture-site.ts";

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
