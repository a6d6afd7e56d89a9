// Towns and counties that are sides in a sports story: "Kent 108-3", "Surrey captain Chris Lewis",
// "the Rangers beat Cleveland". In such a story the name is a club, an actor, not the place.
// Used by stage 6 (find-entities.ts) to type the names it proposes.

const NAME = String.raw`[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,2}`;
/** "Kent 108-3", "Surrey 429-7", "Baltimore 6": a side and its score (not a year, not a date, not "in Salzburg 3-2"). */
const WITH_SCORE = new RegExp(String.raw`(?<![\p{L}]|\b(?:in|at) )(${NAME}) \d{1,3}(?:-\d{1,3})?(?![\d:/.-]\d|\d)`, "gu");
/** "Surrey captain Chris Lewis", "Newcastle team mate": a side before one of its players' roles. */
const WITH_ROLE = new RegExp(String.raw`(?<![\p{L}])(${NAME}) (?:captain|all-rounder|batsman|bowler|striker|forward|defender|midfielder|goalkeeper|keeper|winger|skipper|manager|coach|team ?mate|pitcher|quarterback)\b`, "gu");
/** "beat Cleveland", "v Kent", "joined Newcastle": a side after a verb of the game. */
const AFTER_PLAY = new RegExp(String.raw`\b(?:v|vs\.?|versus|against|beat|beats|defeated|dismiss|dismissed|dismissing|drew with|lost to|joined|blanked|edged|routed|rivals)\s+(?:the\s+)?(${NAME})`, "gu");
/** "Kent had reached 108", "Surrey closed on 429": a side and its score a verb apart. */
const REACHED = new RegExp(String.raw`(?<![\p{L}])(${NAME}) (?:had |were |was )?(?:reached|closed on|made|scored|totalled|replied with|were all out for|won|lost|drew)\b`, "gu");
/** "6-2", "108-3", "innings", "wickets": scores and words of the game; a story with three of them is a sports story. */
const SPORTS_SIGNS = /(?<![\d/.-])\d{1,3}-\d{1,3}(?![\d/.-])|\b(?:innings|wickets?|stumps|goals?|scored|penalty|half-time|match|championship|league|season|tournament|inning|homered|touchdown|semi-final|quarter-final|draw|drew|victory|defeat)\b/gi;

/** The names a sports story uses as sides; none when the texts are not a sports story. */
export function teamNamesIn(texts: readonly string[]): Set<string> {
  const teams = new Set<string>();
  if (texts.reduce((count, text) => count + (text.match(SPORTS_SIGNS)?.length ?? 0), 0) < 3) return teams;
  for (const text of texts) {
    for (const pattern of [WITH_SCORE, WITH_ROLE, AFTER_PLAY, REACHED]) for (const match of text.matchAll(pattern)) teams.add(match[1]!);
  }
  return teams;
}
