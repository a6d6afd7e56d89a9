// Name candidates from a real NLP library: runs of wink-nlp proper-noun tokens, joined across
// hyphens ("Al-Kiki", "Al-Monitor"), with their character offsets in the text.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface NameCandidate {
  text: string;
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The model takes ~100 ms to load: once per process, on first use. */
function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

export function findNameCandidates(text: string): NameCandidate[] {
  const engine = tagger();
  const its = engine.its;
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const candidates: NameCandidate[] = [];
  let offset = 0;
  let run: NameCandidate | undefined;
  let pendingHyphen = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    const gap = spaces[index] ?? "";
    const start = text.indexOf(value, offset + gap.length - (gap.length ? 0 : 0));
    const tokenStart = start >= 0 && start - offset <= gap.length + 2 ? start : offset + gap.length;
    const tokenEnd = tokenStart + value.length;
    offset = tokenEnd;
    const glued = gap.length === 0;
    const isName = tags[index] === "PROPN" || (run !== undefined && glued && pendingHyphen && /^\p{Lu}/u.test(value));
    if (run && glued && value === "-" && index + 1 < values.length && (spaces[index + 1] ?? "") === "") {
      pendingHyphen = true;
      continue;
    }
    if (isName && /^[\p{L}][\p{L}\p{M}'’.]*$/u.test(value)) {
      if (run && (glued ? pendingHyphen : gap === " ")) run.end = tokenEnd;
      else {
        if (run) candidates.push(run);
        run = { text: "", start: tokenStart, end: tokenEnd };
      }
    } else if (run) {
      candidates.push(run);
      run = undefined;
    }
    pendingHyphen = false;
  }
  if (run) candidates.push(run);
  return candidates.map((candidate) => ({ ...candidate, text: text.slice(candidate.start, candidate.end) }));
}
