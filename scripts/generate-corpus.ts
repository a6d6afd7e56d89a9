// Synthetic raw captures for benchmarks: `tsx scripts/generate-corpus.ts --n 10000 --seed 42 --out DIR`.
// Deterministic from the seed. Each capture looks like the real ones in content/sources/: a dateline
// in one of many formats (or none, with dated events in the text), page chrome and comment forms,
// bylines and outlet signatures, actors and places under alias spellings, 300–1,200 words of
// Zipf-distributed vocabulary, sometimes a maintainer's YAML header, and some duplicate captures
// of one story (near-identical text) for the merge stage.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import {
  buildEntities,
  corpusRegistryEntries,
  readProjectRegistry,
  type CorpusEntities,
  type CorpusEntity,
} from "./bench/corpus-entities.ts";
import {
  datelineFormats,
  dayFromEpochDay,
  epochDay,
  inTextDateFormats,
  isoDate,
  type CorpusDay,
  type DatelineFormat,
  type InTextDateFormat,
} from "./bench/corpus-dates.ts";
import { buildVocabulary, conjunctions, determiners, prepositions, type Vocabulary } from "./bench/corpus-words.ts";
import { createRandom, zipfSampler, type Random } from "./bench/prng.ts";

export interface GenerateCorpusOptions {
  n: number;
  seed: number;
  /** Registries to take names from (content/registry); built-in entities fill up to a few hundred. */
  registryDir?: string;
  /** Share of captures that re-capture an earlier story (near-identical text). */
  duplicateShare?: number;
  /** Share of captures with a maintainer's YAML header. */
  headerShare?: number;
}

/** What the generator knows about a capture: for checking a normalizer, never written into it. */
export interface CaptureTruth {
  story: number;
  date: string;
  outlet: string | null;
  actors: string[];
  places: string[];
  dateline: DatelineFormat | "none";
  layout: LayoutName;
  duplicateOf: number | null;
  header: boolean;
  words: number;
}

export interface GeneratedCapture {
  fileName: string;
  text: string;
  truth: CaptureTruth;
  /** The story as a normalizer should keep it: headline and paragraphs, no page chrome. */
  story: { title: string; paragraphs: string[]; outlet: string };
}

export interface GeneratedCorpus {
  captures: GeneratedCapture[];
  entities: CorpusEntities;
  vocabularySize: number;
}

interface Story {
  id: number;
  day: CorpusDay;
  outlet: CorpusEntity;
  author: string;
  actors: CorpusEntity[];
  places: CorpusEntity[];
  title: string;
  lede: string;
  paragraphs: string[];
  tags: string[];
  related: string[];
  url: string;
}

type LayoutName = "timestamped" | "clockPage" | "republished" | "statement" | "bare" | "wire" | "portal";

const MIN_WORDS = 300;
const MAX_WORDS = 1200;
const FIRST_DAY = epochDay(2012, 1, 1);
const LAST_DAY = epochDay(2024, 12, 31);

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** Whitespace-separated tokens, counted without building an array (this runs per paragraph). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
const titleCase = (text: string): string =>
  text.replace(/\b([a-z])([a-z]*)/g, (word, first: string, rest: string) =>
    ["of", "and", "in", "on", "the", "to", "for", "with", "a", "at", "by", "over"].includes(word) ? word : first.toUpperCase() + rest,
  );

/** Writes sentences and paragraphs for one story. */
class StoryWriter {
  private mentioned = new Set<CorpusEntity>();

  constructor(
    private readonly random: Random,
    private readonly words: Vocabulary,
    private readonly story: Pick<Story, "day" | "outlet" | "actors" | "places">,
  ) {}

  private shortName(entity: CorpusEntity): string {
    const oneWord = entity.aliases.filter((alias) => !alias.includes(" "));
    return oneWord.length > 0 ? this.random.pick(oneWord) : entity.name;
  }

