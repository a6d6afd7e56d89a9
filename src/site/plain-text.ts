// A plain-text opening of a rendered story, for descriptions and feed summaries.

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** Text of escaped HTML: the five entities markdown-it writes, back to their characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function plainText(bodyHtml: string, length = 200): string {
  // Only the opening matters; cutting first keeps this cheap on long stories.
  const text = decodeEntities(bodyHtml.slice(0, length * 4).replace(/<[^>]*(>|$)/g, " "))
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length) > 0 ? text.lastIndexOf(" ", length) : length)}…`;
}
