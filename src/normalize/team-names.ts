// Towns and counties that are sides in a sports story: "Kent 108-3", "Surrey captain Chris Lewis",
// "the Rangers beat Cleveland", "Birmingham's Gary Breen", "Essex and Kent", and the rows of a
// standings table in capitals ("HOUSTON 72 63 .533 -", "BOSTON AT OAKLAND"). In such a story the
// name is a club, an actor, not the place. Used by stage 6 (find-entities.ts) to type the names it
// proposes, and to propose the sides of tables in capitals, where no other rule reads names.

const NAME = String.raw`[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,2}`;
/** "Kent 108-3", "Surrey 429-7", "Baltimore 6", "Alba (Germany) 75": a side and its score (not a
 *  year, not a date, not "in Salzburg 3-2"). */
const WITH_SCORE = new RegExp(String.raw`(?<![\p{L}]|\b(?:in|at) )(${NAME})(?: \(\p{Lu}[\p{L} .'’-]*\))? \d{1,3}(?:-\d{1,3})?(?![\d:/.-]\d|\d)`, "gu");
/** "Surrey captain Chris Lewis", "Newcastle team mate": a side before one of its players' roles. */
const WITH_ROLE = new RegExp(String.raw`(?<![\p{L}])(${NAME}) (?:captain|all-rounder|batsman|bowler|striker|forward|defender|midfielder|goalkeeper|keeper|winger|skipper|manager|coach|team ?mate|pitcher|quarterback)\b`, "gu");
/** "beat Cleveland", "v Kent", "joined Newcastle", "victory over Gloucester", "moved from Torino",
 *  "a win for Wasps": a side after a verb or preposition of the game ("for" alone is left out: "a
 *  meeting for Sarajevo"). */
const AFTER_PLAY = new RegExp(String.raw`\b(?:v|vs\.?|versus|against|beat|beats|defeated|dismiss|dismissed|dismissing|drew with|lost to|joined|blanked|edged|routed|rivals|over|behind|from|with|hosts?|visit|visiting|(?:wins?|victory|victories|success|successes) for)\s+(?:the\s+|champions\s+)?(${NAME})`, "gu");
/** "Birmingham v Barnsley": the home side, before the "v". */
const BEFORE_PLAY = new RegExp(String.raw`(?<![\p{L}])(${NAME}) (?:v|vs\.?|versus)\s`, "gu");
/** "Kent had reached 108", "Surrey closed on 429": a side and its score a verb apart. */
const REACHED = new RegExp(String.raw`(?<![\p{L}])(${NAME}) (?:had |were |was |will |both |will also )?(?:reached|closed on|made|scored|totalled|replied with|were all out for|won|lost|drew|face|faces|need|needs|meet|meets)\b`, "gu");
/** "Birmingham's Gary Breen": a side's player, a name after the side's possessive. */
const PLAYER_OF = new RegExp(String.raw`(?<![\p{L}])(${NAME})['’]s \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+`, "gu");
/** "Essex and Kent", "Gloucestershire or Sussex or Surrey": names listed together, each with the other. */
const LISTED = new RegExp(String.raw`(?<![\p{L}])(${NAME})(?:,| and| or|, and|, or) (?=(${NAME}))`, "gu");
/** "6-2", "108-3", "innings", "wickets": scores and words of the game; a story with three of them is a sports story. */
const SPORTS_SIGNS = /(?<![\d/.-])\d{1,3}-\d{1,3}(?![\d/.-])|\b(?:innings|wickets?|stumps|goals?|scored|penalty|half-time|match|championship|league|season|tournament|inning|homered|touchdown|semi-final|quarter-final|draw|drew|victory|defeat)\b/gi;
/** A headline that names its sport ("CRICKET - ENGLAND WIN", "Soccer: …") makes a sports story alone. */
const SPORT_HEADLINE = /^\W*(?:soccer|football|cricket|rugby(?: union| league)?|tennis|golf|baseball|basketball|(?:ice )?hockey|athletics|cycling|boxing|motor ?racing|formula one|skiing|swimming|volleyball|handball|snooker|rowing|sailing|horse racing|badminton)\b/i;
const SPORTS_STORY_SIGNS = 3;

/** The side's own name: "Derbyshire's Australian" → "Derbyshire", "Gloucester." → "Gloucester". */
const sideName = (words: string) => words.replace(/['’]s\b.*$/u, "").replace(/\.$/, "");

const CAPITAL_NAME = String.raw`\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}`;
/** "HOUSTON 72 63 .533 -", "ST LOUIS 70 63 .526 4": a side, then two numbers or more. */
const STANDINGS_ROW = new RegExp(String.raw`^(${CAPITAL_NAME}) \d+ \d+(?: |$)`, "u");
/** "BOSTON AT OAKLAND": the day's fixtures. */
const FIXTURE_ROW = new RegExp(String.raw`^(${CAPITAL_NAME}) (?:AT|V|VS\.?) (${CAPITAL_NAME})$`, "u");

/** The sides a sports story's tables in capitals name, each with the index of its text; none
 *  when the texts are not a sports story. */
export function sidesInCapitalTables(texts: readonly string[], headline = ""): Array<{ name: string; text: number }> {
  if (!isSportsStory(texts, headline)) return [];
  return texts.flatMap((text, index) => {
    const row = STANDINGS_ROW.exec(text) ?? FIXTURE_ROW.exec(text);
    return (row?.slice(1).filter(Boolean) ?? []).map((name) => ({ name, text: index }));
  });
}

/** Whether the texts (and the headline, when given) tell a sports story. */
export function isSportsStory(texts: readonly string[], headline = ""): boolean {
  if (SPORT_HEADLINE.test(headline) || texts.slice(0, 1).some((text) => SPORT_HEADLINE.test(text))) return true;
  return texts.reduce((count, text) => count + (text.match(SPORTS_SIGNS)?.length ?? 0), 0) >= SPORTS_STORY_SIGNS;
}

/** The names a sports story uses as sides; none when the texts are not a sports story. */
export function teamNamesIn(texts: readonly string[], headline = ""): Set<string> {
  const teams = new Set<string>();
  if (!isSportsStory(texts, headline)) return teams;
  for (const text of texts) {
    for (const pattern of [WITH_SCORE, WITH_ROLE, AFTER_PLAY, BEFORE_PLAY, REACHED, PLAYER_OF]) for (const match of text.matchAll(pattern)) teams.add(sideName(match[1]!));
  }
  addListedWithTeams(texts, teams);
  return teams;
}

/** A name listed with a side ("Essex and Kent") is a side too; a list of three takes two passes. */
function addListedWithTeams(texts: readonly string[], teams: Set<string>): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts) {
      for (const match of text.matchAll(LISTED)) {
        const [first, second] = [sideName(match[1]!), sideName(match[2]!)];
        if (teams.has(first)) teams.add(second);
        if (teams.has(second)) teams.add(first);
      }
    }
  }
}