  actor(): string {
    const actor = this.random.pick(this.story.actors);
    const first = !this.mentioned.has(actor);
    this.mentioned.add(actor);
    if (actor.kind === "person") {
      if (!first) return this.random.chance(0.7) ? this.shortName(actor) : actor.name;
      const name = this.random.chance(0.8) || actor.aliases.length === 0 ? actor.name : this.random.pick(actor.aliases.filter((a) => a.includes(" ")).concat(actor.name));
      if (actor.role && this.random.chance(0.5)) {
        const org = this.story.actors.find((other) => other.kind === "organization");
        return `${name}, the ${actor.role} ${org ? org.name : `the ${this.words.nouns.draw(this.random)}`},`;
      }
      return name;
    }
    const acronym = actor.aliases.find((alias) => /^[A-Z]{2,5}$/.test(alias));
    if (first && acronym && this.random.chance(0.6)) return `the ${actor.name} (${acronym})`;
    if (!first && this.random.chance(0.5) && actor.aliases.length > 0) return this.random.pick(actor.aliases);
    return actor.kind === "organization" && !/^(Peshmerga|Gorran)/.test(actor.name) ? `the ${actor.name}` : actor.name;
  }

  place(): string {
    const place = this.random.pick(this.story.places);
    this.mentioned.add(place);
    return this.random.chance(0.75) || place.aliases.length === 0 ? place.name : this.random.pick(place.aliases);
  }

  private nounPhrase(): string {
    const roll = this.random.next();
    if (roll < 0.22) return this.actor();
    if (roll < 0.3) return this.place();
    const det = this.random.pick(determiners);
    const adjective = this.random.chance(0.45) ? `${this.words.adjectives.draw(this.random)} ` : "";
    const noun = this.words.nouns.draw(this.random);
    const ofPart = this.random.chance(0.2) ? ` of the ${this.words.nouns.draw(this.random)}` : "";
    return `${det} ${adjective}${noun}${ofPart}`;
  }

  private datePhrase(): string {
    const offset = -this.random.int(0, 20);
    const near = dayFromEpochDay(epochDay(this.story.day.year, this.story.day.month, this.story.day.day) + offset);
    const format = this.random.weighted<InTextDateFormat>([
      [5, "weekday"],
      [4, "monthDay"],
      [2, "apMonthDay"],
      [2, "since"],
      [1, "weekdayUsSlashed"],
      [2, "fullDate"],
    ]);
    return inTextDateFormats[format](offset === 0 ? this.story.day : near);
  }

  private prepositional(): string {
    const roll = this.random.next();
    if (roll < 0.25) return `in ${this.place()}`;
    if (roll < 0.4) return this.datePhrase();
    return `${this.random.pick(prepositions)} ${this.nounPhrase()}`;
  }

  private clause(): string {
    const modal = this.random.chance(0.2) ? `${this.random.pick(["would", "will", "could", "may", "must"])} ${this.words.verbsBase.draw(this.random)}` : this.words.verbsPast.draw(this.random);
    const adverb = this.random.chance(0.15) ? `${this.words.adverbs.draw(this.random)} ` : "";
    const tail = this.random.chance(0.6) ? ` ${this.prepositional()}` : "";
    return `${this.nounPhrase()} ${adverb}${modal} ${this.nounPhrase()}${tail}`;
  }

  private number(): string {
    return this.random.weighted([
      [3, String(this.random.int(2, 99))],
      [2, `${this.random.int(1, 999)},${String(this.random.int(0, 999)).padStart(3, "0")}`],
      [1, `${this.random.int(2, 95)} percent of the`],
      [1, `nearly ${this.random.int(2, 9)} million`],
    ]);
  }

