// Stage 6: actors and places. Registry aliases (compiled once, longest match) name what the
// archive already knows; wink-nlp proper-noun runs propose the rest, which are kept only when
// the text clearly types them (a person's given name or title, an organisation's head word, a
// "… province") and reported for curation. A surname after the full name is the same person.
import { findNames, isCommonWord, isCountryName, isGivenName, isTitleWord } from "../names/find-names.ts";
import type { AliasMatch, EntityType } from "../registry/entity-index.ts";
import { sidesInCapitalTables, teamNamesIn } from "./team-names.ts";
import { tokenize, type Token } from "../registry/alias-key.ts";
import { DEFAULT_NAME_FINDER, findCapitalisedRuns, findNameCandidates, type NameCandidate } from "./candidate-names.ts";
import { assertFound, type CaptureFile, type CaptureWith, type FoundEntity } from "./capture-file.ts";
import type { CaptureContext } from "./capture-context.ts";
import {
  CALENDAR_WORDS, CHROME_WORDS, DEMONYMS, GENERIC_NAME_WORDS, GIVEN_NAMES, HONORIFICS, ORGANIZATION_WORDS,
  PERSON_AFTER, PLACE_AFTER, PLACE_BEFORE,
} from "./entity-words.ts";

export type { FoundEntity } from "./capture-file.ts";

/** A capture every stage ran on, as stage 7 reads it (the name it had when each stage extended the last one's type). */
export type { NormalizedCapture as EntityCapture } from "./capture-file.ts";

/**
 * What finding names reads of the context: the registries' aliases, whether to propose unknown names
 * and how (wink-nlp's POS tagger, ~8 ms a 1,000-word capture, or capitalised runs, ~0.2 ms, the
 * default), and the outlets' names and aliases, never kept as unknown actors.
 */
type EntityContext = Pick<CaptureContext, "entities" | "outlets" | "registryOnly" | "nameFinder">;

/** Tag lines are cut from the body but name the page's subjects: they count as evidence. */
const EVIDENCE_RULES = new Set(["tag-line"]);

interface EvidenceText {
  text: string;
  /** The capture file's line the text is on, when known. */
  line?: number;
  /** Title Case headlines and tag lists capitalise every word: only registry names count there. */
  registryOnly: boolean;
}

/** Past its first word, at most this share of a headline's longer words are capitalised when it is written in sentence case. */
const SENTENCE_CASE_CAPITALS = 0.5;

/** "Canada's cash balances fall in week": a headline that capitalises only its first word and its names, so its capitals mark names as a sentence's do. */
function isSentenceCase(title: string): boolean {
  const words = title.split(/\s+/).slice(1).filter((word) => (word.match(/\p{L}/gu)?.length ?? 0) >= 4);
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return title !== title.toUpperCase() && words.length > 0 && capitalised / words.length <= SENTENCE_CASE_CAPITALS;
}

function textsOf(capture: CaptureWith<"paragraphs" | "removed" | "title" | "titleDerived" | "titleEvidence">): EvidenceText[] {
  // The lede's agency dateline ("ERBIL, Iraq (Reuters) -"), in capitals and no sentence, counts only for registry names.
  const { dateline } = capture;
  const running = ({ text, line }: { text: string; line: number }) => (dateline && dateline.line === line && text.startsWith(dateline.text) ? text.slice(dateline.text.length).trimStart() : text);
  const texts: EvidenceText[] = capture.paragraphs.map((paragraph) => ({ text: running(paragraph), line: paragraph.line, registryOnly: false }));
  if (!capture.titleDerived) texts.unshift({ text: capture.title, line: capture.titleEvidence.line, registryOnly: !isSentenceCase(capture.title) });
  for (const junk of capture.removed) if (EVIDENCE_RULES.has(junk.rule)) texts.push({ text: junk.text, line: junk.line, registryOnly: true });
  if (dateline) texts.push({ text: dateline.text, line: dateline.line, registryOnly: true });
  return texts;
}

