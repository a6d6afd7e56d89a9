// No module of src/ imports itself back through others: each import statement (type-only ones
// included) followed from file to file finds no circle.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { relativeImports } from "../src/import-graph.ts";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";

const SRC = path.join(PROJECT_ROOT, "src");

/** Every .ts file under src/, with the src/ files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = fs.readdirSync(SRC, { recursive: true }).map(String).filter((name) => name.endsWith(".ts"));
  for (const name of files) {
    const file = path.join(SRC, name);
    graph.set(file, relativeImports(file).filter((target) => target.startsWith(SRC + path.sep)));
  }
  return graph;
}

/** The circles in a graph, each as the path that closes it (depth-first, each circle found once per entry point). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

test("the cycle finder finds a circle of three modules", () => {
  assert.deepEqual(findCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]])), [["a", "b", "c", "a"]]);
});

test("no module of src/ imports itself back through others", () => {
  const graph = importGraph();
  assert.ok(graph.size > 50 && [...graph.values()].some((targets) => targets.length > 0), "the import graph was read");
  const cycles = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(SRC, file)).join(" → "));
  assert.deepEqual(cycles, []);
});