  sentence(): string {
    const template = this.random.int(0, 9);
    switch (template) {
      case 0:
        return `${capitalize(this.actor())} said ${this.datePhrase()} that ${this.clause()}.`;
      case 1: {
        const outlet = this.random.chance(0.7) ? this.story.outlet.name : "reporters";
        return `"${capitalize(this.clause())}," ${this.actor()} told ${outlet}.`;
      }
      case 2:
        return `According to ${this.nounPhrase()}, ${this.clause()}.`;
      case 3:
        return `${capitalize(this.datePhrase())}, ${this.clause()}.`;
      case 4:
        return `${capitalize(this.clause())}, ${this.random.pick(conjunctions)} ${this.clause()}.`;
      case 5:
        return `More than ${this.number()} ${this.words.nouns.draw(this.random)} ${this.words.verbsPast.draw(this.random)} ${this.prepositional()}, ${this.nounPhrase()} said.`;
      case 6:
        return `The ${this.words.adjectives.draw(this.random)} ${this.words.nouns.draw(this.random)} in ${this.place()} ${this.words.verbsPast.draw(this.random)} ${this.words.adverbs.draw(this.random)} after ${this.nounPhrase()} ${this.prepositional()}.`;
      default:
        return `${capitalize(this.clause())}.`;
    }
  }

  paragraph(): string {
    const sentences: string[] = [];
    const count = this.random.int(2, 6);
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return sentences.join(" ");
  }

  /** Mentions every actor and place of the story at least once. */
  introductions(): string[] {
    const sentences: string[] = [];
    for (const entity of [...this.story.actors, ...this.story.places]) {
      if (this.mentioned.has(entity)) continue;
      this.mentioned.add(entity);
      const isPlace = this.story.places.includes(entity);
      const name = entity.kind === "organization" && !/^(Peshmerga|Gorran)/.test(entity.name) ? `the ${entity.name}` : entity.name;
      sentences.push(
        isPlace
          ? `In ${name}, ${this.clause()}.`
          : `${capitalize(name)} ${this.words.verbsPast.draw(this.random)} ${this.nounPhrase()} ${this.prepositional()}.`,
      );
    }
    return sentences;
  }
}

interface Corpora {
  random: Random;
  words: Vocabulary;
  entities: CorpusEntities;
  actorRank: (random: Random) => number;
  placeRank: (random: Random) => number;
  outletRank: (random: Random) => number;
}

const surnamesForAuthors = ["Hawramy", "Salih", "Rasheed", "Coles", "Georgy", "Aboulenein", "Dunlop", "van Wilgenburg", "Zaman", "Mamouri", "Kittleson", "Hardan", "Neurink"];
const firstNamesForAuthors = ["Fazel", "Yerevan", "John", "Ahmed", "Isabel", "Michael", "Mustafa", "Judit", "Wladimir", "Amberin", "Ali", "Shelly", "Adnan"];
const sections = ["Middle East", "World", "Politics", "Iraq", "Kurdistan", "Security", "Economy", "Analysis"];

function headline(writer: StoryWriter, random: Random, words: Vocabulary, story: Pick<Story, "actors" | "places">): string {
  const actor = random.pick(story.actors).name;
  const place = random.pick(story.places).name;
  const noun = words.nouns.draw(random);
  const verb = random.pick(["rejects", "accepts", "warns of", "calls for", "denies", "backs", "condemns", "postpones", "announces", "discusses"]);
  void writer;
  return random.weighted<string>([
    [3, `${actor} ${verb} ${noun} in ${place}`],
    [2, `${place}: ${words.adjectives.draw(random)} ${noun} ${words.verbsPast.draw(random)} after ${words.nouns.draw(random)}`],
    [2, `${actor} and ${random.pick(story.actors).name} ${verb.replace(/s\b/, "")} ${noun} over ${place}`],
    [1, `${capitalize(words.adjectives.draw(random))} ${noun} in ${place} ${words.verbsPast.draw(random)}, officials say`],
  ]);
}

