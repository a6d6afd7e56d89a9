import assert from "node:assert/strict";
import { test } from "node:test";
import { collapseRepeatedNotes } from "../../src/archive/capture-steps.ts";
import type { Message } from "../../src/messages.ts";

const note = (file: string, name: string): Message => ({ file, line: 3, severity: "info", ruleId: "entity-unknown", reason: `"${name}" looks like a person that no registry knows`, data: { name } });
const warning: Message = { file: "c.txt", severity: "warning", ruleId: "outlet-missing", reason: "no outlet found" };

test("an unknown name is one note, where it is first found, saying in how many captures; the next build keeps the same notes", () => {
  const captures = [note("a.txt", "Zana Herki"), warning, note("b.txt", "Zana Herki"), note("b.txt", "Rami al-Masri")];
  const first = [...captures];
  collapseRepeatedNotes(first);
  assert.deepEqual(first.map((message) => [message.file, message.reason]), [
    ["a.txt", '"Zana Herki" looks like a person that no registry knows (in 2 captures)'],
    ["c.txt", "no outlet found"],
    ["b.txt", '"Rami al-Masri" looks like a person that no registry knows'],
  ]);
  assert.equal(captures[0]!.reason, '"Zana Herki" looks like a person that no registry knows', "the capture's own message is left as it was");
  const again = [...captures];
  collapseRepeatedNotes(again);
  assert.ok(again.every((message, at) => message === first[at]), "the same messages, the same notes");
  const fewer = captures.filter((message) => message.file !== "b.txt");
  collapseRepeatedNotes(fewer);
  assert.equal(fewer[0]!.reason, '"Zana Herki" looks like a person that no registry knows');
});

test("the notes of 100,000 captures collapse: more distinct names than a call can take as arguments", () => {
  const messages = Array.from({ length: 200_000 }, (_, at) => note(`c${at}.txt`, `Name ${at % 150_000}`));
  collapseRepeatedNotes(messages);
  assert.equal(messages.length, 150_000);
  assert.equal(messages[0]!.reason, '"Name 0" looks like a person that no registry knows (in 2 captures)');
  assert.equal(messages[149_999]!.reason, '"Name 149999" looks like a person that no registry knows');
});