const lower = (word: string) => word.toLowerCase().replace(/['’]s$/, "");

/** "Iraqi President Fuad Masum" → "Fuad Masum"; "The Quds Force" → "Quds Force"; "Economist Jane Roe" → "Jane Roe"; "Sept Brent" → "Brent". */
function trimName(words: string[]): { words: string[]; titled: boolean } {
  let titled = false;
  let start = 0;
  while (start < words.length && (HONORIFICS.has(lower(words[start]!).replace(/\.$/, "")) || DEMONYMS.has(lower(words[start]!)) || CALENDAR_WORDS.has(lower(words[start]!).replace(/\.$/, "")) || lower(words[start]!) === "the")) {
    if (HONORIFICS.has(lower(words[start]!).replace(/\.$/, ""))) titled = true;
    start++;
  }
  // "Economist Jane Roe", "Centre Tom West": an occupation or a position before a given name and a surname.
  while (words.length - start >= 3 && isTitleWord(lower(words[start]!)) && isGivenName(words[start + 1]!)) {
    titled = true;
    start++;
  }
  return { words: words.slice(start), titled };
}

function isStopWord(word: string): boolean {
  const key = lower(word).replace(/\.$/, "");
  return DEMONYMS.has(key) || CALENDAR_WORDS.has(key) || CHROME_WORDS.has(key) || HONORIFICS.has(key);
}

/** "Armed Forces", "Security Council", "the Interior Ministry": an organisation named only by generic words is no one in particular. */
const hasDistinctiveWord = (keys: string[]) => keys.some((key) => !GENERIC_NAME_WORDS.has(key) && !ORGANIZATION_WORDS.has(key) && !DEMONYMS.has(key) && !HONORIFICS.has(key));

/** The type a name's own words and its neighbours give it, or undefined when unclear. */
const clean = (words: string[]) => words.join(" ").replace(/['’]s$/, "").replace(/[.,]$/, "");

export function typeUnknownName(text: string, before: string, after: string): { name: string; type: EntityType } | undefined {
  const all = text.split(/\s+/).filter(Boolean);
  // An organisation keeps its demonym ("Yazidi Democratic Party"); people and places lose titles.
  const organisationWords = lower(all[0] ?? "") === "the" ? all.slice(1) : all;
  const organisationKeys = organisationWords.map(lower);
  if (organisationKeys.some((key) => ORGANIZATION_WORDS.has(key))) {
    return hasDistinctiveWord(organisationKeys) && organisationWords.length >= 2 ? { name: clean(organisationWords), type: "organization" } : undefined;
  }
  const { words, titled } = trimName(all);
  if (words.length === 0 || words.every(isStopWord)) return undefined;
  const name = clean(words);
  const keys = words.map(lower);
  if (PLACE_AFTER.test(after) || PLACE_BEFORE.test(before)) return words.length <= 3 ? { name, type: "place" } : undefined;
  if (words.length >= 2 && words.length <= 4 && !words.some(isStopWord)) {
    const honorificBefore = /\b(mr|mrs|ms|dr|sheikh|gen|general|president|minister|ambassador|envoy|spokesman|governor|commander|mp|lawmaker|official)\.?\s+$/i.test(before);
    if (titled || honorificBefore || GIVEN_NAMES.has(keys[0]!) || PERSON_AFTER.test(after)) return { name, type: "person" };
  }
  return undefined;
}

/** The parts of a candidate that no registry match covers, trimmed to whole words. */
function uncoveredPieces(text: string, candidate: NameCandidate, matches: Array<{ start: number; end: number }>): NameCandidate[] {
  const inside = matches.filter((match) => match.start < candidate.end && match.end > candidate.start);
  if (inside.length === 0) return [candidate];
  const pieces: NameCandidate[] = [];
  let start = candidate.start;
  for (const match of [...inside, { start: candidate.end, end: candidate.end }]) {
    const raw = text.slice(start, Math.max(start, match.start));
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/^(of|for|al|the)\s+|\s+(of|for|al|the)$/gi, "");
    if (body && /\p{Lu}/u.test(body)) pieces.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = Math.max(start, match.end);
  }
  return pieces;
}

interface Collected {
  entity: FoundEntity;
  surname?: string;
}

/** An unknown name typed by its words and neighbours, with where it was found. */
interface UnknownName {
  name: string;
  type: EntityType;
  sentence: string;
  line?: number;
}

const surnameKey = (name: string) => lower(name.split(" ").pop()!).replace(/^(al|el)-/, "");

/** The names found so far by lower-case name, each counted once per mention. */
class FoundNames extends Map<string, Collected> {
  add(name: string, type: EntityType, known: boolean): void {
    const existing = this.get(name.toLowerCase());
    if (existing) existing.entity.mentions++;
    else this.set(name.toLowerCase(), { entity: { name, type, known, mentions: 1 }, surname: type === "person" ? surnameKey(name) : undefined });
  }
}

/** The names a text's capitalised runs propose that no registry match covers, typed; outlets named in the text are sources, not actors. */
function unknownNamesIn(text: string, line: number | undefined, tokens: Token[], matches: AliasMatch[], context: EntityContext): UnknownName[] {
  const unknown: UnknownName[] = [];
  const candidates = context.nameFinder === "wink-pos" ? findNameCandidates(text) : findCapitalisedRuns(text, tokens);
  for (const candidate of candidates) {
    // "US Consul General Irvin Hicks": what the registry named is cut out, the rest is typed.
    for (const piece of uncoveredPieces(text, candidate, matches)) {
      const typed = typeUnknownName(piece.text, text.slice(Math.max(0, piece.start - 40), piece.start), text.slice(piece.end, piece.end + 40));
      // An outlet named in the text ("told Anadolu Agency") is a source, not an actor of the story.
      if (typed && !context.outlets.names.has(typed.name.toLowerCase().replace(/^the\s+/, ""))) unknown.push({ ...typed, sentence: sentenceAround(text, piece.start, piece.end), line });
    }
  }
  return unknown;
}

/** Registry names in every text of the capture, and the unknown names proposed beside them. */
function collectNames(capture: Parameters<typeof textsOf>[0], context: EntityContext) {
  const finder = context.nameFinder ?? DEFAULT_NAME_FINDER;
  const found = new FoundNames();
  const unknown: UnknownName[] = [];
  // Registry persons seen only by a surname ("Barzani"), and those seen by a fuller name.
  const surnameOnly = new Set<string>();
  const fullName = new Set<string>();
  const texts = textsOf(capture).map((evidence) => {
    const tokens = tokenize(evidence.text);
    return { evidence, tokens, matches: registryMatches(evidence.text, tokens, context) };
  });
  // The story's texts with the registry's names in each, which the name tagger is told too.
  const storyTexts = texts.filter(({ evidence }) => !evidence.registryOnly).map(({ evidence, matches }) => ({ text: evidence, matches }));
  const tagged = !context.registryOnly && finder === "name-tagger" ? taggedNamesIn(storyTexts, context) : undefined;
  const personWords = surnamePlaces(texts, personSurnames(tagged ?? []));
  for (const { evidence, tokens, matches } of texts) {
    const { text, line, registryOnly } = evidence;
    for (const match of matches) {
      if (match.entity.type === "outlet" || (match.entity.type === "place" && personWords.has(lower(match.text)))) continue;
      found.add(match.entity.name, match.entity.type, true);
      if (match.entity.type === "person" && !/\s/.test(match.text)) surnameOnly.add(match.entity.name);
      else fullName.add(match.entity.name);
    }
    if (!context.registryOnly && !registryOnly) unknown.push(...unknownNamesIn(text, line, tokens, matches, { ...context, nameFinder: finder === "wink-pos" ? "wink-pos" : "capitalised-runs" }));
  }
  const proposed = tagged ? [...withTaggedNames(unknown, tagged), ...capitalTableSides(storyTexts, capture.title)] : unknown;
  // A town that is a side in a sports story ("Kent 108-3") is its club there; a country's side keeps the country's page.
  const teams = teamNamesIn(storyTexts.map(({ text }) => text.text), capture.title);
  const isClub = (name: UnknownName) => name.type === "place" && teams.has(name.name) && !isCountryName(name.name);
  const typed = proposed.map((name) => (isClub(name) ? { ...name, type: "organization" as const } : name));
  return { found, unknown: typed, surnameOnly, fullName };
}

const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** "HOUSTON 72 63 .533 -", "BOSTON AT OAKLAND": the sides of a sports story's tables in capitals,
 *  which the tagger cannot read (capitals hide which words are names); countries stay places. */
function capitalTableSides(storyTexts: Array<{ text: EvidenceText }>, headline: string): UnknownName[] {
  return sidesInCapitalTables(storyTexts.map(({ text }) => text.text), headline)
    .filter(({ name }) => !isCountryName(name) && !name.split(" ").every(isCommonWord))
    .map(({ name, text }) => ({ name: titleCase(name), type: "organization" as const, sentence: storyTexts[text]!.text.text, line: storyTexts[text]!.text.line }));
}

/** The last words of the people's full names the tagger found ("Neil Jordan" → "jordan"). */
function personSurnames(tagged: UnknownName[]): Set<string> {
  return new Set(tagged.filter((name) => name.type === "person" && /\s/.test(name.name)).map((name) => lower(name.name.split(/\s+/).pop()!)));
}

/** "in Jordan", "to Holland", "Syria and Jordan": a place word after these stays the place. */
const PLACE_BEFORE_WORD = /\b(?:in|to|from|into|across|near|of|at|via|and|or|visit|visited|visiting)\s+$/i;

/** "Jordan said", "recognised Holland" in a story about Neil Jordan or Trevor Holland: a registry
 *  place of one word that is the surname of a person the story names is that person, unless most
 *  of its mentions read as the place ("in Jordan"). The lower-case words of such places. */
function surnamePlaces(texts: Array<{ evidence: EvidenceText; matches: AliasMatch[] }>, surnames: Set<string>): Set<string> {
  const votes = new Map<string, number>();
  for (const { evidence, matches } of texts) {
    for (const match of matches) {
      if (match.entity.type !== "place" || /\s/.test(match.text) || !surnames.has(lower(match.text))) continue;
      const asPlace = PLACE_BEFORE_WORD.test(evidence.text.slice(Math.max(0, match.start - 12), match.start));
      votes.set(lower(match.text), (votes.get(lower(match.text)) ?? 0) + (asPlace ? -1 : 1));
    }
  }
  return new Set([...votes].filter(([, vote]) => vote > 0).map(([word]) => word));
}

const SURNAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u;
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "dr"]);

/** The registry's names in a text, less a place that is someone's surname: "Jordan" in "Bill Jordan" or "Mr Jordan". */
function registryMatches(text: string, tokens: Token[], context: EntityContext): AliasMatch[] {
  return context.entities.match(text, tokens).filter((match) => {
    if (match.entity.type !== "place") return true;
    const before = SURNAME_BEFORE.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1]?.toLowerCase();
    return !before || !(GIVEN_NAMES.has(before) || PERSONAL_TITLES.has(before) || isGivenName(before));
  });
}