function newStory(id: number, c: Corpora): Story {
  const { random, words, entities } = c;
  const day = dayFromEpochDay(random.int(FIRST_DAY, LAST_DAY), random.int(0, 86_399));
  const outlet = entities.outlets[c.outletRank(random) % entities.outlets.length] as CorpusEntity;
  const actors = new Set<CorpusEntity>();
  const actorCount = random.int(2, 6);
  while (actors.size < Math.min(actorCount, entities.actors.length)) actors.add(entities.actors[c.actorRank(random)] as CorpusEntity);
  const places = new Set<CorpusEntity>();
  const placeCount = random.int(1, 4);
  while (places.size < Math.min(placeCount, entities.places.length)) places.add(entities.places[c.placeRank(random)] as CorpusEntity);
  const base = { day, outlet, actors: [...actors], places: [...places] };
  const writer = new StoryWriter(random, words, base);
  const target = random.int(MIN_WORDS, MAX_WORDS - 80);
  const lede = writer.sentence();
  const paragraphs: string[] = [];
  const introductions = writer.introductions();
  if (introductions.length > 0) paragraphs.push(introductions.join(" "));
  let total = wordCount(lede) + wordCount(paragraphs.join(" "));
  while (total < target) {
    const paragraph = writer.paragraph();
    paragraphs.push(paragraph);
    total += wordCount(paragraph);
  }
  // The introductions read best a little way in, as a real story's background does.
  if (paragraphs.length > 2) paragraphs.splice(1, 0, paragraphs.shift() as string);
  const title = titleCase(headline(writer, random, words, base));
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const domain = outlet.name.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";
  const related = Array.from({ length: random.int(2, 4) }, () => titleCase(headline(writer, random, words, base)));
  const tags = random.sample([...base.places.map((p) => p.name), ...base.actors.map((a) => a.name), words.nouns.draw(random)], random.int(2, 5));
  const author = `${random.pick(firstNamesForAuthors)} ${random.pick(surnamesForAuthors)}`;
  return { id, ...base, author, title, lede, paragraphs, tags, related, url: `https://www.${domain}/${day.year}/${String(day.month).padStart(2, "0")}/${slug}` };
}

/** A second capture of a story: same words, a paragraph more or less, different quotes and chrome. */
function recapture(story: Story, random: Random): Story {
  let paragraphs = story.paragraphs.slice();
  if (paragraphs.length > 3 && random.chance(0.5)) paragraphs.splice(random.int(1, paragraphs.length - 1), 1);
  if (random.chance(0.5)) paragraphs = paragraphs.map((p) => p.replace(/"([^"]*)"/g, "“$1”"));
  if (random.chance(0.3)) paragraphs = paragraphs.map((p) => p.replace(/ {2,}/g, " ").replace(/\bpercent\b/g, "per cent"));
  return { ...story, paragraphs };
}

const commentForm = [
  "Leave a Reply",
  "",
  "Fill in your details below or click an icon to log in: Logo",
  "",
  "You are commenting using your account. Log Out /  Change )",
  "",
  "Google photo",
  "",
  "You are commenting using your Google account. Log Out /  Change )",
  "",
  "Twitter picture",
  "",
  "You are commenting using your Twitter account. Log Out /  Change )",
  "",
  "Facebook photo",
  "",
  "You are commenting using your Facebook account. Log Out /  Change )",
  "",
  "Connecting to %s",
];
const shareJunk = ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related"];
const portalJunk = ["Print", "Email", "Advertisement", "Subscribe to our newsletter", "Follow us on Telegram", "Read more:"];

interface Rendered {
  text: string;
  layout: LayoutName;
  dateline: DatelineFormat | "none";
  outletNamed: boolean;
}

function outletSignaturePrefix(story: Story, random: Random): string {
  const signature = story.outlet.signatures?.[0]?.replace(/\\/g, "");
  switch (story.outlet.signature) {
    case "slash":
    case "dash":
      return signature ? `${signature} ` : "";
    case "wire":
      return signature ? `${random.pick(story.places).name.toUpperCase()} ${signature} ` : "";
    default:
      return "";
  }
}

