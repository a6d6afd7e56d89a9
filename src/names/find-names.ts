// Names of people, organisations and places in a story's paragraphs, mention by mention: a
// trained tagger (name-model.ts) proposes them, then the story decides. One name is one kind
// throughout the story (the mentions vote), a surname alone is the full name given before or
// after it ("Kohl" → "Helmut Kohl"), and an acronym is the organisation whose initials it spells
// ("ANC" → "African National Congress").
import { NameModel, type TaggedToken } from "./name-model.ts";
import type { NameKind } from "./name-kinds.ts";
import { tokenizeNames, type NameToken } from "./name-tokens.ts";
import { DEMONYMS, FACILITY_WORDS, GROUP_WORDS, NEVER_NAMES, OCCUPATIONS, ORGANIZATION_SUFFIXES, TITLE_WORDS } from "./name-words.ts";

export interface FoundName {
  /** The words as the paragraph writes them ("Kohl"). */
  text: string;
  /** The name the story knows it by: the full name a surname or an acronym stands for. */
  name: string;
  kind: NameKind;
  paragraph: number;
  /** Offsets of `text` in its paragraph. */
  start: number;
  end: number;
  /** 0–1: how sure the tagger was of its weakest word. */
  confidence: number;
}

export interface FindNamesOptions {
  /** Defaults to the shipped model (src/names/data/), loaded once. */
  model?: NameModel;
  /** Per paragraph, spans another source already named (the registries): names overlapping
   *  them are left out. */
  known?: Array<Array<{ start: number; end: number }>>;
  /** Names none of whose mentions is this sure are dropped, per kind (default: people and
   *  organisations 0.5, i.e. every name the tagger's best reading gives; places 0.6). */
  minConfidence?: number | Partial<Record<NameKind, number>>;
}

let shipped: NameModel | undefined;
/** The shipped model, read on first use (~30 ms). */
export function shippedNameModel(): NameModel {
  shipped ??= NameModel.fromFiles();
  return shipped;
}

/** A given name of the shipped gazetteer ("Bill", "Michael"), three letters or more. */
export function isGivenName(word: string): boolean {
  return word.length >= 3 && shippedNameModel().lists.givenNames.has(word.toLowerCase());
}

/** A common English word of the shipped gazetteer ("total", "results"): no name by itself. */
export function isCommonWord(word: string): boolean {
  return shippedNameModel().lists.commonWords.has(word.toLowerCase());
}

