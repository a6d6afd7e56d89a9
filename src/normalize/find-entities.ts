// Stage 6: actors and places. Registry aliases (compiled once, longest match) name what the
// archive already knows; wink-nlp proper-noun runs propose the rest, which are kept only when
// the text clearly types them (a person's given name or title, an organisation's head word, a
// "… province") and reported for curation. A surname after the full name is the same person.
import type { Message } from "../messages.ts";
import type { EntityIndex, EntityType } from "../registry/entity-index.ts";
import { tokenize } from "../registry/alias-key.ts";
import { findCapitalisedRuns, findNameCandidates, type NameCandidate, type NameFinder } from "./candidate-names.ts";
import {
  CALENDAR_WORDS, CHROME_WORDS, DEMONYMS, GENERIC_NAME_WORDS, GIVEN_NAMES, HONORIFICS, ORGANIZATION_WORDS,
  PERSON_AFTER, PLACE_AFTER, PLACE_BEFORE,
} from "./entity-words.ts";
import type { OutletCapture } from "./find-outlet.ts";
import { findNames } from "../names/find-names.ts";

export interface FoundEntity {
  name: string;
  type: EntityType;
  known: boolean;
  mentions: number;
}

export interface EntityCapture extends OutletCapture {
  actors: string[];
  places: string[];
  entities: FoundEntity[];
}

export interface FindEntitiesOptions {
  index: EntityIndex;
  /** Registry aliases only: no unknown names at all. */
  registryOnly?: boolean;
  /** How unknown names are proposed: wink-nlp's POS tagger (~8 ms a 1,000-word capture) or
   *  capitalised runs (~0.2 ms); the default is the fast one, see the README of this stage. */
  nameFinder?: NameFinder;
  /** Outlet names and aliases (lower case), never kept as unknown actors. */
  outletNames?: Set<string>;
}

/** Tag lines and agency datelines ("ERBIL, Iraq (Reuters) -") are cut from the body but name the
 *  page's subjects and places: they count as evidence. */
const EVIDENCE_RULES = new Set(["tag-line", "agency-dateline-prefix"]);

interface EvidenceText {
  text: string;
  /** The capture file's line the text is on, when known. */
  line?: number;
  /** Title Case headlines and tag lists capitalise every word: only registry names count there. */
  registryOnly: boolean;
}

function textsOf(capture: OutletCapture): EvidenceText[] {
  const texts: EvidenceText[] = capture.paragraphs.map((paragraph) => ({ text: paragraph.text, line: paragraph.line, registryOnly: false }));
  if (!capture.titleDerived) texts.unshift({ text: capture.title, line: capture.titleEvidence.line, registryOnly: true });
  for (const junk of capture.removed) if (EVIDENCE_RULES.has(junk.rule)) texts.push({ text: junk.text, line: junk.line, registryOnly: true });
  return texts;
}

