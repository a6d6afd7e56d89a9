// Every rule id a message is made under in src/ is in the catalog (src/message-catalog.ts), with
// a title and what to do; and the catalog lists no rule nothing makes. The ids are collected from
// the source text: `ruleId: "…"` in a message, and the literal passed to any helper with a
// parameter named `ruleId` (read-capture's message(), the build's fatal()).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { catalogEntry, MESSAGE_CATALOG } from "../src/message-catalog.ts";
import { messageHint } from "../src/messages.ts";

const SRC = path.join(import.meta.dirname, "..", "src");

/** The arguments of the call whose `(` is at `open`, split at top-level commas (strings and templates skipped whole). */
export function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  const stack: string[] = [];
  let start = open + 1;
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index]!;
    const top = stack.at(-1);
    if (top === '"' || top === "'") {
      if (char === "\\") index++;
      else if (char === top) stack.pop();
      continue;
    }
    if (top === "`") {
      if (char === "\\") index++;
      else if (char === "`") stack.pop();
      else if (char === "$" && text[index + 1] === "{") {
        stack.push("${");
        index++;
      }
      continue;
    }
    if (char === '"' || char === "'" || char === "`") stack.push(char);
    else if (char === "(" || char === "[" || char === "{") stack.push(char);
    else if (char === ")" || char === "]" || char === "}") {
      if (stack.length === 0) {
        args.push(text.slice(start, index));
        return args;
      }
      stack.pop();
    } else if (char === "," && stack.length === 0) {
      args.push(text.slice(start, index));
      start = index + 1;
    }
  }
  throw new Error(`unclosed call at ${open}`);
}

/** Every rule id the source text makes messages under, each with where; calls whose id is not a literal are returned apart. */
export function emittedRuleIds(files: Array<{ file: string; text: string }>): { ids: Map<string, string>; unresolved: string[] } {
  const ids = new Map<string, string>();
  const unresolved: string[] = [];
  for (const { file, text } of files) {
    for (const match of text.matchAll(/\bruleId:\s*"([^"]+)"/g)) ids.set(match[1]!, file);
    for (const match of text.matchAll(/\bruleId:\s*([^\s,}"][^,}]*)/g)) {
      // A ruleId property that is not a literal must be a typed parameter or a copy (`ruleId: RuleId`, `ruleId: message.ruleId`).
      if (!/^(RuleId|string)\b|\.ruleId$|^problem\.|^message\./.test(match[1]!.trim())) unresolved.push(`${file}: ruleId: ${match[1]!.trim()}`);
    }
    // Helpers taking a rule id: function name(…ruleId…) or const name = (…ruleId…) =>
    for (const definition of text.matchAll(/(?:function\s+(\w+)|const\s+(\w+)\s*=\s*(?:async\s*)?)\s*\(([^)]*)\)/g)) {
      const name = definition[1] ?? definition[2]!;
      const position = definition[3]!.split(",").map((parameter) => parameter.trim().split(/[\s?:=]/)[0]).indexOf("ruleId");
      if (position < 0) continue;
      for (const call of text.matchAll(new RegExp(`\\b${name}\\(`, "g"))) {
        if (call.index === definition.index || text.slice(Math.max(0, call.index - 9), call.index).endsWith("function ")) continue;
        const argument = callArguments(text, call.index + name.length)[position]?.trim() ?? "";
        const literal = /^"([^"]+)"$/.exec(argument);
        if (literal) ids.set(literal[1]!, file);
        else unresolved.push(`${file}: ${name}(… ${argument} …)`);
      }
    }
  }
  return { ids, unresolved };
}

function sourceFiles(): Array<{ file: string; text: string }> {
  return fs
    .readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ file: `src/${name}`, text: fs.readFileSync(path.join(SRC, name), "utf8") }));
}

test("the scan finds ids in messages and in helpers' arguments, and flags an id it cannot read", () => {
  const { ids, unresolved } = emittedRuleIds([
    { file: "a.ts", text: 'push({ file, severity: "info", ruleId: "in-a-message", reason: `x, ${y}` });' },
    { file: "b.ts", text: 'function note(file: string, ruleId: RuleId, reason: string) {}\nnote(file, "in-a-helper", `a, (b) ${c({ d: 1 })}`);\nnote(file, someVariable, "r");' },
  ]);
  assert.deepEqual([...ids.keys()].sort(), ["in-a-helper", "in-a-message"]);
  assert.deepEqual(unresolved, ["b.ts: note(… someVariable …)"]);
});

test("every rule id made in src/ is in the message catalog", () => {
  const { ids, unresolved } = emittedRuleIds(sourceFiles());
  assert.deepEqual(unresolved, [], "rule ids the scan cannot read: pass a literal");
  // The scan must see the helpers' ids too, or it proves nothing for them.
  for (const id of ["capture-binary", "capture-header", "no-articles", "pagefind", "entity-unknown", "registry"]) assert.ok(ids.has(id), `${id} is found by the scan`);
  const missing = [...ids].filter(([id]) => !catalogEntry(id)).map(([id, file]) => `${id} (${file})`);
  assert.deepEqual(missing, [], "add these to src/message-catalog.ts");
});

test("the catalog lists no rule that nothing in src/ makes, and every entry says what to do", () => {
  const { ids } = emittedRuleIds(sourceFiles());
  assert.deepEqual(Object.keys(MESSAGE_CATALOG).filter((id) => !ids.has(id)), []);
  for (const [id, entry] of Object.entries(MESSAGE_CATALOG)) {
    assert.ok(entry.title.length > 0 && entry.fix.length > 0, id);
    assert.doesNotMatch(entry.fix, /oops/i, id);
  }
});

test("a message's hint is its rule's catalog entry", () => {
  const message = { file: "content/sources/a.txt", line: 1, severity: "warning" as const, ruleId: "outlet-missing" as const, reason: "no outlet found" };
  assert.equal(messageHint(message), MESSAGE_CATALOG["outlet-missing"].fix);
  assert.equal(catalogEntry("toString"), undefined, "only the catalog's own ids");
});
