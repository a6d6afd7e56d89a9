// The vocabulary of the synthetic corpus: everyday news English at the head of each word class,
// then a long tail of made-up but pronounceable words (built from syllables), sampled with Zipf's
// law so that a large corpus has tens of thousands of distinct words, as a real archive does.
import { createRandom, zipfSampler, type Random } from "./prng.ts";

const split = (text: string): string[] => text.trim().split(/\s+/);

export const realNouns = split(`
government delegation agreement referendum security talks ministry budget oil province army militia
officials council parliament election crisis negotiations attack border crossing civilians displacement
violence operation statement commander coalition territory region vote independence dispute areas
checkpoint troops fighters forces president minister spokesman source official leader party opposition
protest protesters demonstration court ruling decision law constitution amendment proposal draft deal
ceasefire offensive withdrawal deployment convoy airstrike drone rocket shelling explosion bomb victims
casualties refugees camp aid relief water electricity salaries employees economy revenue exports pipeline
companies investment contract reconstruction infrastructure roads bridge school hospital health doctors
students teachers farmers market prices currency inflation unemployment corruption investigation arrest
prison detainees hostages kidnapping smuggling weapons ammunition police patrol intelligence report
analysts experts observers diplomats embassy ambassador envoy visit meeting summit conference dialogue
mediation tension escalation threat warning demand condition guarantee support pressure sanctions
strategy plan policy reform program project initiative committee commission board authority agency
office spokeswoman governor mayor deputy adviser aide lawmaker lawmakers member members bloc coalition
alliance movement group groups tribe tribes clan community communities minority minorities villagers
residents families children women youth workers journalists media press interview broadcast channel
newspaper website statement communique announcement speech address remarks comments criticism response
reaction concern fears hopes future history years months weeks days hours morning evening night week
month year decade anniversary ceremony funeral memorial celebration holiday festival season winter summer
spring autumn weather floods drought harvest wheat crops land property homes houses buildings district
subdistrict neighborhood village town city capital country nation state states neighbors frontier
mountains river valley plain desert highway airport station port gas fuel power grid plant factory
`);

export const realVerbsPast = split(`
said announced rejected accepted demanded called urged warned stressed confirmed denied claimed accused
criticized praised welcomed condemned reported revealed explained added noted asserted insisted argued
agreed refused postponed cancelled approved signed launched ended resumed suspended opened closed
deployed withdrew arrested released killed wounded attacked targeted seized captured recaptured
controlled defended secured protected entered left visited met hosted attended discussed negotiated
proposed offered threatened prevented allowed expected considered described decided voted elected
appointed dismissed resigned replaced formed established created built destroyed damaged repaired
increased reduced raised cut paid received sent delivered transferred returned displaced fled crossed
reached achieved failed succeeded continued started began finished stopped blocked delayed supported
opposed backed joined split divided united settled resolved escalated eased improved worsened
`);

export const realVerbsBase = split(`
say announce reject accept demand call urge warn stress confirm deny claim accuse criticize praise welcome
condemn report reveal explain add note assert insist argue agree refuse postpone cancel approve sign
launch end resume suspend open close deploy withdraw arrest release attack target seize capture control
defend secure protect enter leave visit meet host attend discuss negotiate propose offer threaten prevent
allow expect consider describe decide vote elect appoint dismiss resign replace form establish create
build destroy repair increase reduce raise cut pay receive send deliver transfer return cross reach
achieve continue start begin finish stop block delay support oppose back join divide unite settle resolve
`);

export const realAdjectives = split(`
federal regional local national international foreign domestic military political economic financial
security humanitarian diplomatic legal constitutional official unofficial senior junior former current
new old recent previous next last first second third final major minor large small high low strong weak
serious severe critical urgent important significant key main central northern southern eastern western
disputed autonomous independent joint separate special public private armed civilian unarmed peaceful
violent tense fragile stable unstable difficult easy possible impossible likely unlikely imminent
immediate long short extensive limited broad narrow direct indirect heavy light early late daily weekly
monthly annual temporary permanent provisional interim general specific common similar different
various several numerous few many entire whole partial complete full empty open closed secret
`);

export const realAdverbs = split(`
also again already still now then later earlier recently currently reportedly allegedly publicly
privately officially jointly separately directly immediately quickly slowly gradually finally eventually
initially previously subsequently repeatedly largely mostly partly fully strongly firmly clearly
`);