/** A country or nation of the shipped gazetteer ("Lithuania", "Northern Ireland"). */
export function isCountryName(name: string): boolean {
  return shippedNameModel().lists.isCountry(name);
}

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const DATE = `(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
const DATE_AFTER = new RegExp(`\\s+${DATE}\\s*$`, "iu");
/** "LONDON 1996-08-30", "ESCHEN, Liechtenstein 1996-08-31", "PARIS Aug 30": the place and its region or country. */
const DATELINE = new RegExp(`^(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?)(?:,\\s*(\\p{Lu}[\\p{L}.'’ -]*))?\\s+${DATE}\\s*$`, "u");
const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
/** Chosen on names-dev (CoNLL-2003's development split): places at 0.6 trade 3 points of recall
 *  for 2 of precision; for actors that trade costs more than it gives. */
const MIN_CONFIDENCE: Record<NameKind, number> = { person: 0.5, organization: 0.5, place: 0.6 };
/** A tagger's margin as 0–1; the perceptron's scores run in the tens, hence the scale. */
const squash = (margin: number) => 1 / (1 + Math.exp(-margin / MARGIN_SCALE));
const MARGIN_SCALE = 10;
/** Above this a single common word the tagger calls a name is kept. */
const SURE = 0.9;
const isUpperCaseText = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
};

export function findNames(paragraphs: string[], options: FindNamesOptions = {}): FoundName[] {
  const model = options.model ?? shippedNameModel();
  const found: Mention[] = [];
  // Capitalised words the tagger left out, kept to be read again once the story's names are known.
  const leftOut: LeftOutWord[] = [];
  paragraphs.forEach((paragraph, index) => found.push(...paragraphNames(paragraph, index, options.known?.[index] ?? [], model, leftOut)));
  found.push(...leftOutNames(found, leftOut, model));
  return keepSureNames(joinMentions(found, model), minimumConfidence(options.minConfidence));
}

/** A capitalised word the tagger did not put in a name, and its paragraph. */
interface LeftOutWord {
  token: NameToken;
  paragraph: number;
}

/** One paragraph as the tagger read it, with the spans another source already named left `free` of. */
interface TaggedParagraph {
  paragraph: string;
  index: number;
  tokens: NameToken[];
  tagged: TaggedToken[];
  /** A line of results ("Bolton 3 Burnley 1"): a town before a score is its team. */
  inResultsLine: boolean;
  free: (start: number, end: number) => boolean;
  model: NameModel;
}

/** The per-kind minimum from the option: one number for all kinds, or some kinds over the defaults. */
function minimumConfidence(option: FindNamesOptions["minConfidence"]): Record<NameKind, number> {
  return typeof option === "number" ? { person: option, organization: option, place: option } : { ...MIN_CONFIDENCE, ...option };
}

/** The mentions of one paragraph; capitalised words the tagger left out go to `leftOut`. */
function paragraphNames(paragraph: string, index: number, known: Array<{ start: number; end: number }>, model: NameModel, leftOut: LeftOutWord[]): Mention[] {
  // A paragraph in capitals (a headline, a table) does not show which words are names; a
  // dateline ("LONDON 1996-08-30", "PARIS, Aug 30") names the place the story was filed from.
  if (!/\p{Lu}/u.test(paragraph)) return [];
  const free = (start: number, end: number) => !known.some((other) => other.start < end && other.end > start);
  const dateline = DATELINE.exec(paragraph);
  if (dateline) return datelinePlaces(dateline, paragraph, index, free);
  if (isUpperCaseText(paragraph.replace(DATE_AFTER, ""))) return countriesInCapitals(paragraph, index, free, model);
  const tokens = tokenizeNames(paragraph);
  const reading: TaggedParagraph = { paragraph, index, tokens, tagged: model.tag(tokens), inResultsLine: isResultsLine(tokens), free, model };
  // The teams go first: they take their words, which the tagged names below then skip.
  const teams = reading.inResultsLine ? resultsLineTeams(reading) : [];
  const players = reading.inResultsLine ? listedPeople(reading) : [];
  return [...teams, ...players, ...taggedNames(reading, leftOut)];
}

/** "ESCHEN, Liechtenstein 1996-08-31": the place, then its region or country. */
function datelinePlaces(dateline: RegExpExecArray, paragraph: string, index: number, free: TaggedParagraph["free"]): Mention[] {
  const places: Mention[] = [];
  const place = dateline[1]!;
  if (free(0, place.length)) places.push({ text: place, name: titleCase(place), kind: "place", paragraph: index, start: 0, end: place.length, confidence: 1, dateline: true });
  const region = dateline[2]?.trim();
  const at = region ? paragraph.indexOf(region, place.length) : -1;
  if (region && free(at, at + region.length)) places.push({ text: region, name: region, kind: "place", paragraph: index, start: at, end: at + region.length, confidence: 1 });
  return places;
}

/** In capitals only a country's name is sure to be one. */
function countriesInCapitals(paragraph: string, index: number, free: TaggedParagraph["free"], model: NameModel): Mention[] {
  return model.lists
    .countriesIn(paragraph)
    .filter((country) => free(country.start, country.end))
    .map((country) => ({ ...country, name: titleCase(country.text), kind: "place" as const, paragraph: index, confidence: 1 }));
}

/** "Bolton 3 Burnley 1": two numbers or more, and few lower-case words. */
function isResultsLine(tokens: NameToken[]): boolean {
  return tokens.filter((token) => /^\p{N}/u.test(token.raw)).length >= 2 && tokens.filter((token) => /^\p{Ll}/u.test(token.raw)).length <= tokens.length / 4;
}

/** "Alloa 2 Forfar 1": in a results line, capitalised words before a score the tagger left out
 *  are a team. Their words are tagged "X": taken, neither a word left out nor the start of another name. */
function resultsLineTeams({ paragraph, index, tokens, tagged, free, model }: TaggedParagraph): Mention[] {
  const teams: Mention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (tagged[at]!.tag !== "O" || !/^\p{Lu}\p{Ll}/u.test(tokens[at]!.raw) || (at > 0 && /^\p{L}/u.test(tokens[at - 1]!.raw))) continue;
    let end = at + 1;
    while (end < tokens.length && tagged[end]!.tag === "O" && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.raw)) end++;
    if (!/^\p{N}/u.test(tokens[end]?.raw ?? "")) continue;
    const text = paragraph.slice(tokens[at]!.start, tokens[end - 1]!.end);
    if (free(tokens[at]!.start, tokens[end - 1]!.end) && !NEVER_NAMES.has(text.toLowerCase()) && !model.lists.commonWords.has(text.toLowerCase())) {
      const country = model.lists.isCountry(text);
      teams.push({ text, name: text, kind: country ? "place" : "organization", team: !country, paragraph: index, start: tokens[at]!.start, end: tokens[end - 1]!.end, confidence: RESULTS_CONFIDENCE });
      for (let cursor = at; cursor < end; cursor++) tagged[cursor] = { tag: "X", margin: 0 };
    }
    at = end;
  }
  return teams;
}

/** "2 - Lilian Thuram, 5 - Laurent Blanc": in a line-up or results line, two or three capitalised
 *  words the tagger left out between list marks, opening with a given name, are a person. Their
 *  words are tagged "X", as a team's are. */
