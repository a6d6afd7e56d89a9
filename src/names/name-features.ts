// The features the tagger sees for a word: its form, shape and affixes, its neighbours, where it
// stands in the sentence, and whether open word lists (countries, cities, given names) or the
// hand-written ones (titles, organisation suffixes) hold it. Training and tagging share this file.
import type { NameToken } from "./name-tokens.ts";
import { NATIONS, NEVER_NAMES, ORGANIZATION_SUFFIXES, REGION_NAMES, TITLE_WORDS } from "./name-words.ts";
import { tokenizeNames } from "./name-tokens.ts";

export interface Gazetteers {
  countries: string[];
  cities: string[];
  givenNames: string[];
  commonWords: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The lists whose name ends here ("country", "city", "region"). */
  lists: string[];
}

/** The lists compiled for lookup: a token trie of place names, a set of given names. */
export class NameLists {
  private readonly places: TrieNode = { next: new Map(), lists: [] };
  readonly givenNames: Set<string>;
  readonly commonWords: Set<string>;

  constructor(gazetteers: Gazetteers) {
    this.givenNames = new Set(gazetteers.givenNames);
    this.commonWords = new Set(gazetteers.commonWords);
    const lists: Array<[string, string[]]> = [["country", [...gazetteers.countries, ...NATIONS]], ["city", gazetteers.cities], ["region", REGION_NAMES]];
    for (const [list, names] of lists) {
      for (const name of names) {
        let node = this.places;
        for (const token of tokenizeNames(name)) {
          const key = token.raw.toLowerCase();
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = { next: new Map(), lists: [] }));
          node = child;
        }
        if (node !== this.places && !node.lists.includes(list)) node.lists.push(list);
      }
    }
  }

  /** Whether a name is in a place list (a country, a city, a region). */
  isPlace(name: string): boolean {
    let node: TrieNode | undefined = this.places;
    for (const token of tokenizeNames(name)) node = node?.next.get(token.raw.toLowerCase());
    return (node?.lists.length ?? 0) > 0;
  }

  /** Whether a name is a country's ("Finland", "South Africa"). */
  isCountry(name: string): boolean {
    let node: TrieNode | undefined = this.places;
    for (const token of tokenizeNames(name)) node = node?.next.get(token.raw.toLowerCase());
    return node?.lists.includes("country") ?? false;
  }

  /** The lists of the longest place name a name starts with, and how many of its words that
   *  takes ("Kansas City Royals" → city, 2 of 3). */
  placePrefix(name: string): { lists: string[]; words: number; of: number } {
    const tokens = tokenizeNames(name);
    let node: TrieNode | undefined = this.places;
    let best = { lists: [] as string[], words: 0, of: tokens.length };
    for (let index = 0; index < tokens.length; index++) {
      node = node.next.get(tokens[index]!.raw.toLowerCase());
      if (!node) break;
      if (node.lists.length > 0) best = { lists: node.lists, words: index + 1, of: tokens.length };
    }
    return best;
  }

  /** Country names in a text written in capitals ("ROMANIA"), longest first. */
  countriesIn(text: string): Array<{ text: string; start: number; end: number }> {
    const tokens = tokenizeNames(text);
    const keys = tokens.map((token) => token.raw.toLowerCase());
    const found: Array<{ text: string; start: number; end: number }> = [];
    const marks = this.placeMarks(tokens, keys);
    for (let index = 0; index < tokens.length; index++) {
      if (!marks[index]!.some((mark) => mark === "country:S" || mark === "country:B")) continue;
      let end = index;
      while (end + 1 < tokens.length && marks[end + 1]!.includes("country:I")) end++;
      found.push({ text: text.slice(tokens[index]!.start, tokens[end]!.end), start: tokens[index]!.start, end: tokens[end]!.end });
      index = end;
    }
    return found;
  }

  /** For each token, the place lists of the longest capitalised place name covering it, with
   *  its position ("country:B", "city:I", …). */
  placeMarks(tokens: NameToken[], keys: string[]): Array<readonly string[]> {
    // Most words are in no list: they share one empty array.
    const marks: Array<readonly string[]> = tokens.map(() => NO_MARKS);
    for (let index = 0; index < tokens.length; ) {
      if (!/^\p{Lu}/u.test(tokens[index]!.raw)) {
        index++;
        continue;
      }
      let node: TrieNode | undefined = this.places;
      let best: { end: number; lists: string[] } | undefined;
      for (let cursor = index; cursor < tokens.length; cursor++) {
        node = node.next.get(keys[cursor]!);
        if (!node) break;
        if (node.lists.length > 0) best = { end: cursor, lists: node.lists };
      }
      if (!best) {
        index++;
        continue;
      }
      for (let cursor = index; cursor <= best.end; cursor++) {
        const position = best.end === index ? "S" : cursor === index ? "B" : "I";
        marks[cursor] = [...marks[cursor]!, ...best.lists.map((list) => `${list}:${position}`)];
      }
      index = best.end + 1;
    }
    return marks;
  }
}

