// When two spellings are one name: the key the entity matcher, the outlet lookup and the site's
// catalog all compare. Case, accents, apostrophes ("Ma'sum" is "Masum", "Iran's" is "Iran") and the
// punctuation between or inside words ("Al-Monitor" is "Al Monitor", "U.S." is "U S") do not count.

/** A word as names are written: "U.S.", "@handle", inner hyphens or apostrophes ("Al-Kiki", "Iran’s"). */
const TOKEN = /(?:\p{Lu}\.){2,}|@\w+|[\p{L}\p{N}\p{M}]+(?:[-'’ʿ][\p{L}\p{N}\p{M}]+)*/gu;

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export interface Token {
  raw: string;
  key: string;
  start: number;
  end: number;
}

/** The key of one word (a token); inner punctuation becomes a space, so a key may hold several words. */
export function tokenKey(raw: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them.
  if (PLAIN_WORD.test(raw)) return raw.toLowerCase();
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʿ]s$/, "")
    .replace(/['’ʿ]/g, "")
    .replace(/[^\p{L}\p{N}\p{M}@]+/gu, " ")
    .trim();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ raw: match[0], key: tokenKey(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The key of a whole name: its words' keys, one space apart. Equal keys are one name. */
export function aliasKey(name: string): string {
  return tokenize(name)
    .map((token) => token.key)
    .join(" ");
}

/** A name's key with no spaces: how a host label writes it ("Rolling Stone" and "rollingstone" agree). */
export const compactKey = (name: string) => aliasKey(name).replace(/ /g, "");
