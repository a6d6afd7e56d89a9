// Words of a paragraph with their offsets, cut the way the training corpus (GUM, Penn Treebank
// style) cuts them: "U.S." and "Corp." keep their dots, "Kohl's" is "Kohl" + "'s", punctuation
// stands alone. Each word knows whether it opens a sentence.

export interface NameToken {
  raw: string;
  start: number;
  end: number;
  /** First word of a sentence (after . ! ? or a quote opening the paragraph). */
  sentenceStart: boolean;
}

/** Abbreviations whose dot belongs to the word (no sentence ends after them). */
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "rev", "corp", "inc", "ltd", "co", "bros", "no", "vs", "mt", "ft", "ave", "maj", "adm", "cmdr", "messrs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "plc", "dept", "univ", "est", "approx", "u.s", "u.k", "u.n", "e.u"]);

// Initials ("U.S.", "J.R."), words with inner hyphens or apostrophes ("Al-Kiki", "O'Brien"),
// numbers, then any other visible character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/-]\p{N}+)*|\S/gu;

export function tokenizeNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let sentenceStart = true;
  let consumed = 0;
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    let start = match.index!;
    // The dot an abbreviation took.
    if (start < consumed) continue;
    let end = start + raw.length;
    // A possessive is its own token, as in the corpus.
    const possessive = /['’]s$/i.exec(raw);
    if (possessive && raw.length > 2) {
      tokens.push({ raw: raw.slice(0, -2), start, end: end - 2, sentenceStart });
      sentenceStart = false;
      raw = raw.slice(-2);
      start = end - 2;
    }
    // A single capital before a dot is an initial ("J. Smith"), as is a known abbreviation.
    if (text[end] === "." && /^\p{L}/u.test(raw) && (/^\p{Lu}$/u.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()) || /\./.test(raw))) {
      raw += ".";
      end++;
    }
    consumed = end;
    tokens.push({ raw, start, end, sentenceStart });
    sentenceStart = /^[.!?]$/.test(raw) || (sentenceStart && /^["“‘'(\[-]$/.test(raw));
  }
  return tokens;
}
