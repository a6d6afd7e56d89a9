// A person's hover card copied into the sentence that names them: "Rep. Jane RoeJane RoeBakers
// raise the price of bread | Council votes … MORE (D-Ohio) said …". The page prints the name,
// then the card (the name again, glued, and the latest headlines about them) up to its "MORE"
// link. The card goes; the name and the sentence stay as published.

/** The card's closing link. */
const MORE_LINK = / MORE(?=[\s,.;:)]|$)/g;
/** A name (a first name and one to three capitalised words) with the card glued to it, opening on the same first name. */
const GLUED_NAME = /([\p{Lu}][\p{Ll}'’-]+)((?: [\p{Lu}][\p{L}'’.-]*?\p{Ll}){1,3})(?=\1 ?[\p{Lu}])/u;
/** A card runs at most this far before its link, and holds at least a name and a few words. */
const MAX_CARD_CHARS = 1500;
const MIN_CARD_CHARS = 20;

/** The text without its hover cards, and the cards taken out (the name kept before each). Each
 *  link is searched back to the one before it, so the work stays linear in the text. */
export function cutHoverCards(text: string): { text: string; cards: string[] } {
  if (!text.includes(" MORE")) return { text, cards: [] };
  const cards: string[] = [];
  let kept = "";
  let from = 0;
  for (const more of text.matchAll(MORE_LINK)) {
    const windowStart = Math.max(from, more.index - MAX_CARD_CHARS);
    const name = GLUED_NAME.exec(text.slice(windowStart, more.index));
    if (!name) continue;
    const cardStart = windowStart + name.index + name[1]!.length + name[2]!.length;
    if (more.index - cardStart < MIN_CARD_CHARS) continue;
    kept += text.slice(from, cardStart);
    from = more.index + more[0].length;
    cards.push(text.slice(cardStart, from));
  }
  return { text: kept + text.slice(from), cards };
}
