import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decodeBytes } from "../../src/normalize/decode-bytes.ts";

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = Buffer.from(text, "utf16le");
  if (bigEndian) bytes.swap16();
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...bytes]);
};

describe("decodeBytes", () => {
  test("reads UTF-8 with and without a BOM", () => {
    const plain = decodeBytes(new TextEncoder().encode("Erbil — Hewlêr"));
    const withBom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Erbil")]));
    assert.deepEqual(plain.ok && [plain.text, plain.encoding], ["Erbil — Hewlêr", "UTF-8"]);
    assert.deepEqual(withBom.ok && [withBom.text, withBom.encoding], ["Erbil", "UTF-8 with BOM"]);
  });

  test("reads UTF-16 little- and big-endian with a BOM", () => {
    for (const bigEndian of [false, true]) {
      const decoded = decodeBytes(utf16("هەولێر Erbil\r\n", bigEndian));
      assert.ok(decoded.ok);
      assert.equal(decoded.text, "هەولێر Erbil\r\n");
    }
  });

  test("refuses images and archives by their magic bytes", () => {
    const png = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    assert.equal(png.ok, false);
    assert.match(!png.ok ? png.reason : "", /PNG image/);
  });

  test("refuses bytes that are mostly control characters", () => {
    const noise = new Uint8Array(400).map((_, index) => (index * 7) % 32);
    assert.equal(decodeBytes(noise).ok, false);
  });

  test("keeps a text with a few NUL bytes, without them", () => {
    const decoded = decodeBytes(new TextEncoder().encode(`${"The KRG said on Monday that talks resumed. ".repeat(5)}\u0000\u0000end`));
    assert.ok(decoded.ok);
    assert.ok(!decoded.text.includes("\u0000"));
    assert.deepEqual(decoded.notes, ["NUL bytes removed"]);
  });

  test("decodes text that is not UTF-8 as Windows-1252, and says so", () => {
    const latin = new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" in Erbil, "), 0x93, ...Buffer.from("quoted"), 0x94]);
    const decoded = decodeBytes(latin);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, "Café in Erbil, “quoted”");
    assert.equal(decoded.encoding, "Windows-1252");
  });

  test("keeps real UTF-8 with one broken byte as UTF-8, marking the break", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Hewlêr and Slêmanî "), 0xff, ...new TextEncoder().encode(" and Duhok")]);
    const decoded = decodeBytes(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.encoding, "UTF-8");
    assert.ok(decoded.text.includes("Hewlêr") && decoded.text.includes("\uFFFD"));
  });
});
