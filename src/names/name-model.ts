// The trained tagger: an averaged perceptron over the features of name-features.ts, read from
// src/names/data/name-model.json (scripts/train-names.ts writes it), decoding greedily left to
// right with BIO tags ("B-person", "I-person", …, "O"); an I- tag only continues its own kind.
import fs from "node:fs";
import { mayOpenName, NameLists, SentenceFeatures, tagFeatures, type Gazetteers } from "./name-features.ts";
import type { NameToken } from "./name-tokens.ts";

export const MODEL_FILE = new URL("./data/name-model.json", import.meta.url);
export const GAZETTEER_FILE = new URL("./data/gazetteers.json", import.meta.url);

/** The model file's shape: weights are integers (the averaged weights × `scale`). */
export interface NameModelFile {
  about: string;
  classes: string[];
  scale: number;
  commonWords: string[];
  weights: Record<string, number[]>;
}

export interface TaggedToken {
  tag: string;
  /** The best tag's score minus the best other allowed tag's score. */
  margin: number;
}

/** Whether `tag` may follow `previous`: "I-place" only after "B-place" or "I-place". */
export function allowed(previous: string, tag: string): boolean {
  return !tag.startsWith("I-") || previous.slice(2) === tag.slice(2) && previous !== "O";
}

export class NameModel {
  constructor(
    readonly classes: string[],
    readonly weights: Map<string, ArrayLike<number>>,
    readonly commonWords: Set<string>,
    readonly lists: NameLists,
  ) {}

  static fromFiles(modelFile: URL | string = MODEL_FILE, gazetteerFile: URL | string = GAZETTEER_FILE): NameModel {
    const model = JSON.parse(fs.readFileSync(modelFile, "utf8")) as NameModelFile;
    const gazetteers = JSON.parse(fs.readFileSync(gazetteerFile, "utf8")) as Gazetteers;
    const weights = new Map<string, ArrayLike<number>>();
    for (const [feature, values] of Object.entries(model.weights)) weights.set(feature, Float32Array.from(values, (value) => value / model.scale));
    return new NameModel(model.classes, weights, new Set(model.commonWords), new NameLists(gazetteers));
  }

  score(features: string[], scores: Float64Array): void {
    scores.fill(0);
    for (const feature of features) {
      const weights = this.weights.get(feature);
      if (!weights) continue;
      for (let index = 0; index < scores.length; index++) scores[index]! += weights[index]!;
    }
  }

  tag(tokens: NameToken[]): TaggedToken[] {
    const sentence = new SentenceFeatures(tokens, this.lists, this.commonWords);
    const scores = new Float64Array(this.classes.length);
    const tagged: TaggedToken[] = [];
    let previous = "<s>";
    let beforePrevious = "<s>";
    for (let index = 0; index < tokens.length; index++) {
      // No name opens at a small letter, a digit or a mark: nothing to score.
      if ((previous === "O" || previous === "<s>") && !mayOpenName(tokens[index]!.raw)) {
        tagged.push({ tag: "O", margin: Infinity });
        beforePrevious = previous;
        previous = "O";
        continue;
      }
      const features = sentence.at(index);
      for (const feature of tagFeatures(previous, beforePrevious, sentence.shapes[index]!, sentence.keys[index]!)) features.push(feature);
      this.score(features, scores);
      let best = -1;
      let second = -Infinity;
      for (let candidate = 0; candidate < this.classes.length; candidate++) {
        if (!allowed(previous, this.classes[candidate]!)) continue;
        if (best < 0 || scores[candidate]! > scores[best]!) {
          if (best >= 0) second = Math.max(second, scores[best]!);
          best = candidate;
        } else second = Math.max(second, scores[candidate]!);
      }
      const tag = this.classes[best]!;
      tagged.push({ tag, margin: scores[best]! - second });
      beforePrevious = previous;
      previous = tag;
    }
    return tagged;
  }
}