/**
 * Two proposals of one name ("Rakan Saeed" inside "Rakan Saeed al-Jubouri"): the longer stays, typed
 * by the word rules when they typed it; but a run that holds a title beside the tagger's name
 * ("Example CEO Jane Roe", "Economist Jane Roe of Example Bank") is the tagger's names, not one.
 */
function withTaggedNames(runs: UnknownName[], tagged: UnknownName[]): UnknownName[] {
  const within = (short: string, long: string) => short !== long && ` ${long.toLowerCase()} `.includes(` ${short.toLowerCase()} `);
  const titled = (run: string, name: string) => run.split(/\s+/).some((word) => !name.split(/\s+/).includes(word) && isTitleWord(word.toLowerCase()));
  const holds = (run: UnknownName, name: UnknownName) => within(name.name, run.name) && !titled(run.name, name.name);
  const keptRuns = runs.filter((run) => !tagged.some((name) => within(run.name, name.name) || (within(name.name, run.name) && titled(run.name, name.name))));
  const keptTagged = tagged.filter((name) => !runs.some((run) => holds(run, name)));
  return [...keptRuns, ...keptTagged];
}

/** The trained name finder (src/names/) reads the story's texts together; what a registry named stays the registry's. */
function taggedNamesIn(storyTexts: Array<{ text: EvidenceText; matches: AliasMatch[] }>, context: EntityContext): UnknownName[] {
  return findNames(storyTexts.map(({ text }) => text.text), { known: storyTexts.map(({ matches }) => matches) })
    .filter((name) => !context.outlets.names.has(name.name.toLowerCase().replace(/^the\s+/, "")))
    .filter((name) => name.kind !== "organization" || hasDistinctiveWord(name.name.split(/\s+/).map(lower)))
    .map((name) => {
      const { text, line } = storyTexts[name.paragraph]!.text;
      return { name: name.name, type: name.kind, sentence: sentenceAround(text, name.start, name.end), line };
    });
}