function listedPeople({ paragraph, index, tokens, tagged, free, model }: TaggedParagraph): Mention[] {
  const people: Mention[] = [];
  const isWord = (at: number) => tagged[at]?.tag === "O" && /^\p{Lu}\p{Ll}/u.test(tokens[at]!.raw);
  const isMark = (at: number) => at < 0 || at >= tokens.length || /^(?:[-,;().]|\p{N}+)$/u.test(tokens[at]!.raw);
  for (let at = 0; at < tokens.length; at++) {
    if (!isMark(at - 1) || !isWord(at) || !model.lists.givenNames.has(tokens[at]!.raw.toLowerCase())) continue;
    let end = at + 1;
    while (end < tokens.length && end - at < 3 && isWord(end)) end++;
    if (end - at < 2 || !isMark(end) || !free(tokens[at]!.start, tokens[end - 1]!.end)) continue;
    if (tokens.slice(at + 1, end).some((token) => model.lists.commonWords.has(token.raw.toLowerCase()) || model.lists.isPlace(token.raw))) continue;
    const text = paragraph.slice(tokens[at]!.start, tokens[end - 1]!.end);
    people.push({ text, name: text, kind: "person", paragraph: index, start: tokens[at]!.start, end: tokens[end - 1]!.end, confidence: RESULTS_CONFIDENCE });
    for (let cursor = at; cursor < end; cursor++) tagged[cursor] = { tag: "X", margin: 0 };
    at = end - 1;
  }
  return people;
}

/** The names the tagger opened in a paragraph, each cut to the name or names it holds. */
function taggedNames(reading: TaggedParagraph, leftOut: LeftOutWord[]): Mention[] {
  const { tokens, tagged, free, index, model } = reading;
  const names: Mention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const tag = tagged[at]!.tag;
    if (tag === "O" && /^\p{Lu}/u.test(tokens[at]!.raw) && free(tokens[at]!.start, tokens[at]!.end)) leftOut.push({ token: tokens[at]!, paragraph: index });
    if (!tag.startsWith("B-")) continue;
    const { start, end, kind } = taggedSpan(reading, at);
    at = end - 1;
    // The tagger is as sure of a name as of its weakest word.
    const margin = Math.min(...tagged.slice(start, end).map((token) => token.margin));
    for (const span of nameSpans(tokens, start, end, kind, model)) {
      const mention = spanMention(reading, span, margin);
      if (mention) names.push(mention);
    }
  }
  return names;
}

/** The words of the name the tagger opens at `at`, with the words it missed around it. */
function taggedSpan({ tokens, tagged, model }: TaggedParagraph, at: number): { start: number; end: number; kind: NameKind } {
  let kind = tagged[at]!.tag.slice(2) as NameKind;
  let start = at;
  let end = at + 1;
  while (end < tokens.length && tagged[end]!.tag === `I-${kind}`) end++;
  // "Douglas & Lomason Co": names joined by "&" are one firm.
  while (tokens[end]?.raw === "&" && tagged[end + 1]?.tag.startsWith("B-")) {
    const other = tagged[end + 1]!.tag.slice(2);
    end += 2;
    while (end < tokens.length && tagged[end]!.tag === `I-${other}`) end++;
    kind = "organization";
  }
  // Capitalised words the tagger left out after a name continue it; "Seattle Mariners": a
  // town's name with more words after it is a team or a firm.
  if (isLooseName(tokens, end, model) && tagged[end]!.tag === "O") {
    while (isLooseName(tokens, end, model) && tagged[end]!.tag === "O") end++;
    if (kind === "place") kind = "organization";
  }
  // "M. Atherton": initials the tagger left out.
  while (start > 0 && /^\p{Lu}\.$/u.test(tokens[start - 1]!.raw) && tagged[start - 1]!.tag === "O") {
    start--;
    kind = "person";
  }
  return { start, end, kind };
}

/** One name of a tagged span as a mention, its kind settled by what it is and what surrounds it;
 *  none for a span another source named or a common word that is no name. */
function spanMention({ paragraph, index, tokens, inResultsLine, free, model }: TaggedParagraph, span: { start: number; end: number; kind: NameKind }, margin: number): Mention | undefined {
  const first = tokens[span.start]!;
  const last = tokens[span.end - 1]!;
  if (!free(first.start, last.end)) return undefined;
  const text = paragraph.slice(first.start, last.end);
  // A country, a state's formal name ("Chechen Republic"), a ground ("Ellis Park") or a name its
  // neighbours call a place ("Michoacan state") is a place.
  const country = model.lists.isCountry(text) || isPlaceByItsWords(tokens, span, model) || isPlaceByContext(tokens, span, model);
  // A capitalised common word ("Scorers", "Union") is no name alone where a sentence opens
  // or the tagger is unsure.
  if (span.end - span.start === 1 && model.lists.commonWords.has(text.toLowerCase()) && !country && !model.lists.givenNames.has(text.toLowerCase()) && (first.sentenceStart || squash(margin) < SURE)) return undefined;
  // "Scorers:", "Note:": a word labelling what follows; "Organisers said": people by their job.
  if (span.end - span.start === 1 && first.sentenceStart && span.kind !== "place" && (tokens[span.end]?.raw === ":" || /(ers|ors|men|ists)$/.test(text)) && !country) return undefined;
  const sportsTeam = span.kind === "place" && inResultsLine && /^\p{N}/u.test(tokens[span.end]?.raw ?? "") && !country;
  // A country is a place, even when its team or its government acts.
  const team = !country && (sportsTeam || isTeamOfPlace(text, span.kind, model) || actsAsTeam(tokens, span));
  // "New York Energy Desk", "Kloof Gold Mining Co": a firm's last word makes a firm.
  const firm = span.kind === "place" && span.end - span.start >= 2 && ORGANIZATION_SUFFIXES.has(last.raw.toLowerCase()) && !/^(City|Town|County)$/.test(last.raw) && /^\p{Lu}/u.test(last.raw);
  const kind = country ? "place" : team || firm ? "organization" : looksLikePerson(tokens, span, model) || isNamedKin(tokens, span) ? "person" : span.kind;
  return { text, name: text, kind, taggedAs: span.kind, team, surePlace: country, paragraph: index, start: first.start, end: last.end, confidence: squash(margin) };
}

