// Map labels never overlap each other, a named dot or the frame's edge; the map's own place is always named.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dotBox, placeLabels } from "../../src/site/label-placement.ts";

const FRAME = { x: 0, y: 0, width: 200, height: 100 };

test("a label goes right of its dot, else left, above or below, clear of labels placed before it", () => {
  const labels = placeLabels(
    [
      { x: 100, y: 50, text: "Kirkuk", size: 12, radius: 6, className: "name" },
      { x: 190, y: 50, text: "Erbil", size: 11, radius: 3, className: "name" },
      { x: 130, y: 40, text: "Koya", size: 11, radius: 3, className: "name" },
    ],
    [],
    FRAME,
  );
  assert.deepEqual(labels.map((label) => [label.text, label.anchor]), [["Kirkuk", "start"], ["Erbil", "end"], ["Koya", "middle"]]);
  assert.ok(labels[2]!.y < 40 - 3, "Koya went above its dot: both sides were taken");
});

test("a label that fits nowhere is left out, unless it is required", () => {
  const crowded = [dotBox(120, 50, 3), dotBox(80, 50, 3), dotBox(100, 35, 3), dotBox(100, 65, 3)];
  assert.deepEqual(placeLabels([{ x: 100, y: 50, text: "Iraqi Kurdistan", size: 13, radius: 6, className: "name" }], crowded, FRAME), []);
  const [required] = placeLabels([{ x: 100, y: 50, text: "Iraqi Kurdistan", size: 13, radius: 6, required: true, className: "name" }], crowded, FRAME);
  assert.equal(required?.text, "Iraqi Kurdistan");
});

test("no label leaves the frame", () => {
  assert.deepEqual(placeLabels([{ x: 2, y: 2, text: "A very long name indeed for a corner", size: 11, radius: 3, className: "name" }], [], FRAME), []);
});
