// No function in src/ runs to 60 lines: a long one hides an order of work that belongs in a named
// list or in smaller named parts. Measured from the line that opens a function body to the line
// that closes it at the same indentation (the house format), arrow functions included.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";

const MAX_LINES = 59;
const OPENS_BODY = /\bfunction\b|=>\s*\{\s*$|^\s*(?:(?:async|static|private|public|protected|get|set)\s+)*\*?[A-Za-z_$][\w$]*\s*(?:<[^>]*>)?\([^)]*\)\s*(?::[^{]*)?\{\s*$/;

/** Each function body of a source text: where it starts (1-based) and how many lines it spans. */
function functionSpans(text: string): Array<{ line: number; lines: number; head: string }> {
  const lines = text.split("\n");
  const spans: Array<{ line: number; lines: number; head: string }> = [];
  lines.forEach((line, index) => {
    if (!OPENS_BODY.test(line) || !/\{\s*$/.test(line)) return;
    const indent = line.search(/\S/);
    for (let end = index + 1; end < lines.length; end++) {
      const next = lines[end]!;
      if (next.trim() === "") continue;
      const nextIndent = next.search(/\S/);
      if (nextIndent < indent) return;
      if (nextIndent === indent && next.trimStart().startsWith("}")) return void spans.push({ line: index + 1, lines: end - index + 1, head: line.trim() });
    }
  });
  return spans;
}

test("the measure counts a function from its opening line to its closing brace", () => {
  const text = ["export function outer(a: number): number {", "  const inner = (b: number) => {", "    return b;", "  };", "  return inner(a);", "}"].join("\n");
  assert.deepEqual(functionSpans(text).map((span) => [span.line, span.lines]), [[1, 6], [2, 3]]);
});

test(`no function in src/ is longer than ${MAX_LINES} lines`, () => {
  const src = path.join(PROJECT_ROOT, "src");
  const files = fs.readdirSync(src, { recursive: true }).map(String).filter((name) => name.endsWith(".ts"));
  assert.ok(files.length > 50, "the sources were read");
  const long = files.flatMap((name) =>
    functionSpans(fs.readFileSync(path.join(src, name), "utf8")).filter((span) => span.lines > MAX_LINES).map((span) => `src/${name}:${span.line} (${span.lines} lines) ${span.head}`),
  );
  assert.deepEqual(long, []);
});
