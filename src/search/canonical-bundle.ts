// Pagefind 1.5.2 writes filter values (and the list of filters) in Rust hash-map order, which
// changes from run to run, so two builds of the same site differ in bytes. This rewrites those
// files in sorted order under content-hash names, updating the metadata file that names them and
// the entry file that names it: same search results, byte-identical output.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { type CborValue, decodeCbor, encodeCbor } from "./tiny-cbor.ts";

/** What a Pagefind data file (gunzipped) starts with. */
export const PAGEFIND_MAGIC = "pagefind_dcd";
const MAGIC = new TextEncoder().encode(PAGEFIND_MAGIC);

function readPacked(file: string): CborValue {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  if (!MAGIC.every((byte, i) => raw[i] === byte)) throw new Error(`${file} is not a Pagefind data file`);
  return decodeCbor(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), MAGIC.length).value;
}

function packed(value: CborValue): { bytes: Buffer; hash: string } {
  const body = Buffer.concat([MAGIC, encodeCbor(value)]);
  return { bytes: zlib.gzipSync(body, { level: 9 }), hash: crypto.createHash("sha256").update(body.toString("latin1"), "latin1").digest("hex") };
}

const byFirstString = (a: CborValue, b: CborValue): number => {
  const x = String((a as CborValue[])[0]);
  const y = String((b as CborValue[])[0]);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Rewrites one Pagefind bundle folder (e.g. _site/pagefind) in a canonical, reproducible form. */
export function canonicalizeBundle(bundleDir: string): void {
  const entryFile = path.join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(fs.readFileSync(entryFile, "utf8")) as { languages: Record<string, { hash: string }> };
  for (const [language, info] of Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const metaFile = path.join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPacked(metaFile) as CborValue[];
    const filters = meta[3] as CborValue[];
    for (const filter of filters as [string, string][]) {
      const file = path.join(bundleDir, "filter", `${filter[1]}.pf_filter`);
      const [name, values] = readPacked(file) as [string, CborValue[]];
      const sorted = packed([name, [...values].sort(byFirstString)]);
      const hash = `${language}_${sorted.hash.slice(0, 7)}`;
      fs.rmSync(file);
      fs.writeFileSync(path.join(bundleDir, "filter", `${hash}.pf_filter`), sorted.bytes);
      filter[1] = hash;
    }
    filters.sort(byFirstString);
    const newMeta = packed(meta);
    const metaHash = `${language}_${newMeta.hash.slice(0, 10)}`;
    fs.rmSync(metaFile);
    fs.writeFileSync(path.join(bundleDir, `pagefind.${metaHash}.pf_meta`), newMeta.bytes);
    info.hash = metaHash;
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
}