/** "Chechen Republic", "Federal Republic of Yugoslavia", "Ellis Park", "Wall Street": a state's
 *  formal name, or a ground or street, unless it opens with a given name ("Neil Park"). */
function isPlaceByItsWords(tokens: NameToken[], span: NameSpan, model: NameModel): boolean {
  const words = tokens.slice(span.start, span.end).map((token) => token.raw);
  const facility = words.length >= 2 && FACILITY_WORDS.has(words[words.length - 1]!.toLowerCase());
  if (span.kind === "person") return facility && !model.lists.givenNames.has(words[0]!.toLowerCase());
  return facility || /\bRepublic$|^(Republic|Kingdom|Principality|Emirate) of\b|\bRepublic of\b/.test(words.join(" "));
}

/** Lower-case words that say the name next to them is a place: "Michoacan state", "the town of Kehl". */
const PLACE_NOUNS = new Set("state province region district county town towns city cities village villages port island islands capital suburb".split(" "));

/** "Michoacan state", "the state of Michoacan", "Troy, Tennessee": a place by what surrounds it. */
function isPlaceByContext(tokens: NameToken[], span: NameSpan, model: NameModel): boolean {
  const after = tokens[span.end]?.raw ?? "";
  if (PLACE_NOUNS.has(after) && !/^\p{Lu}/u.test(after)) return true;
  // "the state of Michoacan", "the mining towns of Barentsburg and Pyramiden".
  let before = span.start - 1;
  while (before > 0 && (/^\p{Lu}/u.test(tokens[before]!.raw) || tokens[before]!.raw === "and" || tokens[before]!.raw === ",") && span.start - before < 6) before--;
  if (tokens[before]?.raw === "of" && PLACE_NOUNS.has(tokens[before - 1]?.raw ?? "")) return true;
  // A town and its region ("Troy, Tennessee", "Markham, Ontario"), not an athlete and her country.
  const region = after === "," ? tokens[span.end + 1]?.raw ?? "" : "";
  return /^\p{Lu}\p{Ll}/u.test(region) && model.lists.placePrefix(region).lists.includes("region") && !model.lists.isCountry(region);
}

/** "The NFA will meet": an acronym or a surname of a name the story gives is that name, even
 *  where the tagger did not see it; "Talks with the OSCE": another acronym names an organisation. */
function leftOutNames(found: Mention[], leftOut: LeftOutWord[], model: NameModel): Mention[] {
  const standsFor = shortForms(found);
  const fullKind = new Map(found.map((mention) => [mention.text, mention] as const));
  const taken = new Set(found.map((mention) => `${mention.paragraph}:${mention.start}`));
  const names: Mention[] = [];
  for (const { token, paragraph } of leftOut) {
    const stands = standsFor.get(token.raw);
    if (stands?.size === 1 && !NEVER_NAMES.has(token.raw.toLowerCase())) {
      const full = fullKind.get([...stands][0]!)!;
      names.push({ text: token.raw, name: token.raw, kind: full.kind, paragraph, start: token.start, end: token.end, confidence: full.confidence });
      taken.add(`${paragraph}:${token.start}`);
    }
  }
  for (const { token, paragraph } of leftOut) {
    if (/^\p{Lu}{2,5}$/u.test(token.raw) && !NOT_NAMES_ACRONYMS.has(token.raw) && !model.lists.commonWords.has(token.raw.toLowerCase()) && !taken.has(`${paragraph}:${token.start}`) && !model.lists.isPlace(token.raw)) {
      names.push({ text: token.raw, name: token.raw, kind: "organization", paragraph, start: token.start, end: token.end, confidence: ACRONYM_CONFIDENCE });
    }
  }
  return names;
}

/** The names of people and organisations (two words or more) by their last word and by their initials. */
function shortForms(found: Mention[]): Map<string, Set<string>> {
  const standsFor = new Map<string, Set<string>>();
  for (const mention of found) {
    if (!/\s/.test(mention.text) || mention.kind === "place") continue;
    for (const form of [mention.text.slice(mention.text.lastIndexOf(" ") + 1), initials(mention.text)]) {
      if (!standsFor.has(form)) standsFor.set(form, new Set());
      standsFor.get(form)!.add(mention.text);
    }
  }
  return standsFor;
}

