// Issue 8 wants 10,000 captures normalized, rendered and indexed in ~10 s on 2 cores: the
// per-capture stages must stay around a few milliseconds for a long article.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { normalizeCapture } from "../../src/normalize/normalize-capture.ts";
import { EntityIndex } from "../../src/registry/entity-index.ts";
import { loadRegistries } from "../../src/registry/load-registries.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";

const seeds = path.join(import.meta.dirname, "..", "fixtures", "seeds");
const registries = loadRegistries(path.join(import.meta.dirname, "..", "..", "content", "registry"));
const context = { now: "2026-11-23T00:00:00Z", entities: EntityIndex.fromRegistries(registries), outlets: OutletIndex.fromRegistries(registries) };

/** A ~700-word capture with chrome, a dateline and names, made of two seeds. */
const text = `2020-07-22 11:11:17\nListen Live\n${fs.readFileSync(path.join(seeds, "003_98bcba3509091753.txt"), "utf8")}\n${fs.readFileSync(path.join(seeds, "004_466d3275f5354b85.txt"), "utf8")}`;
const bytes = new TextEncoder().encode(text);

function millisecondsPerCapture(nameFinder: "capitalised-runs" | "wink-pos", runs: number): number {
  for (let run = 0; run < 20; run++) normalizeCapture({ file: "perf.txt", bytes }, { ...context, nameFinder });
  const started = performance.now();
  for (let run = 0; run < runs; run++) normalizeCapture({ file: "perf.txt", bytes }, { ...context, nameFinder });
  return (performance.now() - started) / runs;
}

test("stages 1–6 take a few milliseconds for a 700-word capture", (t) => {
  const words = text.split(/\s+/).length;
  const fast = millisecondsPerCapture("capitalised-runs", 200);
  const tagged = millisecondsPerCapture("wink-pos", 50);
  t.diagnostic(`${words} words: ${fast.toFixed(2)} ms with capitalised runs, ${tagged.toFixed(2)} ms with wink-nlp POS tagging`);
  assert.ok(words > 600);
  // Generous bounds for a loaded CI machine; the figures are printed above.
  assert.ok(fast < 25, `${fast} ms`);
  assert.ok(tagged < 150, `${tagged} ms`);
});