function tweets(story: Story, random: Random): string[] {
  const person = story.actors.find((a) => a.kind === "person");
  if (!person) return [];
  const handle = `@${person.name.toLowerCase().replace(/[^a-z]/g, "")}`;
  const quoted = story.paragraphs[random.int(0, story.paragraphs.length - 1)]?.split(". ")[0] ?? story.lede;
  return [quoted.replace(/\.?$/, ""), `— ${person.name} (${handle}) ${datelineFormats.russian(story.day)}`];
}

function render(story: Story, layout: LayoutName, random: Random): Rendered {
  const body = [story.lede, ...story.paragraphs];
  const signature = outletSignaturePrefix(story, random);
  switch (layout) {
    case "timestamped": {
      const dateline = random.chance(0.85) ? "timestamp" : "dotted";
      const lines = [datelineFormats[dateline](story.day), "", `${signature}${body[0]}`, ...body.slice(1).flatMap((p) => ["", p])];
      return { text: lines.join("\n"), layout, dateline, outletNamed: signature !== "" };
    }
    case "clockPage": {
      // The clock shows when the page was captured; the story's own date is only in its text.
      const clock = dayFromEpochDay(epochDay(story.day.year, story.day.month, story.day.day) + random.int(0, 1200), random.int(0, 86_399));
      const indent = (p: string) => `    ${p}`;
      const lines = [
        datelineFormats.gmtClock(clock),
        "Listen Live",
        indent(random.pick(sections)),
        indent("Get short URL"),
        "",
        ...body.flatMap((p) => [indent(p), ""]),
        "",
        ...story.related.map(indent),
        indent(story.tags.join(", ")),
        indent("Community standardsDiscussion"),
      ];
      return { text: lines.join("\n"), layout, dateline: "gmtClock", outletNamed: false };
    }
    case "republished": {
      const lines = [
        story.title,
        "",
        `By ${story.author} for ${story.outlet.name}. Any opinions expressed are those of the author, and do not necessarily reflect the views of Iraq Business News.`,
        "",
        ...body.flatMap((p) => [p, ""]),
        "Comments are closed.",
      ];
      return { text: lines.join("\n"), layout, dateline: "none", outletNamed: true };
    }
    case "statement": {
      const lines = [...body.map((p) => p), "", ...commentForm];
      return { text: lines.join("\n"), layout, dateline: "none", outletNamed: false };
    }
    case "bare": {
      const lines = body.slice();
      if (random.chance(0.6)) {
        const at = random.int(1, Math.max(1, lines.length - 1));
        lines.splice(at, 0, ...tweets(story, random));
      }
      return { text: lines.join("\n"), layout, dateline: lines.some((l) => l.includes(" г.")) ? "russian" : "none", outletNamed: false };
    }
    case "wire": {
      const lines = [
        story.title,
        "",
        datelineFormats.apStyle(story.day),
        "",
        `By ${story.author}`,
        "",
        `${signature}${body[0]}`,
        ...body.slice(1).flatMap((p) => ["", p]),
        "",
        `(Reporting by ${story.author}; Editing by ${random.pick(firstNamesForAuthors)} ${random.pick(surnamesForAuthors)})`,
        "",
        ...shareJunk,
      ];
      return { text: lines.join("\n"), layout, dateline: "apStyle", outletNamed: signature !== "" };
    }
    case "portal": {
      const dateline = random.weighted<DatelineFormat>([
        [3, "longWeekday"],
        [2, "dotted"],
        [2, "monthDayYear"],
        [1, "slashed"],
      ]);
      const lines = [
        story.title,
        datelineFormats[dateline](story.day),
        "",
        `${signature}${body[0]}`,
        ...body.slice(1).flatMap((p) => ["", p]),
        "",
        `Tags: ${story.tags.join(", ")}`,
        ...random.sample(portalJunk, random.int(1, 3)),
        "",
        "Related",
        ...story.related,
      ];
      return { text: lines.join("\n"), layout, dateline, outletNamed: signature !== "" };
    }
  }
}

