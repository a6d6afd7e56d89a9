import assert from "node:assert/strict";
import { describe, test } from "node:test";
import matter from "gray-matter";
import { parse } from "yaml";
import { toYaml } from "../../src/normalize/front-matter-yaml.ts";

const sample = {
  title: 'A: "quoted" \u2028 line\nbreak #x',
  title_derived: true,
  date: "2017-10-15",
  actors: ["Masoud Barzani", "- not a list", "yes"],
  places: [],
  sources: ["content/sources/a b.txt"],
  provenance: {
    title: { rule: "headline-line", line: 3, confidence: "high" },
    removed: [
      { rule: "comment-form", source: "s.txt", line: 1, text: "--- yes: no" },
      { rule: "copyright", source: "s.txt", line: 2, text: "&a *a !!js/function ... ---" },
    ],
  },
};

describe("toYaml", () => {
  test("reads back identically with the yaml library and with gray-matter (js-yaml)", () => {
    const yaml = toYaml(sample);
    assert.deepEqual(parse(yaml), sample);
    assert.deepEqual(matter(`---\n${yaml}---\nbody`, {}).data, sample);
  });

  test("quotes every string, so dates stay strings and captured text stays text", () => {
    const yaml = toYaml(sample);
    assert.match(yaml, /^date: "2017-10-15"$/m);
    assert.match(yaml, /^ {2}- "yes"$/m);
    assert.equal(typeof matter(`---\n${yaml}---\n`, {}).data.date, "string");
  });
});
