// Named, conservative rules for page chrome. Each rule looks at one line (with its position
// relative to the story) and says whether the whole line is junk. They only ever match short
// lines or lines of a recognisable shape, so a story sentence is never taken for chrome.
import { EN_MONTH_NAMES, findDateMentions } from "./date-patterns.ts";
import { isDateOnlyLine, isDateWord, MONTHS_EN, WEEKDAYS_EN } from "./date-words.ts";
import { isKnownAgency } from "../registry/known-outlets.ts";

export interface LineView {
  text: string;
  words: number;
  /** Before the first story paragraph / after the last one. */
  inHead: boolean;
  inTail: boolean;
  /** The last line of the story's block (where an author's bio or a site's sign-off stands). */
  endsStory: boolean;
}

export interface LineRule {
  id: string;
  maxWords: number;
  matches(line: LineView): boolean;
}

const exact = (id: string, maxWords: number, ...patterns: RegExp[]): LineRule => ({
  id,
  maxWords,
  matches: (line) => patterns.some((pattern) => pattern.test(line.text)),
});

const SECTION_LABELS = new Set(
  [
    "news", "world", "world news", "middle east", "africa", "asia", "europe", "americas", "us", "uk", "politics",
    "business", "economy", "opinion", "analysis", "features", "sport", "sports", "culture", "science", "tech",
    "technology", "health", "environment", "iraq", "kurdistan", "region", "local", "national", "international",
    "breaking news", "latest", "security", "energy", "oil and gas", "middle east news", "top stories", "home",
    "editorial", "interview", "exclusive", "investigations", "explainer", "live", "video", "photos", "gallery",
  ],
);

const SHARE_WORDS = /^(?:(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|telegram|linkedin|reddit|pinterest|messenger|copy link|copy|link|url|copied!?|save|comment|comments|vk|ok|buffer|pin|tumblr|flipboard|pocket|instagram|youtube|google\+|fb|more|send text message|text message)[\s|•·,/]*)+$/i;

const TITLE_WORD = /^[\p{Lu}\d'‘"“(]/u;
const SMALL_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "and", "or", "as", "with", "from", "amid", "over", "after", "vs", "is", "its"]);

/** "Kurdistan Sends Peshmerga Troops to Kirkuk Amid 'Threats' by Iraqi Army": a linked headline. */
export function looksLikeHeadline(text: string): boolean {
  if (/[.:;,]$/.test(text) || !TITLE_WORD.test(text)) return false;
  const words = text.split(" ");
  if (words.length < 3 || words.length > 16) return false;
  const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = content.filter((word) => TITLE_WORD.test(word)).length;
  return content.length > 0 && capitalised / content.length >= 0.75;
}