function layoutFor(story: Story, random: Random): LayoutName {
  if (random.chance(0.12)) return "bare";
  switch (story.outlet.signature) {
    case "slash":
      return random.chance(0.8) ? "timestamped" : "portal";
    case "dash":
      return random.chance(0.7) ? "portal" : "timestamped";
    case "wire":
      return "wire";
    case "byline":
      return "republished";
    default:
      if (story.outlet.name === "Sputnik") return "clockPage";
      if (story.outlet.kind === "government statement") return "statement";
      return random.pick<LayoutName>(["portal", "statement", "timestamped"]);
  }
}

function maintainerHeader(story: Story, random: Random): string {
  const fields: Record<string, string> = {};
  if (random.chance(0.6)) fields.title = story.title;
  if (random.chance(0.7)) fields.date = isoDate(story.day);
  if (random.chance(0.5)) fields.outlet = story.outlet.name;
  if (random.chance(0.6) || Object.keys(fields).length === 0) fields.url = story.url;
  return `---\n${stringify(fields, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 })}---\n`;
}

/** Generates `n` captures in memory. Pure: the same options give the same captures. */
export function generateCorpus(options: GenerateCorpusOptions): GeneratedCorpus {
  const { n, seed } = options;
  const duplicateShare = options.duplicateShare ?? 0.06;
  const headerShare = options.headerShare ?? 0.1;
  const random = createRandom(seed);
  const words = buildVocabulary(seed);
  const entities = buildEntities(readProjectRegistry(options.registryDir), seed);
  const corpora: Corpora = {
    random,
    words,
    entities,
    actorRank: zipfSampler(entities.actors.length, 0.8),
    placeRank: zipfSampler(entities.places.length, 0.8),
    outletRank: zipfSampler(entities.outlets.length, 0.6),
  };
  const width = Math.max(3, String(Math.max(0, n - 1)).length);
  const recent: Story[] = [];
  const captures: GeneratedCapture[] = [];
  for (let index = 0; index < n; index++) {
    const original = recent.length > 0 && random.chance(duplicateShare) ? random.pick(recent) : undefined;
    let story = original ? recapture(original, random) : newStory(index, corpora);
    if (!original) {
      recent.push(story);
      if (recent.length > 200) recent.shift();
    }
    const layout = layoutFor(story, random);
    const header = random.chance(headerShare) ? maintainerHeader(story, random) : "";
    let rendered = render(story, layout, random);
    // Keep every capture within the word range, chrome included.
    while (wordCount(rendered.text) > MAX_WORDS && story.paragraphs.length > 1) {
      story = { ...story, paragraphs: story.paragraphs.slice(0, -1) };
      rendered = render(story, layout, random);
    }
    while (wordCount(rendered.text) < MIN_WORDS) {
      story = { ...story, paragraphs: [...story.paragraphs, new StoryWriter(random, words, story).paragraph()] };
      rendered = render(story, layout, random);
    }
    const text = header + rendered.text;
    const hash = crypto.createHash("sha1").update(text).digest("hex").slice(0, 16);
    captures.push({
      fileName: `${String(index).padStart(width, "0")}_${hash}.txt`,
      text,
      story: { title: story.title, paragraphs: [story.lede, ...story.paragraphs], outlet: story.outlet.name },
      truth: {
        story: story.id,
        date: isoDate(story.day),
        outlet: rendered.outletNamed || header.includes("outlet:") ? story.outlet.name : null,
        actors: story.actors.map((a) => a.name),
        places: story.places.map((p) => p.name),
        dateline: rendered.dateline,
        layout,
        duplicateOf: original ? original.id : null,
        header: header !== "",
        words: wordCount(rendered.text),
      },
    });
  }
  return { captures, entities, vocabularySize: words.size };
}

const CAPTURE_NAME = /^\d+_[0-9a-f]{16}\.txt$/;

/** Writes the captures into `outDir`, first removing generated captures left from an earlier run. */
export function writeCorpus(corpus: GeneratedCorpus, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir)) if (CAPTURE_NAME.test(name)) fs.rmSync(path.join(outDir, name));
  for (const capture of corpus.captures) fs.writeFileSync(path.join(outDir, capture.fileName), capture.text);
}