/** Unknown names join those found, each new one reported for curation; a surname alone after its full name is that person. */
function addUnknownNames(capture: CaptureFile, found: FoundNames, unknown: UnknownName[]): void {
  // A surname alone ("Al-Kiki", "Hawramy") after the full name is that person, not a new one.
  const surnames = new Map([...found.values()].filter((item) => item.surname).map((item) => [item.surname!, item.entity.name]));
  for (const item of unknown) {
    const words = item.name.split(" ");
    if (item.type === "person" && words.length === 1 && surnames.has(lower(words[0]!).replace(/^(al|el)-/, ""))) continue;
    if (!found.has(item.name.toLowerCase())) {
      capture.messages.push({
        file: capture.file,
        line: item.line,
        severity: "info",
        ruleId: "entity-unknown",
        reason: `"${item.name}" looks like a ${item.type} that no registry knows: kept; add it to content/registry/ to curate it. Found in: “${item.sentence}”`,
        data: { name: item.name, kind: item.type, sentence: item.sentence },
      });
    }
    found.add(item.name, item.type, false);
  }
}

/** "Barzani" after "Nechirvan Barzani" is Nechirvan, even if the registry files the bare surname under another Barzani. */
function mergeSurnamesIntoNamesakes(found: FoundNames, surnameOnly: Set<string>, fullName: Set<string>): void {
  for (const name of surnameOnly) {
    if (fullName.has(name)) continue;
    const surname = surnameKey(name);
    const namesake = [...found.values()].find((item) => item.entity.name !== name && item.surname === surname && (fullName.has(item.entity.name) || !item.entity.known));
    if (namesake) {
      namesake.entity.mentions += found.get(name.toLowerCase())!.entity.mentions;
      found.delete(name.toLowerCase());
    }
  }
}

