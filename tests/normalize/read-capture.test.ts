import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assertFound, captureFile } from "../../src/normalize/capture-file.ts";
import { readCapture } from "../../src/normalize/read-capture.ts";

/** The capture as read, unless it was skipped, and the messages reading it gave. */
function read(text: string | Uint8Array, file = "content/sources/x.txt") {
  const capture = captureFile({ file, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text });
  readCapture(capture);
  if (capture.skipped) return { capture: undefined, messages: capture.messages };
  assertFound(capture, ["name", "hash", "header"]);
  return { capture, messages: capture.messages };
}

describe("readCapture", () => {
  test("keeps every line's original number, skipping blank lines", () => {
    const { capture } = read("Headline here\n\n  First   paragraph.\u00a0Yes.  \n\nSecond.");
    assert.deepEqual(capture?.lines, [
      { text: "Headline here", line: 1 },
      { text: "First paragraph. Yes.", line: 3 },
      { text: "Second.", line: 5 },
    ]);
  });

  test("treats CRLF and lone CR line ends like LF", () => {
    assert.deepEqual(read("a\r\nb\rc\nd").capture?.lines.map((line) => line.line), [1, 2, 3, 4]);
  });

  test("an empty or whitespace-only capture is a message and is skipped", () => {
    for (const text of ["", " \n\t\r\n  "]) {
      const result = read(text);
      assert.equal(result.capture, undefined);
      assert.equal(result.messages[0]?.ruleId, "capture-empty");
    }
  });

  test("a binary file is an error naming the file and is skipped", () => {
    const result = read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), "content/sources/photo.txt");
    assert.equal(result.capture, undefined);
    assert.deepEqual([result.messages[0]?.file, result.messages[0]?.severity, result.messages[0]?.ruleId], ["content/sources/photo.txt", "error", "capture-binary"]);
  });

  test("a maintainer header wins and keeps body line numbers", () => {
    const { capture, messages } = read('---\ntitle: "KRG statement"\ndate: 2017-10-31\noutlet: KRG\nurl: https://gov.krd/a\nauthor: Press office\n---\nBody text.');
    assert.deepEqual(capture?.header, { title: "KRG statement", date: "2017-10-31", outlet: "KRG", url: "https://gov.krd/a", author: "Press office" });
    assert.deepEqual(capture?.lines, [{ text: "Body text.", line: 8 }]);
    assert.deepEqual(messages, []);
  });

  test("header dates stay strings (no Date objects), unquoted or not", () => {
    const { capture } = read("---\ndate: 2020-07-22\n---\nText.");
    assert.equal(typeof capture?.header.date, "string");
    assert.equal(capture?.header.date, "2020-07-22");
  });

  test("a header that does not parse is a message with its line; the capture is read as plain text", () => {
    const { capture, messages } = read("---\ntitle: [unclosed\ndate: x\n---\nBody.");
    assert.equal(messages[0]?.ruleId, "capture-header");
    assert.ok(messages[0]?.line && messages[0].line >= 1);
    assert.deepEqual(capture?.header, {});
    assert.equal(capture?.lines.at(-1)?.text, "Body.");
  });

  test("a javascript front-matter header is never evaluated", () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const { capture } = read("---js\n{ title: (globalThis.pwned = true, 'x') }\n---\nBody.");
    assert.equal((globalThis as { pwned?: boolean }).pwned, false);
    assert.deepEqual(capture?.header, {});
  });

  test("a `---` in the body is text, not front matter", () => {
    const { capture } = read("Headline\nFirst paragraph.\n---\ntitle: not a header\n---\nLast paragraph.");
    assert.deepEqual(capture?.header, {});
    assert.equal(capture?.lines.length, 6);
  });

  test("bad header fields are ignored one by one with a message", () => {
    const { capture, messages } = read("---\ntitle: Fine title\nurl: javascript:alert(1)\ndate: yesterday\ncolour: red\n---\nBody.");
    assert.deepEqual(capture?.header, { title: "Fine title" });
    assert.deepEqual(messages.map((message) => message.line), [3, 4, 5]);
  });

  test("YAML alias bombs in a header are refused, not expanded", () => {
    const bomb = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: t\n---\nBody.";
    const { capture, messages } = read(bomb);
    assert.equal(capture?.lines.at(-1)?.text, "Body.");
    assert.ok(messages.some((message) => message.ruleId === "capture-header"));
  });

  test("a cut names lines by number, range or whole-line text, counted in the file as stored (header included)", () => {
    const text = ['---', 'cut: [5, "7-8", "sign up for our  NEWSLETTER"]', "---", "Headline", "Ad line", "Story.", "Junk one", "Junk two", "Sign up for our newsletter", "End."].join("\n");
    const { capture, messages } = read(text);
    assert.deepEqual(messages, []);
    assert.deepEqual(capture?.cutLines, [5, 7, 8, 9]);
    assert.deepEqual(capture?.header.cut, ["5", "7-8", "sign up for our NEWSLETTER"]);
  });

  test("a header with only a cut is a header", () => {
    const { capture } = read("---\ncut: 5\n---\nKept.\nCut.");
    assert.deepEqual(capture?.cutLines, [5]);
    assert.equal(capture?.lines[0]?.line, 4);
  });

  test("each bad cut is a warning naming the file and its own header line; the other cuts and fields hold", () => {
    const text = ["---", "title: Fine title", "cut:", "  - 18-12", "  - true", "  - 2", "  - 40-45", "  - Not a line here", "  - 0", "  - 13", "---", "Text.", "Junk."].join("\n");
    const { capture, messages } = read(text, "content/sources/bad-cut.txt");
    assert.deepEqual(capture?.header, { title: "Fine title", cut: ["13"] });
    assert.deepEqual(capture?.cutLines, [13]);
    assert.deepEqual(
      messages.map((m) => [m.file, m.line, m.severity, m.ruleId]),
      [4, 5, 6, 7, 8, 9].map((line) => ["content/sources/bad-cut.txt", line, "warning", "capture-cut"]),
    );
    assert.match(messages[0]!.reason, /"18-12".*first line to a later one/);
    assert.match(messages[2]!.reason, /the header, the text starts at line 12/);
    assert.match(messages[3]!.reason, /has 13 lines/);
    assert.match(messages[4]!.reason, /matches no whole line/);
  });

  test("field lines are found for quoted keys too", () => {
    const { messages } = read('---\n"title": "Fine"\n"date": "yesterday"\n---\nBody.');
    assert.deepEqual(messages.map((m) => m.line), [3]);
  });

  test("a cut of every line leaves nothing to read: skipped with a message", () => {
    const { capture, messages } = read("---\ncut: 4-5\n---\nOne.\nTwo.\n");
    assert.equal(capture, undefined);
    assert.equal(messages.at(-1)?.ruleId, "capture-empty");
  });
});
