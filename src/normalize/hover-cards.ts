// A person's hover card copied into the sentence that names them: "Rep. Jane RoeJane RoeBakers
// raise the price of bread | Council votes … MORE (D-Ohio) said …". The page prints the name,
// then the card (the name again, glued, and the latest headlines about them) up to its "MORE"
// link. The card goes; the name and the sentence stay as published.

/** The name (first name and one to three more capitalised words), the card opening on the same first name, up to " MORE". */
const HOVER_CARD = /([\p{Lu}][\p{Ll}'’-]+)((?: [\p{Lu}][\p{L}'’.-]*){1,3})(\1(?: [\p{Lu}][\p{L}'’.-]*){1,3}[\s\S]{10,1500}?) MORE(?=[\s,.;:)]|$)/gu;

/** The text without its hover cards, and the cards taken out (the name kept before each). */
export function cutHoverCards(text: string): { text: string; cards: string[] } {
  const cards: string[] = [];
  const cut = text.replace(HOVER_CARD, (_whole, first: string, rest: string, card: string) => {
    cards.push(`${card} MORE`);
    return first + rest;
  });
  return { text: cut, cards };
}