/**
 * Writes registries for a bench: the project's own files with the corpus's built-in entities
 * appended, so that every name the corpus uses resolves.
 */
export function writeCorpusRegistry(corpus: GeneratedCorpus, projectRegistryDir: string | undefined, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  const extra = corpusRegistryEntries(corpus.entities);
  for (const kind of ["actors", "places", "outlets"] as const) {
    const file = `${kind}.yaml`;
    const source = projectRegistryDir ? path.join(projectRegistryDir, file) : undefined;
    const own = source && fs.existsSync(source) ? fs.readFileSync(source, "utf8").trimEnd() : "";
    const appended = extra[kind].length > 0 ? stringify(extra[kind], { lineWidth: 0 }) : "";
    const note = appended ? "# Entities of the generated bench corpus (scripts/generate-corpus.ts)\n" : "";
    const text = [own, note + appended].filter(Boolean).join("\n\n");
    fs.writeFileSync(path.join(outDir, file), text ? `${text}\n` : "[]\n");
  }
  // Any other registry files (e.g. stop lists) are copied as they are.
  if (projectRegistryDir && fs.existsSync(projectRegistryDir)) {
    for (const name of fs.readdirSync(projectRegistryDir)) {
      if (["actors.yaml", "places.yaml", "outlets.yaml"].includes(name)) continue;
      fs.cpSync(path.join(projectRegistryDir, name), path.join(outDir, name), { recursive: true });
    }
  }
}

/**
 * Writes what a perfect normalizer would produce — one article per story, duplicates merged — so
 * that rendering and indexing can be measured on their own (`scripts/build.ts --no-normalize`).
 */
export function writeStandInArticles(corpus: GeneratedCorpus, outDir: string): number {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const byStory = new Map<number, GeneratedCapture[]>();
  for (const capture of corpus.captures) byStory.set(capture.truth.story, [...(byStory.get(capture.truth.story) ?? []), capture]);
  const slugs = new Set<string>();
  for (const [storyId, captures] of byStory) {
    const first = captures[0] as GeneratedCapture;
    let slug = first.story.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 70).replace(/-$/, "");
    if (slugs.has(slug)) slug = `${slug}-${storyId}`;
    slugs.add(slug);
    const frontMatter = {
      title: first.story.title,
      date: first.truth.date,
      outlet: first.story.outlet,
      actors: first.truth.actors,
      places: first.truth.places,
      sources: captures.map((c) => c.fileName),
    };
    const yaml = stringify(frontMatter, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 });
    fs.writeFileSync(path.join(outDir, `${slug}.md`), `---\n${yaml}---\n${first.story.paragraphs.join("\n\n")}\n`);
  }
  return byStory.size;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "1000" },
      seed: { type: "string", default: "42" },
      out: { type: "string", default: "bench/corpus" },
      registry: { type: "string", default: "content/registry" },
      "registry-out": { type: "string" },
      truth: { type: "string" },
    },
  });
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--n must be a whole number, got ${values.n}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const started = performance.now();
  const out = values.out ?? "bench/corpus";
  const corpus = generateCorpus({ n, seed, registryDir: values.registry });
  writeCorpus(corpus, out);
  if (values["registry-out"]) writeCorpusRegistry(corpus, values.registry, values["registry-out"]);
  if (values.truth) fs.writeFileSync(values.truth, JSON.stringify(corpus.captures.map((c) => ({ file: c.fileName, ...c.truth })), null, 1));
  const words = corpus.captures.reduce((sum, c) => sum + c.truth.words, 0);
  process.stdout.write(
    `${n} captures (${words.toLocaleString("en")} words; ${corpus.entities.actors.length} actors, ${corpus.entities.places.length} places, ` +
      `${corpus.entities.outlets.length} outlets) in ${out} — ${Math.round(performance.now() - started)} ms\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
