// Stage 3: the headline when the capture has one (a short first line that is not a sentence);
// otherwise a headline derived from the standfirst or lede, cut at a clause or word boundary
// and marked as derived.
import { looksLikeHeadlineLine } from "./boilerplate-rules.ts";
import { assertFound, type CaptureFile } from "./capture-file.ts";
import { evidenceText } from "./evidence.ts";
import { pageHeadline } from "./page-evidence.ts";
import { isStoryParagraph } from "./story-block.ts";

export const MAX_DERIVED_TITLE = 110;
const MIN_TITLE_WORDS = 4;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Col|Lt|Capt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Inc|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|[A-Z])\.$/;

/** The first sentence, not fooled by "Maj. Gen." or "U.S.". */
export function firstSentence(text: string): string {
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?[\p{Lu}\d])/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const before = text.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(before)) return before;
  }
  return text;
}

const SUBORDINATE_OPENING = /^(following|after|since|as|while|despite|amid|although|though|when|before|having|with|in the wake of|in response to)\b/i;
const TRAILING_FUNCTION_WORDS = /\s+(the|a|an|of|to|and|or|but|in|on|at|for|by|with|from|that|which|who|as|its|their|his|her|is|are|was|were|has|have|had|be|been|into|over|than|under|about|against|between|during|without|within|towards?|across|through|after|before|since|amid|among|not|will|would|could|should|can|may|this|these|those|it|they|we)$/i;
/** Words that start a new phrase: cutting just before one leaves a whole phrase behind. */
const PHRASE_START = /^(the|a|an|of|to|and|or|but|in|on|at|for|by|with|from|that|which|who|as|is|are|was|were|has|have|had|will|would|said|says|after|before|amid|over|under|against|during|since|while|because|if|when)$/;
/** The last " of …"/" to …"/" and …" in a cut title. */
const LAST_PHRASE_BOUNDARY = /\s(?:of|to|in|on|for|by|with|from|after|amid|over|against|that|which|who|and|but)\s(?!.*\s(?:of|to|in|on|for|by|with|from|after|amid|over|against|that|which|who|and|but)\s)/;
/** "Member of …, Bashar Al-Kiki, revealed …": the named subject leads. */
const APPOSITIVE_SUBJECT = /^[^,]{10,120}, ((?:[\p{Lu}][\p{L}'’-]+ ){1,3}[\p{Lu}][\p{L}'’-]+), (?!(?:the|a|an|his|her|its|their|who|which|whose|whom|and|or|but|said|says|told)\b)(\p{Ll}.+)$/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A headline made from a lede sentence: main clause first, at most MAX_DERIVED_TITLE characters. */
export function deriveTitle(lede: string): string {
  let sentence = firstSentence(lede)
    .replace(/\s*\([^)]{1,40}\)/g, "")
    .replace(/^["“]|["”]$/g, "")
    .replace(/[\s.!?,;:…]+$/, "");
  const clauses = sentence.split(/,\s+/);
  // "Following …, which …, the KRG issued a call …": the main clause comes last.
  if (SUBORDINATE_OPENING.test(sentence) && clauses.length > 1) {
    const main = clauses[clauses.length - 1]!;
    if (words(main).length >= 6) sentence = capitalise(main);
  }
  const appositive = APPOSITIVE_SUBJECT.exec(sentence);
  if (appositive) sentence = `${appositive[1]} ${appositive[2]}`;
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  let clause = "";
  for (const part of sentence.split(/,\s+|\s+[–—-]\s+|;\s+/)) {
    const longer = clause ? `${clause}, ${part}` : part;
    if (longer.length > MAX_DERIVED_TITLE) break;
    clause = longer;
  }
  if (words(clause).length >= MIN_TITLE_WORDS) return clause;
  let cut = sentence.slice(0, MAX_DERIVED_TITLE + 1);
  cut = cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : MAX_DERIVED_TITLE);
  // Cutting "… the independence | referendum" splits a noun phrase: back off to the last
  // preposition or conjunction ("… the outcome | of the independence") when that keeps enough.
  const next = sentence.slice(cut.length).trim().split(" ")[0] ?? "";
  if (/^\p{Ll}/u.test(next) && !PHRASE_START.test(next)) {
    const boundary = cut.search(LAST_PHRASE_BOUNDARY);
    if (boundary >= MAX_DERIVED_TITLE * 0.6) cut = cut.slice(0, boundary);
  }
  while (TRAILING_FUNCTION_WORDS.test(cut)) cut = cut.replace(TRAILING_FUNCTION_WORDS, "");
  return cut.replace(/[\s,;:–—-]+$/, "");
}

export function findTitle(capture: CaptureFile): void {
  assertFound(capture, ["name", "header", "paragraphs"]);
  const { header, paragraphs } = capture;
  if (header.title) {
    capture.title = header.title;
    capture.titleDerived = false;
    capture.titleEvidence = { rule: "maintainer-header", text: header.title, confidence: "high" };
    return;
  }
  // A saved page's declared headline; its story may repeat it as a first line.
  const fromPage = pageHeadline(capture);
  if (fromPage) {
    capture.paragraphs = paragraphs.filter((paragraph, index) => index > 0 || paragraph.text !== fromPage.title);
    capture.title = fromPage.title;
    capture.titleDerived = false;
    capture.titleEvidence = fromPage.evidence;
    return;
  }
  // The headline stage 2 found above the story; else a first line that reads as one.
  const { headline } = capture;
  if (headline && paragraphs.includes(headline)) {
    capture.paragraphs = paragraphs.filter((paragraph) => paragraph !== headline);
    capture.title = headline.text;
    capture.titleDerived = false;
    capture.titleEvidence = { rule: "headline-line", text: headline.text, line: headline.line, confidence: "high" };
    return;
  }
  const [first, ...rest] = paragraphs;
  if (first && rest.length > 0 && looksLikeHeadlineLine(first.text) && !isStoryParagraph(first.text)) {
    capture.paragraphs = rest;
    capture.title = first.text;
    capture.titleDerived = false;
    capture.titleEvidence = { rule: "headline-line", text: first.text, line: first.line, confidence: "high" };
    return;
  }
  const lede = paragraphs.find((paragraph) => words(paragraph.text).length >= 8) ?? first;
  const derived = lede ? deriveTitle(lede.text) : "";
  capture.title = words(derived).length >= MIN_TITLE_WORDS ? derived : (lede?.text.slice(0, MAX_DERIVED_TITLE) || capture.name);
  capture.titleDerived = true;
  capture.titleEvidence = { rule: "derived-from-lede", text: evidenceText(lede?.text ?? capture.name), line: lede?.line, confidence: "medium" };
}