/** A name is kept, with all its mentions, when one of them is sure enough for its kind. */
function keepSureNames(joined: Mention[], minimum: Record<NameKind, number>): FoundName[] {
  const best = new Map<string, number>();
  for (const mention of joined) best.set(mention.name, Math.max(best.get(mention.name) ?? 0, mention.confidence));
  return joined.filter((mention) => best.get(mention.name)! >= minimum[mention.kind]).map(({ taggedAs: _, team: __, dateline: ___, surePlace: ____, ...mention }) => mention);
}

const TEAM_AFTER = new Set(["beat", "beats", "drew", "lost", "won", "defeated", "thrashed", "edged", "routed", "captain", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler", "skipper", "chairman", "player", "players", "fans", "side", "team"]);
const TEAM_BEFORE = new Set(["beat", "beating", "defeated", "v", "vs", "vs.", "versus", "thrashed", "edged", "routed"]);

/** "Leeds beat Hull", "Surrey captain Chris Lewis", "a win over ... v Hull": a town that plays
 *  is its team. */
function actsAsTeam(tokens: NameToken[], span: { start: number; end: number; kind: NameKind }): boolean {
  if (span.kind !== "place") return false;
  return TEAM_AFTER.has(tokens[span.end]?.raw ?? "") || TEAM_BEFORE.has(tokens[span.start - 1]?.raw.toLowerCase() ?? "");
}

/** "Kansas City Royals", "Texas Rangers", "Manchester United": a town, or a region before a
 *  plural, with words after it that name no place. */
function isTeamOfPlace(text: string, kind: NameKind, model: NameModel): boolean {
  if (kind !== "place") return false;
  const prefix = model.lists.placePrefix(text);
  if (prefix.words === 0 || prefix.words === prefix.of) return false;
  return prefix.lists.includes("city") || /\p{Ll}s$/u.test(text);
}

/** "Roberto Allenbury" or "Helga Rantanova (Finland)" the tagger took for a place: a given name
 *  first, or a country in brackets after it, and no list knows it as a place. */
function looksLikePerson(tokens: NameToken[], span: { start: number; end: number; kind: NameKind }, model: NameModel): boolean {
  if (span.kind === "person" || span.end - span.start < 2 || span.end - span.start > 4) return false;
  if (span.kind === "organization" && ORGANIZATION_SUFFIXES.has(tokens[span.end - 1]!.raw.toLowerCase())) return false;
  const words = tokens.slice(span.start, span.end);
  if (!words.every((token) => /^\p{Lu}\p{Ll}/u.test(token.raw) || /^\p{Lu}\.$/u.test(token.raw))) return false;
  const text = words.map((token) => token.raw).join(" ");
  if (model.lists.isPlace(text) || model.lists.placePrefix(text).words > 0) return false;
  if (words.some((token) => model.lists.commonWords.has(token.raw.toLowerCase()))) return false;
  const countryAfter = tokens[span.end]?.raw === "(" && tokens[span.end + 2]?.raw === ")" && model.lists.isCountry(tokens[span.end + 1]!.raw);
  // Places of two or three words that no list knows mostly have a common word ("Grace Road",
  // "Ellis Park"); people's names do not.
  return countryAfter || (span.kind === "place" && span.end - span.start <= 3);
}

/** Kin before a name ("his wife Naina", "Reagan's wife, Nancy,"): a person, whatever town shares the name. */
const KIN = new Set("wife husband widow widower son daughter brother sister mother father uncle aunt nephew niece cousin grandson granddaughter fiancee fiance".split(" "));

function isNamedKin(tokens: NameToken[], span: NameSpan): boolean {
  const before = tokens[span.start - 1]?.raw === "," ? span.start - 2 : span.start - 1;
  return KIN.has(tokens[before]?.raw ?? "");
}

/** A capitalised word the tagger left out that may still continue a name before it. */
function isLooseName(tokens: NameToken[], index: number, model: NameModel): boolean {
  const token = tokens[index];
  if (!token || token.sentenceStart || !/^\p{Lu}\p{Ll}/u.test(token.raw) || tokens[index - 1]!.end + 1 !== token.start) return false;
  const key = token.raw.toLowerCase();
  return !NEVER_NAMES.has(key) && !TITLE_WORDS.has(key) && !DEMONYMS.has(key);
}

/** "Democrat Walter Mondale": a party member's label before the name. */
const PARTY_MEMBERS = new Set(["democrat", "republican", "socialist", "communist", "tory", "liberal", "conservative"]);
/** A player's position before the name ("Fullback Andre Joubert"). */
const PLAYING_ROLES = new Set("fullback flanker lock prop hooker scrumhalf scrum-half flyhalf fly-half wing centre center pitcher catcher outfielder infielder shortstop quarterback linebacker guard sprinter hurdler swimmer cyclist golfer seed no.".split(" "));

/** A word written before a person's name that is no part of it, lower-cased: a title, an occupation, a party's
 *  member, a player's position ("chancellor", "broker", "democrat", "fullback"); "Lieutenant-Colonel" too. */
export function isTitleWord(word: string): boolean {
  if (TITLE_WORDS.has(word) || OCCUPATIONS.has(word) || PARTY_MEMBERS.has(word) || PLAYING_ROLES.has(word)) return true;
  if (word.endsWith("s") && TITLE_WORDS.has(word.slice(0, -1))) return true;
  return word.includes("-") && word.split("-").every((part) => TITLE_WORDS.has(part));
}
/** Months as news abbreviates them ("Oct.", "Sept"). */
const MONTH_ABBREVIATIONS = new Set("jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.".split(" "));
/** Words that open sentences and are never the first word of a name. */
const OPENERS = new Set("before after since until when while if but and or although though because as at in on for by with from under over some all both many most several other those these this that each every only even also then now meanwhile however despite during without within against between among about including unlike like".split(" "));
const DESCRIBING = /-(based|born|listed|owned|led|backed|made|style|registered|speaking|ruled|controlled|run)$/i;
/** Small words inside names: "Bank of England", "Ronald de Boer", "Trinidad and Tobago". */
const NAME_CONNECTORS = new Set(["of", "and", "de", "du", "la", "le", "van", "von", "der", "den", "da", "del", "di", "dos", "y", "e", "al", "el", "bin", "ibn", "for", "the", "&", "on", "upon", "in", "'s", "’s"]);

/** A span of tokens, with the kind of name it holds. */
type NameSpan = { start: number; end: number; kind: NameKind };

/** The name or names in a tagged span: no title or nationality before a person, no "the", no
 *  score after it; "Federal Reserve Governor Lawrence Lindsey" is an organisation and a person. */
function nameSpans(tokens: NameToken[], start: number, end: number, kind: NameKind, model: NameModel): NameSpan[] {
  end = endOfName(tokens, start, end);
  start = startOfName(tokens, start, end);
  // "South Carolina Gov." → "South Carolina"; "Jose Insulza Monday" → "Jose Insulza".
  while (end > start + 1 && ((TITLE_WORDS.has(lowerAt(tokens, end - 1)) && lowerAt(tokens, end - 1).endsWith(".")) || NEVER_NAMES.has(lowerAt(tokens, end - 1)))) end--;
  if (start >= end) return [];
  if (kind !== "person") {
    const aroundTitle = splitAtTitle(tokens, start, end, kind, model);
    if (aroundTitle) return aroundTitle;
  }
  if (kind === "person") start = personAfterTitles(tokens, start, end);
  const aroundAnd = splitAtAnd(tokens, start, end, kind, model);
  if (aroundAnd) return aroundAnd;
  const words = tokens.slice(start, end).map((token) => token.raw);
  // "D. Fleming": an initial before a name is a person's.
  if (words.length >= 2 && /^\p{Lu}\.$/u.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!)) kind = "person";
  return namesNoName(words, kind, model) ? [] : [{ start, end, kind }];
}

const lowerAt = (tokens: NameToken[], index: number) => tokens[index]!.raw.toLowerCase();

/** Where a name in a span ends: before a number, a punctuation mark or a small word that joins no name. */
function endOfName(tokens: NameToken[], start: number, end: number): number {
  // A name ends before a number or a punctuation mark ("Barnett 87", "Smith (Kenya)").
  for (let cursor = start; cursor < end; cursor++) {
    if (/^[\p{N}(),;:"“”]/u.test(tokens[cursor]!.raw)) {
      end = cursor;
      break;
    }
  }
  // "Charles ceded Alsace": a small word other than "of", "and", "de" … ends a name.
  for (let cursor = start + 1; cursor < end; cursor++) {
    if (/^\p{Ll}/u.test(tokens[cursor]!.raw) && !NAME_CONNECTORS.has(tokens[cursor]!.raw)) {
      end = cursor;
      break;
    }
  }
  while (end > start && (/^[^\p{L}\p{N}]+$|^['’]s$/u.test(tokens[end - 1]!.raw) || NAME_CONNECTORS.has(tokens[end - 1]!.raw))) end--;
  return end;
}

/** Where a name in a span starts: after what describes it, a month, a sentence's opening word, "the". */
function startOfName(tokens: NameToken[], start: number, end: number): number {
  // "St. Louis-based Mercantile Bancorp", "Ex-Yankee Randy Velarde": what describes the name is not part of it.
  for (let cursor = end - 2; cursor >= start; cursor--) {
    if (DESCRIBING.test(tokens[cursor]!.raw) || /^ex-/i.test(tokens[cursor]!.raw)) {
      start = cursor + 1;
      break;
    }
  }
  // "Sept Brent", "Before Levy": a month or a common word opening the sentence.
  while (end - start >= 2 && (NEVER_NAMES.has(lowerAt(tokens, start)) || (tokens[start]!.sentenceStart && OPENERS.has(lowerAt(tokens, start))))) start++;
  while (start < end && (lowerAt(tokens, start) === "the" || /^[^\p{L}\p{N}]+$/u.test(tokens[start]!.raw))) start++;
  return start;
}

/** A title inside a name before a person ("Federal Reserve Governor Lawrence Lindsey"): the names
 *  before and after it; none when there is no such title. */
function splitAtTitle(tokens: NameToken[], start: number, end: number, kind: NameKind, model: NameModel): NameSpan[] | undefined {
  for (let cursor = start + 1; cursor < end - 1; cursor++) {
    if (TITLE_WORDS.has(lowerAt(tokens, cursor)) && /^\p{Lu}/u.test(tokens[cursor]!.raw) && end - cursor - 1 >= 2 && tokens.slice(cursor + 1, end).every((token) => /^\p{Lu}/u.test(token.raw))) {
      // What stands before the title ("Federal Reserve", "Education") is kept only when it is more than common words.
      const before = tokens.slice(start, cursor).filter((token) => !TITLE_WORDS.has(token.raw.toLowerCase()));
      const named = before.some((token) => !model.lists.commonWords.has(token.raw.toLowerCase()));
      return [...(named ? nameSpans(tokens, start, cursor, kind, model) : []), ...nameSpans(tokens, cursor + 1, end, "person", model)];
    }
  }
  return undefined;
}

/** "German Chancellor Helmut Kohl" → "Helmut Kohl": where a person's name starts, after the last
 *  title and any nationality. */
function personAfterTitles(tokens: NameToken[], start: number, end: number): number {
  const lower = (index: number) => lowerAt(tokens, index);
  let name = end;
  const isTitle = (index: number) => isTitleWord(lower(index));
  while (name > start && !isTitle(name - 1) && lower(name - 1) !== "of") name--;
  if (name < end) start = name;
  while (end - start >= 2 && DEMONYMS.has(lower(start))) start++;
  return start;
}

/** Two places ("Baghdad and Erbil") or two firms ("Johnson Controls Inc and Lear Corp.") joined
 *  by "and"; none when the span is one name. */
function splitAtAnd(tokens: NameToken[], start: number, end: number, kind: NameKind, model: NameModel): NameSpan[] | undefined {
  const and = tokens.slice(start, end).findIndex((token) => token.raw === "and") + start;
  const whole = tokens.slice(start, end).map((token) => token.raw).join(" ");
  const bothPlaces = model.lists.isPlace(tokens.slice(start, and).map((token) => token.raw).join(" ")) && model.lists.isPlace(tokens.slice(and + 1, end).map((token) => token.raw).join(" "));
  if (and > start && and < end - 1 && (bothPlaces || (kind === "place" && !model.lists.isPlace(whole)))) {
    return [{ start, end: and, kind: "place" }, { start: and + 1, end, kind: "place" }];
  }
  if (and > start && and < end - 1 && ORGANIZATION_SUFFIXES.has(lowerAt(tokens, and - 1)) && /^\p{Lu}/u.test(tokens[and - 1]!.raw)) {
    return [...nameSpans(tokens, start, and, "organization", model), ...nameSpans(tokens, and + 1, end, "organization", model)];
  }
  return undefined;
}

/** Words that name no one: nothing capitalised, only titles, months or nationalities, a post, a
 *  lone initial or group, a description, a heading in capitals. */
function namesNoName(words: string[], kind: NameKind, model: NameModel): boolean {
  if (!words.some((word) => /^\p{Lu}/u.test(word))) return true;
  if (words.every((word) => NEVER_NAMES.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase()) || DEMONYMS.has(word.toLowerCase()) || MONTH_ABBREVIATIONS.has(word.toLowerCase()))) return true;
  // "Foreign Minister", "Agriculture Secretary": a post, not a name.
  if (kind !== "place" && TITLE_WORDS.has(words[words.length - 1]!.toLowerCase()) && words.every((word) => TITLE_WORDS.has(word.toLowerCase()) || model.lists.commonWords.has(word.toLowerCase()))) return true;
  // A lone initial, a group of people, a "Chicago-based" describing something else.
  if (words.length === 1 && (/^\p{Lu}\.?$/u.test(words[0]!) || GROUP_WORDS.has(words[0]!.toLowerCase()) || /(ians|eans|cans|yans|ese|ish)$/.test(words[0]!))) return true;
  // "South Korean", "West German": a nationality with its compass point.
  if (words.length === 2 && /^(?:north|south|east|west|central)$/i.test(words[0]!) && DEMONYMS.has(words[1]!.toLowerCase())) return true;
  if (DESCRIBING.test(words[words.length - 1]!)) return true;
  // A common word in capitals ("FORECAST", "CRUDE") is a heading, not a name.
  return words.every((word) => word.length >= 3 && word === word.toUpperCase() && model.lists.commonWords.has(word.toLowerCase()));
}

/** Acronyms that name no one: times, measures, jobs, things. */
const NOT_NAMES_ACRONYMS = new Set("GMT EST EDT CST PST BST CET UTC GDP GNP CPI PPI IPO CEO CFO COO CTO TV AM PM AIDS HIV DNA OK PC CD DVD MP MPS VAT PR QC AGM EGM PS ETA ID IQ RBI ERA HR USD EUR GBP JPY DM FOB CIF NAV EPS PE YR QTR PCT NA NIL NR NB ST ND RD TH II III IV VI VII VIII IX XI OT".split(" "));
/** How sure an acronym the tagger missed is taken to be a name. */
const ACRONYM_CONFIDENCE = 0.6;

/** How sure capitalised words before a score in a results line are taken to be a team, or
 *  a given name and a surname between list marks a person. */
const RESULTS_CONFIDENCE = 0.6;

/** What one mention read as a team weighs in its name's vote, besides its confidence. */
const TEAM_VOTE = 10;
/** What a dateline weighs for its place: more than a few unsure mentions, less than a team. */
const DATELINE_VOTE = 2;

const INITIAL_SKIPS = new Set(["of", "and", "the", "for", "&", "de", "du", "la"]);
const initials = (name: string) => name.split(/[\s-]+/).filter((word) => !INITIAL_SKIPS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");

/** A mention while the story decides: what the tagger called it before the lists had their say. */
interface Mention extends FoundName {
  taggedAs?: NameKind;
  /** Read as a team by what surrounds it ("Leeds beat", "Surrey captain", a score after it). */
  team?: boolean;
  /** The place a story was filed from ("RANGOON 1996-08-31"): sure to be a place. */
  dateline?: boolean;
  /** A country, or a place by its own words or its neighbours' ("the Guangdong province"). */
  surePlace?: boolean;
}

/** The story's decisions: one kind per name, surnames and acronyms joined to their full names. */
function joinMentions(mentions: Mention[], model: NameModel): Mention[] {
  voteKinds(mentions);
  const fullNames = fullNamesByShortForm(mentions);
  for (const mention of mentions) if (!/\s/.test(mention.text)) joinToFullName(mention, fullNames, model);
  return mentions;
}

/** One kind per name: the mentions' confidences vote. */
function voteKinds(mentions: Mention[]): void {
  const votes = new Map<string, Map<NameKind, number>>();
  for (const mention of mentions) {
    const byKind = votes.get(key(mention.text)) ?? new Map<NameKind, number>();
    // Where a town plays in a story, the story is about its team.
    byKind.set(mention.kind, (byKind.get(mention.kind) ?? 0) + mention.confidence + (mention.team ? TEAM_VOTE : 0) + (mention.dateline ? DATELINE_VOTE : 0));
    votes.set(key(mention.text), byKind);
  }
  const winner = (text: string) => [...votes.get(key(text))!].sort((a, b) => b[1] - a[1])[0]![0];
  for (const mention of mentions) mention.kind = winner(mention.text);
}

/** The story's full names (two words or more) by what may stand for them alone. */
interface FullNames {
  /** People's, by their last word. */
  surnames: Map<string, Set<string>>;
  /** Organisations', by their initials. */
  acronyms: Map<string, Set<string>>;
  /** Any name's last word, by kind: "Al-Kiki" after "Bashar Al-Kiki", whatever the tagger typed them. */
  sameKindEndings: Map<string, Set<string>>;
  /** People's and organisations' first words, each with "kind name": "Caltex" → "organization Caltex Petroleum Corp". */
  openings: Map<string, Set<string>>;
}

function fullNamesByShortForm(mentions: Mention[]): FullNames {
  const full: FullNames = { surnames: new Map(), acronyms: new Map(), sameKindEndings: new Map(), openings: new Map() };
  const add = (map: Map<string, Set<string>>, form: string, text: string) => {
    if (!map.has(form)) map.set(form, new Set());
    map.get(form)!.add(text);
  };
  for (const mention of mentions) {
    const words = mention.text.split(/\s+/);
    if (words.length < 2) continue;
    if (mention.kind !== "place") add(full.sameKindEndings, `${mention.kind} ${key(words[words.length - 1]!)}`, mention.text);
    if (mention.kind === "person") add(full.surnames, key(words[words.length - 1]!), mention.text);
    if (mention.kind !== "place") add(full.openings, key(words[0]!), `${mention.kind} ${mention.text}`);
    const letters = initials(mention.text);
    if (mention.kind === "organization" && letters.length >= 2) add(full.acronyms, letters, mention.text);
  }
  return full;
}

/** A one-word mention takes the name of the one full name it stands for: a surname or a same-kind
 *  ending, else an acronym; two namesakes stay apart. */
function joinToFullName(mention: Mention, { surnames, acronyms, sameKindEndings, openings }: FullNames, model: NameModel): void {
  const full = surnames.get(key(mention.text)) ?? sameKindEndings.get(`${mention.kind} ${key(mention.text)}`);
  if (full?.size === 1 && (mention.kind !== "place" || mention.taggedAs === "person")) {
    if (surnames.has(key(mention.text))) mention.kind = "person";
    mention.name = [...full][0]!;
    return;
  }
  const expanded = /^\p{Lu}{2,6}$/u.test(mention.text) ? acronyms.get(mention.text) : undefined;
  if (expanded?.size === 1) {
    mention.name = [...expanded][0]!;
    mention.kind = "organization";
    return;
  }
  // "Caltex" beside "Caltex Petroleum Corp", "Naina" beside "Naina Yeltsin": a word no place list
  // knows that opens one person's or firm's name is of its kind.
  const opened = openings.get(key(mention.text));
  if (mention.kind === "place" && !mention.surePlace && opened?.size === 1 && !model.lists.isPlace(mention.text)) mention.kind = [...opened][0]!.split(" ")[0] as NameKind;
}