const NO_MARKS: readonly string[] = Object.freeze([]);

/** The "run=" feature's values, by run length (0–4) × 2 + whether an organisation suffix ends it. */
const RUN_VALUES = [0, 1, 2, 3, 4].flatMap((length) => [`${length}|false`, `${length}|true`]);

/** "Kohl" → "Xx", "U.S." → "X.X.", "1996" → "d", "McDonald" → "XxXx". */
export function wordShape(raw: string): string {
  let shape = "";
  let last = "";
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    let kind: string;
    if (code >= 65 && code <= 90) kind = "X";
    else if (code >= 97 && code <= 122) kind = "x";
    else if (code >= 48 && code <= 57) kind = "d";
    else if (code < 128) kind = raw[index]!;
    else {
      const char = raw[index]!;
      kind = char.toLowerCase() !== char ? "X" : char.toUpperCase() !== char ? "x" : /\p{N}/u.test(char) ? "d" : char;
    }
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** The features a word has wherever it stands ("b" is the bias): the same for every occurrence,
 *  so a tagger may sum their weights once per word. */
export function wordFeatures(raw: string): string[] {
  const key = raw.toLowerCase();
  return ["b", `w=${key}`, `s=${wordShape(raw)}`, `x3=${key.slice(-3)}`, `x2=${key.slice(-2)}`, `p2=${key.slice(0, 2)}`];
}

/** Whether a word may open a name: only capitalised words do (in training as in tagging), so
 *  the tagger skips the others unless a name is open before them. */
export function mayOpenName(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return raw[0]!.toLowerCase() !== raw[0]!;
}

/** The tag-independent features of a sentence's (or paragraph's) words, computed word by word
 *  on demand: most words never need them. */
export class SentenceFeatures {
  readonly keys: string[];
  private readonly shapes: Array<string | undefined>;
  private readonly marks: Array<readonly string[]>;
  private readonly capitalised: boolean[];
  private readonly runEndsInSuffix: boolean[];
  private readonly runLength: number[];

  constructor(
    private readonly tokens: NameToken[],
    private readonly lists: NameLists,
    private readonly commonWords: Set<string>,
  ) {
    this.keys = tokens.map((token) => token.raw.toLowerCase());
    this.shapes = new Array(tokens.length);
    this.marks = lists.placeMarks(tokens, this.keys);
    const keys = this.keys;
    // The run of capitalised words each word belongs to: its length and whether an organisation
    // suffix ends it ("Santa Fe Pacific Gold Corp").
    const capitalised = (this.capitalised = tokens.map((token) => mayOpenName(token.raw)));
    this.runEndsInSuffix = tokens.map(() => false);
    this.runLength = tokens.map(() => 0);
    for (let index = 0; index < tokens.length; ) {
      if (!capitalised[index]) {
        index++;
        continue;
      }
      let end = index;
      while (end + 1 < tokens.length && (capitalised[end + 1] || ((keys[end + 1] === "of" || keys[end + 1] === "&" || keys[end + 1] === "and") && capitalised[end + 2]))) end++;
      const suffix = ORGANIZATION_SUFFIXES.has(keys[end]!);
      for (let cursor = index; cursor <= end; cursor++) {
        this.runEndsInSuffix[cursor] = suffix;
        this.runLength[cursor] = Math.min(4, end - index + 1);
      }
      index = end + 1;
    }
  }

  private word(index: number): string {
    return index < 0 ? "<s>" : index >= this.tokens.length ? "</s>" : this.keys[index]!;
  }

  /** The word as written. */
  raw(index: number): string {
    return this.tokens[index]!.raw;
  }

  /** A word's shape, made when first asked for (most words are never scored). */
  shapeAt(index: number): string {
    return (this.shapes[index] ??= wordShape(this.tokens[index]!.raw));
  }

  private shape(index: number): string {
    return index < 0 ? "<s>" : index >= this.tokens.length ? "</s>" : this.shapeAt(index);
  }

  /** Every feature of a word, in the order the tagger sums their weights: its own, then its context's. */
  at(index: number): string[] {
    return [...wordFeatures(this.tokens[index]!.raw), ...this.contextFeatures(index)];
  }

  /** The features that depend on more than the word itself: neighbours, sentence position, runs, lists. */
  contextFeatures(index: number): string[] {
    const features: string[] = [];
    this.eachContextFeature(index, (name, value) => features.push(name + value));
    return features;
  }

  /** Calls `feature(name, value)` for each of the word's context features (the feature is
   *  `name + value`), in the order the tagger sums their weights. The parts are strings that
   *  already exist (a neighbour's key, a shape), so a tagger can look them up without building one. */
  eachContextFeature(index: number, feature: (name: string, value: string) => void): void {
    const { keys, capitalised, lists } = this;
    const key = keys[index]!;
    const shape = this.shapeAt(index);
    feature("w-1=", this.word(index - 1));
    feature("w+1=", this.word(index + 1));
    feature("w-2=", this.word(index - 2));
    feature("w+2=", this.word(index + 2));
    feature("s-1=", this.shape(index - 1));
    feature("s+1=", this.shape(index + 1));
    feature("s-1s+1=", `${this.shape(index - 1)}|${shape}|${this.shape(index + 1)}`);
    feature("w-1s=", `${this.word(index - 1)}|${shape}`);
    feature("ws+1=", `${shape}|${this.word(index + 1)}`);
    const common = this.commonWords.has(key) || lists.commonWords.has(key) ? "true" : "false";
    if (this.tokens[index]!.sentenceStart) {
      feature("first|", shape);
      feature("first|common=", common);
    } else if (capitalised[index]) feature("cap|common=", common);
    if (capitalised[index]) feature("run=", RUN_VALUES[this.runLength[index]! * 2 + (this.runEndsInSuffix[index] ? 1 : 0)]!);
    if (lists.givenNames.has(key)) feature("given", "");
    if (index > 0 && lists.givenNames.has(keys[index - 1]!) && capitalised[index - 1]) feature("given-1", "");
    if (TITLE_WORDS.has(key)) feature("title", "");
    if (index > 0 && TITLE_WORDS.has(keys[index - 1]!)) feature("title-1", "");
    if (ORGANIZATION_SUFFIXES.has(key)) feature("orgsuffix", "");
    if (index + 1 < keys.length && ORGANIZATION_SUFFIXES.has(keys[index + 1]!) && capitalised[index + 1]) feature("orgsuffix+1", "");
    if (NEVER_NAMES.has(key)) feature("never", "");
    for (const mark of this.marks[index]!) feature("g=", mark);
    if (index + 1 < keys.length) for (const mark of this.marks[index + 1]!) feature("g+1=", mark);
    if (index > 0) for (const mark of this.marks[index - 1]!) feature("g-1=", mark);
  }
}
