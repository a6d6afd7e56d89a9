// Readable, ASCII-only, path-safe slugs for articles and entities.
const TRANSLITERATION: Record<string, string> = {
  ß: "ss", æ: "ae", ø: "o", đ: "d", ł: "l", þ: "th", ı: "i", œ: "oe",
};

export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæøđłþıœ]/g, (char) => TRANSLITERATION[char] ?? "")
    .replace(/['’`´]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, "");
}

/** A slug for `text` that is not yet in `taken`; falls back to `fallback` when text has no ASCII letters. */
export function uniqueSlug(text: string, taken: Set<string>, fallback: string): string {
  const base = slugify(text) || slugify(fallback) || "untitled";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
