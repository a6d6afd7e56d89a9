// npx tsx scripts/train-names.ts [--gum DIR] [--epochs N] [--seed N] [--holdout]: trains the name tagger
// (src/names/name-model.ts) on GUM's person, organization and place names (../shared/data/gum,
// CC BY / CC BY-SA: see src/names/data/NOTICE.md) and writes src/names/data/name-model.json.
// --holdout trains on 9 documents in 10 and prints the tagger's scores on the tenth instead.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/publish/build-site.ts";
import { NameLists, SentenceFeatures, type Gazetteers } from "../src/names/name-features.ts";
import { allowed, decode, GAZETTEER_FILE, MODEL_FILE, NameModel, scoredWords, type NameModelFile } from "../src/names/name-model.ts";
import type { NameToken } from "../src/names/name-tokens.ts";
import { readGum, type GumSentence } from "./names/read-gum.ts";

const { values } = parseArgs({ options: { gum: { type: "string", default: path.resolve(PROJECT_ROOT, "../shared/data/gum") }, epochs: { type: "string", default: "10" }, seed: { type: "string", default: "7" }, holdout: { type: "boolean", default: false } } });

const CLASSES = ["O", "B-person", "I-person", "B-organization", "I-organization", "B-place", "I-place"];
const sentences = readGum(values.gum!);
const documents = [...new Set(sentences.map((sentence) => sentence.document))];
const heldOut = new Set(values.holdout ? documents.filter((_, index) => index % 10 === 5) : []);
const training = sentences.filter((sentence) => !heldOut.has(sentence.document));
const testing = sentences.filter((sentence) => heldOut.has(sentence.document));

function tokensOf(sentence: GumSentence): NameToken[] {
  let offset = 0;
  return sentence.words.map((raw, index) => {
    const token = { raw, start: offset, end: offset + raw.length, sentenceStart: index === 0 || /^[.!?]$/.test(sentence.words[index - 1]!) };
    offset = token.end + (sentence.glued[index] ? 0 : 1);
    return token;
  });
}

// Words seen in lower case at least twice: a capitalised one of them opening a sentence is
// probably no name.
const lowerCounts = new Map<string, number>();
for (const sentence of training) for (const word of sentence.words) if (/^\p{Ll}+$/u.test(word)) lowerCounts.set(word, (lowerCounts.get(word) ?? 0) + 1);
const commonWords = new Set([...lowerCounts].filter(([, count]) => count >= 2).map(([word]) => word));
const gazetteers = JSON.parse(fs.readFileSync(GAZETTEER_FILE, "utf8")) as Gazetteers;
const lists = new NameLists(gazetteers);

// Averaged perceptron (weights, their running totals and when each last changed).
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let clock = 0;
function update(feature: string, cls: number, delta: number) {
  let weight = weights.get(feature);
  if (!weight) {
    weights.set(feature, (weight = new Float64Array(CLASSES.length)));
    totals.set(feature, new Float64Array(CLASSES.length));
    stamps.set(feature, new Float64Array(CLASSES.length));
  }
  const total = totals.get(feature)!;
  const stamp = stamps.get(feature)!;
  total[cls]! += (clock - stamp[cls]!) * weight[cls]!;
  stamp[cls] = clock;
  weight[cls]! += delta;
}

const prepared = training.map((sentence) => ({ sentence, tokens: tokensOf(sentence) }));
// Each word's features, computed when first needed.
const featureCache = prepared.map(({ tokens }) => ({ sentence: new SentenceFeatures(tokens, lists, commonWords), features: new Array<string[] | undefined>(tokens.length) }));
let seed = Number(values.seed);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
/** The gold tags as the decoder can give them: unscored words are "O", and a name cut there
 *  goes on with a "B-". */
function reachable(tokens: NameToken[], labels: string[]): string[] {
  const scored = scoredWords(tokens);
  const tags = labels.map((label, index) => (scored[index] ? label : "O"));
  return tags.map((tag, index) => (tag.startsWith("I-") && !allowed(index === 0 ? "<s>" : tags[index - 1]!, tag) ? `B-${tag.slice(2)}` : tag));
}

