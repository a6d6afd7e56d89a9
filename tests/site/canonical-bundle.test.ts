// Pagefind's filter files rewritten in sorted order: byte-identical across runs, same content.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, test } from "node:test";
import { canonicalizeBundle } from "../../src/search/canonical-bundle.ts";
import { decodeCbor, encodeCbor, type CborValue } from "../../src/search/tiny-cbor.ts";

const pack = (value: CborValue) => zlib.gzipSync(Buffer.concat([Buffer.from("pagefind_dcd"), encodeCbor(value)]));
const unpack = (file: string) => {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  return decodeCbor(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), 12).value;
};

function bundle(order: "ab" | "ba"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-"));
  fs.mkdirSync(path.join(dir, "filter"));
  const values: CborValue[] = [["Erbil", [0, 2]], ["Baghdad", [1]]];
  fs.writeFileSync(path.join(dir, "filter", "en_1111111.pf_filter"), pack(["place", order === "ab" ? values : [...values].reverse()]));
  fs.writeFileSync(path.join(dir, "filter", "en_2222222.pf_filter"), pack(["year", [["2017", [0, 1, 2]]]]));
  const filters: CborValue[] = [["year", "en_2222222"], ["place", "en_1111111"]];
  const meta: CborValue = ["1.5.2", [["en_aaaaaaa", 10]], [["a", "z", "en_bbbbbbb"]], order === "ab" ? filters : [...filters].reverse(), [["date", [1, 0, 2]]], ["title"]];
  fs.writeFileSync(path.join(dir, "pagefind.en_0123456789.pf_meta"), pack(meta));
  fs.writeFileSync(path.join(dir, "pagefind-entry.json"), JSON.stringify({ version: "1.5.2", languages: { en: { hash: "en_0123456789", wasm: "en", page_count: 3 } } }));
  return dir;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out.set(name, fs.readFileSync(full, "latin1"));
  }
  return out;
}

describe("canonicalizeBundle", () => {
  test("CBOR round-trips byte for byte", () => {
    const value: CborValue = ["x", [0, 23, 24, 255, 256, 65535, 65536], ["é", new Uint8Array([1, 2])], "a".repeat(300)];
    const bytes = encodeCbor(value);
    assert.deepEqual(decodeCbor(bytes).value, value);
    assert.deepEqual(encodeCbor(decodeCbor(bytes).value), bytes);
  });

  test("two bundles that differ only in hash-map order become identical", () => {
    const a = bundle("ab");
    const b = bundle("ba");
    assert.notDeepEqual(files(a), files(b));
    canonicalizeBundle(a);
    canonicalizeBundle(b);
    assert.deepEqual(files(a), files(b));
    fs.rmSync(a, { recursive: true });
    fs.rmSync(b, { recursive: true });
  });

  test("the rewritten files keep their content and are named in the metadata and entry files", () => {
    const dir = bundle("ba");
    canonicalizeBundle(dir);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8"));
    const meta = unpack(path.join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`)) as CborValue[];
    assert.deepEqual((meta[3] as string[][]).map((f) => f[0]), ["place", "year"]);
    const place = unpack(path.join(dir, "filter", `${(meta[3] as string[][])[0]![1]}.pf_filter`));
    assert.deepEqual(place, ["place", [["Baghdad", [1]], ["Erbil", [0, 2]]]]);
    assert.deepEqual(meta[1], [["en_aaaaaaa", 10]]);
    assert.deepEqual(fs.readdirSync(path.join(dir, "filter")).length, 2);
    fs.rmSync(dir, { recursive: true });
  });
});
