// The English stemmer Pagefind indexes and searches with (Snowball's "english", Porter2, in its
// Snowball 3 form, which Pagefind 1.5.2's index shows: "international" → "internat"), for the search page: Pagefind matches a query
// word to every indexed word starting with the word's stem but exposes no stemmer to JavaScript,
// so the page computes the stem itself to load exactly the index chunks of that family
// (search.js, preloadWordFamilies). Checked against Pagefind's own index in
// tests/search/search-stem.test.ts and, over a whole archive, by scripts/bench/search-stem-check.ts.
// An ES module: imported by search.js and by the tests.

const VOWEL = /[aeiouy]/;
const isVowel = (c) => c !== undefined && VOWEL.test(c);
/** Words stemmed whole, or left as they are. */
const EXCEPTIONS = {
  skis: "ski", skies: "sky", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl",
  sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes",
};
/** Prefixes whose end is taken as the end of the first syllable (R1). */
const R1_PREFIXES = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];
/** Whole words before "eed" that keep it (proceed, exceed, succeed). */
const KEEP_EED = new Set(["proc", "exc", "succ"]);
/** Whole words before "ing" that keep it (evening, canning, inning, earring, herring, outing). */
const KEEP_ING = new Set(["even", "cann", "inn", "earr", "herr", "out"]);
const DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
const LI_ENDING = /[cdeghkmnrt]/;

/** Step 2's suffixes, longest first within each ending, and their replacement ("" drops it). */
const STEP2 = [
  ["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
  ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"], ["ation", "ate"], ["alism", "al"],
  ["aliti", "al"], ["ousli", "ous"], ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"],
  ["ogist", "og"], ["abli", "able"], ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""],
];
const STEP3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"], ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
const STEP4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

/** The longest of `suffixes` (strings, or [suffix, …] pairs) that `word` ends with. */
function longestSuffix(word, suffixes) {
  let best;
  for (const entry of suffixes) {
    const suffix = typeof entry === "string" ? entry : entry[0];
    if (word.endsWith(suffix) && (!best || suffix.length > (typeof best === "string" ? best : best[0]).length)) best = entry;
  }
  return best;
}

/** Start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(word, from) {
  for (let i = from + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  return word.length;
}

/** R1 and R2 (Snowball's p1 and p2). */
function regions(word) {
  const prefix = R1_PREFIXES.find((p) => word.startsWith(p));
  const r1 = prefix ? prefix.length : regionAfter(word, 0);
  return { r1, r2: regionAfter(word, r1) };
}

/** Whether `word` ends, at `end`, in a short syllable: non-vowel, vowel, non-vowel other than w, x
 * or Y; or, being only that, a vowel and a non-vowel; or "past". */
function endsShort(word, end = word.length) {
  const [a, b, c] = [word[end - 3], word[end - 2], word[end - 1]];
  if (word.slice(0, end).endsWith("past")) return true;
  if (end === 2) return isVowel(b) && !isVowel(c);
  return end >= 3 && !isVowel(a) && isVowel(b) && !isVowel(c) && !"wxY".includes(c);
}

function step1a(word) {
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ied") || word.endsWith("ies")) return word.slice(0, -3) + (word.length > 4 ? "i" : "ie");
  if (word.endsWith("us") || word.endsWith("ss")) return word;
  if (word.endsWith("s") && /[aeiouy]/.test(word.slice(0, -2))) return word.slice(0, -1);
  return word;
}

function step1b(word, r1) {
  const suffix = longestSuffix(word, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
  if (!suffix) return word;
  const base = word.slice(0, -suffix.length);
  if (suffix === "eed" || suffix === "eedly") return base.length >= r1 && !KEEP_EED.has(base) ? `${base}ee` : word;
  if (suffix === "ing" && /^[^aeiouy]y$/.test(base)) return `${base[0]}ie`;
  if (suffix === "ing" && KEEP_ING.has(base)) return word;
  if (!VOWEL.test(base)) return word;
  if (/(at|bl|iz)$/.test(base)) return `${base}e`;
  // A double letter is undoubled, except in a word that is a, e or o and it ("add", "egg", "off").
  if (DOUBLES.some((d) => base.endsWith(d))) return /^[aeo]..$/.test(base) ? base : base.slice(0, -1);
  return r1 === base.length && endsShort(base) ? `${base}e` : base;
}

function step1c(word) {
  const last = word.length - 1;
  return /[yY]$/.test(word) && last > 1 && !isVowel(word[last - 1]) ? `${word.slice(0, -1)}i` : word;
}

/** Replaces the longest suffix of `table` found, when it starts in the region from `from`. */
function replaceIn(word, table, from, allowed = () => true) {
  const found = longestSuffix(word, table);
  if (!found) return word;
  const [suffix, replacement] = found;
  const base = word.slice(0, -suffix.length);
  return base.length >= from && allowed(suffix, base) ? base + replacement : word;
}

function step2(word, r1) {
  return replaceIn(word, STEP2, r1, (suffix, base) => (suffix === "ogi" ? base.endsWith("l") : suffix === "li" ? LI_ENDING.test(base.at(-1) ?? "") : true));
}

function step3(word, r1, r2) {
  return replaceIn(word, STEP3, r1, (suffix, base) => suffix !== "ative" || base.length >= r2);
}

function step4(word, r2) {
  const suffix = longestSuffix(word, STEP4);
  if (!suffix) return word;
  const base = word.slice(0, -suffix.length);
  if (base.length < r2 || (suffix === "ion" && !/[st]$/.test(base))) return word;
  return base;
}

function step5(word, r1, r2) {
  const base = word.slice(0, -1);
  if (word.endsWith("e") && (base.length >= r2 || (base.length >= r1 && !endsShort(word, base.length)))) return base;
  if (word.endsWith("ll") && base.length >= r2) return base;
  return word;
}

/** A lower-case word's Porter2 stem. */
export function stem(input) {
  if (Object.hasOwn(EXCEPTIONS, input)) return EXCEPTIONS[input];
  if (input.length < 3) return input;
  // Consonant y (at the start, or after a vowel) is written Y while stemming.
  let word = input.replace(/^'/, "").replace(/^y/, "Y").replace(/([aeiouy])y/g, "$1Y");
  const { r1, r2 } = regions(word);
  word = step1a(word.replace(/'(s'?)?$/, ""));
  for (const step of [(w) => step1b(w, r1), step1c, (w) => step2(w, r1), (w) => step3(w, r1, r2), (w) => step4(w, r2), (w) => step5(w, r1, r2)]) word = step(word);
  return word.replace(/Y/g, "y");
}