const lower = (word: string) => word.toLowerCase().replace(/['’]s$/, "");

/** "Iraqi President Fuad Masum" → "Fuad Masum"; "The Quds Force" → "Quds Force". */
function trimName(words: string[]): { words: string[]; titled: boolean } {
  let titled = false;
  let start = 0;
  while (start < words.length && (HONORIFICS.has(lower(words[start]!).replace(/\.$/, "")) || DEMONYMS.has(lower(words[start]!)) || lower(words[start]!) === "the")) {
    if (HONORIFICS.has(lower(words[start]!).replace(/\.$/, ""))) titled = true;
    start++;
  }
  return { words: words.slice(start), titled };
}

function isStopWord(word: string): boolean {
  const key = lower(word).replace(/\.$/, "");
  return DEMONYMS.has(key) || CALENDAR_WORDS.has(key) || CHROME_WORDS.has(key) || HONORIFICS.has(key);
}

/** The type a name's own words and its neighbours give it, or undefined when unclear. */
const clean = (words: string[]) => words.join(" ").replace(/['’]s$/, "").replace(/[.,]$/, "");

export function typeUnknownName(text: string, before: string, after: string): { name: string; type: EntityType } | undefined {
  const all = text.split(/\s+/).filter(Boolean);
  // An organisation keeps its demonym ("Yazidi Democratic Party"); people and places lose titles.
  const organisationWords = lower(all[0] ?? "") === "the" ? all.slice(1) : all;
  const organisationKeys = organisationWords.map(lower);
  if (organisationKeys.some((key) => ORGANIZATION_WORDS.has(key))) {
    const distinctive = organisationKeys.some((key) => !GENERIC_NAME_WORDS.has(key) && !ORGANIZATION_WORDS.has(key) && !DEMONYMS.has(key) && !HONORIFICS.has(key));
    return distinctive && organisationWords.length >= 2 ? { name: clean(organisationWords), type: "organization" } : undefined;
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

export function findEntities(capture: OutletCapture, options: FindEntitiesOptions): EntityCapture {
  const found = new Map<string, Collected>();
  const messages: Message[] = [];
  const add = (name: string, type: EntityType, known: boolean) => {
    const key = name.toLowerCase();
    const existing = found.get(key);
    if (existing) existing.entity.mentions++;
    else found.set(key, { entity: { name, type, known, mentions: 1 }, surname: type === "person" ? lower(name.split(" ").pop()!).replace(/^(al|el)-/, "") : undefined });
  };
  const unknown: Array<{ name: string; type: EntityType; sentence: string; line?: number }> = [];
  // Registry persons seen only by a surname ("Barzani"), and those seen by a fuller name.
  const surnameOnly = new Set<string>();
  const fullName = new Set<string>();
  for (const { text, line, registryOnly } of textsOf(capture)) {
    const tokens = tokenize(text);
    const matches = options.index.match(text, tokens);
    for (const match of matches) {
      if (match.entity.type === "outlet") continue;
      add(match.entity.name, match.entity.type, true);
      if (match.entity.type === "person" && !/\s/.test(match.text)) surnameOnly.add(match.entity.name);
      else fullName.add(match.entity.name);
    }
    if (options.registryOnly || registryOnly || options.nameFinder === "name-tagger") continue;
    const candidates = options.nameFinder === "wink-pos" ? findNameCandidates(text) : findCapitalisedRuns(text, tokens);
    for (const candidate of candidates) {
      // "US Consul General Irvin Hicks": what the registry named is cut out, the rest is typed.
      for (const piece of uncoveredPieces(text, candidate, matches)) {
        const typed = typeUnknownName(piece.text, text.slice(Math.max(0, piece.start - 40), piece.start), text.slice(piece.end, piece.end + 40));
        // An outlet named in the text ("told Anadolu Agency") is a source, not an actor of the story.
        if (typed && !options.outletNames?.has(typed.name.toLowerCase().replace(/^the\s+/, ""))) unknown.push({ ...typed, sentence: sentenceAround(text, piece.start, piece.end), line });
      }
    }
  }
  // The trained name finder (src/names/) reads the story's paragraphs together; what a registry named stays the registry's.
  if (options.nameFinder === "name-tagger" && !options.registryOnly) {
    const texts = textsOf(capture).filter((text) => !text.registryOnly);
    const known = texts.map((text) => options.index.match(text.text));
    for (const name of findNames(texts.map((text) => text.text), { known })) {
      if (options.outletNames?.has(name.name.toLowerCase().replace(/^the\s+/, ""))) continue;
      const { text, line } = texts[name.paragraph]!;
      unknown.push({ name: name.name, type: name.kind, sentence: sentenceAround(text, name.start, name.end), line });
    }
  }
  // A surname alone ("Al-Kiki", "Hawramy") after the full name is that person, not a new one.
  const surnames = new Map([...found.values()].filter((item) => item.surname).map((item) => [item.surname!, item.entity.name]));
  for (const item of unknown) {
    const words = item.name.split(" ");
    if (item.type === "person" && words.length === 1 && surnames.has(lower(words[0]!).replace(/^(al|el)-/, ""))) continue;
    if (!found.has(item.name.toLowerCase())) {
      messages.push({
        file: capture.file,
        line: item.line,
        severity: "info",
        ruleId: "entity-unknown",
        reason: `"${item.name}" looks like a ${item.type} that no registry knows: kept; add it to content/registry/ to curate it. Found in: “${item.sentence}”`,
        data: { name: item.name, kind: item.type, sentence: item.sentence },
      });
    }
    add(item.name, item.type, false);
  }
  // "Barzani" after "Nechirvan Barzani" is Nechirvan, even if the registry files the bare
  // surname under another Barzani.
  for (const name of surnameOnly) {
    if (fullName.has(name)) continue;
    const surname = lower(name.split(" ").pop()!).replace(/^(al|el)-/, "");
    const namesake = [...found.values()].find((item) => item.entity.name !== name && item.surname === surname && (fullName.has(item.entity.name) || !item.entity.known));
    if (namesake) {
      namesake.entity.mentions += found.get(name.toLowerCase())!.entity.mentions;
      found.delete(name.toLowerCase());
    }
  }
  const entities = [...found.values()].map((item) => item.entity);
  // Unknown full names whose surname alone also appeared as an unknown single word are merged above;
  // unknown persons that are another unknown person's surname are dropped here.
  const personNames = entities.filter((entity) => entity.type === "person").map((entity) => entity.name);
  const kept = entities.filter((entity) => entity.known || !personNames.some((other) => other !== entity.name && other.endsWith(` ${entity.name}`)));
  const byName = (a: FoundEntity, b: FoundEntity) => a.name.localeCompare(b.name);
  return {
    ...capture,
    entities: kept,
    actors: kept.filter((entity) => entity.type !== "place").sort(byName).map((entity) => entity.name),
    places: kept.filter((entity) => entity.type === "place").sort(byName).map((entity) => entity.name),
    messages: [...capture.messages, ...messages],
  };
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
