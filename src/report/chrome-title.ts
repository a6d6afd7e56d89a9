// A headline that reads like page chrome ("Share this article", "Home > News", "Subscribe", the
// outlet's own name): the title was most likely taken from the page around the story. The same
// rules that strip chrome from captures (boilerplate-rules.ts) judge it, one line alone.
import { LINE_RULES } from "../normalize/boilerplate-rules.ts";
import { TextMemo } from "../text-memo.ts";

/** Why a title looks like chrome (a rule id, or "outlet-name"), or undefined when it reads as a headline. */
export function chromeLikeTitle(title: string, outletName?: string): string | undefined {
  const text = title.trim();
  if (outletName && text.toLowerCase() === outletName.toLowerCase()) return "outlet-name";
  return ruleMatching.get(text) ?? undefined;
}

/** Each title judged once (every report judges every article's title again): the rule it matches, or null. */
const ruleMatching = new TextMemo((text): string | null => {
  const words = text.split(/\s+/).filter(Boolean).length;
  const line = { text, words, inHead: true, inTail: false, endsStory: false };
  return LINE_RULES.find((rule) => words <= rule.maxWords && rule.matches(line))?.id ?? null;
}, 100_000);
