// A plain-text opening of a rendered story, for descriptions and feed summaries.

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

export function plainText(bodyHtml: string, length = 200): string {
  // Only the opening matters; cutting first keeps this cheap on long stories.
  const text = bodyHtml
    .slice(0, length * 4)
    .replace(/<[^>]*(>|$)/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length) > 0 ? text.lastIndexOf(" ", length) : length)}…`;
}