const epochs = Number(values.epochs);
for (let epoch = 0; epoch < epochs; epoch++) {
  const order = prepared.map((_, index) => index).sort(() => random() - 0.5);
  let errors = 0;
  let words = 0;
  for (const which of order) {
    const { sentence, tokens } = prepared[which]!;
    const { sentence: sentenceWords, features: cached } = featureCache[which]!;
    const gold = reachable(tokens, sentence.labels);
    const scored = scoredWords(tokens);
    const guess = decode(sentenceWords, tokens, CLASSES, (feature) => weights.get(feature)).map((token) => token.tag);
    clock++;
    words += tokens.length;
    for (let index = 0; index < tokens.length; index++) {
      const previousGold = index === 0 ? "<s>" : gold[index - 1]!;
      const previousGuess = index === 0 ? "<s>" : guess[index - 1]!;
      if (gold[index] === guess[index] && previousGold === previousGuess) continue;
      if (gold[index] !== guess[index]) errors++;
      if (!scored[index]) continue;
      const truth = CLASSES.indexOf(gold[index]!);
      const wrong = CLASSES.indexOf(guess[index]!);
      const statics = (cached[index] ??= sentenceWords.at(index));
      if (truth !== wrong) {
        for (const feature of statics) {
          update(feature, truth, 1);
          update(feature, wrong, -1);
        }
      }
      const shape = sentenceWords.shapeAt(index);
      const word = sentenceWords.keys[index]!;
      for (const feature of [`t-1=${previousGold}`, `t-1s=${previousGold}|${shape}`, `t-1w=${previousGold}|${word}`]) update(feature, truth, 1);
      for (const feature of [`t-1=${previousGuess}`, `t-1s=${previousGuess}|${shape}`, `t-1w=${previousGuess}|${word}`]) update(feature, wrong, -1);
    }
  }
  console.log(`epoch ${epoch + 1}: ${((100 * errors) / words).toFixed(2)}% of words wrong`);
}

// Average, keep 3 decimals as integers, and drop features whose weights all round to zero.
const SCALE = 1000;
const averaged: Record<string, number[]> = {};
for (const [feature, weight] of weights) {
  const total = totals.get(feature)!;
  const stamp = stamps.get(feature)!;
  const values = Array.from(weight, (value, cls) => Math.round((SCALE * (total[cls]! + (clock - stamp[cls]!) * value)) / clock));
  if (values.some((value) => Math.abs(value) >= 2)) averaged[feature] = values;
}
const file: NameModelFile = {
  about: "Averaged perceptron name tagger trained by scripts/train-names.ts on GUM (Zeldes 2017; CC BY 4.0 annotations, texts CC BY / CC BY-SA: see NOTICE.md beside this file).",
  classes: CLASSES,
  scale: SCALE,
  commonWords: [...commonWords].sort(),
  weights: averaged,
};

if (values.holdout) {
  const model = new NameModel(CLASSES, new Map(Object.entries(averaged).map(([feature, values]) => [feature, values.map((value) => value / SCALE)])), commonWords, lists);
  const spans = (labels: string[]) => {
    const found = new Set<string>();
    labels.forEach((label, index) => {
      if (!label.startsWith("B-")) return;
      let end = index + 1;
      while (labels[end] === `I-${label.slice(2)}`) end++;
      found.add(`${index}-${end}-${label.slice(2)}`);
    });
    return found;
  };
  const counts: Record<string, { good: number; found: number; gold: number }> = {};
  for (const sentence of testing) {
    const guessed = spans(model.tag(tokensOf(sentence)).map((token) => token.tag));
    const gold = spans(sentence.labels);
    for (const span of guessed) (counts[span.split("-")[2]!] ??= { good: 0, found: 0, gold: 0 }).found++;
    for (const span of gold) {
      const kind = (counts[span.split("-")[2]!] ??= { good: 0, found: 0, gold: 0 });
      kind.gold++;
      if (guessed.has(span)) kind.good++;
    }
  }
  for (const [kind, { good, found, gold }] of Object.entries(counts)) {
    const p = good / found;
    const r = good / gold;
    console.log(`${kind}: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)} (${gold} mentions in ${heldOut.size} held-out documents)`);
  }
} else {
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(file)}\n`);
  console.log(`${MODEL_FILE.pathname}: ${Object.keys(averaged).length} features, ${(fs.statSync(MODEL_FILE).size / 1e6).toFixed(2)} MB`);
}
