import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import matter from "gray-matter";
import { addCapture, captureFileName, withHeader } from "../src/add-capture.ts";

test("a capture's file name is readable, ASCII, and stable for the same content", () => {
  const content = Buffer.from("Some story text.");
  const name = captureFileName("../Downloads/Été à Erbil (copy).txt", content);
  assert.match(name, /^ete-a-erbil-copy-[0-9a-f]{8}\.txt$/);
  assert.equal(captureFileName("other/Été à Erbil (copy).txt", content), name);
  assert.notEqual(captureFileName("Été à Erbil (copy).txt", Buffer.from("Other text.")), name);
});

test("a name that slugs to nothing or to dots still gets a safe file name", () => {
  for (const original of ["...txt", "..", "معلومات.txt", " .hidden"]) {
    const name = captureFileName(original, Buffer.from("x"));
    assert.match(name, /^[a-z0-9-]+\.txt$/, original);
  }
});

test("the header carries the given fields and gray-matter reads them back as strings", () => {
  const out = withHeader(Buffer.from("Body line.\n"), { title: 'A "quoted": title', date: "2021-03-04", url: "https://example.org/a" });
  const parsed = matter(out.toString("utf8"), {});
  assert.equal(parsed.data.title, 'A "quoted": title');
  assert.equal(parsed.data.date, "2021-03-04");
  assert.equal(parsed.data.url, "https://example.org/a");
  assert.equal(parsed.content, "Body line.\n");
});

test("without fields the capture is copied as received", () => {
  const content = Buffer.from("---\nnot a header of ours\n");
  assert.equal(withHeader(content, {}), content);
});

test("adding the same capture twice copies it once", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "add-capture-"));
  const from = path.join(dir, "new story.txt");
  fs.writeFileSync(from, "Text of a new story.");
  const sources = path.join(dir, "sources");
  const first = addCapture(from, sources, {});
  const second = addCapture(from, sources, {});
  assert.equal(first.alreadyPresent, false);
  assert.equal(second.alreadyPresent, true);
  assert.equal(first.to, second.to);
  assert.deepEqual(fs.readdirSync(sources), [path.basename(first.to)]);
});
