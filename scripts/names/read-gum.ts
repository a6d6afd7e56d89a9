// GUM's CoNLL-U (../shared/data/gum) as sentences of tokens with BIO name labels: the proper-name
// part of every person, organization and place mention (the PROPN tokens of its minimal span).
import fs from "node:fs";
import path from "node:path";
import { NAME_KINDS, type NameKind } from "../../src/names/name-kinds.ts";

export interface GumSentence {
  words: string[];
  /** "O", "B-person", "I-place", … one per word. */
  labels: string[];
  /** Words glued to the next one (SpaceAfter=No), to rebuild the text. */
  glued: boolean[];
  document: string;
}

interface Mention {
  id: string;
  kind: string;
  named: boolean;
  minspan: number[];
  start: number;
  end: number;
}

const CONNECTOR = /^(of|de|and|&|du|la|von|van|der|da|del|for)$/i;
const PERSON_CONNECTOR = /^(de|du|la|von|van|der|da|del|bin|ibn)$/i;
const isCapitalisedWord = (word: string) => /^[\p{Lu}]/u.test(word);
/** Words before a person's name that are not part of it. */
const TITLE_WORDS = new Set(["president", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "senator", "sen", "governor", "gov", "king", "queen", "prince", "princess", "saint", "st", "pope", "general", "gen", "captain", "capt", "judge", "justice", "chief", "minister", "prime", "secretary", "chancellor", "mayor", "lord", "lady", "rev", "reverend", "father", "brother", "sister", "uncle", "aunt", "emperor", "empress", "director", "coach", "officer", "detective", "lieutenant", "lt", "colonel", "col", "sergeant", "sgt", "representative", "rep", "commissioner", "chairman", "ceo", "vice", "deputy", "former", "us", "u.s.", "american", "british"]);
const ENTITY_ITEM = /\((\d+)-([^()]*?)(\))?(?=\(|$|\d+\))|(\d+)\)/g;

export function readGum(folder: string): GumSentence[] {
  const sentences: GumSentence[] = [];
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".conllu")).sort()) {
    const document = path.basename(file, ".conllu");
    const blocks = fs.readFileSync(path.join(folder, file), "utf8").split(/\n\s*\n/);
    const open = new Map<string, Mention>();
    for (const block of blocks) {
      const rows = block.split("\n").filter((line) => /^\d+\t/.test(line)).map((line) => line.split("\t"));
      if (rows.length === 0) continue;
      const words = rows.map((row) => row[1]!);
      const upos = rows.map((row) => row[3]!);
      const glued = rows.map((row) => /SpaceAfter=No/.test(row[9]!));
      const mentions: Mention[] = [];
      rows.forEach((row, index) => {
        const entity = /Entity=([^|]*)/.exec(row[9]!)?.[1];
        if (!entity) return;
        for (const item of entity.matchAll(ENTITY_ITEM)) {
          if (item[4]) {
            const mention = open.get(item[4]);
            if (mention) {
              mention.end = index;
              mentions.push(mention);
              open.delete(item[4]);
            }
            continue;
          }
          const fields = item[2]!.split("-");
          const mention: Mention = { id: item[1]!, kind: fields[0]!, named: fields.length >= 7 && fields.slice(6).join("-") !== "", minspan: (fields[4] ?? "").split(",").map(Number), start: index, end: index };
          if (item[3]) mentions.push(mention);
          else open.set(item[1]!, mention);
        }
      });
      // Mentions run within a sentence in GUM; any left open are dropped at the sentence's end.
      open.clear();
      const labels = words.map(() => "O");
      // Outermost first, as news annotation does ("University of California" is one organisation);
      // an inner name outside the outer one's name ("US" in "US President Donald Trump") keeps its own.
      mentions.sort((a, b) => b.end - b.start - (a.end - a.start));
      const connects = (index: number, kind: NameKind) => (kind === "person" ? PERSON_CONNECTOR : CONNECTOR).test(words[index]!) && index + 1 <= mentions[0]!.end && isCapitalisedWord(words[index + 1] ?? "");
      for (const mention of mentions) {
        const kind = NAME_KINDS.find((known) => known === mention.kind);
        if (!kind) continue;
        const core = mention.minspan.map((offset) => mention.start + offset - 1).filter((index) => index >= mention.start && index <= mention.end && isCapitalisedWord(words[index]!));
        if (core.length === 0) continue;
        // The run of capitalised words (with "of", "and", "de" … inside) around the first capitalised core word.
        const inRun = (index: number) => index >= mention.start && index <= mention.end && (isCapitalisedWord(words[index]!) || (connects(index, kind) && index + 1 <= mention.end && index > mention.start && isCapitalisedWord(words[index - 1]!)));
        let start = core[0]!;
        let end = core[0]!;
        while (inRun(start - 1)) start--;
        while (inRun(end + 1)) end++;
        while (end > start && CONNECTOR.test(words[end]!)) end--;
        // "The", titles and job words are not part of a name: "President Donald Trump" → "Donald Trump".
        while (start < end && (/^the$/i.test(words[start]!) || (kind === "person" && TITLE_WORDS.has(words[start]!.toLowerCase().replace(/\.$/, ""))))) start++;
        if (!upos.slice(start, end + 1).includes("PROPN")) continue;
        if (labels.slice(start, end + 1).some((label) => label !== "O")) continue;
        for (let index = start; index <= end; index++) labels[index] = `${index === start ? "B" : "I"}-${kind}`;
      }
      sentences.push({ words, labels, glued, document });
    }
  }
  return sentences;
}