export const prepositions = split(`in on at with from to for against between among over under after before during since near across along toward`);
export const determiners = split(`the the the the a a this that these those its their some several`);
export const conjunctions = ["and", "but", "while", "as", "although", "because", "after", "before", "since", "whereas"];

const onsets = split(`b br c ch d dr f fl g gr h j k kh l m n p pr r s sh st t tr v w z zh`);
const vowels = split(`a e i o u a e i o ai ou ea ia`);
const codas = ["", "", "", "n", "r", "l", "s", "m", "t", "k", "nd", "st", "rt"];
const nounEndings = ["", "", "ation", "ment", "ity", "ism", "ence", "ure", "ship", "hood", "ics", "ium", "ade", "age"];
const adjectiveEndings = ["al", "ive", "ous", "ic", "ary", "ful", "less", "able", "ian", "ent"];

function syllable(random: Random): string {
  return random.pick(onsets) + random.pick(vowels) + random.pick(codas);
}

function madeUpWord(random: Random, endings: readonly string[]): string {
  let stem = "";
  const syllables = random.weighted([
    [5, 1],
    [4, 2],
    [1, 3],
  ] as const);
  for (let i = 0; i < syllables; i++) stem += syllable(random);
  return stem + random.pick(endings);
}

/** A word class: the real words first (most frequent), then `tail` made-up words. */
export interface WordClass {
  words: string[];
  draw(random: Random): string;
}

function wordClass(
  real: readonly string[],
  made: (random: Random) => string,
  tail: number,
  lexiconRandom: Random,
  headShare = 0.88,
): WordClass {
  const seen = new Set(real);
  const head = lexiconRandom.sample(real, real.length);
  const madeUp: string[] = [];
  while (madeUp.length < tail) {
    const word = made(lexiconRandom);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    madeUp.push(word);
  }
  // Real words carry most of the text (Zipf within them); the made-up tail supplies the rare words
  // that make a large archive's vocabulary grow with its size.
  const headRank = zipfSampler(head.length, 0.9);
  const tailRank = zipfSampler(Math.max(1, madeUp.length), 1.0);
  return {
    words: [...head, ...madeUp],
    draw: (random) =>
      madeUp.length === 0 || random.next() < headShare ? (head[headRank(random)] as string) : (madeUp[tailRank(random)] as string),
  };
}

export interface Vocabulary {
  nouns: WordClass;
  adjectives: WordClass;
  verbsPast: WordClass;
  verbsBase: WordClass;
  adverbs: WordClass;
  /** Every distinct word the generator can emit from these classes. */
  size: number;
}

/** The lexicon is fixed for a given seed. */
export function buildVocabulary(seed: number): Vocabulary {
  const lexiconRandom = createRandom(seed ^ 0x5eed1e);
  const nouns = wordClass(realNouns, (r) => madeUpWord(r, nounEndings), 15000, lexiconRandom);
  const adjectives = wordClass(realAdjectives, (r) => madeUpWord(r, adjectiveEndings), 4000, lexiconRandom);
  const verbsBase = wordClass(realVerbsBase, (r) => madeUpWord(r, ["", "", "ize", "ate", "en"]), 2000, lexiconRandom, 0.9);
  const pastOf = (base: string): string => (base.endsWith("e") ? `${base}d` : `${base}ed`);
  const madePast = verbsBase.words.filter((word) => !realVerbsBase.includes(word)).map(pastOf);
  const pastHead = lexiconRandom.sample(realVerbsPast, realVerbsPast.length);
  const pastHeadRank = zipfSampler(pastHead.length, 0.9);
  const pastTailRank = zipfSampler(Math.max(1, madePast.length), 1.0);
  const verbsPast: WordClass = {
    words: [...pastHead, ...madePast],
    draw: (random) => (random.next() < 0.9 ? (pastHead[pastHeadRank(random)] as string) : (madePast[pastTailRank(random)] as string)),
  };
  const adverbs = wordClass(realAdverbs, (r) => `${madeUpWord(r, adjectiveEndings)}ly`, 600, lexiconRandom, 0.8);
  const size = new Set([...nouns.words, ...adjectives.words, ...verbsPast.words, ...verbsBase.words, ...adverbs.words]).size;
  return { nouns, adjectives, verbsPast, verbsBase, adverbs, size };
}