export function findEntities(capture: CaptureFile, context: EntityContext): void {
  assertFound(capture, ["paragraphs", "removed", "title", "titleDerived", "titleEvidence"]);
  const { found, unknown, surnameOnly, fullName } = collectNames(capture, context);
  addUnknownNames(capture, found, unknown);
  mergeSurnamesIntoNamesakes(found, surnameOnly, fullName);
  const entities = [...found.values()].map((item) => item.entity);
  // Unknown full names whose surname alone also appeared as an unknown single word are merged above;
  // unknown persons that are another unknown person's surname are dropped here.
  const personNames = entities.filter((entity) => entity.type === "person").map((entity) => entity.name);
  const kept = entities.filter((entity) => entity.known || !personNames.some((other) => other !== entity.name && other.endsWith(` ${entity.name}`)));
  const byName = (a: FoundEntity, b: FoundEntity) => a.name.localeCompare(b.name);
  capture.entities = kept;
  capture.actors = kept.filter((entity) => entity.type !== "place").sort(byName).map((entity) => entity.name);
  capture.places = kept.filter((entity) => entity.type === "place").sort(byName).map((entity) => entity.name);
}

/** The sentence a name was found in, so the maintainer curating it sees it in context. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  const opening = Math.max(before.search(/[.!?]\s(?!.*[.!?]\s)/s), before.lastIndexOf("\n"));
  const stop = after.search(/[.!?](\s|$)|\n/);
  const sentence = `${opening >= 0 ? before.slice(opening + 1) : before}${text.slice(start, end)}${stop >= 0 ? after.slice(0, stop + 1) : after}`;
  return sentence.replace(/\s+/g, " ").trim();
}