/** Where a card's headline runs into its summary with no space: "…Student-AthleteA 24-year-old …", "…(This Morning)Some sunshine". */
const GLUE = /(?<=[\p{Ll}\d]|[\p{Ll}\d][)’'"”?!])(?=\p{Lu}[\p{Ll} ])/gu;

/** A glued teaser's headline is at most this long (a headline line's length, looksLikeHeadlineLine). */
const MAX_GLUED_HEADLINE_CHARS = 160;

/**
 * "Customers Leave Without Paying $690 BillA party of six left …": a teaser card copied as one
 * line, its headline (every word capitalised, four or more) glued to its summary. A name in camel
 * case can look the same ("The New York Times YouTube channel …"), so a line counts only beside
 * another such line: teasers come in lists.
 */
export function isGluedTeaser(text: string): boolean {
  for (const match of text.matchAll(GLUE)) {
    // A headline is short: glue points further in are inside the summary (and checking each would be quadratic).
    if (match.index > MAX_GLUED_HEADLINE_CHARS) break;
    const head = text.slice(0, match.index);
    const tail = text.slice(match.index);
    const words = head.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
    if (words.length >= 4 && words.every((word) => /^[\p{Lu}\d'‘"“(]/u.test(word)) && tail.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 4) return true;
  }
  return false;
}

const SCHEDULE_ROW = new RegExp(`^(?:${EN_MONTH_NAMES})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:-\\d{1,2})?\\s+[–—-]\\s+\\S`);

/** "June 29 – Holmdel, NJ @ PNC Bank Arts Center": a row of a schedule, a date and what happens on it. */
export function isScheduleRow(text: string): boolean {
  return SCHEDULE_ROW.test(text);
}

/** A line that reads as a story's headline: short, no sentence punctuation at the end. */
export function looksLikeHeadlineLine(text: string): boolean {
  const count = text.split(/\s+/).filter(Boolean).length;
  // A quotation alone is a pull quote; a headline may open on one ("‘The Medium is the Message’: a festival").
  const quotationAlone = /^["“'‘]/.test(text) && !/^["“'‘][^"”'’]{2,80}["”'’]\s*[:,–—-]?\s+\S/.test(text);
  return count >= 3 && count <= 20 && text.length <= 160 && !/[.,;:]$/.test(text) && !quotationAlone && !/^[(\[-]/.test(text) && /\p{L}/u.test(text);
}

/** "(Reporting by Jane Roe; Editing by John Doe)", "Additional reporting by Jane Roe", "With inputs from agencies". */
export const CONTRIBUTOR_CREDIT = /^\(?(?:(?:reporting|writing|additional reporting) by .*(?:editing|edited) by .*\)?|(?:editing|edited|reporting|writing|additional reporting|translation|translated|compiled) by [\p{Lu}][\p{L}.'’ -]{1,60}\)?\.?|(?:with|additional) (?:reporting|inputs?) (?:by|from)\b.*)$/iu;
const BYLINE_START = /^(?:(?:posted|written|published|updated|story|words|photos?|reporting|edited|compiled)\s+)?by\b\s*:?/i;
const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\b)?|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b/i;
const CAPTION_START = /^(?:media caption|image (?:caption|credit|source)|photo(?:graph)?(?: credit)?|picture|credit|illustration|video)\b\s*:?/i;
const CREDIT_END = /(?:\([^()]*\/[^()]*\)|\((?:photo|credits?|image|file|pic|picture)\b[^()]*\)|[,.]\s*(?:associated press|afp|reuters|getty images|ap photo|epa|efe|dpa|ansa|xinhua|kyodo|yonhap|tass|pti|ians|anp|belga)|\/(?:getty images|shutterstock|istock|afp|reuters)|\bgetty images)$/i;
/** "Media captionDrone footage shows …": a caption's label glued to it. */
const GLUED_CAPTION = /^(?:Media|Image|Video|Photo) caption(?=\p{Lu})/u;
/** "Jane Roe, AP National Writer", "Jane Roe, Staff Reporter": a byline with the writer's role. */
const BYLINE_ROLE = /,\s*(?:[\p{L}.]+\s+){0,3}(?:writer|reporter|correspondent|editor|photographer|columnist|contributor)$/iu;
/** "Sarah Roe, Staff Attorney, Example Justice Program": a writer's name, then the post she holds. */
const NAME_AND_POST = /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,2}, (?:[\p{Lu}][\p{L}-]+ ){0,2}(?:Attorney|Director|Professor|Fellow|Counsel|Analyst|Manager|President|Officer|Researcher|Lecturer|Economist|Scientist)\b/u;
/** "@janeroe": a social handle stands in bylines and embeds, never in a headline. */
const HANDLE = /(?:^|\s)@\w{2,}/;
/** "JANE ROE / AP", "JANE ROE, WIRE SERVICE": a photo credit in capitals. */
const CAPITAL_CREDIT = /^[\p{Lu}][\p{Lu} .'’-]*(?:,|\s\/)\s*[\p{Lu}][\p{Lu} .'’&-]*$/u;

/** A date with its year in the text ("March 3, 2020"), not a day alone. */
const hasFullDate = (text: string) => findDateMentions(text).some((mention) => mention.year !== undefined);

/** A stamp is short: a line of more words is a sentence that mentions a date. */
const MAX_STAMP_WORDS = 14;

/** "By Jane Roe", "Posted by …", "March 3, 2020 · 4 min read": what stands under a headline (a byline or a dated line). */
export function isStampLine(text: string): boolean {
  return text.split(/\s+/).length <= MAX_STAMP_WORDS && (BYLINE_START.test(text) || hasFullDate(text));
}

/** "By Jane Roe", "Von Jane Roe", "Par Jane Roe" (not "By Tuesday", "By May 4"): a byline's opening on a writer's name. */
const BYLINE_ON_NAME = /^(?:by|By|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Pp]rzez)\s+(\p{Lu}[\p{L}'’-]*|admin|administrator|staff|editor)\b/u;
/** Words that follow "By" in a sentence, not in a byline ("By Tuesday", "By May 4", "By Today's standards"). */
const NOT_A_NAME = new Set([...Object.keys(MONTHS_EN), ...WEEKDAYS_EN, "today", "tomorrow", "tonight", "noon", "midnight", "then", "now"]);
/** "Monday May 4, 2020 7:45 am PST by Jane Roe": a date, then the writer's name last. */
const NAME_LAST = /\bby\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}$/u;
/** A numeric date with a two-digit year ("11/13/19"), which findDateMentions leaves alone (its order is a guess). */
const SHORT_NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/** A byline with its date or clock, as no sentence is written: "BY JANE ROE ON 11/13/19 AT 4:00 PM EST", "Monday May 4, 2020 7:45 am PST by Jane Roe". */
export function isTimedByline(text: string): boolean {
  if (/[.!?]$/.test(text) || !/\b(?:by|von|par|por|door|av|przez)\b/i.test(text)) return false;
  const dated = () => hasFullDate(text) || CLOCK.test(text) || SHORT_NUMERIC_DATE.test(text);
  const first = BYLINE_ON_NAME.exec(text)?.[1]?.toLowerCase().replace(/['’]s$/, "");
  if (first !== undefined) return !NOT_A_NAME.has(first) && !isDateWord(first) && dated();
  const nameLast = NAME_LAST.exec(text);
  return nameLast !== null && isDateOnlyLine(text.slice(0, nameLast.index).replace(/[\s|·•,–—-]+$/u, ""));
}

/** "Reuters November 18, 2019 11:03 PM": a news agency's name, then the date and time it filed the story. */
export function isAgencyStamp(text: string): boolean {
  // A date has a year or a clock; most short lines have neither.
  if (!/^\p{Lu}/u.test(text) || !/\d{4}|\d:\d\d/.test(text)) return false;
  // The agency's name is the line's first one, two or three words.
  for (let count = 1, end = text.indexOf(" "); count <= 3 && end > 0; count++, end = text.indexOf(" ", end + 1)) {
    if (isKnownAgency(text.slice(0, end)) && isDateOnlyLine(text.slice(end + 1))) return true;
  }
  return false;
}

/** "by jane on December 4, 2006": a byline with its date, whatever its case. */
export function isDatedByline(text: string): boolean {
  return text.split(/\s+/).length <= MAX_STAMP_WORDS && BYLINE_START.test(text) && hasFullDate(text);
}

/**
 * A line that stands near a headline but is not one: a byline ("By Jane Doe", "Posted by …"), a
 * stamp with a date or a clock ("Updated 5:27 am, November 20, 2019"), a caption or a photo credit.
 */
export function isStampOrCaption(text: string): boolean {
  return (
    BYLINE_START.test(text) || BYLINE_ROLE.test(text) || NAME_AND_POST.test(text) || HANDLE.test(text) || CLOCK.test(text) ||
    hasFullDate(text) || CAPTION_START.test(text) || GLUED_CAPTION.test(text) || CREDIT_END.test(text) || CAPITAL_CREDIT.test(text)
  );
}

const DATE_LABEL = /^(updated|last updated|published|first published|posted|modified|date|time)\s*(on|at)?\s*:?\s*/i;

/** "January 13, 2020 at 08:45 AM | categories: Python | View Comments": a post's date among short labels. */
function isPostMeta(text: string): boolean {
  // "October 15, 2018/0 Comments/in Example News /by jdoe": a blog theme's slashes between the same labels.
  const parts = text.split(text.includes("/") ? /\s+[|·•]\s+|\s*\/(?=\s*(?:\d+ comments?|in |by )\b)/i : /\s+[|·•]\s+/);
  // "05/10/2018 - Posted by: Jane Roe - Category: Health": spaced dashes between labelled parts ("June 23 – Duhok, Citadel Square" is a schedule's row).
  if (parts.length < 2 && /\s[–-]\s/.test(text)) {
    const dashed = text.split(/\s+[–-]\s+/);
    return dashed.some((part) => LABELLED_PART.test(part)) && isPostMetaParts(dashed);
  }
  return isPostMetaParts(parts);
}
const REGISTERED_TRADEMARKS = /^[\p{Lu}][\p{L}\d.&' -]{1,40} is a registered trademark of [\p{Lu}][^.]{1,60}\.(\s+[\p{Lu}][\p{L}\d.&' -]{1,40} is a registered trademark of [\p{Lu}][^.]{1,60}\.)*$/u;

/** "Jane Roe 23/08/2018 2 comments Health, Schools": a post's writer, date, comment count and categories, unseparated. */
const COMMENT_COUNT = /(?:^|\s)(?:\d+ (?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|komentar|komentarze?|коммент\p{L}*|yorum)|comente!|leave a comment|no comments|sem comentários|sin comentarios)(?=\s|$)/iu;
function isDatedCommentCount(text: string): boolean {
  return /\d/.test(text) && COMMENT_COUNT.test(text) && findDateMentions(text).some((mention) => mention.year !== undefined);
}

/** "Posted by: Jane Roe", "Categoria: Saúde": a label and its value. */
const LABELLED_PART = /^[\p{L}][\p{L} ]{1,24}:\s*\S/u;

/** Two parts or more, each short, one of them a date ("Updated: May 2, 2020 at 9:15"). */
function isPostMetaParts(parts: string[]): boolean {
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 8) && parts.some((part) => isDateOnlyLine(part.replace(DATE_LABEL, "").replace(/\s+at\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?$/i, "")));
}

/** "Archive – RSS – Imprint – Privacy": a bar of three or more short links. */
export function isLinkBar(text: string): boolean {
  const parts = text.split(/\s+[–|•·]\s+/);
  return parts.length >= 3 && parts.every((part) => part.length > 0 && part.split(/\s+/).length <= 5) && !/[.!?]$/.test(text);
}

/** "independence referendum, Masoud Barzani, Iraq, Iraqi Kurdistan": a list of tags. */
/**
 * "adoption agriculture alert ambulance archive bakery …": a cloud of tags, a dozen words or more in
 * lower case with no stop or comma between them, and hardly a function word (a sentence copied
 * without its stop has many: "a long fight between the traders who lost their stalls …").
 */
export function isTagCloud(text: string, words: number): boolean {
  if (words < MIN_CLOUD_TAGS || !UNPUNCTUATED.test(text)) return false;
  const all = text.split(/\s+/);
  const lower = all.filter((word) => /^\p{Ll}/u.test(word)).length;
  const functionWords = all.filter((word) => FUNCTION_WORDS.has(word)).length;
  return lower >= words * 0.9 && functionWords <= words * 0.1;
}
const MIN_CLOUD_TAGS = 12;
/** A line without a stop or a comma anywhere, in the scripts the rules read. */
export const UNPUNCTUATED = /^[^.!?,;:…。，、！？؟،]*$/u;
/** Articles, prepositions, conjunctions and pronouns of the languages the rules read, that any sentence is full of. */
const FUNCTION_WORDS = new Set(
  "the a an of to in on at for by with from and or but that which who is are was were be it its their his her this these not as than "
    .concat("de da do das dos e o os as um uma em para por com que no na el la los las y en del al un una es se le les des du et à il une pour pas ")
    .concat("der die das und mit von zu ist ein eine nicht auf für im den dem des di che il per non è")
    .split(" ")
    .filter(Boolean),
);

function looksLikeTagList(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  const items = text.split(/\s*[,;|•·]\s*/);
  return items.length >= 3 && items.every((item) => item.length > 0 && item.split(" ").length <= 4);
}

/** "Read more", "Related stories", "Lesen Sie auch": a link to more stories, or the label over a box of them. */
export const READ_MORE_PHRASES = [
  "read more|read also|also read|related(?: articles?| stories| news| coverage| content| posts| links)?|see also|more on this(?: story)?|more from [\\p{L} ]{1,30}",
  "recommended(?: for you)?|most (?:read|popular|viewed|shared)|trending(?: now| posts| stories| articles)?|you (?:may|might) also like|you (?:may|might) (?:also )?be interested in(?:\.\.\.|…)?|top stories",
  "latest (?:news|stories)|more (?:stories|news|articles|videos)|learn more|also check out",
  "mehr zum thema|weitere artikel|lesen sie auch|auch interessant|das könnte sie auch interessieren|meistgelesen",
  "à lire aussi|lire aussi|sur le même sujet|articles liés|les plus lus",
  "lea también|lee también|te puede interesar|noticias relacionadas|más noticias|más leídas",
  "leggi anche|articoli correlati|potrebbe interessarti|ti potrebbe interessare|i più letti",
  "leia também|veja também|notícias relacionadas|mais lidas",
  // Dutch, Polish, Russian and Ukrainian, Turkish, Indonesian and Malay, Swedish, Romanian, Czech.
  "lees ook|lees meer|gerelateerde artikelen|meest gelezen|czytaj (?:też|także|więcej)|zobacz (?:też|także)|najczęściej czytane",
  "читайте также|читайте також|по теме|вам (?:также )?может быть интересно|вас також може зацікавити|похожие (?:новости|статьи)|самое читаемое|популярное|схожі новини|найпопулярніше",
  "[iİ]lgili haberler|benzer haberler|en çok okunanlar?|bunlar da ilginizi çekebilir|baca juga|berita terkait|artikel terkait|terpopuler|baca selengkapnya",
  "läs också|läs mer|mest läst|citește și|citeste si|čtěte také|související články",
  // Ukrainian, Arabic, Hindi, Gujarati, Japanese, Chinese, Korean, Tagalog.
  "до теми|по темі|اقرأ (?:أيضا|أيضاً|أيضًا|ايضا)|(?:أخبار|مواضيع|مقالات) ذات صلة|الأكثر قراءة|(?:यह|ये) भी पढ़ें|संबंधित (?:खबरें|ख़बरें|लेख)|આ પણ વાંચો|関連記事|関連ニュース|あわせて読みたい",
  "相关(?:阅读|新闻|文章)|延伸阅读|相關(?:新聞|文章)|延伸閱讀|관련 ?기사|많이 본 (?:뉴스|기사)|basahin din|kaugnay na (?:balita|artikulo)",
].join("|");

/** A person's name opening a bio: "Jane Roe", "Jane Q. Roe (@janeroe)". */
const BIO_NAME = "[\\p{Lu}][\\p{L}.'’-]+( [\\p{Lu}][\\p{L}.'’-]+){1,3}( \\(@\\w{1,30}\\))?";
/** A writer's role, in either case ("a Staff Writer at", "an Ideas contributor at"). */
const BIO_ROLE = "([Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Cc]ontributor|[Jj]ournalist|[Cc]olumnist|[Pp]roducer)";
/** Below the story, "Jane Roe is the senior writer …", "Jane Roe is a Staff Writer …". */
const TAIL_BIO = new RegExp(`^${BIO_NAME} (is|was) (a|an|the) ([\\p{L}-]+ ){0,3}(${BIO_ROLE}|[Aa]uthor)\\b`, "u");
/** "Example contributor Jane Roe is …": the writer's role, then the name, then what the writer is or does. */
const ROLE_BEFORE_NAME_BIO = new RegExp(`^(?:[\\p{L}-]+ ){0,3}(?:${BIO_ROLE.slice(1, -1)}) ${BIO_NAME} (?:is|was|writes|has written|covers)\\b`, "u");
/** "I am a writer, journalist, professor and …": a writer's own bio. */
const FIRST_PERSON_BIO = new RegExp(`^I am an? (?:[\\p{L}-]+,? ){0,3}(?:${BIO_ROLE.slice(1, -1)}|author)s?\\b`, "u");

/** A photo's credit closing its caption: "(AP Photo/Jane Roe)", "(Image credit: NASA)", "(Photo: Jane Roe)"; a copied page may
 *  add the first letters of a hidden "less". */
const PHOTO_CREDIT_END = /\((?:[\p{L}.]{1,20} )?(?:photos?|images?|pictures?)(?: (?:credit|courtesy|source|by))?\s*(?:\/|:|by\b)[^()]{1,80}\)(?:\s+les?s?)?$|\((?:credit|courtesy|photo credit)\s*:?[^()]{1,80}\)(?:\s+les?s?)?$/iu;

/** A caption closed by its photographer's or agency's credit: "… near the airport. (Getty/Jane Roe)", "(Jane Roe/Example Media Group/Example Herald)". */
const SLASHED_CREDIT_END = /[.!?”"’]\s*\((?:[\p{Lu}][\p{L}.'’-]*\s?){1,3}\/\s*[\p{Lu}][^()]{1,80}\)(?:\s+les?s?)?$|\((?:[\p{Lu}][\p{L}.'’-]*\s?){1,3}\/\s*[\p{Lu}][^()]{1,80}\)(?:\s+les?s?)?$/u;

/** A wire photo's caption: the scene in the present tense, then its weekday, date and place without "on" ("… speaks during a
 *  fundraiser, Sunday, Nov. 17, 2019, in Las Vegas"); a story writes "on Sunday". */
const AGENCY_CAPTION = /(?<!\bon), (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, \d{4}(?:, (?:in|at|near|outside|on) \p{Lu}|\.?$)/u;

/** Other languages' rights notices, tried when a line has one of their words. */
const RIGHTS_WORD = /rechte|droits|derechos|diritti|direitos|права|prawa|reprodu|riprodu|vervielf|воспроизв|kopiow/iu;
const RIGHTS_RESERVED = /(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|wszelkie prawa zastrzeżone)/iu;
const REPRODUCTION_BANNED = /(воспроизведение|vervielfältigung|reproduction|reproducción|riproduzione|reprodução|kopiowanie)\s.{0,120}(без разрешения|запрещ|воспрещ|untersagt|nicht gestattet|interdite|prohibida|vietata|proibida|zabronione)/iu;

/** A caption that says what its image is: "This illustration of … shows", "A stock image of …", "X took this image of …", "In a micrograph of …". */
const IMAGE_DESCRIPTION = /^(?:(?:this|an?) (?:stock |file |artist'?s? )?(?:image|photo|photograph|illustration|picture|rendering|impression|micrograph|cross-section)\b(?: of| shows| showing| taken)|in (?:a|this) (?:micrograph|photo|photograph|image|picture) of\b)/iu;
const TOOK_THIS_IMAGE = /\btook this (?:image|photo|photograph|picture)\b/iu;
/** A caption closed by its credit in square brackets: "… back to the Moon [Example Corp via Example Wire]", "[File: Jane Roe/Example Wire]". */
const BRACKETED_CREDIT_END = /\[(?:File: )?[^\][]{1,60}(?:\/| via )[^\][]{1,60}\]$/u;

/**
 * A photo's caption, known by its credit at its end or by what it says of its image. Each pattern is tried only when
 * the line has what it needs (a closing bracket at the end, a colon near the end, a weekday): most lines have none.
 */
function isPhotoCaption(text: string): boolean {
  const closing = text.lastIndexOf(")");
  if (closing >= 0 && closing >= text.length - 5 && (PHOTO_CREDIT_END.test(text) || SLASHED_CREDIT_END.test(text))) return true;
  if (text.endsWith("]") && BRACKETED_CREDIT_END.test(text)) return true;
  // Credits and dates stand at a caption's end: only its last characters are searched for them.
  const tail = Math.max(0, text.length - CAPTION_TAIL_CHARS);
  const colon = text.indexOf(": ", tail);
  if (colon > 0 && GLUED_PHOTO_CREDIT.test(text.slice(Math.max(0, colon - 16)))) return true;
  if (text.indexOf("day, ", tail) >= 0 && AGENCY_CAPTION.test(text)) return true;
  const opening = text.slice(0, 3).toLowerCase();
  if (IMAGE_DESCRIPTION_OPENINGS.has(opening) && IMAGE_DESCRIPTION.test(text)) return true;
  if (CAPTION_LABEL_OPENINGS.has(opening) && CAPTION_LABEL_GLUED.test(text)) return true;
  if (text.length <= 120 && FILE_PHOTO_END.test(text.slice(-40))) return true;
  return text.includes("took this") && TOOK_THIS_IMAGE.test(text);
}

/** "Jane Roe - File photo", "Jane Roe (file photo)": a caption that says its picture is an old one, in the hidden pages' languages. */
const FILE_PHOTO_END = /(?:[-–—|:]\s*|\(\s*)(?:file|archive) (?:photo|image|picture)\)?\.?$|(?:[-–—|:]\s*|\(\s*)(?:फाइल फोटो|फ़ाइल फ़ोटो|ફાઇલ તસવીર|ફાઈલ તસવીર|ફાઇલ ફોટો|archivfoto|archivbild|photo d['’]archives|foto de archivo|foto d['’]archivio|foto de arquivo|zdjęcie archiwalne|архивное фото|архівне фото|foto arsip|資料写真|资料图|자료사진)\)?\.?$/iu;

/** The first three letters (lower case) that IMAGE_DESCRIPTION and CAPTION_LABEL_GLUED can start with. */
const IMAGE_DESCRIPTION_OPENINGS = new Set(["thi", "a s", "a f", "a a", "a i", "a p", "a r", "a m", "a c", "an ", "in "]);
const CAPTION_LABEL_OPENINGS = new Set(["ima", "med", "vid", "pho"]);

/** How many characters at a caption's end hold its credit or its date. */
const CAPTION_TAIL_CHARS = 90;

/** "Image caption Protesters gather …": BBC's caption label and its caption on one line. */
const CAPTION_LABEL_GLUED = /^(?:image|media|video|photo) caption\s+[\p{Lu}\d"“‘]/iu;

/** A caption whose sentence runs into its credit: "… in an hour.Photograph: Example Images", "… 1960. Photo: Jane Roe/Example Archive". */
const GLUED_PHOTO_CREDIT = /[.!?)](?:\s*|(?=\p{Lu}))(?:Photograph|Photo|Image|Illustration|Picture|Composite|Foto|Bild): [\p{Lu}\d][^.!?]{1,80}$/u;

/** The social networks a site asks its readers to follow it on. */
const NETWORKS = "facebook|twitter|instagram|youtube|linkedin|telegram|tiktok|whatsapp|mastodon|threads|bluesky";
const SOCIAL_NETWORK = new RegExp(`\\b(${NETWORKS})\\b`, "gi");
/** Asking readers to follow someone on a network, in the languages of the rules ("follow Example on Facebook", "seguir a Ejemplo en Twitter"). */
const FOLLOW_WORD = new RegExp(`\\b(follow|seguir|síguenos|siga|sígannos|folgen|folge|suivez|suivre|segui|seguici|seguire)(?!\\s+up\\b)\\s+(\\S+\\s+){0,7}(on|en|auf|sur|su|em|in)\\s+(${NETWORKS})\\b`, "iu");

/** A site's name (a few capitalised words or a host name) saying what the site is. */
const SITE_BLURB = /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*(?: [\p{Lu}\d][\p{L}\d&'’.-]*){0,3}|[\w-]+(?:\.[\w-]+)+) (?:is (?:a |now )?part of|is where|is (?:the|your|an?) (?:[\p{L}-]+ )?(?:leading|premier|essential|largest|biggest|best|trusted|ultimate|go-to|number one|#1|home of)|features the latest|brings you the latest)\b/u;

/** A quotation's mark: a line quoting someone is the story's, whatever its words. */
const QUOTE_MARK = /["“”„«»]/;

/** How a site asks its readers for money, beside a word of giving. */
const APPEAL = /\b(at no cost to you|we (rely|depend) on (you|our readers|readers like you)|you rely on [\p{Lu}][\p{L}.]*,? and we rely on you|(your|reader) (support|donations?|contributions?) (makes?|keeps?|helps?|allows?|ensures?)|help (us )?(keep|preserve|sustain) (this|our|independent)\b)/iu;

/** Links glued without spaces ("FinancialGovernment"): a word's end glued to a capitalised word, three times or
 *  more, and in at least every other word ("YouTube" is one; "iPhone", "McDonald" are none). */
function isGluedMenu(text: string, words: number): boolean {
  // Cheap tests first: most lines have no glue in plain ASCII, and the Unicode pattern costs ten times more.
  if (/[.!?]$/.test(text) || !(/[a-z][A-Z]/.test(text) || /[^\x00-\x7f]/.test(text))) return false;
  const glues = text.match(/\p{Ll}{2}\p{Lu}\p{Ll}/gu)?.length ?? 0;
  // Only words count: "Tax & Accounting", "Innovation @ Example" add symbols between links.
  const symbols = glues >= 3 ? (text.match(/(?:^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu)?.length ?? 0) : 0;
  return glues >= 3 && glues * 2 >= words - symbols;
}

/** So many words at least in a menu copied as one line (a title-case headline has fewer). */
const MENU_LINE_WORDS = 18;

/** A line of capitalised link names and nothing else: no sentence punctuation, nearly every word capitalised. */
function isMenuLine(text: string): boolean {
  if (/[.,;:!?"“”()]/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  return capitalised >= 0.85 * words.length;
}

// A rule's patterns cover English and the languages captures most often come in besides (de, fr, es, it, pt).
/** The word every cookie notice holds, in the languages below: a cheap test before the notices' unanchored patterns. */
const COOKIE_WORD = /cookie|çerez/i;
/** "We use cookies" and "this site uses cookies" in other languages. */
const COOKIE_NOTICES = [
  /(^|[^\p{L}])(utilizziamo|usiamo|wir verwenden|wir nutzen|nous utilisons|utilizamos|usamos|wij gebruiken|we gebruiken|używamy|kami menggunakan|мы используем|ми використовуємо)\s+(i |des |los |las |os |as |plików |файлы |файли )?(cookies?|cookie-dateien|çerez)/iu,
  /(^|[^\p{L}])(questo sito( web)? (utilizza|usa)|diese (web)?seite (verwendet|nutzt)|ce site( web)? utilise|este (sitio|site)( web)? (utiliza|usa)|deze (web)?site gebruikt|ta strona (używa|korzysta z)|situs ini menggunakan|этот сайт использует|bu (web )?site(miz)?(de)? çerez)/iu,
];

export const LINE_RULES: LineRule[] = [
  // "[button link="…" type="big"]": a blog engine's shortcode that never rendered.
  exact("shortcode", 40, /^\[\/?(button|caption|embed|gallery|video|audio|contact-form|shortcode|su_\w+|vc_\w+|et_pb_\w+)\b[^\]]*\]/i),
  exact("skip-link", 6, /^(skip|jump) to (the )?(main )?(content|navigation|menu|search|footer|article)$/i),
  // A search box's label, placeholder and button: "Search for:", "Enter search terms here.", "Cerca: Search", "Suche …".
  exact(
    "search-box",
    8,
    /^(search|search for|search this (site|blog|website)|search the (site|archive|news)|site search|type (your search|to search)|enter (your )?search (terms?|keywords?)( here)?|what are you looking for\??)\s*(:|…|\.\.\.|\.)?(\s*(search|go|submit))?$/i,
    /^(suche|suchen|rechercher|recherche|buscar|búsqueda|cerca|ricerca|pesquisar|pesquisa|cari|pencarian|arama|поиск|пошук|szukaj|wyszukaj|zoeken|sök|hledat|بحث|検索|搜索)\s*(:|…|\.\.\.)?(\s*search)?$/iu,
  ),
  // A link back to the list the page was opened from, or up the page: "Back to overview", "Zurück zur Übersicht", "↑ Back to top".
  exact(
    "back-link",
    6,
    /^[←↑«‹<]?\s*(back|return|go back|scroll back) to (the )?(overview|list|index|all (posts|articles|news|stories)|news|blog|articles?|home ?page|home|top|search results|results|previous page)\s*[↑»›]?$/iu,
    /^[←«‹<]?\s*(zurück (zur|zum|zu den)|zur) (übersicht|startseite|blog|liste|news|nachrichten|artikelübersicht|beitragsübersicht)$/iu,
    /^[←«‹<]?\s*retour (à|a) (la liste|l['’]accueil|la page d['’]accueil|l['’]index|tous les articles|la une|l['’]actualité)$/iu,
    /^[←«‹<]?\s*(volver|regresar) (al|a la) (listado|inicio|lista|portada|blog|noticias)$/iu,
    /^[←«‹<]?\s*torna (all['’]elenco|alla home|alla lista|alle notizie|su)$/iu,
    /^[←«‹<]?\s*voltar (para|à|ao|a) (a )?(lista|página inicial|início|notícias|topo)$/iu,
    /^[←«‹<]?\s*terug naar (het )?(overzicht|home|boven)$/iu,
    /^[←«‹<]?\s*kembali ke (beranda|daftar|atas|indeks)$/iu,
  ),
  exact("listen-live", 4, /^listen live$/i, /^(live radio|on air|listen now)$/i),
  exact("short-url", 4, /^get short url$/i, /^(copy|get) (the )?(short )?(link|url)$/i),
  exact("share-prompt", 2, /^\d{1,3}(?:\.\d)?[KkMm]$/),
  exact("share-prompt", 12, /^share (this|the) (article|story|page|post|entry)\b.*$/i, /^share (on|via|by) [\w+]+$/i, SHARE_WORDS, /^let (your )?friends in your social network know what you are reading about$/i, /^share (this|it) (with|on|via) [\p{L}+ ]{2,20}$/iu, /^((show )?more sharing options|share close extra sharing options|tweet (on|this on) twitter|post to (facebook|twitter|linkedin)|email this( article| story)?|pin it)$/i, /^(teilen|teilen mit|artikel teilen|partager|partager (cet|l')article|compartir|compartir en|condividi|condividi (su|l'articolo)|compartilhar|partilhar)\s*:?$/iu, /^(bagikan|bagikan artikel ini|paylaş|haberi paylaş|поделиться|поділитися|udostępnij|delen|dela|sdílet|distribuie|شارك|مشاركة|分享|シェア)\s*:?$/iu, /^\d[\d,.]*[km]?\s*shares?$/i),
  exact("advertisement", 8, /^scroll (down )?to (read|continue|see) more\b.{0,60}$/i, /^(advertisement|advert|ads?|sponsored( content)?|scroll to continue( with content)?|story continues below( advertisement)?|continue reading( below)?)$/i, /^(advertisement|advert|sponsored)\s*[-–—:|]\s*.{0,40}$/i, /^(anzeige|werbung|publicité|publicidad|pubblicità|publicidade|iklan|reklam|реклама|reklama|advertentie|annons|إعلان)$/iu),
  exact("script-notice", 20, /^(loading\.*|something went wrong( with the connection)?[.!]*|you are using an? (older|outdated|unsupported) (browser|version)\b.*|please enable javascript\b.*|javascript is (disabled|required)\b.*|your browser does not support\b.*|this (video|slideshow|gallery|content|feature|embed|page) (is not available|requires)\b.*|media playback is (unsupported|not supported) on your device)$/i),
  { id: "breadcrumb", maxWords: 14, matches: (line) => line.inHead && /^home\s*[>/»›|]\s*\S.{0,100}$/i.test(line.text) },
  exact("newsletter", 25, /^(subscribe|sign up|register)\b.{0,80}\b(newsletters?|updates|alerts|briefings?|inbox|channel|mailing list|by e-?mail)\b/i, /^sign up for our ?newsletters?[.!]?$/i, /^(subscribe( now)?|sign (up|in)( now| today| here)?|log ?in|register|donate|support us)[.!]?$/i, /^get\b.{0,60}\bnewsletters?\b/i, /^[\p{L}\d&'’ ]{0,40}\bnewsletters?$/iu, /^(stay|keep) (up[- ]to[- ]date|informed|in touch|connected)\b.{0,40}$/i, /^(newsletter abonnieren|jetzt abonnieren|abonnieren|s'abonner|abonnez-vous|suscríbete|suscribirse|iscriviti|abbonati|assine|inscreva-se)\b.{0,80}$/iu, /^(berlangganan|abone ol|подписаться|підписатися|subskrybuj|zapisz się|abonneer|schrijf je in|prenumerera)(?=$|[\s:!.]).{0,80}$/iu),
  {
    id: "cookie-notice",
    maxWords: 70,
    matches: (line) =>
      /\bcookies?\b/i.test(line.text) &&
      /\b(we use cookies|(this|our) (site|website) uses cookies|uses cookies|cookie (policy|settings|preferences|notice)|accept (all )?cookies|use of cookies|privacy (policy|settings))\b/i.test(line.text),
  },
  // A consent dialog's paragraphs and buttons: cookies named twice beside the site, the browser or consent.
  // "If you continue using our website, we'll assume that you are happy to receive all cookies": consent by browsing.
  exact("cookie-notice", 60, /\b(continue|continuing) (using|to use|to browse|browsing) (our|this|the) (web ?)?site\b.{0,80}\b(assume|agree|consent|accept)\w*\b/i),
  { id: "cookie-notice", maxWords: 150, matches: (line) => (line.text.match(/\bcookies?\b/gi)?.length ?? 0) >= 2 && /\b(websites?|browsers?|consent|opt[- ]out|third[- ]party|analytics)\b/i.test(line.text) },
  exact("cookie-notice", 4, /^(privacy overview|necessary always enabled|non-necessary|save (&|and) accept|accept (&|and) close|accept all( cookies)?|reject all( cookies)?|(change |manage |update )?cookies? (settings|preferences)|(change |manage )?privacy settings|manage (consent|cookies|preferences))$/i),
  // "Page 34 of 40", "Seite 34 von 40 Erste ... 33 34 35 ... Letzte": a list's page links.
  exact("pagination", 16, /^(page|seite|página|pagina|pagine) \d+ (of|von|de|di|sur) \d+\b/iu),
  // "FinancialGovernment SolutionsLegalNews AgencyRisk Management": a menu whose links were copied without spaces.
  { id: "menu-line", maxWords: 40, matches: (line) => isGluedMenu(line.text, line.words) },
  exact("follow-us", 15, /^(follow )?@\w{2,30}$/i, /^follow(?: us)?\s*:?$/i, /^\d[\d,.]*[km]?\s*(followers?|fans|likes|subscribers)\s*(follow|like|subscribe)?$/i, /^(follow|join|like) (us|our \w+)( on| at| via)\b/i, /^follow (@\w+|[\p{Lu}][\w-]*( [\p{Lu}][\w-]*){0,3}) on (twitter|x|facebook|instagram|telegram|youtube|google news|whatsapp)\b/iu),
  exact("photo-credit", 30, /^[([]?(photo|photograph|image|picture|file photo|caption|credit|photo credit|video|illustration|graphic)s?\s*(:|©|\/|by\b)/i, /^image (source|caption)\s*,/i, /^(image|photo|picture|media) copyright\s+\S/i, /^(image|photo|picture|video)s? via\s+\S.{0,60}$/i, /^(image|photo|picture|video) (credit|source|courtesy)s?\s*:/i, /^\d{1,3}\s*\/\s*\d{1,3}$/, /^[([]?(afp|reuters|ap|agencies|getty( images)?|anadolu( agency)?|epa|aa|shutterstock)( ?[/|] ?[\p{L} .'-]{1,40})?[)\]]?$/iu, /^(photo|photos|foto|fotos|фото)$/iu, /^credit(\.\.\.|…)$/i, /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}]\.)?(?: [\p{Lu}][\p{L}'’-]+){1,2}\/[\p{Lu}][\p{L}\d&.-]{1,30}$/u),
  // A photo gallery's controls and counter ("Image 1 of 8", "Caption", "Back to Gallery").
  exact("gallery", 6, /^(image|photo|picture|slide)\s+\d{1,3}\s+(of|\/)\s*\/?\s*\d{1,3}$/i, /^(slideshow|gallery|photo gallery)\s*\(\s*\d{1,3}\s*(images?|photos?|pictures?|slides?)\s*\)$/i, /^(caption|close|hide caption|show caption|toggle caption|enlarge (this )?image|back to (the )?gallery|(view|open|launch) (the )?(full |photo )?gallery|full ?screen|previous|next)$/i, /^(back|voltar|zurück|retour|volver|indietro|назад)$/iu),
  // A caption that ends on its photo's credit: "… during the game on Tuesday. (AP Photo/Jane Roe)", "… (Image credit: NASA)".
  { id: "photo-caption", maxWords: 90, matches: (line) => isPhotoCaption(line.text) },
  exact("copyright", 40, /^(copyright|©|\(c\))\s*/i, /\ball rights reserved\.?$/i, /^our standards:/i, /^this (document|article|material|story) is subject to copyright\b/i, /^this material may not be published, broadcast, rewritten,? or redistributed/i, /\b(reproduction|republication|redistribution)\b.{0,120}\b(prohibited|without (the )?(prior |express )?(written )?(permission|consent))\b/i),
  // A long copyright notice ("Copyright © 2019 Example, LLC. Reproduction of material from any … is strictly prohibited …").
  exact("copyright", 90, /^(copyright|©|\(c\)).{0,80}\b(all rights reserved|reproduction|without (the )?(prior |express )?(written )?permission)\b/i, /^the contents? of this (web ?)?site (is|are) (©|\(c\)|copyright)/i),
  exact("site-terms", 20, /^terms under which this (web ?)?site is provided\b/i),
  // "Example Sports is a registered trademark of Example Broadcasting Inc.", one such sentence or more.
  { id: "copyright", maxWords: 40, matches: (line) => line.text.includes(" is a registered trademark of ") && REGISTERED_TRADEMARKS.test(line.text) },
  exact("date-label", 3, /^(date|published|updated|posted|last updated|first published|modified|publish(ed)? date|publication date)( on| at)?:?$/i, /^(veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|ultima modifica|atualizado)( (am|le|el|il|em))?:?$/iu),
  exact("reading-time", 8, /^\d+\s*(min|mins|minute|minutes)( read)?$/i, /^(tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|время чтения|czas czytania)\s*:?\s*\d+\s*\p{L}*\.?$/iu, /^\d+\s*(min\.?|minuten|minutes|minutos|minuti|мин\.?|minut)\s+(lesezeit|de lecture|de lectura|di lettura|de leitura|чтения|czytania)$/iu),
  // Other languages' rights notices: "Tous droits réservés", "Любое воспроизведение … без разрешения … воспрещается".
  { id: "copyright", maxWords: 60, matches: (line) => RIGHTS_WORD.test(line.text) && (RIGHTS_RESERVED.test(line.text) || REPRODUCTION_BANNED.test(line.text)) },
  // A Russian site's legal footer: its registration as a mass medium, its founder, its editor in chief.
  exact("site-terms", 60, /^[«"“]?(сетевое издание|средство массовой информации)(?![\p{L}]).{0,80}свидетельство о регистрации/iu, /^(свидетельство о регистрации сми|учредитель:|главный редактор:|контактные данные для государственных органов)/iu),
  // "By using this site you accept …", in the languages of the rules.
  exact("cookie-notice", 70, /^(durch die nutzung dieser (website|webseite|seite)|en utilisant ce site|al utilizar este sitio|utilizzando questo sito|ao utilizar este site|используя (этот )?сайт)(?=[\s,])/iu),
  { id: "author-bio", maxWords: 6, matches: (line) => line.inTail && /^(about the author|sobre o autor|sobre el autor|über den autor|über die autorin|à propos de l'auteur|sull'autore|об авторе|o autorze)$/iu.test(line.text) },
  exact("source-credit", 10, /^source:\s*\S.*$/i),
  exact("save-prompt", 14, /^save (this )?(articles?|story|stories)( to read later| for later)?\b/i, /^(bookmark|add to (my )?(list|reading list)|print( this)?( article| story| page)?|share it with (your )?friends)$/i),
  exact("click-here", 20, /^click here\b/i, /^(tap|press) here\b/i, /^get .{2,40} on the go\b.{0,40}$/i),
  // An author's box: its label ("Author:"), or "About Jane Roe" / "Über Jane Roe" over the bio.
  exact("author-bio", 5, /^(author|authors|written by|by|autor|autorin|auteur)\s*:$/i, /^(?:[Aa]bout|[Üü]ber|[Ss]obre|[Àà] propos de) [\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+$/u),
  // A writer's role on a line of its own: "Senior Contributor", "Senior editor at Example News.".
  // A writer's label in other languages with the name after it: "Текст: Jane Roe·11 октября 2018", "Autor: Jane Roe".
  exact("byline", 12, /^(текст|автор|texto|autor|auteur|autore|testo|tekst)\s*:\s*\p{Lu}[^.!?]{1,80}$/iu),
  // A contact line: "Phone: +1 (555) 010-0199", "телефон: +7 (495) 000-00-00".
  exact("site-chrome", 8, /^(tel|tel\.|phone|telephone|телефон|тел\.|fone|teléfono|telefone|telefon|téléphone|telefono)\s*:?\s*\+?[\d() .\/-]{7,}$/iu),
  exact("byline", 8, /^(senior |staff |contributing |special |chief |opinion |deputy |managing |executive |associate )?(contributor|writer|reporter|correspondent|columnist|editor)( (at|for) [\p{Lu}][\p{L}\d.&' -]{1,40}\.)?$/iu),
  // "Jane RoeYesterday 2:45PM": a teaser's writer glued to its day and clock; "14h261": its age glued to its comment count.
  exact("byline", 8, /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}(?:Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\/\d{1,2}\/\d{2,4}) ?\d{1,2}:\d{2} ?(?:AM|PM|am|pm)?$/u),
  exact("comments-chrome", 1, /^\d{1,2}(?:h|m|d|w|mo|y)\d{1,6}$/),
  // A social embed's and a share panel's buttons and notes.
  exact("share-prompt", 12, /^report( (this )?(comment|abuse|post|tweet))?$/i, /^(read more about sharing|close (the )?(share|sharing) (panel|menu|options))\.?$/i, /^(this is an?|these are) external links? (and|which) will open in a new (window|tab)\.?$/i),
  // A video player's end card; a feed widget that failed ("An error has occurred; the feed is probably down").
  exact("script-notice", 20, /^thanks for watching!?(\s*visit (our )?website)?$/i, /^an error has occurred,? which probably means the feed is down\.?\s*try again later\.?$/i, /^sebuah galat telah terjadi; umpan tersebut kemungkinan sedang anjlok\.?\s*coba lagi nanti\.?$/i),
  exact("read-more", 20, new RegExp(`^(?:${READ_MORE_PHRASES})\\s*(?::.*|[-–—].*|»|›)?$`, "iu")),
  {
    id: "date-line",
    maxWords: 16,
    matches: (line) => {
      // "Kurdistan 24 | Oct 31, 2017 at 11:40", "EXAMPLE.COM / Dec 6, 2020": a site's name before the date changes nothing.
      const rest = line.text.replace(/^[^|/]{1,40}(?:\||\s\/)\s*/, "").replace(DATE_LABEL, "");
      return isDateOnlyLine(rest) || isPostMeta(line.text) || isDatedCommentCount(line.text);
    },
  },
  exact("comments-chrome", 12, /^comments are closed\.?$/i, /^\d+ (replies|reply|responses?)$/i, /^\S.{0,40} к записи \S/u, /^(\d+ )?comments?( \(\d+\))?:?$/i, /^(show|view|load|hide|read) (all |more )?comments$/i, /^(add|post|leave|write) a (comment|reply)$/i, /^(community standards|discussion|community standards\s*discussion|join the (conversation|discussion))$/i, /^view the discussion thread\.?(\s*blog comments powered by \w+)?$/i, /^blog comments powered by \w+$/i, /^(\d+ )?(kommentare?|commentaires?|comentarios?|commenti|comentários?|komentar|komentarze?|yorumlar?|комментари[йия]|коментар(?:і|ів)?|reacties?|kommentarer|komentáře|تعليقات?|التعليقات|评论|評論|コメント)( \(\d+\))?:?$/iu, /^(kommentar schreiben|laisser un commentaire|deja un comentario|lascia un commento|deixe um comentário|tinggalkan (balasan|komentar)|tulis komentar|yorum yap|yorum yaz|оставить комментарий|написать комментарий|добавить комментарий|додати коментар|залишити коментар|dodaj komentarz|napisz komentarz|laat een reactie achter|plaats een reactie|skriv en kommentar|أضف تعليقا?|اترك تعليقا)$/iu),
  exact("comment-form", 20, /^fill in your details below/i, /^you are commenting using your\b/i, /^connecting to %s$/i, /^notify me of (new|follow-up) (comments|posts)/i, /^save my name, email/i, /^(сохранить моё имя|зберегти моє ім['’]я|meinen namen, meine e-mail|guardar mi nombre|enregistrer mon nom|salvar meus dados|salva il mio nome|simpan nama|zapisz moje dane|bir dahaki sefere yorum)/iu, /^(имя|ім['’]я|name|nombre|nom|nome|imię|isim|naam|namn|nama|e-?mail|сайт|website|web|site)\s*\*$/iu, /^(google|twitter|facebook|wordpress\.com) (photo|picture|account)$/i, /^(cancel|post comment|submit comment|reply)$/i, /^(antworten|répondre|responder|rispondi|balas|yanıtla|cevapla|ответить|відповісти|odpowiedz|reageer|svara)$/iu, /^(name|e-?mail|website|uri|url)\s*:?\s*\((required|optional|not displayed|will not be published)[^)]*\)(\s*\([^)]*\))*\s*\*?$/i, /^comment rss( · trackback uri)?$/i),
  exact("byline-disclaimer", 60, /\b(any (opinions|views) expressed|opinions expressed (here|in this)|do(es)? not necessarily reflect the (views|opinions|position))\b/i),
  exact("byline", 16, /^([Bb]y|[Ww]ritten by|[Rr]eporting by|[Ss]tory by)\s+[\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3}((,| and| &) [\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3})*( for [\p{Lu}][\p{L}.'’-]*( [\p{Lu}][\p{L}.'’-]*){0,3})?\.?\s*([,|—–-].{0,60})?$/u),
  // "BY JANE ROE ON 11/13/19 AT 4:00 PM EST", "Monday May 4, 2020 7:45 am PST by Jane Roe": a byline with its date or clock.
  { id: "byline", maxWords: MAX_STAMP_WORDS, matches: (line) => isTimedByline(line.text) || isAgencyStamp(line.text) },
  // "Additional reporting by Jane Roe; Editing by John Doe": above the story it is a byline; below it, the story's own
  // credit to the people who made it, which stays with the story.
  { id: "byline", maxWords: 40, matches: (line) => line.inHead && CONTRIBUTOR_CREDIT.test(line.text) },
  exact("tweet-attribution", 20, /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\S.{1,40}$/u, /^pic\.twitter\.com\/\w+$/i),
  // "Tags Jane Roe budget Erbil": the tag links under the story, their label without a colon.
  { id: "tag-line", maxWords: 30, matches: (line) => (line.inTail || line.endsStory) && /^tags\s+[^.!?:;]{2,200}$/i.test(line.text) },
  exact("tag-line", 40, /^(tags?|topics?|keywords?|filed under|categories)\s*:/i, /^filed under\s+\S.{0,120}$/i, /^(schlagworte|schlagwörter|themen|mots-clés|thèmes|etiquetas|temas|argomenti|tópicos)\s*:?(\s.*)?$/iu),
  { id: "section-label", maxWords: 4, matches: (line) => line.inHead && SECTION_LABELS.has(line.text.toLowerCase().replace(/[^\p{L} ]/gu, "").trim()) },
  // "Food & Drink", "Housing & Homelessness": a section's name over the story.
  { id: "section-label", maxWords: 3, matches: (line) => line.inHead && /^[\p{Lu}][\p{L}]+ & [\p{Lu}][\p{L}]+$/u.test(line.text) },
  exact("account-prompt", 5, /^(activate|manage|create|verify|access) your account$/i, /^(my account|your account|account settings)$/i),
  { id: "tag-line", maxWords: 30, matches: (line) => line.inTail && looksLikeTagList(line.text) },
  { id: "tag-line", maxWords: 400, matches: (line) => isTagCloud(line.text, line.words) },
  { id: "related-headline", maxWords: 16, matches: (line) => line.inTail && looksLikeHeadline(line.text) && !isScheduleRow(line.text) },
  // Below the story, a site speaks about itself: newsletters, affiliate disclosures, the author's bio, the blog engine.
  // (Each long pattern waits for one of its words: most lines have none, and the pattern costs more than the test.)
  { id: "newsletter", maxWords: 40, matches: (line) => /inbox|receive|spam|subscribe|sign up/i.test(line.text) && /\b(straight to|in|into|to) (your|their) inbox(es)?\b|\breceive (a|our) (daily|weekly) (list|digest|e-?mail|newsletter|roundup|round-up|briefing)\b|\bno spam\b|\bunsubscribe at any time\b|\b(sign up|subscribe) (for|to) (our|the|my) ([\p{L}-]+ ){0,3}newsletters?\b/iu.test(line.text) },
  { id: "affiliate-disclosure", maxWords: 120, matches: (line) => /\b(if you buy something through (this|our) (post|article|links?)|may get a share of the sale|affiliate (links?|commission|partners?)|amazon (services llc )?associates? program|earns? (a )?(small )?(commission|revenue) from qualifying purchases|we may (receive|earn) (a )?(small )?(commission|compensation)|advertising (disclosure|disclaimer))\b/i.test(line.text) },
  exact("author-bio", 60, new RegExp(`^${BIO_NAME} (is|was) (a|an) ([\\p{L}-]+ ){0,3}${BIO_ROLE} (for|at|with) [\\p{Lu}]`, "u")),
  // "JANE ROE has written for …": a bio under the story that opens on its author's name in capitals.
  { id: "author-bio", maxWords: 150, matches: (line) => (line.inTail || line.endsStory) && /^[\p{Lu}]{2,}(?: [\p{Lu}][\p{Lu}.'’-]+){1,2} (?:is|was|has|lives|writes|teaches|works)\b/u.test(line.text) },
  { id: "author-bio", maxWords: 60, matches: (line) => (line.inTail || line.endsStory) && TAIL_BIO.test(line.text) },
  // "Example contributor Jane Roe is …", "Prize-winning journalist Jane Roe writes a daily blog …", "I am a writer, journalist and …": a bio under the story.
  { id: "author-bio", maxWords: 150, matches: (line) => (line.inTail || line.endsStory) && (ROLE_BEFORE_NAME_BIO.test(line.text) || FIRST_PERSON_BIO.test(line.text)) },
  // "If you enjoyed this article, … join …": a site asking its readers for money or membership.
  { id: "donate-prompt", maxWords: 60, matches: (line) => /^if you (enjoyed|liked|value|appreciate|found)\b.{0,40}\b(article|story|piece|post|journalism|reporting|work)\b/i.test(line.text) && /\b(join|subscribe|support|donat\w*|member(ship)?|contribut\w*)\b/i.test(line.text) },
  // "Support Example and make a difference …", "We do this work at no cost to you … we rely on you": a site's appeal for money.
  { id: "donate-prompt", maxWords: 20, matches: (line) => /^([Pp]lease )?[Ss]upport (us|[\p{Lu}][\p{L}.]+( [\p{Lu}][\p{L}.]+){0,2}) (and|so|to|today|now)\b/u.test(line.text) || /\bclick here to (support|donate|contribute|subscribe)\b/i.test(line.text) },
  { id: "donate-prompt", maxWords: 80, matches: (line) => /\b(support|donat\w*|contribut\w*|give)\b/i.test(line.text) && APPEAL.test(line.text) },
  // "As you comment, please be respectful …", "Example moderates comments to …": a site's rules for its comments.
  { id: "comment-policy", maxWords: 80, matches: (line) => /omment|oderat|espectful|ivil/.test(line.text) && /\b(as you comment|moderates? (all )?comments|comments? (are|is) moderated|(comment|commenting|community) (policy|guidelines|rules)|(civil|respectful),? (and )?(substantive )?(conversation|discussion)|be respectful of other (commenters|readers))\b/i.test(line.text) },
  // "Example Newsletters deliver the news you trust …", below the story: a site's pitch for its newsletters.
  { id: "newsletter", maxWords: 50, matches: (line) => line.inTail && /\bnewsletters?\b/i.test(line.text) && /\b(deliver\w*|receive|free|sign up|subscribe|inbox|e-?mail)\b/i.test(line.text) },
  { id: "newsletter", maxWords: 12, matches: (line) => (line.inHead || line.inTail) && /\bnewsletters?\b/i.test(line.text) },
  // Anywhere, a site's newsletter speaking to the reader ("Example Newsletters deliver the news you trust", "Join Our
  // Newsletter …"); a newsletter's own issue that says "subscribe to this newsletter" is its story.
  { id: "newsletter", maxWords: 50, matches: (line) => /newsletter/i.test(line.text) && /\b(our|[\p{Lu}][\p{L}]+) newsletters?\b/iu.test(line.text) && !/\bthis newsletter\b/i.test(line.text) && /\b(you|your)\b/i.test(line.text) && /\b(deliver\w*|receive|free|sign up|subscribe|inbox)\b/i.test(line.text) },
  // "… Subscribe now for more from …", "Need more news? Subscribe to our sister title …": a pitch wherever it stands
  // (a line quoting someone's "subscribe to our channel" is the story's).
  { id: "subscription-pitch", maxWords: 40, matches: (line) => /\bsubscribe (now|today|to our)\b/i.test(line.text) && !QUOTE_MARK.test(line.text) },
  // A feed of the site's tweets beside the story: retweets and tweets cut short before their link.
  exact("tweet-feed", 60, /^RT @\w{1,30}:/, /…\s*https?:\/\/t\.co\/\w+$/),
  // "SAVE $250.00 - Save up to $438 on …": a box of deals.
  exact("deal-promo", 120, /^SAVE \$\d[\d,.]*\s*[-–—]/),
  exact("script-notice", 40, /\bad[- ]?blockers?\b/i),
  // Below the story, a site describes itself: "Example is where tomorrow is realized.", "Example.com is the leading …", "Example is part of Example Media Inc".
  { id: "site-blurb", maxWords: 80, matches: (line) => line.inTail && SITE_BLURB.test(line.text) },
  // "Need more news? Subscribe to our sister title …", "12 issues for £11.99": a magazine selling itself.
  { id: "subscription-pitch", maxWords: 40, matches: (line) => line.inTail && /\b(subscribe|subscription)\b/i.test(line.text) && /\b(magazines?|sister (title|publication)|print edition|issues? for|subscribe now|subscribe today)\b/i.test(line.text) },
  exact("subscription-pitch", 20, /^subscribe (to|now|today)\b.{0,100}$/i),
  { id: "subscription-pitch", maxWords: 30, matches: (line) => line.inTail && /\b\d+ issues for\b/i.test(line.text) },
  // "Jane covers Apple news for Example and hosts …": a writer's bio below the story.
  { id: "author-bio", maxWords: 60, matches: (line) => line.inTail && /^[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+){0,2} (covers|writes about|reports on) [^.]{1,60} for [\p{Lu}\d]/u.test(line.text) },
  // Below the story, a summary cut off mid-sentence ("… On January 19th, the National...") is a teaser's: the story itself is whole.
  { id: "teaser", maxWords: 80, matches: (line) => line.inTail && /[\p{L},] ?(?:\.\.\.|…)$/u.test(line.text) },
  // "Apple spent billions on Maps ~9 hours ago": a linked headline with its age, in a list beside the story.
  { id: "related-headline", maxWords: 25, matches: (line) => line.text.endsWith(" ago") && /^[^.!?]{10,200}\s~?\s*\d{1,3} (minutes?|hours?|days?|weeks?|months?|years?) ago$/i.test(line.text) },
  // "Latest News Applications OS Channel Programs Cloud …": a menu copied as one line, every word a capitalised link.
  { id: "menu-line", maxWords: 80, matches: (line) => line.words >= MENU_LINE_WORDS && isMenuLine(line.text) },

  exact("site-terms", 40, /\b(use of this (web ?)?site|by (using|continuing to use) this (web ?)?site)\b.{0,80}\b(constitutes|you agree|acceptance)\b/i, /^by signing up,? (i|you) agree\b/i, /^by (registering|signing up|subscribing|creating an account),? (you|i)\b/i, /\bcomplete your (newsletter )?subscription\b/i),
  // The long forms of the notices above: terms agreed by signing up, a mail form's privacy promise, a deals feed to follow.
  exact("site-terms", 120, /^by (registering|signing up|subscribing|creating an account),? (you|i)\b/i, /\bconstitutes (your )?acceptance of (our|the|these)\b/i, /\b(material|content) on this (web ?)?site may not be (reproduced|republished|copied|distributed)\b/i),
  exact("email-form", 60, /^your e-?mail address is used only\b/i, /\b(our|the) editors (closely )?(monitor|read|review) (every|all|each)\b.{0,30}\bfeedback\b/i),
  // "You can write to us at desk@example.org or follow Example on Facebook, Twitter or Instagram": a story's sign-off to its readers.
  { id: "follow-us", maxWords: 45, matches: (line) => (line.inTail || line.endsStory) && (line.text.match(SOCIAL_NETWORK)?.length ?? 0) >= 2 && FOLLOW_WORD.test(line.text) },
  exact("follow-us", 60, /^follow @\w{2,30} on (twitter|x|facebook|instagram|telegram)\b/i, /^join our\b.{0,40}\b(forums?|community|discord|discussions?)\b/i),
  // "Citation: Headline (2019, November 18) retrieved 20 November 2019 from https://…": how to cite the page.
  exact("citation", 60, /^citation\s*:/i, /\bretrieved (on )?\d{1,2} [a-z\u00c0-\u024f]+ \d{4} from https?:\/\//i),
  exact("email-form", 25, /^(your|your friend'?s|recipient'?s) (e-?mail( address)?|name)\s*\*?$/i, /^e-?mail (the|this) (story|article|page)$/i, /^your e-?mail address is used only\b/i, /^(thank you for (taking (the|your) time|your feedback)\b|we do not guarantee individual replies\b)/i),
  exact("sign-up-form", 6, /^enter your e-?mail( address)?\s*:?$/i, /^\*\s*indicates required( field)?s?$/i, /^(email|e-mail)( address)?\s*\*?$/i, /^view previous (campaigns|issues|newsletters)\.?$/i, /^(first|last) name\s*\*?$/i),
  // "Fight for everyone's rights - support the ACLU.", "Donate today": a site asking for money or members.
  exact("donate-prompt", 12, /^(.{0,60}\s[-–—:|]\s)?(donate( now| today)?|support (us|our work|our journalism|independent journalism|the( [\p{Lu}][\p{L}]+){1,3})|become a (member|supporter|patron))\s*[.!]?$/iu),
  // The same buttons in the other languages of the rules: "Jetzt spenden", "Spenden Sie jetzt!", "Faire un don", "Dona ora", "Buch bestellen".
  exact("donate-prompt", 12, /^((jetzt|hier) )?(spenden|fördermitglied werden|mitglied werden)( sie)?( jetzt| hier)?( für .{0,60}!)?[.!]?$/iu, /^(faire un don|soutenez(-nous)?|donar( ahora)?|haz(te)? (una donación|socio)|dona( ora)?|sostienici|fai una donazione|doe( agora)?|apoie( o| a)?)( [\p{L}-]+){0,3}[.!]?$/iu),
  exact("shop-button", 3, /^((jetzt|hier|das|buch|das buch) )?(bestellen|kaufen)$/iu, /^(commander|acheter|comprar|acquista|compra)( maintenant| ahora| ora| agora)?$/iu),
  exact("feedback-prompt", 20, /^(we want to hear (what you think|from you)|tell us what you think|send us (your )?feedback)\b/i),
  // A site asking for letters at length: "The Example Times is committed to publishing a diversity of letters … We'd like to hear what you think about this …".
  exact("feedback-prompt", 80, /\b(submit a letter to the editor|committed to publishing a diversity of letters|(we want|we'?d like|we'?d love) to hear what you think about (this|our)\b)/i),
  { id: "contact-line", maxWords: 4, matches: (line) => (line.inHead || line.inTail) && /^[^\s@]*@[\w-]+(\.[\w-]+)+[^\s@]*$/.test(line.text.split(/\s+/).pop() ?? "") },
  // "Proudly powered by WordPress", "example.de is powered by WordPress with theme Greenery / XHTML · CSS".
  { id: "site-chrome", maxWords: 20, matches: (line) => /^(powered by|proudly powered by|built with|delivered by feedburner)\b.{0,40}$/i.test(line.text) || (line.text.includes("owered by") && /^[\p{L}\d.' -]{1,40} is (proudly )?powered by\b.{0,80}$/iu.test(line.text)) },
  exact("site-chrome", 8, /^(advertise( with us| here)?|submit a (topic|tip|story|news tip)|send us a (tip|story)|contact us|about us|work with us|careers)$/i, /^(next|previous|older|newer) (post|article|story|entry)(?:\b|(?=[A-Z])).{0,80}$/i, /^(vorheriger|nächster) (artikel|beitrag)|^article (précédent|suivant)|^artículo (anterior|siguiente)|^articolo (precedente|successivo)|^(artigo anterior|próximo artigo)|^(vorige|volgende) (artikel|bericht)|^(poprzedni|następny) artykuł|^(предыдущая|следующая) (статья|новость)|^(önceki|sonraki) haber|^(artikel|berita) (sebelumnya|selanjutnya|berikutnya)/iu, /^(explore further|feedback to editors|filed under:?|view comments|no (responses?|comments) (so far|yet)\s*[»›]?|do not sell my (personal )?(data|information))$/i),
  // A reprint notice above the story: "This copy is for your personal non-commercial use only. To order copies …".
  exact("licence-notice", 60, /^this copy is for your personal,? non-?commercial use only\b/i),
  exact("licence-notice", 40, /^(all )?(content|text|articles?|photos|this (work|article|post|site|blog)) (is|are|on this (site|blog) (is|are)) licen[cs]ed under\b/i, /^licen[cs]ed under (a |the )?creative commons\b/i),
  { id: "link-bar", maxWords: 30, matches: (line) => isLinkBar(line.text) },
  // A site's own buttons and notices around the story: "Read Later", "Request Reprint & Licensing", "Have your say. Give us
  // feedback.", "Visit other Example Network sites:", "Select Site", "Visit our corporate site".
  exact("site-chrome", 14, /^(read later|(view )?pdf\/print mode|print mode|update your preferences\s*[»›]?|select (a )?site|have your say\.?\s*give us feedback\.?)$/i, /^request reprints?\b.{0,80}$/i, /^visit (our )?other\b.{1,40}\bsites\s*:?$/i),
  exact("site-blurb", 40, /\bvisit our corporate site\.?$/i),
  // "Get breaking news in your browser. Click here to turn on notifications.": the browser's push notifications.
  exact("notification-prompt", 20, /\b(turn on|enable|allow|get) (browser |push |desktop )?notifications\b/i),
  // A sign-up form's own words: its states and its terms.
  exact("sign-up-form", 20, /^you are now subscribed\.?$/i, /^we are having (some )?technical difficulties\b.{0,40}$/i, /^by clicking (subscribe|sign up|submit|register)\b.{0,20}\byou agree\b/i, /\bsign up for (our|the) (daily|weekly|free) (e-?mail|newsletter|briefing|digest)s?\b/i),
  // A blog engine's own strings around the post: "Share this:", "%d bloggers like this:", "Join 513 other subscribers",
  // "Enter your email address to subscribe to this blog …", "Please log in using one of these methods to post your comment:".
  exact("blog-chrome", 30, /^share this:$/i, /^(%d|\d+) bloggers like this\.?:?$/i, /^join [\d,]+ other (subscribers|followers)$/i, /^enter your e-?mail address to (subscribe|follow)\b/i, /^please log in using one of these methods to post your comment:?$/i, /^designed by:?$/i),
  exact("comment-form", 8, /^you must (be )?log(ged)? ?in to (post|leave) a comment\.?$/i, /^(leave|share|post|say) your (thoughts|comments?|words|opinion)\s*:?$/i),
  // The same blog engine's strings in other languages (WordPress is translated the world over): "%d blogger menyukai ini:",
  // "Suka Memuat...", "Ketikkan komentar di sini...", "Devi essere connesso per inviare un commento.", "Blog di WordPress.com.".
  exact(
    "blog-chrome",
    20,
    /^(a )?(%d|\d+) (blogger|bloggern|blogueros|blogueurs|blogueiros)\b.{0,40}$/iu,
    /^(like|suka|me gusta|j['’]aime|gefällt mir|mi piace|curtir)\s+(loading|memuat|cargando|chargement|wird geladen|caricamento|carregando)\s*(\.\.\.|…)?$/iu,
    /^(blog (at|di|en|sur|auf|su|no|pada) wordpress\.com)\b.{0,60}$/i,
    /^(blog stats|[\d.,]+ hits)$/i,
  ),
  exact(
    "comment-form",
    20,
    /^(ketikkan komentar di sini|escribe (tu|un) comentario( aquí)?|saisissez votre commentaire( ici)?|schreibe einen kommentar|inserisci (il tuo|un) commento|digite seu comentário( aqui)?|напишите комментарий)\s*(\.\.\.|…)?$/iu,
    /^(beri ?tahu saya|notificarme|notifícame|prévenez-moi|avertissez-moi|benachrichtige mich|avvisami|notifique-me|уведомлять меня)\b.{0,100}$/iu,
    /^(devi essere connesso per inviare un commento|debes (estar conectado|iniciar sesión) para publicar un comentario|vous devez (être connecté|vous connecter) pour (publier|rédiger) un commentaire|du musst (dich )?angemeldet sein, um einen kommentar (zu )?(schreiben|abzugeben)|você precisa (estar conectado|fazer o login) para publicar um comentário|anda harus (masuk|login) untuk (menulis|mengirim|memposting) (sebuah )?komentar)\.?$/iu,
    /^(batal|cancelar|annuler|abbrechen|annulla|отмена|anuluj|iptal)$/iu,
  ),
  // A cookie notice in another language: "Utilizziamo i cookie …", "Wir verwenden Cookies …", "Мы используем файлы cookie …".
  { id: "cookie-notice", maxWords: 70, matches: (line) => COOKIE_WORD.test(line.text) && COOKIE_NOTICES.some((pattern) => pattern.test(line.text)) },
  // "NEXT PREV", "See full gallery", "1 of 6": a gallery's controls and counter.
  exact("gallery", 20, /^(next|prev|previous)\s+(next|prev|previous)$/i, /\bsee (the )?full gallery$/i, /^\d{1,3} of \d{1,3}$/),
  // "AAPL: 266.29 ( -0.81 )", "USD476.98EUR527.92": a ticker of prices over the page; "Quotes delayed at least 15 minutes …": its terms.
  exact("market-ticker", 120, /^(?:stock |market )?quotes (?:are )?delayed (?:at least |by )?\d+ minutes\b/i),
  exact("market-ticker", 12, /^[A-Z]{1,5}:\s*\$?\d[\d,.]*\s*\(\s*[+-]\s*\d[\d,.]*%?\s*\)$/, /^(?:[A-Z]{3}\s?\d[\d,.]*\s*){2,}$/),
  // "Example Newspapers © Copyright Example Communications, Inc.": a short line holding the copyright sign is the page's notice.
  exact("copyright", 15, /©/),
  // "Community Post (4824)": a category and the count of its posts, in a sidebar.
  { id: "category-count", maxWords: 5, matches: (line) => /^[\p{L}][\p{L}\d &'’-]{0,40} \(\d+\)$/u.test(line.text) },
];


/** "Shafaq News / Member of …": an outlet's name stamped on the lede. */
// Words are separated by exactly one space and bounded in length: no two ways to split a
// prefix, so a long capitalised "word" cannot make the match backtrack (it once took seconds).
export const OUTLET_PREFIX = /^([\p{Lu}][\p{L}\d'’.&-]{0,30}(?: [\p{Lu}][\p{L}\d'’.&-]{0,30}){0,4}) \/ (?=\p{L}|["“])/u;
/** "ERBIL, Iraq (Reuters) - …": an agency dateline. */
export const AGENCY_DATELINE_PREFIX = /^([\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}(?:, [\p{Lu}][\p{L}\d .'’-]{1,30})?\s*\((?:[\p{Lu}][\p{L}\d.&' ]{0,30})\)\s*[-–—]\s*)(?=\S)/u;
